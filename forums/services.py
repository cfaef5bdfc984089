"""What happens on a discussion list, each change in one transaction with what it
tells (``notify``): subscribing and leaving, posting, moderating, banning.

Views check who may do what (``rules``) before calling these; these keep the
list's state consistent whatever the caller (a view, the demo, a test).
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from workspaces import bodies

from . import notify
from .models import DiscussionList, Message, Subscriber, Topic


class NotAllowed(Exception):
    """The member may not do this on this list (banned, not subscribed, an
    announcement list and not a moderator, the list closed)."""


def subscriber(user, discussion_list: DiscussionList) -> Subscriber | None:
    if not user.is_authenticated:
        return None
    return Subscriber.objects.filter(discussion_list=discussion_list, user=user).first()


@transaction.atomic
def subscribe(user, discussion_list: DiscussionList, *, delivery: str | None = None) -> Subscriber:
    """Subscribe ``user`` (again): they follow the list with ``delivery`` (every
    message by e-mail when not said). A banned member stays banned and is not
    subscribed again (``NotAllowed``), nor is anyone on a closed list."""
    if not discussion_list.is_active:
        raise NotAllowed
    found, _created = Subscriber.objects.get_or_create(discussion_list=discussion_list, user=user)
    if found.is_banned:
        raise NotAllowed
    notify.follow_list(user, discussion_list, delivery=delivery)
    return found


@transaction.atomic
def leave(user, discussion_list: DiscussionList) -> bool:
    """``user`` leaves the list: no more messages; a moderator stays a moderator
    only while subscribed, a banned member's row stays (the ban holds). Whether they
    were subscribed."""
    found = subscriber(user, discussion_list)
    notify.unfollow_list(user, discussion_list)
    if found is None or found.is_banned:
        return False
    found.delete()
    return True


def may_post(found: Subscriber | None, discussion_list: DiscussionList) -> bool:
    if found is None or found.is_banned or not discussion_list.is_active:
        return False
    return found.is_moderator or not discussion_list.is_announcement


def _needs_moderation(found: Subscriber, discussion_list: DiscussionList) -> bool:
    if found.is_moderator or found.standing == Subscriber.Standing.TRUSTED:
        return False
    return found.approved_messages < discussion_list.probation


@dataclass
class Posted:
    message: Message
    # False when it waits in the moderation queue.
    published: bool


def _write(topic: Topic, author, body: str, *, reply_to=None, opens=False) -> Message:
    return Message.objects.create(
        topic=topic,
        author=author,
        body=body,
        body_html=bodies.render(body),
        reply_to=reply_to,
        opens_topic=opens,
    )


def _settle(message: Message, found: Subscriber) -> Posted:
    if _needs_moderation(found, message.topic.discussion_list):
        notify.message_waiting(message)
        return Posted(message, False)
    _publish(message, moderator=None)
    return Posted(message, True)


@transaction.atomic
def start_topic(user, discussion_list: DiscussionList, *, subject: str, body: str) -> Posted:
    found = subscriber(user, discussion_list)
    if not may_post(found, discussion_list):
        raise NotAllowed
    topic = Topic.objects.create(discussion_list=discussion_list, subject=subject, started_by=user)
    return _settle(_write(topic, user, body, opens=True), found)


@transaction.atomic
def reply(user, topic: Topic, *, body: str, reply_to: Message | None = None) -> Posted:
    """A reply in ``topic``; ``reply_to`` is kept only when it is an approved message of
    the same topic. A topic whose first message is not published yet takes no reply
    (``NotAllowed``): nobody but its author and the moderators can see it."""
    discussion_list = topic.discussion_list
    found = subscriber(user, discussion_list)
    if not may_post(found, discussion_list) or not is_published(topic):
        raise NotAllowed
    if reply_to is not None and (
        reply_to.topic_id != topic.pk or reply_to.status != Message.Status.APPROVED
    ):
        reply_to = None
    return _settle(_write(topic, user, body, reply_to=reply_to), found)


def is_published(topic: Topic) -> bool:
    """Whether the topic's first message is approved (the topic is then public)."""
    return topic.messages.filter(opens_topic=True, status=Message.Status.APPROVED).exists()


def _publish(message: Message, *, moderator) -> None:
    """``message`` is published: counted, its topic moved up, its author's probation
    shortened, its subscribers told."""
    now = timezone.now()
    message.status = Message.Status.APPROVED
    message.approved_at = now
    message.moderated_by = moderator
    message.save(update_fields=["status", "approved_at", "moderated_by"])
    Topic.objects.filter(pk=message.topic_id).update(
        last_message_at=now, message_count=F("message_count") + 1
    )
    if message.author_id:
        # Locked: two moderators approving two messages of one author count both.
        found = (
            Subscriber.objects.select_for_update()
            .filter(discussion_list=message.topic.discussion_list_id, user=message.author_id)
            .first()
        )
        if found is not None and not found.is_moderator:
            found.approved_messages += 1
            if (
                found.standing == Subscriber.Standing.PROBATION
                and found.approved_messages >= message.topic.discussion_list.probation
            ):
                found.standing = Subscriber.Standing.TRUSTED
            found.save(update_fields=["approved_messages", "standing"])
    notify.message_published(message)


