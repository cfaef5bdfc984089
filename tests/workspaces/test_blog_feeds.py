"""The RSS feeds of workspace blogs: what a feed reader gets, without ever signing in.
Only public workspaces have one; nothing of the others ever appears in any feed."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from tests.workspaces.factories import PostFactory, WorkspaceFactory, add_member
from workspaces import blog, services
from workspaces.models import Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
Visibility = Workspace.Visibility


@pytest.fixture
def author(db):
    return UserFactory(email="mia@example.org", display_name="Mia Member")


@pytest.fixture
def workspaces(author) -> dict:
    made = {
        Visibility.PUBLIC: WorkspaceFactory(
            name="Open observatory", slug="open-observatory", owner=author
        ),
        Visibility.MEMBERS: WorkspaceFactory(
            name="Portal circle", slug="portal-circle", visibility=Visibility.MEMBERS, owner=author
        ),
        Visibility.PRIVATE: WorkspaceFactory(
            name="Closed cell", slug="closed-cell", visibility=Visibility.PRIVATE, owner=author
        ),
    }
    return made


def feed_url(workspace: Workspace) -> str:
    return reverse("workspaces:feed", kwargs={"slug": workspace.slug})


def fetch(address: str, user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(address)
    assert response.status_code == 200, response.content[:500]
    root = ET.fromstring(response.content)  # noqa: S314 -- the portal's own response
    return response, root


def items(channel) -> list[dict]:
    return [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "description": item.findtext("description"),
            "creator": item.findtext(DC_CREATOR),
            "category": [category.text for category in item.findall("category")],
            "pubDate": item.findtext("pubDate"),
        }
        for item in channel.iter("item")
    ]


def test_a_public_workspace_feed_carries_its_posts_newest_first(workspaces, author):
    workspace = workspaces[Visibility.PUBLIC]
    when = timezone.now().replace(microsecond=0)
    older = PostFactory(
        workspace=workspace,
        author=author,
        title="First steps",
        created=when - timedelta(days=2),
        updated=when - timedelta(days=2),
    )
    newer = blog.create_post(
        workspace,
        author=author,
        title="Enrolment doubled",
        body='**Good** news <script>alert(1)</script><a href="javascript:x()">link</a>',
    )
    PostFactory(workspace=WorkspaceFactory(name="Another open one"), title="Someone else's")

    response, root = fetch(feed_url(workspace))

    assert response["Content-Type"].startswith("application/rss+xml")
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") == "Open observatory · blog"
    assert channel.findtext("link") == "http://testserver/en/workspaces/open-observatory/blog/"
    assert channel.findtext("language") == "en"
    found = items(channel)
    assert [item["title"] for item in found] == ["Enrolment doubled", "First steps"]
    assert [item["link"] for item in found] == [
        f"http://testserver{newer.get_absolute_url()}",
        f"http://testserver{older.get_absolute_url()}",
    ]
    assert found[0]["creator"] == "Mia Member"
    assert found[0]["description"] == (
        '<p><strong>Good</strong> news <a rel="nofollow noopener noreferrer">link</a></p>'
    )
    assert parsedate_to_datetime(found[1]["pubDate"]) == when - timedelta(days=2)
    assert b"mia@example.org" not in response.content
    assert b"alert" not in response.content and b"javascript" not in response.content


def test_the_feed_keeps_the_twenty_latest_posts(workspaces, author):
    workspace = workspaces[Visibility.PUBLIC]
    start = timezone.now() - timedelta(days=40)
    for number in range(25):
        PostFactory(
            workspace=workspace,
            author=author,
            title=f"Note {number:02d}",
            created=start + timedelta(days=number),
        )

    _, root = fetch(feed_url(workspace))

    titles = [item["title"] for item in items(root.find("channel"))]
    assert titles == [f"Note {number:02d}" for number in range(24, 4, -1)]


@pytest.mark.parametrize("visibility", [Visibility.MEMBERS, Visibility.PRIVATE])
def test_a_workspace_not_public_has_no_feed_even_for_its_members(workspaces, author, visibility):
    workspace = workspaces[visibility]
    PostFactory(workspace=workspace, author=author, title="Inside plans")

    for user in (None, author):
        client = Client()
        if user:
            client.force_login(user)
        response = client.get(feed_url(workspace))
        missing = client.get(reverse("workspaces:feed", kwargs={"slug": "no-such-workspace"}))
        assert response.status_code == missing.status_code == 404
        assert b"Inside plans" not in response.content
        assert workspace.name.encode() not in response.content


def test_the_feed_of_a_workspace_made_private_stops_at_once(workspaces, author):
    workspace = workspaces[Visibility.PUBLIC]
    PostFactory(workspace=workspace, author=author, title="Was public")
    fetch(feed_url(workspace))

    Workspace.objects.filter(pk=workspace.pk).update(visibility=Visibility.PRIVATE)

    response = Client().get(feed_url(workspace))

    assert response.status_code == 404
    assert b"Was public" not in response.content


def test_the_portal_feed_carries_public_posts_only(workspaces, author):
    PostFactory(workspace=workspaces[Visibility.PUBLIC], author=author, title="Open news")
    PostFactory(workspace=workspaces[Visibility.MEMBERS], author=author, title="Members' news")
    PostFactory(workspace=workspaces[Visibility.PRIVATE], author=author, title="Secret news")
    archived = WorkspaceFactory(name="Finished project", owner=author)
    PostFactory(workspace=archived, author=author, title="Final report")
    services.set_archived(archived, actor=author, archived=True)

    for user in (None, author):  # the same for the members of every workspace
        response, root = fetch(reverse("workspaces:posts-feed"), user)
        channel = root.find("channel")
        assert channel.findtext("title") == "GESS · blog posts from the workspaces"
        found = items(channel)
        assert sorted(item["title"] for item in found) == ["Final report", "Open news"]
        assert {item["category"][0] for item in found} == {"Open observatory", "Finished project"}
        for hidden in (b"Members' news", b"Secret news", b"Portal circle", b"Closed cell"):
            assert hidden not in response.content
        for workspace in (workspaces[Visibility.MEMBERS], workspaces[Visibility.PRIVATE]):
            assert workspace.slug.encode() not in response.content


def test_the_portal_feed_keeps_the_thirty_latest(author):
    workspace = WorkspaceFactory(owner=author)
    start = timezone.now() - timedelta(days=40)
    for number in range(32):
        PostFactory(
            workspace=workspace, title=f"N{number:02d}", created=start + timedelta(days=number)
        )

    _, root = fetch(reverse("workspaces:posts-feed"))

    titles = [item["title"] for item in items(root.find("channel"))]
    assert titles == [f"N{number:02d}" for number in range(31, 1, -1)]


def test_feeds_may_be_kept_by_shared_caches(workspaces):
    for address in (feed_url(workspaces[Visibility.PUBLIC]), reverse("workspaces:posts-feed")):
        response, _ = fetch(address)
        assert "public" in response["Cache-Control"]
        assert "max-age=900" in response["Cache-Control"]
        assert "private" not in response["Cache-Control"]


def test_a_feed_costs_the_same_for_3_and_20_posts(workspaces, author):
    workspace = workspaces[Visibility.PUBLIC]
    other = UserFactory(display_name="Carlos Rojas")
    add_member(workspace, other)

    def count(total: int) -> int:
        workspace.posts.all().delete()
        for number in range(total):
            PostFactory(workspace=workspace, author=(author, other)[number % 2])
        Client().get(feed_url(workspace))  # the site cached
        with CaptureQueriesContext(connection) as queries:
            Client().get(feed_url(workspace))
            Client().get(reverse("workspaces:posts-feed"))
        return len(queries)

    assert count(3) == count(20)
