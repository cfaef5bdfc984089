"""Business operations on members: avatars, the directory and contact relays."""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from taggit.models import Tag

from core.mail import one_line

from .models import ContactMessage, User


def replace_avatar(user: User, content: ContentFile) -> None:
    """Store a re-encoded avatar under a fresh, unguessable name; drop the old one."""
    old = user.avatar.name if user.avatar else ""
    user.avatar_token = secrets.token_hex(16)
    user.avatar.save(f"{user.avatar_token}.webp", content, save=False)
    user.save(update_fields=["avatar", "avatar_token"])
    if old and old != user.avatar.name:
        transaction.on_commit(lambda: user.avatar.storage.delete(old))


def remove_avatar(user: User) -> None:
    old = user.avatar.name if user.avatar else ""
    user.avatar = ""
    user.avatar_token = ""
    user.save(update_fields=["avatar", "avatar_token"])
    if old:
        storage = User._meta.get_field("avatar").storage
        transaction.on_commit(lambda: storage.delete(old))


@dataclass(frozen=True)
class DirectoryQuery:
    q: str = ""
    country: str = ""
    interest: str = ""


def directory(query: DirectoryQuery) -> QuerySet[User]:
    members = User.objects.in_directory()
    if query.q:
        words = query.q.split()[:6]
        for word in words:
            members = members.filter(
                Q(display_name__icontains=word)
                | Q(organisation__icontains=word)
                | Q(position__icontains=word)
                | Q(bio__icontains=word)
            )
    if query.country:
        members = members.filter(country=query.country)
    if query.interest:
        # One row per member even if two of their tags differ only in case.
        members = members.filter(interests__name__iexact=query.interest).distinct()
    return members.prefetch_related("interests").order_by("display_name", "pk")


def interest_cloud(limit: int = 30) -> list[dict]:
    """The most common interests of listed members, with a size step from 1 to 5."""
    tags = list(
        Tag.objects.filter(
            accounts_interesttag_items__content_object__is_active=True,
            accounts_interesttag_items__content_object__show_in_directory=True,
        )
        .annotate(num=Count("accounts_interesttag_items"))
        .order_by("-num", "name")[:limit]
    )
    if not tags:
        return []
    top = max(tag.num for tag in tags)
    cloud = [
        {"name": tag.name, "count": tag.num, "step": 1 + round(4 * (tag.num - 1) / max(top - 1, 1))}
        for tag in tags
    ]
    return sorted(cloud, key=lambda item: item["name"].lower())


def online_now(*, exclude: User | None = None, limit: int = 20) -> QuerySet[User]:
    """Listed members seen in the last ``ONLINE_WINDOW_SECONDS``, most recent first."""
    members = User.objects.in_directory().online(settings.ONLINE_WINDOW_SECONDS)
    if exclude is not None and exclude.pk is not None:
        members = members.exclude(pk=exclude.pk)
    return members.order_by("-last_seen", "pk")[:limit]


class ContactRefused(Exception):
    """The message cannot be sent; ``str(exc)`` is the translated reason."""


def contact_refusal(sender: User, recipient: User) -> str | None:
    """Why ``sender`` may not write to ``recipient`` (translated), or None if they may."""
    if not (sender.is_authenticated and sender.is_active):
        return _("Please sign in to send messages.")
    if sender.pk == recipient.pk:
        return _("You cannot send a message to yourself.")
    if not (recipient.is_active and recipient.show_in_directory and recipient.accept_messages):
        return _("%(name)s does not accept messages.") % {"name": recipient.display_name}
    return None


def can_contact(sender: User, recipient: User) -> bool:
    return contact_refusal(sender, recipient) is None


def send_contact_message(
    *,
    sender: User,
    recipient: User,
    subject: str,
    body: str,
    check=contact_refusal,
    via: str = ContactMessage.Via.DIRECTORY,
) -> ContactMessage:
    """Record a message for ``recipient`` and queue its e-mail once the record is committed.

    Raises ContactRefused, whose text is shown to the sender, when the
    recipient cannot be written to or the sender has reached the hourly limit.
    ``check(sender, recipient)`` says who may be written to (another relay, such as
    "Contact this expert", passes its own), and ``via`` which relay it was, for the
    e-mail's wording.
    """
    refusal = check(sender, recipient)
    if refusal:
        raise ContactRefused(refusal)
    with transaction.atomic():
        # Lock the sender's row so that two messages sent at once cannot both
        # slip under the hourly limit.
        list(User.objects.select_for_update().filter(pk=sender.pk).values_list("pk"))
        since = timezone.now() - timezone.timedelta(hours=1)
        recent = ContactMessage.objects.filter(sender=sender, created__gte=since).count()
        if recent >= settings.CONTACT_MESSAGES_PER_HOUR:
            raise ContactRefused(
                ngettext(
                    "You have sent %(count)d message in the last hour. "
                    "Please wait before sending more.",
                    "You have sent %(count)d messages in the last hour. "
                    "Please wait before sending more.",
                    recent,
                )
                % {"count": recent}
            )
        message = ContactMessage.objects.create(
            sender=sender, recipient=recipient, subject=subject, body=body, via=via
        )
    from .tasks import send_contact_message as task

    transaction.on_commit(lambda: task.delay(message_id=message.pk))
    return message


def deliver_contact_message(message: ContactMessage) -> None:
    """Send the stored message by e-mail, in the recipient's language, once."""
    if message.sent_at is not None:
        return
    recipient = message.recipient
    with translation.override(recipient.language):
        context = {
            "message": message,
            "sender": message.sender,
            "recipient": recipient,
            "site_url": settings.WAGTAILADMIN_BASE_URL,
            "PORTAL_NAME": settings.PORTAL_NAME,
        }
        subject = _("%(portal)s: %(sender)s sent you a message: %(subject)s") % {
            "portal": settings.PORTAL_NAME,
            "sender": message.sender.display_name,
            "subject": message.subject,
        }
        body = render_to_string("accounts/email/contact_message.txt", context)
    EmailMessage(
        subject=one_line(subject),
        body=body,
        to=[recipient.email],
        reply_to=[message.sender.email],
    ).send()
    ContactMessage.objects.filter(pk=message.pk, sent_at__isnull=True).update(
        sent_at=timezone.now()
    )
