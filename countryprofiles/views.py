"""The public country pages: index with the world map, profiles, comparisons, CSV files.

Profiles are Wagtail pages that Wagtail never routes to: ``detail`` renders the
live version of ``/<lang>/countries/<iso>/`` and Wagtail's preview calls
``render_profile`` with the page being edited. Every page answers in a fixed
number of queries whatever the number of countries, indicators and values.
"""

from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.csvsafe import csv_response
from core.regions import REGIONS, region_of

from . import services
from .models import CountryProfilePage, Indicator
from .sections import answers_for
from .worldmap import build_map

TEXT_BLOCKS = [
    # (field, heading id)
    ("in_brief", "in-brief"),
    ("legislation", "legislation"),
    ("programmes", "programmes"),
]


# --- Index --------------------------------------------------------------------------------


@require_GET
def index(request):
    profiles = list(services.live_profiles().only("id", "title", "country").order_by("country"))
    container = services.container()
    return render(
        request,
        "countryprofiles/index.html",
        {
            "container": container,
            "map": build_map(profiles),
            "regions": services.profiles_by_region(profiles),
            "profile_count": len(profiles),
            "indicators": list(Indicator.objects.all()),
        },
    )


# --- A country's profile ------------------------------------------------------------------


def _profile_or_redirect(request, code: str, view_name: str):
    """The live profile for ``code``, or a redirect to the lower-case address.

    Raises Http404 for anything that is not a country, and for a country
    without a live profile.
    """
    country = services.country_code(code)
    if country is None:
        raise Http404
    if code != country.lower():
        url = reverse(f"countryprofiles:{view_name}", kwargs={"code": country.lower()})
        query = request.META.get("QUERY_STRING", "")
        return None, redirect(f"{url}?{query}" if query else url, permanent=True)
    page = services.live_profile(country)
    if page is None:
        raise Http404
    return page, None


@require_GET
def detail(request, code):
    page, redirection = _profile_or_redirect(request, code, "detail")
    return redirection or render_profile(request, page)


def render_profile(request, page: CountryProfilePage, preview: bool = False) -> HttpResponse:
    """The profile of ``page``'s country: the live page, or a draft Wagtail previews.

    A previewed page may be unsaved: only its fields are used, never its id.
    """
    code = page.country.code if page.country else ""
    texts = []
    for field, block_id in TEXT_BLOCKS:
        text = page.text(field)
        if text:
            texts.append({"field": field, "id": block_id, "text": text})
    updated = page.last_published_at or page.latest_revision_created_at
    return render(
        request,
        "countryprofiles/profile.html",
        {
            "page": page,
            "preview": preview,
            "code": code,
            "country_name": services.country_name(code) if code else page.title,
            "region": services.region_label(region_of(code)) if code else "",
            "indicators": services.country_indicators(code) if code else [],
            "texts": texts,
            "updated": updated,
            "sections": answers_for(code, request.user) if code else [],
        },
    )


@require_GET
def detail_csv(request, code):
    page, redirection = _profile_or_redirect(request, code, "detail-csv")
    if redirection:
        return redirection
    code = page.country.code
    return csv_response(services.country_csv_rows(code), f"gess-{code.lower()}-indicators.csv")


# --- Comparison ---------------------------------------------------------------------------


@require_GET
def compare_default(request):
    """The first indicator's comparison, or the one the switch form asks for.

    The form on the comparison page sends ``?indicator=…&region=…`` here, so
    switching indicator or region works without JavaScript.
    """
    indicators = list(Indicator.objects.only("code"))
    if not indicators:
        raise Http404
    wanted = request.GET.get("indicator")
    indicator = next((item for item in indicators if item.code == wanted), indicators[0])
    url = reverse("countryprofiles:compare", kwargs={"indicator": indicator.code})
    query = _query(
        sort=request.GET.get("sort") if request.GET.get("sort") in services.SORTS else "",
        region=services.clean_region(request.GET.get("region")),
    )
    return redirect(f"{url}?{query}" if query else url)


def _comparison(request, code: str):
    indicators = list(Indicator.objects.all())
    indicator = next((item for item in indicators if item.code == code), None)
    if indicator is None:
        raise Http404
    sort = services.clean_sort(indicator, request.GET.get("sort"))
    region = services.clean_region(request.GET.get("region"))
    ranked = services.ranking(indicator, sort=sort, region=region)
    return indicators, indicator, sort, region, ranked


def _query(**params) -> str:
    return urlencode({key: value for key, value in params.items() if value})


@require_GET
def compare(request, indicator):
    indicators, indicator, sort, region, ranked = _comparison(request, indicator)
    # A first click sorts names A to Z, values best first, years latest first; a
    # second click on the same header reverses the order.
    first_click = {"country": "country", "value": services.default_sort(indicator), "year": "-year"}
    descending = sort.startswith("-")
    columns = {}
    for key, label in (("country", _("Country")), ("value", _("Value")), ("year", _("Year"))):
        current = sort.removeprefix("-") == key
        wanted = (key if descending else f"-{key}") if current else first_click[key]
        columns[key] = {
            "label": label,
            "url": "?" + _query(sort=wanted, region=region),
            "aria_sort": ("descending" if descending else "ascending") if current else "",
        }
    return render(
        request,
        "countryprofiles/compare.html",
        {
            "indicator": indicator,
            "indicators": indicators,
            "ranked": ranked,
            "sort": sort,
            "region": region,
            "region_name": services.region_label(region),
            "regions": REGIONS,
            "columns": columns,
            "csv_query": _query(sort=sort, region=region),
            "has_demo": any(row.value.is_demo for row in ranked),
        },
    )


@require_GET
def compare_csv(request, indicator):
    _indicators, indicator, _sort, region, ranked = _comparison(request, indicator)
    suffix = f"-{region}" if region else ""
    return csv_response(
        services.comparison_csv_rows(indicator, ranked),
        f"gess-{indicator.code}{suffix}.csv",
    )


# --- Add a country ------------------------------------------------------------------------


@require_GET
def add_country(request):
    """Editors go to the admin's form for a new profile; other members read how to propose one."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    container = services.container()
    if container is not None and container.permissions_for_user(request.user).can_add_subpage():
        return redirect(
            "wagtailadmin_pages:add",
            "countryprofiles",
            "countryprofilepage",
            container.pk,
        )
    codes = [curatorship.country.code for curatorship in request.user.curatorships.all()]
    with_profiles = services.live_profile_codes() if codes else set()
    curated = sorted(
        (
            services.ProfileLink(
                code=code,
                name=services.country_name(code),
                url=services.profile_url(code) if code in with_profiles else "",
            )
            for code in codes
        ),
        key=lambda link: services.name_key(link.name),
    )
    response = render(request, "countryprofiles/add.html", {"curated": curated})
    patch_cache_control(response, private=True)
    return response
