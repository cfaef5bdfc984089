"""The "Your workspaces" dashboard panel, and the home page's "Last updated workspaces"
block: each shows only what its viewer may see."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone
from django.utils.formats import date_format

from tests.accounts.helpers import section_text, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import services
from workspaces.models import JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

DASHBOARD = "/en/dashboard/"


def on(workspace: Workspace, days_ago: int) -> Workspace:
    """Give ``workspace`` its last activity ``days_ago`` days ago."""
    workspace.last_activity = timezone.now() - timezone.timedelta(days=days_ago)
    Workspace.objects.filter(pk=workspace.pk).update(last_activity=workspace.last_activity)
    return workspace


def panel(client) -> str:
    return section_text(client.get(DASHBOARD), "panel-workspaces")


def test_a_member_in_no_workspace_is_invited_to_look_or_create(member_client):
    text = panel(member_client)

    assert text.startswith("Your workspaces You are not a member of any workspace yet.")
    assert "See the workspaces" in text and "Create a workspace" in text


def test_the_panel_lists_the_members_workspaces_with_role_and_waiting_requests(
    member_client, member, other_member
):
    led = on(WorkspaceFactory(name="Mutuals in Benin", owner=member), 1)
    joined = on(WorkspaceFactory(name="Pension reform lab"), 3)
    add_member(joined, member, Membership.Role.MEMBER)
    closed = on(WorkspaceFactory(name="Closed pilot", owner=member), 5)
    services.set_archived(closed, actor=member, archived=True)
    on(closed, 5)
    on(WorkspaceFactory(name="Secret cell", visibility="private", owner=other_member), 0)
    for person in (UserFactory(), UserFactory()):
        JoinRequest.objects.create(workspace=led, user=person)
    # Requests to a workspace the member does not moderate are none of theirs.
    JoinRequest.objects.create(workspace=joined, user=UserFactory())
    date = date_format(timezone.localtime(led.last_activity), "DATE_FORMAT")

    text = panel(member_client)

    assert "2 join requests wait for your answer." in text
    assert f"Mutuals in Benin · Owner · last activity {date} · 2 join requests" in text
    assert text.index("Mutuals in Benin") < text.index("Pension reform lab")
    assert "Pension reform lab · Member · last activity" in text
    assert "Closed pilot · Owner · Archived · last activity" in text
    assert "Secret cell" not in text
    page = member_client.get(DASHBOARD).content.decode()
    assert f'href="/en/workspaces/{led.slug}/requests/"' in page


def test_the_panel_costs_two_queries_however_many_workspaces(member, django_assert_num_queries):
    for _ in range(6):
        workspace = WorkspaceFactory(owner=member)
        JoinRequest.objects.create(workspace=workspace, user=UserFactory())
    request = RequestFactory().get(DASHBOARD)
    request.user = member

    with django_assert_num_queries(2):
        context = services.dashboard_context(request)

    assert len(context["rows"]) == 6 and context["waiting_total"] == 6


# --- The home page's "Last updated workspaces" block ---------------------------------------


def block(user) -> str:
    html = render_to_string(
        "workspaces/blocks/last_updated.html", {"workspaces": services.last_updated(user)}
    )
    return " ".join(visible_text(html).split())


@pytest.fixture
def recent(member, other_member):
    on(WorkspaceFactory(name="Open observatory"), 4)
    on(WorkspaceFactory(name="Pension circle", visibility="members"), 3)
    on(WorkspaceFactory(name="Secret cell", visibility="private", owner=other_member), 2)
    on(WorkspaceFactory(name="Our team", visibility="private", owner=member), 1)
    closed = WorkspaceFactory(name="Closed pilot")
    services.set_archived(closed, actor=member, archived=True)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", ["Open observatory"]),
        ("outsider", ["Pension circle", "Open observatory"]),
        ("member", ["Our team", "Pension circle", "Open observatory"]),
    ],
)
def test_the_block_shows_the_open_workspaces_the_visitor_may_see(recent, member, who, expected):
    user = {"anonymous": AnonymousUser(), "outsider": UserFactory(), "member": member}[who]

    listed = services.last_updated(user)
    text = block(user)

    assert [workspace.name for workspace in listed] == expected
    assert text.startswith("Last updated workspaces")
    assert "Secret cell" not in text and "Closed pilot" not in text


def test_the_block_shows_five_at_most(django_assert_num_queries):
    for number in range(7):
        on(WorkspaceFactory(name=f"Workspace {number}"), number)

    with django_assert_num_queries(1):
        listed = services.last_updated(AnonymousUser())

    assert [workspace.name for workspace in listed] == [f"Workspace {n}" for n in range(5)]


def test_an_empty_block_says_so():
    assert "No workspace is open yet." in block(AnonymousUser())
