"""A workspace's own pages: creating one, its page (an overview of its content, the
results framework of a project, the activity stream), its cover image, its settings,
archiving and deleting it.

Every view of one workspace goes through ``workspace_view``: a workspace the
visitor may not read is a 404 when it is private (its existence never confirmed)
and a sign-in for an anonymous visitor otherwise; an action the visitor may not
take is a sign-in when anonymous, else a 403. The permissions are ``rules.py``'s.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core.downloads import private_attachment

from . import services
from .forms import DeleteForm, WorkspaceForm
from .models import JoinRequest, Membership, Workspace
from .rules import role_of

STREAM_LENGTH = 20
MEMBER_NAMES = 5  # members named on the workspace page; the members page lists them all
SAFE_METHODS = ("GET", "HEAD")


def _sign_in(request, workspace: Workspace):
    """To the sign-in page, then back here; after a POST, back to the workspace's page
    rather than to an address that only takes POSTs."""
    back = request.get_full_path() if request.method in SAFE_METHODS else None
    return redirect_to_login(back or workspace.get_absolute_url())


def _refuse(request, workspace: Workspace | None):
    """Turn away someone who may not read ``workspace``: sign in, or a 404 when it is
    private or unknown, so that nobody learns which private workspaces exist."""
    if (
        workspace is not None
        and workspace.visibility != Workspace.Visibility.PRIVATE
        and not request.user.is_authenticated
    ):
        return _sign_in(request, workspace)
    raise Http404


def workspace_view(perm: str | None = None):
    """Load the workspace of the URL's ``slug`` for a view taking ``(request, workspace)``,
    if the visitor may read it and, when ``perm`` is given, has ``perm`` on it."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, slug, *args, **kwargs):
            workspace = Workspace.objects.filter(slug=slug).select_related("action").first()
            if workspace is None or not request.user.has_perm(
                "workspaces.read_workspace", workspace
            ):
                return _refuse(request, workspace)
            if perm and not request.user.has_perm(perm, workspace):
                if not request.user.is_authenticated:
                    return _sign_in(request, workspace)
                raise PermissionDenied
            return view(request, workspace, *args, **kwargs)

        return wrapper

    return decorator


def _private_if_not_public(response, workspace: Workspace):
    if workspace.visibility != Workspace.Visibility.PUBLIC:
        patch_cache_control(response, private=True)
    return response


def refuse_unless(request, workspace: Workspace, perm: str, obj):
    """``None`` when the visitor has ``perm`` on ``obj`` (a post, a page, a document…);
    else the answer: the sign-in page for an anonymous visitor, a 403 for anyone else."""
    if request.user.has_perm(perm, obj):
        return None
    if not request.user.is_authenticated:
        return _sign_in(request, workspace)
    raise PermissionDenied


def render_in(request, workspace: Workspace, section: str, template: str, context: dict, **kw):
    """A page of one of the workspace's sections (``section``: the key ``_nav.html``
    marks as current), kept out of shared caches unless the workspace is public."""
    context = {"workspace": workspace, "current": section, **context}
    return _private_if_not_public(render(request, template, context, **kw), workspace)


# --- Creating ---------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def create(request):
    if not request.user.has_perm("workspaces.create_workspace"):
        # Signed in but the e-mail address is not confirmed yet: say what to do.
        return render(request, "workspaces/form.html", {"unverified": True}, status=403)
    form = WorkspaceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        workspace = services.create(
            owner=request.user, values=form.values(), cover=form.cover_content
        )
        messages.success(request, _("Your workspace is ready. Invite the people you work with."))
        return redirect(workspace.get_absolute_url())
    return render(request, "workspaces/form.html", {"form": form, "workspace": None})


# --- Reading ----------------------------------------------------------------------------


def _actions(user, workspace: Workspace) -> dict:
    """What the visitor may do here, each from ``rules.py``."""
    names = (
        "join",
        "request_to_join",
        "leave",
        "moderate",
        "change_settings",
        "archive_workspace",
        "delete_workspace",
    )
    return {name: user.has_perm(f"workspaces.{name}", workspace) for name in names}


@require_safe
@workspace_view()
def detail(request, workspace):
    prefetch_related_objects([workspace], "topics", "tags")
    memberships = workspace.memberships.select_related("user").order_by("joined", "pk")
    role = role_of(request.user, workspace)
    stream = workspace.activities.select_related("actor").order_by("-created", "-pk")
    can = _actions(request.user, workspace)
    waiting = (
        JoinRequest.objects.filter(workspace=workspace, status=JoinRequest.Status.PENDING).count()
        if can["moderate"]
        else 0
    )
    context = {
        "workspace": workspace,
        "current": "overview",
        "member_count": memberships.count(),
        "first_members": [row.user for row in memberships[:MEMBER_NAMES]],
        "role": Membership.Role(role).label if role else "",
        # Each entry links to what it is about while that still exists.
        "stream": services.link_targets(workspace, list(stream[:STREAM_LENGTH])),
        "can": can,
        "waiting": waiting,
        "cover_url": services.cover_url(workspace) if workspace.cover else "",
        # The latest posts, next events, documents, discussions, wiki pages, and the
        # results framework of a project: a fixed number of queries.
        **services.overview(workspace, request.user),
    }
    response = render(request, "workspaces/detail.html", context)
    return _private_if_not_public(response, workspace)


@require_safe
@workspace_view()
def cover(request, workspace):
    """The cover image, to those who may read the workspace only."""
    if not workspace.cover:
        raise Http404
    response = private_attachment(workspace.cover, filename="cover.webp", content_type="image/webp")
    response["Content-Disposition"] = 'inline; filename="cover.webp"'
    if workspace.visibility == Workspace.Visibility.PUBLIC:
        # The address changes with the file (``services.cover_url``): keep it long.
        response["Cache-Control"] = "public, max-age=86400"
    return response


# --- Changing -------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view("workspaces.change_settings")
def edit(request, workspace):
    # The form works on a copy: a refused value never shows elsewhere on the page.
    copy = get_object_or_404(Workspace, pk=workspace.pk)
    form = WorkspaceForm(request.POST or None, request.FILES or None, instance=copy)
    if request.method == "POST" and form.is_valid():
        services.update(
            workspace,
            actor=request.user,
            values=form.values(),
            changed=[str(form.fields[name].label) for name in form.changed_data],
            cover=form.cover_content,
            remove_cover=form.remove_cover,
        )
        messages.success(request, _("The workspace's settings are saved."))
        return redirect(workspace.get_absolute_url())
    context = {"form": form, "workspace": workspace, "current": "settings"}
    return _private_if_not_public(render(request, "workspaces/form.html", context), workspace)


@require_POST
@workspace_view("workspaces.archive_workspace")
def archive(request, workspace):
    """POST ``archived=1`` archives the workspace, ``archived=0`` opens it again."""
    archived = request.POST.get("archived", "1") != "0"
    services.set_archived(workspace, actor=request.user, archived=archived)
    if archived:
        messages.success(request, _("The workspace is archived: it can be read but not changed."))
    else:
        messages.success(request, _("The workspace is open for changes again."))
    return redirect(workspace.get_absolute_url())


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view("workspaces.delete_workspace")
def delete(request, workspace):
    form = DeleteForm(request.POST or None, workspace=workspace)
    if request.method == "POST" and form.is_valid():
        name = workspace.name
        services.delete(workspace)
        messages.success(request, _("The workspace “%(name)s” is deleted.") % {"name": name})
        return redirect("workspaces:index")
    context = {"form": form, "workspace": workspace, "current": "settings"}
    return _private_if_not_public(render(request, "workspaces/delete.html", context), workspace)
