"""The glossary's answer to the portal-wide search (``core.search``)."""

from urllib.parse import urlencode

from django.urls import reverse

from core.search import Answer, Hit

from . import services
from .models import active_language


def search_glossary(query: str, user=None, limit: int = 5) -> Answer:
    """Published terms matching ``query`` in any language, titled in the reader's language."""
    language = active_language()
    found = services.search(query, language)
    hits = []
    for hit in found[:limit]:
        hits.append(
            Hit(title=hit.row.name, url=hit.row.url, summary=hit.row.summary, meta=hit.row.category)
        )
    more_url = f"{reverse('glossary:search')}?{urlencode({'q': query})}" if found else ""
    return Answer(count=len(found), hits=hits, more_url=more_url)
