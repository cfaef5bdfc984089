"""Fan-out: an ``Update`` becomes a notification for each person who should hear of
it, and an outbox message for each who wants it by e-mail at once.

Call ``publish`` inside the transaction of the change it tells of: the update, the
notifications and the e-mails owed are saved with the change or not at all. The
number of queries does not grow with the number of followers: the followers'
notifications are written by one ``INSERT … SELECT`` over the subscriptions (the
database picks each follower's most immediate subscription), the e-mails owed by
another over those notifications, so that a workspace with 5,000 followers costs
what one with 5 does and no follower row travels to Python and back. The e-mails
leave after commit (``outbox.enqueue_on_commit``).
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Case, F, IntegerField, Model, Q, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber

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

# Orders subscriptions from the most to the least immediate delivery, in SQL.
_DELIVERY_ORDER = Case(
    *[When(delivery=delivery, then=Value(rank)) for delivery, rank in DELIVERY_RANK.items()],
    output_field=IntegerField(),
)


def _content_type(obj: Model) -> ContentType:
    return ContentType.objects.get_for_model(obj, for_concrete_model=False)


def _readers(source: Model | None) -> QuerySet:
    """Active members who may hear of what happens in ``source`` (its audience)."""
    people = get_user_model().objects.filter(is_active=True)
    followable = registry.followable(source) if source is not None else None
    audience = followable.audience(source) if followable else None
    return people.filter(audience) if audience is not None else people


def insert_from(model: type[Model], fields: list[str], rows: QuerySet) -> int:
    """``INSERT INTO model (fields) SELECT …`` with ``rows`` (a ``values_list`` giving
    the fields in that order, every NOT NULL column included); how many rows.

    Django has no INSERT … SELECT; ``bulk_create`` would bring the rows to Python and
    send them back in batches (one INSERT per 100 rows on SQLite)."""
    connection = connections[rows.db]
    try:
        sql, params = rows.query.get_compiler(using=rows.db).as_sql()
    except EmptyResultSet:  # an audience that can match nobody (``Q(pk__in=[])``)
        return 0
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {quote(model._meta.db_table)} ({columns}) {sql}", params)
        return cursor.rowcount


def _followed(things: list[Model]) -> Q:
    which = Q(pk__in=[])
    for obj in things:
        which |= Q(content_type=_content_type(obj), object_id=obj.pk)
    return which


def _tell_followers(update: Update, things: list[Model], readers: QuerySet, leave_out) -> int:
    """One notification per follower of ``things`` in ``readers``, by their most
    immediate subscription (named as ``via``: what brought it); how many."""
    best = (
        Subscription.objects.filter(_followed(things), user__in=readers.values("pk"))
        .exclude(user__in=leave_out)
        .annotate(
            choice=Window(
                RowNumber(), partition_by=[F("user")], order_by=[_DELIVERY_ORDER.asc(), F("pk")]
            )
        )
        .filter(choice=1)
        .order_by()
        .values_list(
            "user",
            Value(update.pk),
            Value(str(Reason.FOLLOWING)),
            "content_type",
            "object_id",
            "delivery",
            Value(update.created),
        )
    )
    fields = ["recipient", "update", "reason", "via_type", "via_id", "delivery", "created"]
    return insert_from(Notification, fields, best)


def _tell_directly(
    update: Update, things: list[Model], readers: QuerySet, direct: dict, *, followers: bool
) -> int:
    """A notification for each person ``direct`` names (a mention, a reply), delivered
    as their preferences say, or as a subscription to ``things`` says when that is
    more immediate (then named as ``via``, so that its e-mail's unsubscribe link
    stops that subscription); how many."""
    allowed = set(readers.filter(pk__in=direct).values_list("pk", flat=True))
    if not allowed:
        return 0
    preferred = dict(Preferences.objects.filter(user__in=allowed).values_list("user", "direct"))
    # user id → (delivery, via type id, via id); without preferences, the default.
    chosen = {pk: (preferred.get(pk, Delivery.INSTANT), None, None) for pk in allowed}
    if followers:
        subscriptions = (
            Subscription.objects.filter(_followed(things), user__in=allowed)
            .order_by("pk")
            .values_list("user", "delivery", "content_type", "object_id")
        )
        for user_id, delivery, type_id, object_id in subscriptions:
            if DELIVERY_RANK[delivery] < DELIVERY_RANK[chosen[user_id][0]]:
                chosen[user_id] = (delivery, type_id, object_id)
    Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                update=update,
                reason=direct[user_id],
                via_type_id=type_id,
                via_id=object_id,
                delivery=delivery,
                created=update.created,
            )
            for user_id, (delivery, type_id, object_id) in sorted(chosen.items())
        ]
    )
    return len(allowed)


def _owe_emails(update: Update) -> list[int]:
    """An outbox message for each notification of ``update`` to deliver at once,
    except to people without an e-mail address (they keep the notification)."""
    owed = (
        Notification.objects.filter(update=update, delivery=Delivery.INSTANT)
        .exclude(recipient__email="")
        .order_by()
        .values_list(
            Value(str(OutboxMessage.Kind.UPDATE)),
            "recipient",
            "pk",
            Value(str(OutboxMessage.State.PENDING)),
            Value(0),
            Value(""),
            Value(""),
            Value(""),
            Value(update.created),
            Value(update.created),
        )
    )
    fields = ["kind", "recipient", "notification", "state", "attempts"]
    fields += ["last_error", "to_address", "subject", "created", "next_attempt"]
    if not insert_from(OutboxMessage, fields, owed):
        return []
    return list(
        OutboxMessage.objects.filter(notification__update=update)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


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
    tags of a library item…) hear of it, each once, the most immediate way they
    chose; ``direct`` maps user ids to a ``Reason`` for people it concerns whatever
    they follow (a mention, a reply to their thread): that reason is the one named,
    delivered as their preferences say. With ``followers=False`` only the people in
    ``direct`` hear of it. Only active people in the source's audience hear of it
    (a private workspace: its members); never the actor, nor anyone in ``exclude``.
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
    direct = {pk: why for pk, why in (direct or {}).items() if pk not in leave_out}
    readers = _readers(source)
    things = [source, *also]

    told = 0
    if followers:
        told += _tell_followers(update, things, readers, leave_out | set(direct))
    if direct:
        told += _tell_directly(update, things, readers, direct, followers=followers)
    if not told:
        return update
    recipients = Notification.objects.filter(update=update).values("recipient")
    get_user_model().objects.filter(pk__in=recipients).update(
        unread_notifications=F("unread_notifications") + 1
    )
    outbox.enqueue_on_commit(_owe_emails(update))
    return update
