"""What the country pages show: profiles by region, a country's indicators, comparisons.

Each function answers in a fixed number of queries, whatever the number of
countries, indicators and years, and names countries in the active language.
CSV rows are built here too, so the pages and their downloads agree.
"""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from django_countries import countries

from core.csvsafe import protect
from core.regions import REGIONS, region_of

from .charts import line_chart_svg
from .models import CountryProfileIndexPage, CountryProfilePage, Indicator, IndicatorValue

# --- Countries ----------------------------------------------------------------------------


def country_code(code: str) -> str | None:
    """The upper-case ISO 3166-1 alpha-2 code of ``code`` if it names a country, else None."""
    code = str(code or "")
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        return None
    code = code.upper()
    return code if code in countries else None


def country_name(code: str) -> str:
    return str(countries.name(code))


def name_key(name: str) -> tuple[str, str]:
    """Sort key for names in any of the portal's languages: accents and case ignored."""
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )
    return folded.casefold(), name


def region_label(region: str) -> str:
    return str(dict(REGIONS).get(region, ""))


def profile_url(code: str) -> str:
    return reverse("countryprofiles:detail", kwargs={"code": code.lower()})


def live_profiles():
    """The published country profiles anyone may see."""
    return CountryProfilePage.objects.live().public()


def live_profile(code: str) -> CountryProfilePage | None:
    return live_profiles().filter(country=code).first()


def live_profile_codes() -> set[str]:
    return set(live_profiles().values_list("country", flat=True))


def container() -> CountryProfileIndexPage | None:
    return CountryProfileIndexPage.objects.first()


@dataclass(frozen=True)
class ProfileLink:
    code: str
    name: str
    url: str


@dataclass(frozen=True)
class RegionGroup:
    key: str
    label: str
    profiles: list[ProfileLink]


def profiles_by_region(profiles: Iterable[CountryProfilePage]) -> list[RegionGroup]:
    """Profiles grouped by ILO region (in ``REGIONS`` order), sorted by translated name.

    Regions without a profile are left out; a country in no region comes last,
    under "Other countries and territories".
    """
    grouped: dict[str, list[ProfileLink]] = {}
    for page in profiles:
        code = page.country.code
        grouped.setdefault(region_of(code), []).append(
            ProfileLink(code=code, name=country_name(code), url=profile_url(code))
        )
    labels = [*REGIONS, ("", _("Other countries and territories"))]
    return [
        RegionGroup(key, str(label), sorted(grouped[key], key=lambda link: name_key(link.name)))
        for key, label in labels
        if grouped.get(key)
    ]


# --- A country's indicators ---------------------------------------------------------------


@dataclass
class IndicatorSeries:
    """One indicator's values for one country, by year; ``latest`` is the last year's."""

    indicator: Indicator
    values: list[IndicatorValue] = field(default_factory=list)

    @property
    def latest(self) -> IndicatorValue:
        return self.values[-1]

    @property
    def chart(self) -> str:
        return line_chart_svg(
            [(value.year, value.value) for value in self.values],
            decimals=self.indicator.decimals,
            unit=self.indicator.unit_label,
            title=_("%(indicator)s, %(first)s to %(last)s")
            % {
                "indicator": self.indicator,
                "first": self.values[0].year,
                "last": self.values[-1].year,
            },
            chart_id=f"chart-{self.indicator.code}",
        )


def country_indicators(code: str) -> list[IndicatorSeries]:
    """Every indicator with values for the country, in the indicators' order. One query."""
    values = (
        IndicatorValue.objects.for_country(code)
        .select_related("indicator")
        .order_by("indicator__sort_order", "indicator__code", "year")
    )
    series: dict[int, IndicatorSeries] = {}
    for value in values:
        series.setdefault(value.indicator_id, IndicatorSeries(value.indicator)).values.append(value)
    return list(series.values())


