"""A discussion list in the notifications app: subscribers follow it (every message by
e-mail unless they choose otherwise), and who is told what when a message is
published, waits for moderation or is rejected: the list's followers but never the
author nor anyone banned, the moderators for a waiting message, the author alone for
a rejection. Publishing costs the same number of queries for 5 or 50 subscribers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forums import notify, services
from forums.models import Message, Subscriber
from notifications import centre, registry
from notifications.models import Delivery, Notification, OutboxMessage, Reason, Subscription, Update
from tests.factories import UserFactory
from tests.forums.factories import subscribe_as

pytestmark = pytest.mark.django_db

TRUSTED = Subscriber.Standing.TRUSTED


def told(update) -> dict:
    """Who was told of ``update``, and why."""
    return dict(
        Notification.objects.filter(update=update).values_list("recipient__email", "reason")
    )


def emailed(update) -> set:
    return set(
        OutboxMessage.objects.filter(notification__update=update).values_list(
            "recipient__email", flat=True
        )
    )


def person(email, name, discussion_list=None, **subscribed):
    user = UserFactory(email=email, display_name=name)
    if discussion_list is not None:
        subscribe_as(user, discussion_list, **subscribed)
    return user


@pytest.fixture
def people(discussion_list, moderator):
    """A trusted author, two subscribers, one banned, one member not subscribed."""
    author = person("kofi@example.org", "Kofi Mensah", discussion_list, standing=TRUSTED)
    awa = person("awa@example.org", "Awa Ndiaye", discussion_list)
    marc = person("marc@example.org", "Marc Dubois", discussion_list, standing=TRUSTED)
    banned = person("bad@example.org", "Spam Sender", discussion_list)
    services.ban(Subscriber.objects.get(user=banned), moderator, reason="Advertising")
    # Their subscription to the list left with the ban; a stale one must not matter.
    notify.follow_list(banned, discussion_list)
    outsider = person("outsider@example.org", "Olga Outside")
    return {"author": author, "awa": awa, "marc": marc, "banned": banned, "outsider": outsider}


def test_subscribing_follows_the_list_every_message_by_email_and_leaving_stops(
    discussion_list, member
):
    services.subscribe(member, discussion_list)
    [subscription] = Subscription.objects.to(discussion_list)
    assert (subscription.user, subscription.delivery) == (member, Delivery.INSTANT)

    # A chosen delivery is kept when subscribed again without one, changed when given.
    notify.follow_list(member, discussion_list, delivery=Delivery.WEEKLY)
    services.subscribe(member, discussion_list)
    assert Subscription.objects.to(discussion_list).get().delivery == Delivery.WEEKLY
    services.subscribe(member, discussion_list, delivery=Delivery.DAILY)
    assert Subscription.objects.to(discussion_list).get().delivery == Delivery.DAILY

    assert services.leave(member, discussion_list) is True
    assert not Subscription.objects.to(discussion_list).exists()
    assert not Subscriber.objects.filter(user=member).exists()


def test_the_list_is_followable_by_its_subscribers_only(discussion_list, people, client):
    followable = registry.by_key("list")
    assert followable.model is type(discussion_list)
    assert str(followable.label) == "the discussion list"
    assert followable.kind_name() == "Discussion list"
    assert followable.name(discussion_list) == "Health insurance"
    allowed = {
        name: followable.allows_following(user, discussion_list) for name, user in people.items()
    }
    assert allowed == {
        "author": True,
        "awa": True,
        "marc": True,
        "banned": False,
        "outsider": False,
    }

    # The follow page lets a subscriber choose a weekly digest…
    url = reverse("notifications:follow", args=["list", discussion_list.pk])
    client.force_login(people["awa"])
    page = client.get(url).content.decode()
    assert "Health insurance" in page and "A weekly digest by e-mail" in page
    response = client.post(url, {"delivery": Delivery.WEEKLY, "next": "/en/"})
    assert response["Location"] == "/en/"
    assert Subscription.objects.to(discussion_list).get(user=people["awa"]).delivery == "weekly"
    # … and knows no list for anyone else.
    for name in ("outsider", "banned"):
        client.force_login(people[name])
        assert client.get(url).status_code == 404
        assert client.post(url, {"delivery": Delivery.INSTANT}).status_code == 404
    assert Subscription.objects.to(discussion_list).filter(user=people["outsider"]).count() == 0


def test_a_new_topic_reaches_the_followers_not_its_author_nor_the_banned(
    discussion_list, moderator, people
):
    body = "Premiums are collected after the groundnut harvest.\n\n" + "word " * 500

    posted = services.start_topic(
        people["author"], discussion_list, subject="Premium collection in Thiès", body=body
    )

    assert posted.published is True
    update = Update.objects.get()
    assert (update.verb, update.title, update.actor) == (
        notify.NEW_TOPIC,
        "Premium collection in Thiès",
        people["author"],
    )
    assert (update.source, update.target) == (discussion_list, posted.message)
    # The excerpt is the whole message: the e-mail carries it whole.
    assert update.excerpt == body.strip()
    expected = {"moderator@example.org", "awa@example.org", "marc@example.org"}
    assert told(update) == dict.fromkeys(expected, Reason.FOLLOWING)
    assert emailed(update) == expected

    # The notification centre shows a taste of it, with the list and the author.
    [entry] = centre.centre_page(people["awa"])[1]
    assert entry.told.sentence == (
        "Kofi Mensah started “Premium collection in Thiès” on Health insurance."
    )
    assert entry.told.url.endswith(
        f"/en/forum/health-insurance/topics/{posted.message.topic_id}/#message-{posted.message.pk}"
    )
    excerpt = entry.told.excerpt
    assert len(excerpt.split()) == 80 and excerpt.endswith(" word…")


def test_a_reply_is_told_as_a_reply_to_the_followers_as_each_chose(
    discussion_list, moderator, people
):
    topic = services.start_topic(
        people["author"], discussion_list, subject="Premium collection", body="Opening."
    ).message.topic
    notify.follow_list(people["marc"], discussion_list, delivery=Delivery.DAILY)
    notify.follow_list(people["awa"], discussion_list, delivery=Delivery.PORTAL)

    posted = services.reply(people["marc"], topic, body="In Kaolack too.")

    update = Update.objects.get(verb=notify.REPLY)
    assert (update.title, update.actor, update.excerpt) == (
        "Premium collection",
        people["marc"],
        "In Kaolack too.",
    )
    assert update.target == posted.message
    deliveries = dict(
        Notification.objects.filter(update=update).values_list("recipient__email", "delivery")
    )
    assert deliveries == {
        "moderator@example.org": Delivery.INSTANT,
        "kofi@example.org": Delivery.INSTANT,
        "awa@example.org": Delivery.PORTAL,
    }
    assert emailed(update) == {"moderator@example.org", "kofi@example.org"}


def test_a_waiting_message_is_told_to_the_moderators_only_then_to_everyone_once_approved(
    discussion_list, moderator, people
):
    second = person("second@example.org", "Second Moderator", discussion_list)
    Subscriber.objects.filter(user=second).update(role=Subscriber.Role.MODERATOR)

    posted = services.start_topic(
        people["awa"], discussion_list, subject="A first question", body="How do you collect?"
    )

    assert posted.published is False
    waiting = Update.objects.get()
    assert waiting.verb == notify.WAITING
    assert told(waiting) == {
        "moderator@example.org": Reason.ADDRESSED,
        "second@example.org": Reason.ADDRESSED,
    }
    assert emailed(waiting) == {"moderator@example.org", "second@example.org"}
    [entry] = centre.centre_page(moderator)[1]
    assert entry.told.sentence == (
        "Awa Ndiaye wrote “A first question” on Health insurance. "
        "The message is waiting for moderation."
    )
    assert entry.told.url == "http://testserver/en/forum/health-insurance/moderation/"

    assert services.approve(posted.message, moderator) is True

    published = Update.objects.get(verb=notify.NEW_TOPIC)
    assert published.actor == people["awa"]
    assert set(told(published)) == {
        "moderator@example.org",
        "second@example.org",
        "kofi@example.org",
        "marc@example.org",
    }


def test_a_rejection_is_told_to_its_author_alone_with_the_reason(
    discussion_list, moderator, people
):
    posted = services.start_topic(
        people["awa"], discussion_list, subject="Buy cheap pens", body="Pens!"
    )

    services.reject(posted.message, moderator, reason="Off topic: this list is about insurance.")

    rejected = Update.objects.get(verb=notify.REJECTED)
    assert (rejected.actor, rejected.excerpt) == (
        moderator,
        "Off topic: this list is about insurance.",
    )
    assert told(rejected) == {"awa@example.org": Reason.ADDRESSED}
    assert emailed(rejected) == {"awa@example.org"}
    [entry] = centre.centre_page(people["awa"])[1]
    assert entry.told.sentence == (
        "Moussa Moderator did not publish your message “Buy cheap pens” on Health insurance."
    )
    assert entry.told.url == "http://testserver/en/forum/health-insurance/"
    assert entry.told.excerpt == "Off topic: this list is about insurance."


def test_a_banned_members_rejected_messages_tell_nothing(discussion_list, moderator, people):
    posted = services.start_topic(people["awa"], discussion_list, subject="Spam", body="Spam.")
    other = services.start_topic(people["awa"], discussion_list, subject="More", body="Spam.")
    before = Update.objects.count()  # the two messages waiting, told to the moderator

    assert services.ban(Subscriber.objects.get(user=people["awa"]), moderator) == 2
    # Told of nothing, even when a rejection reaches the notifications afterwards.
    notify.message_rejected(Message.objects.get(pk=other.message.pk))

    assert Update.objects.count() == before
    assert set(Message.objects.values_list("status", flat=True)) == {Message.Status.REJECTED}
    assert not Notification.objects.filter(recipient=people["awa"]).exists()
    assert posted.message.pk != other.message.pk


def test_a_deleted_list_is_followed_by_nobody(discussion_list, people):
    # The moderator, three subscribers and the banned one's stale row.
    assert Subscription.objects.to(discussion_list).count() == 5
    pk = discussion_list.pk

    discussion_list.delete()

    assert not Subscription.objects.filter(object_id=pk, content_type__model="discussionlist")


def _queries_to_post(discussion_list, author, count: int) -> int:
    for number in range(count):
        user = UserFactory(email=f"subscriber{count}-{number}@example.org")
        subscribe_as(user, discussion_list, standing=TRUSTED)
    with CaptureQueriesContext(connection) as queries:
        services.start_topic(author, discussion_list, subject=f"Topic {count}", body="Hello.")
    assert Notification.objects.filter(update__title=f"Topic {count}").count() >= count
    return len(queries)


def test_publishing_costs_the_same_queries_for_5_or_50_subscribers(discussion_list, moderator):
    author = person("kofi@example.org", "Kofi Mensah", discussion_list, standing=TRUSTED)
    _queries_to_post(discussion_list, author, 0)  # content types and the like now cached

    few = _queries_to_post(discussion_list, author, 5)
    many = _queries_to_post(discussion_list, author, 45)  # 50 subscribers now

    assert few == many
    # The moderator and the 50 subscribers.
    assert OutboxMessage.objects.filter(notification__update__title="Topic 45").count() == 51
