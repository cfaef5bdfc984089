"""Finding schemes: words, filters, sort; the portal search provider and the hits the
country section shows.

Every list starts from ``Scheme.objects.visible_to(user)`` and keeps only published
schemes: the public list, its CSV, the portal search and the country section show
the same thing to everyone, editors included (their queue of schemes waiting for
review is elsewhere). Sizes and the "largest first" order read the latest figures
copied onto the scheme (``services.refresh_latest``), so no row needs a join.

Words: every word must occur (``icontains``, the same on SQLite and PostgreSQL) in
the name, acronym, locality, promoter, support organisations, target population,
benefits package or the name or acronym of a network the scheme belongs to.
SQLite folds the case of ASCII letters only, so "THIÈS" finds "Thiès" only on
PostgreSQL; "thiès" finds it on both.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import reduce
from urllib.parse import urlencode

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.csvsafe import protect
from core.regions import COUNTRY_REGION, REGIONS, region_of
from core.search import Answer, Hit, words
from countryprofiles.services import name_key, plain_number

from .models import Scheme, SchemeYear

PAGE_SIZE = 20
TEXT_FIELDS = (
    "name",
    "acronym",
    "locality",
    "promoter",
    "support_organisations",
    "target_population",
    "benefits_package",
)

# Size of a scheme by its latest number of members: slug → (label, least, most), both
# bounds included, ``most`` None for no upper bound. Schemes without figures match none.
SIZE_RANGES = {
    "small": (_("Fewer than 1,000 members"), 0, 999),
    "medium": (_("1,000 to 9,999 members"), 1_000, 9_999),
    "large": (_("10,000 to 99,999 members"), 10_000, 99_999),
    "very-large": (_("100,000 members or more"), 100_000, None),
}

# Sort keys (the ``sort`` filter) with their labels; the first is the default.
SORTS = {
    "name": _("Name"),
    "-members": _("Largest first"),
    "members": _("Smallest first"),
    "country": _("Country"),
    "-year_started": _("Most recently started"),
    "year_started": _("Longest running"),
    "-updated": _("Last updated"),
}
DEFAULT_SORT = "name"


def _word_condition(word: str) -> Q:
    in_networks = Exists(
        Scheme.networks.through.objects.filter(scheme_id=OuterRef("pk")).filter(
            Q(network__name__icontains=word) | Q(network__acronym__icontains=word)
        )
    )
    in_texts = reduce(operator.or_, (Q(**{f"{name}__icontains": word}) for name in TEXT_FIELDS))
    return in_texts | in_networks


def size_condition(slug: str) -> Q:
    _label, least, most = SIZE_RANGES[slug]
    condition = Q(latest_members__gte=least)
    return condition & Q(latest_members__lte=most) if most is not None else condition


def _country_rank() -> Case:
    """Countries in the order of their names in the active language (no query)."""
    whens = [When(country=c.code, then=Value(i)) for i, c in enumerate(countries)]
    return Case(*whens, default=Value(len(whens)), output_field=IntegerField())


def _ordering(sort: str) -> list:
    if sort == "-members":
        return [F("latest_members").desc(nulls_last=True), "name", "pk"]
    if sort == "members":
        return [F("latest_members").asc(nulls_last=True), "name", "pk"]
    if sort == "country":
        return ["country_rank", "name", "pk"]
    if sort == "-year_started":
        return [F("year_started").desc(nulls_last=True), "name", "pk"]
    if sort == "year_started":
        return [F("year_started").asc(nulls_last=True), "name", "pk"]
    if sort == "-updated":
        return ["-updated", "pk"]
    return ["name", "pk"]


def _filtered(schemes: QuerySet, filters: dict) -> QuerySet:
    through = Scheme.risks.through
    if country := filters.get("country"):
        schemes = schemes.filter(country=country)
    if region := filters.get("region"):
        schemes = schemes.filter(
            country__in=[code for code, where in COUNTRY_REGION.items() if where == region]
        )
    if scheme_type := filters.get("type"):
        schemes = schemes.filter(scheme_type=scheme_type)
    if risk := filters.get("risk"):
        schemes = schemes.filter(
            Exists(through.objects.filter(scheme_id=OuterRef("pk"), risk_id=risk.pk))
        )
    if network := filters.get("network"):
        schemes = schemes.filter(
            Exists(
                Scheme.networks.through.objects.filter(
                    scheme_id=OuterRef("pk"), network_id=network.pk
                )
            )
        )
    if size := filters.get("size"):
        schemes = schemes.filter(size_condition(size))
    if year := filters.get("year"):
        schemes = schemes.filter(
            Exists(SchemeYear.objects.filter(scheme_id=OuterRef("pk"), year=year))
        )
    if started_from := filters.get("started_from"):
        schemes = schemes.filter(year_started__gte=started_from)
    if started_to := filters.get("started_to"):
        schemes = schemes.filter(year_started__lte=started_to)
    for word in words(filters.get("q", "")):
        schemes = schemes.filter(_word_condition(word))
    return schemes


def filter_schemes(filters: dict, user) -> QuerySet:
    """The published schemes matching ``filters`` (``SchemeFilterForm.valid_filters``),
    in the order asked (by name unless ``sort`` says otherwise).

    Filters that test related rows use ``EXISTS``, so a scheme is never repeated.
    """
    schemes = _filtered(Scheme.objects.visible_to(user).published(), filters)
    sort = effective_sort(filters)
    if sort == "country":
        schemes = schemes.annotate(country_rank=_country_rank())
    return schemes.order_by(*_ordering(sort))


def effective_sort(filters: dict) -> str:
    sort = filters.get("sort")
    return sort if sort in SORTS else DEFAULT_SORT


def for_listing(schemes: QuerySet) -> QuerySet:
    """What a row of the list shows, in a fixed number of queries."""
    return schemes.prefetch_related("risks")


def for_export(schemes: QuerySet) -> QuerySet:
    """What a row of the CSV shows, in a fixed number of queries."""
    return schemes.prefetch_related("risks", "networks")


# --- Choices the filter form offers -----------------------------------------------------


def country_choices() -> list[tuple[str, str]]:
    """(code, name) of the countries with published schemes, by name (one query)."""
    codes = Scheme.objects.published().order_by().values_list("country", flat=True).distinct()
    return sorted(((code, str(countries.name(code))) for code in codes), key=lambda c: c[1])


def year_choices() -> list[int]:
    """The years some published scheme reported figures for, latest first (one query)."""
    years = (
        SchemeYear.objects.filter(scheme__status=Scheme.Status.PUBLISHED)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return list(years)


# --- The portal search and the country section ------------------------------------------


def site_search(query: str, user, limit: int) -> Answer:
    """The schemes' answer on the portal-wide search page: published schemes only."""
    schemes = filter_schemes({"q": query}, user) if words(query) else Scheme.objects.none()
    count = schemes.count()
    hits = [hit(scheme) for scheme in schemes[:limit]] if count and limit else []
    more_url = f"{reverse('schemes:index')}?{urlencode({'q': query})}"
    return Answer(count=count, hits=hits, more_url=more_url)


