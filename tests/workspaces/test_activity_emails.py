"""What happens in a workspace, told through the notifications (``notify.announce``):
new content goes to those who follow the workspace, as each chose (every item by
e-mail, a digest, the portal only); a comment to the post's author, a reply to the
thread's author and to those who took part and still follow it, a mention to whom it
names; never to the actor, once per person and change, to each alone and in their
language, with the excerpt, the link and a one-click unsubscribe; never to whoever may
no longer read the workspace, nor about something deleted meanwhile. One test sends a
reply through a real Celery worker and a real SMTP server."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from notifications.models import (
    Delivery,
    Notification,
    OutboxMessage,
    Preferences,
    Reason,
    Subscription,
)
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
from workspaces import discussions, membership
from workspaces.models import Activity, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Verb = Activity.Verb
WORKSPACE = "Mutuals of Borgou"
PREFIX = f"[{WORKSPACE}] "
FOLLOWING = f"You receive this because you follow the workspace “{WORKSPACE}”."


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name=WORKSPACE, slug="borgou", owner=owner)


def hears(workspace, user, delivery: str) -> None:
    """``user`` hears of the workspace's new content this way."""
    Subscription.objects.to(workspace).filter(user=user).update(delivery=delivery)


def join(workspace, email, name, *, delivery=Delivery.INSTANT, **kwargs):
    user = UserFactory(email=email, display_name=name, **kwargs)
    add_member(workspace, user)
    hears(workspace, user, delivery)
    return user


@pytest.fixture
def mia(workspace):
    return join(workspace, "mia@example.org", "Mia Member")


@pytest.fixture
def aminata(workspace):
    return join(workspace, "aminata@example.org", "Aminata Diallo", language="fr")


@pytest.fixture
def paul(workspace):
    return join(workspace, "paul@example.org", "Paul Partner", delivery=Delivery.PORTAL)


def record(workspace, actor, verb, target, addressed_to=()):
    return activities.record(
        workspace, actor=actor, verb=verb, target=target, summary=str(target),
        addressed_to=list(addressed_to), notify=True,
    )  # fmt: skip


def french(subject: str, **values) -> str:
    """A subject line as a French-speaking member reads it (spaces compared as spaces:
    French typography's non-breaking space before ":" may reach the header as one)."""
    with translation.override("fr"):
        return spaces(PREFIX + gettext(subject).format(actor="Mia Member", **values))


def spaces(text: str) -> str:
    return " ".join(text.split())


def by_recipient(outbox) -> dict:
    """{address: message}, checking that each message goes to one address only."""
    for message in outbox:
        assert len(message.to) == 1 and not message.cc and not message.bcc, message.to
    addresses = [message.to[0] for message in outbox]
    assert len(addresses) == len(set(addresses)), addresses
    return {message.to[0]: message for message in outbox}


def absolute(path: str) -> str:
    return "http://testserver" + path


def assert_one_click_unsubscribe(message) -> None:
    """The unsubscribe link of the footer is the ``List-Unsubscribe`` header's."""
    header = message.extra_headers["List-Unsubscribe"]
    assert re.fullmatch(r"<http://testserver/\w\w/notifications/unsubscribe/[^>]+/>", header)
    assert header.strip("<>") in links_in(message.body)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


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
        "Mia Member wrote a new blog post, “Door-to-door visits”, in the workspace "
        "“Mutuals of Borgou”.",
        "Door-to-door visits by peer educators doubled enrolment.",
    )


def _page(workspace, mia):
    page = WikiPageFactory(workspace=workspace, created_by=mia, title="Enrolment guide")
    return (
        page,
        Verb.PAGE_CREATED,
        "Mia Member created a wiki page: Enrolment guide",
        "Mia Member created the wiki page “Enrolment guide” in the workspace “Mutuals of Borgou”.",
        "Before the campaign Meet the village chief and the health centre staff.",
    )


