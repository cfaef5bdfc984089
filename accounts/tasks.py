import logging

from celery import shared_task

from .models import ContactMessage

logger = logging.getLogger(__name__)


@shared_task(
    name="accounts.send_contact_message",
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
)
def send_contact_message(*, message_id: int) -> None:
    from . import services

    message = (
        ContactMessage.objects.select_related("sender", "recipient").filter(pk=message_id).first()
    )
    if message is None:
        logger.info("Contact message %s is gone; nothing to send.", message_id)
        return
    services.deliver_contact_message(message)
