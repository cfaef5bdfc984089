"""The yearly reminder: an expert whose profile has not changed for a year is asked,
once a year, to bring it and their CV up to date.

``queue_cv_reminders`` runs daily (Celery beat, ``experts.send_cv_reminders``):
it stamps ``reminded`` on every profile due and, after commit, queues one
``experts.send_cv_reminder`` e-mail each. The stamp is written in the same
transaction that chooses the profiles, so running the sweep twice (or two
sweeps at once) reminds nobody twice.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.mail import one_line

from .models import ExpertProfile

logger = logging.getLogger(__name__)

REMIND_AFTER = datetime.timedelta(days=365)


def due_profiles(now: datetime.datetime):
    """Profiles of active members, unchanged for a year and not reminded for a year."""
    limit = now - REMIND_AFTER
    return ExpertProfile.objects.filter(
        Q(reminded__isnull=True) | Q(reminded__lte=limit),
        updated__lte=limit,
        user__is_active=True,
    )


def queue_cv_reminders(now: datetime.datetime | None = None) -> list[int]:
    """Stamp the profiles due and queue their e-mails after commit; their ids."""
    from .tasks import send_cv_reminder

    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            due_profiles(now)
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        ExpertProfile.objects.filter(pk__in=ids).update(reminded=now)
        for profile_id in ids:
            transaction.on_commit(
                lambda profile_id=profile_id: send_cv_reminder.delay(profile_id=profile_id)
            )
    if ids:
        logger.info("Queued %d CV reminders.", len(ids))
    return ids


def deliver_cv_reminder(profile: ExpertProfile) -> bool:
    """E-mail the expert, in their interface language, a link to edit their profile."""
    user = profile.user
    if not user.is_active or not user.email:
        return False
    site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {
            "profile": profile,
            "expert": user,
            "edit_url": site_url + reverse("experts:my-profile"),
            "profile_url": site_url + profile.get_absolute_url(),
            "PORTAL_NAME": settings.PORTAL_NAME,
        }
        subject = render_to_string("experts/emails/cv_reminder_subject.txt", context)
        body = render_to_string("experts/emails/cv_reminder.txt", context)
    EmailMessage(subject=one_line(subject), body=body, to=[user.email]).send()
    return True
