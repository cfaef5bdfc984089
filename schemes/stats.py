"""The scheme database in figures: how many schemes, members and beneficiaries.

Only published schemes count. A table groups them (by country, region, type,
risk covered) and says, for the chosen year, how many reported figures and the
sum of what they reported; the year table is the time series. Every table is
one aggregate query whatever the number of schemes and years (the region table
is summed from the country one, in Python, over a few hundred rows at most);
the page and its CSV files read the same rows, so they always agree.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, FilteredRelation, Q, Sum
from django.utils.translation import gettext as _

from core.csvsafe import protect
from core.regions import region_of
from countryprofiles.services import country_name, name_key, region_label

from .models import Risk, Scheme, SchemeYear

GROUPED_TABLES = ["country", "region", "type", "risk"]
TABLES = [*GROUPED_TABLES, "year"]


@dataclass(frozen=True)
class Row:
    """One group of published schemes and what those that reported said for the year."""

    key: str
    label: str
    schemes: int
    reporting: int
    members: int
    beneficiaries: int


@dataclass(frozen=True)
class YearRow:
    year: int
    reporting: int
    members: int
    beneficiaries: int


@dataclass(frozen=True)
class Totals:
    schemes: int
    countries: int
    reporting: int
    members: int
    beneficiaries: int


# --- The year -----------------------------------------------------------------------------


def by_year() -> list[YearRow]:
    """Every year with figures of a published scheme, oldest first. One query."""
    rows = (
        SchemeYear.objects.filter(scheme__status=Scheme.Status.PUBLISHED)
        .values("year")
        .annotate(
            reporting=Count("id"),
            members=Sum("members"),
            beneficiaries=Sum("beneficiaries"),
        )
        .order_by("year")
    )
    return [YearRow(**row) for row in rows]


def choose_year(requested: str | None, years: Iterable[int]) -> int | None:
    """The requested year if some published scheme reported figures for it, else the
    latest such year (None when nobody has reported yet): a bad value is no error."""
    years = list(years)
    try:
        year = int(str(requested or "").strip())
    except ValueError:
        year = None
    if year in years:
        return year
    return max(years, default=None)


# --- Tables grouped by a property of the scheme -------------------------------------------


def _grouped(year: int | None, *group_by: str):
    """Published schemes grouped by the ``group_by`` fields, with that year's figures summed.

    The filtered join brings at most one figures row per scheme (one record per
    scheme and year), so counting schemes needs no DISTINCT. Without a year (nobody
    has reported yet) the join matches nothing: no figures are older than 1900.
    """
    return (
        Scheme.objects.published()
        .alias(figures=FilteredRelation("years", condition=Q(years__year=year or 0)))
        .values(*group_by)
        .annotate(
            schemes=Count("id"),
            reporting=Count("figures__id"),
            members=Sum("figures__members"),
            beneficiaries=Sum("figures__beneficiaries"),
        )
        .order_by()
    )


def _row(key: str, label: str, values: dict) -> Row:
    return Row(
        key=key,
        label=label,
        schemes=values["schemes"],
        reporting=values["reporting"],
        members=values["members"] or 0,
        beneficiaries=values["beneficiaries"] or 0,
    )


def _biggest_first(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: (-row.members, name_key(row.label)))


def by_country(year: int | None) -> list[Row]:
    rows = [
        _row(values["country"], country_name(values["country"]), values)
        for values in _grouped(year, "country")
    ]
    return _biggest_first(rows)


def by_region(countries: list[Row]) -> list[Row]:
    """The country rows summed by ILO region (countries outside them under "Other")."""
    sums: dict[str, list[int]] = {}
    for row in countries:
        total = sums.setdefault(region_of(row.key), [0, 0, 0, 0])
        numbers = (row.schemes, row.reporting, row.members, row.beneficiaries)
        for index, value in enumerate(numbers):
            total[index] += value
    rows = [
        Row(region, region_label(region) or _("Other countries and territories"), *total)
        for region, total in sums.items()
    ]
    return _biggest_first(rows)


def by_type(year: int | None) -> list[Row]:
    labels = dict(Scheme.Type.choices)
    rows = [
        _row(values["scheme_type"], str(labels.get(values["scheme_type"], "")), values)
        for values in _grouped(year, "scheme_type")
    ]
    return _biggest_first(rows)


RISK_NAMES = ["name", "name_fr", "name_es"]


def by_risk(year: int | None) -> list[Row]:
    """One row per risk some published scheme covers, in the taxonomy's order. A scheme
    covering several risks counts in each of them."""
    groups = _grouped(year, "risks__slug", *(f"risks__{name}" for name in RISK_NAMES)).order_by(
        "risks__sort_order", "risks__name"
    )
    rows = []
    for values in groups:
        if values["risks__slug"] is None:  # schemes that cover no risk yet
            continue
        risk = Risk(slug=values["risks__slug"], **{n: values[f"risks__{n}"] for n in RISK_NAMES})
        rows.append(_row(risk.slug, str(risk), values))
    return rows


# --- The whole page -----------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    year: int | None  # the year the grouped tables and totals are for
    years: list[int]  # every year with figures, oldest first
    tables: dict[str, list[Row]]  # GROUPED_TABLES → rows
    by_year: list[YearRow]

    @property
    def totals(self) -> Totals:
        countries = self.tables["country"]
        return Totals(
            schemes=sum(row.schemes for row in countries),
            countries=len(countries),
            reporting=sum(row.reporting for row in countries),
            members=sum(row.members for row in countries),
            beneficiaries=sum(row.beneficiaries for row in countries),
        )


def figures(requested_year: str | None, tables: Iterable[str] = TABLES) -> Figures:
    """The tables asked for (all by default) for the requested year or the default one.

    One query for the years, then one per table (the region table comes free with
    the country one, which it needs).
    """
    tables = set(tables)
    series = by_year()
    year = choose_year(requested_year, (row.year for row in series))
    grouped: dict[str, list[Row]] = {}
    if tables & {"country", "region"}:
        grouped["country"] = by_country(year)
        grouped["region"] = by_region(grouped["country"])
    if "type" in tables:
        grouped["type"] = by_type(year)
    if "risk" in tables:
        grouped["risk"] = by_risk(year)
    return Figures(year=year, years=[row.year for row in series], tables=grouped, by_year=series)


# --- CSV ------------------------------------------------------------------------------------


def csv_rows(table: str, figures: Figures) -> list[list[str]]:
    """A table as CSV rows: a header, then numbers without grouping (machine-readable)."""
    if table == "year":
        header = [_("year"), _("schemes reporting"), _("members"), _("beneficiaries")]
        return [header] + [
            [str(row.year), str(row.reporting), str(row.members), str(row.beneficiaries)]
            for row in figures.by_year
        ]
    header = [
        _("key"),
        _("label"),
        _("schemes"),
        _("schemes reporting"),
        _("members"),
        _("beneficiaries"),
    ]
    return [header] + [
        [
            protect(row.key),
            protect(row.label),
            str(row.schemes),
            str(row.reporting),
            str(row.members),
            str(row.beneficiaries),
        ]
        for row in figures.tables[table]
    ]
