"""Citation downloads: one item, or a whole result list, as RIS or BibTeX.

A single item goes through ``Item.objects.visible_to(user)`` (a submitter can cite
their own draft; anything they may not see is a 404). A result list takes the
search page's GET parameters through ``library.search.results_queryset`` and keeps
only published items, at most ``EXPORT_LIMIT`` of them, in the search's order.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from library import citations
from library.models import Item

EXPORT_LIMIT = 1000
RIS_CONTENT_TYPE = "application/x-research-info-systems; charset=utf-8"
BIBTEX_CONTENT_TYPE = "application/x-bibtex; charset=utf-8"


def _page_url(request: HttpRequest, item: Item) -> str:
    return request.build_absolute_uri(item.get_absolute_url())


def _pdf_url(request: HttpRequest, item: Item) -> str:
    if not citations.file_is_pdf(item):
        return ""
    return request.build_absolute_uri(reverse("library:download", kwargs={"pk": item.pk}))


def _download(body: str, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(
        body.encode("utf-8"),
        content_type=content_type,
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )
    # What a list contains depends on who asks; a draft only its submitter may see.
    patch_cache_control(response, private=True)
    return response


def _visible_item(request: HttpRequest, pk: int) -> Item:
    queryset = citations.with_citation_data(Item.objects.visible_to(request.user))
    return get_object_or_404(queryset, pk=pk)


def _results(request: HttpRequest) -> list[Item]:
    """The search page's results for these GET parameters, published only, capped."""
    try:
        from library.search import results_queryset
    except ImportError:  # the search module is not there yet: every published item
        queryset = Item.objects.published()
    else:
        queryset = results_queryset(request.GET, request.user)
    queryset = queryset.filter(status=Item.Status.PUBLISHED)
    return list(citations.with_citation_data(queryset)[:EXPORT_LIMIT])


@require_GET
def item_ris(request: HttpRequest, pk: int) -> HttpResponse:
    item = _visible_item(request, pk)
    body = citations.item_to_ris(
        item, page_url=_page_url(request, item), pdf_url=_pdf_url(request, item)
    )
    return _download(
        body, content_type=RIS_CONTENT_TYPE, filename=f"{citations.bibtex_key(item)}.ris"
    )


@require_GET
def item_bibtex(request: HttpRequest, pk: int) -> HttpResponse:
    item = _visible_item(request, pk)
    key = citations.bibtex_key(item)
    body = citations.item_to_bibtex(item, key=key, page_url=_page_url(request, item))
    return _download(body, content_type=BIBTEX_CONTENT_TYPE, filename=f"{key}.bib")


@require_GET
def results_ris(request: HttpRequest) -> HttpResponse:
    records = [
        (item, _page_url(request, item), _pdf_url(request, item)) for item in _results(request)
    ]
    return _download(
        citations.items_to_ris(records),
        content_type=RIS_CONTENT_TYPE,
        filename="gess-library.ris",
    )


@require_GET
def results_bibtex(request: HttpRequest) -> HttpResponse:
    records = [(item, _page_url(request, item)) for item in _results(request)]
    return _download(
        citations.items_to_bibtex(records),
        content_type=BIBTEX_CONTENT_TYPE,
        filename="gess-library.bib",
    )
