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


def compose(period: str, now=None) -> list[int]:
    """Compose the digests of ``period`` ("daily" or "weekly") due now; their ids."""
    if period not in KINDS:
        raise ValueError(f"Unknown digest period {period!r}.")
    now = now or timezone.now()
    stamp = period_stamp(period, now)
    waiting = Notification.objects.filter(delivery=period, digest__isnull=True, created__lte=now)
    ids = []
    recipients = waiting.values_list("recipient", flat=True).distinct().order_by("recipient")
    for recipient_id in recipients:
        try:
            with transaction.atomic():
                message = OutboxMessage.objects.create(
                    kind=KINDS[period],
                    recipient_id=recipient_id,
                    key=f"{period}:{recipient_id}:{stamp}",
                    created=now,
                    next_attempt=now,
                )
                carried = waiting.filter(recipient=recipient_id).update(digest=message)
                if not carried:  # another run took them meanwhile
                    raise IntegrityError
        except IntegrityError:
            continue  # this period's digest exists already: its items wait for the next
        ids.append(message.pk)
    return ids
