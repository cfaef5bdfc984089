"""The e-mails about what happens in a workspace (``emails.deliver_activity``): new
content goes to the members who want e-mail updates, a comment or a reply to its
author, a mention to whom it names; never to the actor, once per person and activity,
to each alone and in their language, with the excerpt and the link; never to whoever
may no longer read the workspace, nor about something deleted meanwhile; a task run
twice sends nothing twice. One test sends a reply through a real Celery worker and a
real SMTP server."""

import re
import socket

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from tests.accounts.helpers import links_in
from tests.factories import UserFactory
from tests.workspaces.factories import (
    DocumentFactory,
    EventFactory,
    PostCommentFactory,
    PostFactory,
    ThreadFactory,
    WikiPageFactory,
    WorkspaceFactory,
    add_member,
    add_version,
)
from workspaces import activity as activities
from workspaces import discussions, emails
from workspaces.models import Activity, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Verb = Activity.Verb
WORKSPACE = "Mutuals of Borgou"
PREFIX = f"[{WORKSPACE}] "


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name=WORKSPACE, slug="borgou", owner=owner)


def join(workspace, email, name, *, updates=True, **kwargs):
    user = UserFactory(email=email, display_name=name, **kwargs)
    add_member(workspace, user)
    Membership.objects.filter(workspace=workspace, user=user).update(email_updates=updates)
    return user


@pytest.fixture
def mia(workspace):
    return join(workspace, "mia@example.org", "Mia Member")


@pytest.fixture
def aminata(workspace):
    return join(workspace, "aminata@example.org", "Aminata Diallo", language="fr")


@pytest.fixture
def paul(workspace):
    return join(workspace, "paul@example.org", "Paul Partner", updates=False)


def record(workspace, actor, verb, target, addressed_to=()):
    return activities.record(
        workspace, actor=actor, verb=verb, target=target, summary=str(target),
        addressed_to=list(addressed_to),
    )  # fmt: skip


def by_recipient(outbox) -> dict:
    """{address: message}, checking that each message goes to one address only."""
    for message in outbox:
        assert len(message.to) == 1 and not message.cc and not message.bcc, message.to
    addresses = [message.to[0] for message in outbox]
    assert len(addresses) == len(set(addresses)), addresses
    return {message.to[0]: message for message in outbox}


def absolute(path: str) -> str:
    return "http://testserver" + path


# --- Each kind of new content -----------------------------------------------------------


def _post(workspace, mia):
    post = PostFactory(
        workspace=workspace,
        author=mia,
        title="Door-to-door visits",
        body="Door-to-door visits by **peer educators** doubled enrolment.",
    )
    return (
        post,
        Verb.POSTED,
        "Mia Member wrote a blog post: Door-to-door visits",
        ("Door-to-door visits by peer educators doubled enrolment."),
    )


def _page(workspace, mia):
    page = WikiPageFactory(workspace=workspace, created_by=mia, title="Enrolment guide")
    return (
        page,
        Verb.PAGE_CREATED,
        "Mia Member created a wiki page: Enrolment guide",
        ("Before the campaign Meet the village chief and the health centre staff."),
    )


def _document(workspace, mia):
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Baseline survey")
    return (
        document,
        Verb.DOCUMENT_ADDED,
        "Mia Member added a document: Baseline survey",
        ("Household survey in Atacora and Donga, 2024."),
    )


def _version(workspace, mia):
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Baseline survey")
    add_version(document, b"%PDF-1.4 second", name="survey-v2.pdf", user=mia)
    return (
        document,
        Verb.DOCUMENT_VERSION,
        ("Mia Member uploaded a new version: Baseline survey"),
        "Household survey in Atacora and Donga, 2024.",
    )


def _thread(workspace, mia):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Which premium?")
    return (
        thread,
        Verb.THREAD_STARTED,
        "Mia Member started a discussion: Which premium?",
        ("In Cotonou the mutual asks 1,500 CFA francs a month. Is that too much?"),
    )


