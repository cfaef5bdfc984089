"""The yearly inventory campaign, and the contact relay of a scheme's page.

An editor opens a campaign for a year (``open_campaign``); after commit, the
``schemes.send_inventory_campaign`` task calls ``fan_out``: one
``InventoryInvitation`` per active manager of a published scheme, then one
``schemes.send_inventory_invitation`` e-mail each. ``deliver_invitation`` claims
its row before sending, so a manager receives the campaign e-mail at most once
however often the fan-out or the task runs; a failed send releases the claim for
Celery's retry.

The contact relay goes through ``accounts.services.send_contact_message`` (stored,
rate-limited per sender, sent by Celery); the contact person is never named to
the sender, neither in the page nor in a refusal.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts import services as accounts_services
from accounts.models import ContactMessage
from core.mail import one_line

from .models import InventoryCampaign, InventoryInvitation, Scheme

logger = logging.getLogger(__name__)
User = get_user_model()

ContactRefused = accounts_services.ContactRefused
SUBJECT_MAX_LENGTH = ContactMessage._meta.get_field("subject").max_length
SCHEME_LABEL_LENGTH = 40


# --- Inventory campaigns --------------------------------------------------------------


def managers_to_invite():
    """Active members who manage at least one published scheme."""
    return User.objects.filter(
        is_active=True, managed_schemes__status=Scheme.Status.PUBLISHED
    ).distinct()


@dataclass(frozen=True)
class Audience:
    """Who a campaign opened now would reach."""

    managers: int
    schemes: int
    published: int

    @property
    def unmanaged(self) -> int:
        """Published schemes no active manager would be asked about."""
        return self.published - self.schemes

    def summary(self) -> str:
        schemes = ngettext(
            "%(count)d published scheme", "%(count)d published schemes", self.schemes
        ) % {"count": self.schemes}
        return ngettext(
            "%(managers)d manager of %(schemes)s will receive an e-mail.",
            "%(managers)d managers of %(schemes)s will receive an e-mail.",
            self.managers,
        ) % {"managers": self.managers, "schemes": schemes}


def audience() -> Audience:
    published = Scheme.objects.published()
    return Audience(
        managers=managers_to_invite().count(),
        schemes=published.filter(managers__is_active=True).distinct().count(),
        published=published.count(),
    )


def past_campaigns():
    """Campaigns, latest year first, with how many of their e-mails have gone out."""
    return InventoryCampaign.objects.select_related("opened_by").annotate(
        invitations_total=Count("invitations"),
        invitations_sent=Count("invitations", filter=Q(invitations__sent__isnull=False)),
    )


def open_campaign(
    *, year: int, deadline: datetime.date | None, message: str, editor
) -> InventoryCampaign:
    """Record the campaign and, once committed, queue the e-mails to every manager.

    Raises IntegrityError if a campaign for ``year`` exists (two editors at once).
    """
    from .tasks import send_inventory_campaign

    with transaction.atomic():
        campaign = InventoryCampaign.objects.create(
            year=year, deadline=deadline, message=message, opened_by=editor
        )
    transaction.on_commit(lambda: send_inventory_campaign.delay(campaign_id=campaign.pk))
    return campaign


def fan_out(campaign_id: int) -> int:
    """One invitation per manager (in bulk), then queue each one not yet sent; how many."""
    from .tasks import send_inventory_invitation

    campaign = InventoryCampaign.objects.filter(pk=campaign_id).first()
    if campaign is None:
        logger.info("Inventory campaign %s is gone; nobody to invite.", campaign_id)
        return 0
    managers = managers_to_invite().values_list("pk", flat=True)
    InventoryInvitation.objects.bulk_create(
        [InventoryInvitation(campaign=campaign, manager_id=pk) for pk in managers],
        ignore_conflicts=True,
    )
    ids = list(
        InventoryInvitation.objects.filter(
            campaign=campaign,
            sent__isnull=True,
            manager__in=managers_to_invite().values("pk"),
        ).values_list("pk", flat=True)
    )
    for invitation_id in ids:
        transaction.on_commit(
            lambda pk=invitation_id: send_inventory_invitation.delay(invitation_id=pk)
        )
    logger.info("Inventory campaign %s: queued %d invitations.", campaign.year, len(ids))
    return len(ids)


def deliver_invitation(invitation_id: int) -> bool:
    """Send one invitation at most once: claim it, send it, release the claim on failure."""
    claimed = InventoryInvitation.objects.filter(pk=invitation_id, sent__isnull=True).update(
        sent=timezone.now()
    )
    if not claimed:
        return False
    try:
        sent = _send_invitation(invitation_id)
    except Exception:
        _release(invitation_id)
        raise
    if not sent:
        _release(invitation_id)
    return sent


def _release(invitation_id: int) -> None:
    InventoryInvitation.objects.filter(pk=invitation_id).update(sent=None)


def _send_invitation(invitation_id: int) -> bool:
    """E-mail the manager, in their language, a link per published scheme they manage."""
    invitation = (
        InventoryInvitation.objects.select_related("campaign", "manager")
        .filter(pk=invitation_id)
        .first()
    )
    manager = invitation.manager if invitation else None
    if manager is None or not manager.is_active or not manager.email:
        logger.info("Inventory invitation %s has nobody to write to.", invitation_id)
        return False
    schemes = list(Scheme.objects.published().managed_by(manager).order_by("name", "pk"))
    if not schemes:
        logger.info("Inventory invitation %s: no published scheme left.", invitation_id)
        return False
    subject, body = _invitation_text(invitation.campaign, manager, schemes)
    EmailMessage(subject=subject, body=body, to=[manager.email]).send()
    return True


def _invitation_text(campaign: InventoryCampaign, manager, schemes: list) -> tuple[str, str]:
    site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(manager.language or settings.LANGUAGE_CODE):
        context = {
            "campaign": campaign,
            "manager": manager,
            "schemes": [
                {
                    "scheme": scheme,
                    "url": site_url
                    + reverse(
                        "schemes:report-year", kwargs={"pk": scheme.pk, "year": campaign.year}
                    ),
                }
                for scheme in schemes
            ],
            "mine_url": site_url + reverse("schemes:mine"),
            "PORTAL_NAME": settings.PORTAL_NAME,
        }
        subject = render_to_string("schemes/emails/inventory_subject.txt", context)
        body = render_to_string("schemes/emails/inventory_body.txt", context)
    return one_line(subject), body


# --- Contact relay ---------------------------------------------------------------------


def contact_refusal(sender, recipient) -> str | None:
    """Why ``sender`` may not write to a scheme's contact person (translated), or None.

    Called once the view has checked that ``sender`` sees the scheme. The reason
    never names the contact person.
    """
    if not (sender.is_authenticated and sender.is_active):
        return _("Please sign in to send messages.")
    if sender.pk == recipient.pk:
        return _("You are the contact person of this scheme: you cannot write to yourself.")
    if not (recipient.is_active and recipient.email):
        return _("The contact person of this scheme no longer receives messages.")
    return None


def relayed_subject(scheme: Scheme, subject: str) -> str:
    """The subject prefixed with the scheme, so that the contact knows which one it is about."""
    label = scheme.acronym or Truncator(scheme.name).chars(SCHEME_LABEL_LENGTH)
    return Truncator(f"[{label}] {subject}").chars(SUBJECT_MAX_LENGTH)


def contact_scheme(*, sender, scheme: Scheme, subject: str, body: str) -> ContactMessage:
    """Relay a message to the scheme's contact person (raises ContactRefused)."""
    return accounts_services.send_contact_message(
        sender=sender,
        recipient=scheme.contact,
        subject=relayed_subject(scheme, subject),
        body=body,
        check=contact_refusal,
        via=ContactMessage.Via.SCHEME,
    )
