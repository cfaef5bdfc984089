"""The discussion lists in the portal search (``/search/``): topics whose subject or
approved messages contain every word of the query.

Only public topics (``queries.public_topics``: their first message approved) and only
approved messages are searched, so a message waiting for moderation or rejected is
never found. Every word must occur (``icontains``) in the subject or in one approved
message of the topic. The answer costs two queries (the count and the hits, each hit
with its list and the first matching message's text), whatever the number of hits.
"""

from functools import reduce
from operator import and_, or_

from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import search as site_search
from core.search import Answer, Hit, words
from workspaces.search import snippet

from . import queries
from .models import Message


def _approved_with(terms: list[str]):
    """Approved messages of the outer topic containing any of ``terms``."""
    condition = reduce(or_, (Q(body__icontains=term) for term in terms))
    return Message.objects.approved().filter(condition, topic=OuterRef("pk"))


def _matching(terms: list[str]):
    conditions = [
        Q(subject__icontains=term)
        | Exists(Message.objects.approved().filter(topic=OuterRef("pk"), body__icontains=term))
        for term in terms
    ]
    return queries.public_topics().filter(reduce(and_, conditions))


def search(query: str, user, limit: int) -> Answer:
    terms = words(query)
    if not terms:
        return Answer(count=0)
    topics = _matching(terms)
    count = topics.count()
    hits = []
    if count and limit:
        found_html = _approved_with(terms).order_by("created", "pk").values("body_html")[:1]
        rows = (
            topics.select_related("discussion_list")
            .annotate(found_html=Subquery(found_html))
            .order_by("-last_message_at", "-pk")[:limit]
        )
        hits = [_hit(topic, terms) for topic in rows]
    return Answer(count=count, hits=hits)


def _hit(topic, terms: list[str]) -> Hit:
    when = date_format(localtime(topic.last_message_at), "DATE_FORMAT")
    count = ngettext("%(count)d message", "%(count)d messages", topic.message_count) % {
        "count": topic.message_count
    }
    return Hit(
        title=topic.subject,
        url=topic.get_absolute_url(),
        summary=snippet(topic.found_html or "", terms),
        meta=" · ".join((topic.discussion_list.display_name, count, when)),
    )


site_search.register(
    site_search.Provider(key="forums", label=_("Discussion lists"), search=search, order=60)
)