def _pending(message_pk: int) -> Message | None:
    """The message, locked, if it still waits for moderation (two moderators acting
    at once: the second finds it decided)."""
    return (
        Message.objects.select_for_update()
        .select_related("topic__discussion_list")
        .filter(pk=message_pk, status=Message.Status.PENDING)
        .first()
    )


@transaction.atomic
def approve(message: Message, moderator) -> bool:
    """Publish a waiting message; False when it was decided already."""
    found = _pending(message.pk)
    if found is None:
        return False
    _publish(found, moderator=moderator)
    return True


@transaction.atomic
def reject(message: Message, moderator, *, reason: str = "") -> bool:
    """Refuse a waiting message (its author is told, with ``reason``); False when it
    was decided already."""
    found = _pending(message.pk)
    if found is None:
        return False
    found.status = Message.Status.REJECTED
    found.moderated_by = moderator
    found.rejection_reason = reason
    found.save(update_fields=["status", "moderated_by", "rejection_reason"])
    notify.message_rejected(found)
    return True


@transaction.atomic
def ban(found: Subscriber, moderator, *, reason: str = "") -> int:
    """Ban a subscriber from the list: they can no longer post, their messages
    waiting for moderation are rejected, they receive nothing more. A moderator is
    not banned (``NotAllowed``). How many waiting messages were rejected."""
    if found.is_moderator:
        raise NotAllowed
    found.standing = Subscriber.Standing.BANNED
    found.banned_at = timezone.now()
    found.banned_by = moderator
    found.ban_reason = reason
    found.save(update_fields=["standing", "banned_at", "banned_by", "ban_reason"])
    notify.unfollow_list(found.user, found.discussion_list)
    return Message.objects.filter(
        topic__discussion_list=found.discussion_list_id,
        author=found.user_id,
        status=Message.Status.PENDING,
    ).update(status=Message.Status.REJECTED, moderated_by=moderator, rejection_reason=reason)


@transaction.atomic
def ban_author(message: Message, moderator, *, reason: str = "") -> int:
    """Ban the author of ``message`` from its list (``ban``), even one who left the list
    meanwhile (their row is kept, banned). ``NotAllowed`` for a moderator or a message
    whose author's account is gone. How many waiting messages were rejected."""
    if message.author_id is None:
        raise NotAllowed
    found, _created = Subscriber.objects.get_or_create(
        discussion_list_id=message.topic.discussion_list_id, user_id=message.author_id
    )
    return ban(found, moderator, reason=reason)


@transaction.atomic
def lift_ban(found: Subscriber, moderator) -> None:
    """Let a banned member back: on probation again, and subscribed. Nothing happens to
    a member who is not banned (their count of approved messages stays)."""
    if not found.is_banned:
        return
    found.standing = Subscriber.Standing.PROBATION
    found.approved_messages = 0
    found.banned_at = None
    found.banned_by = None
    found.ban_reason = ""
    found.save()
    notify.follow_list(found.user, found.discussion_list)


@transaction.atomic
def set_standing(found: Subscriber, standing: str) -> None:
    """Trust a subscriber at once, or put them back on probation (not a ban: ``ban``)."""
    if standing not in (Subscriber.Standing.PROBATION, Subscriber.Standing.TRUSTED):
        raise ValueError(standing)
    if found.is_banned:
        # Lifting a ban also makes them follow the list again: ``lift_ban``.
        raise NotAllowed
    found.standing = standing
    found.save(update_fields=["standing"])


def subscribe_new_member(user) -> int:
    """Subscribe a member who just signed up to every open list that says so (the
    announcement lists); how many."""
    count = 0
    for discussion_list in DiscussionList.objects.active().filter(subscribe_new_members=True):
        try:
            subscribe(user, discussion_list)
        except NotAllowed:
            continue
        count += 1
    return count


@transaction.atomic
def set_moderators(discussion_list: DiscussionList, chosen) -> None:
    """The list's moderators are ``chosen``: each is a subscribed moderator (a ban is
    lifted: the editors chose them); a moderator left out becomes a trusted
    subscriber, still subscribed."""
    chosen = list(chosen)
    Subscriber.objects.filter(
        discussion_list=discussion_list, role=Subscriber.Role.MODERATOR
    ).exclude(user__in=[user.pk for user in chosen]).update(
        role=Subscriber.Role.SUBSCRIBER, standing=Subscriber.Standing.TRUSTED
    )
    for user in chosen:
        found, created = Subscriber.objects.get_or_create(
            discussion_list=discussion_list,
            user=user,
            defaults={"role": Subscriber.Role.MODERATOR, "standing": Subscriber.Standing.TRUSTED},
        )
        if not created and (not found.is_moderator or found.standing != found.Standing.TRUSTED):
            found.role = Subscriber.Role.MODERATOR
            found.standing = Subscriber.Standing.TRUSTED
            found.banned_at = found.banned_by = None
            found.ban_reason = ""
            found.save()
        notify.follow_list(user, discussion_list)
