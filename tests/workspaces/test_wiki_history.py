"""A wiki page's history: every save is a numbered version, listed newest first with who
saved it, when and why; two versions compare line by line (removed and added lines,
changed words marked, the text escaped); an old version shows as it read, and restoring
it saves a new version, so that no version is ever lost."""

import html as html_module
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import wiki
from workspaces.models import Activity, WikiPage, WikiRevision

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

FIRST = "## Before the campaign\n\nMeet the village chief.\nVisit the health centre."
SECOND = "## Before the campaign\n\nMeet the village chief and the imam.\nTrain peer educators."


@pytest.fixture
def workspace(member, other_member):
    workspace = WorkspaceFactory(name="Health mutuals of Borgou", owner=member)
    add_member(workspace, other_member)
    return workspace


@pytest.fixture
def guide(workspace, member, other_member) -> WikiPage:
    """Version 1 by Aminata, version 2 by Carlos ("Added the imam")."""
    guide = wiki.create_page(workspace, author=member, title="Enrolment guide", body=FIRST)
    return wiki.save_page(
        guide,
        author=other_member,
        base_version=1,
        title="Enrolment guide",
        body=SECOND,
        parent=None,
        comment="Added the imam",
    )


def page_url(name: str, page, **kwargs) -> str:
    return reverse(
        f"workspaces:{name}", kwargs={"slug": page.workspace.slug, "pk": page.pk, **kwargs}
    )


def rows_of(html: str, kind: str) -> list[str]:
    """The text of the diff's rows of one kind ("removed", "added", "same", "skip")."""
    pattern = rf'<tr class="diff-{kind}">(.*?)</tr>'
    if kind == "skip":
        return [visible_text(row) for row in re.findall(pattern, html, re.S)]
    cells = [
        re.search(r'<td class="diff-text">(.*?)</td>', row, re.S).group(1)
        for row in re.findall(pattern, html, re.S)
    ]
    return [html_module.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in cells]


def state(page) -> tuple:
    page = WikiPage.objects.get(pk=page.pk)
    return (
        page.title,
        page.body,
        page.version,
        list(page.revisions.values_list("number", "title", "body", "restored_from")),
    )


# --- Versions ---------------------------------------------------------------------------------


def test_each_save_is_a_version_of_the_history_newest_first(client, guide, member):
    client.force_login(member)
    client.post(
        page_url("wiki-edit", guide),
        {"title": "Enrolment guide", "body": SECOND + "\nSign the register.", "base_version": 2},
    )

    response = client.get(page_url("wiki-history", guide))

    text = visible_text(response)
    assert "The page has 3 versions, the latest first." in text
    assert re.search(
        r"Version 3 \(current\) .+ Aminata Diallo .*"
        r"Version 2 .+ Carlos Rojas Added the imam .*"
        r"Version 1 .+ Aminata Diallo",
        text,
    ), text
    html = response.content.decode()
    for number in (1, 2, 3):
        assert page_url("wiki-revision", guide, number=number) in html
    assert f'action="{page_url("wiki-diff", guide)}"' in html
    assert re.search(r'name="from" value="2"[^>]*checked', html)
    assert re.search(r'name="to" value="3"[^>]*checked', html)


def test_saving_without_a_change_saves_no_version_and_says_so(client, guide, member):
    client.force_login(member)

    response = client.post(
        page_url("wiki-edit", guide),
        {"title": "Enrolment guide", "body": SECOND.replace("\n", "\r\n"), "base_version": 2},
        follow=True,
    )

    assert "You changed nothing, so no new version was saved." in visible_text(response)
    assert state(guide)[2] == 2
    assert guide.revisions.count() == 2
    assert not Activity.objects.filter(verb=Activity.Verb.PAGE_EDITED, actor=member).exists()


def test_the_history_costs_the_same_queries_for_3_or_15_versions(
    client, workspace, guide, member, other_member
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page_url("wiki-history", guide))
        assert response.status_code == 200
        return len(captured)

    authors = [member, other_member, UserFactory(display_name="Rosa Third")]
    add_member(workspace, authors[2])
    wiki.save_page(
        guide, author=authors[2], base_version=2, title="Guide", body="Three", parent=None
    )
    client.force_login(member)
    queries()  # the first request of a session fills caches
    three = queries()
    for number in range(4, 16):
        wiki.save_page(
            guide,
            author=authors[number % 3],
            base_version=number - 1,
            title="Guide",
            body=f"Text number {number}",
            parent=None,
        )

    assert queries() == three
    text = visible_text(client.get(page_url("wiki-history", guide)))
    assert "The page has 15 versions" in text
    assert "Version 15" in text
    assert "Rosa Third" in text


