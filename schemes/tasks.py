"""E-mails of the scheme database, sent by Celery on the ``email`` queue
(``CELERY_TASK_ROUTES`` routes every ``*.send_*`` task there)."""

import logging

from celery import shared_task

from core.mail import RETRY_ON_SMTP_ERROR

logger = logging.getLogger(__name__)


@shared_task(name="schemes.send_review_decision", **RETRY_ON_SMTP_ERROR)
def send_review_decision(*, change_id: int) -> None:
    """Tell whoever proposed a change that an editor approved or refused it."""
    from . import services
    from .models import SchemeChange

    change = SchemeChange.objects.select_related("scheme", "submitted_by").filter(pk=change_id)
    change = change.first()
    if change is None or change.submitted_by is None:
        logger.info("Scheme change %s is gone or has no author; no e-mail.", change_id)
        return
    services.deliver_review_decision(change)


@shared_task(name="schemes.send_inventory_campaign")
def send_inventory_campaign(*, campaign_id: int) -> int:
    """Create the campaign's invitations (one per manager) and queue each e-mail."""
    from . import inventory

    return inventory.fan_out(campaign_id)


@shared_task(name="schemes.send_inventory_invitation", **RETRY_ON_SMTP_ERROR)
def send_inventory_invitation(*, invitation_id: int) -> None:
    """E-mail one manager the links to report each of their schemes' figures (once)."""
    from . import inventory

    inventory.deliver_invitation(invitation_id)
