"""Browsing the scheme database: the list with its filters, its CSV, a scheme's page,
and the schemes country by country.

Lists and the CSV show published schemes only (``search.filter_schemes``). A
scheme's page goes through ``Scheme.objects.visible_to(user)``: its managers and the
editors also see it while it waits for review; anyone else gets a 404, so nobody can
probe which schemes were proposed. The contact person is never shown: the page links
to the relay (``schemes:contact``) instead.
"""

import dataclasses
from itertools import chain
from types import SimpleNamespace

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.csvsafe import csv_response
from countryprofiles.worldmap import WorldMap, build_map

from . import currencies, search, services
from .filters import SchemeFilterForm
from .models import Scheme, SchemeYear

# What the first click on a column heading sorts by; a second click reverses it.
COLUMNS = {
    "name": (_("Scheme"), "name", ""),
    "country": (_("Country"), "country", ""),
    "members": (_("Latest figures"), "-members", "members"),
    "year_started": (_("Started"), "-year_started", "year_started"),
}


def _filters(request) -> dict:
    return SchemeFilterForm(request.GET).valid_filters()


def _columns(filters: dict) -> dict:
    """Each sortable column's heading: its link (the filters kept) and ``aria-sort``."""
    sort = search.effective_sort(filters)
    columns = {}
    for key, (label, first, second) in COLUMNS.items():
        current = sort in (first, second)
        wanted = second if current and second and sort == first else first
        columns[key] = {
            "label": label,
            "url": "?" + SchemeFilterForm.querystring({**filters, "sort": wanted}),
            "aria_sort": ("descending" if sort.startswith("-") else "ascending") if current else "",
        }
    return columns


@require_safe
def index(request):
    country_choices = search.country_choices()
    year_choices = search.year_choices()
    filters = _filters(request)
    schemes = search.for_listing(search.filter_schemes(filters, request.user))
    page = Paginator(schemes, search.PAGE_SIZE).get_page(request.GET.get("page"))
    query = SchemeFilterForm.querystring(filters)
    return render(
        request,
        "schemes/index.html",
        {
            "form": SchemeFilterForm.for_display(
                filters, country_choices=country_choices, year_choices=year_choices
            ),
            "filters": filters,
            "narrowed": any(name != "sort" for name in filters),
            "page": page,
            "querystring": query,
            "columns": _columns(filters),
            "sort_label": search.SORTS[search.effective_sort(filters)],
        },
    )


@require_safe
def export(request):
    """Every result of the same filters, in the same order, as a CSV file."""
    schemes = search.for_export(search.filter_schemes(_filters(request), request.user))
    rows = (
        search.export_row(scheme, request.build_absolute_uri(scheme.get_absolute_url()))
        for scheme in schemes
    )
    return csv_response(chain([search.export_header()], rows), "schemes.csv")


@require_safe
def detail(request, pk):
    scheme = (
        Scheme.objects.visible_to(request.user)
        .filter(pk=pk)
        .prefetch_related(
            "risks",
            "networks",
            Prefetch("years", queryset=SchemeYear.objects.order_by("-year")),
        )
        .first()
    )
    if scheme is None:
        raise Http404
    years = list(scheme.years.all())
    can_update = request.user.has_perm("schemes.update_scheme", scheme)
    # Each year's figures with the name of their currency, newest first.
    figures = [(row, currencies.name(row.currency)) for row in years]
    response = render(
        request,
        "schemes/detail.html",
        {
            "scheme": scheme,
            "figures": figures,
            "can_update": can_update,
            "year_to_report": services.year_to_report(scheme) if can_update else None,
            "currency_name": currencies.name(scheme.contribution_currency),
        },
    )
    if not scheme.is_published:
        patch_cache_control(response, private=True)
    return response


def _scheme_map(totals: list[search.CountryTotals]) -> WorldMap:
    """The country profiles' world map, each country with schemes linking to its list."""
    drawn = build_map(SimpleNamespace(country=SimpleNamespace(code=row.code)) for row in totals)
    urls = {row.code: row.url for row in totals}
    linked = [dataclasses.replace(country, url=urls[country.code]) for country in drawn.linked]
    return dataclasses.replace(drawn, linked=linked)


@require_safe
def countries(request):
    totals = search.country_totals()
    return render(
        request,
        "schemes/countries.html",
        {
            "map": _scheme_map(totals),
            "regions": search.by_region(totals),
            "countries": totals,
            "schemes": sum(row.schemes for row in totals),
        },
    )