# --- Comparing --------------------------------------------------------------------------------


def test_the_diff_shows_removed_and_added_lines_and_the_changed_words(client, guide):
    response = client.get(page_url("wiki-diff", guide) + "?from=1&to=2")

    html = response.content.decode()
    assert rows_of(html, "removed") == ["Meet the village chief.", "Visit the health centre."]
    assert rows_of(html, "added") == [
        "Meet the village chief and the imam.",
        "Train peer educators.",
    ]
    assert rows_of(html, "same") == ["## Before the campaign", ""]
    assert "<ins> and the imam</ins>" in html  # the words added within a line
    text = visible_text(response)
    assert re.search(r"Version 1 Saved on .+? by Aminata Diallo\. Version 2 Saved on", text)
    assert re.search(r"Version 2 Saved on .+? by Carlos Rojas\. Added the imam", text)
    assert "Added the imam" in text
    assert "The title changed" not in text


def test_the_diff_reads_the_same_whichever_order_the_versions_are_chosen(client, guide):
    forward = client.get(page_url("wiki-diff", guide) + "?from=1&to=2")
    backward = client.get(page_url("wiki-diff", guide) + "?from=2&to=1")
    default = client.get(page_url("wiki-diff", guide))

    def body(response) -> str:
        return re.search(r"<table.*</table>", response.content.decode(), re.S).group(0)

    assert body(forward) == body(backward) == body(default)


def test_the_diff_escapes_what_members_typed(client, workspace, member):
    guide = wiki.create_page(workspace, author=member, title="Tags", body="Plain line.")
    wiki.save_page(
        guide,
        author=member,
        base_version=1,
        title="<i>Tags</i>",
        body="Plain line.\n<script>alert('x')</script> <b>bold</b>",
        parent=None,
    )

    response = client.get(page_url("wiki-diff", guide) + "?from=1&to=2")

    html = response.content.decode()
    article = html[html.index("<article") :]
    assert "<script>alert" not in article
    assert "<b>bold" not in article
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;" in article
    assert rows_of(html, "added") == ["<script>alert('x')</script> <b>bold</b>"]
    assert "The title changed from “Tags” to “<i>Tags</i>”." in visible_text(response)


def test_a_long_page_shows_only_the_lines_around_a_change(client, workspace, member):
    lines = [f"Line {number}" for number in range(1, 31)]
    guide = wiki.create_page(workspace, author=member, title="Long", body="\n".join(lines))
    lines[14] = "Line 15, corrected"
    wiki.save_page(
        guide, author=member, base_version=1, title="Long", body="\n".join(lines), parent=None
    )

    html = client.get(page_url("wiki-diff", guide)).content.decode()

    assert rows_of(html, "skip") == ["… 11 lines unchanged …", "… 12 lines unchanged …"]
    assert rows_of(html, "same") == [f"Line {n}" for n in (12, 13, 14, 16, 17, 18)]
    assert rows_of(html, "removed") == ["Line 15"]
    assert rows_of(html, "added") == ["Line 15, corrected"]
    assert "<ins>, corrected</ins>" in html


@pytest.mark.parametrize(
    "query", ["?from=1&to=9", "?from=0&to=2", "?from=one&to=2", "?to=7", "?from=-1"]
)
def test_a_version_the_page_has_not_is_not_found(client, guide, query):
    response = client.get(page_url("wiki-diff", guide) + query)

    assert response.status_code == 404
    assert "Enrolment guide" not in response.content.decode()


def test_choosing_the_same_version_twice_says_so(client, guide):
    response = client.get(page_url("wiki-diff", guide) + "?from=2&to=2")

    text = visible_text(response)
    assert (
        "You chose version 2 twice: choose two different versions in the history to see "
        "what changed between them."
    ) in text
    assert page_url("wiki-history", guide) in response.content.decode()


def test_a_page_with_one_version_has_nothing_to_compare(client, workspace, member):
    guide = wiki.create_page(workspace, author=member, title="New", body="Text.")

    response = client.get(page_url("wiki-diff", guide))
    history = visible_text(client.get(page_url("wiki-history", guide)))

    assert "The page has only one version so far: there is nothing to compare yet." in (
        visible_text(response)
    )
    assert "The page has 1 version." in history
    assert "Compare the chosen versions" not in history


