"""The notification tasks. ``send_*`` tasks run on the ``email`` queue; the sweep on
the default one. Celery beat runs the sweep every minute and the digests daily and
weekly (``CELERY_BEAT_SCHEDULE``)."""

from collections import defaultdict

from celery import shared_task


@shared_task(name="notifications.send_messages")
def send_messages(*, ids: list[int]) -> dict:
    """Send these outbox messages; what fails is tried again after its backoff."""
    from . import outbox

    outcome = outbox.deliver(ids)
    if outcome["retry"] and not send_messages.app.conf.task_always_eager:
        # Inline (no broker), retries are left to the sweep rather than run at once.
        later = defaultdict(list)
        for pk, seconds in outcome["retry"]:
            later[int(seconds) + 1].append(pk)
        for seconds, pks in later.items():
            try:
                send_messages.apply_async(kwargs={"ids": pks}, countdown=seconds, retry=False)
            except Exception:  # noqa: BLE001  (the broker went away: the sweep takes them)
                break
    return outcome


@shared_task(name="notifications.sweep_outbox")
def sweep_outbox() -> int:
    """Hand over every message that waits (the broker was down, a worker died)."""
    from . import outbox

    return outbox.sweep()


@shared_task(name="notifications.send_digests")
def send_digests(*, period: str) -> int:
    """Compose the daily or weekly digests that are due and send them; how many."""
    from . import digests, outbox

    ids = digests.compose(period)
    outbox.enqueue(ids)
    return len(ids)
