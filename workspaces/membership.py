"""Who gets into a workspace and who leaves it: joining, join requests, invitations,
roles, ownership.

Each service runs in one transaction, records what happened (``activity.record``)
with the people who must hear of it in ``addressed_to``, and queues the e-mails
that cannot wait only once the transaction has committed, so that nobody is told
of a change that was rolled back. Whoever joins follows the workspace from then on
(``follow``: every new item by e-mail, unless they already followed it their own
way); whoever leaves or is removed stops following it (``unfollow``). The views
check the permissions of ``rules.py``; the services keep the invariants whoever
calls them (one owner, single-use invitations, one decision per request).
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.models import Delivery, Subscription

from . import activity, tasks
from .models import Activity, Invitation, JoinRequest, Membership, Workspace
from .rules import ROLE_RANK, is_owner, is_site_admin

Role = Membership.Role
Verb = Activity.Verb


class MembershipRefused(Exception):
    """A change the rules of membership do not allow; the message is for the user."""


# --- Who is who ---------------------------------------------------------------------------


def moderator_ids(workspace: Workspace) -> list[int]:
    """The owner and moderators: those who decide on requests."""
    return list(
        workspace.memberships.filter(role__in=[Role.OWNER, Role.MODERATOR]).values_list(
            "user_id", flat=True
        )
    )


def may_appoint_moderators(user, workspace: Workspace) -> bool:
    """Only the owner (or a site administrator) makes someone a moderator by invitation
    or takes a moderator's role away."""
    if not user.has_perm("workspaces.moderate", workspace):
        return False
    return bool(is_owner(user, workspace) or is_site_admin(user))


def may_manage(user, membership: Membership) -> bool:
    """Whether ``user`` may change the role of ``membership`` or remove it: never the
    owner's nor one's own; a moderator's only by the owner or a site administrator."""
    workspace = membership.workspace
    if membership.role == Role.OWNER or membership.user_id == user.pk:
        return False
    if not user.has_perm("workspaces.moderate", workspace):
        return False
    if membership.role == Role.MODERATOR:
        return may_appoint_moderators(user, workspace)
    return True


def accounts_by_email(emails) -> dict[str, int]:
    """The user id of each address (lower-cased) that belongs to an account, by any of
    its allauth addresses or its account address."""
    emails = {email.lower() for email in emails}
    if not emails:
        return {}
    found = {}
    users = get_user_model().objects.filter(reduce(or_, (Q(email__iexact=e) for e in emails)))
    for pk, email in users.values_list("pk", "email"):
        found[email.lower()] = pk
    addresses = EmailAddress.objects.filter(reduce(or_, (Q(email__iexact=e) for e in emails)))
    for user_id, email in addresses.values_list("user_id", "email"):
        found.setdefault(email.lower(), user_id)
    return found


def is_addressee(invitation: Invitation, user) -> bool:
    """Whether one of ``user``'s verified addresses is the invited one."""
    return EmailAddress.objects.filter(
        user=user, verified=True, email__iexact=invitation.email
    ).exists()


def follow(workspace: Workspace, user) -> None:
    """``user`` follows ``workspace`` (a new member), each new item by e-mail, unless they
    already follow it: their own choice stays."""
    Subscription.objects.get_or_create(
        user=user,
        content_type=ContentType.objects.get_for_model(Workspace),
        object_id=workspace.pk,
        defaults={"delivery": Delivery.INSTANT},
    )


def unfollow(workspace: Workspace, user_id: int) -> None:
    """The person no longer follows ``workspace`` (they left it or were removed)."""
    Subscription.objects.to(workspace).filter(user=user_id).delete()


def _add_or_promote(workspace: Workspace, user, role: str) -> Membership:
    """Make ``user`` a member with ``role``; an existing member keeps the higher role."""
    membership, created = Membership.objects.get_or_create(
        workspace=workspace, user=user, defaults={"role": role}
    )
    if created:
        follow(workspace, user)
    if not created and ROLE_RANK[role] > ROLE_RANK[membership.role]:
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


# --- Joining ------------------------------------------------------------------------------


def join(workspace: Workspace, user) -> Membership:
    """Join an open workspace at once, as a member."""
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            workspace=workspace, user=user, defaults={"role": Role.MEMBER}
        )
        if created:
            follow(workspace, user)
            activity.record(workspace, actor=user, verb=Verb.JOINED, target=membership)
    return membership