def hit(scheme: Scheme) -> Hit:
    """A scheme as a search result: its country and type, what it covers for whom."""
    meta = " · ".join(
        part
        for part in (str(scheme.country.name), scheme.locality, scheme.get_scheme_type_display())
        if part
    )
    return Hit(
        title=str(scheme),
        url=scheme.get_absolute_url(),
        summary=Truncator(scheme.target_population or scheme.benefits_package).words(30),
        meta=meta,
    )


# --- The CSV of a result list -------------------------------------------------------------


def export_header() -> list[str]:
    return [
        _("name"),
        _("acronym"),
        _("country code"),
        _("country"),
        _("region"),
        _("locality"),
        _("type"),
        _("legal status"),
        _("year started"),
        _("promoter"),
        _("networks"),
        _("risks covered"),
        _("contribution"),
        _("currency"),
        _("paid"),
        _("for"),
        _("latest year"),
        _("members"),
        _("beneficiaries"),
        _("address"),
    ]


def export_row(scheme: Scheme, url: str) -> list[str]:
    """One scheme as CSV cells: user text made formula-safe, never the contact."""
    code = scheme.country.code
    amount = scheme.contribution_amount
    texts = [
        scheme.name,
        scheme.acronym,
        code,
        str(scheme.country.name),
        str(dict(REGIONS).get(region_of(code), "")),
        scheme.locality,
        scheme.get_scheme_type_display(),
        scheme.get_legal_status_display(),
        _number(scheme.year_started),
        scheme.promoter,
        "; ".join(str(network) for network in scheme.networks.all()),
        "; ".join(str(risk) for risk in scheme.risks.all()),
        plain_number(amount) if amount is not None else "",
        scheme.contribution_currency,
        scheme.get_contribution_frequency_display(),
        scheme.get_contribution_basis_display() if amount is not None else "",
        _number(scheme.latest_year),
        _number(scheme.latest_members),
        _number(scheme.latest_beneficiaries),
        url,
    ]
    return [protect(str(text)) for text in texts]


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


# --- Schemes by country --------------------------------------------------------------------


@dataclass(frozen=True)
class CountryTotals:
    code: str
    name: str
    url: str  # the list filtered on the country
    schemes: int
    members: int  # the sum of the schemes' latest figures (0 when none reported)
    beneficiaries: int


@dataclass(frozen=True)
class RegionTotals:
    key: str
    label: str
    countries: list[CountryTotals]

    @property
    def schemes(self) -> int:
        return sum(country.schemes for country in self.countries)

    @property
    def members(self) -> int:
        return sum(country.members for country in self.countries)

    @property
    def beneficiaries(self) -> int:
        return sum(country.beneficiaries for country in self.countries)


def country_totals() -> list[CountryTotals]:
    """Each country with published schemes: how many, their latest members and
    beneficiaries summed (one query), by name in the active language.

    Published schemes are what everyone sees, so the page is the same for all.
    """
    rows = (
        Scheme.objects.published()
        .order_by()
        .values("country")
        .annotate(
            schemes=Count("pk"),
            members=Sum("latest_members"),
            beneficiaries=Sum("latest_beneficiaries"),
        )
    )
    index = reverse("schemes:index")
    totals = [
        CountryTotals(
            code=row["country"],
            name=str(countries.name(row["country"])),
            url=f"{index}?{urlencode({'country': row['country']})}",
            schemes=row["schemes"],
            members=row["members"] or 0,
            beneficiaries=row["beneficiaries"] or 0,
        )
        for row in rows
    ]
    return sorted(totals, key=lambda country: name_key(country.name))


def by_region(totals: list[CountryTotals]) -> list[RegionTotals]:
    """``totals`` grouped by ILO region, in ``REGIONS`` order; countries in no region
    last, under "Other countries and territories"; regions without schemes left out."""
    grouped: dict[str, list[CountryTotals]] = {}
    for country in totals:
        grouped.setdefault(region_of(country.code), []).append(country)
    labels = [*REGIONS, ("", _("Other countries and territories"))]
    return [
        RegionTotals(key, str(label), grouped[key]) for key, label in labels if grouped.get(key)
    ]
