"""Finding workspaces: the directory's filters and order, and the portal search provider.

Every list starts from ``Workspace.objects.listed_to(user)``: a private workspace's
name reaches its members (and site administrators) only, a members-only one
signed-in members only. Filters on related rows use ``EXISTS``, so a workspace is
never repeated, and the member count is a subquery, never a join that the
visibility rule's own join on memberships would distort.

Words: every word must occur (``icontains``) in the name, the summary or a tag.
"""

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import datetime
from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.search import Answer, Hit, words

from .models import (
    Document,
    Event,
    Membership,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
    Workspace,
)

PAGE_SIZE = 20
# What the directory sorts by (the ``sort`` filter), with the order each means.
SORTS = {
    "activity": _("Last activity"),
    "name": _("Name"),
    "newest": _("Newest"),
}
DEFAULT_SORT = "activity"
_ORDERINGS = {
    "activity": ["-last_activity", "-pk"],
    "name": ["name", "pk"],
    "newest": ["-created", "-pk"],
}


def _word_condition(word: str) -> Q:
    tagged = Exists(
        Workspace.tags.through.objects.filter(
            content_type__app_label="workspaces",
            content_type__model="workspace",
            object_id=OuterRef("pk"),
            tag__name__icontains=word,
        )
    )
    return Q(name__icontains=word) | Q(summary__icontains=word) | tagged


def _filtered(workspaces: QuerySet, filters: dict, user) -> QuerySet:
    if kind := filters.get("kind"):
        workspaces = workspaces.filter(kind=kind)
    if country := filters.get("country"):
        # Stored as "BJ,SN": two-letter codes between commas cannot match across them.
        workspaces = workspaces.filter(countries__contains=country)
    if topic := filters.get("topic"):
        through = Workspace.topics.through
        workspaces = workspaces.filter(
            Exists(through.objects.filter(workspace_id=OuterRef("pk"), topic_id=topic.pk))
        )
    if visibility := filters.get("visibility"):
        workspaces = workspaces.filter(visibility=visibility)
    if filters.get("mine") and user.is_authenticated:
        workspaces = workspaces.filter(
            Exists(Membership.objects.filter(workspace_id=OuterRef("pk"), user_id=user.pk))
        )
    if not filters.get("archived"):
        workspaces = workspaces.filter(archived__isnull=True)
    for word in words(filters.get("q", "")):
        workspaces = workspaces.filter(_word_condition(word))
    return workspaces


def effective_sort(filters: dict) -> str:
    sort = filters.get("sort")
    return sort if sort in SORTS else DEFAULT_SORT


def filter_workspaces(filters: dict, user) -> QuerySet:
    """The workspaces ``user`` may see matching ``filters``
    (``DirectoryFilterForm.valid_filters``), in the order asked (last activity first
    unless ``sort`` says otherwise). Archived ones only when ``archived`` is set."""
    workspaces = _filtered(Workspace.objects.listed_to(user), filters, user)
    return workspaces.order_by(*_ORDERINGS[effective_sort(filters)])