def request_to_join(workspace: Workspace, user, message: str = "") -> JoinRequest:
    """Ask the moderators to let ``user`` in; one pending request per person."""
    already = _("You have already asked; the moderators will answer.")
    if workspace.join_requests.filter(user=user, status=JoinRequest.Status.PENDING).exists():
        raise MembershipRefused(already)
    with transaction.atomic():
        try:
            with transaction.atomic():
                request = JoinRequest.objects.create(
                    workspace=workspace, user=user, message=message
                )
        except IntegrityError:
            # Asked twice at the same moment: the other request stands.
            raise MembershipRefused(already) from None
        activity.record(
            workspace,
            actor=user,
            verb=Verb.REQUESTED,
            target=request,
            addressed_to=moderator_ids(workspace),
        )
        transaction.on_commit(lambda: tasks.send_join_request.delay(request_id=request.pk))
    return request


def decide_request(request: JoinRequest, moderator, *, approve: bool) -> JoinRequest:
    """Approve (the person becomes a member) or decline a pending request, once."""
    status = JoinRequest.Status.APPROVED if approve else JoinRequest.Status.DECLINED
    now = timezone.now()
    with transaction.atomic():
        decided = JoinRequest.objects.filter(
            pk=request.pk, status=JoinRequest.Status.PENDING
        ).update(status=status, decided_by=moderator, decided=now)
        if not decided:
            raise MembershipRefused(_("This request has already been answered."))
        request.status, request.decided_by, request.decided = status, moderator, now
        if approve:
            membership = _add_or_promote(request.workspace, request.user, Role.MEMBER)
            activity.record(
                request.workspace,
                actor=request.user,
                verb=Verb.JOINED,
                target=membership,
                addressed_to=[request.user_id],
            )
        # A declined request has no activity of its own (nobody else should read of it):
        # the request keeps the decision, and the person is told by e-mail.
        transaction.on_commit(lambda: tasks.send_join_decision.delay(request_id=request.pk))
    return request


# --- Invitations --------------------------------------------------------------------------


@dataclass
class Invited:
    """What ``invite`` did: the invitations sent and the addresses skipped."""

    invitations: list[Invitation] = field(default_factory=list)
    already_members: list[str] = field(default_factory=list)


def invite(
    workspace: Workspace, inviter, emails: list[str], *, role: str = Role.MEMBER, message=""
) -> Invited:
    """Invite each address (skipping members); a new invitation replaces a pending one
    to the same address, so that the latest link is the one that works."""
    if role == Role.MODERATOR and not may_appoint_moderators(inviter, workspace):
        raise MembershipRefused(_("Only the owner may invite moderators."))
    if role not in (Role.MEMBER, Role.MODERATOR):
        raise MembershipRefused(_("Invite people as members or moderators."))
    accounts = accounts_by_email(emails)
    members = set(workspace.memberships.values_list("user_id", flat=True))
    done = Invited()
    with transaction.atomic():
        for email in emails:
            account = accounts.get(email.lower())
            if account in members:
                done.already_members.append(email)
                continue
            done.invitations.append(_invite_one(workspace, inviter, email, role, message, account))
    return done


def _invite_one(workspace, inviter, email, role, message, account) -> Invitation:
    now = timezone.now()
    workspace.invitations.filter(
        email__iexact=email, accepted__isnull=True, revoked__isnull=True
    ).update(revoked=now)
    invitation = Invitation.objects.create(
        workspace=workspace, email=email, role=role, message=message, invited_by=inviter
    )
    # The stream says someone was invited, never their address.
    activity.record(
        workspace,
        actor=inviter,
        verb=Verb.INVITED,
        target=invitation,
        addressed_to=[account] if account else [],
    )
    transaction.on_commit(lambda: tasks.send_invitation.delay(invitation_id=invitation.pk))
    return invitation


def withdraw_invitation(invitation: Invitation) -> bool:
    """Withdraw an invitation not used yet; whether it was still pending. (Nobody needs
    to hear of it: the invited person will find the link refused if they use it.)"""
    with transaction.atomic():
        withdrawn = Invitation.objects.filter(
            pk=invitation.pk, accepted__isnull=True, revoked__isnull=True
        ).update(revoked=timezone.now())
    return bool(withdrawn)


