"""The archive by month and the RSS feed of a list."""

from datetime import datetime

import pytest
from defusedxml import ElementTree
from django.urls import reverse
from django.utils import timezone

from forums.models import Message
from tests.factories import UserFactory
from tests.forums.factories import MessageFactory, TopicFactory, approved_message

pytestmark = pytest.mark.django_db


def test_archive_by_month(client, discussion_list, moderator):
    utc = timezone.get_current_timezone()
    topic = TopicFactory(
        discussion_list=discussion_list, subject="Maternity benefits", started_by=moderator
    )
    march = approved_message(
        topic, moderator, "March words", created=datetime(2024, 3, 5, tzinfo=utc)
    )
    approved_message(topic, moderator, "April words", created=datetime(2024, 4, 30, 23, tzinfo=utc))
    approved_message(topic, moderator, "April again", created=datetime(2024, 4, 1, tzinfo=utc))
    MessageFactory(
        topic=topic,
        author=moderator,
        status=Message.Status.PENDING,
        created=datetime(2024, 3, 6, tzinfo=utc),
    )
    MessageFactory(
        topic=topic,
        author=moderator,
        status=Message.Status.REJECTED,
        created=datetime(2024, 5, 6, tzinfo=utc),
    )
    page = client.get(discussion_list.get_absolute_url()).content.decode()
    assert page.index("April 2024") < page.index("March 2024")
    assert "May 2024" not in page
    assert "(2 messages)" in page and "(1 message)" in page
    url = reverse("forum:archive", kwargs={"slug": discussion_list.slug, "year": 2024, "month": 3})
    page = client.get(url).content.decode()
    assert "Maternity benefits" in page and f"#message-{march.pk}" in page
    assert page.count("#message-") == 1
    url = reverse("forum:archive", kwargs={"slug": discussion_list.slug, "year": 2024, "month": 5})
    assert "No message was published on this list that month." in client.get(url).content.decode()
    url = reverse("forum:archive", kwargs={"slug": discussion_list.slug, "year": 2024, "month": 13})
    assert client.get(url).status_code == 404


def test_feed_carries_the_latest_approved_messages_without_addresses(
    client, discussion_list, moderator
):
    author = UserFactory(email="secret.author@example.org", display_name="Sofía Author")
    topic = TopicFactory(
        discussion_list=discussion_list, subject="Pensions & gig workers", started_by=author
    )
    for number in range(32):
        approved_message(topic, author, f"Message number {number}")
    MessageFactory(topic=topic, author=author, body="Pending text", status=Message.Status.PENDING)
    response = client.get(reverse("forum:feed", kwargs={"slug": discussion_list.slug}))
    body = response.content.decode()
    assert "secret.author@example.org" not in body and "Pending text" not in body
    channel = ElementTree.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Health insurance"
    items = channel.findall("item")
    assert len(items) == 30
    assert {item.findtext("title") for item in items} == {"Pensions & gig workers"}
    creator = "{http://purl.org/dc/elements/1.1/}creator"
    assert {item.findtext(creator) for item in items} == {"Sofía Author"}
    newest = Message.objects.approved().order_by("-approved_at", "-pk").first()
    assert items[0].findtext("link").endswith(f"{topic.get_absolute_url()}#message-{newest.pk}")
    assert client.get(reverse("forum:feed", kwargs={"slug": "nowhere"})).status_code == 404
