"""What members wrote, on the portal-wide search page (/search/): posts, wiki pages,
discussions, documents and events of the workspaces the searcher may read, each hit
naming its workspace. A private workspace's content never reaches anyone outside it."""

import datetime as dt
import re

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from core.search import providers
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import (
    DocumentFactory,
    EventFactory,
    PostFactory,
    ThreadFactory,
    WikiPageFactory,
    WorkspaceFactory,
    add_member,
)
from workspaces.models import Workspace
from workspaces.search import content_search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PUBLIC_NAME = "Open observatory of mutuals"
MEMBERS_NAME = "Portal circle on pensions"
PRIVATE_NAME = "Closed cell on floors"


@pytest.fixture
def spaces(member, other_member, settings, tmp_path):
    """One workspace per visibility, each with a post, a wiki page, a discussion, a
    document and an event about baobabs; ``member`` is in the private one."""
    settings.MEDIA_ROOT = tmp_path
    made = {}
    for name, visibility in (
        (PUBLIC_NAME, Workspace.Visibility.PUBLIC),
        (MEMBERS_NAME, Workspace.Visibility.MEMBERS),
        (PRIVATE_NAME, Workspace.Visibility.PRIVATE),
    ):
        workspace = WorkspaceFactory(name=name, visibility=visibility, owner=other_member)
        word = name.split()[0]  # Open, Portal, Closed
        now = timezone.now()
        PostFactory(
            workspace=workspace,
            title=f"{word} post on baobab premiums",
            created=now - dt.timedelta(days=1),
        )
        WikiPageFactory(
            workspace=workspace,
            created_by=None,
            title=f"{word} wiki guide",
            body="Baobab villages first.",
            updated=now - dt.timedelta(days=2),
        )
        ThreadFactory(workspace=workspace, title=f"{word} baobab question")
        DocumentFactory(
            workspace=workspace, title=f"{word} baobab survey", updated=now - dt.timedelta(days=3)
        )
        EventFactory(workspace=workspace, title=f"{word} meeting", location="Baobab hall")
        made[visibility] = workspace
    add_member(made[Workspace.Visibility.PRIVATE], member)
    return made


def search(client, query: str = "baobab", kind: str = "") -> str:
    """The search page's HTML."""
    address = f"{reverse('core:search')}?q={query}" + (f"&kind={kind}" if kind else "")
    response = client.get(address)
    assert response.status_code == 200
    return response.content.decode()


def content_section(html: str) -> str:
    """The text of the "Workspace content" results."""
    match = re.search(r'<section[^>]*id="results-workspace-content".*?</section>', html, re.S)
    assert match, "no Workspace content section"
    return visible_text(match.group(0))


def admin_user():
    admin = UserFactory()
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    return admin


def test_the_provider_comes_right_after_the_workspaces():
    keys = [provider.key for provider in providers()]

    assert keys[keys.index("workspaces") + 1] == "workspace-content"
    content = next(p for p in providers() if p.key == "workspace-content")
    assert str(content.label) == "Workspace content"


def test_an_anonymous_visitor_finds_the_public_workspace_s_content(client, spaces):
    html = search(client, kind="workspace-content")

    page, results = visible_text(html), content_section(html)
    assert "5 results" in page
    for title in (
        "Open post on baobab premiums",
        "Open wiki guide",
        "Open baobab question",
        "Open baobab survey",
        "Open meeting",
    ):
        assert title in results
    assert f"Blog post · {PUBLIC_NAME} ·" in results
    assert f"Event · {PUBLIC_NAME} ·" in results
    assert "Portal" not in results
    assert "Closed" not in page
    assert PRIVATE_NAME not in page


def test_a_hit_links_to_the_content_in_its_workspace(client, spaces):
    public = spaces[Workspace.Visibility.PUBLIC]
    post = public.posts.get()

    response = client.get(f"{reverse('core:search')}?q=baobab+premiums")

    assert f'href="{post.get_absolute_url()}"' in response.content.decode()


def test_a_signed_in_outsider_also_finds_the_members_only_workspace(client, spaces):
    client.force_login(UserFactory())

    page = visible_text(search(client, kind="workspace-content"))

    assert "10 results" in page
    assert "Portal wiki guide" in page
    assert f"Wiki page · {MEMBERS_NAME} ·" in page
    assert "Closed" not in page
    assert PRIVATE_NAME not in page


def test_a_private_workspace_s_content_is_found_by_its_members_only(client, spaces, member):
    client.force_login(member)

    page = visible_text(search(client, kind="workspace-content"))

    assert "15 results" in page
    assert "Closed baobab survey" in page
    assert f"Document · {PRIVATE_NAME} ·" in page


def test_a_site_administrator_finds_everything(client, spaces):
    client.force_login(admin_user())

    assert "15 results" in visible_text(search(client, kind="workspace-content"))


def test_the_page_of_every_kind_shows_the_first_hits_and_the_count(client, spaces, member):
    client.force_login(member)

    html = search(client)

    results = content_section(html)
    assert "Workspace content 15" in results
    assert "See all 15 results in Workspace content" in results
    # The latest first, five of them: the events (next week), then today's discussions.
    assert results.count("meeting") == 3
    assert results.index("meeting") < results.index("baobab question")
    assert "post on baobab premiums" not in results


def test_every_word_must_match(spaces):
    answer = content_search("baobab survey closed", AnonymousUser(), 10)

    assert answer.count == 0
    answer = content_search("baobab survey open", AnonymousUser(), 10)
    assert [hit.title for hit in answer.hits] == ["Open baobab survey"]


def test_without_words_nothing_is_searched(spaces, django_assert_num_queries):
    with django_assert_num_queries(0):
        answer = content_search("  ", AnonymousUser(), 5)

    assert (answer.count, answer.hits) == (0, [])


def test_the_number_of_queries_does_not_grow_with_the_hits(
    spaces, member, django_assert_num_queries
):
    content_search("baobab", member, 50)  # the member's permissions are cached after
    with CaptureQueriesContext(connection) as few:
        content_search("baobab", member, 50)
    for workspace in spaces.values():
        for n in range(4):
            PostFactory(workspace=workspace, title=f"Baobab note {n}")
            EventFactory(workspace=workspace, title=f"Baobab day {n}")

    with django_assert_num_queries(len(few.captured_queries)):
        answer = content_search("baobab", member, 50)

    assert answer.count == 39
    assert len(answer.hits) == 39
