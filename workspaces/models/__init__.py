"""The workspaces app's models, one module per part: the workspace with its members and
activity (``workspace``), what members write (``content``), and documents (``files``)."""

from .content import (
    BODY_MAX_LENGTH,
    COMMENT_MAX_LENGTH,
    CalendarFeed,
    Capitalisation,
    ContentQuerySet,
    Event,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
    WikiRevision,
)
from .files import Document, DocumentVersion, Folder, version_path
from .workspace import (
    INVITATION_DAYS,
    Activity,
    Invitation,
    JoinRequest,
    Membership,
    Workspace,
    WorkspaceQuerySet,
    cover_path,
    invitation_expiry,
    new_token,
)

__all__ = [
    "BODY_MAX_LENGTH",
    "COMMENT_MAX_LENGTH",
    "INVITATION_DAYS",
    "Activity",
    "CalendarFeed",
    "Capitalisation",
    "ContentQuerySet",
    "Document",
    "DocumentVersion",
    "Event",
    "Folder",
    "Invitation",
    "JoinRequest",
    "Membership",
    "Post",
    "PostComment",
    "Reply",
    "Thread",
    "WikiPage",
    "WikiRevision",
    "Workspace",
    "WorkspaceQuerySet",
    "cover_path",
    "invitation_expiry",
    "new_token",
    "version_path",
]