def test_the_diff_rows_of_the_service():
    assert wiki.diff("Same\ntext", "Same\r\ntext") == []
    rows = wiki.diff("a\nb\nc", "a\nB\nc\nd")
    assert [(row.kind, row.old, row.new, str(row.html)) for row in rows] == [
        ("same", 1, 1, "a"),
        ("removed", 2, None, "b"),
        ("added", None, 2, "B"),  # one word, nothing alike: the row says it all
        ("same", 3, 3, "c"),
        ("added", None, 4, "d"),
    ]


# --- Old versions and restoring them -------------------------------------------------------


def test_an_old_version_shows_as_it_read_with_what_it_changed(client, guide, member):
    client.force_login(member)

    old = client.get(page_url("wiki-revision", guide, number=1))
    second = client.get(page_url("wiki-revision", guide, number=2))

    text = visible_text(old)
    assert "“Enrolment guide”, version 1" in text
    assert re.search(r"Saved on .+? by Aminata Diallo\.", text)
    assert "This is an earlier version: the page is now at version 2." in text
    assert "<h2>Before the campaign</h2>" in old.content.decode()  # rendered when shown
    assert "Visit the health centre." in text
    assert "The page was created with this text." in text
    assert "Restore this version" in text
    assert page_url("wiki-revert", guide, number=1) in old.content.decode()

    second_text = visible_text(second)
    assert "This is the current version." in second_text
    assert "What changed since version 1" in second_text
    assert rows_of(second.content.decode(), "removed") == [
        "Meet the village chief.",
        "Visit the health centre.",
    ]
    assert "Restore this version" not in second_text


def test_an_old_version_is_rendered_safely_whenever_it_was_saved(client, workspace, member):
    guide = wiki.create_page(workspace, author=member, title="Old", body="Fine.")
    WikiRevision.objects.filter(page=guide, number=1).update(
        body='<script>alert(1)</script><a href="javascript:steal()">x</a> **kept**'
    )

    html = client.get(page_url("wiki-revision", guide, number=1)).content.decode()

    article = html[html.index("<article") :]
    assert "<strong>kept</strong>" in article
    assert "<script>alert" not in article
    assert "javascript:" not in article


def test_readers_who_are_not_members_may_not_restore(client, guide):
    client.force_login(UserFactory(email="oscar@example.org"))
    before = state(guide)

    shown = client.get(page_url("wiki-revision", guide, number=1))
    refused = client.post(page_url("wiki-revert", guide, number=1))

    assert "Visit the health centre." in visible_text(shown)
    assert "Restore this version" not in visible_text(shown)
    assert refused.status_code == 403
    assert state(guide) == before


def test_restoring_an_old_version_saves_it_as_a_new_one(client, guide, other_member):
    client.force_login(other_member)

    response = client.post(page_url("wiki-revert", guide, number=1))

    assert response["Location"] == page_url("wiki-page", guide)
    shown = client.get(response["Location"])
    text = visible_text(shown)
    assert "Version 1 is restored: it is now version 3." in text
    assert "Visit the health centre." in text
    assert "imam" not in text
    assert "Last edited by Carlos Rojas on" in text
    restored = WikiRevision.objects.get(page=guide, number=3)
    assert (restored.body, restored.restored_from, restored.author) == (FIRST, 1, other_member)
    assert WikiPage.objects.get(pk=guide.pk).body == FIRST
    assert guide.revisions.count() == 3  # versions 1 and 2 are still there
    [reverted] = Activity.objects.filter(verb=Activity.Verb.PAGE_REVERTED)
    assert (reverted.actor, reverted.summary) == (other_member, "Enrolment guide")
    history = visible_text(client.get(page_url("wiki-history", guide)))
    assert re.search(r"Version 3 \(current\) .+ Carlos Rojas restored version 1", history)


def test_restoring_the_text_the_page_already_has_saves_nothing(client, guide, member):
    client.force_login(member)
    before = state(guide)

    response = client.post(page_url("wiki-revert", guide, number=2), follow=True)

    assert "The page already reads like version 2: nothing was restored." in visible_text(response)
    assert state(guide) == before


def test_restoring_a_version_the_page_has_not_is_not_found(client, guide, member):
    client.force_login(member)
    before = state(guide)

    missing = client.post(page_url("wiki-revert", guide, number=7))
    fetched = client.get(page_url("wiki-revert", guide, number=1))

    assert missing.status_code == 404
    assert fetched.status_code == 405  # restoring is a POST, never a link to follow
    assert client.get(page_url("wiki-revision", guide, number=7)).status_code == 404
    assert state(guide) == before
