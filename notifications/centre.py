"""What the notification centre, the preferences page and the follow buttons read and
change, each in a number of queries that does not grow with the member's notifications
or subscriptions.

What a member may no longer read (a private workspace they left, a deleted post…) is
never shown: ``emails.tell`` and the followable's ``may_read`` decide, and the rows
that point at it are deleted when they are met, so the header's count forgets them too.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Count, Model, OuterRef, Subquery, Value, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.utils import timezone

from . import registry
from .emails import Readable, Told, tell
from .models import Delivery, Notification, Preferences, Subscription

PAGE_SIZE = 25


# --- The unread count ---------------------------------------------------------------------


def recount(user) -> None:
    """Set the member's unread count (the number in the header) from their notifications,
    in one UPDATE. ``publish`` raises it as updates arrive; this brings it back to the
    truth whenever the member reads, marks or loses notifications."""
    unread = (
        Notification.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True)
        .order_by()
        .values("recipient")
        .annotate(n=Count("pk"))
        .values("n")
    )
    get_user_model().objects.filter(pk=user.pk).update(
        unread_notifications=Coalesce(Subquery(unread), Value(0))
    )


def mark_read(user, ids: list[int] | None = None) -> int:
    """Mark the member's notifications ``ids`` (all of them when ``None``) as read;
    others' notifications are left alone. Returns how many changed."""
    rows = Notification.objects.filter(recipient=user).unread()
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    changed = rows.update(read_at=timezone.now())
    recount(user)
    return changed


# --- The notification centre -------------------------------------------------------------


@dataclass
class Entry:
    notification: Notification
    told: Told

    @property
    def unread(self) -> bool:
        return self.notification.read_at is None


def _paths_to_followables(model: type[Model], depth: int = 2) -> list[str]:
    """Foreign-key paths from ``model`` to a followable model ("workspace",
    "thread__workspace"): what a target's address is usually built from (a post's
    address names its workspace's slug)."""
    paths = []

    def walk(current: type[Model], prefix: str, left: int) -> None:
        for field in current._meta.concrete_fields:
            if not field.many_to_one or field.related_model is None:
                continue
            path = prefix + field.name
            if registry.followable(field.related_model) is not None:
                paths.append(path)
            elif left > 1:
                walk(field.related_model, path + "__", left - 1)

    walk(model, "", depth)
    return paths


def _link_to_source(target: Model, source: Model | None) -> None:
    """Give ``target`` its source (a post its workspace) from what is loaded already."""
    if source is None:
        return
    for field in target._meta.concrete_fields:
        if (
            field.many_to_one
            and field.related_model is not None
            and isinstance(source, field.related_model)
            and getattr(target, field.attname) == source.pk
            and not field.is_cached(target)
        ):
            field.set_cached_value(target, source)


def _prefetch_addresses(notifications: list[Notification]) -> None:
    """Load what the targets' addresses need: their source when it is what they belong
    to, and the rest in one query per kind of target and path, instead of one query per
    notification."""
    by_model: dict[type[Model], list[Model]] = defaultdict(list)
    for notification in notifications:
        target = notification.update.target
        if target is not None:
            _link_to_source(target, notification.update.source)
            by_model[type(target)].append(target)
    for model, targets in by_model.items():
        paths = _paths_to_followables(model)
        if paths:
            prefetch_related_objects(targets, *paths)


def _told_page(user, rows, number) -> tuple[Page, list[Entry], list[int]]:
    page = Paginator(rows, PAGE_SIZE).get_page(number)
    notifications = list(page.object_list)
    _prefetch_addresses(notifications)
    readable = Readable(user)  # asks once per source whether the member may read it
    entries, gone = [], []
    for notification in notifications:
        told = tell(notification, user, readable)
        if told is None:
            gone.append(notification.pk)
        else:
            entries.append(Entry(notification, told))
    return page, entries, gone


def centre_page(user, *, unread_only: bool = False, number=None) -> tuple[Page, list[Entry]]:
    """One page of the member's notifications, newest first, each told in the active
    language. Notifications about what the member may no longer read are deleted and
    the page read again, so it is never shown and the counts stay right."""
    rows = Notification.objects.filter(recipient=user)
    if unread_only:
        rows = rows.unread()
    rows = rows.select_related("update", "update__actor").prefetch_related(
        "via", "update__source", "update__target"
    )
    while True:
        page, entries, gone = _told_page(user, rows, number)
        if not gone:
            break
        Notification.objects.filter(pk__in=gone).delete()
    recount(user)
    return page, entries