def _document(workspace, mia):
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Baseline survey")
    return (
        document,
        Verb.DOCUMENT_ADDED,
        "Mia Member added a document: Baseline survey",
        "Mia Member added the document “Baseline survey” to the workspace “Mutuals of Borgou”.",
        "Household survey in Atacora and Donga, 2024.",
    )


def _version(workspace, mia):
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Baseline survey")
    add_version(document, b"%PDF-1.4 second", name="survey-v2.pdf", user=mia)
    return (
        document,
        Verb.DOCUMENT_VERSION,
        "Mia Member uploaded a new version: Baseline survey",
        "Mia Member uploaded a new version of the document “Baseline survey” in the "
        "workspace “Mutuals of Borgou”.",
        "Household survey in Atacora and Donga, 2024.",
    )


def _thread(workspace, mia):
    thread = ThreadFactory(workspace=workspace, author=mia, title="Which premium?")
    return (
        thread,
        Verb.THREAD_STARTED,
        "Mia Member started a discussion: Which premium?",
        "Mia Member started the discussion “Which premium?” in the workspace “Mutuals of Borgou”.",
        "In Cotonou the mutual asks 1,500 CFA francs a month. Is that too much?",
    )


def _event(workspace, mia):
    event = EventFactory(workspace=workspace, created_by=mia, title="Steering committee")
    return (
        event,
        Verb.EVENT_ADDED,
        "Mia Member announced an event: Steering committee",
        "Mia Member announced the event “Steering committee” in the workspace “Mutuals of Borgou”.",
        "Review of the pilot's first six months with the Ministry of Labour.",
    )