def member_count() -> Coalesce:
    """The number of members of the workspace of the row, as a subquery."""
    counted = (
        Membership.objects.filter(workspace_id=OuterRef("pk"))
        .order_by()
        .values("workspace_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def for_listing(workspaces: QuerySet) -> QuerySet:
    """What a card of the directory shows, in a fixed number of queries."""
    return workspaces.annotate(member_count=member_count())


def country_choices(user) -> list[tuple[str, str]]:
    """(code, name) of the countries of the workspaces ``user`` may see, by name."""
    codes = set()
    # The column as stored ("BJ,SN"): ``values_list`` does not make it a list.
    for stored in Workspace.objects.listed_to(user).order_by().values_list("countries", flat=True):
        codes.update(code for code in str(stored or "").split(",") if code)
    return sorted(((code, str(countries.name(code))) for code in codes), key=lambda c: c[1])


def site_search(query: str, user, limit: int) -> Answer:
    """The workspaces' answer on the portal-wide search page: those ``user`` may see,
    archived ones included (they can still be read)."""
    filters = {"q": query, "archived": True}
    workspaces = filter_workspaces(filters, user) if words(query) else Workspace.objects.none()
    count = workspaces.count()
    hits = [hit(workspace) for workspace in workspaces[:limit]] if count and limit else []
    more_url = f"{reverse('workspaces:index')}?{urlencode(filters)}"
    return Answer(count=count, hits=hits, more_url=more_url)


def hit(workspace: Workspace) -> Hit:
    """A workspace as a search result: its kind and countries, its summary."""
    names = ", ".join(str(country.name) for country in workspace.countries)
    meta = " · ".join(part for part in (workspace.get_kind_display(), names) if part)
    return Hit(
        title=workspace.name,
        url=workspace.get_absolute_url(),
        summary=Truncator(workspace.summary).words(30),
        meta=meta,
    )


# --- What members wrote: searching inside one workspace, and across those one may read ----
# Every word must occur (``icontains``) in one of the texts of a row. Each kind of content
# costs one query (two on the portal-wide page, with its count), whatever the hits.

WITHIN_LIMIT = 20  # results per kind on a workspace's search page
KIND_LABELS = {
    "posts": _("Blog"),
    "wiki": _("Wiki pages"),
    "documents": _("Documents"),
    "discussions": _("Discussions"),
    "events": _("Events"),
}
HIT_KIND_LABELS = {
    "posts": _("Blog post"),
    "wiki": _("Wiki page"),
    "documents": _("Document"),
    "discussions": _("Discussion"),
    "events": _("Event"),
}


@dataclass(frozen=True)
class Found:
    """One result of a workspace's search page."""

    title: str
    url: str
    excerpt: str
    date: datetime
    workspace: Workspace | None = None


@dataclass
class Group:
    key: str
    label: str
    results: list[Found] = dc_field(default_factory=list)
    more: bool = False  # more results than shown: more words would narrow them


def every_word(terms: list[str], *fields: str) -> Q:
    """Each of ``terms`` in at least one of ``fields``."""
    condition = Q()
    for term in terms:
        condition &= reduce(or_, (Q(**{f"{name}__icontains": term}) for name in fields))
    return condition


def snippet(text: str, terms: list[str], length: int = 30) -> str:
    """Plain text of about ``length`` words, from a little before the first word found."""
    plain = " ".join(strip_tags(text or "").split())
    lowered = plain.lower()
    found = [at for at in (lowered.find(term.lower()) for term in terms) if at >= 0]
    first = min(found, default=0)
    if first < 120:
        return Truncator(plain).words(length, truncate="…")
    start = plain.rfind(" ", 0, first - 60) + 1
    return "…" + Truncator(plain[start:]).words(length, truncate="…")


def _url(name: str, slug: str, pk: int, anchor: str = "") -> str:
    return reverse(f"workspaces:{name}", kwargs={"slug": slug, "pk": pk}) + anchor


def _sources(terms: list[str]) -> dict:
    """Per kind, what is searched: (rows matching every word, the field they are sorted
    by, newest first, and for comments and replies what leads to their workspace)."""
    return {
        "posts": [
            (Post.objects.filter(every_word(terms, "title", "body")), "created", None),
            (
                PostComment.objects.filter(every_word(terms, "body")).select_related("post"),
                "created",
                "comment",
            ),
        ],
        "wiki": [(WikiPage.objects.filter(every_word(terms, "title", "body")), "updated", None)],
        "documents": [
            (
                Document.objects.filter(
                    every_word(terms, "title", "description", "current__file_name")
                ).select_related("current"),
                "updated",
                None,
            )
        ],
        "discussions": [
            (Thread.objects.filter(every_word(terms, "title", "body")), "created", None),
            (
                Reply.objects.filter(every_word(terms, "body")).select_related("thread"),
                "created",
                "reply",
            ),
        ],
        "events": [
            (
                Event.objects.filter(every_word(terms, "title", "description", "location")),
                "start",
                None,
            )
        ],
    }


def _found(kind: str, row, terms: list[str], slug: str, workspace=None) -> Found:
    """What a result shows of ``row``: its title, address, an excerpt and a date."""
    if isinstance(row, PostComment):
        title = gettext("Comment on “%(title)s”") % {"title": row.post.title}
        return Found(
            title,
            _url("post", slug, row.post_id, f"#comment-{row.pk}"),
            snippet(row.body, terms),
            row.created,
            workspace,
        )
    if isinstance(row, Reply):
        title = gettext("Reply in “%(title)s”") % {"title": row.thread.title}
        return Found(
            title,
            _url("thread", slug, row.thread_id, f"#reply-{row.pk}"),
            snippet(row.body_html, terms),
            row.created,
            workspace,
        )
    if kind == "posts":
        return Found(
            row.title,
            _url("post", slug, row.pk),
            snippet(row.body_html, terms),
            row.created,
            workspace,
        )
    if kind == "wiki":
        return Found(
            row.title,
            _url("wiki-page", slug, row.pk),
            snippet(row.body_html, terms),
            row.updated,
            workspace,
        )
    if kind == "documents":
        text = row.description or (row.current.file_name if row.current else "")
        return Found(
            row.title,
            _url("document", slug, row.pk),
            snippet(text, terms),
            row.updated,
            workspace,
        )
    if kind == "discussions":
        return Found(
            row.title,
            _url("thread", slug, row.pk),
            snippet(row.body_html, terms),
            row.created,
            workspace,
        )
    return Found(
        row.title,
        _url("event", slug, row.pk),
        snippet(row.description, terms),
        row.start,
        workspace,
    )


def _in_workspace(queryset, workspace: Workspace, through: str | None):
    if through == "comment":
        return queryset.filter(post__workspace=workspace)
    if through == "reply":
        return queryset.filter(thread__workspace=workspace)
    return queryset.filter(workspace=workspace)


def search_workspace(workspace: Workspace, query: str, limit: int = WITHIN_LIMIT) -> list[Group]:
    """What ``workspace`` holds matching every word of ``query``, grouped by kind, the
    newest first: at most ``limit`` per kind, in one query per kind of row."""
    terms = words(query)
    if not terms:
        return []
    groups = []
    for key, sources in _sources(terms).items():
        group = Group(key=key, label=str(KIND_LABELS[key]))
        for queryset, date, through in sources:
            rows = list(
                _in_workspace(queryset, workspace, through).order_by(f"-{date}", "-pk")[: limit + 1]
            )
            group.more = group.more or len(rows) > limit
            group.results += [_found(key, row, terms, workspace.slug) for row in rows[:limit]]
        group.results.sort(key=lambda found: found.date, reverse=True)
        group.more = group.more or len(group.results) > limit
        group.results = group.results[:limit]
        groups.append(group)
    return groups


def content_search(query: str, user, limit: int) -> Answer:
    """The portal-wide search page's "Workspace content": posts, wiki pages, discussions,
    documents and events of the workspaces ``user`` may read, the newest first, each hit
    naming its workspace."""
    terms = words(query)
    if not terms:
        return Answer(count=0)
    count, found = 0, []
    for key, sources in _sources(terms).items():
        queryset, date = sources[0][:2]  # not comments or replies: they have no title
        readable = queryset.readable_by(user)
        count += readable.count()
        if limit:
            rows = readable.select_related("workspace", *_related(key)).order_by(f"-{date}", "-pk")[
                :limit
            ]
            found += [
                (key, _found(key, row, terms, row.workspace.slug, row.workspace)) for row in rows
            ]
    found.sort(key=lambda pair: pair[1].date, reverse=True)
    return Answer(count=count, hits=[_hit(key, one) for key, one in found[:limit]])


def _related(key: str) -> tuple[str, ...]:
    return ("current",) if key == "documents" else ()


def _hit(key: str, found: Found) -> Hit:
    when = date_format(localtime(found.date), "DATE_FORMAT")
    return Hit(
        title=found.title,
        url=found.url,
        summary=found.excerpt,
        meta=" · ".join((str(HIT_KIND_LABELS[key]), found.workspace.name, when)),
    )
