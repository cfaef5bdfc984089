"""The library home page, full-text search and browsing by facet.

A browse page (/library/<facet>/<slug>/) is the search page pre-filtered on that
facet; its facet, sort and filter links lead to the search page with the same
filters, so everything works as plain links, without JavaScript.
"""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .. import search as library_search


@require_safe
def index(request):
    context = library_search.home(request.user)
    return render(request, "library/index.html", context)


@require_safe
def search(request):
    params = library_search.SearchParams.from_mapping(request.GET)
    return _results_page(request, params)


@require_safe
def browse(request, facet, slug):
    subject = library_search.browse_subject(facet, slug)
    if subject is None:
        raise Http404
    params = library_search.SearchParams.from_mapping(request.GET)
    params = params.with_filter(subject.facet, subject.value)
    return _results_page(request, params, subject=subject)


def _results_page(request, params, subject=None):
    results = library_search.search(params, request.user, request.GET.get("page"))
    return render(
        request,
        "library/search.html",
        {
            "results": results,
            "params": params,
            "page": results.page,
            # Pagination links stay on this page: its own facet is in its path already.
            "querystring": (
                params.without_filter(subject.facet, subject.value) if subject else params
            ).querystring(),
            "export_querystring": params.querystring(),
            "subject": subject,
            "words": params.words,
            # The search form carries the current filters along with new words.
            "hidden_pairs": [
                pair for pair in params.as_pairs() if pair[0] not in ("q", "year_from", "year_to")
            ],
        },
    )
