"""A workspace's page and its cover image, per role and visibility: who reads it, who is
sent to sign in, who gets a 404 (private ones are never confirmed to exist); the
actions each person is offered; the activity stream; a fixed number of queries."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts import roles
from tests.accounts.helpers import image_bytes, visible_text
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory
from tests.library.factories import TopicFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import activity, services
from workspaces.models import Activity, JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PUBLIC, MEMBERS, PRIVATE = "public", "members", "private"
ROLES = ("anonymous", "outsider", "member", "moderator", "owner", "admin")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def make_cast() -> dict:
    """A person per role (the anonymous visitor is None)."""
    admin = UserFactory(display_name="Ada Admin")
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    return {
        "anonymous": None,
        "outsider": UserFactory(display_name="Oscar Outsider"),
        "member": UserFactory(display_name="Mia Member"),
        "moderator": UserFactory(display_name="Mo Moderator"),
        "owner": UserFactory(display_name="Olga Owner"),
        "admin": admin,
    }


@pytest.fixture
def cast(db) -> dict:
    return make_cast()


def team_workspace(cast: dict, **fields) -> Workspace:
    """A workspace owned by the cast's owner, with its moderator and member."""
    workspace = WorkspaceFactory(owner=cast["owner"], **fields)
    add_member(workspace, cast["moderator"], Membership.Role.MODERATOR)
    add_member(workspace, cast["member"], Membership.Role.MEMBER)
    return workspace


def sign_in(client, user):
    if user is not None:
        client.force_login(user)
    return client


# What each role gets on the page of a workspace of each visibility.
#             anonymous   outsider    member  moderator  owner  admin
READING = {
    PUBLIC: ("ok", "ok", "ok", "ok", "ok", "ok"),
    MEMBERS: ("sign in", "ok", "ok", "ok", "ok", "ok"),
    PRIVATE: ("not found", "not found", "ok", "ok", "ok", "ok"),
}
CASES = [
    (visibility, role, outcome)
    for visibility, outcomes in READING.items()
    for role, outcome in zip(ROLES, outcomes, strict=True)
]


def outcome(response, workspace: Workspace) -> str:
    if response.status_code == 200:
        return "ok"
    # Nothing of a workspace the visitor may not read reaches them.
    assert workspace.name not in response.content.decode()
    if response.status_code == 404:
        return "not found"
    assert response.status_code == 302 and response.url.startswith("/en/accounts/login/?next=")
    return "sign in"


@pytest.mark.parametrize(("visibility", "role", "expected"), CASES)
def test_who_reads_the_workspace_page(client, cast, visibility, role, expected):
    workspace = team_workspace(cast, name="China: towards universal health insurance coverage")
    Workspace.objects.filter(pk=workspace.pk).update(visibility=visibility)
    sign_in(client, cast[role])

    response = client.get(workspace.get_absolute_url())

    assert outcome(response, workspace) == expected
    if expected == "ok":
        assert "China: towards universal health insurance coverage" in text(response)
        private = "private" in response.get("Cache-Control", "")
        assert private is (visibility != PUBLIC)


@pytest.mark.parametrize(("visibility", "role", "expected"), CASES)
def test_who_gets_the_cover_image(client, cast, visibility, role, expected):
    workspace = team_workspace(cast, visibility=visibility)
    services.update(
        workspace, actor=cast["owner"], values={}, cover=ContentFile(image_bytes("WEBP"))
    )
    sign_in(client, cast[role])

    response = client.get(f"/en/workspaces/{workspace.slug}/cover/")

    assert outcome(response, workspace) == expected
    if expected == "ok":
        assert response["Content-Type"] == "image/webp"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content)[:4] == b"RIFF"
        cache = response["Cache-Control"]
        assert ("public" in cache) if visibility == PUBLIC else ("private" in cache)


def test_the_page_shows_the_cover_through_its_checked_address(client, cast):
    workspace = team_workspace(cast)
    plain = client.get(workspace.get_absolute_url())
    services.update(
        workspace, actor=cast["owner"], values={}, cover=ContentFile(image_bytes("PNG"))
    )

    page = client.get(workspace.get_absolute_url()).content.decode()

    assert "workspace-cover" not in plain.content.decode()
    assert f'src="/en/workspaces/{workspace.slug}/cover/?v=' in page
    assert "/media/" not in page and workspace.cover.name not in page


def test_a_workspace_without_cover_answers_404_for_its_cover(client, cast):
    workspace = team_workspace(cast)

    assert client.get(f"/en/workspaces/{workspace.slug}/cover/").status_code == 404


def test_an_unknown_address_is_a_404_for_everyone(client):
    assert client.get("/en/workspaces/no-such-workspace/").status_code == 404


def test_the_header_says_what_the_workspace_is_in_words(client, cast):
    workspace = team_workspace(
        cast,
        name="Social marketing in Benin",
        kind=Workspace.Kind.COMMUNITY,
        countries=["BJ", "TG"],
        visibility=Workspace.Visibility.PUBLIC,
        join_policy=Workspace.JoinPolicy.OPEN,
    )
    workspace.topics.add(TopicFactory(name="Health insurance"))
    workspace.tags.add("mutuals")

    page = text(client.get(workspace.get_absolute_url()))

    assert "Community of practice · Benin, Togo Social marketing in Benin" in page
    assert "Who may read it Public: anyone may read it" in page
    assert "How people join Open: any member may join" in page
    assert "Topics Health insurance" in page
    assert "Tags mutuals" in page
    assert "3 members Olga Owner, Mo Moderator, Mia Member" in page


