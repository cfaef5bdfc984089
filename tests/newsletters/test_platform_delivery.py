"""The weekly platform news end to end: the task run twice by a real Celery worker, the
e-mails sent over a real SMTP server once per reader, each with a one-click
unsubscribe that works.

Runs on SQLite with the in-process broker, and on PostgreSQL with Redis."""

import re
from datetime import UTC, date, datetime

import pytest
from django.test import Client

from gess.celery import app
from newsletters.models import PlatformNews, Reader
from newsletters.tasks import send_platform_news
from notifications import tokens
from notifications.models import OutboxMessage
from tests.factories import UserFactory
from tests.library.factories import ItemFactory

WEEK = date(2026, 11, 16)
UNSUBSCRIBE = re.compile(r"^<(https?://[^/>]+/(en|fr|es)/notifications/unsubscribe/([^/>]+)/)>$")


def test_the_platform_news_task_travels_on_the_email_queue():
    route = app.amqp.router.route({}, "newsletters.send_platform_news", args=(), kwargs={})
    assert route["queue"].name == "email"


@pytest.fixture
def readers(transactional_db):
    people = {}
    for email, name, language in (
        ("awa@example.org", "Awa Ndiaye", "en"),
        ("marc@example.org", "Marc Dubois", "fr"),
    ):
        person = UserFactory(email=email, display_name=name, language=language)
        Reader.objects.create(user=person, platform_news=True)
        people[email] = person
    # Asked for the newsletter only: no platform news.
    other = UserFactory(email="newsletter.only@example.org")
    Reader.objects.create(user=other, newsletter=True)
    return people


@pytest.mark.worker
def test_the_task_run_twice_sends_one_email_per_reader_with_a_working_unsubscribe(
    smtp_server, real_celery_worker, readers
):
    ItemFactory(
        title="Extending health insurance to informal workers",
        published_at=datetime(2026, 11, 18, 9, tzinfo=UTC),
    )

    send_platform_news.delay(week=WEEK.isoformat())
    send_platform_news.delay(week=WEEK.isoformat())

    received = smtp_server.wait_for(2, timeout=30)
    runs = real_celery_worker.wait_for_task("newsletters.send_platform_news")
    assert len(smtp_server.wait_for(3, timeout=3)) == 2  # and nothing more arrives
    runs = real_celery_worker.wait_for_task("newsletters.send_platform_news")
    assert sorted(state for _kwargs, state, _in_worker in runs) == ["SUCCESS", "SUCCESS"]
    assert all(in_worker for _kwargs, _state, in_worker in runs)

    by_address = {item["envelope"].rcpt_tos[0]: item["message"] for item in received}
    assert set(by_address) == {"awa@example.org", "marc@example.org"}
    assert str(by_address["awa@example.org"]["Subject"]) == (
        "What's new on GESS: week of 16 November 2026"
    )
    assert "16 novembre 2026" in str(by_address["marc@example.org"]["Subject"])
    news = PlatformNews.objects.get()
    assert news.recipients == 2
    for address, message in by_address.items():
        person = readers[address]
        body = message.get_content()
        assert "Extending health insurance to informal workers" in body
        stored = OutboxMessage.objects.get(recipient=person)
        assert (stored.state, stored.attempts, stored.key) == (
            "sent",
            1,
            f"platform-news:2026-11-16:{person.pk}",
        )
        assert message["Message-ID"] == stored.message_id
        link = UNSUBSCRIBE.match(str(message["List-Unsubscribe"]).strip())
        assert link is not None, message["List-Unsubscribe"]
        assert link.group(2) == person.language
        assert tokens.read(link.group(3)) == (person.pk, "platform-news")
        assert link.group(1) in body
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # One click, as a mail program does it: a POST without cookies or CSRF token.
    url = UNSUBSCRIBE.match(str(by_address["awa@example.org"]["List-Unsubscribe"]).strip())
    response = Client(enforce_csrf_checks=True).post(
        url.group(1).removeprefix("http://testserver"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "Done: you will no longer receive this: The weekly platform news." in (
        response.content.decode()
    )
    assert list(
        Reader.objects.order_by("user__email").values_list("user__email", "platform_news")
    ) == [
        ("awa@example.org", False),
        ("marc@example.org", True),
        ("newsletter.only@example.org", False),
    ]
