"""Sending what the outbox holds: at most once each, retried with backoff, never lost.

1. ``publish`` (or a digest, a newsletter…) writes ``OutboxMessage`` rows in the
   transaction of the change, and ``enqueue_on_commit`` hands their ids to Celery
   once it has committed. When the broker cannot be reached the ids are only logged,
   at once (the web request is not held up): the rows wait, and the sweep
   (``sweep``, run every minute by Celery beat) hands them over once it can.
2. ``deliver`` (the ``notifications.send_messages`` task) claims each message with a
   conditional UPDATE before sending it: a task that runs twice, or two workers given
   the same ids, send it once. A worker that dies holding a claim leaves the message
   "being sent"; once the claim is older than the lease
   (``settings.NOTIFICATIONS_CLAIM_LEASE``) the sweep offers it again, and marks it
   failed once it has used up its attempts (a message that kills its worker must not
   go round for ever).
3. An SMTP failure puts the message back to wait, ``backoff(attempts)`` later (30 s,
   1 min, 2 min… up to an hour), and the sweep sends it again once that time has
   come; after ``MAX_ATTEMPTS`` it is marked failed, for an admin to read the error
   and resend it. An address the server refuses for good (a 5xx reply) fails at
   once. When the server itself is unreachable, the rest of the batch waits as long
   as the message that found it so, rather than knocking again every minute.

The one case a message could go twice is a worker killed after the SMTP server
accepted it and before the row was marked sent; its Message-ID is the same at every
attempt, so mail clients show it once.
"""

import logging
import smtplib
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import CharField, F, Model, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from .models import OutboxMessage

logger = logging.getLogger(__name__)

State = OutboxMessage.State
MAX_ATTEMPTS = 8
# Ids handed to one task: one SMTP connection carries them all.
BATCH = 50
# The most ids one sweep hands over (the next sweep takes the rest).
SWEEP_LIMIT = 2000


def lease() -> timedelta:
    """How long a claim holds before the sweep takes the message for abandoned."""
    return timedelta(seconds=settings.NOTIFICATIONS_CLAIM_LEASE)


