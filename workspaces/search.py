"""Finding workspaces: the directory's filters and order, and the portal search provider.

Every list starts from ``Workspace.objects.listed_to(user)``: a private workspace's
name reaches its members (and site administrators) only, a members-only one
signed-in members only. Filters on related rows use ``EXISTS``, so a workspace is
never repeated, and the member count is a subquery, never a join that the
visibility rule's own join on memberships would distort.

Words: every word must occur (``icontains``) in the name, the summary or a tag.
"""

from urllib.parse import urlencode

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.search import Answer, Hit, words

from .models import Membership, Workspace

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
