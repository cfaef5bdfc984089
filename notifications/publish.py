"""Fan-out: an ``Update`` becomes a notification for each person who should hear of
it, and an outbox message for each who wants it by e-mail at once.

Call ``publish`` inside the transaction of the change it tells of: the update, the
notifications and the e-mails owed are saved with the change or not at all. The
number of queries does not grow with the number of followers (a few reads, then
bulk inserts); the e-mails leave after commit (``outbox.enqueue_on_commit``).
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Model, Q

from . import outbox, registry
from .models import (
    DELIVERY_RANK,
    Delivery,
    Notification,
    OutboxMessage,
    Preferences,
    Reason,
    Subscription,
    Update,
)

# When someone is both a follower and addressed directly, the direct reason is named.
REASON_RANK = {
    Reason.MENTIONED: 0,
    Reason.ADDRESSED: 1,
    Reason.PARTICIPANT: 2,
    Reason.FOLLOWING: 3,
}


def _content_type(obj: Model) -> ContentType:
    return ContentType.objects.get_for_model(obj, for_concrete_model=False)


def _readers(source: Model | None):
    """Active members with an e-mail address who may hear of what happens in ``source``."""
    people = get_user_model().objects.filter(is_active=True)
    followable = registry.followable(source) if source is not None else None
    audience = followable.audience(source) if followable else None
    return people.filter(audience) if audience is not None else people


def publish(
    *,
    verb: str,
    title: str,
    source: Model,
    target: Model | None = None,
    actor=None,
    excerpt: str = "",
    anchor: str = "",
    when=None,
    also: list[Model] | tuple[Model, ...] = (),
    direct: dict[int, str] | None = None,
    exclude: set[int] | frozenset[int] = frozenset(),
    followers: bool = True,
) -> Update:
    """Record an update about ``target`` in ``source`` and tell who should hear of it.

    Followers of ``source`` and of each thing in ``also`` (the countries, topics and
    tags of a library item…) hear of it, as each chose; ``direct`` maps user ids to a
    ``Reason`` for people it concerns whatever they follow (a mention, a reply to
    their thread), delivered as their preferences say. Only people in the source's
    audience hear of it; never the actor, nor anyone in ``exclude``.
    """
    actor = actor if actor is not None and actor.is_authenticated else None
    update = Update.objects.create(
        verb=verb,
        actor=actor,
        title=title[:300],
        excerpt=excerpt,
        anchor=anchor,
        when=when,
        target_type=_content_type(target) if target is not None else None,
        target_id=target.pk if target is not None else None,
        source_type=_content_type(source),
        source_id=source.pk,
    )
    leave_out = set(exclude) | ({actor.pk} if actor else set())
    readers = _readers(source)

    # Who follows what: one query over every followed thing.
    followed = [source, *also]
    which = Q()
    for obj in followed:
        which |= Q(content_type=_content_type(obj), object_id=obj.pk)
    chosen: dict[int, tuple] = {}  # user id → (delivery, reason, via type id, via id)
    rows = (
        Subscription.objects.filter(which, user__in=readers.values("pk"))
        .exclude(user__in=leave_out)
        .values_list("user", "delivery", "content_type", "object_id")
        .order_by("user", "pk")
    )
    for user_id, delivery, type_id, object_id in rows if followers else ():
        best = chosen.get(user_id)
        if best is None or DELIVERY_RANK[delivery] < DELIVERY_RANK[best[0]]:
            chosen[user_id] = (delivery, Reason.FOLLOWING, type_id, object_id)

    direct = {pk: why for pk, why in (direct or {}).items() if pk not in leave_out}
    if direct:
        allowed = set(readers.filter(pk__in=direct).values_list("pk", flat=True))
        prefs = dict(Preferences.objects.filter(user__in=allowed).values_list("user", "direct"))
        for user_id in allowed:
            delivery = prefs.get(user_id, Delivery.INSTANT)
            followed_as = chosen.get(user_id)
            if followed_as and DELIVERY_RANK[followed_as[0]] < DELIVERY_RANK[delivery]:
                delivery = followed_as[0]
            chosen[user_id] = (delivery, direct[user_id], None, None)

    if not chosen:
        return update
    notifications = Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                update=update,
                reason=reason,
                via_type_id=type_id,
                via_id=object_id,
                delivery=delivery,
                created=update.created,
            )
            for user_id, (delivery, reason, type_id, object_id) in sorted(chosen.items())
        ]
    )
    recipients = Notification.objects.filter(update=update).values("recipient")
    get_user_model().objects.filter(pk__in=recipients).update(
        unread_notifications=F("unread_notifications") + 1
    )
    messages = OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(
                kind=OutboxMessage.Kind.UPDATE,
                recipient_id=notification.recipient_id,
                notification=notification,
                created=update.created,
                next_attempt=update.created,
            )
            for notification in notifications
            if notification.delivery == Delivery.INSTANT
        ]
    )
    outbox.enqueue_on_commit([message.pk for message in messages])
    return update
