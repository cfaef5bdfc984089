from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField
from wagtail.users.forms import UserCreationForm, UserEditForm

from core.images import reencode_image
from core.models import Language

from .models import ContactMessage

User = get_user_model()

PROFILE_FIELDS = [
    "display_name",
    "country",
    "organisation",
    "position",
    "bio",
    "languages",
    "interests",
    "show_in_directory",
    "accept_messages",
    "language",
]
AVATAR_SIDE = 512
AVATAR_TYPES = "image/jpeg,image/png,image/gif,image/webp"


def _countries_or_none():
    # A callable, so that country names follow each request's language and
    # order; a list built at import time would freeze them in English.
    return [("", "—"), *countries]


def _countries_or_all():
    return [("", gettext("All countries")), *countries]


class SignupExtraForm(forms.Form):
    """Fields allauth's sign-up form gains on top of e-mail and password.

    allauth uses this class as the base of its sign-up form
    (``ACCOUNT_SIGNUP_FORM_CLASS``), so ``clean()`` here runs after allauth has
    checked the e-mail address.
    """

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=120,
        help_text=_("How other members see you, for example your first and last name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    country = LazyTypedChoiceField(label=_("Country"), choices=_countries_or_none, required=False)

    def clean(self):
        cleaned_data = super().clean()
        # With mandatory verification allauth would hide a taken address: it
        # answers "check your mail" and e-mails the owner instead. The portal
        # prefers a clear error the person can act on, keeping what they typed.
        if getattr(self, "account_already_exists", False):
            self.account_already_exists = False
            self.add_error(
                "email",
                forms.ValidationError(
                    _(
                        "A member is already registered with this e-mail address. "
                        "If it is yours, sign in or reset your password."
                    ),
                    code="email_taken",
                ),
            )
        return cleaned_data

    def signup(self, request, user) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.country = self.cleaned_data.get("country") or ""
        user.save(update_fields=["display_name", "country"])


class _CurrentAvatar:
    """What the avatar widget links to: the member-only address, never the storage path."""

    def __init__(self, member):
        self.url = member.avatar_url

    def __str__(self) -> str:
        return gettext("your current picture")


class AvatarInput(forms.ClearableFileInput):
    clear_checkbox_label = _("Remove the picture")

    def format_value(self, value):
        if self.is_initial(value):
            return _CurrentAvatar(value.instance)
        return None


class ProfileForm(forms.ModelForm):
    # Not a model field of the form: the upload is checked and re-encoded here,
    # then stored by services.replace_avatar under a fresh name. Left to the
    # ModelForm, the raw upload would be written to storage as it came.
    avatar = forms.FileField(
        label=_("Avatar"),
        required=False,
        widget=AvatarInput(attrs={"accept": AVATAR_TYPES}),
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages spoken"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )

    # The avatar is a form field, not a model field of the form (see above);
    # it comes right after the interests.
    _after = PROFILE_FIELDS.index("interests") + 1
    field_order = [*PROFILE_FIELDS[:_after], "avatar", *PROFILE_FIELDS[_after:]]

    class Meta:
        model = User
        fields = PROFILE_FIELDS
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._avatar_content = None
        self.initial.setdefault("avatar", self.instance.avatar or None)
        self.fields["avatar"].help_text = gettext(
            "A JPEG, PNG, GIF or WebP picture of at most %(size)s."
        ) % {"size": filesizeformat(settings.AVATAR_MAX_BYTES)}

    def clean_avatar(self):
        upload = self.cleaned_data.get("avatar")
        if isinstance(upload, UploadedFile):
            self._avatar_content = reencode_image(
                upload, max_bytes=settings.AVATAR_MAX_BYTES, max_side=AVATAR_SIDE
            )
        return upload

    def save(self, commit: bool = True):
        user = super().save(commit=commit)
        if commit:
            self.save_avatar()
        return user

    def save_avatar(self) -> None:
        """Store the new picture, or remove the old one; call after the user is saved."""
        from . import services

        if self._avatar_content is not None:
            services.replace_avatar(self.instance, self._avatar_content)
        elif self.cleaned_data.get("avatar") is False and self.instance.avatar:
            services.remove_avatar(self.instance)


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.SearchInput(attrs={"placeholder": _("Name, organisation, position…")}),
    )
    country = LazyTypedChoiceField(label=_("Country"), choices=_countries_or_all, required=False)
    interest = forms.CharField(label=_("Interest"), required=False, max_length=100)


class ContactForm(forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


# Wagtail admin forms for a user model that has a display name and no first/last name.
_WAGTAIL_FIELDS = {"email", "display_name", "is_superuser", "groups"}


class _WagtailUserFormMixin:
    """Only a superuser may make someone a superuser.

    Wagtail offers its "Administrator" box to anyone who may manage users; the
    portal's Administrators group must not be able to grant more than it has.
    """

    def __init__(self, *args, acting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if acting_user is not None and not acting_user.is_superuser:
            self.fields.pop("is_superuser", None)


class WagtailUserCreationForm(_WagtailUserFormMixin, UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = _WAGTAIL_FIELDS


class WagtailUserEditForm(_WagtailUserFormMixin, UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = _WAGTAIL_FIELDS | {"is_active"}
