"""A list message by e-mail: a mailing-list e-mail (``[List] Subject``, the whole
message, its author, reply on the web, leave the list, one-click unsubscribe and
preferences) in each subscriber's language; the daily digest groups the list's
messages under the list. Bad input stays harmless: a line break in a subject adds no
header, a message of 40,000 characters is sent whole, a message or a list deleted
before the e-mail leaves cancels it, a banned member receives nothing.

The tests marked ``worker`` send through a real Celery worker and a real SMTP server
(on PostgreSQL with Redis when ``REDIS_URL`` is set)."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from forums import services
from forums.models import BODY_MAX_LENGTH, Message, Subscriber
from notifications import digests, emails, outbox, tokens
from notifications.models import Delivery, OutboxMessage, Subscription
from tests.factories import UserFactory
from tests.forums.factories import DiscussionListFactory, subscribe_as
from tests.notifications.conftest import wait_until

TRUSTED = Subscriber.Standing.TRUSTED
UNSUBSCRIBE = re.compile(r"^<(https?://[^/>]+/(en|fr|es)/notifications/unsubscribe/([^/>]+)/)>$")
BODY = (
    "In Thiès the mutual collects premiums after the groundnut harvest.\n"
    "\n"
    "Collection rose from 41% to 78% in one season."
)


def subscriber(email, name, discussion_list, language="en", **subscribed):
    user = UserFactory(email=email, display_name=name, language=language)
    subscribe_as(user, discussion_list, **subscribed)
    return user


def email_to(user):
    """The e-mail ``user`` is owed (the latest), as it would leave now."""
    owed = OutboxMessage.objects.filter(recipient=user).order_by("-pk")
    return emails.build(owed.first())


@pytest.fixture
def author(discussion_list):
    return subscriber("kofi@example.org", "Kofi Mensah", discussion_list, standing=TRUSTED)


@pytest.fixture
def awa(discussion_list):
    return subscriber("awa@example.org", "Awa Ndiaye", discussion_list)


# --- The e-mail, as written when it leaves --------------------------------------------------


@pytest.mark.django_db
def test_a_list_message_email_reads_like_a_mailing_list(discussion_list, author, awa):
    posted = services.start_topic(
        author, discussion_list, subject="Premium collection in Thiès", body=BODY
    )
    message = posted.message
    subscription = Subscription.objects.to(discussion_list).get(user=awa)

    email = email_to(awa)

    assert email.to == ["awa@example.org"] and not email.cc and not email.bcc
    assert email.subject == "[Health insurance] Premium collection in Thiès"
    unsubscribe = UNSUBSCRIBE.match(email.extra_headers["List-Unsubscribe"])
    assert tokens.read(unsubscribe.group(3)) == (awa.pk, f"sub:{subscription.pk}")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.body == (
        "Kofi Mensah started “Premium collection in Thiès” on Health insurance.\n"
        "\n"
        f"{BODY}\n"
        "\n"
        "Reply on the web:\n"
        f"http://testserver/en/forum/health-insurance/topics/{message.topic_id}/"
        f"#message-{message.pk}\n"
        "The list and its archive:\n"
        "http://testserver/en/forum/health-insurance/\n"
        "To leave the list:\n"
        "http://testserver/en/forum/health-insurance/leave/\n"
        "\n"
        "-- \n"
        "You receive this because you are subscribed to the discussion list "
        "“Health insurance”.\n"
        "To stop these e-mails in one click:\n"
        f"{unsubscribe.group(1)}\n"
        "To choose what you follow and how often you hear of it:\n"
        "http://testserver/en/notifications/preferences/\n"
    )

    # A reply says so in its subject.
    services.reply(awa, message.topic, body="And in Kaolack?")  # waits: Awa is new
    services.reply(author, message.topic, body="In Kaolack, after the rains.")
    reply = email_to(awa)
    assert reply.subject == "[Health insurance] Re: Premium collection in Thiès"
    assert reply.body.startswith(
        "Kofi Mensah replied to “Premium collection in Thiès” on Health insurance.\n\n"
        "In Kaolack, after the rains.\n\n"
    )


@pytest.mark.django_db
def test_a_french_subscriber_reads_the_list_in_french(discussion_list, author):
    marc = subscriber("marc@example.org", "Marc Dubois", discussion_list, language="fr")
    services.start_topic(author, discussion_list, subject="Cotisations", body=BODY)

    email = email_to(marc)

    assert email.subject == "[Assurance maladie] Cotisations"
    assert f"\n{BODY}\n" in email.body
    assert "http://testserver/fr/forum/health-insurance/leave/" in email.body
    assert "http://testserver/fr/notifications/preferences/" in email.body
    assert "/fr/notifications/unsubscribe/" in email.extra_headers["List-Unsubscribe"]
    with translation.override("fr"):
        assert gettext("To stop these e-mails in one click:") in email.body
    assert gettext("To stop these e-mails in one click:") not in email.body


@pytest.mark.django_db
def test_a_line_break_in_a_subject_adds_no_header(discussion_list, author, awa):
    services.start_topic(
        author, discussion_list, subject="Budget\r\nBcc: spy@example.net", body=BODY
    )
    ids = list(OutboxMessage.objects.values_list("pk", flat=True))

    outcome = outbox.deliver(ids)

    assert outcome["sent"] == 1
    [sent] = mail.outbox
    assert sent.recipients() == ["awa@example.org"]
    email = sent.message()
    assert email["Subject"] == "[Health insurance] Budget Bcc: spy@example.net"
    assert email["Bcc"] is None


@pytest.mark.django_db
def test_a_message_of_40000_characters_is_sent_whole(discussion_list, author, awa):
    paragraph = "Premiums, claims and reserves of the Thiès mutual, year by year. " * 10 + "\n\n"
    body = (paragraph * (BODY_MAX_LENGTH // len(paragraph) + 1))[: BODY_MAX_LENGTH - 3] + "End"
    assert len(body) == BODY_MAX_LENGTH

    services.start_topic(author, discussion_list, subject="The accounts", body=body)

    email = email_to(awa)
    assert body in email.body
    assert email.body.count("Premiums, claims and reserves") == body.count(
        "Premiums, claims and reserves"
    )


@pytest.mark.django_db
def test_a_message_deleted_before_its_email_leaves_cancels_it(discussion_list, author, awa):
    posted = services.start_topic(author, discussion_list, subject="Withdrawn", body=BODY)
    [owed] = OutboxMessage.objects.filter(recipient=awa)
    Message.objects.filter(pk=posted.message.pk).delete()

    outcome = outbox.deliver([owed.pk])

    assert outcome == {"sent": 0, "cancelled": 1, "failed": 0, "retry": []}
    owed.refresh_from_db()
    assert owed.state == OutboxMessage.State.CANCELLED
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_list_deleted_before_its_email_leaves_cancels_it(discussion_list, author, awa):
    services.start_topic(author, discussion_list, subject="Closing", body=BODY)
    ids = list(OutboxMessage.objects.values_list("pk", flat=True))
    discussion_list.delete()

    outcome = outbox.deliver(ids)

    assert outcome["sent"] == 0 and outcome["cancelled"] == len(ids) >= 1
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"cancelled"}
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_member_banned_before_the_email_leaves_receives_nothing(
    discussion_list, moderator, author, awa
):
    services.start_topic(author, discussion_list, subject="Before the ban", body=BODY)
    [owed] = OutboxMessage.objects.filter(recipient=awa)
    found = Subscriber.objects.get(user=awa)
    services.ban(found, moderator, reason="Advertising")
    # Even with their subscription row back (an admin's slip), nothing reaches them.
    Subscription.objects.create(
        user=awa, content_type=owed.notification.via_type, object_id=discussion_list.pk
    )

    assert outbox.deliver([owed.pk])["cancelled"] == 1
    services.start_topic(author, discussion_list, subject="After the ban", body=BODY)
    assert OutboxMessage.objects.filter(recipient=awa).count() == 1
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_daily_digest_groups_the_lists_messages_under_each_list(discussion_list, author):
    other = DiscussionListFactory(slug="pensions", name="Pensions", name_fr="Retraites")
    subscribe_as(author, other, standing=TRUSTED)
    reader = subscriber("ines@example.org", "Inès Garcia", discussion_list)
    for found in (discussion_list, other):
        services.subscribe(reader, found, delivery=Delivery.DAILY)
    services.start_topic(author, discussion_list, subject="Premiums", body=BODY)
    services.start_topic(author, other, subject="Social pensions in Lesotho", body=BODY)
    services.start_topic(author, discussion_list, subject="Claims", body=BODY)
    assert not OutboxMessage.objects.filter(recipient=reader).exists()

    [digest_id] = digests.compose("daily")

    email = emails.build(OutboxMessage.objects.get(pk=digest_id))
    assert email.to == ["ines@example.org"]
    assert email.subject == "GESS: your daily digest, 3 new items"
    body = email.body
    health = body.index("Discussion list: Health insurance\n---")
    pensions = body.index("Discussion list: Pensions\n---")
    premiums = body.index("* Kofi Mensah started “Premiums” on Health insurance.")
    claims = body.index("* Kofi Mensah started “Claims” on Health insurance.")
    lesotho = body.index("* Kofi Mensah started “Social pensions in Lesotho” on Pensions.")
    assert health < premiums < claims < pensions < lesotho
    # A digest lists, it does not carry the messages.
    assert BODY not in body


# --- End to end: a real worker, a real SMTP server ------------------------------------------


@pytest.fixture
def live_list(transactional_db):
    return DiscussionListFactory(
        slug="health-insurance",
        name="Health insurance",
        name_fr="Assurance maladie",
        probation=1,
    )


@pytest.mark.worker
def test_subscribers_receive_a_message_in_their_language_through_the_worker(
    smtp_server, real_celery_worker, live_list
):
    author = subscriber("kofi@example.org", "Kofi Mensah", live_list, standing=TRUSTED)
    subscriber("awa@example.org", "Awa Ndiaye", live_list, language="en")
    subscriber("marc@example.org", "Marc Dubois", live_list, language="fr")

    posted = services.start_topic(author, live_list, subject="Premium collection", body=BODY)

    received = smtp_server.wait_for(2, timeout=30)
    assert len(received) == 2
    by_address = {item["envelope"].rcpt_tos[0]: item["message"] for item in received}
    assert set(by_address) == {"awa@example.org", "marc@example.org"}
    link = f"/forum/health-insurance/topics/{posted.message.topic_id}/#message-{posted.message.pk}"
    for address, language, name in (
        ("awa@example.org", "en", "Health insurance"),
        ("marc@example.org", "fr", "Assurance maladie"),
    ):
        message = by_address[address]
        assert str(message["Subject"]) == f"[{name}] Premium collection"
        body = message.get_content().replace("\r\n", "\n")  # SMTP's line ends
        assert f"\n{BODY}\n" in body
        assert f"http://testserver/{language}{link}" in body
        assert f"http://testserver/{language}/forum/health-insurance/leave/" in body
        header = UNSUBSCRIBE.match(str(message["List-Unsubscribe"]).strip())
        assert header.group(2) == language and header.group(1) in body
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        with translation.override(language):
            assert gettext("To stop these e-mails in one click:") in body
    # The author is not sent their own message, and nobody twice.
    assert len(smtp_server.wait_for(3, timeout=2)) == 2


@pytest.mark.worker
def test_one_click_unsubscribe_stops_the_lists_emails(smtp_server, real_celery_worker, live_list):
    author = subscriber("kofi@example.org", "Kofi Mensah", live_list, standing=TRUSTED)
    awa = subscriber("awa@example.org", "Awa Ndiaye", live_list)
    marc = subscriber("marc@example.org", "Marc Dubois", live_list)
    services.start_topic(author, live_list, subject="First", body=BODY)
    received = smtp_server.wait_for(2, timeout=30)
    [awas] = [item["message"] for item in received if item["envelope"].rcpt_tos == [awa.email]]
    url = UNSUBSCRIBE.match(str(awas["List-Unsubscribe"]).strip()).group(1)

    # As a mail program does it: a POST without a session or a CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        url.removeprefix("http://testserver"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "E-mails about the discussion list “Health insurance”" in page
    assert "Done: you will no longer receive this" in page
    assert Subscription.objects.to(live_list).get(user=awa).delivery == Delivery.PORTAL
    services.start_topic(author, live_list, subject="Second", body=BODY)
    later = smtp_server.wait_for(3, timeout=30)
    assert [item["envelope"].rcpt_tos for item in later[2:]] == [[marc.email]]
    assert len(smtp_server.wait_for(4, timeout=2)) == 3
    # Awa still sees it in the portal, and is still on the list.
    assert awa.notifications.filter(update__title="Second").exists()
    assert Subscriber.objects.filter(user=awa, discussion_list=live_list).exists()


@pytest.mark.worker
def test_a_waiting_message_reaches_the_subscribers_only_once_approved(
    smtp_server, real_celery_worker, live_list
):
    moderator = subscriber("moderator@example.org", "Moussa Moderator", live_list)
    Subscriber.objects.filter(user=moderator).update(role=Subscriber.Role.MODERATOR)
    newcomer = subscriber("new@example.org", "Nina Newcomer", live_list)
    subscriber("awa@example.org", "Awa Ndiaye", live_list)

    posted = services.start_topic(newcomer, live_list, subject="A first question", body=BODY)

    [told] = smtp_server.wait_for(1, timeout=30)
    assert told["envelope"].rcpt_tos == ["moderator@example.org"]
    assert str(told["message"]["Subject"]) == (
        "[Health insurance] Waiting for moderation: A first question"
    )
    assert "http://testserver/en/forum/health-insurance/moderation/" in (
        told["message"].get_content()
    )
    assert len(smtp_server.wait_for(2, timeout=2)) == 1

    assert services.approve(posted.message, moderator) is True

    assert wait_until(lambda: len(smtp_server.messages) >= 2, timeout=30)
    later = smtp_server.wait_for(3, timeout=2)
    assert sorted(item["envelope"].rcpt_tos[0] for item in later[1:]) == [
        "awa@example.org",
        "moderator@example.org",
    ]
    assert all(
        str(item["message"]["Subject"]) == "[Health insurance] A first question"
        for item in later[1:]
    )
