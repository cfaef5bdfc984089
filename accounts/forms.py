from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField
from wagtail.users.forms import UserCreationForm, UserEditForm

from core.images import reencode_image
from core.models import Language

from .models import ContactMessage

User = get_user_model()


class SignupExtraForm(forms.Form):
    """Fields allauth's sign-up form gains on top of e-mail and password."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=120,
        help_text=_("How other members see you, for example your first and last name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    country = LazyTypedChoiceField(
        label=_("Country"), choices=[("", "—")] + list(countries), required=False
    )

    def signup(self, request, user) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.country = self.cleaned_data.get("country") or ""
        user.save(update_fields=["display_name", "country"])


class ProfileForm(forms.ModelForm):
    avatar = forms.FileField(
        label=_("Avatar"),
        required=False,
        help_text=_("A JPEG, PNG, GIF or WebP picture of at most 2 MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/gif,image/webp"}
        ),
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages spoken"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )

    class Meta:
        model = User
        fields = [
            "display_name",
            "country",
            "organisation",
            "position",
            "bio",
            "languages",
            "interests",
            "avatar",
            "show_in_directory",
            "accept_messages",
            "language",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def clean_avatar(self):
        upload = self.cleaned_data.get("avatar")
        if upload in (None, False) or upload == self.instance.avatar:
            return upload
        max_bytes = settings.AVATAR_MAX_BYTES
        self._avatar_content = reencode_image(upload, max_bytes=max_bytes, max_side=512)
        return upload

    def save(self, commit: bool = True):
        from . import services

        content = getattr(self, "_avatar_content", None)
        cleared = self.cleaned_data.get("avatar") is False
        user = super().save(commit=False)
        if commit:
            user.save()
            self.save_m2m()
            if content is not None:
                services.replace_avatar(user, content)
            elif cleared:
                services.remove_avatar(user)
        return user

    def _save_m2m(self):
        # The avatar is written by services.replace_avatar, not by the model form.
        self.cleaned_data.pop("avatar", None)
        super()._save_m2m()


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.SearchInput(attrs={"placeholder": _("Name, organisation, position…")}),
    )
    country = LazyTypedChoiceField(
        label=_("Country"), choices=[("", _("All countries"))] + list(countries), required=False
    )
    interest = forms.CharField(label=_("Interest"), required=False, max_length=100)


class ContactForm(forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


# Wagtail admin forms for a user model that has a display name and no first/last name.
_WAGTAIL_FIELDS = {"email", "display_name", "is_superuser", "groups"}


class WagtailUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = _WAGTAIL_FIELDS


class WagtailUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = _WAGTAIL_FIELDS | {"is_active"}
