"""Sending what the outbox holds: at most once each, retried with backoff, never lost.

1. ``publish`` (or a digest, a newsletter…) writes ``OutboxMessage`` rows in the
   transaction of the change, and ``enqueue_on_commit`` hands their ids to Celery
   once it has committed. When the broker cannot be reached the ids are only logged:
   the rows wait, and the sweep (``sweep``, run every minute by Celery beat) hands
   them over once it can.
2. ``deliver`` (the ``notifications.send_messages`` task) claims each message with a
   conditional UPDATE before sending it: a task that runs twice, or two workers given
   the same ids, send it once. A worker that dies holding a claim leaves the message
   "being sent"; once the claim is older than ``LEASE`` the sweep offers it again.
3. An SMTP failure puts the message back to wait, ``backoff(attempts)`` later (30 s,
   1 min, 2 min… up to an hour); after ``MAX_ATTEMPTS`` it is marked failed, for an
   admin to read the error and resend it.

The one case a message could go twice is a worker killed after the SMTP server
accepted it and before the row was marked sent; its Message-ID is the same at every
attempt, so mail clients show it once.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import OutboxMessage

logger = logging.getLogger(__name__)

State = OutboxMessage.State
# How long a claim holds before the sweep takes a message for abandoned.
LEASE = timedelta(seconds=getattr(settings, "NOTIFICATIONS_CLAIM_LEASE", 600))
MAX_ATTEMPTS = 8
# Ids handed to one task: one SMTP connection carries them all.
BATCH = 50
# The most ids one sweep hands over (the next sweep takes the rest).
SWEEP_LIMIT = 2000


def backoff(attempts: int) -> timedelta:
    """How long a message waits after its ``attempts``-th failed attempt."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


def enqueue(ids: list[int]) -> bool:
    """Hand ``ids`` to Celery in batches; ``False`` when the broker could not be reached
    (the messages wait for the sweep)."""
    from .tasks import send_messages

    ids = list(ids)
    try:
        for start in range(0, len(ids), BATCH):
            send_messages.apply_async(kwargs={"ids": ids[start : start + BATCH]}, retry=False)
    except Exception:  # the broker is down: kombu's errors vary by transport
        logger.warning(
            "Could not queue %d outgoing e-mails; the outbox sweep will send them.",
            len(ids),
            exc_info=True,
        )
        return False
    return True


def enqueue_on_commit(ids: list[int]) -> None:
    if ids:
        ids = list(ids)
        transaction.on_commit(lambda: enqueue(ids))


def due(now=None) -> list[int]:
    """The messages waiting to be sent now, or abandoned by a worker, oldest first."""
    now = now or timezone.now()
    return list(
        OutboxMessage.objects.filter(
            Q(state=State.PENDING, next_attempt__lte=now)
            | Q(state=State.SENDING, claimed_at__lt=now - LEASE)
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:SWEEP_LIMIT]
    )


def sweep(now=None) -> int:
    """Hand every message that waits to Celery; how many."""
    ids = due(now)
    if ids:
        enqueue(ids)
    return len(ids)


def claim(pk: int, now=None) -> OutboxMessage | None:
    """Take the message for this worker, or ``None`` when it is not for the taking
    (sent, claimed by another worker, not due yet)."""
    now = now or timezone.now()
    taken = (
        OutboxMessage.objects.filter(pk=pk)
        .filter(
            Q(state=State.PENDING, next_attempt__lte=now)
            | Q(state=State.SENDING, claimed_at__lt=now - LEASE)
        )
        .update(state=State.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )
    if not taken:
        return None
    return OutboxMessage.objects.select_related("recipient").get(pk=pk)


def _finish(message: OutboxMessage, **fields) -> None:
    """Record the outcome, only if this worker still holds the claim."""
    OutboxMessage.objects.filter(
        pk=message.pk, state=State.SENDING, claimed_at=message.claimed_at
    ).update(**fields)


def fail(message: OutboxMessage, error: BaseException) -> timedelta | None:
    """Record a failed attempt; how long until the next one (``None``: no more)."""
    text = f"{type(error).__name__}: {error}"[:2000]
    if message.attempts >= MAX_ATTEMPTS:
        _finish(message, state=State.FAILED, last_error=text)
        logger.error("Outgoing e-mail %s failed %d times; giving up.", message.pk, message.attempts)
        return None
    wait = backoff(message.attempts)
    _finish(message, state=State.PENDING, last_error=text, next_attempt=timezone.now() + wait)
    return wait


def resend(ids) -> int:
    """Put messages back to wait, as new, and hand them over (the admins' action)."""
    ids = list(ids)
    count = (
        OutboxMessage.objects.filter(pk__in=ids)
        .exclude(state=State.SENDING)
        .update(state=State.PENDING, attempts=0, next_attempt=timezone.now(), claimed_at=None)
    )
    enqueue_on_commit(ids)
    return count


# Errors that say the server (not this one message) is unreachable: the batch stops.
_CONNECTION_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    ConnectionError,
    TimeoutError,
)


def deliver(ids: list[int]) -> dict:
    """Send the messages ``ids`` over one SMTP connection.

    Returns what happened: ``{"sent": n, "cancelled": n, "retry": [(id, seconds)…]}``.
    A message whose content can no longer be shown to its recipient (deleted, no
    longer readable, an account closed) is cancelled, not sent.
    """
    from .emails import build

    outcome = {"sent": 0, "cancelled": 0, "retry": []}
    connection = None
    ids = list(ids)
    try:
        for index, pk in enumerate(ids):
            message = claim(pk)
            if message is None:
                continue
            try:
                email = build(message)
            except Exception as error:  # a rendering bug must not block the batch
                logger.exception("Outgoing e-mail %s could not be written.", pk)
                wait = fail(message, error)
                if wait is not None:
                    outcome["retry"].append((pk, wait.total_seconds()))
                continue
            if email is None:
                _finish(message, state=State.CANCELLED)
                outcome["cancelled"] += 1
                continue
            try:
                if connection is None:
                    connection = get_connection()
                    connection.open()
                email.connection = connection
                email.send()
            except Exception as error:  # noqa: BLE001  (recorded on the message, retried)
                wait = fail(message, error)
                if wait is not None:
                    outcome["retry"].append((pk, wait.total_seconds()))
                if (
                    isinstance(error, _CONNECTION_ERRORS)
                    or connection is None
                    or getattr(connection, "connection", True) is None
                ):
                    # The server is gone: the rest stay waiting (unclaimed), tried again
                    # with this one.
                    later = wait.total_seconds() if wait is not None else backoff(1).total_seconds()
                    outcome["retry"].extend((rest, later) for rest in ids[index + 1 :])
                    break
                continue
            _finish(
                message,
                state=State.SENT,
                sent_at=timezone.now(),
                last_error="",
                to_address=email.to[0],
                subject=str(email.subject)[:300],
            )
            outcome["sent"] += 1
    finally:
        if connection is not None:
            try:
                connection.close()
            except Exception:  # closing a dead connection
                logger.debug("Closing the SMTP connection failed.", exc_info=True)
    return outcome
