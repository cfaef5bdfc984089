import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from core.mail import RETRY_ON_SMTP_ERROR

from .models import Item

logger = logging.getLogger(__name__)


@shared_task(name="library.extract_text", soft_time_limit=120, time_limit=180)
def extract_text(*, item_id: int) -> None:
    """Read the text of an uploaded file for search (bounded; see ``library.extract``)."""
    from . import services

    item = Item.objects.filter(pk=item_id).first()
    if item is None:
        logger.info("Library item %s is gone; no text to extract.", item_id)
        return
    try:
        services.extract_item_text(item)
    except SoftTimeLimitExceeded:
        logger.warning("Text extraction of library item %s ran out of time.", item_id)


@shared_task(
    name="library.send_review_decision",
    **RETRY_ON_SMTP_ERROR,
)
def send_review_decision(*, item_id: int, decision: str) -> None:
    """Tell the submitter that their item was approved or rejected."""
    from . import services

    item = Item.objects.select_related("submitted_by").filter(pk=item_id).first()
    if item is None:
        logger.info("Library item %s is gone; no review e-mail to send.", item_id)
        return
    services.deliver_review_decision(item, decision)
