import logging

from celery import shared_task

from core.mail import RETRY_ON_SMTP_ERROR

from .models import Suggestion

logger = logging.getLogger(__name__)


@shared_task(
    name="glossary.send_suggestion_decision",
    **RETRY_ON_SMTP_ERROR,
)
def send_suggestion_decision(*, suggestion_id: int) -> None:
    from . import services

    suggestion = (
        Suggestion.objects.select_related("suggested_by", "term").filter(pk=suggestion_id).first()
    )
    if suggestion is None:
        logger.info("Glossary suggestion %s is gone; nothing to send.", suggestion_id)
        return
    services.deliver_suggestion_decision(suggestion)
