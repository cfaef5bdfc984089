"""The outbox: written with the change, claimed before sending, sent once, retried with
backoff, given up on, resent; cancelled when its content is gone or out of reach.
SQLite and inline tasks are enough here; a real worker is in test_delivery_worker.py
and the faults (Redis, a killed worker) in test_faults.py."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from gess.celery import app
from notifications import outbox
from notifications.models import Notification, OutboxMessage, Update
from notifications.tasks import send_messages
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces.models import Membership, Workspace

from .conftest import free_port, point_broker

State = OutboxMessage.State
pytestmark = pytest.mark.django_db


@pytest.fixture
def workspace(db):
    return WorkspaceFactory(name="Health mutuals in Benin", slug="health-mutuals-benin")


@pytest.fixture
def author(db):
    return UserFactory(email="author@example.org", display_name="Awa Ndiaye")


@pytest.fixture
def followers(workspace, follow):
    people = [
        UserFactory(email=f"follower{n}@example.org", display_name=f"Follower {n}")
        for n in range(3)
    ]
    for person in people:
        follow(person, workspace)
    return people


def outbox_ids() -> list[int]:
    return list(OutboxMessage.objects.order_by("pk").values_list("pk", flat=True))


def states() -> list[tuple]:
    return list(OutboxMessage.objects.order_by("pk").values_list("state", "attempts"))


def make_due(*ids) -> None:
    """As if the backoff of these messages were over."""
    OutboxMessage.objects.filter(pk__in=ids).update(next_attempt=timezone.now())


# --- Written with the change ----------------------------------------------------------------


def test_a_rolled_back_change_leaves_no_update_notification_or_email(
    workspace, author, followers, notify, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        notify(workspace, author=author)
        raise RuntimeError("the post could not be saved")

    assert callbacks == []
    assert not Update.objects.exists()
    assert not Notification.objects.exists()
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_a_committed_change_owes_one_email_per_follower_sent_after_commit(
    workspace, author, followers, notify, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(workspace, author=author, title="Door-to-door visits doubled enrolment")
        waiting = list(OutboxMessage.objects.values_list("recipient__email", "state"))

    # Written in the change's transaction, waiting; nothing leaves before the commit.
    assert sorted(waiting) == [(person.email, State.PENDING) for person in followers]
    assert mail.outbox == []
    assert len(callbacks) == 1

    callbacks[0]()

    assert sorted(message.to[0] for message in mail.outbox) == [p.email for p in followers]
    assert {message.subject for message in mail.outbox} == {
        "[Health mutuals in Benin] Awa Ndiaye wrote: Door-to-door visits doubled enrolment"
    }
    assert states() == [(State.SENT, 1)] * 3


# --- Claimed, sent once ------------------------------------------------------------------------


def test_a_message_is_claimed_once(workspace, author, followers, notify):
    notify(workspace, author=author)
    pk = outbox_ids()[0]

    first = outbox.claim(pk)
    second = outbox.claim(pk)

    assert first is not None and first.state == State.SENDING and first.attempts == 1
    assert second is None


def test_a_task_run_twice_sends_each_email_once(workspace, author, followers, notify):
    notify(workspace, author=author)
    ids = outbox_ids()

    first = send_messages(ids=ids)
    second = send_messages(ids=ids)

    assert first == {"sent": 3, "cancelled": 0, "failed": 0, "retry": []}
    assert second == {"sent": 0, "cancelled": 0, "failed": 0, "retry": []}
    assert sorted(message.to[0] for message in mail.outbox) == [p.email for p in followers]
    sent = OutboxMessage.objects.order_by("pk")
    assert [(m.to_address, m.subject) for m in sent] == [
        (message.to[0], message.subject) for message in mail.outbox
    ]


def test_an_abandoned_claim_is_offered_again_after_the_lease_and_sent_once(
    settings, workspace, author, followers, notify
):
    settings.NOTIFICATIONS_CLAIM_LEASE = 600
    notify(workspace, author=author)
    pk = outbox_ids()[0]
    outbox.claim(pk)  # … and the worker dies

    assert pk not in outbox.due()
    assert outbox.deliver([pk])["sent"] == 0  # another worker holds it, as far as we know

    OutboxMessage.objects.filter(pk=pk).update(claimed_at=timezone.now() - timedelta(seconds=601))
    assert pk in outbox.due()
    assert outbox.deliver([pk])["sent"] == 1
    assert outbox.deliver([pk])["sent"] == 0

    assert [message.to[0] for message in mail.outbox] == [followers[0].email]
    message = OutboxMessage.objects.get(pk=pk)
    assert (message.state, message.attempts) == (State.SENT, 2)


def test_a_message_abandoned_at_its_last_attempt_is_failed_by_the_sweep(
    settings, workspace, author, followers, notify
):
    settings.NOTIFICATIONS_CLAIM_LEASE = 600
    notify(workspace, author=author)
    pk = outbox_ids()[0]
    OutboxMessage.objects.filter(pk=pk).update(
        state=State.SENDING,
        attempts=outbox.MAX_ATTEMPTS,
        claimed_at=timezone.now() - timedelta(seconds=601),
    )

    assert pk not in outbox.due()
    outbox.sweep()

    message = OutboxMessage.objects.get(pk=pk)
    assert message.state == State.FAILED
    assert message.last_error == "The worker sending it stopped before it was sent."
    assert followers[0].email not in [m.to[0] for m in mail.outbox]


# --- Failures, backoff, giving up, resending -----------------------------------------------


def test_backoff_doubles_from_thirty_seconds_up_to_an_hour():
    waits = [outbox.backoff(attempts).total_seconds() for attempts in range(1, 10)]

    assert waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_smtp_refusing_puts_the_messages_back_to_wait_with_backoff(
    workspace, author, followers, notify, mailbox
):
    mailbox.refuse_with = "451 4.3.0 Try again later"
    notify(workspace, author=author)
    ids = outbox_ids()

    before = timezone.now()
    outcome = outbox.deliver(ids)

    assert outcome["sent"] == 0
    assert [pk for pk, _seconds in outcome["retry"]] == ids
    assert mailbox.messages == []
    assert mailbox.connections == 1  # one connection for the batch, refusals and all
    for message in OutboxMessage.objects.all():
        assert (message.state, message.attempts) == (State.PENDING, 1)
        assert "451" in message.last_error and "Try again later" in message.last_error
        assert before + timedelta(seconds=29) < message.next_attempt
        assert message.next_attempt < timezone.now() + timedelta(seconds=31)
    # Not due before its backoff is over: the sweep hands nothing over.
    assert outbox.due() == []
    assert outbox.sweep() == 0


def test_a_message_refused_every_time_fails_after_max_attempts_and_can_be_resent(
    workspace, author, followers, notify, mailbox, django_capture_on_commit_callbacks
):
    follow_one = followers[0]
    mailbox.refuse_with = "451 4.3.0 Try again later"
    notify(workspace, author=author)
    pk = OutboxMessage.objects.get(recipient=follow_one).pk
    waits = []
    for _attempt in range(outbox.MAX_ATTEMPTS):
        make_due(pk)
        started = timezone.now()
        outbox.deliver([pk])
        message = OutboxMessage.objects.get(pk=pk)
        if message.state == State.PENDING:
            waits.append(round((message.next_attempt - started).total_seconds() / 30) * 30)

    assert waits == [30, 60, 120, 240, 480, 960, 1920]
    assert (message.state, message.attempts) == (State.FAILED, outbox.MAX_ATTEMPTS)
    assert "451" in message.last_error
    assert mailbox.messages == []
    make_due(pk)
    assert message.pk not in outbox.due()

    mailbox.refuse_with = None
    with django_capture_on_commit_callbacks(execute=True):
        assert outbox.resend([pk]) == 1

    [received] = mailbox.wait_for(1, timeout=10)
    assert received["envelope"].rcpt_tos == [follow_one.email]
    message.refresh_from_db()
    assert (message.state, message.attempts) == (State.SENT, 1)
    assert message.last_error == ""


def test_an_address_refused_for_good_fails_at_once(workspace, author, followers, notify, mailbox):
    mailbox.refuse_with = "550 5.1.1 No such mailbox"
    notify(workspace, author=author)

    outcome = outbox.deliver(outbox_ids())

    assert (outcome["failed"], outcome["retry"]) == (3, [])
    assert states() == [(State.FAILED, 1)] * 3
    assert all("550" in m.last_error for m in OutboxMessage.objects.all())


def test_an_unreachable_server_makes_the_whole_batch_wait_as_long(
    settings, workspace, author, followers, notify
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nothing listens there
    notify(workspace, author=author)
    ids = outbox_ids()

    outcome = outbox.deliver(ids)

    assert [pk for pk, _seconds in outcome["retry"]] == ids
    first, *rest = OutboxMessage.objects.order_by("pk")
    assert (first.state, first.attempts) == (State.PENDING, 1)
    assert "ConnectionRefusedError" in first.last_error
    # The others were not tried (no attempt counted) but wait as long as the first.
    for message in rest:
        assert (message.state, message.attempts, message.last_error) == (State.PENDING, 0, "")
        assert abs(message.next_attempt - first.next_attempt) < timedelta(seconds=1)
    assert outbox.due() == []


# --- What must not be sent is cancelled ------------------------------------------------------


def test_a_member_who_left_a_private_workspace_is_not_sent_its_news(author, follow, notify):
    private = WorkspaceFactory(
        name="Steering committee", slug="steering", visibility=Workspace.Visibility.PRIVATE
    )
    staying = UserFactory(email="staying@example.org")
    leaving = UserFactory(email="leaving@example.org")
    for person in (author, staying, leaving):
        add_member(private, person)
        follow(person, private)
    notify(private, author=author)
    Membership.objects.filter(workspace=private, user=leaving).delete()

    outcome = outbox.deliver(outbox_ids())

    assert (outcome["sent"], outcome["cancelled"]) == (1, 1)
    assert [message.to[0] for message in mail.outbox] == ["staying@example.org"]
    assert OutboxMessage.objects.get(recipient=leaving).state == State.CANCELLED


def test_news_of_a_deleted_post_is_not_sent(workspace, author, followers, notify):
    update = notify(workspace, author=author)
    update.target.delete()

    outcome = outbox.deliver(outbox_ids())

    assert (outcome["sent"], outcome["cancelled"]) == (0, 3)
    assert mail.outbox == []
    assert states() == [(State.CANCELLED, 1)] * 3


def test_an_inactive_member_or_one_without_an_address_is_not_sent_anything(
    workspace, author, followers, notify
):
    notify(workspace, author=author)
    gone, no_address, active = followers
    gone.is_active = False
    gone.save()
    no_address.email = ""
    no_address.save()

    outcome = outbox.deliver(outbox_ids())

    assert (outcome["sent"], outcome["cancelled"]) == (1, 2)
    assert [message.to[0] for message in mail.outbox] == [active.email]
    assert OutboxMessage.objects.get(recipient=gone).state == State.CANCELLED
    assert OutboxMessage.objects.get(recipient=no_address).state == State.CANCELLED


# --- Nothing reaches the web request --------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_member_posting_while_smtp_refuses_gets_the_normal_page(
    client, follow, followable_workspace, mailbox
):
    assert app.conf.task_always_eager  # inline: the e-mails are tried inside the request
    workspace = WorkspaceFactory(name="Health mutuals in Benin", slug="health-mutuals-benin")
    member = UserFactory(email="aminata@example.org", display_name="Aminata Diallo")
    follower = UserFactory(email="carlos@example.org")
    add_member(workspace, member)
    follow(follower, workspace)
    mailbox.refuse_with = "451 4.3.0 Try again later"
    client.force_login(member)

    response = client.post(
        "/en/workspaces/health-mutuals-benin/blog/new/",
        {"title": "Radio spots did little", "body": "Visits did a lot."},
        follow=True,
    )

    [(url, status)] = response.redirect_chain
    assert status == 302 and url.startswith("/en/workspaces/health-mutuals-benin/blog/")
    assert response.status_code == 200
    assert "Radio spots did little" in response.content.decode()
    message = OutboxMessage.objects.get()
    assert (message.recipient, message.state, message.attempts) == (
        follower,
        State.PENDING,
        1,
    )
    assert "451" in message.last_error
    assert mailbox.messages == []


def test_a_broker_out_of_reach_is_reported_at_once_and_the_messages_wait(
    workspace, author, followers, notify
):
    saved = (app.conf.broker_url, app.conf.task_always_eager)
    point_broker(app, f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    app.conf.task_always_eager = False
    try:
        notify(workspace, author=author)
        started = time.monotonic()
        handed_over = outbox.enqueue(outbox_ids())
        elapsed = time.monotonic() - started
    finally:
        point_broker(app, saved[0])
        app.conf.task_always_eager = saved[1]

    assert handed_over is False
    assert elapsed < 2  # kombu's own retries would hold the request for seconds
    assert states() == [(State.PENDING, 0)] * 3
    assert outbox.due() == outbox_ids()