def _event(workspace, mia):
    event = EventFactory(workspace=workspace, created_by=mia, title="Steering committee")
    return (
        event,
        Verb.EVENT_ADDED,
        "Mia Member announced an event: Steering committee",
        ("Review of the pilot's first six months with the Ministry of Labour."),
    )


@pytest.mark.parametrize("make", [_post, _page, _document, _version, _thread, _event])
def test_new_content_goes_to_each_member_who_wants_updates(
    make, workspace, owner, mia, aminata, paul, settings, tmp_path, mailoutbox
):
    settings.MEDIA_ROOT = tmp_path
    target, verb, subject, excerpt = make(workspace, mia)
    happened = record(workspace, mia, verb, target)

    assert emails.deliver_activity(happened.pk) == 2

    # Not Mia (who did it), not Paul (who wants no updates).
    sent = by_recipient(mailoutbox)
    assert sorted(sent) == ["aminata@example.org", "olga@example.org"]
    message = sent["olga@example.org"]
    assert message.subject == PREFIX + subject
    body = message.body
    assert body.startswith("Hello Olga Owner,")
    assert excerpt in " ".join(body.split())
    assert not re.search(r"<\w+[^>]*>", body)  # plain text, never the HTML
    links = links_in(body)
    assert absolute(target.get_absolute_url()) in links
    assert absolute(reverse("workspaces:email-updates", kwargs={"slug": "borgou"})) in links
    assert "You receive this because you are a member of “Mutuals of Borgou”" in body
    assert "To stop e-mails about new content in this workspace" in body
    if verb == Verb.EVENT_ADDED:
        assert "When: " in body
    # Aminata's, in French: the French addresses.
    french = sent["aminata@example.org"]
    with translation.override("fr"):
        assert gettext("Read it on the portal:") in french.body
        assert absolute(target.get_absolute_url()) in links_in(french.body)
    assert "http://testserver/fr/workspaces/borgou/email-updates/" in links_in(french.body)


def test_a_comment_goes_to_the_posts_author_with_the_comment(
    workspace, owner, mia, aminata, mailoutbox
):
    post = PostFactory(workspace=workspace, author=owner, title="Radio spots")
    comment = PostCommentFactory(post=post, author=mia, body="In Borgou they did little.")
    happened = record(workspace, mia, Verb.COMMENTED, comment, addressed_to=[owner.pk])

    assert emails.deliver_activity(happened.pk) == 1

    [message] = mailoutbox
    assert message.to == ["olga@example.org"]
    assert message.subject == PREFIX + "Mia Member commented: Radio spots"
    assert "In Borgou they did little." in message.body
    assert absolute(post.get_absolute_url()) + f"#comment-{comment.pk}" in links_in(message.body)
    assert "You receive this because you wrote this blog post." in message.body


def test_a_mention_in_a_comment_quotes_the_comment(workspace, owner, mia, aminata, mailoutbox):
    post = PostFactory(workspace=workspace, author=owner, title="Radio spots")
    comment = PostCommentFactory(post=post, author=mia, body="@Aminata Diallo saw it in Dakar.")
    happened = record(workspace, mia, Verb.MENTIONED, comment, addressed_to=[aminata.pk])

    assert emails.deliver_activity(happened.pk) == 1

    [message] = mailoutbox
    assert message.to == ["aminata@example.org"]
    assert "@Aminata Diallo saw it in Dakar." in message.body
    assert "peer educators" not in message.body  # the post's own text
    assert f"#comment-{comment.pk}" in message.body


# --- Replies ----------------------------------------------------------------------------------