def local(url: str) -> str:
    """``url`` as a path when it is on the portal (``tell`` gives full addresses, for
    e-mails), so that the centre's links stay on the address the member uses."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return url[len(base) :] if url.startswith(base + "/") else url


def open_notification(user, pk: int) -> str | None:
    """Mark the member's notification ``pk`` read and give the address of what it is
    about: ``None`` when it is not theirs, ``""`` when what it told of is gone or out of
    their reach (the notification is then deleted)."""
    notification = (
        Notification.objects.filter(recipient=user, pk=pk)
        .select_related("update", "update__actor")
        .first()
    )
    if notification is None:
        return None
    told = tell(notification, user)
    if told is None:
        notification.delete()
        recount(user)
        return ""
    if notification.read_at is None:
        mark_read(user, [notification.pk])
    return local(told.url)


# --- What the member follows ---------------------------------------------------------------


def address_of(obj: Model, request=None) -> str:
    """The page of a followed thing (a Wagtail page without ``get_absolute_url`` has a
    ``get_url``)."""
    if hasattr(obj, "get_absolute_url"):
        return obj.get_absolute_url()
    return obj.get_url(request) or ""


@dataclass
class Followed:
    subscription: Subscription
    followable: registry.Followable
    target: Model
    name: str
    url: str


def followed_by(user, request=None) -> list[Followed]:
    """The member's subscriptions to things they may still read, by kind and name.
    Subscriptions to what was deleted or is out of their reach are deleted."""
    subscriptions = list(Subscription.objects.filter(user=user).prefetch_related("target"))
    kept, gone = [], []
    for subscription in subscriptions:
        target = subscription.target
        followable = registry.followable(target) if target is not None else None
        if followable is None or not followable.may_read(user, target):
            gone.append(subscription.pk)
            continue
        kept.append(
            Followed(
                subscription,
                followable,
                target,
                followable.name(target),
                address_of(target, request),
            )
        )
    if gone:
        Subscription.objects.filter(pk__in=gone).delete()
    return sorted(kept, key=lambda item: (str(item.followable.label), item.name.casefold()))


@transaction.atomic
def save_preferences(
    user,
    followed: list[Followed],
    *,
    deliveries: dict[int, str],
    stopped: set[int],
    direct: str,
) -> None:
    """Apply the preferences form in one transaction: stop following what is ticked,
    change the delivery of the others (one UPDATE per delivery chosen), and how
    mentions and replies reach the member."""
    mine = {item.subscription.pk: item.subscription for item in followed}
    stop = [pk for pk in mine if pk in stopped]
    if stop:
        Subscription.objects.filter(user=user, pk__in=stop).delete()
    changes: dict[str, list[int]] = defaultdict(list)
    for pk, subscription in mine.items():
        chosen = deliveries.get(pk)
        if pk not in stopped and chosen and chosen != subscription.delivery:
            changes[chosen].append(pk)
    for delivery, pks in changes.items():
        Subscription.objects.filter(user=user, pk__in=pks).update(delivery=delivery)
    preferences = Preferences.for_user(user)
    if preferences.pk is None or preferences.direct != direct:
        preferences.direct = direct
        preferences.save()


def _content_type(obj: Model) -> ContentType:
    return ContentType.objects.get_for_model(obj, for_concrete_model=False)


def subscription_to(user, obj: Model) -> Subscription | None:
    return Subscription.objects.to(obj).filter(user=user).first()


def follow(user, obj: Model, delivery: str) -> Subscription:
    """Follow ``obj`` (or change how one hears of it)."""
    subscription, _created = Subscription.objects.update_or_create(
        user=user,
        content_type=_content_type(obj),
        object_id=obj.pk,
        defaults={"delivery": delivery},
    )
    return subscription


def unfollow(user, obj: Model) -> bool:
    deleted, _kinds = Subscription.objects.to(obj).filter(user=user).delete()
    return bool(deleted)


# --- The follow button ----------------------------------------------------------------------


@dataclass
class FollowState:
    followable: registry.Followable
    obj: Model | None
    delivery: str | None  # how the member hears of it, None when not following

    @property
    def name(self) -> str:
        return self.followable.name(self.obj) if self.obj is not None else ""

    @property
    def delivery_label(self) -> str:
        return Delivery(self.delivery).label if self.delivery else ""


def _may_follow_here(followable: registry.Followable, user, obj: Model) -> bool:
    """Whether to offer ``obj`` to follow on its own page. The page's view already let
    the member read it, so ``may_read`` is not asked again (it may cost a query); a
    stricter ``may_follow`` is. The follow view checks ``allows_following`` in full."""
    if not (user.is_authenticated and user.is_active):
        return False
    return followable.may_follow is None or bool(followable.may_follow(user, obj))


def follow_state(user, thing) -> FollowState | None:
    """What the follow button shows for ``thing``: a model instance, or a library browse
    subject (``facet`` and ``value``, a slug) whose facet is a followable's key. At most
    one query for a member (their subscription, with the term for a browse subject), none
    for an anonymous visitor; ``None`` when there is nothing the visitor may follow."""
    if isinstance(thing, Model):
        followable = registry.followable(thing)
        if followable is None:
            return None
        if not user.is_authenticated:
            return FollowState(followable, thing, None)
        if not _may_follow_here(followable, user, thing):
            return None
        subscription = subscription_to(user, thing)
        return FollowState(followable, thing, subscription.delivery if subscription else None)
    followable = registry.by_key(getattr(thing, "facet", ""))
    model = followable.model if followable else None
    if model is None or "slug" not in {field.name for field in model._meta.concrete_fields}:
        return None
    if not user.is_authenticated:
        return FollowState(followable, None, None)
    following = Subscription.objects.filter(
        user=user,
        content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
        object_id=OuterRef("pk"),
    ).values("delivery")[:1]
    obj = (
        model._default_manager.filter(slug=thing.value)
        .annotate(followed_as=Subquery(following))
        .first()
    )
    if obj is None or not _may_follow_here(followable, user, obj):
        return None
    return FollowState(followable, obj, obj.followed_as)
