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


# --- What members write (posts, comments, wiki pages, threads, replies, documents, events) --
# Adding any of it is ``workspaces.contribute`` on the workspace. Changing or deleting one
# piece is for its author while they may still contribute, and for moderators; wiki pages
# are everyone's to edit (``contribute``), deleting one is the moderators'.


def workspace_of(content) -> Workspace | None:
    """The workspace a piece of content belongs to (a comment through its post, a reply
    through its thread, a version through its document)."""
    for path in ("workspace", "post", "thread", "document", "page"):
        found = getattr(content, path, None)
        if isinstance(found, Workspace):
            return found
        if found is not None and path != "workspace":
            return workspace_of(found)
    return None


def author_of(content):
    for name in ("author", "created_by", "uploaded_by"):
        if hasattr(content, name):
            return getattr(content, name)
    return None


@rules.predicate
def is_author(user, content) -> bool:
    author = author_of(content)
    return bool(user and user.is_authenticated and author is not None and author.pk == user.pk)


@rules.predicate
def may_read_content(user, content) -> bool:
    return may_read(user, workspace_of(content))


@rules.predicate
def contributes_where_it_is(user, content) -> bool:
    return user.has_perm("workspaces.contribute", workspace_of(content))


@rules.predicate
def moderates_where_it_is(user, content) -> bool:
    return user.has_perm("workspaces.moderate", workspace_of(content))


rules.add_perm("workspaces.read_content", may_read_content)
rules.add_perm(
    "workspaces.change_content", (is_author & contributes_where_it_is) | moderates_where_it_is
)
rules.add_perm(
    "workspaces.delete_content", (is_author & contributes_where_it_is) | moderates_where_it_is
)
# Moderators propose a post or a document to the library (capitalisation).
rules.add_perm("workspaces.capitalise", (is_moderator | is_site_admin) & is_open)