def test_a_reply_goes_to_the_author_and_those_who_took_part_and_want_it(
    workspace, owner, mia, aminata, paul, mailoutbox, django_capture_on_commit_callbacks
):
    ravi = join(workspace, "ravi@example.org", "Ravi Reader")  # wants updates, took no part
    thread = discussions.start_thread(workspace, author=owner, title="Premiums", body="Too much?")
    discussions.reply(thread, author=aminata, body="In Dakar, 2,000.")
    discussions.reply(thread, author=paul, body="In Lomé, 1,000.")

    with django_capture_on_commit_callbacks(execute=True):
        answer = discussions.reply(thread, author=mia, body="In *Parakou*, 1,500.")

    sent = by_recipient(mailoutbox)
    # Olga started it (and wants updates too: one e-mail); Aminata took part and wants
    # updates; Paul took part but wants none; Ravi did not take part; Mia wrote it.
    assert sorted(sent) == ["aminata@example.org", "olga@example.org"]
    message = sent["olga@example.org"]
    assert message.subject == PREFIX + "Mia Member replied: Premiums"
    assert "In Parakou, 1,500." in message.body
    assert absolute(thread.get_absolute_url()) + f"#reply-{answer.pk}" in links_in(message.body)
    assert "You receive this because you started this discussion." in message.body
    assert "Mentions of you and replies to your own discussions are e-mailed" in message.body
    with translation.override("fr"):
        took_part = gettext("You receive this because you took part in this discussion.")
    assert took_part in sent["aminata@example.org"].body
    assert ravi.email not in sent


def test_without_updates_one_still_hears_of_mentions_and_replies_to_ones_threads(
    workspace, owner, mia, paul, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mine = discussions.start_thread(workspace, author=paul, title="Lomé", body="Hello")
    assert "paul@example.org" not in by_recipient(mailoutbox)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        discussions.reply(mine, author=mia, body="Welcome.")
        discussions.start_thread(workspace, author=mia, title="Dakar", body="@Paul Partner, see.")

    to_paul = [message.subject for message in mailoutbox if message.to == ["paul@example.org"]]
    assert sorted(to_paul) == [
        PREFIX + "Mia Member mentioned you: Dakar",
        PREFIX + "Mia Member replied: Lomé",
    ]


# --- Who may no longer read, what is gone, twice -----------------------------------------------


def test_a_member_removed_meanwhile_gets_nothing(workspace, owner, mia, aminata, mailoutbox):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Premiums")
    happened = record(workspace, mia, Verb.THREAD_STARTED, thread)
    Membership.objects.filter(user=aminata).delete()

    assert emails.deliver_activity(happened.pk) == 1

    assert list(by_recipient(mailoutbox)) == ["olga@example.org"]


def test_a_mention_in_a_private_workspace_never_reaches_who_left_it(
    workspace, owner, mia, aminata, mailoutbox
):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    thread = ThreadFactory(workspace=workspace, author=mia, title="Secret premiums")
    happened = record(workspace, mia, Verb.MENTIONED, thread, addressed_to=[aminata.pk])
    Membership.objects.filter(user=aminata).delete()

    assert emails.deliver_activity(happened.pk) == 0

    assert mailoutbox == []


def test_private_content_never_goes_to_a_non_member_even_if_addressed(
    workspace, owner, mia, mailoutbox
):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    outsider = UserFactory(email="oscar@example.org", display_name="Oscar Outsider")
    gone = UserFactory(email="ivy@example.org", display_name="Ivy Inactive", is_active=False)
    add_member(workspace, gone)
    thread = ThreadFactory(workspace=workspace, author=mia, title="Secret premiums")
    happened = record(
        workspace, mia, Verb.MENTIONED, thread, addressed_to=[outsider.pk, gone.pk, owner.pk]
    )

    assert emails.deliver_activity(happened.pk) == 1

    [message] = mailoutbox
    assert message.to == ["olga@example.org"]
    assert "Secret premiums" in message.subject


def test_a_task_run_twice_sends_once(workspace, owner, mia, aminata, mailoutbox):
    thread = ThreadFactory(workspace=workspace, author=mia)
    happened = record(workspace, mia, Verb.THREAD_STARTED, thread)

    assert emails.deliver_activity(happened.pk) == 2
    assert emails.deliver_activity(happened.pk) == 0

    assert len(mailoutbox) == 2
    happened.refresh_from_db()
    assert happened.e_mailed is not None


def test_nothing_goes_about_what_was_deleted_or_in_an_archived_workspace(
    workspace, owner, mia, aminata, mailoutbox
):
    thread = ThreadFactory(workspace=workspace, author=mia)
    deleted = record(workspace, mia, Verb.THREAD_STARTED, thread)
    thread.delete()
    kept = ThreadFactory(workspace=workspace, author=mia)
    archived = record(workspace, mia, Verb.THREAD_STARTED, kept)
    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())

    assert emails.deliver_activity(deleted.pk) == 0
    assert emails.deliver_activity(archived.pk) == 0
    assert emails.deliver_activity(123456789) == 0  # the workspace, and so it, deleted

    assert mailoutbox == []


