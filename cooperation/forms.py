from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.forms import FilterForm
from core.regions import REGIONS

from .models import Action, AssistanceType, Programme

FILTERS = ("q", "country", "region", "type", "programme", "status", "year")


class ActionFilterForm(FilterForm):
    """The filters of the list of actions. A value that does not validate is
    dropped (``valid_filters``), never shown as an error: the list simply ignores it."""

    q = forms.CharField(label=_("Words to look for"), required=False, max_length=200)
    country = forms.ChoiceField(label=_("Country"), required=False)
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *REGIONS]
    )
    type = forms.ModelChoiceField(
        label=_("Type of assistance"),
        required=False,
        queryset=AssistanceType.objects.all(),
        to_field_name="slug",
        empty_label=_("All types"),
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        required=False,
        queryset=Programme.objects.all(),
        to_field_name="slug",
        empty_label=_("All programmes"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *Action.Status.choices],
    )
    year = forms.IntegerField(label=_("Running in"), required=False, min_value=1900, max_value=2100)

    def __init__(self, *args, country_choices: list[tuple[str, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        # Any ISO code is valid (a link from a profile may name a country without
        # actions); the list offers only ``country_choices`` (those with actions).
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["country"].widget.choices = [("", _("All countries")), *country_choices]
        self.fields["year"].widget.attrs.update({"inputmode": "numeric"})


def form_data(data) -> dict:
    """The filters of ``data`` (request.GET), country codes in upper case as the
    choices hold them."""
    values = {name: data.get(name, "") for name in FILTERS if data.get(name, "")}
    if "country" in values:
        values["country"] = str(values["country"]).upper()
    return values
