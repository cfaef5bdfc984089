"""Shared fixtures for the workspace tests: one person per role, and a workspace of a given
visibility in which each of them has that role, with something for every view to act on
(a cover image, a pending join request, a pending invitation).

``people`` maps a role to its user (``None`` for the anonymous visitor); ``workspace_for(
visibility)`` makes the workspace; ``client_as(role)`` is a test client signed in as that role.
"""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client

from accounts import roles
from tests.accounts.helpers import image_bytes
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from tests.workspaces.test_detail import make_cast
from workspaces.models import Invitation, JoinRequest, Membership, Workspace

ANONYMOUS, OUTSIDER, MEMBER, MODERATOR, OWNER, ADMIN = ROLES = (
    "anonymous",
    "outsider",
    "member",
    "moderator",
    "owner",
    "admin",
)
PUBLIC, MEMBERS, PRIVATE = VISIBILITIES = (
    Workspace.Visibility.PUBLIC,
    Workspace.Visibility.MEMBERS,
    Workspace.Visibility.PRIVATE,
)
# One word every workspace name shares (to search for) and a name per visibility.
SEARCH_WORD = "Zanzibar"
NAMES = {
    PUBLIC: "Zanzibar open observatory of health mutuals",
    MEMBERS: "Zanzibar portal circle on pension reform",
    PRIVATE: "Zanzibar closed cell on social protection floors",
}
# Someone who asked to join, and an address invited that belongs to no account yet.
REQUESTER_NAME = "Rita Requester"
INVITED_EMAIL = "newcomer@example.org"


@pytest.fixture
def people(db) -> dict:
    """A verified user per role (the anonymous visitor is ``None``), and the requester."""
    admin = UserFactory(email="ada.admin@example.org", display_name="Ada Admin")
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    return {
        ANONYMOUS: None,
        OUTSIDER: UserFactory(email="oscar.outsider@example.org", display_name="Oscar Outsider"),
        MEMBER: UserFactory(email="mia.member@example.org", display_name="Mia Member"),
        MODERATOR: UserFactory(email="mo.moderator@example.org", display_name="Mo Moderator"),
        OWNER: UserFactory(email="olga.owner@example.org", display_name="Olga Owner"),
        ADMIN: admin,
        "requester": UserFactory(email="rita@example.org", display_name=REQUESTER_NAME),
    }


@pytest.fixture
def workspace_for(people, settings, tmp_path):
    """``workspace_for(visibility)``: a workspace joined on request, with its owner, a
    moderator, a member, a cover image, a pending join request and a pending invitation."""
    settings.MEDIA_ROOT = tmp_path

    def make(visibility: str) -> Workspace:
        workspace = WorkspaceFactory(
            name=NAMES[visibility],
            slug=f"zanzibar-{visibility}",
            visibility=visibility,
            join_policy=Workspace.JoinPolicy.REQUEST,
            owner=people[OWNER],
        )
        add_member(workspace, people[MODERATOR], Membership.Role.MODERATOR)
        add_member(workspace, people[MEMBER], Membership.Role.MEMBER)
        workspace.cover.save("cover.jpg", ContentFile(image_bytes("JPEG")), save=True)
        JoinRequest.objects.create(
            workspace=workspace, user=people["requester"], message="I run a mutual in Zanzibar."
        )
        Invitation.objects.create(
            workspace=workspace, email=INVITED_EMAIL, invited_by=people[OWNER]
        )
        return workspace

    return make


@pytest.fixture
def client_as(people):
    """``client_as(role)``: a fresh test client, signed in as that role's user."""

    def make(role: str) -> Client:
        client = Client()
        if people[role] is not None:
            client.force_login(people[role])
        return client

    return make


# --- Simpler casts, for the tests of one feature ------------------------------------------


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    """Uploaded files go to a temporary folder (use it with ``usefixtures``)."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def cast(db) -> dict:
    """The workspace and people of ``test_detail.make_cast``."""
    return make_cast()


@pytest.fixture
def owner(db):
    return UserFactory(email="olga@example.org", display_name="Olga Owner")


@pytest.fixture
def workspace(owner):
    """A public workspace, joined on request, owned by ``owner``."""
    return WorkspaceFactory(name="Pension reform circle", owner=owner)


@pytest.fixture
def moderator(workspace):
    user = UserFactory(email="mo@example.org", display_name="Mo Moderator")
    add_member(workspace, user, Membership.Role.MODERATOR)
    return user


@pytest.fixture
def mia(workspace):
    """A member of ``workspace``."""
    user = UserFactory(email="mia@example.org", display_name="Mia Member")
    add_member(workspace, user)
    return user
