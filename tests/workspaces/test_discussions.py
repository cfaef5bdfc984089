"""Discussions: members start threads and reply; the list shows the latest message first;
replies come in order; an empty reply keeps what was typed and says why; the author or a
moderator edits and deletes; an archived workspace is read-only; bodies are sanitised."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.accounts.helpers import textarea_value, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import ReplyFactory, ThreadFactory, WorkspaceFactory, add_member
from workspaces import discussions
from workspaces.models import Activity, Membership, Reply, Thread, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role
Verb = Activity.Verb


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name="Mutuals of Borgou", owner=owner)


@pytest.fixture
def paul(workspace):
    user = UserFactory(email="paul@example.org", display_name="Paul Partner")
    add_member(workspace, user)
    return user


def url(name: str, workspace: Workspace, **kwargs) -> str:
    return reverse(f"workspaces:{name}", kwargs={"slug": workspace.slug, **kwargs})


def thread_url(thread: Thread) -> str:
    return url("thread", thread.workspace, pk=thread.pk)


def snapshot(workspace: Workspace) -> tuple:
    return (
        sorted(Thread.objects.filter(workspace=workspace).values_list("pk", "title", "body")),
        sorted(Reply.objects.filter(thread__workspace=workspace).values_list("pk", "body")),
        Activity.objects.filter(workspace=workspace).count(),
    )


# --- Starting and reading ---------------------------------------------------------------------


def test_a_member_starts_a_discussion_and_finds_it_in_the_list(client, workspace, mia):
    client.force_login(mia)
    form = client.get(url("thread-create", workspace))
    assert "Type @ and a member's name to mention them" in visible_text(form)

    response = client.post(
        url("thread-create", workspace),
        {"title": "  Premiums   for informal workers ", "body": "Is **1,500 CFA** too much?"},
    )

    thread = Thread.objects.get(workspace=workspace)
    assert response.url == thread_url(thread)
    assert thread.title == "Premiums for informal workers"
    assert thread.author == mia
    page = client.get(response.url)
    assert "<strong>1,500 CFA</strong>" in page.content.decode()
    text = visible_text(page)
    assert "Your discussion is open." in text
    assert "Premiums for informal workers" in text
    assert "Mia Member" in text
    assert "0 replies" in text
    [recorded] = Activity.objects.filter(workspace=workspace, verb=Verb.THREAD_STARTED)
    assert (recorded.actor, recorded.target_id, recorded.summary) == (
        mia,
        thread.pk,
        "Premiums for informal workers",
    )
    listing = visible_text(client.get(url("threads", workspace)))
    assert "Premiums for informal workers Mia Member" in listing


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"title": "", "body": "Hello"}, "Give the discussion a subject."),
        ({"title": "Premiums", "body": "   "}, "Write a message to start the discussion."),
        ({"title": "Premiums", "body": "<script>alert(1)</script>"}, "Nothing is left of this"),
        ({"title": "x" * 201, "body": "Hello"}, "at most 200 characters"),
    ],
)
def test_a_bad_discussion_is_refused_and_nothing_saved(client, workspace, mia, data, error):
    client.force_login(mia)
    before = snapshot(workspace)

    response = client.post(url("thread-create", workspace), data)

    assert response.status_code == 200
    text = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in text
    assert error in text
    assert snapshot(workspace) == before


def test_the_list_shows_the_latest_message_first_with_counts(client, workspace, mia, paul):
    old = discussions.start_thread(workspace, author=mia, title="Old question", body="Why?")
    new = discussions.start_thread(workspace, author=paul, title="New question", body="How?")
    Thread.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=3))
    old.refresh_from_db()

    text = visible_text(client.get(url("threads", workspace)))
    assert text.index("New question") < text.index("Old question")

    discussions.reply(old, author=paul, body="Because.")
    discussions.reply(old, author=mia, body="Thanks.")

    text = visible_text(client.get(url("threads", workspace)))
    assert text.index("Old question") < text.index("New question")
    assert "Old question Mia Member" in text
    assert "New question Paul Partner" in text
    row = text[text.index("Old question") : text.index("New question")]
    assert " 2 " in row  # replies
    assert old.created.strftime("%Y") in row
    assert new.pk != old.pk


def test_the_list_costs_the_same_queries_for_few_or_many_threads(
    client, workspace, mia, django_assert_num_queries
):
    client.force_login(mia)
    ThreadFactory(workspace=workspace, author=mia, title="First question")
    client.get(url("threads", workspace))  # the session's first request does more
    with CaptureQueriesContext(connection) as few:
        client.get(url("threads", workspace))
    for number in range(24):
        thread = ThreadFactory(workspace=workspace, author=mia, title=f"Question {number}")
        ReplyFactory(thread=thread, author=mia)

    with django_assert_num_queries(len(few)):
        page = client.get(url("threads", workspace))

    text = visible_text(page)
    assert "Page 1 of 2" in text
    assert text.count("Mia Member") >= 20
    assert "Start a discussion" in text


def test_replies_come_in_order_with_their_authors(client, workspace, mia, paul, moderator):
    thread = discussions.start_thread(
        workspace, author=mia, title="Radio spots", body="Do they work?"
    )
    first = discussions.reply(thread, author=paul, body="Not in Borgou.")
    Reply.objects.filter(pk=first.pk).update(created=timezone.now() - timedelta(hours=1))
    discussions.reply(thread, author=moderator, body="In Parakou, a little.")

    client.force_login(paul)
    page = client.get(thread_url(thread))

    text = visible_text(page)
    assert "2 replies" in text
    assert text.index("Do they work?") < text.index("Not in Borgou.")
    assert text.index("Paul Partner") < text.index("Not in Borgou.")
    assert text.index("Not in Borgou.") < text.index("Mo Moderator")
    assert text.index("Mo Moderator") < text.index("In Parakou, a little.")
    # Paul deletes his own reply only; edits and deletes the thread not at all.
    assert text.count("Delete this reply") == 1
    assert f'id="reply-{first.pk}"' in page.content.decode()
    assert url("thread-edit", workspace, pk=thread.pk) not in page.content.decode()
    assert "Delete the discussion" not in text
    # The reply form, with the hint and whom one may mention (never oneself).
    assert "Type @ and a member's name to mention them" in text
    assert "@Mia Member" in text
    assert "@Mo Moderator" in text
    assert "@Olga Owner" in text
    assert "@Paul Partner" not in text


def test_a_reader_who_is_not_a_member_reads_but_cannot_reply(client, workspace, mia):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Open question")
    client.force_login(UserFactory(email="oscar@example.org", display_name="Oscar Outsider"))

    text = visible_text(client.get(thread_url(thread)))

    assert "Open question" in text
    assert "Only the members of this workspace can reply." in text
    assert "Send the reply" not in text
    assert "Members you can mention" not in text


def test_the_reply_list_costs_the_same_queries_for_few_or_many_replies(
    client, workspace, mia, paul, moderator, django_assert_num_queries
):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Many answers")
    ReplyFactory(thread=thread, author=paul)
    client.force_login(moderator)
    client.get(thread_url(thread))  # the session's first request does more
    with CaptureQueriesContext(connection) as few:
        client.get(thread_url(thread))
    for _ in range(15):
        ReplyFactory(thread=thread, author=paul)
        ReplyFactory(thread=thread, author=mia)

    with django_assert_num_queries(len(few)):
        page = client.get(thread_url(thread))

    assert visible_text(page).count("Delete this reply") == 31


# --- Replying -----------------------------------------------------------------------------------


def test_a_reply_is_posted_and_moves_the_thread_up(client, workspace, mia, paul):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Premiums")
    Thread.objects.filter(pk=thread.pk).update(last_reply=timezone.now() - timedelta(days=2))
    client.force_login(paul)

    response = client.post(
        url("thread-reply", workspace, pk=thread.pk), {"body": "Two instalments."}
    )

    answer = Reply.objects.get(thread=thread)
    assert response.url == f"{thread_url(thread)}#reply-{answer.pk}"
    thread.refresh_from_db()
    assert thread.last_reply == answer.created
    assert answer.author == paul
    [recorded] = Activity.objects.filter(workspace=workspace, verb=Verb.REPLIED)
    assert recorded.addressed_to == [mia.pk]
    assert recorded.target_id == answer.pk
    text = visible_text(client.get(thread_url(thread)))
    assert "Your reply is posted." in text
    assert "Two instalments." in text


def test_replying_to_ones_own_thread_tells_nobody_in_particular(client, workspace, mia):
    thread = ThreadFactory(workspace=workspace, author=mia)
    client.force_login(mia)

    client.post(url("thread-reply", workspace, pk=thread.pk), {"body": "An update."})

    assert Activity.objects.get(verb=Verb.REPLIED).addressed_to == []


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("   \n  ", "Write your reply before sending it."),
        (
            "<script>alert('x')</script>",
            "Nothing is left of this reply once unsafe content is removed.",
        ),
    ],
)
def test_an_empty_reply_shows_the_thread_with_the_error_and_keeps_the_text(
    client, workspace, mia, paul, typed, error
):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Premiums")
    client.force_login(paul)
    before = snapshot(workspace)

    response = client.post(url("thread-reply", workspace, pk=thread.pk), {"body": typed})

    assert response.status_code == 200
    text = visible_text(response)
    assert "Premiums" in text
    assert error in text
    assert textarea_value(response, "body") == (
        typed.strip().replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;")
    )
    assert "<script>" not in response.content.decode()
    assert snapshot(workspace) == before


def test_a_reader_who_is_not_a_member_cannot_reply(client, workspace, mia):
    thread = ThreadFactory(workspace=workspace, author=mia)
    client.force_login(UserFactory(email="oscar@example.org"))
    before = snapshot(workspace)

    response = client.post(url("thread-reply", workspace, pk=thread.pk), {"body": "Me too"})

    assert response.status_code == 403
    assert snapshot(workspace) == before


def test_a_thread_is_found_only_in_its_own_workspace(client, workspace, mia, owner):
    elsewhere = WorkspaceFactory(name="Another place", owner=owner)
    thread = ThreadFactory(workspace=elsewhere, author=owner, title="Elsewhere")
    add_member(elsewhere, mia)
    client.force_login(mia)
    before = snapshot(elsewhere)

    page = client.get(url("thread", workspace, pk=thread.pk))
    posted = client.post(url("thread-reply", workspace, pk=thread.pk), {"body": "Hello"})
    edited = client.post(url("thread-edit", workspace, pk=thread.pk), {"title": "x", "body": "y"})

    assert [page.status_code, posted.status_code, edited.status_code] == [404, 404, 404]
    assert snapshot(elsewhere) == before


# --- Editing and deleting -----------------------------------------------------------------------


def test_the_author_edits_the_opening_message(client, workspace, mia):
    thread = discussions.start_thread(workspace, author=mia, title="Premiums", body="Too much?")
    client.force_login(mia)
    form = client.get(url("thread-edit", workspace, pk=thread.pk))
    assert textarea_value(form, "body") == "Too much?"

    response = client.post(
        url("thread-edit", workspace, pk=thread.pk),
        {"title": "Premiums in Cotonou", "body": "Is *1,500* too much?"},
    )

    assert response.url == thread_url(thread)
    thread.refresh_from_db()
    assert (thread.title, thread.body) == ("Premiums in Cotonou", "Is *1,500* too much?")
    assert "<em>1,500</em>" in thread.body_html
    assert "The discussion is saved." in visible_text(client.get(response.url))
    # An edit is not news: no activity beyond the start.
    assert Activity.objects.filter(workspace=workspace).count() == 1


def test_another_member_may_neither_edit_nor_delete(client, workspace, mia, paul):
    thread = discussions.start_thread(workspace, author=mia, title="Premiums", body="Too much?")
    answer = discussions.reply(thread, author=mia, body="Mine")
    client.force_login(paul)
    before = snapshot(workspace)

    responses = [
        client.get(url("thread-edit", workspace, pk=thread.pk)),
        client.post(url("thread-edit", workspace, pk=thread.pk), {"title": "Mine", "body": "x"}),
        client.get(url("thread-delete", workspace, pk=thread.pk)),
        client.post(url("thread-delete", workspace, pk=thread.pk)),
        client.post(url("reply-delete", workspace, pk=thread.pk, reply_pk=answer.pk)),
    ]

    assert [r.status_code for r in responses] == [403] * 5
    assert snapshot(workspace) == before


def test_a_moderator_edits_and_deletes_anyones_thread(client, workspace, mia, moderator):
    thread = discussions.start_thread(workspace, author=mia, title="Spam?", body="Buy now")
    discussions.reply(thread, author=mia, body="Really")
    client.force_login(moderator)
    page = client.get(thread_url(thread))
    assert url("thread-edit", workspace, pk=thread.pk) in page.content.decode()
    assert "Delete the discussion" in visible_text(page)

    client.post(url("thread-edit", workspace, pk=thread.pk), {"title": "Moderated", "body": "…"})
    assert Thread.objects.get(pk=thread.pk).title == "Moderated"

    confirm = visible_text(client.get(url("thread-delete", workspace, pk=thread.pk)))
    assert "Delete “Moderated”" in confirm
    assert "The discussion and its 1 reply will be deleted." in confirm

    response = client.post(url("thread-delete", workspace, pk=thread.pk))

    assert response.url == url("threads", workspace)
    assert not Thread.objects.filter(workspace=workspace).exists()
    assert not Reply.objects.exists()
    assert "The discussion “Moderated” is deleted." in visible_text(client.get(response.url))


def test_the_author_of_a_reply_or_a_moderator_deletes_it(client, workspace, mia, paul, moderator):
    thread = discussions.start_thread(workspace, author=mia, title="Premiums", body="?")
    first = discussions.reply(thread, author=paul, body="Paul's first")
    second = discussions.reply(thread, author=paul, body="Paul's second")
    client.force_login(paul)

    response = client.post(url("reply-delete", workspace, pk=thread.pk, reply_pk=second.pk))

    assert response.url == thread_url(thread)
    thread.refresh_from_db()
    assert thread.last_reply == first.created
    text = visible_text(client.get(response.url))
    assert "The reply is deleted." in text
    assert "Paul's second" not in text
    assert "Paul's first" in text

    client.force_login(moderator)
    client.post(url("reply-delete", workspace, pk=thread.pk, reply_pk=first.pk))
    thread.refresh_from_db()
    assert not Reply.objects.exists()
    assert thread.last_reply == thread.created


def test_a_reply_is_deleted_only_through_its_own_thread(client, workspace, mia, moderator):
    one = ThreadFactory(workspace=workspace, author=mia)
    other = ThreadFactory(workspace=workspace, author=mia)
    answer = ReplyFactory(thread=other, author=mia)
    client.force_login(moderator)

    response = client.post(url("reply-delete", workspace, pk=one.pk, reply_pk=answer.pk))

    assert response.status_code == 404
    assert Reply.objects.filter(pk=answer.pk).exists()


def test_a_member_removed_or_an_archived_workspace_changes_nothing(client, workspace, mia, owner):
    thread = discussions.start_thread(workspace, author=mia, title="Premiums", body="?")
    answer = discussions.reply(thread, author=mia, body="Mine")
    workspace.archived = timezone.now()
    workspace.save(update_fields=["archived"])
    client.force_login(mia)
    before = snapshot(workspace)

    page = client.get(thread_url(thread))
    responses = [
        client.post(url("thread-reply", workspace, pk=thread.pk), {"body": "Late"}),
        client.get(url("thread-create", workspace)),
        client.post(url("thread-edit", workspace, pk=thread.pk), {"title": "x", "body": "y"}),
        client.post(url("thread-delete", workspace, pk=thread.pk)),
        client.post(url("reply-delete", workspace, pk=thread.pk, reply_pk=answer.pk)),
    ]

    text = visible_text(page)
    assert "its discussions can be read but not replied to" in text
    assert "Send the reply" not in text
    assert "Delete this reply" not in text
    assert [r.status_code for r in responses] == [403] * 5
    assert snapshot(workspace) == before
    # The owner (a moderator) cannot change it either while it is archived.
    client.force_login(owner)
    assert client.post(url("thread-delete", workspace, pk=thread.pk)).status_code == 403
    assert snapshot(workspace) == before


# --- Sanitising ---------------------------------------------------------------------------------


def test_what_members_type_is_shown_sanitised(client, workspace, mia, paul):
    client.force_login(mia)
    client.post(
        url("thread-create", workspace),
        {
            "title": "<b>Bold</b> subject",
            "body": '<p onclick="steal()">Hi</p><script>alert(1)</script>'
            '[click](javascript:alert(2)) <iframe src="http://evil.example"></iframe> **ok**',
        },
    )
    thread = Thread.objects.get(workspace=workspace)
    client.force_login(paul)
    client.post(
        url("thread-reply", workspace, pk=thread.pk),
        {"body": '<img src="x" onerror="alert(3)"> <a href="data:text/html,hi">see</a> fine'},
    )

    html = client.get(thread_url(thread)).content.decode()
    listing = client.get(url("threads", workspace)).content.decode()

    for page in (html, listing):
        assert "<b>Bold</b>" not in page
        assert "&lt;b&gt;Bold&lt;/b&gt; subject" in page
    for bad in ("<script>alert", "onclick", "javascript:", "<iframe", "onerror", "data:text"):
        assert bad not in html, bad
    assert "<strong>ok</strong>" in html
    assert "fine" in visible_text(html)
