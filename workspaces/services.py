"""Creating, changing, archiving and deleting workspaces; what the dashboard panel and
the home page's "Last updated workspaces" block show.

Each change is saved in one transaction with the ``Activity`` that records it
(``activity.record``), so both are saved or neither is. Cover images arrive
re-encoded (``forms.WorkspaceForm``); a replaced or deleted cover file is removed
once the change is committed, and a new one again if the change fails.
Membership itself (joining, invitations, roles) is ``membership.py``'s.
"""

import hashlib
from collections.abc import Sequence
from contextlib import contextmanager

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from . import activity
from .models import Activity, JoinRequest, Membership, Workspace

SLUG_LENGTH = 70  # leaves room for a "-NN" suffix within the field's 80 characters
RELATED = ("topics", "tags")
DASHBOARD_ROWS = 20
MODERATING = (Membership.Role.OWNER, Membership.Role.MODERATOR)


# --- Addresses -------------------------------------------------------------------------


def unique_slug(name: str) -> str:
    """The workspace's address from its name: ASCII, not one of the app's own paths,
    made unique by a suffix (-2, -3…). A name without Latin letters gets "workspace"."""
    from .urls import RESERVED_SLUGS  # the URL map imports the views, which import this

    base = slugify(name)[:SLUG_LENGTH].strip("-") or "workspace"
    taken = set(Workspace.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= RESERVED_SLUGS
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def cover_url(workspace: Workspace) -> str:
    """The checked address of the cover, versioned by the stored file so that a new
    cover is never hidden by a cached old one."""
    version = hashlib.sha256(workspace.cover.name.encode()).hexdigest()[:12]
    url = reverse("workspaces:cover", kwargs={"slug": workspace.slug})
    return f"{url}?v={version}"


# --- Changes ---------------------------------------------------------------------------


@contextmanager
def _new_cover_removed_on_failure(workspace: Workspace):
    """Remove a cover file written during the block if the block fails: the
    transaction's rollback cannot take a file back."""
    before = workspace.cover.name
    try:
        yield
    except BaseException:
        if workspace.cover.name and workspace.cover.name != before:
            workspace.cover.storage.delete(workspace.cover.name)
        raise


def _delete_file_on_commit(name: str) -> None:
    if name:
        storage = Workspace._meta.get_field("cover").storage
        transaction.on_commit(lambda: storage.delete(name))


def _split(values: dict) -> tuple[dict, dict]:
    fields = {name: value for name, value in values.items() if name not in RELATED}
    related = {name: value for name, value in values.items() if name in RELATED}
    return fields, related


def _set_related(workspace: Workspace, related: dict) -> None:
    if "topics" in related:
        workspace.topics.set(related["topics"])
    if "tags" in related:
        workspace.tags.set(related["tags"])


def _insert(workspace: Workspace) -> None:
    """Save a new workspace under a free address (another one taken meanwhile: retry)."""
    for attempt in range(3):
        workspace.slug = unique_slug(workspace.name)
        try:
            with transaction.atomic():
                workspace.save()
            return
        except IntegrityError:
            if attempt == 2:
                raise


def create(*, owner, values: dict, cover: ContentFile | None = None) -> Workspace:
    """A new workspace (``values``: the form's fields) owned by ``owner``, with its
    cover if any, and the Activity that announces it."""
    fields, related = _split(values)
    workspace = Workspace(**fields, created_by=owner)
    with _new_cover_removed_on_failure(workspace), transaction.atomic():
        if cover is not None:
            workspace.cover.save("cover.webp", cover, save=False)
        _insert(workspace)
        _set_related(workspace, related)
        Membership.objects.create(workspace=workspace, user=owner, role=Membership.Role.OWNER)
        activity.record(workspace, actor=owner, verb=Activity.Verb.CREATED, summary=workspace.name)
    return workspace


def update(
    workspace: Workspace,
    *,
    actor,
    values: dict,
    changed: Sequence[str] = (),
    cover: ContentFile | None = None,
    remove_cover: bool = False,
) -> Workspace:
    """Change the workspace's settings; the address (slug) stays. ``changed`` names
    the fields changed, for the activity stream."""
    fields, related = _split(values)
    old_cover = workspace.cover.name
    with _new_cover_removed_on_failure(workspace), transaction.atomic():
        for name, value in fields.items():
            setattr(workspace, name, value)
        if cover is not None:
            workspace.cover.save("cover.webp", cover, save=False)
        elif remove_cover:
            workspace.cover = ""
        workspace.save()
        _set_related(workspace, related)
        summary = gettext("Changed: %(fields)s") % {"fields": ", ".join(changed)}
        activity.record(
            workspace, actor=actor, verb=Activity.Verb.UPDATED, summary=summary if changed else ""
        )
        if old_cover != workspace.cover.name:
            _delete_file_on_commit(old_cover)
    return workspace


def set_archived(workspace: Workspace, *, actor, archived: bool) -> Workspace:
    """Archive the workspace (read-only from then on) or open it again; asking for the
    state it is already in changes and records nothing."""
    if workspace.is_archived == archived:
        return workspace
    with transaction.atomic():
        workspace.archived = timezone.now() if archived else None
        workspace.save(update_fields=["archived"])
        if archived:
            activity.record(workspace, actor=actor, verb=Activity.Verb.ARCHIVED)
        else:
            summary = gettext("Open for changes again")
            activity.record(workspace, actor=actor, verb=Activity.Verb.UPDATED, summary=summary)
    return workspace


def delete(workspace: Workspace) -> None:
    """Delete the workspace and all it holds (memberships, invitations, requests,
    activity, tags); its cover file once that is committed."""
    with transaction.atomic():
        cover = workspace.cover.name
        workspace.delete()
        _delete_file_on_commit(cover)


# --- What other pages show ---------------------------------------------------------------


def last_updated(user, limit: int = 5) -> list[Workspace]:
    """The home page's "Last updated workspaces": the open workspaces ``user`` may see,
    latest activity first (one query). Render with ``workspaces/blocks/last_updated.html``
    and ``{"workspaces": last_updated(request.user)}``."""
    listed = Workspace.objects.listed_to(user).filter(archived__isnull=True)
    return list(listed.order_by("-last_activity", "-pk")[:limit])


def dashboard_context(request) -> dict:
    """The dashboard panel: the member's workspaces with their role, latest activity
    first, and how many join requests wait in those they moderate (two queries)."""
    memberships = list(
        Membership.objects.filter(user=request.user)
        .select_related("workspace")
        .order_by("-workspace__last_activity", "-workspace_id")[: DASHBOARD_ROWS + 1]
    )
    moderated = [
        row.workspace_id
        for row in memberships
        if row.role in MODERATING and not row.workspace.is_archived
    ]
    waiting = (
        dict(
            JoinRequest.objects.filter(
                workspace_id__in=moderated, status=JoinRequest.Status.PENDING
            )
            .order_by()
            .values("workspace_id")
            .annotate(count=Count("pk"))
            .values_list("workspace_id", "count")
        )
        if moderated
        else {}
    )
    rows = [
        {"membership": row, "workspace": row.workspace, "waiting": waiting.get(row.workspace_id, 0)}
        for row in memberships[:DASHBOARD_ROWS]
    ]
    return {
        "rows": rows,
        "more": len(memberships) > DASHBOARD_ROWS,
        "waiting_total": sum(waiting.values()),
    }
