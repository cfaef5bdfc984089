"""The directory of workspaces: only those the visitor may see, with filters, three orders
and pages of 20; and the administrators' list in Wagtail's admin."""

import re

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from tests.accounts.helpers import visible_text
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory
from tests.library.factories import TopicFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import activity, services
from workspaces.models import Activity, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

INDEX = "/en/workspaces/"
ADMIN_LIST = "/admin/workspaces-workspaces/"


def names(response) -> list[str]:
    """The workspaces' names on the cards, in page order."""
    page = response.content.decode()
    return [
        visible_text(name)
        for name in re.findall(
            r'<article class="workspace-card[^"]*">\s*<h2><a [^>]*>(.*?)</a>', page
        )
    ]


@pytest.fixture
def visibilities(member, other_member):
    """One workspace per visibility, and a private one ``member`` belongs to."""
    days = iter(range(10, 0, -1))

    def make(name, visibility, **fields):
        workspace = WorkspaceFactory(name=name, visibility=visibility, **fields)
        Workspace.objects.filter(pk=workspace.pk).update(
            last_activity=timezone.now() - timezone.timedelta(days=next(days))
        )
        return workspace

    make("Open observatory", Workspace.Visibility.PUBLIC)
    make("Pension circle", Workspace.Visibility.MEMBERS)
    make("Secret cell", Workspace.Visibility.PRIVATE, owner=other_member, countries=["BJ", "TG"])
    make("Our private team", Workspace.Visibility.PRIVATE, owner=member)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", ["Open observatory"]),
        ("outsider", ["Pension circle", "Open observatory"]),
        ("member", ["Our private team", "Pension circle", "Open observatory"]),
        ("admin", ["Our private team", "Secret cell", "Pension circle", "Open observatory"]),
    ],
)
def test_each_visitor_sees_only_the_workspaces_they_may(
    client, visibilities, member, who, expected
):
    if who == "outsider":
        client.force_login(UserFactory())
    elif who == "member":
        client.force_login(member)
    elif who == "admin":
        admin = UserFactory()
        admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
        client.force_login(admin)

    response = client.get(INDEX)

    assert names(response) == expected
    if who != "admin":
        assert "Secret cell" not in response.content.decode()
    assert f"{len(expected)} workspace" in text(response)


def test_a_card_says_what_the_workspace_is(client):
    workspace = WorkspaceFactory(
        name="Social marketing in Benin",
        kind=Workspace.Kind.RESEARCH,
        countries=["BJ", "TG"],
        summary="Field actors share what makes health mutuals known.",
    )
    add_member(workspace, UserFactory())
    add_member(workspace, UserFactory())
    Workspace.objects.filter(pk=workspace.pk).update(
        last_activity=timezone.make_aware(timezone.datetime(2024, 3, 5, 12))
    )

    page = text(client.get(INDEX))

    assert (
        "Social marketing in Benin Research Field actors share what makes health mutuals "
        "known. Benin, Togo · 2 members · last activity March 5, 2024"
    ) in page
    assert "Create a workspace" in page


@pytest.fixture
def catalogue(member):
    """Workspaces to filter: kinds, countries, a topic, a tag, and an archived one."""
    pensions = TopicFactory(name="Pensions", slug="pensions")
    first = WorkspaceFactory(
        name="Mutuals in Benin", kind=Workspace.Kind.PROJECT, countries=["BJ"], owner=member
    )
    second = WorkspaceFactory(
        name="Pension reform lab",
        kind=Workspace.Kind.RESEARCH,
        countries=["SN", "ML"],
        summary="Actuarial studies for West Africa.",
    )
    second.topics.add(pensions)
    third = WorkspaceFactory(
        name="Trainers' corner",
        kind=Workspace.Kind.TRAINING,
        countries=["SN"],
        visibility=Workspace.Visibility.MEMBERS,
    )
    third.tags.add("e-learning")
    closed = WorkspaceFactory(name="Closed pilot", countries=["BJ"])
    services.set_archived(closed, actor=None, archived=True)
    # Last activity: the trainers, the lab, the mutuals, the closed pilot.
    for order, workspace in enumerate([closed, first, second, third]):
        Workspace.objects.filter(pk=workspace.pk).update(
            last_activity=timezone.now() - timezone.timedelta(days=10 - order),
            created=timezone.now() - timezone.timedelta(days=order),
        )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["Trainers' corner", "Pension reform lab", "Mutuals in Benin"]),
        ({"q": "actuarial"}, ["Pension reform lab"]),
        ({"q": "learning"}, ["Trainers' corner"]),
        ({"q": "pension lab"}, ["Pension reform lab"]),
        ({"kind": "research"}, ["Pension reform lab"]),
        ({"country": "sn"}, ["Trainers' corner", "Pension reform lab"]),
        ({"country": "BJ"}, ["Mutuals in Benin"]),
        ({"topic": "pensions"}, ["Pension reform lab"]),
        ({"visibility": "members"}, ["Trainers' corner"]),
        ({"mine": "True"}, ["Mutuals in Benin"]),
        (
            {"archived": "True"},
            ["Trainers' corner", "Pension reform lab", "Mutuals in Benin", "Closed pilot"],
        ),
        ({"archived": "True", "country": "BJ"}, ["Mutuals in Benin", "Closed pilot"]),
        ({"sort": "name"}, ["Mutuals in Benin", "Pension reform lab", "Trainers' corner"]),
        ({"sort": "newest"}, ["Mutuals in Benin", "Pension reform lab", "Trainers' corner"]),
        (
            {"kind": "no-such-kind", "topic": "nope"},
            ["Trainers' corner", "Pension reform lab", "Mutuals in Benin"],
        ),
    ],
)
def test_filters_and_orders(member_client, catalogue, query, expected):
    response = member_client.get(INDEX, query)

    assert names(response) == expected


