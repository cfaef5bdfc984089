"""The workspace e-mails that are about membership, not content: invitations, join
requests and the answers to them, sent by the tasks in ``tasks.py``. (What members
write is told through the notifications: ``notify.py``.)

Each is written in its recipient's language (an invitation to an address without
an account: in the inviter's), with absolute links, and goes to its addressee
alone: a private workspace is named to nobody else. What was true when the
e-mail was queued is checked again when it is sent (the invitation still
usable, the request still waiting, the moderator still a moderator).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.mail import one_line

from .membership import accounts_by_email, moderator_ids
from .models import Invitation, JoinRequest

logger = logging.getLogger(__name__)


def absolute(name: str, **kwargs) -> str:
    """The portal's full address of a URL name, in the active language."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, kwargs=kwargs)


def _send(template: str, context: dict, to: str, language: str | None) -> None:
    """Render ``workspaces/emails/<template>_subject.txt`` and ``_body.txt`` in
    ``language`` and send them to one address."""
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {**context, "PORTAL_NAME": settings.PORTAL_NAME}
        if "workspace" in context:
            context["workspace_url"] = absolute("workspaces:detail", slug=context["workspace"].slug)
        for key, (name, kwargs) in context.pop("links", {}).items():
            context[key] = absolute(name, **kwargs)
        subject = render_to_string(f"workspaces/emails/{template}_subject.txt", context)
        body = render_to_string(f"workspaces/emails/{template}_body.txt", context)
    EmailMessage(subject=one_line(subject), body=body, to=[to]).send()


def deliver_invitation(invitation_id: int) -> bool:
    """E-mail the invited address its link, if the invitation can still be used."""
    invitation = (
        Invitation.objects.select_related("workspace", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.is_usable or invitation.workspace.is_archived:
        logger.info("Invitation %s is gone or no longer usable; no e-mail.", invitation_id)
        return False
    account_id = accounts_by_email([invitation.email]).get(invitation.email.lower())
    account = get_user_model().objects.filter(pk=account_id, is_active=True).first()
    inviter = invitation.invited_by
    language = account.language if account else (inviter.language if inviter else None)
    context = {
        "invitation": invitation,
        "workspace": invitation.workspace,
        "inviter": inviter,
        "invitee": account,
        "links": {"invitation_url": ("workspaces:invitation", {"token": invitation.token})},
    }
    # Claim the e-mail first: a task run twice (a retry after a lost acknowledgement)
    # sends it once; a failed send releases the claim so that Celery's retry sends it.
    claimed = Invitation.objects.filter(pk=invitation.pk, e_mailed__isnull=True).update(
        e_mailed=timezone.now()
    )
    if not claimed:
        return False
    try:
        _send("invitation", context, invitation.email, language)
    except Exception:
        Invitation.objects.filter(pk=invitation.pk).update(e_mailed=None)
        raise
    return True


def deliver_join_request(request_id: int) -> int:
    """Tell each moderator (and the owner) that someone asks to join; how many were told."""
    request = (
        JoinRequest.objects.select_related("workspace", "user")
        .filter(pk=request_id, status=JoinRequest.Status.PENDING)
        .first()
    )
    if request is None:
        logger.info("Join request %s is gone or answered; no e-mail.", request_id)
        return 0
    workspace = request.workspace
    moderators = (
        get_user_model()
        .objects.filter(pk__in=moderator_ids(workspace), is_active=True)
        .exclude(email="")
    )
    links = {"requests_url": ("workspaces:requests", {"slug": workspace.slug})}
    for moderator in moderators:
        context = {"request": request, "workspace": workspace, "moderator": moderator}
        _send("join_request", {**context, "links": links}, moderator.email, moderator.language)
    return len(moderators)


def deliver_join_decision(request_id: int) -> bool:
    """Tell the person who asked whether the moderators let them in."""
    request = (
        JoinRequest.objects.select_related("workspace", "user")
        .exclude(status=JoinRequest.Status.PENDING)
        .filter(pk=request_id)
        .first()
    )
    person = request.user if request else None
    if person is None or not person.is_active or not person.email:
        logger.info("Join request %s is undecided or its author is gone; no e-mail.", request_id)
        return False
    context = {
        "request": request,
        "workspace": request.workspace,
        "person": person,
        "approved": request.status == JoinRequest.Status.APPROVED,
    }
    _send("join_decision", context, person.email, person.language)
    return True
