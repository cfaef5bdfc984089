"""Demo workspaces: one per visibility and joining rule, loaded twice without duplicates."""

import pytest

from core.demo import users
from core.demo import workspaces as demo_workspaces
from tests.accounts.helpers import visible_text
from workspaces.models import Activity, Invitation, JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PRIVATE = "Permanent inventory of health mutuals"
MEMBERS_ONLY = "Exclusão Social e HIV/SIDA"


def counts() -> tuple:
    return tuple(
        model.objects.count()
        for model in (Workspace, Membership, Activity, JoinRequest, Invitation)
    )


@pytest.fixture
def loaded():
    users.load()
    users.load_community()
    demo_workspaces.load_workspaces()


def test_a_second_run_adds_nothing(loaded):
    first = counts()

    demo_workspaces.load_workspaces()

    assert counts() == first == (4, 10, 10, 1, 1)


def test_the_directory_lists_each_workspace_to_whom_may_see_it(loaded, client):
    anonymous = visible_text(client.get("/en/workspaces/"))
    assert "Social marketing in Benin" in anonymous
    assert "China: towards universal health insurance coverage" in anonymous
    assert MEMBERS_ONLY not in anonymous and PRIVATE not in anonymous

    client.force_login(Membership.objects.get(workspace__name=PRIVATE, role="moderator").user)
    member = visible_text(client.get("/en/workspaces/"))
    assert MEMBERS_ONLY in member and PRIVATE in member


def test_the_private_workspace_is_hidden_from_a_member_outside_it(loaded, client):
    outsider = Membership.objects.get(workspace__name=MEMBERS_ONLY, role="member").user
    client.force_login(outsider)
    private = Workspace.objects.get(name=PRIVATE)

    assert client.get(private.get_absolute_url()).status_code == 404
    assert PRIVATE not in visible_text(client.get("/en/workspaces/"))