def test_a_deleted_reply_is_not_e_mailed(workspace, owner, mia, mailoutbox):
    thread = ThreadFactory(workspace=workspace, author=owner)
    answer = discussions.reply(thread, author=mia, body="Oops")
    happened = Activity.objects.get(verb=Verb.REPLIED)
    discussions.delete_reply(answer)

    assert emails.deliver_activity(happened.pk) == 0

    assert mailoutbox == []


def test_when_the_mail_server_is_down_the_claim_is_released_for_the_retry(
    workspace, owner, mia, settings, mailoutbox
):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Premiums")
    happened = record(workspace, mia, Verb.THREAD_STARTED, thread)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2

    with pytest.raises(OSError):
        emails.deliver_activity(happened.pk)

    happened.refresh_from_db()
    assert happened.e_mailed is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert emails.deliver_activity(happened.pk) == 1
    assert mailoutbox[0].subject == PREFIX + "Mia Member started a discussion: Premiums"


# --- Through a real worker and a real SMTP server -------------------------------------------


@pytest.mark.worker
def test_a_reply_reaches_the_threads_author_through_a_real_worker(
    fresh_cache, client, smtp_server, real_celery_worker
):
    owner = UserFactory(email="olga@example.org", display_name="Olga Owner", language="fr")
    workspace = WorkspaceFactory(name=WORKSPACE, slug="borgou", owner=owner)
    Membership.objects.filter(user=owner).update(email_updates=False)
    mia = join(workspace, "mia@example.org", "Mia Member")
    thread = ThreadFactory(workspace=workspace, author=owner, title="Premiums")
    client.force_login(mia)

    response = client.post(
        reverse("workspaces:thread-reply", kwargs={"slug": "borgou", "pk": thread.pk}),
        {"body": "In **Parakou**, 1,500 CFA francs."},
    )

    assert response.status_code == 302
    [received] = smtp_server.wait_for(1, timeout=30)
    runs = real_celery_worker.wait_for_task("workspaces.send_activity")
    assert ("SUCCESS", True) in [(state, in_worker) for _, state, in_worker in runs]
    assert received["envelope"].rcpt_tos == ["olga@example.org"]
    message = received["message"]
    with translation.override("fr"):
        replied = gettext("%(name)s replied: %(title)s") % {
            "name": "Mia Member",
            "title": "Premiums",
        }
    # Header folding joined again; French typography's non-breaking spaces kept.
    assert re.sub(r"[ \t\r\n]+", " ", str(message["Subject"])).strip(" ") == PREFIX + replied
    body = message.get_content()
    assert "In Parakou, 1,500 CFA francs." in body
    [link] = [link for link in links_in(body) if "/discussions/" in link]
    assert link.startswith("http://testserver/fr/workspaces/borgou/discussions/")
    page = client.get(link.removeprefix("http://testserver"))
    assert page.status_code == 200
    assert "In <strong>Parakou</strong>, 1,500 CFA francs." in page.content.decode()