def test_archived_workspaces_carry_a_badge(client, catalogue):
    page = client.get(INDEX, {"archived": "True"}).content.decode()

    card = page.split("Closed pilot")[1].split("</article>")[0]
    assert "Archived" in visible_text(card)


def test_anonymous_visitors_are_not_offered_visibility_or_mine(client, catalogue):
    page = client.get(INDEX).content.decode()

    assert 'name="visibility"' not in page and 'name="mine"' not in page
    assert 'name="archived"' in page and 'name="q"' in page
    # Only the countries of the workspaces they see are offered.
    options = re.findall(
        r'<option value="([A-Z]{2})"', page.split('name="country"')[1].split("</select>")[0]
    )
    assert options == ["BJ", "ML", "SN"]


def test_twenty_a_page(client):
    for number in range(21):
        WorkspaceFactory(name=f"Workspace {number:02}")

    first = client.get(INDEX, {"sort": "name"})
    second = client.get(INDEX, {"sort": "name", "page": 2})

    assert len(names(first)) == 20
    assert names(second) == ["Workspace 20"]
    assert "21 workspaces" in text(first)
    assert 'href="?sort=name&amp;page=2"' in first.content.decode()


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_list_costs_the_same_queries_for_one_or_fifteen_workspaces(
    client, member, signed_in, django_assert_num_queries
):
    if signed_in:
        client.force_login(member)
    topic = TopicFactory()
    WorkspaceFactory(name="Only one", owner=member).topics.add(topic)
    client.get(INDEX)  # the session and site caches settle
    queries = 10 if signed_in else 6
    with django_assert_num_queries(queries):
        client.get(INDEX)

    for _ in range(14):
        workspace = WorkspaceFactory(countries=["SN", "BJ"], owner=UserFactory())
        workspace.tags.add("mutuals")
        activity.record(workspace, actor=member, verb=Activity.Verb.UPDATED)
    with django_assert_num_queries(queries):
        response = client.get(INDEX)
    assert len(names(response)) == 15


def test_the_directory_renders_in_french(client, catalogue):
    response = client.get("/fr/workspaces/")

    assert response.status_code == 200
    assert '<html lang="fr">' in response.content.decode()
    assert "Pension reform lab" in names(response)


# --- The administrators' list in Wagtail's admin -------------------------------------------


def test_administrators_list_every_workspace_in_the_admin(client, visibilities):
    admin = UserFactory()
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    client.force_login(admin)

    listing = text(client.get(ADMIN_LIST))
    private = text(client.get(ADMIN_LIST, {"visibility": "private"}))

    assert "Secret cell" in listing and "Open observatory" in listing
    assert "Private: only its members may read it" in listing
    assert "Secret cell" in private and "Open observatory" not in private
    # Nothing is added or changed there: a name opens the inspect page, which links to
    # the portal page.
    secret = Workspace.objects.get(name="Secret cell")
    assert f'href="{ADMIN_LIST}inspect/{secret.pk}/"' in client.get(ADMIN_LIST).content.decode()
    inspect = client.get(f"{ADMIN_LIST}inspect/{secret.pk}/")
    assert "Private: only its members may read it" in text(inspect)
    assert "Countries Benin, Togo" in text(inspect)
    assert f'href="/en/workspaces/{secret.slug}/"' in inspect.content.decode()
    assert client.get(f"{ADMIN_LIST}edit/{secret.pk}/").status_code in (302, 403)
    assert f"{ADMIN_LIST}new/" not in client.get(ADMIN_LIST).content.decode()


def test_editors_have_no_access_to_the_workspaces_admin(editor_client, visibilities):
    response = editor_client.get(ADMIN_LIST, follow=True)

    assert "Secret cell" not in response.content.decode()
    assert "Sorry, you do not have permission to access this area." in text(response)
