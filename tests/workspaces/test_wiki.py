"""The workspace wiki: members create pages, under other pages or at the top; the index
shows the tree, a page its ancestors and subpages; a page goes only under another page
of the same wiki, never under itself or its own subpages; what members type is
sanitised; moderators delete a page and its subpages move up, nothing else lost."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.accounts.helpers import input_value, selected_options, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WikiPageFactory, WorkspaceFactory, add_member
from workspaces import wiki
from workspaces.models import Activity, Membership, WikiPage, WikiRevision, Workspace
from workspaces.models.content import BODY_MAX_LENGTH

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role


@pytest.fixture
def workspace(owner, member, other_member):
    workspace = WorkspaceFactory(name="Health mutuals of Borgou", owner=owner)
    add_member(workspace, member)
    add_member(workspace, other_member)
    return workspace


def url(name: str, workspace, **kwargs) -> str:
    return reverse(f"workspaces:{name}", kwargs={"slug": workspace.slug, **kwargs})


def page_url(name: str, page, **kwargs) -> str:
    return url(name, page.workspace, pk=page.pk, **kwargs)


def make_page(workspace, author, title, parent=None, body="Some text.") -> WikiPage:
    return wiki.create_page(workspace, author=author, title=title, body=body, parent=parent)


def state(workspace) -> list:
    return sorted(
        WikiPage.objects.filter(workspace=workspace).values_list(
            "pk", "title", "body", "parent", "version"
        )
    ) + [WikiRevision.objects.filter(page__workspace=workspace).count()]


@pytest.fixture
def hierarchy(workspace, member) -> dict:
    """Guide, with Campaign (and Door-to-door visits under it) and Radio under it;
    Budget at the top."""
    guide = make_page(workspace, member, "Guide")
    campaign = make_page(workspace, member, "Campaign", parent=guide)
    return {
        "guide": guide,
        "campaign": campaign,
        "visits": make_page(workspace, member, "Door-to-door visits", parent=campaign),
        "radio": make_page(workspace, member, "Radio", parent=guide),
        "budget": make_page(workspace, member, "Budget"),
    }


# --- Creating -------------------------------------------------------------------------------


def test_a_member_creates_a_page_that_everyone_may_read(
    client, workspace, member, django_capture_on_commit_callbacks
):
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            url("wiki-create", workspace),
            {
                "title": "  Enrolment   guide ",
                "parent": "",
                "body": "## Before\r\n\r\nMeet the chief.",
            },
        )

    page = WikiPage.objects.get(workspace=workspace)
    assert response.status_code == 302
    assert response["Location"] == page_url("wiki-page", page)
    assert (page.title, page.body, page.version, page.parent) == (
        "Enrolment guide",
        "## Before\n\nMeet the chief.",
        1,
        None,
    )
    [revision] = page.revisions.all()
    assert (revision.number, revision.title, revision.body, revision.author) == (
        1,
        "Enrolment guide",
        page.body,
        member,
    )
    [created] = Activity.objects.filter(workspace=workspace, verb=Activity.Verb.PAGE_CREATED)
    assert (created.actor, created.summary) == (member, "Enrolment guide")
    assert len(callbacks) == 1  # the e-mails about the new page leave (notifications)

    client.logout()
    shown = client.get(response["Location"])
    text = visible_text(shown)
    assert "<h2>Before</h2>" in shown.content.decode()
    assert "Meet the chief." in text
    assert "Last edited by Aminata Diallo on" in text
    assert "version 1." in text
    assert "The page is created." not in text  # the message was for its author
    assert workspace.name in text
    index = visible_text(client.get(url("wiki", workspace)))
    assert "Enrolment guide" in index


def test_the_author_is_told_the_page_is_created(client, workspace, member):
    client.force_login(member)

    response = client.post(
        url("wiki-create", workspace), {"title": "Guide", "body": "Text."}, follow=True
    )

    assert "The page is created." in visible_text(response)


def test_a_new_subpage_starts_under_the_page_it_was_asked_from(client, workspace, member):
    guide = make_page(workspace, member, "Guide")
    client.force_login(member)

    page_text = client.get(page_url("wiki-page", guide)).content.decode()
    form = client.get(url("wiki-create", workspace) + f"?parent={guide.pk}")

    assert f'href="{url("wiki-create", workspace)}?parent={guide.pk}"' in page_text
    assert selected_options(form, "parent") == [str(guide.pk)]
    response = client.post(
        url("wiki-create", workspace), {"title": "Radio", "parent": guide.pk, "body": ""}
    )
    radio = WikiPage.objects.get(title="Radio")
    assert radio.parent == guide
    assert response["Location"] == page_url("wiki-page", radio)


def test_a_page_needs_a_title_and_a_text_of_reasonable_length(client, workspace, member):
    client.force_login(member)
    before = state(workspace)

    untitled = client.post(url("wiki-create", workspace), {"title": "   ", "body": "Text."})
    too_long = client.post(
        url("wiki-create", workspace), {"title": "Long", "body": "x" * (BODY_MAX_LENGTH + 1)}
    )

    assert untitled.status_code == too_long.status_code == 200
    assert "Nothing was saved. Please correct the errors below." in visible_text(untitled)
    assert "This field is required." in visible_text(untitled)
    assert f"Ensure this value has at most {BODY_MAX_LENGTH} characters" in visible_text(too_long)
    assert state(workspace) == before
    assert not Activity.objects.filter(verb=Activity.Verb.PAGE_CREATED).exists()


def test_what_members_type_is_sanitised(client, workspace, member):
    client.force_login(member)
    body = (
        "**Bold** words.\n\n<script>alert('body')</script>"
        '<a href="javascript:alert(1)" onclick="steal()">a trap</a> '
        '<img src="x" onerror="steal()"><iframe src="https://evil.example"></iframe>'
    )

    client.post(url("wiki-create", workspace), {"title": "<b>Bold</b> title", "body": body})

    page = WikiPage.objects.get(workspace=workspace)
    shown = client.get(page_url("wiki-page", page)).content.decode()
    article = shown[shown.index("<article") :]
    assert "<strong>Bold</strong> words." in article
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in article
    for dangerous in ("<script", "javascript:", "onclick", "onerror", "<iframe", "<b>Bold"):
        assert dangerous not in article, dangerous
    assert page.body == body  # kept as typed, for the next edit


def test_an_outsider_may_read_a_public_wiki_but_not_write(client, workspace, member):
    guide = make_page(workspace, member, "Guide")
    client.force_login(UserFactory(email="oscar@example.org"))

    index = client.get(url("wiki", workspace))
    page = client.get(page_url("wiki-page", guide))

    assert "Guide" in visible_text(index)
    assert url("wiki-create", workspace) not in index.content.decode()
    text = visible_text(page)
    assert "Guide" in text
    assert page_url("wiki-edit", guide) not in page.content.decode()
    assert page_url("wiki-delete", guide) not in page.content.decode()
    assert page_url("wiki-history", guide) in page.content.decode()
    assert client.get(url("wiki-create", workspace)).status_code == 403


def test_members_may_edit_moderators_also_delete(client, workspace, member, moderator):
    guide = make_page(workspace, member, "Guide")

    client.force_login(member)
    as_member = client.get(page_url("wiki-page", guide)).content.decode()
    client.force_login(moderator)
    as_moderator = client.get(page_url("wiki-page", guide)).content.decode()

    assert page_url("wiki-edit", guide) in as_member
    assert page_url("wiki-delete", guide) not in as_member
    assert page_url("wiki-edit", guide) in as_moderator
    assert page_url("wiki-delete", guide) in as_moderator


def test_an_archived_workspace_keeps_its_wiki_readable_but_unchanged(client, workspace, member):
    guide = make_page(workspace, member, "Guide")
    Workspace.objects.filter(pk=workspace.pk).update(archived="2025-01-01T00:00:00Z")
    client.force_login(member)
    before = state(workspace)

    page = client.get(page_url("wiki-page", guide))
    refused = client.post(
        page_url("wiki-edit", guide), {"title": "Guide", "body": "New", "base_version": 1}
    )

    assert "Guide" in visible_text(page)
    assert page_url("wiki-edit", guide) not in page.content.decode()
    assert refused.status_code == 403
    assert state(workspace) == before


# --- The hierarchy --------------------------------------------------------------------------


def nested_titles(html: str) -> list[tuple[int, str]]:
    """(depth, title) of each link in the wiki tree, depth counted from the nested lists."""
    tree = html[html.index('<ul class="wiki-tree">') :]
    found, depth = [], 0
    for match in re.finditer(r"<ul\b|</ul>|<a [^>]*>([^<]*)</a>", tree):
        token = match.group(0)
        if token.startswith("<ul"):
            depth += 1
        elif token == "</ul>":
            depth -= 1
            if depth == 0:
                break
        else:
            found.append((depth - 1, match.group(1)))
    return found


def test_the_index_shows_the_pages_as_a_tree(client, workspace, hierarchy):
    response = client.get(url("wiki", workspace))

    assert nested_titles(response.content.decode()) == [
        (0, "Budget"),
        (0, "Guide"),
        (1, "Campaign"),
        (2, "Door-to-door visits"),
        (1, "Radio"),
    ]


def test_the_index_costs_the_same_queries_for_few_or_many_pages(
    client, workspace, member, hierarchy
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url("wiki", workspace)).status_code == 200
        return len(captured)

    client.force_login(member)
    queries()  # the first request of a session fills caches
    few = queries()
    parent = hierarchy["visits"]
    for number in range(12):
        parent = make_page(workspace, member, f"Level {number}", parent=parent)

    assert queries() == few
    assert "Level 11" in visible_text(client.get(url("wiki", workspace)))


def test_a_page_shows_its_ancestors_and_subpages(client, workspace, hierarchy):
    response = client.get(page_url("wiki-page", hierarchy["campaign"]))
    guide = client.get(page_url("wiki-page", hierarchy["guide"]))

    html = response.content.decode()
    breadcrumb = visible_text(re.search(r'<p class="breadcrumb">.*?</p>', html).group(0))
    assert breadcrumb == f"Workspaces \u203a {workspace.name} \u203a Wiki \u203a Guide"
    assert page_url("wiki-page", hierarchy["guide"]) in html
    text = visible_text(response)
    assert "Subpages Door-to-door visits" in text
    guide_text = visible_text(guide)
    assert "Subpages Campaign Radio" in guide_text
    assert "Door-to-door visits" not in guide_text  # a grandchild is one click further


def test_a_deep_page_costs_the_same_queries_as_a_top_one(client, workspace, member, hierarchy):
    def queries(page) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page_url("wiki-page", page)).status_code == 200
        return len(captured)

    assert queries(hierarchy["visits"]) == queries(hierarchy["budget"])


def test_the_parent_choice_leaves_out_the_page_and_its_subpages(client, workspace, hierarchy):
    client.force_login(hierarchy["guide"].created_by)

    form = client.get(page_url("wiki-edit", hierarchy["campaign"])).content.decode()

    select = re.search(r'<select name="parent".*?</select>', form, re.S).group(0)
    options = [
        " ".join(text.replace("&nbsp;", " ").split())
        for text in re.findall(r"<option[^>]*>(.*?)</option>", select)
    ]
    assert options == ["Nothing: at the top of the wiki", "Budget", "Guide", "Radio"]
    assert selected_options(client.get(page_url("wiki-edit", hierarchy["campaign"])), "parent") == [
        str(hierarchy["guide"].pk)
    ]


@pytest.mark.parametrize("where", ["itself", "its subpage", "another workspace", "unknown"])
def test_a_page_cannot_go_under_itself_its_subpages_or_elsewhere(
    client, workspace, member, hierarchy, where
):
    elsewhere = WikiPageFactory(workspace=WorkspaceFactory(), created_by=member)
    parent = {
        "itself": hierarchy["campaign"].pk,
        "its subpage": hierarchy["visits"].pk,
        "another workspace": elsewhere.pk,
        "unknown": 999999,
    }[where]
    client.force_login(member)
    before = state(workspace)

    response = client.post(
        page_url("wiki-edit", hierarchy["campaign"]),
        {"title": "Campaign", "parent": parent, "body": "Changed text.", "base_version": 1},
    )

    assert response.status_code == 200
    text = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in text
    assert (
        "Choose one of the pages listed: a page goes under another page of this wiki, "
        "never under itself or one of its own subpages."
    ) in text
    assert state(workspace) == before


def test_the_service_refuses_a_parent_that_would_make_a_loop_or_cross_workspaces(
    workspace, member, hierarchy
):
    other = make_page(WorkspaceFactory(owner=member), member, "Elsewhere")
    campaign = hierarchy["campaign"]
    before = state(workspace)

    refusals = {}
    for name, parent in {
        "itself": campaign,
        "descendant": hierarchy["visits"],
        "other_workspace": other,
    }.items():
        with pytest.raises(ValidationError) as refused:
            wiki.save_page(
                campaign, author=member, base_version=1, title="Campaign", body="New", parent=parent
            )
        refusals[name] = (refused.value.code, refused.value.messages)
    with pytest.raises(ValidationError):
        wiki.create_page(workspace, author=member, title="Lost", body="", parent=other)

    assert refusals == {
        "itself": ("itself", ["A page cannot be put under itself."]),
        "descendant": ("descendant", ["A page cannot be put under one of its own subpages."]),
        "other_workspace": (
            "other_workspace",
            ["Choose a page of this workspace to put it under."],
        ),
    }
    assert state(workspace) == before


def test_moving_a_page_takes_its_subpages_along(client, workspace, member, hierarchy):
    client.force_login(member)

    response = client.post(
        page_url("wiki-edit", hierarchy["campaign"]),
        {
            "title": "Campaign",
            "parent": hierarchy["budget"].pk,
            "body": "Some text.",
            "base_version": 1,
        },
    )

    assert response.status_code == 302
    assert nested_titles(client.get(url("wiki", workspace)).content.decode()) == [
        (0, "Budget"),
        (1, "Campaign"),
        (2, "Door-to-door visits"),
        (0, "Guide"),
        (1, "Radio"),
    ]
    assert WikiPage.objects.get(pk=hierarchy["campaign"].pk).version == 2


def test_a_page_of_another_workspace_is_not_found_through_this_one(client, member, workspace):
    secret = WorkspaceFactory(name="Closed cell", visibility=Workspace.Visibility.PRIVATE)
    hidden = WikiPageFactory(workspace=secret, title="Secret floor plan", created_by=member)
    client.force_login(member)

    for name in ("wiki-page", "wiki-edit", "wiki-history", "wiki-diff"):
        response = client.get(url(name, workspace, pk=hidden.pk))
        assert response.status_code == 404, name
        assert "Secret floor plan" not in response.content.decode()
    response = client.get(url("wiki-revision", workspace, pk=hidden.pk, number=1))
    assert response.status_code == 404


def test_pages_of_a_private_workspace_are_not_kept_by_shared_caches(client, member):
    secret = WorkspaceFactory(name="Closed cell", visibility=Workspace.Visibility.PRIVATE)
    add_member(secret, member)
    page = make_page(secret, member, "Floor plan")
    client.force_login(member)

    for address in (url("wiki", secret), page_url("wiki-page", page)):
        response = client.get(address)
        assert "Floor plan" in visible_text(response)
        assert "private" in response["Cache-Control"]


# --- Mentions -------------------------------------------------------------------------------


def test_a_new_page_mentioning_members_tells_them(
    client, workspace, member, other_member, django_capture_on_commit_callbacks
):
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client.post(
            url("wiki-create", workspace),
            {"title": "Budget", "body": "@Carlos Rojas please check. @Aminata Diallo wrote it."},
        )

    [mention] = Activity.objects.filter(workspace=workspace, verb=Activity.Verb.MENTIONED)
    assert mention.addressed_to == [other_member.pk]  # not the author herself
    assert (mention.actor, mention.summary) == (member, "Budget")
    assert len(callbacks) == 2  # the new page and the mention


def test_an_edit_tells_only_those_newly_mentioned(
    client, workspace, member, other_member, owner, django_capture_on_commit_callbacks
):
    page = make_page(workspace, member, "Budget", body="@Carlos Rojas please check.")
    Activity.objects.filter(verb=Activity.Verb.MENTIONED).delete()
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client.post(
            page_url("wiki-edit", page),
            {
                "title": "Budget",
                "body": "@Carlos Rojas please check. @Olga Owner too.",
                "base_version": 1,
            },
        )
    with django_capture_on_commit_callbacks(execute=True) as quiet:
        client.post(
            page_url("wiki-edit", page),
            {"title": "Budget", "body": "@Carlos Rojas, @Olga Owner: done.", "base_version": 2},
        )

    [mention] = Activity.objects.filter(verb=Activity.Verb.MENTIONED)
    assert mention.addressed_to == [owner.pk]
    assert len(callbacks) == 1  # the mention; the edit itself is not e-mailed
    assert quiet == []
    assert Activity.objects.filter(verb=Activity.Verb.PAGE_EDITED).count() == 2


# --- Deleting -------------------------------------------------------------------------------


def test_deleting_a_top_page_moves_its_subpages_to_the_top(client, workspace, moderator, hierarchy):
    guide = hierarchy["guide"]
    client.force_login(moderator)

    confirm = client.get(page_url("wiki-delete", guide))
    response = client.post(page_url("wiki-delete", guide))

    assert "Its 2 subpages are kept: they move up, to the top of the wiki." in visible_text(confirm)
    assert "The page and all its earlier versions will be deleted." in visible_text(confirm)
    assert response["Location"] == url("wiki", workspace)
    assert not WikiPage.objects.filter(pk=guide.pk).exists()
    assert not WikiRevision.objects.filter(page_id=guide.pk).exists()
    index = client.get(response["Location"])
    assert "The page “Guide” is deleted. Its subpages moved up one level: 2 of them." in (
        visible_text(index)
    )
    assert nested_titles(index.content.decode()) == [
        (0, "Budget"),
        (0, "Campaign"),
        (1, "Door-to-door visits"),
        (0, "Radio"),
    ]


def test_deleting_a_page_moves_its_subpage_under_its_parent(
    client, workspace, moderator, hierarchy
):
    client.force_login(moderator)

    confirm = client.get(page_url("wiki-delete", hierarchy["campaign"]))
    response = client.post(page_url("wiki-delete", hierarchy["campaign"]))

    assert "Its subpage is kept: it moves up, under “Guide”." in visible_text(confirm)
    assert response["Location"] == page_url("wiki-page", hierarchy["guide"])
    assert WikiPage.objects.get(pk=hierarchy["visits"].pk).parent == hierarchy["guide"]
    assert WikiPage.objects.filter(workspace=workspace).count() == 4


def test_members_may_not_delete_pages(client, workspace, member, hierarchy):
    client.force_login(member)
    before = state(workspace)

    assert client.get(page_url("wiki-delete", hierarchy["guide"])).status_code == 403
    assert client.post(page_url("wiki-delete", hierarchy["guide"])).status_code == 403
    assert state(workspace) == before


def test_the_edit_form_starts_from_the_saved_page(client, workspace, member, hierarchy):
    client.force_login(member)

    form = client.get(page_url("wiki-edit", hierarchy["guide"]))

    assert input_value(form, "title") == "Guide"
    assert input_value(form, "base_version") == "1"
    assert "Some text." in form.content.decode()


# --- E-mails ----------------------------------------------------------------------------------


def test_a_new_page_is_e_mailed_to_members_and_an_edit_is_not(
    client, workspace, member, other_member, owner, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("wiki-create", workspace),
            {"title": "Budget", "body": "Costs of the campaign. @Carlos Rojas please check."},
        )
    created = list(mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            response["Location"] + "edit/",
            {"title": "Budget", "body": "Costs of the campaign, revised.", "base_version": 1},
        )

    link = "http://testserver" + response["Location"]
    by_address = {message.to[0]: message for message in created}
    assert sorted(by_address) == ["carlos@example.org", "olga@example.org"]  # not the author
    assert by_address["olga@example.org"].subject == (
        f"[{workspace.name}] Aminata Diallo created a wiki page: Budget"
    )
    assert link in by_address["olga@example.org"].body
    assert "Costs of the campaign." in by_address["olga@example.org"].body
    # Carlos is told once, that he is mentioned.
    assert by_address["carlos@example.org"].subject == (
        f"[{workspace.name}] Aminata Diallo mentioned you: Budget"
    )
    assert link in by_address["carlos@example.org"].body
    assert len(mailoutbox) == 2  # the edit e-mailed nobody
