"""Finding and contacting experts: the search form of the list and the contact form.

The expert's own profile form is ``profile_forms.py``; the needs' forms ``need_forms.py``.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.forms import FilterForm
from core.models import Language

from .models import ExpertiseArea, ExpertLanguage, ExpertProfile

RELEVANCE, UPDATED = "relevance", "updated"
FILTERS = ("q", "area", "country", "language", "level", "availability", "sort")


class SearchForm(FilterForm):
    """The filters of the list of experts. A value that does not validate is dropped
    (``valid_filters``), never shown as an error: the list simply ignores it."""

    q = forms.CharField(label=_("Words to look for"), required=False, max_length=200)
    area = forms.ModelChoiceField(
        label=_("Area of expertise"),
        required=False,
        queryset=ExpertiseArea.objects.all(),
        to_field_name="slug",
        empty_label=_("All areas"),
    )
    country = forms.ChoiceField(label=_("Country of experience"), required=False)
    language = forms.ModelChoiceField(
        label=_("Working language"),
        required=False,
        queryset=Language.objects.all(),
        empty_label=_("Any language"),
    )
    level = forms.TypedChoiceField(
        label=_("At least"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Any level")), *ExpertLanguage.Level.choices],
    )
    availability = forms.ChoiceField(
        label=_("Availability"),
        required=False,
        choices=[("", _("Any availability")), *ExpertProfile.Availability.choices],
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(RELEVANCE, _("Relevance")), (UPDATED, _("Last updated"))],
    )

    def __init__(self, *args, language_choices=None, country_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Any ISO code or language is valid (a link may name one nobody has yet);
        # the form offers only those the experts have.
        self.fields["country"].choices = [("", _("All countries")), *countries]
        if country_choices is not None:
            self.fields["country"].widget.choices = [("", _("All countries")), *country_choices]
        if language_choices is not None:
            self.fields["language"].widget.choices = [
                ("", _("Any language")),
                *language_choices,
            ]
        self.fields["q"].widget.attrs.update({"type": "search"})


def form_data(data) -> dict:
    """The filters of ``data`` (request.GET), the country code in upper case."""
    values = {name: str(data.get(name, "")) for name in FILTERS if data.get(name, "")}
    if "country" in values:
        values["country"] = values["country"].upper()
    return values


class ContactForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )

    def clean_subject(self) -> str:
        subject = self.cleaned_data["subject"]
        # One line only: a line break in an e-mail header could add headers.
        if "\r" in subject or "\n" in subject:
            raise forms.ValidationError(_("The subject must fit on one line."))
        return subject.strip()