def plain_number(value: Decimal) -> str:
    """A value for a CSV file: a dot for decimals, no grouping, no trailing zeros."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def yes_no(flag: bool) -> str:
    return _("yes") if flag else _("no")


def value_csv_header() -> list[str]:
    """The columns of a value with its source, shared by the country and comparison CSVs."""
    return [
        _("year"),
        _("value"),
        _("unit"),
        _("source"),
        _("source address"),
        _("note"),
        _("demo data"),
    ]


def country_csv_rows(code: str) -> list[list[str]]:
    """The header and every value of the country, indicator by indicator, by year."""
    rows = [[_("indicator code"), _("indicator"), *value_csv_header()]]
    for series in country_indicators(code):
        indicator = series.indicator
        for value in series.values:
            rows.append(
                [
                    protect(indicator.code),
                    protect(str(indicator)),
                    str(value.year),
                    plain_number(value.value),
                    protect(indicator.unit_label),
                    protect(value.source),
                    protect(value.source_url),
                    protect(value.note),
                    yes_no(value.is_demo),
                ]
            )
    return rows


# --- Comparison between countries ---------------------------------------------------------

SORTS = ["value", "-value", "country", "-country", "year", "-year"]


@dataclass(frozen=True)
class RankedValue:
    rank: int
    code: str
    name: str
    region: str
    value: IndicatorValue
    profile_url: str  # empty when the country has no live profile


def default_sort(indicator: Indicator) -> str:
    return "value" if indicator.higher_is_better is False else "-value"


def clean_sort(indicator: Indicator, sort: str | None) -> str:
    return sort if sort in SORTS else default_sort(indicator)


def clean_region(region: str | None) -> str:
    return region if region in dict(REGIONS) else ""


def latest_values(indicator: Indicator):
    """Each country's value for its latest year with a value for ``indicator``."""
    latest_year = (
        IndicatorValue.objects.filter(indicator=OuterRef("indicator"), country=OuterRef("country"))
        .order_by("-year")
        .values("year")[:1]
    )
    return IndicatorValue.objects.filter(indicator=indicator, year=Subquery(latest_year))


def ranking(indicator: Indicator, *, sort: str = "", region: str = "") -> list[RankedValue]:
    """Every country with a value, ranked by its latest value. Two queries.

    Rank 1 is the best value (the highest unless ``higher_is_better`` is False);
    equal values share a rank. With ``region`` only that region's countries
    are ranked. ``sort`` orders the rows (see ``SORTS``), ties by country name.
    """
    sort = clean_sort(indicator, sort)
    region = clean_region(region)
    with_profiles = live_profile_codes()
    rows = []
    for value in latest_values(indicator):
        code = value.country.code
        if region and region_of(code) != region:
            continue
        rows.append((code, country_name(code), value))
    best_first = indicator.higher_is_better is not False
    rows.sort(key=lambda row: name_key(row[1]))
    rows.sort(key=lambda row: row[2].value, reverse=best_first)
    ranked, previous, rank = [], None, 0
    for position, (code, name, value) in enumerate(rows, start=1):
        if value.value != previous:
            rank, previous = position, value.value
        ranked.append(
            RankedValue(
                rank=rank,
                code=code,
                name=name,
                region=region_of(code),
                value=value,
                profile_url=profile_url(code) if code in with_profiles else "",
            )
        )
    key = sort.removeprefix("-")
    descending = sort.startswith("-")
    ranked.sort(key=lambda row: name_key(row.name))
    if key == "country":
        ranked.sort(key=lambda row: name_key(row.name), reverse=descending)
    elif key == "year":
        ranked.sort(key=lambda row: row.value.year, reverse=descending)
    else:
        ranked.sort(key=lambda row: row.value.value, reverse=descending)
    return ranked


def comparison_csv_rows(indicator: Indicator, ranked: list[RankedValue]) -> list[list[str]]:
    rows = [[_("rank"), _("country code"), _("country"), _("region"), *value_csv_header()]]
    unit = protect(indicator.unit_label)
    for row in ranked:
        rows.append(
            [
                str(row.rank),
                row.code,
                protect(row.name),
                protect(region_label(row.region)),
                str(row.value.year),
                plain_number(row.value.value),
                unit,
                protect(row.value.source),
                protect(row.value.source_url),
                protect(row.value.note),
                yes_no(row.value.is_demo),
            ]
        )
    return rows
