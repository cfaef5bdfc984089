"""Composing the daily and weekly digests.

Each member with items waiting for a digest gets one outbox message per period;
the items are tied to it in the same transaction, so that no item is carried twice
and a digest task that runs twice composes nothing more. A digest whose items are
all gone or out of reach when it is sent is not sent (``emails.render_digest``).
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Delivery, Notification, OutboxMessage

KINDS = {
    Delivery.DAILY: OutboxMessage.Kind.DIGEST_DAILY,
    Delivery.WEEKLY: OutboxMessage.Kind.DIGEST_WEEKLY,
}


def period_stamp(period: str, now) -> str:
    """The day ("2026-11-21") or the ISO week ("2026-W47") a digest belongs to."""
    if period == Delivery.DAILY:
        return now.date().isoformat()
    year, week, _day = now.isocalendar()
    return f"{year}-W{week:02d}"


def _digest(recipient_id: int, period: str, stamp: str, items, now) -> OutboxMessage | None:
    """The recipient's digest of this period carrying ``items``, or ``None`` when it
    exists already (its items then wait for the next period) or another run took the
    items meanwhile."""
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                kind=KINDS[period],
                recipient_id=recipient_id,
                key=f"{period}:{recipient_id}:{stamp}",
                created=now,
                next_attempt=now,
            )
            if not items.update(digest=message):
                transaction.set_rollback(True)
                return None
    except IntegrityError:  # the key: this period's digest was composed already
        return None
    return message


def compose(period: str, now=None) -> list[int]:
    """Compose the digests of ``period`` ("daily" or "weekly") due now; their ids.

    Only members with items waiting get one; people who cannot receive e-mail
    (inactive, no address) keep theirs in the notification centre."""
    if period not in KINDS:
        raise ValueError(f"Unknown digest period {period!r}.")
    now = now or timezone.now()
    stamp = period_stamp(period, now)
    waiting = Notification.objects.filter(delivery=period, digest__isnull=True, created__lte=now)
    recipients = (
        waiting.filter(recipient__is_active=True)
        .exclude(recipient__email="")
        .values_list("recipient", flat=True)
        .distinct()
        .order_by("recipient")
    )
    ids = []
    for recipient_id in recipients:
        message = _digest(recipient_id, period, stamp, waiting.filter(recipient=recipient_id), now)
        if message is not None:
            ids.append(message.pk)
    return ids
