"""Writing the e-mails of the outbox, when they are sent, in the recipient's language.

Every e-mail has a one-click unsubscribe link (signed, no sign-in needed, also in
the ``List-Unsubscribe`` and ``List-Unsubscribe-Post`` headers, RFC 8058) and a
link to the notification preferences. What the recipient may no longer read, or
what was deleted meanwhile, is left out; an e-mail left with nothing is not sent.

Other apps add kinds of e-mail with ``register_renderer(kind, render)``, where
``render(message)`` returns an ``EmailMessage`` (use ``compose``) or ``None``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.mail import one_line

from . import registry, tokens
from .models import Notification, OutboxMessage, Reason

_renderers: dict[str, Callable[[OutboxMessage], EmailMessage | None]] = {}
# The most items one digest lists; the rest are in the notification centre.
DIGEST_LIMIT = 50


def register_renderer(kind: str, render: Callable[[OutboxMessage], EmailMessage | None]) -> None:
    _renderers[kind] = render


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def links(person, scope: str) -> dict:
    """The unsubscribe and preferences links for ``person`` (in the active language)."""
    token = tokens.make(person.pk, scope)
    return {
        "unsubscribe_url": absolute(reverse("notifications:unsubscribe", args=[token])),
        "preferences_url": absolute(reverse("notifications:preferences")),
    }


def compose(message: OutboxMessage, *, template: str, context: dict, scope: str) -> EmailMessage:
    """Render ``<template>_subject.txt`` and ``_body.txt`` in the recipient's language,
    with the unsubscribe headers for ``scope``."""
    person = message.recipient
    with translation.override(person.language or settings.LANGUAGE_CODE):
        context = {**context, "person": person, "PORTAL_NAME": settings.PORTAL_NAME}
        context.update(links(person, scope))
        subject = one_line(render_to_string(f"{template}_subject.txt", context))
        body = render_to_string(f"{template}_body.txt", context)
    headers = {
        "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Message-ID": message.message_id,
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
    }
    return EmailMessage(subject=subject, body=body, to=[person.email], headers=headers)


# --- Telling an update -------------------------------------------------------------------


@dataclass
class Told:
    """An update as an e-mail, a digest or the notification centre shows it."""

    notification: Notification
    sentence: str
    subject: str
    url: str
    source_name: str
    source_label: str
    excerpt: str
    when: object


def _name(person) -> str:
    return person.display_name if person is not None else str(_("A former member"))


def tell(notification: Notification, person) -> Told | None:
    """The notification in the active language, or ``None`` when ``person`` may no
    longer read it (its source or its target is gone, or out of their reach)."""
    update = notification.update
    source = update.source
    if source is None:
        return None
    followable = registry.followable(source)
    if followable is None or not followable.may_read(person, source):
        return None
    target = update.target if update.target_type_id else source
    if target is None:
        return None
    verb = registry.verb(update.verb)
    source_name = followable.name(source)
    values = {"actor": _name(update.actor), "title": update.title, "source": source_name}
    sentence = str(verb.sentence).format(**values) if verb else update.title
    subject = str(verb.subject).format(**values) if verb else update.title
    url = absolute(target.get_absolute_url()) + update.anchor
    return Told(
        notification=notification,
        sentence=sentence,
        subject=subject,
        url=url,
        source_name=source_name,
        source_label=str(followable.label),
        excerpt=update.excerpt,
        when=update.when,
    )


def _unsubscribe_scope(notification: Notification) -> str:
    if notification.reason != Reason.FOLLOWING:
        return "direct"
    from .models import Subscription

    found = (
        Subscription.objects.filter(
            user=notification.recipient_id,
            content_type=notification.via_type_id,
            object_id=notification.via_id,
        )
        .values_list("pk", flat=True)
        .first()
    )
    return f"sub:{found}" if found else "all"


def render_update(message: OutboxMessage) -> EmailMessage | None:
    notification = (
        Notification.objects.select_related("update", "update__actor")
        .filter(pk=message.notification_id)
        .first()
    )
    if notification is None:
        return None
    person = message.recipient
    with translation.override(person.language or settings.LANGUAGE_CODE):
        told = tell(notification, person)
    if told is None:
        return None
    context = {"told": told, "reason": notification.reason}
    return compose(
        message,
        template="notifications/emails/update",
        context=context,
        scope=_unsubscribe_scope(notification),
    )


def render_digest(message: OutboxMessage) -> EmailMessage | None:
    """A digest: the items it carries, grouped under what brought them, or ``None``."""
    person = message.recipient
    items = (
        Notification.objects.filter(digest=message)
        .select_related("update", "update__actor")
        .order_by("created", "pk")
    )
    groups: dict[tuple, dict] = {}
    count = 0
    with translation.override(person.language or settings.LANGUAGE_CODE):
        for notification in items:
            told = tell(notification, person)
            if told is None:
                continue
            count += 1
            if count > DIGEST_LIMIT:
                continue
            if notification.reason == Reason.FOLLOWING:
                key = (0, told.source_label, told.source_name)
                heading = f"{told.source_name} ({told.source_label})"
            else:
                key = (-1, "", "")
                heading = str(_("About you"))
            groups.setdefault(key, {"heading": heading, "items": []})["items"].append(told)
    if not count:
        return None
    context = {
        "groups": [groups[key] for key in sorted(groups)],
        "count": count,
        "more": max(count - DIGEST_LIMIT, 0),
        "period": message.kind,
        "centre_url": absolute(reverse("notifications:list")),
    }
    return compose(
        message, template="notifications/emails/digest", context=context, scope=message.kind
    )


register_renderer(OutboxMessage.Kind.UPDATE, render_update)
register_renderer(OutboxMessage.Kind.DIGEST_DAILY, render_digest)
register_renderer(OutboxMessage.Kind.DIGEST_WEEKLY, render_digest)


def build(message: OutboxMessage) -> EmailMessage | None:
    """The e-mail for ``message`` as it would leave now, or ``None`` when it must not."""
    person = message.recipient
    if not person.is_active or not person.email:
        return None
    render = _renderers.get(message.kind)
    if render is None:
        raise LookupError(f"No renderer for outgoing e-mails of kind {message.kind!r}.")
    return render(message)
