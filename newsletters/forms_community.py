"""Forms of community news: submitting an item, an editor's decision, the country filter."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from . import community
from .models import TEXT_MAX_LENGTH, CommunityNews


def _countries_or_none():
    return [("", "—"), *countries]


class SubmitForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=CommunityNews._meta.get_field("title").max_length,
        error_messages={"required": _("Please give your news a title.")},
    )
    text = forms.CharField(
        label=_("Your news"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
        error_messages={
            "required": _("Please write your news."),
            "max_length": _(
                "Please keep your news to %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    country = forms.ChoiceField(
        label=_("Country"),
        choices=_countries_or_none,
        required=False,
        help_text=_("Optional. The country your news is about."),
    )
    link = forms.URLField(
        label=_("Link"),
        max_length=CommunityNews._meta.get_field("link").max_length,
        required=False,
        assume_scheme="https",
        help_text=_("Optional. A web page where readers can learn more."),
        error_messages={"invalid": _("Please give a web address such as https://example.org/.")},
    )
    image = forms.FileField(label=_("Image"), required=False)
    image_alt = forms.CharField(
        label=_("Description of the image"),
        max_length=CommunityNews._meta.get_field("image_alt").max_length,
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    language = forms.ChoiceField(
        label=_("Language of your news"), choices=settings.LANGUAGES, initial="en"
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["image"].help_text = _(
            "Optional. A JPEG, PNG or WebP picture of at most %(size)s."
        ) % {"size": filesizeformat(community.IMAGE_MAX_BYTES)}
        self.fields["text"].help_text = _(
            "Plain text, at most %(limit)s characters. Leave a blank line between paragraphs."
        ) % {"limit": TEXT_MAX_LENGTH}
        if user is not None and user.language in dict(settings.LANGUAGES):
            self.fields["language"].initial = user.language

    def clean_title(self) -> str:
        return " ".join(self.cleaned_data["title"].split())

    def clean_text(self) -> str:
        return self.cleaned_data["text"].strip()

    def clean_link(self) -> str:
        return community.clean_link(self.cleaned_data["link"])

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if isinstance(upload, UploadedFile):
            return community.prepare_image(upload)
        return None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not " ".join(cleaned.get("image_alt", "").split()):
            self.add_error(
                "image_alt", _("Please describe the image for people who cannot see it.")
            )
        return cleaned

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.fields}


class DecisionForm(forms.Form):
    PUBLISH = "publish"
    REJECT = "reject"
    WITHDRAW = "withdraw"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (PUBLISH, _("Publish")),
            (REJECT, _("Reject")),
            (WITHDRAW, _("Withdraw")),
        ],
        widget=forms.HiddenInput,
    )
    note = forms.CharField(
        label=_("Note to the author"),
        max_length=CommunityNews._meta.get_field("review_note").max_length,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required to reject or withdraw an item: the author receives it by e-mail."),
    )

    def clean(self):
        cleaned = super().clean()
        note = cleaned.get("note", "").strip()
        if cleaned.get("decision") in (self.REJECT, self.WITHDRAW) and not note:
            self.add_error("note", _("Please tell the author why, in a few words."))
        cleaned["note"] = note
        return cleaned


def country_filter(value) -> str:
    """A known country code from ``?country=``, else ""."""
    code = str(value or "").strip().upper()[:2]
    return code if code and code in countries else ""


def as_error(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ``ValidationError`` on the form's fields."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error)
