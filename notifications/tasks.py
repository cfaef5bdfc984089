"""The notification tasks. ``send_*`` tasks run on the ``email`` queue; the sweep on
the default one. Celery beat runs the sweep every minute and the digests daily and
weekly (``CELERY_BEAT_SCHEDULE``).

A message that could not be sent is not re-queued with a countdown: its
``next_attempt`` says when it is due again and the sweep hands it over then. Delayed
Celery messages would sit in the workers' memory for up to an hour, and come back a
second time from Redis once older than its visibility timeout.
"""

from celery import shared_task


@shared_task(name="notifications.send_messages")
def send_messages(*, ids: list[int]) -> dict:
    """Send these outbox messages (``outbox.deliver``); what fails waits for the sweep."""
    from . import outbox

    return outbox.deliver(ids)


@shared_task(name="notifications.sweep_outbox")
def sweep_outbox() -> int:
    """Hand over every message that waits (the broker was down, a worker died, SMTP
    refused and its backoff is over)."""
    from . import outbox

    return outbox.sweep()


@shared_task(name="notifications.send_digests")
def send_digests(*, period: str) -> int:
    """Compose the daily or weekly digests that are due and send them; how many. Run
    twice for the same period, it composes nothing more (one digest per member and
    period, ``digests.compose``)."""
    from . import digests, outbox

    ids = digests.compose(period)
    outbox.enqueue(ids)
    return len(ids)
