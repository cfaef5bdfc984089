"""The membership e-mails of workspaces (an invitation, a join request and its answer),
sent by Celery on the ``email`` queue (every ``*.send_*`` task goes there). What members
write is told through the notifications (``notify.py``)."""

import logging

from celery import shared_task

from core.mail import RETRY_ON_SMTP_ERROR

logger = logging.getLogger(__name__)


@shared_task(name="workspaces.send_invitation", **RETRY_ON_SMTP_ERROR)
def send_invitation(*, invitation_id: int) -> None:
    """E-mail the invited address its single-use link."""
    from . import emails

    emails.deliver_invitation(invitation_id)


@shared_task(name="workspaces.send_join_request", **RETRY_ON_SMTP_ERROR)
def send_join_request(*, request_id: int) -> None:
    """Tell the workspace's moderators that someone asks to join."""
    from . import emails

    emails.deliver_join_request(request_id)


@shared_task(name="workspaces.send_join_decision", **RETRY_ON_SMTP_ERROR)
def send_join_decision(*, request_id: int) -> None:
    """Tell the person who asked whether they are in."""
    from . import emails

    emails.deliver_join_decision(request_id)