def invitation_state(invitation: Invitation) -> str | None:
    """Why the invitation cannot be used any more ("used", "withdrawn", "expired",
    "archived"), or ``None`` while it can."""
    if invitation.accepted is not None:
        return "used"
    if invitation.revoked is not None:
        return "withdrawn"
    if invitation.expires <= timezone.now():
        return "expired"
    if invitation.workspace.is_archived:
        return "archived"
    return None


def accept_invitation(invitation: Invitation, user) -> Membership:
    """Let the invited person in with the invitation's role, once: the invitation is
    claimed by a conditional UPDATE, so that of two clicks only one succeeds."""
    if not is_addressee(invitation, user):
        raise MembershipRefused(_("This invitation was sent to another address."))
    workspace = invitation.workspace
    if workspace.is_archived:
        raise MembershipRefused(_("This workspace is archived: nobody can join it."))
    now = timezone.now()
    with transaction.atomic():
        claimed = Invitation.objects.filter(
            pk=invitation.pk, accepted__isnull=True, revoked__isnull=True, expires__gt=now
        ).update(accepted=now, accepted_by=user)
        if not claimed:
            raise MembershipRefused(_("This invitation can no longer be used."))
        invitation.accepted, invitation.accepted_by = now, user
        membership = _add_or_promote(workspace, user, invitation.role)
        activity.record(
            workspace,
            actor=user,
            verb=Verb.JOINED,
            target=membership,
            addressed_to=[invitation.invited_by_id] if invitation.invited_by_id else [],
        )
    return membership


# --- Roles, ownership, leaving --------------------------------------------------------------


def change_role(membership: Membership, role: str, by) -> Membership:
    """Make a member a moderator or a moderator a member."""
    if role not in (Role.MEMBER, Role.MODERATOR) or not may_manage(by, membership):
        raise MembershipRefused(_("You may not change this member's role."))
    if role == membership.role:
        return membership
    with transaction.atomic():
        membership.role = role
        membership.save(update_fields=["role"])
        activity.record(
            membership.workspace,
            actor=by,
            verb=Verb.ROLE_CHANGED,
            target=membership,
            summary=membership.user.display_name,
            addressed_to=[membership.user_id],
        )
    return membership


def remove_member(membership: Membership, by) -> None:
    """Take someone out of the workspace (never its owner)."""
    if not may_manage(by, membership):
        raise MembershipRefused(_("You may not remove this member."))
    with transaction.atomic():
        membership.delete()
        unfollow(membership.workspace, membership.user_id)
        # The removed person is the one who must hear of it.
        activity.record(
            membership.workspace,
            actor=by,
            verb=Verb.REMOVED,
            summary=membership.user.display_name,
            addressed_to=[membership.user_id],
        )


def transfer_ownership(workspace: Workspace, owner, new_owner) -> Membership:
    """Hand the workspace over to another member; the former owner stays as moderator."""
    with transaction.atomic():
        rows = {
            m.user_id: m
            for m in workspace.memberships.select_for_update()
            .filter(user__in=[owner, new_owner])
            .select_related("user")
        }
        current, successor = rows.get(owner.pk), rows.get(new_owner.pk)
        if current is None or current.role != Role.OWNER:
            raise MembershipRefused(_("Only the owner may hand over the workspace."))
        if successor is None or successor.pk == current.pk:
            raise MembershipRefused(_("Choose another member of the workspace."))
        current.role, successor.role = Role.MODERATOR, Role.OWNER
        current.save(update_fields=["role"])
        successor.save(update_fields=["role"])
        activity.record(
            workspace,
            actor=owner,
            verb=Verb.OWNER_CHANGED,
            target=successor,
            summary=successor.user.display_name,
            addressed_to=[successor.user_id],
        )
    workspace.__dict__.pop("_roles", None)
    return successor


def leave(workspace: Workspace, user) -> None:
    """Leave the workspace; its owner hands it over first."""
    with transaction.atomic():
        membership = workspace.memberships.select_for_update().filter(user=user).first()
        if membership is None:
            raise MembershipRefused(_("You are not a member of this workspace."))
        if membership.role == Role.OWNER:
            raise MembershipRefused(
                _("You own this workspace: hand over ownership to another member first.")
            )
        membership.delete()
        unfollow(workspace, user.pk)
        activity.record(workspace, actor=user, verb=Verb.LEFT)
    workspace.__dict__.pop("_roles", None)
