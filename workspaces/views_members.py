"""Membership pages: joining, join requests, invitations, the members list, roles,
handing over ownership and leaving.

Every page about a workspace starts with ``views_workspace.workspace_view``: a
private workspace is a 404 for whoever may not read it (its existence is never
confirmed); others send anonymous visitors to sign in. The work is done in
``membership``; these views check the rules, read the forms and say what happened.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, When
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from . import membership as services
from .member_forms import DecisionForm, InviteForm, JoinRequestForm, MemberUpdateForm, TransferForm
from .models import Invitation, JoinRequest, Membership, Workspace
from .rules import is_verified_member, role_of
from .views_workspace import workspace_view

Role = Membership.Role
MEMBERS_PAGE_SIZE = 50
GET_OR_POST = ["GET", "HEAD", "POST"]


def _sign_in(request, workspace: Workspace):
    """To the sign-in page, then back to the page (or the workspace, after a POST)."""
    back = request.get_full_path() if request.method in ("GET", "HEAD") else None
    return redirect_to_login(back or workspace.get_absolute_url())


# --- Joining ------------------------------------------------------------------------------


def join_refusal(user, workspace: Workspace) -> str | None:
    """Why ``user`` can neither join nor ask to ("member", "archived", "unverified",
    "invitation"), or ``None``."""
    if user.has_perm("workspaces.join", workspace):
        return None
    if user.has_perm("workspaces.request_to_join", workspace):
        return None
    if role_of(user, workspace):
        return "member"
    if workspace.is_archived:
        return "archived"
    if not is_verified_member(user):
        return "unverified"
    return "invitation"


@require_http_methods(GET_OR_POST)
@workspace_view()
def join(request, workspace):
    """Join an open workspace, or ask to join one that takes members on request."""
    user = request.user
    if not user.is_authenticated:
        return _sign_in(request, workspace)
    refusal = join_refusal(user, workspace)
    if refusal == "member":
        messages.info(request, _("You are already a member of this workspace."))
        return redirect(workspace)
    context = {"workspace": workspace, "refusal": refusal}
    if refusal:
        return render(request, "workspaces/join_request.html", context, status=403)
    if user.has_perm("workspaces.join", workspace):
        if request.method == "POST":
            services.join(workspace, user)
            messages.success(request, _("Welcome: you are now a member of this workspace."))
            return redirect(workspace)
        return render(request, "workspaces/join_request.html", context)
    return _ask_to_join(request, workspace, context)


def _ask_to_join(request, workspace, context):
    pending = workspace.join_requests.filter(
        user=request.user, status=JoinRequest.Status.PENDING
    ).first()
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and pending is None and form.is_valid():
        try:
            services.request_to_join(workspace, request.user, form.cleaned_data["message"])
        except services.MembershipRefused as refused:
            messages.info(request, str(refused))
        else:
            messages.success(
                request,
                _("Your request has been sent to the moderators. You will be told by e-mail."),
            )
        return redirect(workspace)
    context.update(form=form, pending=pending, asks=True)
    return render(request, "workspaces/join_request.html", context)


@require_POST
@workspace_view()
def leave(request, workspace):
    if not request.user.is_authenticated:
        return _sign_in(request, workspace)
    if role_of(request.user, workspace) == Role.OWNER:
        messages.error(
            request, _("You own this workspace: hand over ownership to another member first.")
        )
        if request.user.has_perm("workspaces.transfer_ownership", workspace):
            return redirect("workspaces:transfer", slug=workspace.slug)
        return redirect(workspace)
    if not request.user.has_perm("workspaces.leave", workspace):
        raise PermissionDenied
    services.leave(workspace, request.user)
    messages.success(request, _("You have left the workspace “%(name)s”.") % {"name": workspace})
    if request.user.has_perm("workspaces.read_workspace", workspace):
        return redirect(workspace)
    return redirect("workspaces:index")


# --- Members and roles ----------------------------------------------------------------------


def _members_of(workspace: Workspace):
    """Owner first, then moderators, then members, each by date of joining."""
    rank = Case(
        When(role=Role.OWNER, then=0),
        When(role=Role.MODERATOR, then=1),
        default=2,
        output_field=IntegerField(),
    )
    return (
        workspace.memberships.select_related("user")
        .annotate(rank=rank)
        .order_by("rank", "joined", "pk")
    )


@require_http_methods(["GET", "HEAD"])
@workspace_view()
def members(request, workspace):
    user = request.user
    page = Paginator(_members_of(workspace), MEMBERS_PAGE_SIZE).get_page(request.GET.get("page"))
    moderates = user.has_perm("workspaces.moderate", workspace)
    for row in page.object_list:
        row.workspace = workspace  # one workspace, so its cached roles serve every row
    rows = [
        {"membership": m, "manageable": moderates and services.may_manage(user, m)}
        for m in page.object_list
    ]
    waiting = workspace.join_requests.filter(status=JoinRequest.Status.PENDING)
    context = {
        "workspace": workspace,
        "current": "members",
        "page": page,
        "rows": rows,
        "querystring": "",
        "moderates": moderates,
        "pending_requests": waiting.count() if moderates else 0,
        "may_leave": user.has_perm("workspaces.leave", workspace),
        "may_transfer": user.has_perm("workspaces.transfer_ownership", workspace),
    }
    return render(request, "workspaces/members.html", context)


@require_POST
@workspace_view("workspaces.moderate")
def member_update(request, workspace, user_id):
    membership = get_object_or_404(
        Membership.objects.select_related("user"), workspace=workspace, user=user_id
    )
    membership.workspace = workspace
    form = MemberUpdateForm(request.POST)
    if not services.may_manage(request.user, membership):
        raise PermissionDenied
    if not form.is_valid():
        messages.error(request, _("Choose what to do with this member."))
        return redirect("workspaces:members", slug=workspace.slug)
    name = membership.user.display_name
    if form.cleaned_data["action"] == MemberUpdateForm.REMOVE:
        services.remove_member(membership, request.user)
        done = _("%(name)s is no longer a member of the workspace.") % {"name": name}
    else:
        services.change_role(membership, form.cleaned_data["role"], request.user)
        done = _("%(name)s is now %(role)s.") % {
            "name": name,
            "role": membership.get_role_display().lower(),
        }
    messages.success(request, done)
    return redirect("workspaces:members", slug=workspace.slug)


@require_http_methods(GET_OR_POST)
@workspace_view("workspaces.transfer_ownership")
def transfer(request, workspace):
    form = TransferForm(request.POST or None, workspace=workspace)
    if request.method == "POST" and form.is_valid():
        successor = form.cleaned_data["new_owner"]
        try:
            services.transfer_ownership(workspace, request.user, successor.user)
        except services.MembershipRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                _("%(name)s now owns the workspace; you are one of its moderators.")
                % {"name": successor.user.display_name},
            )
            return redirect("workspaces:members", slug=workspace.slug)
    has_candidates = form.fields["new_owner"].queryset.exists()
    context = {
        "workspace": workspace,
        "current": "members",
        "form": form,
        "has_candidates": has_candidates,
    }
    return render(request, "workspaces/transfer.html", context)


# --- Join requests --------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
@workspace_view("workspaces.moderate")
def requests(request, workspace):
    pending = workspace.join_requests.filter(status=JoinRequest.Status.PENDING).select_related(
        "user"
    )
    context = {"workspace": workspace, "current": "members", "pending": pending}
    return render(request, "workspaces/requests.html", context)


@require_POST
@workspace_view("workspaces.moderate")
def request_decide(request, workspace, pk):
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("user", "workspace"), workspace=workspace, pk=pk
    )
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Approve or decline the request."))
        return redirect("workspaces:requests", slug=workspace.slug)
    approve = form.cleaned_data["decision"] == DecisionForm.APPROVE
    name = join_request.user.display_name
    try:
        services.decide_request(join_request, request.user, approve=approve)
    except services.MembershipRefused as refused:
        messages.info(request, str(refused))
    else:
        done = (
            _("%(name)s is now a member. They will be told by e-mail.")
            if approve
            else _("The request of %(name)s is declined. They will be told by e-mail.")
        )
        messages.success(request, done % {"name": name})
    return redirect("workspaces:requests", slug=workspace.slug)


# --- Invitations ----------------------------------------------------------------------------


def pending_invitations(workspace: Workspace):
    return workspace.invitations.filter(
        accepted__isnull=True, revoked__isnull=True, expires__gt=timezone.now()
    ).select_related("invited_by")


@require_http_methods(GET_OR_POST)
@workspace_view("workspaces.moderate")
def invite(request, workspace):
    appoints = services.may_appoint_moderators(request.user, workspace)
    form = InviteForm(request.POST or None, may_appoint_moderators=appoints)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        done = services.invite(
            workspace, request.user, data["emails"], role=data["role"], message=data["message"]
        )
        _say_invited(request, done)
        return redirect("workspaces:invite", slug=workspace.slug)
    context = {
        "workspace": workspace,
        "current": "members",
        "form": form,
        "pending": pending_invitations(workspace),
    }
    return render(request, "workspaces/invite.html", context)


def _say_invited(request, done: services.Invited) -> None:
    sent = len(done.invitations)
    if sent:
        messages.success(
            request,
            ngettext(
                "%(count)d invitation is on its way.",
                "%(count)d invitations are on their way.",
                sent,
            )
            % {"count": sent},
        )
    for address in done.already_members:
        messages.info(
            request,
            _("%(address)s is already a member: no invitation was sent.") % {"address": address},
        )


@require_POST
@workspace_view("workspaces.moderate")
def invitation_withdraw(request, workspace, pk):
    invitation = get_object_or_404(Invitation, workspace=workspace, pk=pk)
    if services.withdraw_invitation(invitation):
        messages.success(
            request,
            _("The invitation to %(address)s is withdrawn: its link no longer works.")
            % {"address": invitation.email},
        )
    else:
        messages.info(request, _("This invitation had already been used or withdrawn."))
    return redirect("workspaces:invite", slug=workspace.slug)


def mask_email(address: str) -> str:
    """``a***@example.org``: enough for its owner to recognise, not to read it."""
    local, _at, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


@require_http_methods(GET_OR_POST)
def invitation(request, token):
    """The page the invitation link opens, for whoever holds the link."""
    found = get_object_or_404(
        Invitation.objects.select_related("workspace", "invited_by"), token=token
    )
    user = request.user
    state = services.invitation_state(found)
    context = {"invitation": found, "workspace": found.workspace, "state": state}
    if state:
        return _invitation_page(request, context, status=410)
    if not user.is_authenticated:
        return _invitation_page(request, context)
    if not services.is_addressee(found, user):
        context["masked_email"] = mask_email(found.email)
        return _invitation_page(request, context | {"state": "other-account"}, status=403)
    if request.method == "POST":
        return _accept(request, found, context)
    context["is_member"] = role_of(user, found.workspace) is not None
    return _invitation_page(request, context)


def _accept(request, found: Invitation, context: dict):
    try:
        services.accept_invitation(found, request.user)
    except services.MembershipRefused:
        found.refresh_from_db()
        context["state"] = services.invitation_state(found) or "used"
        return _invitation_page(request, context, status=410)
    messages.success(
        request,
        _("Welcome: you are now a member of “%(name)s”.") % {"name": found.workspace},
    )
    return redirect(found.workspace)


def _invitation_page(request, context: dict, status: int = 200):
    """Name a private workspace only to the invited person, or to whoever holds a link
    that still works (the addressee, as far as anyone can tell)."""
    workspace = context["workspace"]
    context["shows_name"] = request.user.has_perm("workspaces.read_workspace", workspace) or (
        context["state"] is None
    )
    context["path"] = request.get_full_path()
    return render(request, "workspaces/invitation.html", context, status=status)
