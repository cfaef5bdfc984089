"""Searching inside one workspace: every word must occur, in the blog posts and their
comments, the wiki pages, the documents (title, description, current file name), the
discussions and their replies, and the events; results grouped by kind, newest first,
never from another workspace, in a number of queries that does not grow with the hits."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import (
    DocumentFactory,
    EventFactory,
    PostCommentFactory,
    PostFactory,
    ReplyFactory,
    ThreadFactory,
    WikiPageFactory,
    WorkspaceFactory,
    add_member,
    add_version,
)
from workspaces.bodies import render
from workspaces.models import Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def workspace(member, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return WorkspaceFactory(name="Coastal mutuals", slug="coastal-mutuals", owner=member)


def search_url(workspace, query: str | None = None) -> str:
    address = reverse("workspaces:search", kwargs={"slug": workspace.slug})
    return address if query is None else f"{address}?q={query}"


def text(response) -> str:
    return visible_text(response)


def section(page: str, title: str, following: str | None = None) -> str:
    """The results under the heading ``title`` (the last time it is on the page: the list
    of kinds at the top names them too), up to the heading ``following``."""
    part = page.rsplit(f"{title} ", 1)[1]
    return part.split(following, 1)[0] if following else part


def post_with(workspace, author, title, body="Nothing to see.", **kwargs):
    return PostFactory(
        workspace=workspace, author=author, title=title, body=body, body_html=render(body), **kwargs
    )


@pytest.fixture
def everything(workspace, member):
    """The word "mangrove" in each kind of content, in each of its texts."""
    now = timezone.now()
    found = {
        "post": post_with(
            workspace,
            member,
            "Mangrove cooperatives pay in kind",
            created=now - dt.timedelta(days=3),
        ),
        "post by body": post_with(
            workspace,
            member,
            "Weekly premiums",
            "Fishers of the **mangrove** pay every week.",
            created=now - dt.timedelta(days=5),
        ),
        "wiki": WikiPageFactory(
            workspace=workspace,
            created_by=member,
            title="Enrolment guide",
            body="## Villages\n\nStart with the mangrove villages.",
            body_html=render("## Villages\n\nStart with the mangrove villages."),
        ),
        "thread": ThreadFactory(
            workspace=workspace, author=member, title="Premiums in the mangrove"
        ),
        "event": EventFactory(
            workspace=workspace, title="Field visit", location="Mangrove village hall"
        ),
    }
    found["comment"] = PostCommentFactory(
        post=post_with(workspace, member, "Radio spots"),
        author=member,
        body="In the mangrove villages radio does not reach.",
    )
    found["reply"] = ReplyFactory(
        thread=ThreadFactory(workspace=workspace, author=member, title="Paying after harvest"),
        author=member,
        body="Mangrove fishers have no harvest.",
        body_html=render("Mangrove fishers have no harvest."),
    )
    document = DocumentFactory(
        workspace=workspace, created_by=member, title="Household survey", description=""
    )
    add_version(document, b"%PDF-1.4 survey", name="mangrove-survey-2025.pdf")
    found["document"] = document
    # A document whose earlier version had the word in its file name: not found.
    renamed = DocumentFactory(workspace=workspace, created_by=member, title="Budget")
    add_version(renamed, b"%PDF-1.4 a", name="old-mangrove.pdf")
    add_version(renamed, b"%PDF-1.4 b", name="budget-2026.pdf")
    return found


def test_every_kind_of_content_is_found_and_grouped(client, workspace, everything):
    response = client.get(search_url(workspace, "mangrove"))

    page = text(response)
    html = response.content.decode()
    assert "8 results for “mangrove”" in page
    blog = section(page, "Blog 3", "Wiki pages")
    assert blog.index("Mangrove cooperatives pay in kind") < blog.index("Weekly premiums")
    assert "Comment on “Radio spots”" in blog
    assert "In the mangrove villages radio does not reach." in blog
    assert "Fishers of the mangrove pay every week." in blog  # plain text, no Markdown
    assert "Enrolment guide" in section(page, "Wiki pages 1", "Documents")
    assert "Household survey" in section(page, "Documents 1", "Discussions")
    assert "Budget" not in page
    discussions = section(page, "Discussions 2", "Events")
    assert "Premiums in the mangrove" in discussions
    assert "Reply in “Paying after harvest”" in discussions
    assert "Field visit" in section(page, "Events 1")
    for kind, obj in everything.items():
        if kind == "comment":
            address = f"{obj.post.get_absolute_url()}#comment-{obj.pk}"
        elif kind == "reply":
            address = f"{obj.thread.get_absolute_url()}#reply-{obj.pk}"
        else:
            address = obj.get_absolute_url()
        assert f'href="{address}"' in html, kind


def test_every_word_must_match(client, workspace, member):
    post_with(workspace, member, "Mangrove premiums", "Paid in cash.")
    post_with(workspace, member, "Mangrove premiums in kind", "Paid with cassava.")
    post_with(workspace, member, "Cassava farmers", "Inland.")

    page = text(client.get(search_url(workspace, "CASSAVA mangrove")))

    assert "1 result for “CASSAVA mangrove”" in page
    assert "Mangrove premiums in kind" in page
    assert "Cassava farmers" not in page
    assert "Mangrove premiums Paid in cash" not in page


def test_nothing_from_another_workspace(client, workspace, member, everything):
    elsewhere = WorkspaceFactory(name="Inland pensions", owner=member)
    post_with(elsewhere, member, "Mangrove pensions elsewhere")
    EventFactory(workspace=elsewhere, title="Mangrove fair elsewhere")

    page = text(client.get(search_url(workspace, "mangrove")))

    assert "elsewhere" not in page
    assert "8 results" in page


def test_nothing_found_says_so(client, workspace, everything):
    page = text(client.get(search_url(workspace, "volcano")))

    assert "0 results for “volcano”" in page
    assert "Nothing in this workspace contains all these words." in page


def test_without_words_the_page_explains_what_it_searches(client, workspace, everything):
    for address in (
        search_url(workspace),
        search_url(workspace, "  "),
        search_url(workspace, "!!"),
    ):
        page = text(client.get(address))
        assert "Type a few words to find them in the blog posts" in page
        assert "results for" not in page


def test_the_excerpt_shows_where_the_word_is(client, workspace, member):
    body = " ".join(["Introduction about premiums."] * 20) + " The mangrove fishers pay weekly."
    post_with(workspace, member, "A long report", body)

    page = text(client.get(search_url(workspace, "mangrove")))

    assert "…" in page
    assert "The mangrove fishers pay weekly." in page


def test_the_number_of_queries_does_not_grow_with_the_hits(
    client, workspace, member, everything, django_assert_num_queries
):
    client.force_login(member)
    client.get(search_url(workspace, "mangrove"))
    with CaptureQueriesContext(connection) as few:
        client.get(search_url(workspace, "mangrove"))
    for n in range(6):
        post_with(workspace, member, f"Mangrove note {n}")
        PostCommentFactory(post=everything["post"], author=member, body=f"mangrove {n}")
        ThreadFactory(workspace=workspace, author=member, title=f"Mangrove question {n}")
        ReplyFactory(thread=everything["thread"], author=member, body=f"Mangrove answer {n}")
        EventFactory(workspace=workspace, title=f"Mangrove meeting {n}")
        WikiPageFactory(workspace=workspace, created_by=member, title=f"Mangrove page {n}")
        DocumentFactory(workspace=workspace, created_by=member, title=f"Mangrove doc {n}")

    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(search_url(workspace, "mangrove"))

    assert "50 results for “mangrove”" in text(response)


def test_many_hits_are_cut_with_a_hint(client, workspace, member):
    for n in range(22):
        EventFactory(workspace=workspace, title=f"Mangrove meeting {n}")

    page = text(client.get(search_url(workspace, "mangrove")))

    assert "20 results for “mangrove”" in page
    assert "Only the most recent results are shown here: add a word to find fewer." in page


def test_a_private_workspace_s_search_is_not_found_for_outsiders(client, workspace, everything):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    client.force_login(UserFactory())

    response = client.get(search_url(workspace, "mangrove"))

    assert response.status_code == 404
    assert "Mangrove" not in response.content.decode()


def test_a_members_only_workspace_s_search_asks_to_sign_in(client, workspace, everything):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.MEMBERS)

    response = client.get(search_url(workspace, "mangrove"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_workspace_s_search_is_kept_private_when_the_workspace_is(
    client, workspace, member, everything
):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.MEMBERS)
    add_member(workspace, other := UserFactory())
    client.force_login(other)

    response = client.get(search_url(workspace, "mangrove"))

    assert "private" in response["Cache-Control"]
    assert "Household survey" in text(response)