# The actions each role is offered on a public workspace joined on request. Members
# choose how they hear of it on its notifications page; others follow it from here
# (FOLLOW: the follow button, with the workspace's name).
FOLLOW = "Follow the workspace “{name}” Follow"
CHOICE = "Notifications for this workspace"
OFFERED = {
    "anonymous": {"Sign in to join", "Sign in to follow"},
    "outsider": {"Ask to join", FOLLOW},
    "member": {"Leave", CHOICE},
    "moderator": {"Invite", "0 join requests waiting", "Leave", CHOICE},
    "owner": {"Invite", "0 join requests waiting", "Settings", "Archive", "Delete", CHOICE},
    "admin": {
        "Ask to join",
        "Invite",
        "0 join requests waiting",
        "Settings",
        "Archive",
        "Delete",
        FOLLOW,
    },
}


def offered_actions(response) -> set[str]:
    page = response.content.decode()
    block = page.split('class="inline workspace-actions"')[1].split("</ul>")[0]
    return {visible_text(item) for item in re.findall(r"<li>(.*?)</li>", block, re.S)}


@pytest.mark.parametrize("role", ROLES)
def test_each_role_is_offered_the_actions_it_may_take(client, cast, role):
    workspace = team_workspace(cast)
    sign_in(client, cast[role])

    response = client.get(workspace.get_absolute_url())

    assert offered_actions(response) == {
        action.format(name=workspace.name) for action in OFFERED[role]
    }


def test_an_open_workspace_offers_to_join_at_once(client, cast):
    workspace = team_workspace(cast, join_policy=Workspace.JoinPolicy.OPEN)
    sign_in(client, cast["outsider"])

    page = client.get(workspace.get_absolute_url()).content.decode()

    assert f'action="/en/workspaces/{workspace.slug}/join/"' in page
    assert "Ask to join" not in page


def test_moderators_see_how_many_join_requests_wait(client, cast):
    workspace = team_workspace(cast)
    JoinRequest.objects.create(workspace=workspace, user=cast["outsider"])
    sign_in(client, cast["moderator"])

    page = text(client.get(workspace.get_absolute_url()))

    assert "1 join request waiting" in page
    assert "You are a member of this workspace (Moderator)." in page


def test_an_archived_workspace_says_so_and_offers_no_change(client, cast):
    workspace = team_workspace(cast)
    services.set_archived(workspace, actor=cast["owner"], archived=True)
    sign_in(client, cast["owner"])

    page = text(client.get(workspace.get_absolute_url()))

    assert "This workspace is archived: it can be read but not changed." in page
    assert "Open it for changes again" in page
    assert "Invite" not in page and "Settings" not in page
    assert "Olga Owner archived the workspace" in page


def test_the_activity_stream_shows_the_latest_twenty(client, cast):
    workspace = team_workspace(cast)
    start = timezone.now() - timezone.timedelta(days=30)
    for day in range(25):
        Activity.objects.create(
            workspace=workspace,
            actor=cast["member"],
            verb=Activity.Verb.INVITED,
            summary=f"guest{day:02}@example.org",
            created=start + timezone.timedelta(days=day),
        )
    activity.record(workspace, actor=None, verb=Activity.Verb.LEFT)

    page = text(client.get(workspace.get_absolute_url()))
    stream = page.split("Latest activity")[1]

    assert stream.startswith(" A former member left")
    assert "Mia Member invited someone: guest24@example.org" in stream
    assert "guest06@example.org" in stream and "guest05@example.org" not in stream
    assert stream.count("invited someone") == 19


def test_a_new_workspace_has_an_empty_stream(client):
    workspace = WorkspaceFactory()

    assert "Nothing has happened here yet." in text(client.get(workspace.get_absolute_url()))


@pytest.mark.parametrize("role", ["anonymous", "owner"])
def test_the_page_costs_the_same_queries_for_one_or_ten_members(
    client, cast, role, django_assert_num_queries
):
    small = WorkspaceFactory(owner=cast["owner"], slug="small")
    small.topics.add(TopicFactory())
    small.tags.add("one")
    big = WorkspaceFactory(owner=cast["owner"], slug="big")
    big.topics.add(TopicFactory(), TopicFactory())
    big.tags.add("one", "two", "three")
    for number in range(9):
        add_member(big, UserFactory())
        activity.record(big, actor=cast["owner"], verb=Activity.Verb.INVITED, summary=f"{number}")
    sign_in(client, cast[role])
    client.get(small.get_absolute_url())  # the session and site caches settle

    queries = {"anonymous": 13, "owner": 21}[role]
    with django_assert_num_queries(queries):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(queries):
        response = client.get(big.get_absolute_url())
    assert "10 members" in text(response)


def test_the_page_renders_in_french(client, cast):
    workspace = team_workspace(cast, name="Exclusão Social e HIV/SIDA")

    response = client.get(f"/fr/workspaces/{workspace.slug}/")

    assert response.status_code == 200
    assert '<html lang="fr">' in response.content.decode()
    assert "Exclusão Social e HIV/SIDA" in text(response)