def backoff(attempts: int) -> timedelta:
    """How long a message waits after its ``attempts``-th failed attempt."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


def enqueue(ids: list[int]) -> bool:
    """Hand ``ids`` to Celery in batches; ``False`` when the broker could not be reached
    (the messages wait for the sweep).

    The broker is tried once, without kombu's retries: a web request that publishes
    while Redis is down is answered at once rather than after seconds of waiting.
    """
    from .tasks import send_messages

    ids = list(ids)
    batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    app = send_messages.app
    try:
        if app.conf.task_always_eager:
            for batch in batches:
                send_messages.apply_async(kwargs={"ids": batch})
            return True
        with app.connection_or_acquire() as connection:
            connection.ensure_connection(max_retries=0)
            for batch in batches:
                send_messages.apply_async(kwargs={"ids": batch}, connection=connection, retry=False)
    except Exception:  # the broker is down: kombu's errors vary by transport
        logger.warning(
            "Could not queue %d outgoing e-mails; the outbox sweep will send them.",
            len(ids),
            exc_info=True,
        )
        return False
    return True


def owe(kind: str, recipients: QuerySet, about: Model, *, key: str, now=None) -> list[int]:
    """One message of ``kind`` about ``about`` (a newsletter issue, a week's platform
    news) for each member in ``recipients`` who has none yet, written by one
    ``INSERT … SELECT`` keyed ``<key>:<member id>``; the new messages' ids. Call it in
    the transaction of the change; the number of queries does not grow with the
    recipients, and a second call owes nothing more (the key is unique)."""
    from .publish import insert_from

    now = now or timezone.now()
    about_type = ContentType.objects.get_for_model(about)
    owed = OutboxMessage.objects.filter(kind=kind, object_type=about_type, object_id=about.pk)
    rows = (
        recipients.exclude(pk__in=owed.values("recipient"))
        .order_by("pk")
        .values_list(
            Value(kind),
            "pk",
            Value(about_type.pk),
            Value(about.pk),
            Concat(
                Value(f"{key}:"), Cast("pk", output_field=CharField()), output_field=CharField()
            ),
            Value(str(OutboxMessage.State.PENDING)),
            Value(0),
            Value(""),
            Value(""),
            Value(""),
            Value(now),
            Value(now),
        )
    )
    fields = ["kind", "recipient", "object_type", "object_id", "key", "state", "attempts"]
    fields += ["last_error", "to_address", "subject", "created", "next_attempt"]
    if not insert_from(OutboxMessage, fields, rows):
        return []
    return list(owed.filter(created=now).order_by("pk").values_list("pk", flat=True))


def enqueue_on_commit(ids: list[int]) -> None:
    if ids:
        ids = list(ids)
        transaction.on_commit(lambda: enqueue(ids))


def _takeable(now) -> Q:
    """Messages a worker may take: waiting and due, or abandoned by a worker that died
    with attempts left."""
    return Q(state=State.PENDING, next_attempt__lte=now) | Q(
        state=State.SENDING, claimed_at__lt=now - lease(), attempts__lt=MAX_ATTEMPTS
    )


def due(now=None) -> list[int]:
    """The messages waiting to be sent now, or abandoned by a worker, oldest first."""
    now = now or timezone.now()
    return list(
        OutboxMessage.objects.filter(_takeable(now))
        .order_by("pk")
        .values_list("pk", flat=True)[:SWEEP_LIMIT]
    )


def sweep(now=None) -> int:
    """Hand every message that waits to Celery; how many.

    A message abandoned by its worker after its last attempt is marked failed instead:
    if sending it is what stops the worker, it must not stop the next one.
    """
    now = now or timezone.now()
    abandoned = OutboxMessage.objects.filter(
        state=State.SENDING, claimed_at__lt=now - lease(), attempts__gte=MAX_ATTEMPTS
    ).update(state=State.FAILED, last_error="The worker sending it stopped before it was sent.")
    if abandoned:
        logger.error("%d outgoing e-mails were abandoned by their workers; failed.", abandoned)
    ids = due(now)
    if ids:
        enqueue(ids)
    return len(ids)


def claim(pk: int, now=None) -> OutboxMessage | None:
    """Take the message for this worker, or ``None`` when it is not for the taking
    (sent, claimed by another worker, not due yet)."""
    now = now or timezone.now()
    taken = OutboxMessage.objects.filter(_takeable(now), pk=pk).update(
        state=State.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    if not taken:
        return None
    return OutboxMessage.objects.select_related("recipient").get(pk=pk)


def _finish(message: OutboxMessage, **fields) -> None:
    """Record the outcome, only if this worker still holds the claim."""
    OutboxMessage.objects.filter(
        pk=message.pk, state=State.SENDING, claimed_at=message.claimed_at
    ).update(**fields)


def fail(message: OutboxMessage, error: BaseException, *, permanent: bool = False):
    """Record a failed attempt; how long until the next one (``None``: no more, the
    message is failed: its attempts are used up, or ``permanent`` says a retry
    cannot help)."""
    text = f"{type(error).__name__}: {error}"[:2000]
    if permanent or message.attempts >= MAX_ATTEMPTS:
        _finish(message, state=State.FAILED, last_error=text)
        logger.error(
            "Outgoing e-mail %s failed after %d attempts: %s", message.pk, message.attempts, text
        )
        return None
    wait = backoff(message.attempts)
    _finish(message, state=State.PENDING, last_error=text, next_attempt=timezone.now() + wait)
    logger.warning("Outgoing e-mail %s not sent (%s); next attempt in %s.", message.pk, text, wait)
    return wait


def resend(ids) -> int:
    """Put messages back to wait, as new, and hand them over (the admins' action).
    A message being sent is left alone."""
    ids = list(ids)
    waiting = OutboxMessage.objects.filter(pk__in=ids).exclude(state=State.SENDING)
    chosen = list(waiting.values_list("pk", flat=True))
    count = waiting.filter(pk__in=chosen).update(
        state=State.PENDING, attempts=0, next_attempt=timezone.now(), claimed_at=None
    )
    enqueue_on_commit(chosen)
    return count


def _server_gone(error: BaseException) -> bool:
    """Whether ``error`` says the SMTP server (not this one message) cannot be reached."""
    if isinstance(
        error,
        smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError | ConnectionError | TimeoutError,
    ):
        return True
    return getattr(error, "smtp_code", None) == 421  # "service not available"


def _refused_for_good(error: BaseException) -> bool:
    """Whether the server refused the recipient's address with a permanent (5xx) reply."""
    return isinstance(error, smtplib.SMTPRecipientsRefused) and all(
        code >= 500 for code, _text in error.recipients.values()
    )


def _defer(ids: list[int], until) -> None:
    """Make the waiting messages ``ids`` wait until ``until`` (not counted as attempts)."""
    OutboxMessage.objects.filter(pk__in=ids, state=State.PENDING, next_attempt__lt=until).update(
        next_attempt=until
    )


def deliver(ids: list[int]) -> dict:
    """Send the messages ``ids`` over one SMTP connection.

    Returns what happened: ``{"sent": n, "cancelled": n, "failed": n,
    "retry": [(id, seconds)…]}``. A message whose content can no longer be shown to
    its recipient (deleted, no longer readable, an account closed) is cancelled, not
    sent. Failures are recorded on each message; the sweep sends them again.
    """
    from .emails import build

    outcome = {"sent": 0, "cancelled": 0, "failed": 0, "retry": []}
    connection = None
    ids = list(ids)

    def failed(message, error, **how) -> timedelta | None:
        wait = fail(message, error, **how)
        if wait is None:
            outcome["failed"] += 1
        else:
            outcome["retry"].append((message.pk, wait.total_seconds()))
        return wait

    try:
        for index, pk in enumerate(ids):
            message = claim(pk)
            if message is None:
                continue
            try:
                email = build(message)
            except SoftTimeLimitExceeded as error:
                failed(message, error)
                break
            except Exception as error:  # a rendering bug must not block the batch
                logger.exception("Outgoing e-mail %s could not be written.", pk)
                failed(message, error)
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
                if email.send() != 1:
                    raise smtplib.SMTPException("The e-mail backend sent nothing.")
            except SoftTimeLimitExceeded as error:
                # Out of time: the rest stay waiting, for the sweep.
                failed(message, error)
                break
            except Exception as error:  # noqa: BLE001  (recorded on the message, retried)
                wait = failed(message, error, permanent=_refused_for_good(error))
                if _server_gone(error):
                    # The rest wait as long as this one, then go with it.
                    wait = wait or backoff(1)
                    rest = ids[index + 1 :]
                    _defer(rest, timezone.now() + wait)
                    outcome["retry"].extend((later, wait.total_seconds()) for later in rest)
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
