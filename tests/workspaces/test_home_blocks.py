"""The home page's workspace blocks: "Latest blog posts from workspaces" and "Last updated
workspaces". Each visitor sees only what they may read, whoever came before them, and the
blocks cost the same number of queries however many posts there are."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format

from accounts import roles
from tests.accounts.helpers import html, section_text, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import PostFactory, WorkspaceFactory, add_member
from workspaces import blog
from workspaces.models import Post, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

HOME = "/en/"
Visibility = Workspace.Visibility


@pytest.fixture
def cast(db) -> dict:
    admin = UserFactory(display_name="Ada Admin")
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    return {
        "anonymous": None,
        "outsider": UserFactory(display_name="Oscar Outsider"),
        "member": UserFactory(display_name="Mia Member"),
        "admin": admin,
    }


@pytest.fixture
def posts(cast) -> dict:
    """A post in a public, a members-only and a private workspace, newest last."""
    made = {}
    for days, (visibility, name, title) in enumerate(
        [
            (Visibility.PUBLIC, "Open observatory", "Open post on mutuals"),
            (Visibility.MEMBERS, "Portal circle", "Members-only post on pensions"),
            (Visibility.PRIVATE, "Closed cell", "Private post on the floor"),
        ]
    ):
        workspace = WorkspaceFactory(name=name, visibility=visibility, owner=cast["member"])
        made[visibility] = PostFactory(
            workspace=workspace,
            author=cast["member"],
            title=title,
            created=timezone.now() - timezone.timedelta(days=3 - days),
        )
    return made


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def posts_block(response) -> str:
    return section_text(response, "latest-workspace-posts")


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", ["Open post on mutuals"]),
        ("outsider", ["Members-only post on pensions", "Open post on mutuals"]),
        (
            "member",
            [
                "Private post on the floor",
                "Members-only post on pensions",
                "Open post on mutuals",
            ],
        ),
        (
            "admin",
            [
                "Private post on the floor",
                "Members-only post on pensions",
                "Open post on mutuals",
            ],
        ),
    ],
)
def test_the_home_page_shows_the_posts_the_visitor_may_read(cast, posts, who, expected):
    response = client_for(cast[who]).get(HOME)

    text = posts_block(response)
    assert text.startswith("Latest blog posts from workspaces")
    shown = [
        title for title in (p.title for p in Post.objects.order_by("-created")) if title in text
    ]
    assert shown == expected
    if "Private post on the floor" not in expected:
        page = html(response)
        assert "Closed cell" not in page and "Private post on the floor" not in page
        assert posts[Visibility.PRIVATE].get_absolute_url() not in page


def test_a_private_post_never_reaches_the_next_visitor(cast, posts):
    """The page is built for each visitor: what a member saw is not served to the next."""
    member_page = client_for(cast["member"]).get(HOME)
    assert "Private post on the floor" in posts_block(member_page)
    assert "Cookie" in member_page.get("Vary", "")
    assert "public" not in member_page.get("Cache-Control", "")

    for who in ("anonymous", "outsider", "anonymous"):
        page = html(client_for(cast[who]).get(HOME))
        assert "Private post on the floor" not in page
        assert "Closed cell" not in page


def test_each_post_links_to_itself_and_its_workspace_with_author_and_date(cast, posts):
    post = posts[Visibility.PUBLIC]

    response = client_for(None).get(HOME)

    page = html(response)
    assert f'<a href="{post.get_absolute_url()}">Open post on mutuals</a>' in page
    assert f'<a href="{post.workspace.get_absolute_url()}">Open observatory</a>' in page
    date = date_format(timezone.localtime(post.created), "DATE_FORMAT")
    assert f"Open post on mutuals Open observatory · Mia Member · {date}" in posts_block(response)


def test_the_home_page_has_no_post_block_when_there_is_no_post(cast):
    WorkspaceFactory(name="Quiet workspace")

    response = client_for(None).get(HOME)

    assert "Latest blog posts from workspaces" not in visible_text(response)
    assert "Quiet workspace" in section_text(response, "last-updated-workspaces")


def test_the_home_page_shows_the_last_updated_workspaces_the_visitor_may_see(cast, posts):
    anonymous = section_text(client_for(None).get(HOME), "last-updated-workspaces")
    member = section_text(client_for(cast["member"]).get(HOME), "last-updated-workspaces")

    assert anonymous.startswith("Last updated workspaces")
    assert "Open observatory" in anonymous
    assert "Portal circle" not in anonymous and "Closed cell" not in anonymous
    assert all(name in member for name in ("Open observatory", "Portal circle", "Closed cell"))


def test_latest_posts_keeps_five_in_one_query(cast, django_assert_num_queries):
    workspace = WorkspaceFactory(owner=cast["member"])
    for number in range(7):
        PostFactory(
            workspace=workspace,
            author=cast["member"],
            title=f"Note {number}",
            created=timezone.now() - timezone.timedelta(hours=number),
        )

    with django_assert_num_queries(1):
        found = blog.latest_posts(AnonymousUser())
        html_block = render_to_string("workspaces/blocks/latest_posts.html", {"posts": found})

    assert [post.title for post in found] == [f"Note {number}" for number in range(5)]
    assert "Mia Member" in html_block and workspace.name in html_block


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_the_home_page_costs_the_same_for_3_and_12_posts(cast, who):
    client = client_for(cast[who])
    writers = [cast["member"], UserFactory(display_name="Carlos Rojas")]

    def count(total: int) -> int:
        Post.objects.all().delete()
        for number in range(total):
            workspace = WorkspaceFactory(
                visibility=(Visibility.PUBLIC, Visibility.PRIVATE)[number % 2],
                owner=cast["member"],
            )
            add_member(workspace, writers[1])
            PostFactory(workspace=workspace, author=writers[number % 2])
        client.get(HOME)  # the site root paths cached, as on a running site
        with CaptureQueriesContext(connection) as queries:
            response = client.get(HOME)
        assert "Latest blog posts from workspaces" in visible_text(response)
        return len(queries)

    assert count(3) == count(12)