@pytest.mark.parametrize("make", [_post, _page, _document, _version, _thread, _event])
def test_new_content_reaches_each_follower_as_they_chose(
    make,
    workspace,
    owner,
    mia,
    aminata,
    paul,
    settings,
    tmp_path,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    settings.MEDIA_ROOT = tmp_path
    ravi = join(workspace, "ravi@example.org", "Ravi Reader", delivery=Delivery.DAILY)
    target, verb, subject, sentence, excerpt = make(workspace, mia)

    with django_capture_on_commit_callbacks(execute=True):
        record(workspace, mia, verb, target)

    # Not Mia (who did it); Paul in the portal only, Ravi in tomorrow's digest.
    sent = by_recipient(mailoutbox)
    assert sorted(sent) == ["aminata@example.org", "olga@example.org"]
    told = Notification.objects.filter(update__verb=f"workspace-{verb}")
    assert sorted(told.values_list("recipient__email", "delivery", "reason")) == [
        ("aminata@example.org", Delivery.INSTANT, Reason.FOLLOWING),
        ("olga@example.org", Delivery.INSTANT, Reason.FOLLOWING),
        ("paul@example.org", Delivery.PORTAL, Reason.FOLLOWING),
        (ravi.email, Delivery.DAILY, Reason.FOLLOWING),
    ]
    message = sent["olga@example.org"]
    assert message.subject == PREFIX + subject
    body = message.body
    assert body.startswith("Hello Olga Owner,")
    assert sentence in body
    assert excerpt in " ".join(body.split())
    assert not re.search(r"<\w+[^>]*>", body)  # plain text, never the HTML
    assert absolute(target.get_absolute_url()) in links_in(body)
    assert FOLLOWING in body
    assert_one_click_unsubscribe(message)
    if verb == Verb.EVENT_ADDED:
        assert "When: " in body
    # Aminata's, in French: the French addresses.
    french = sent["aminata@example.org"]
    with translation.override("fr"):
        assert gettext("Read it on the portal:") in french.body
        assert absolute(target.get_absolute_url()) in links_in(french.body)
    assert_one_click_unsubscribe(french)
    assert "http://testserver/fr/notifications/preferences/" in links_in(french.body)


def test_a_comment_goes_to_the_posts_author_alone_with_the_comment(
    workspace, owner, mia, aminata, mailoutbox, django_capture_on_commit_callbacks
):
    post = PostFactory(workspace=workspace, author=owner, title="Radio spots")
    comment = PostCommentFactory(post=post, author=mia, body="In Borgou they did little.")

    with django_capture_on_commit_callbacks(execute=True):
        record(workspace, mia, Verb.COMMENTED, comment, addressed_to=[owner.pk])

    [message] = mailoutbox  # Aminata follows the workspace: comments are not news
    assert message.to == ["olga@example.org"]
    assert message.subject == PREFIX + "Mia Member commented: Radio spots"
    assert "In Borgou they did little." in message.body
    assert absolute(post.get_absolute_url()) + f"#comment-{comment.pk}" in links_in(message.body)
    assert "You receive this because it answers something you wrote." in message.body
    assert_one_click_unsubscribe(message)
    assert not Notification.objects.filter(recipient=aminata).exists()


def test_a_mention_in_a_comment_quotes_the_comment(
    workspace, owner, mia, aminata, mailoutbox, django_capture_on_commit_callbacks
):
    post = PostFactory(workspace=workspace, author=owner, title="Radio spots")
    comment = PostCommentFactory(post=post, author=mia, body="@Aminata Diallo saw it in Dakar.")

    with django_capture_on_commit_callbacks(execute=True):
        record(workspace, mia, Verb.MENTIONED, comment, addressed_to=[aminata.pk])

    [message] = mailoutbox
    assert message.to == ["aminata@example.org"]
    assert spaces(message.subject) == french("{actor} mentioned you: {title}", title="Radio spots")
    assert "@Aminata Diallo saw it in Dakar." in message.body
    assert "peer educators" not in message.body  # the post's own text
    assert f"/fr/workspaces/borgou/blog/{post.pk}/#comment-{comment.pk}" in message.body
    with translation.override("fr"):
        assert gettext("You receive this because you were mentioned.") in message.body


# --- Replies ----------------------------------------------------------------------------------


def test_a_reply_goes_to_the_author_and_those_who_took_part_and_still_follow(
    workspace, owner, mia, aminata, paul, mailoutbox, django_capture_on_commit_callbacks
):
    ravi = join(workspace, "ravi@example.org", "Ravi Reader")  # follows, took no part
    gone = join(workspace, "gina@example.org", "Gina Gone")
    quiet = join(workspace, "quinn@example.org", "Quinn Quiet")
    Preferences.objects.create(user=quiet, direct=Delivery.PORTAL)
    thread = discussions.start_thread(workspace, author=owner, title="Premiums", body="Too much?")
    for person, text in [(aminata, "Dakar: 2,000."), (paul, "Lomé: 1,000."), (gone, "Hi"),
                         (quiet, "Kara: 800.")]:  # fmt: skip
        discussions.reply(thread, author=person, body=text)
    membership.leave(workspace, gone)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        answer = discussions.reply(thread, author=mia, body="In *Parakou*, 1,500.")

    sent = by_recipient(mailoutbox)
    # Olga started it (and follows: one e-mail); Aminata and Paul took part (Paul's
    # portal-only choice is about new content); Quinn took part but wants what concerns
    # them in the portal only; Gina left; Ravi did not take part; Mia wrote it.
    assert sorted(sent) == ["aminata@example.org", "olga@example.org", "paul@example.org"]
    message = sent["olga@example.org"]
    assert message.subject == PREFIX + "Mia Member replied: Premiums"
    assert "In Parakou, 1,500." in message.body
    assert absolute(thread.get_absolute_url()) + f"#reply-{answer.pk}" in links_in(message.body)
    assert "You receive this because it answers something you wrote." in message.body
    with translation.override("fr"):
        took_part = gettext("You receive this because you took part in this discussion.")
    assert took_part in sent["aminata@example.org"].body
    assert_one_click_unsubscribe(sent["paul@example.org"])
    reasons = Notification.objects.filter(
        update__verb="workspace-replied", update__target_id=answer.pk
    )
    assert sorted(reasons.values_list("recipient__email", "reason", "delivery")) == [
        ("aminata@example.org", Reason.PARTICIPANT, Delivery.INSTANT),
        ("olga@example.org", Reason.ADDRESSED, Delivery.INSTANT),
        ("paul@example.org", Reason.PARTICIPANT, Delivery.INSTANT),
        ("quinn@example.org", Reason.PARTICIPANT, Delivery.PORTAL),
    ]
    assert ravi.email not in sent


def test_in_the_portal_only_one_still_hears_of_mentions_and_replies_to_ones_threads(
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


# --- Who may no longer read, what is gone, once -------------------------------------------------


def private(workspace) -> Workspace:
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    workspace.visibility = Workspace.Visibility.PRIVATE
    return workspace


def test_who_left_a_private_workspace_meanwhile_gets_nothing(
    workspace, owner, mia, aminata, mailoutbox, django_capture_on_commit_callbacks
):
    private(workspace)
    thread = ThreadFactory(workspace=workspace, author=mia, title="Secret premiums")

    with django_capture_on_commit_callbacks() as queued:
        record(workspace, mia, Verb.THREAD_STARTED, thread)
        record(workspace, mia, Verb.MENTIONED, thread, addressed_to=[aminata.pk])
    Membership.objects.filter(user=aminata).delete()  # before the e-mails leave
    for callback in queued:
        callback()

    assert list(by_recipient(mailoutbox)) == ["olga@example.org"]
    to_aminata = OutboxMessage.objects.filter(recipient=aminata)
    assert sorted(to_aminata.values_list("state", flat=True)) == ["cancelled", "cancelled"]


def test_private_content_never_goes_to_a_non_member_even_if_addressed(
    workspace, owner, mia, mailoutbox, django_capture_on_commit_callbacks
):
    private(workspace)
    outsider = UserFactory(email="oscar@example.org", display_name="Oscar Outsider")
    gone = UserFactory(email="ivy@example.org", display_name="Ivy Inactive", is_active=False)
    add_member(workspace, gone)
    thread = ThreadFactory(workspace=workspace, author=mia, title="Secret premiums")

    with django_capture_on_commit_callbacks(execute=True):
        record(
            workspace, mia, Verb.MENTIONED, thread, addressed_to=[outsider.pk, gone.pk, owner.pk]
        )

    [message] = mailoutbox
    assert message.to == ["olga@example.org"]
    assert "Secret premiums" in message.subject
    assert list(Notification.objects.values_list("recipient", flat=True)) == [owner.pk]


def test_a_private_workspace_s_news_never_reaches_who_follows_it_without_being_in_it(
    workspace, owner, mia, mailoutbox, django_capture_on_commit_callbacks
):
    outsider = UserFactory(email="oscar@example.org", display_name="Oscar Outsider")
    membership.follow(workspace, outsider)  # when it was public
    private(workspace)
    thread = ThreadFactory(workspace=workspace, author=mia, title="Secret premiums")

    with django_capture_on_commit_callbacks(execute=True):
        record(workspace, mia, Verb.THREAD_STARTED, thread)

    assert list(by_recipient(mailoutbox)) == ["olga@example.org"]
    assert not Notification.objects.filter(recipient=outsider).exists()


def test_a_follower_of_a_public_workspace_who_is_not_in_it_hears_of_its_news(
    workspace, mia, mailoutbox, django_capture_on_commit_callbacks
):
    outsider = UserFactory(email="oscar@example.org", display_name="Oscar Outsider")
    membership.follow(workspace, outsider)
    thread = ThreadFactory(workspace=workspace, author=mia, title="Premiums")

    with django_capture_on_commit_callbacks(execute=True):
        record(workspace, mia, Verb.THREAD_STARTED, thread)

    assert FOLLOWING in by_recipient(mailoutbox)["oscar@example.org"].body


@pytest.mark.parametrize("what", ["thread", "reply"])
def test_nothing_goes_about_what_was_deleted_meanwhile(
    what, workspace, owner, mia, aminata, mailoutbox, django_capture_on_commit_callbacks
):
    thread = ThreadFactory(workspace=workspace, author=owner, title="Premiums")

    with django_capture_on_commit_callbacks() as queued:
        if what == "thread":
            gone = discussions.start_thread(workspace, author=mia, title="Oops", body="Oops")
        else:
            gone = discussions.reply(thread, author=mia, body="Oops")
    assert OutboxMessage.objects.count() == {"thread": 2, "reply": 1}[what]
    gone.delete()
    for callback in queued:
        callback()

    assert mailoutbox == []
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"cancelled"}


def test_each_person_hears_once_of_one_change(
    workspace, owner, mia, aminata, mailoutbox, django_capture_on_commit_callbacks
):
    thread = discussions.start_thread(workspace, author=owner, title="Premiums", body="Hi")
    discussions.reply(thread, author=aminata, body="Dakar: 2,000.")
    mailoutbox.clear()

    # Olga: the thread's author, a follower, who took part and is named; Aminata: took
    # part, follows, and is named.
    with django_capture_on_commit_callbacks(execute=True):
        discussions.reply(thread, author=mia, body="@Olga Owner and @Aminata Diallo: 1,500.")

    sent = by_recipient(mailoutbox)
    assert sorted(sent) == ["aminata@example.org", "olga@example.org"]
    assert sent["olga@example.org"].subject == PREFIX + "Mia Member replied: Premiums"
    assert spaces(sent["aminata@example.org"].subject) == french(
        "{actor} mentioned you: {title}", title="Premiums"
    )


# --- Through a real worker and a real SMTP server -------------------------------------------


@pytest.mark.worker
def test_a_reply_reaches_the_threads_author_through_a_real_worker(
    fresh_cache, client, smtp_server, real_celery_worker
):
    owner = UserFactory(email="olga@example.org", display_name="Olga Owner", language="fr")
    workspace = WorkspaceFactory(name=WORKSPACE, slug="borgou", owner=owner)
    hears(workspace, owner, Delivery.PORTAL)  # what concerns her reaches her anyway
    mia = join(workspace, "mia@example.org", "Mia Member")
    thread = ThreadFactory(workspace=workspace, author=owner, title="Premiums")
    client.force_login(mia)

    response = client.post(
        reverse("workspaces:thread-reply", kwargs={"slug": "borgou", "pk": thread.pk}),
        {"body": "In **Parakou**, 1,500 CFA francs."},
    )

    assert response.status_code == 302
    [received] = smtp_server.wait_for(1, timeout=30)
    runs = real_celery_worker.wait_for_task("notifications.send_messages")
    assert ("SUCCESS", True) in [(state, in_worker) for _, state, in_worker in runs]
    assert received["envelope"].rcpt_tos == ["olga@example.org"]
    message = received["message"]
    # Header folding joined again.
    subject = re.sub(r"[ \t\r\n]+", " ", str(message["Subject"])).strip(" ")
    assert spaces(subject) == french("{actor} replied: {title}", title="Premiums")
    unsubscribe = str(message["List-Unsubscribe"]).strip()
    assert unsubscribe.startswith("<http://testserver/fr/notifications/unsubscribe/")
    body = message.get_content()
    assert "In Parakou, 1,500 CFA francs." in body
    [link] = [link for link in links_in(body) if "/discussions/" in link]
    assert link.startswith("http://testserver/fr/workspaces/borgou/discussions/")
    page = client.get(link.removeprefix("http://testserver"))
    assert page.status_code == 200
    assert "In <strong>Parakou</strong>, 1,500 CFA francs." in page.content.decode()
    assert OutboxMessage.objects.get().state == OutboxMessage.State.SENT
