"""An update end to end: published in a transaction, handed to the broker on commit,
sent by a real Celery worker from the ``email`` queue over a real SMTP server, once,
in each member's language, with working one-click unsubscribe headers.

Runs on SQLite with the in-process broker, and on PostgreSQL with Redis."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from gess.celery import app
from notifications import tokens
from notifications.models import Delivery, Notification, OutboxMessage, Subscription
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory
from workspaces.models import Workspace

from .conftest import wait_until

UNSUBSCRIBE = re.compile(r"^<(https?://[^/>]+/(en|fr|es)/notifications/unsubscribe/([^/>]+)/)>$")


def test_notification_tasks_travel_on_their_queues():
    def queue(name):
        return app.amqp.router.route({}, name, args=(), kwargs={})["queue"].name

    assert queue("notifications.send_messages") == "email"
    assert queue("notifications.send_digests") == "email"
    assert queue("notifications.sweep_outbox") == "celery"


@pytest.fixture
def workspace(transactional_db):
    return WorkspaceFactory(name="Health mutuals in Benin", slug="health-mutuals-benin")


@pytest.fixture
def author(transactional_db):
    return UserFactory(email="kofi@example.org", display_name="Kofi Mensah")


@pytest.mark.worker
def test_an_update_reaches_each_follower_once_in_their_language(
    smtp_server, real_celery_worker, workspace, author, follow, notify
):
    awa = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", language="en")
    marc = UserFactory(email="marc@example.org", display_name="Marc Dubois", language="fr")
    subscriptions = {person.email: follow(person, workspace) for person in (awa, marc)}

    update = notify(workspace, author=author, title="Door-to-door visits doubled enrolment")

    received = smtp_server.wait_for(2, timeout=30)
    runs = real_celery_worker.wait_for_task("notifications.send_messages")
    ids = list(OutboxMessage.objects.order_by("pk").values_list("pk", flat=True))
    assert runs == [({"ids": ids}, "SUCCESS", True)]
    assert len(received) == 2
    by_address = {item["envelope"].rcpt_tos[0]: item for item in received}
    assert set(by_address) == {"awa@example.org", "marc@example.org"}
    post = update.target

    for address, language, greeting_name in (
        ("awa@example.org", "en", "Awa Ndiaye"),
        ("marc@example.org", "fr", "Marc Dubois"),
    ):
        envelope, message = by_address[address]["envelope"], by_address[address]["message"]
        stored = OutboxMessage.objects.get(recipient__email=address)
        # To the member alone.
        assert envelope.rcpt_tos == [address]
        assert message["To"] == address
        assert message.get_all("Cc") is None and message.get_all("Bcc") is None
        assert str(message["Subject"]) == (
            "[Health mutuals in Benin] Kofi Mensah wrote: Door-to-door visits doubled enrolment"
        )
        # One-click unsubscribe (RFC 8058), for the subscription that brought it.
        link = UNSUBSCRIBE.match(str(message["List-Unsubscribe"]).strip())
        assert link is not None, message["List-Unsubscribe"]
        assert link.group(2) == language
        assert tokens.read(link.group(3)) == (
            stored.recipient_id,
            f"sub:{subscriptions[address].pk}",
        )
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        # The same Message-ID at every attempt, so that a repeat shows once.
        assert message["Message-ID"] == stored.message_id
        assert message["Auto-Submitted"] == "auto-generated"
        # The chrome in the member's language, the links in it.
        body = message.get_content()
        with translation.override(language):
            greeting = gettext("Hello %(name)s,") % {"name": greeting_name}
        assert body.startswith(greeting)
        assert f"http://testserver/{language}/workspaces/health-mutuals-benin/blog/{post.pk}/" in (
            body
        )
        assert f"http://testserver/{language}/notifications/preferences/" in body
        assert link.group(1) in body
        assert (stored.state, stored.attempts, stored.to_address) == ("sent", 1, address)
    assert by_address["marc@example.org"]["message"].get_content().startswith("Bonjour Marc Dubois")

    # Once: nothing more arrives.
    assert len(smtp_server.wait_for(3, timeout=2)) == 2


@pytest.mark.worker
def test_one_click_unsubscribe_from_the_header_stops_the_emails_not_the_notifications(
    smtp_server, real_celery_worker, workspace, author, follow, notify
):
    awa = UserFactory(email="awa@example.org", display_name="Awa Ndiaye")
    subscription = follow(awa, workspace)
    notify(workspace, author=author, title="Radio spots did little")
    [received] = smtp_server.wait_for(1, timeout=30)
    url = UNSUBSCRIBE.match(str(received["message"]["List-Unsubscribe"]).strip()).group(1)

    # As a mail program does it: a POST without cookies or CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        url.removeprefix("http://testserver"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert "Done: you will no longer receive this" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.delivery == Delivery.PORTAL

    notify(workspace, author=author, title="Visits did a lot")
    assert len(smtp_server.wait_for(2, timeout=3)) == 1
    assert Subscription.objects.get(user=awa).delivery == Delivery.PORTAL
    assert list(
        Notification.objects.filter(recipient=awa).values_list("update__title", "delivery")
    ) == [("Visits did a lot", Delivery.PORTAL), ("Radio spots did little", Delivery.INSTANT)]


@pytest.mark.worker
def test_two_hundred_followers_are_sent_to_over_one_connection_per_batch(
    mailbox, real_celery_worker, workspace, author, notify
):
    people = UserFactory.create_batch(200)
    workspace_type = ContentType.objects.get_for_model(Workspace)
    Subscription.objects.bulk_create(
        Subscription(user=person, content_type=workspace_type, object_id=workspace.pk)
        for person in people
    )

    notify(workspace, author=author)

    received = mailbox.wait_for(200, timeout=60)
    assert len(received) == 200
    assert mailbox.per_recipient() == {person.email: 1 for person in people}
    # The last e-mail can arrive before its task is recorded as finished.
    assert wait_until(lambda: len(real_celery_worker.finished) >= 4, timeout=10)
    runs = real_celery_worker.wait_for_task("notifications.send_messages")
    assert sorted(len(kwargs["ids"]) for kwargs, _state, _in_worker in runs) == [50, 50, 50, 50]
    assert mailbox.connections == 4
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"sent"}
