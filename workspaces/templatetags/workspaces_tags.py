"""Template tags of workspaces shown on other apps' pages."""

from django import template
from django.db.models import Prefetch, QuerySet, prefetch_related_objects

from library.models import Item

from ..models import Capitalisation

register = template.Library()

READABLE_CACHE = "_workspaces_readable"


def _rows_around(context, item) -> list:
    """The items of the list being shown with ``item`` (a paginated ``page``), so that
    one query finds where all of them came from; else ``item`` alone."""
    rows = getattr(context.get("page"), "object_list", None)
    if isinstance(rows, QuerySet):
        rows = rows._result_cache
    if rows and any(row is item for row in rows):
        return [row for row in rows if isinstance(row, Item)]
    return [item]


def _readable(context, user, workspace) -> bool:
    """``workspaces.read_workspace``, asked once per workspace and request."""
    request = context.get("request")
    cache = getattr(request, READABLE_CACHE, None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            setattr(request, READABLE_CACHE, cache)
    if workspace.pk not in cache:
        cache[workspace.pk] = bool(user and user.has_perm("workspaces.read_workspace", workspace))
    return cache[workspace.pk]


@register.simple_tag(takes_context=True)
def capitalised_from(context, item):
    """``{"workspace": ...}`` if a workspace proposed ``item``: the workspace when the
    viewer may read it, None when they may not; None if no workspace proposed it."""
    if not isinstance(item, Item) or item.pk is None:
        return None
    if not Item.capitalisation.is_cached(item):
        rows = _rows_around(context, item)
        rows = [row for row in rows if not Item.capitalisation.is_cached(row)]
        prefetch_related_objects(
            rows,
            Prefetch("capitalisation", queryset=Capitalisation.objects.select_related("workspace")),
        )
    try:
        capitalisation = item.capitalisation
    except Capitalisation.DoesNotExist:
        return None
    if capitalisation is None:
        return None
    request = context.get("request")
    user = context.get("user") or getattr(request, "user", None)
    workspace = capitalisation.workspace
    return {"workspace": workspace if _readable(context, user, workspace) else None}
