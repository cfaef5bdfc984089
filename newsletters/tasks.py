"""The newsletters' tasks. ``send_*`` tasks run on the ``email`` queue.

Celery beat runs ``newsletters.send_platform_news`` every Monday at 07:00 UTC
(``CELERY_BEAT_SCHEDULE``): it composes the platform news of the week that just
ended and hands the e-mails to the outbox. Run twice, it composes nothing more.
"""

from celery import shared_task


@shared_task(name="newsletters.send_platform_news")
def send_platform_news(*, week: str | None = None) -> int:
    """Compose the platform news of ``week`` (an ISO date of a Monday; by default the
    week that just ended) and queue its e-mails; how many were composed."""
    from notifications import outbox

    from . import platform

    monday = platform.parse_week(week) if week else None
    if week and monday is None:
        raise ValueError(f"Not the Monday of a week: {week!r}.")
    ids = platform.compose(monday)
    if ids:
        outbox.enqueue(ids)
    return len(ids)
