"""What the pages of the discussion lists show, decided here and nowhere else.

The lists are public: anyone reads the approved messages of every list, open or
closed. A topic is shown once its first message is approved (``public_topics``); a
message once approved. Two people see more (``messages_for``): the author of a message
waiting for moderation sees it (marked as waiting), and so do the list's moderators. A
rejected message is never shown on a page, in a feed or in a search.

Every function here costs a fixed number of queries whatever the number of lists,
topics, messages or subscribers.
"""

from datetime import datetime

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, TruncMonth

from .models import DiscussionList, Message, Subscriber, Topic


def _count(queryset: QuerySet, column: str) -> Coalesce:
    """The number of rows of ``queryset`` whose ``column`` is the outer row, as a subquery."""
    counted = (
        queryset.filter(**{column: OuterRef("pk")})
        .order_by()
        .values(column)
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def members_on() -> QuerySet:
    """Subscribers who are not banned (they receive the list's messages)."""
    return Subscriber.objects.exclude(standing=Subscriber.Standing.BANNED)


def public_topics() -> QuerySet:
    """Topics anyone may read: their first message is approved. (``last_message_at`` is
    set when a message of the topic is approved, and no reply is taken before the first
    message is: see ``services.reply``.)"""
    opening = Message.objects.filter(
        topic=OuterRef("pk"), opens_topic=True, status=Message.Status.APPROVED
    )
    return Topic.objects.filter(last_message_at__isnull=False).filter(Exists(opening))


def lists_for_index(user) -> list[DiscussionList]:
    """Every list, open ones first, each with ``subscriber_count`` (not banned),
    ``topic_count`` (public topics), ``latest`` (the date of its latest approved
    message) and ``subscribed`` (``user`` is on it and not banned). One query."""
    topics = public_topics()
    latest = (
        topics.filter(discussion_list=OuterRef("pk"))
        .order_by()
        .values("discussion_list")
        .annotate(latest=Max("last_message_at"))
        .values("latest")
    )
    lists = DiscussionList.objects.annotate(
        subscriber_count=_count(members_on(), "discussion_list"),
        topic_count=_count(topics, "discussion_list"),
        latest=Subquery(latest),
    )
    if user.is_authenticated:
        mine = members_on().filter(discussion_list=OuterRef("pk"), user=user.pk)
        lists = lists.annotate(subscribed=Exists(mine))
    else:
        lists = lists.annotate(subscribed=Value(False))
    return list(lists.order_by("-is_active", "name", "pk"))


def topics_of(discussion_list: DiscussionList) -> QuerySet:
    """The list's public topics, latest activity first, with who started them."""
    return (
        public_topics()
        .filter(discussion_list=discussion_list)
        .select_related("started_by")
        .order_by("-last_message_at", "-pk")
    )


def moderators_of(discussion_list: DiscussionList) -> list:
    """The members who moderate the list, by name."""
    return [
        found.user
        for found in Subscriber.objects.filter(
            discussion_list=discussion_list, role=Subscriber.Role.MODERATOR
        )
        .select_related("user")
        .order_by("user__display_name", "user__pk")
    ]


def approved_in(discussion_list: DiscussionList) -> QuerySet:
    """The approved messages of the list's public topics."""
    return Message.objects.approved().filter(
        topic__in=public_topics().filter(discussion_list=discussion_list)
    )


def archive_months(discussion_list: DiscussionList) -> list[dict]:
    """``[{"month": datetime, "count": n}, ...]``: the months in which approved
    messages of the list were written, the latest first."""
    return list(
        approved_in(discussion_list)
        .annotate(month=TruncMonth("created"))
        .order_by()
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
    )


def messages_in_month(discussion_list: DiscussionList, start: datetime, end: datetime) -> QuerySet:
    """The approved messages written from ``start`` to ``end`` (excluded), by topic and
    in the order they were written, with their topic and author."""
    return (
        approved_in(discussion_list)
        .filter(created__gte=start, created__lt=end)
        .select_related("topic", "author")
        .order_by("topic__subject", "topic_id", "created", "pk")
    )


def opening_of(topic: Topic) -> Message | None:
    """The message that opened ``topic``, whatever its status."""
    return topic.messages.filter(opens_topic=True).order_by("pk").first()


def messages_for(topic: Topic, user, *, moderator: bool) -> list[Message]:
    """The messages of ``topic`` the visitor sees, in the order they were written: the
    approved ones; their own waiting ones; every waiting one for a moderator. With their
    authors and the message each answers (for the "in reply to" link)."""
    shown = Q(status=Message.Status.APPROVED)
    if moderator:
        shown |= Q(status=Message.Status.PENDING)
    elif user.is_authenticated:
        shown |= Q(status=Message.Status.PENDING, author=user.pk)
    return list(
        topic.messages.filter(shown)
        .select_related("author", "reply_to__author")
        .order_by("created", "pk")
    )


def latest_messages(discussion_list: DiscussionList, count: int) -> list[Message]:
    """The ``count`` latest approved messages of the list (for its feed)."""
    return list(
        approved_in(discussion_list)
        .select_related("topic__discussion_list", "author")
        .order_by("-approved_at", "-pk")[:count]
    )


# --- Moderation ---------------------------------------------------------------------------


def waiting_messages(discussion_list: DiscussionList) -> list[Message]:
    """The list's messages waiting for moderation, oldest first, each with its topic,
    author and ``standing`` (the author's ``Subscriber`` row on the list, or ``None``).
    Two queries."""
    waiting = list(
        Message.objects.pending()
        .filter(topic__discussion_list=discussion_list)
        .select_related("topic", "author")
        .order_by("created", "pk")
    )
    authors = {message.author_id for message in waiting if message.author_id}
    rows = {}
    if authors:
        rows = {
            found.user_id: found
            for found in Subscriber.objects.filter(
                discussion_list=discussion_list, user__in=authors
            )
        }
    for message in waiting:
        message.subscriber = rows.get(message.author_id)
    return waiting


def moderated_lists(user, *, every_list: bool) -> list[DiscussionList]:
    """The lists ``user`` moderates (every list when ``every_list``: editors), each with
    ``waiting_count``; those with the most waiting first. One query."""
    lists = DiscussionList.objects.all()
    if not every_list:
        moderates = Subscriber.objects.filter(
            discussion_list=OuterRef("pk"), user=user.pk, role=Subscriber.Role.MODERATOR
        )
        lists = lists.filter(Exists(moderates))
    waiting = _count(Message.objects.pending(), "topic__discussion_list")
    return list(lists.annotate(waiting_count=waiting).order_by("-waiting_count", "name", "pk"))


def subscribers_of(discussion_list: DiscussionList) -> QuerySet:
    """Everyone on the list (banned members included), moderators first, then by the
    date they joined, with their accounts."""
    return (
        Subscriber.objects.filter(discussion_list=discussion_list)
        .select_related("user")
        .order_by("role", "joined", "pk")  # "moderator" before "subscriber"
    )
