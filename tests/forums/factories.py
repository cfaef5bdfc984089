"""Factories for the discussion lists: ``DiscussionListFactory`` (an open discussion
list, probation 2), ``SubscriberFactory`` (a member on a list, on probation unless
told; it writes the row only: ``services.subscribe`` also makes them follow the list),
``TopicFactory`` and ``MessageFactory`` (approved unless told, counted on the topic as
the services count them: use ``approved_message(...)`` for that)."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from forums import services
from forums.models import DiscussionList, Message, Subscriber, Topic
from tests.factories import UserFactory
from workspaces.bodies import render


class DiscussionListFactory(DjangoModelFactory):
    class Meta:
        model = DiscussionList
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"health-insurance-{n}")
    name = factory.Sequence(lambda n: f"Health insurance {n}")
    name_fr = factory.Sequence(lambda n: f"Assurance maladie {n}")
    name_es = factory.Sequence(lambda n: f"Seguro de salud {n}")
    description = "Community-based health insurance: design, management, evaluation."
    description_fr = "Assurance maladie communautaire : conception, gestion, évaluation."
    kind = DiscussionList.Kind.DISCUSSION
    language = "en"
    probation = 2
    is_active = True


class SubscriberFactory(DjangoModelFactory):
    class Meta:
        model = Subscriber

    discussion_list = factory.SubFactory(DiscussionListFactory)
    user = factory.SubFactory(UserFactory)
    role = Subscriber.Role.SUBSCRIBER
    standing = Subscriber.Standing.PROBATION


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic

    discussion_list = factory.SubFactory(DiscussionListFactory)
    subject = factory.Sequence(lambda n: f"Premium collection in rural mutuals, {n}")
    started_by = factory.SubFactory(UserFactory)
    last_message_at = factory.LazyFunction(timezone.now)
    message_count = 0


class MessageFactory(DjangoModelFactory):
    """A message as stored; pass ``status=`` for a pending or rejected one. It does not
    count itself on its topic: ``approved_message`` does."""

    class Meta:
        model = Message

    topic = factory.SubFactory(TopicFactory)
    author = factory.SubFactory(UserFactory)
    body = "In Thiès the mutual collects premiums after the **groundnut harvest**."
    body_html = factory.LazyAttribute(lambda o: render(o.body))
    status = Message.Status.APPROVED
    approved_at = factory.LazyAttribute(
        lambda o: o.created if o.status == Message.Status.APPROVED else None
    )
    created = factory.LazyFunction(timezone.now)


def approved_message(topic: Topic, author, body: str | None = None, **kwargs) -> Message:
    """An approved message in ``topic``, counted on the topic as ``services`` counts it."""
    extra = {"body": body} if body is not None else {}
    message = MessageFactory(
        topic=topic,
        author=author,
        opens_topic=not topic.messages.exists(),
        **extra,
        **kwargs,
    )
    topic.message_count += 1
    topic.last_message_at = message.approved_at
    topic.save(update_fields=["message_count", "last_message_at"])
    return message


def topic_with_messages(discussion_list, author, subject: str, count: int = 1, **kwargs) -> Topic:
    """A topic whose ``count`` messages are approved, started by ``author``."""
    topic = TopicFactory(discussion_list=discussion_list, subject=subject, started_by=author)
    for _ in range(count):
        approved_message(topic, author, **kwargs)
    return topic


def subscribe_as(user, discussion_list, *, standing=Subscriber.Standing.PROBATION, role=None):
    """``user`` subscribed through the service, then given ``standing`` (and ``role``)."""
    found = services.subscribe(user, discussion_list)
    found.standing = standing
    if role:
        found.role = role
    found.save(update_fields=["standing", "role"])
    return found
