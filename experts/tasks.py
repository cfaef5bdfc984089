import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from core.mail import RETRY_ON_SMTP_ERROR

from .models import ExpertProfile

logger = logging.getLogger(__name__)


@shared_task(name="experts.extract_cv_text", soft_time_limit=120, time_limit=180)
def extract_cv_text(*, profile_id: int) -> None:
    """Read the text of an expert's CV for search (bounded; see ``library.extract``)."""
    from . import own_profile

    profile = ExpertProfile.objects.filter(pk=profile_id).first()
    if profile is None:
        logger.info("Expert profile %s is gone; no CV text to extract.", profile_id)
        return
    try:
        own_profile.extract_cv_text(profile)
    except SoftTimeLimitExceeded:
        logger.warning("CV text extraction of expert profile %s ran out of time.", profile_id)


@shared_task(name="experts.send_cv_reminders")
def send_cv_reminders() -> int:
    """Daily (Celery beat): queue a reminder for each profile left unchanged for a year."""
    from . import reminders

    return len(reminders.queue_cv_reminders())


@shared_task(
    name="experts.send_cv_reminder",
    **RETRY_ON_SMTP_ERROR,
)
def send_cv_reminder(*, profile_id: int) -> None:
    """E-mail one expert that their profile and CV are a year old."""
    from . import reminders

    profile = ExpertProfile.objects.select_related("user").filter(pk=profile_id).first()
    if profile is None:
        logger.info("Expert profile %s is gone; no reminder to send.", profile_id)
        return
    reminders.deliver_cv_reminder(profile)
