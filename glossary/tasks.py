import logging

from celery import shared_task

from .models import Suggestion

logger = logging.getLogger(__name__)


@shared_task(
    name="glossary.send_suggestion_decision",
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
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
