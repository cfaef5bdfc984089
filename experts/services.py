"""Operations on the public side of the expert database: who may see a profile,
the CV download, and "Contact this expert".

The contact relay is the people directory's (``accounts.services.send_contact_message``:
the same ``ContactMessage`` record, hourly limit per sender, Celery e-mail task,
Reply-To the sender, the recipient's language). Only who may be written to differs:
an expert whose profile the sender may see accepts being contacted about it, whether
or not they are listed in the people directory.
"""

from __future__ import annotations

import re
import unicodedata

from django.utils.translation import gettext as _

from accounts import services as accounts_services
from accounts.models import ContactMessage, User
from library import uploads

from .models import ExpertProfile

ContactRefused = accounts_services.ContactRefused
MAX_FILENAME_LENGTH = 120
_UNSAFE_IN_FILENAME = re.compile(r'[\\/:*?"<>|;]+')


def visible_profile(user, pk) -> ExpertProfile | None:
    """The profile ``pk`` if ``user`` may see it, else None."""
    return ExpertProfile.objects.visible_to(user).select_related("user").filter(pk=pk).first()


def needs_sign_in(user, pk) -> bool:
    """True when an anonymous visitor would see profile ``pk`` once signed in
    (a members-only profile): they are sent to sign in rather than told it is missing."""
    return (
        not user.is_authenticated
        and ExpertProfile.objects.filter(
            pk=pk, visibility=ExpertProfile.Visibility.MEMBERS, user__is_active=True
        ).exists()
    )


# --- The CV ------------------------------------------------------------------------


def cv_download_name(profile: ExpertProfile) -> str:
    """The uploader's file name, made safe for a Content-Disposition header."""
    extension = profile.cv_file_type or "bin"
    name = unicodedata.normalize("NFC", profile.cv_original_name or "")
    name = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in name)
    name = _UNSAFE_IN_FILENAME.sub("_", name)
    name = " ".join(name.split()).strip(" .")
    if not name:
        return f"cv.{extension}"
    if not name.lower().endswith(f".{extension.lower()}"):
        name = f"{name}.{extension}"
    if len(name) > MAX_FILENAME_LENGTH:
        name = f"{name[: MAX_FILENAME_LENGTH - len(extension) - 1]}.{extension}"
    return name


def cv_content_type(profile: ExpertProfile) -> str:
    return uploads.CONTENT_TYPES.get(profile.cv_file_type, "application/octet-stream")


def cv_type_label(profile: ExpertProfile) -> str:
    label = uploads.TYPE_LABELS.get(profile.cv_file_type)
    return str(label) if label else profile.cv_file_type.upper()


# --- Contact this expert -----------------------------------------------------------


def contact_refusal(sender: User, recipient: User) -> str | None:
    """Why ``sender`` may not write to the expert ``recipient`` (translated), or None.

    Called once the view has checked that ``sender`` sees the expert's profile.
    """
    if not (sender.is_authenticated and sender.is_active):
        return _("Please sign in to send messages.")
    if sender.pk == recipient.pk:
        return _("You cannot send a message to yourself.")
    if not recipient.is_active:
        return _("%(name)s does not accept messages.") % {"name": recipient.display_name}
    return None


def can_contact(sender, profile: ExpertProfile) -> bool:
    return bool(sender.is_authenticated) and contact_refusal(sender, profile.user) is None


def contact_expert(
    *, sender: User, profile: ExpertProfile, subject: str, body: str
) -> ContactMessage:
    """Relay a message to the expert (raises ContactRefused with the reason shown)."""
    return accounts_services.send_contact_message(
        sender=sender,
        recipient=profile.user,
        subject=subject,
        body=body,
        check=contact_refusal,
        via=ContactMessage.Via.EXPERT,
    )
