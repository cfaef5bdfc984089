import logging
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from . import dashboard, health
from . import search as site_search

logger = logging.getLogger(__name__)

SITE_SEARCH_HITS = 5  # per kind, on the page that shows every kind
SITE_SEARCH_KIND_HITS = 50  # on the page that shows one kind (?kind=…)


@require_GET
@never_cache
def health_view(request):
    healthy, checks = health.run_checks()
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
    )


@login_required
def dashboard_view(request):
    return render(request, "core/dashboard.html", {"panels": dashboard.panels_for(request)})


def _ask(provider: site_search.Provider, query: str, user, limit: int) -> dict:
    """One provider's answer; a failing provider shows as such and spares the others."""
    try:
        with transaction.atomic():  # a savepoint: a database error stays inside it
            answer = provider.search(query, user, limit)
    except Exception:  # one app's bug must not take the whole page down (logged)
        logger.exception("Site search provider %r failed", provider.key)
        return {"provider": provider, "answer": None, "failed": True}
    return {"provider": provider, "answer": answer, "failed": False}


@require_safe
def search_view(request):
    """One search box for the whole portal: every provider's answer, grouped by kind."""
    query = site_search.clean_query(request.GET.get("q", ""))
    providers = site_search.providers()
    kind = request.GET.get("kind", "")
    only = [provider for provider in providers if provider.key == kind]
    groups = []
    if query:
        limit = SITE_SEARCH_KIND_HITS if only else SITE_SEARCH_HITS
        for provider in only or providers:
            group = _ask(provider, query, request.user, limit)
            answer = group["answer"]
            group["more_url"] = ""
            if answer and answer.count:
                if answer.more_url:
                    group["more_url"] = answer.more_url
                elif answer.count > len(answer.hits) and not only:
                    # No search page of its own: this page, showing only this kind.
                    group["more_url"] = (
                        reverse("core:search") + "?" + urlencode({"q": query, "kind": provider.key})
                    )
            groups.append(group)
    total = sum(group["answer"].count for group in groups if group["answer"])
    return render(
        request,
        "core/search.html",
        {
            "query": query,
            "groups": groups,
            "total": total,
            "only": only[0] if only else None,
            "all_url": reverse("core:search") + "?" + urlencode({"q": query}),
        },
    )
