"""Workspaces on the portal-wide search page (/search/): only those the searcher may see."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from accounts import roles
from core.search import providers
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory
from workspaces import services
from workspaces.models import Workspace
from workspaces.search import site_search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def found(member, other_member):
    """Four Zanzibar workspaces, one per way of being seen, and one elsewhere."""
    WorkspaceFactory(
        name="Zanzibar health mutuals",
        kind=Workspace.Kind.COMMUNITY,
        countries=["TZ"],
        summary="Mutuals of the islands compare their benefits packages.",
    )
    WorkspaceFactory(
        name="Island pensions",
        summary="Pension reform on Zanzibar and Pemba.",
        visibility=Workspace.Visibility.MEMBERS,
    )
    WorkspaceFactory(
        name="Closed cell", visibility=Workspace.Visibility.PRIVATE, owner=other_member
    ).tags.add("zanzibar")
    WorkspaceFactory(
        name="Our Zanzibar team", visibility=Workspace.Visibility.PRIVATE, owner=member
    )
    WorkspaceFactory(name="Social marketing in Benin")


def admin_user():
    admin = UserFactory()
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    return admin


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", {"Zanzibar health mutuals"}),
        ("outsider", {"Zanzibar health mutuals", "Island pensions"}),
        ("member", {"Zanzibar health mutuals", "Island pensions", "Our Zanzibar team"}),
        (
            "admin",
            {"Zanzibar health mutuals", "Island pensions", "Our Zanzibar team", "Closed cell"},
        ),
    ],
)
def test_the_provider_finds_only_what_the_searcher_may_see(found, member, who, expected):
    user = {
        "anonymous": AnonymousUser(),
        "outsider": UserFactory(),
        "member": member,
        "admin": admin_user(),
    }[who]
    workspaces = next(p for p in providers() if p.key == "workspaces")
    assert str(workspaces.label) == "Workspaces"

    answer = workspaces.search("zanzibar", user, 10)

    assert answer.count == len(expected)
    assert {hit.title for hit in answer.hits} == expected


def test_a_hit_says_what_and_where(found):
    (hit,) = site_search("zanzibar mutuals", AnonymousUser(), 5).hits

    assert hit.title == "Zanzibar health mutuals"
    assert hit.url == "/en/workspaces/" + Workspace.objects.get(name=hit.title).slug + "/"
    assert hit.meta == "Community of practice · Tanzania"
    assert hit.summary == "Mutuals of the islands compare their benefits packages."


def test_archived_workspaces_are_found_too(found, member):
    closed = WorkspaceFactory(name="Zanzibar pilot, closed")
    services.set_archived(closed, actor=member, archived=True)

    answer = site_search("zanzibar pilot", AnonymousUser(), 5)

    assert [hit.title for hit in answer.hits] == ["Zanzibar pilot, closed"]
    assert answer.more_url == "/en/workspaces/?q=zanzibar+pilot&archived=True"


def test_limit_and_empty_queries(found):
    answer = site_search("zanzibar", UserFactory(), 1)

    assert (answer.count, len(answer.hits)) == (2, 1)
    assert site_search("", AnonymousUser(), 5).count == 0
    assert site_search("?!", AnonymousUser(), 5).count == 0


def test_the_search_page_never_shows_a_private_workspace_to_an_outsider(client, found):
    client.force_login(UserFactory())

    response = client.get("/en/search/", {"q": "zanzibar"})

    page = text(response)
    assert "Workspaces 2" in page
    assert "Zanzibar health mutuals" in page and "Island pensions" in page
    assert "Closed cell" not in response.content.decode()
    assert "Our Zanzibar team" not in response.content.decode()


def test_the_search_page_shows_a_member_their_private_workspace(member_client, found):
    page = text(member_client.get("/en/search/", {"q": "zanzibar team"}))

    assert "Workspaces 1" in page and "Our Zanzibar team" in page
