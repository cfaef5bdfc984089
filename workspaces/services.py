"""Creating, changing, archiving and deleting workspaces; what the dashboard panel, the
home page's "Last updated workspaces" block and a workspace's overview page show.

Each change is saved in one transaction with the ``Activity`` that records it
(``activity.record``), so both are saved or neither is. Cover images arrive
re-encoded (``forms.WorkspaceForm``); a replaced or deleted cover file is removed
once the change is committed, and a new one again if the change fails.
Membership itself (joining, invitations, roles) is ``membership.py``'s.
"""

import hashlib
import zoneinfo
from collections.abc import Sequence
from contextlib import contextmanager

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from notifications.models import Subscription

from . import activity
from .bodies import excerpt
from .membership import follow
from .models import (
    Activity,
    Document,
    DocumentVersion,
    Event,
    Folder,
    JoinRequest,
    Membership,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
    WikiRevision,
    Workspace,
)

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
        follow(workspace, owner)
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
    activity, tags, content, who follows it); its cover and document files once that
    is committed."""
    from .models import DocumentVersion

    with transaction.atomic():
        files = [workspace.cover.name] + list(
            DocumentVersion.objects.filter(document__workspace=workspace).values_list(
                "file", flat=True
            )
        )
        # Nobody follows what is gone (subscriptions point at it by id, not by a key).
        Subscription.objects.to(workspace).delete()
        workspace.delete()
        for name in files:
            _delete_file_on_commit(name)


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


# --- A workspace's overview page ---------------------------------------------------------

OVERVIEW_POSTS = 3
OVERVIEW_EVENTS = 3
OVERVIEW_DOCUMENTS = 5
OVERVIEW_THREADS = 5
OVERVIEW_PAGES = 5
EXCERPT_WORDS = 30
# A discussion's activity: its replies of the last days (then its latest message).
ACTIVE_DAYS = 30


def overview(workspace: Workspace, user) -> dict:
    """What the workspace's page shows of its content, each part with a few rows, in a
    fixed number of queries whatever the workspace holds (one per part, three more for
    the results framework of a project following a cooperation action):

    - ``posts``: the latest blog posts, each with its ``excerpt`` and ``comment_count``;
    - ``events``: the next events (those not over yet), soonest first, each with its
      ``local_start`` and ``zone_label`` (``in_own_time_zone``);
    - ``documents``: the documents updated last, with their current version and folder;
    - ``threads``: the most active discussions (most replies in the last
      ``ACTIVE_DAYS`` days, then the latest message), with ``reply_count``;
    - ``wiki_pages``: the wiki pages edited last;
    - ``framework``: the results framework (``cooperation.services.Framework``) of the
      action a project workspace follows, else None;
    - ``may_contribute``: whether ``user`` may add content here.

    The caller has checked that ``user`` may read the workspace: everything here is
    the workspace's own (the related managers keep ``workspace`` on each row, so that
    their addresses cost no query).
    """
    now = timezone.now()
    posts = list(
        workspace.posts.select_related("author")
        .defer("body")
        .annotate(comment_count=Count("comments"))
        .order_by("-created", "-pk")[:OVERVIEW_POSTS]
    )
    for post in posts:
        post.excerpt = excerpt(post.body_html, EXCERPT_WORDS)
    events = in_own_time_zone(
        workspace.events.filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now)).order_by(
            "start", "pk"
        )[:OVERVIEW_EVENTS]
    )
    documents = list(
        workspace.documents.select_related("current", "folder").order_by("-updated", "-pk")[
            :OVERVIEW_DOCUMENTS
        ]
    )
    for document in documents:
        if document.folder is not None:
            document.folder.workspace = workspace
    since = now - timezone.timedelta(days=ACTIVE_DAYS)
    threads = list(
        workspace.threads.select_related("author")
        .defer("body", "body_html")
        .annotate(
            reply_count=Count("replies"),
            recent_replies=Count("replies", filter=Q(replies__created__gte=since)),
        )
        .order_by("-recent_replies", "-last_reply", "-pk")[:OVERVIEW_THREADS]
    )
    wiki_pages = list(
        workspace.wiki_pages.select_related("updated_by")
        .defer("body", "body_html")
        .order_by("-updated", "-pk")[:OVERVIEW_PAGES]
    )
    return {
        "posts": posts,
        "events": events,
        "documents": documents,
        "threads": threads,
        "wiki_pages": wiki_pages,
        "framework": results_framework(workspace),
        "may_contribute": user.has_perm("workspaces.contribute", workspace),
    }


def in_own_time_zone(events) -> list[Event]:
    """Give each event ``local_start`` (naive, in the time zone it was given in, so that
    templates show it as the organisers meant it) and ``zone_label``; the portal's time
    zone for an event that names none."""
    events = list(events)
    for event in events:
        name = getattr(event, "time_zone", "") or settings.TIME_ZONE
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            name, zone = settings.TIME_ZONE, zoneinfo.ZoneInfo(settings.TIME_ZONE)
        event.local_start = event.start.astimezone(zone).replace(tzinfo=None)
        event.zone_label = name.replace("_", " ")
    return events


def results_framework(workspace: Workspace):
    """The results framework of the cooperation action a PROJECT workspace follows (three
    queries), or None for other workspaces and projects following none."""
    if workspace.kind != Workspace.Kind.PROJECT or workspace.action_id is None:
        return None
    from cooperation import services as cooperation

    action = workspace.action
    prefetch_related_objects([action], *cooperation.framework_prefetch())
    return cooperation.framework(action)


# What an activity may be about, and the page that shows it: (the path from the target to
# its workspace, the field holding the shown object's id, the URL name of that page, the
# anchor of the target on it).
TARGET_PAGES = {
    Post: ("workspace", "pk", "workspaces:post", ""),
    PostComment: ("post__workspace", "post_id", "workspaces:post", "#comment-{pk}"),
    WikiPage: ("workspace", "pk", "workspaces:wiki-page", ""),
    WikiRevision: ("page__workspace", "page_id", "workspaces:wiki-page", ""),
    Thread: ("workspace", "pk", "workspaces:thread", ""),
    Reply: ("thread__workspace", "thread_id", "workspaces:thread", "#reply-{pk}"),
    Event: ("workspace", "pk", "workspaces:event", ""),
    Document: ("workspace", "pk", "workspaces:document", ""),
    DocumentVersion: ("document__workspace", "document_id", "workspaces:document", ""),
    Folder: ("workspace", "pk", "workspaces:folder", ""),
}


def link_targets(workspace: Workspace, activities: list[Activity]) -> list[Activity]:
    """Give each activity of ``workspace`` a ``target_url``: the page of what it is about
    (a comment: its post; a reply: its thread; a version: its document…) while that still
    exists in the workspace, else "". One query per kind of target in the list, whatever
    the number of activities."""
    types = {
        content_type.pk: model
        for model, content_type in ContentType.objects.get_for_models(*TARGET_PAGES).items()
    }
    wanted: dict = {}
    for entry in activities:
        if entry.target_type_id in types and entry.target_id is not None:
            wanted.setdefault(types[entry.target_type_id], set()).add(entry.target_id)
    urls: dict = {}
    for model, ids in wanted.items():
        path, shown, name, anchor = TARGET_PAGES[model]
        rows = model.objects.filter(pk__in=ids, **{path: workspace})
        for pk, shown_pk in rows.values_list("pk", "pk" if shown == "pk" else shown):
            page = reverse(name, kwargs={"slug": workspace.slug, "pk": shown_pk})
            urls[model, pk] = page + anchor.format(pk=pk)
    for entry in activities:
        entry.target_url = urls.get((types.get(entry.target_type_id), entry.target_id), "")
    return activities
