"""Who may do what in workspaces, written once (django-rules).

Roles come from ``Membership``: owner > moderator > member. Site administrators
(``workspaces.change_workspace``, the Administrators group) may read and
moderate everything. Reading follows the workspace's visibility; writing
needs membership and a workspace that is not archived.
"""

import rules
from allauth.account.models import EmailAddress

from .models import Membership, Workspace

ROLE_RANK = {Membership.Role.MEMBER: 1, Membership.Role.MODERATOR: 2, Membership.Role.OWNER: 3}


def role_of(user, workspace) -> str | None:
    """The user's role in the workspace (cached on the workspace for the request)."""
    if not (user and user.is_authenticated) or workspace is None:
        return None
    cache = workspace.__dict__.setdefault("_roles", {})
    if user.pk not in cache:
        cache[user.pk] = (
            Membership.objects.filter(workspace=workspace, user=user)
            .values_list("role", flat=True)
            .first()
        )
    return cache[user.pk]


def _at_least(role: str):
    @rules.predicate(name=f"at_least_{role}")
    def predicate(user, workspace) -> bool:
        found = role_of(user, workspace)
        return found is not None and ROLE_RANK[found] >= ROLE_RANK[role]

    return predicate


is_workspace_member = _at_least(Membership.Role.MEMBER)
is_moderator = _at_least(Membership.Role.MODERATOR)
is_owner = _at_least(Membership.Role.OWNER)


@rules.predicate
def is_site_admin(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("workspaces.change_workspace"))


@rules.predicate
def is_verified_member(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


@rules.predicate
def may_read(user, workspace) -> bool:
    if workspace is None:
        return False
    if workspace.visibility == Workspace.Visibility.PUBLIC:
        return True
    if workspace.visibility == Workspace.Visibility.MEMBERS and user.is_authenticated:
        return True
    return bool(is_workspace_member(user, workspace) or is_site_admin(user))


@rules.predicate
def is_open(user, workspace) -> bool:
    return workspace is not None and not workspace.is_archived


@rules.predicate
def joins_freely(user, workspace) -> bool:
    return workspace is not None and workspace.join_policy == Workspace.JoinPolicy.OPEN


@rules.predicate
def joins_on_request(user, workspace) -> bool:
    return workspace is not None and workspace.join_policy == Workspace.JoinPolicy.REQUEST


rules.add_perm("workspaces.create_workspace", is_verified_member)
rules.add_perm("workspaces.read_workspace", may_read)
# Members write (posts, pages, documents, replies) while the workspace is not archived.
rules.add_perm("workspaces.contribute", is_workspace_member & is_open)
# Moderators manage members, join requests, invitations and everyone's content.
rules.add_perm("workspaces.moderate", (is_moderator | is_site_admin) & is_open)
rules.add_perm("workspaces.change_settings", (is_owner | is_site_admin) & is_open)
rules.add_perm("workspaces.transfer_ownership", is_owner & is_open)
rules.add_perm("workspaces.archive_workspace", is_owner | is_site_admin)
rules.add_perm("workspaces.delete_workspace", is_owner | is_site_admin)
rules.add_perm(
    "workspaces.join",
    is_verified_member & may_read & is_open & joins_freely & ~is_workspace_member,
)
rules.add_perm(
    "workspaces.request_to_join",
    is_verified_member & may_read & is_open & joins_on_request & ~is_workspace_member,
)
# An owner hands over ownership before leaving.
rules.add_perm("workspaces.leave", is_workspace_member & ~is_owner)
