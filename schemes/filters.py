"""The filters of the list of schemes (a GET form, also read by the CSV export)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.forms import CountryCodeField, FilterForm
from core.regions import REGIONS

from .models import FIRST_YEAR, Network, Risk, Scheme
from .search import SIZE_RANGES, SORTS


class SchemeFilterForm(FilterForm):
    """A value that does not validate is dropped (``valid_filters``), never shown as an
    error: the list simply ignores it."""

    q = forms.CharField(
        label=_("Words to look for"), required=False, max_length=200, widget=forms.SearchInput
    )
    country = CountryCodeField(label=_("Country"), required=False)
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *REGIONS]
    )
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *Scheme.Type.choices]
    )
    risk = forms.ModelChoiceField(
        label=_("Risk or service covered"),
        required=False,
        queryset=Risk.objects.all(),
        to_field_name="slug",
        empty_label=_("Any risk"),
    )
    network = forms.ModelChoiceField(
        label=_("Network or federation"),
        required=False,
        queryset=Network.objects.all(),
        empty_label=_("Any network"),
    )
    size = forms.ChoiceField(
        label=_("Size (latest figures)"),
        required=False,
        choices=[("", _("Any size")), *((slug, r[0]) for slug, r in SIZE_RANGES.items())],
    )
    year = forms.IntegerField(
        label=_("Reported figures for"), required=False, min_value=FIRST_YEAR, max_value=9999
    )
    started_from = forms.IntegerField(
        label=_("Started in or after"), required=False, min_value=FIRST_YEAR, max_value=9999
    )
    started_to = forms.IntegerField(
        label=_("Started in or before"), required=False, min_value=FIRST_YEAR, max_value=9999
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=list(SORTS.items()))

    def __init__(self, *args, country_choices=(), year_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Any ISO code or year is valid (a link from a country profile may name a
        # country without schemes); the selects offer those the schemes have.
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["country"].widget.choices = [("", _("All countries")), *country_choices]
        self.fields["year"].widget = forms.Select(
            choices=[("", _("Any year")), *((year, year) for year in year_choices)]
        )
        for name in ("started_from", "started_to"):
            self.fields[name].widget.attrs.update({"inputmode": "numeric"})

    @classmethod
    def for_display(cls, filters: dict, *, country_choices, year_choices) -> "SchemeFilterForm":
        """An unbound form showing ``filters``: what was understood, a value nobody has
        (a country or year without schemes) added to its select so that it shows."""
        countries_offered = list(country_choices)
        code = filters.get("country")
        if code and code not in dict(countries_offered):
            countries_offered.append((code, str(countries.name(code))))
        years = list(year_choices)
        if filters.get("year") and filters["year"] not in years:
            years = sorted([*years, filters["year"]], reverse=True)
        return cls(initial=filters, country_choices=countries_offered, year_choices=years)
