import logging

from celery import shared_task

from core.mail import RETRY_ON_SMTP_ERROR

from .models import ContactMessage

logger = logging.getLogger(__name__)


@shared_task(
    name="accounts.send_contact_message",
    **RETRY_ON_SMTP_ERROR,
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
