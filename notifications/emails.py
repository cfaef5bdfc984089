"""Writing the e-mails of the outbox, when they are sent, in the recipient's language.

Every e-mail has a one-click unsubscribe link (signed, no sign-in needed, also in
the ``List-Unsubscribe`` and ``List-Unsubscribe-Post`` headers, RFC 8058) and a
link to the notification preferences. What the recipient may no longer read, or
what was deleted meanwhile, is left out; an e-mail left with nothing is not sent.
What members typed (names, titles) is put on one line (``plain``) before it reaches
a subject or a sentence, subjects are cut at ``SUBJECT_LENGTH`` characters and
excerpts at ``EXCERPT_WORDS`` words.

Other apps add kinds of e-mail with ``register_renderer(kind, render)``, where
``render(message)`` returns an ``EmailMessage`` (use ``compose``) or ``None``. A verb
may have an update's e-mail written with templates of its own (``registry.Verb``:
``template``, ``context``), which may carry the update's text whole (``Told.content``:
a discussion list's message); digests and the notification centre keep the excerpt.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core.mail import absolute_url, one_line

from . import registry, tokens
from .models import Notification, OutboxMessage, Reason, Subscription

_renderers: dict[str, Callable[[OutboxMessage], EmailMessage | None]] = {}
# The most items one digest lists; the rest are in the notification centre.
DIGEST_LIMIT = 50
# An excerpt is a taste of the content, not the content: about a paragraph.
EXCERPT_WORDS = 80
# Mail clients show about this much of a subject; longer ones end with "…".
SUBJECT_LENGTH = 200


def register_renderer(kind: str, render: Callable[[OutboxMessage], EmailMessage | None]) -> None:
    _renderers[kind] = render


def links(person, scope: str) -> dict:
    """The unsubscribe and preferences links for ``person`` (in the active language)."""
    token = tokens.make(person.pk, scope)
    return {
        "unsubscribe_url": absolute_url(reverse("notifications:unsubscribe", args=[token])),
        "preferences_url": absolute_url(reverse("notifications:preferences")),
    }


def plain(text: str) -> str:
    """``text`` (a name, a title) on one line: every line break, tab and control
    character becomes a space. Names and titles are typed by members and end up in
    subjects and one-line sentences; ``"\r\nBcc: …"`` in a title must stay text. Runs
    of ASCII spaces are collapsed; non-breaking spaces (French typography) stay."""
    spaced = "".join(
        " " if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char for char in text
    )
    return " ".join(part for part in spaced.split(" ") if part)


def subject_line(text: str) -> str:
    """A subject fit for the header: one line, at most ``SUBJECT_LENGTH`` characters."""
    return Truncator(plain(one_line(text))).chars(SUBJECT_LENGTH)


_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n){2,}")


def tidy(body: str) -> str:
    """The body with at most one blank line in a row and none at its ends (template
    tags leave some). Lines keep their trailing spaces: the signature separator is
    ``"-- "``."""
    return _BLANK_LINES.sub("\n\n", body).strip("\n") + "\n"


def compose(message: OutboxMessage, *, template: str, context: dict, scope: str) -> EmailMessage:
    """Render ``<template>_subject.txt`` and ``_body.txt`` in the recipient's language,
    with the unsubscribe headers for ``scope``."""
    person = message.recipient
    with translation.override(person.language or settings.LANGUAGE_CODE):
        context = {
            **context,
            "person": person,
            "recipient_name": plain(person.display_name),
            "PORTAL_NAME": settings.PORTAL_NAME,
        }
        context.update(links(person, scope))
        subject = subject_line(render_to_string(f"{template}_subject.txt", context))
        body = tidy(render_to_string(f"{template}_body.txt", context))
    headers = list_headers(context["unsubscribe_url"], message.message_id)
    return EmailMessage(subject=subject, body=body, to=[person.email], headers=headers)


def list_headers(unsubscribe_url: str, message_id: str = "") -> dict:
    """The headers of every e-mail the portal sends to a list of people: one-click
    unsubscribe (RFC 8058), automatic (no vacation replies), and the outbox message's
    Message-ID when there is one (a preview has none)."""
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "All",
    }
    if message_id:
        headers["Message-ID"] = message_id
    return headers


# --- Telling an update -------------------------------------------------------------------


@dataclass
class Told:
    """An update as an e-mail, a digest or the notification centre shows it.

    ``source_*`` name what it belongs to; ``followed_*`` what the recipient followed
    that brought it (the topic a library item is filed under), the source when they
    did not follow anything else, or for what concerns them directly."""

    notification: Notification
    sentence: str
    subject: str
    url: str
    source_name: str
    source_label: str
    excerpt: str
    when: object
    followed_name: str = ""
    followed_label: str = ""
    followed_kind: str = ""
    # Sorts and groups the items of a digest by what brought them.
    followed_key: tuple = ()
    # Who did it, on one line.
    actor_name: str = ""
    # The update's text whole (``excerpt`` is its first ``EXCERPT_WORDS`` words): what
    # a verb's own e-mail may carry (a list message, ``registry.Verb.template``).
    content: str = ""


def _name(person) -> str:
    return person.display_name if person is not None else str(_("A former member"))


class Readable:
    """Remembers, while one e-mail is written, whether the recipient may read each
    thing, so that a digest of 50 items in one workspace asks once."""

    def __init__(self, person):
        self.person = person
        self._seen: dict[tuple, bool] = {}

    def __call__(self, followable: registry.Followable, obj: Model) -> bool:
        key = (type(obj), obj.pk)
        if key not in self._seen:
            self._seen[key] = bool(followable.may_read(self.person, obj))
        return self._seen[key]


def _followed(notification: Notification, source: Model, readable: Readable) -> tuple:
    """What brought the notification (``via``) and its registration, or the source's
    when that is gone, unknown or no longer readable."""
    via = notification.via if notification.via_type_id else None
    followable = registry.followable(via) if via is not None else None
    if followable is None or not readable(followable, via):
        return source, registry.followable(source)
    return via, followable


def _address(target: Model) -> str:
    """The full address of ``target``'s page (a Wagtail page may only have ``get_url``)."""
    if hasattr(target, "get_absolute_url"):
        return absolute_url(target.get_absolute_url())
    url = target.get_url() or ""
    return absolute_url(url) if url.startswith("/") else url


def _link(update, target: Model) -> str:
    """Where the update leads: its target's page and anchor, or where its verb says."""
    found = registry.verb(update.verb)
    if found is not None and found.link is not None:
        return absolute_url(found.link(target))
    return _address(target) + update.anchor


def tell(notification: Notification, person, readable: Readable | None = None) -> Told | None:
    """The notification in the active language, or ``None`` when ``person`` may no
    longer read it (its source or its target is gone, or out of their reach).
    ``readable`` shares the checks among the notifications of one e-mail."""
    readable = readable or Readable(person)
    update = notification.update
    source = update.source
    if source is None:
        return None
    followable = registry.followable(source)
    if followable is None or not readable(followable, source):
        return None
    target = update.target if update.target_type_id else source
    if target is None:
        return None
    source_name = plain(str(followable.name(source)))
    actor_name = plain(_name(update.actor))
    sentence, subject = registry.tell(
        update.verb,
        actor=actor_name,
        title=plain(update.title),
        source=source_name,
    )
    followed, followed_as = _followed(notification, source, readable)
    followed_name = plain(str(followed_as.name(followed)))
    return Told(
        notification=notification,
        sentence=sentence,
        subject=subject,
        url=_link(update, target),
        source_name=source_name,
        source_label=str(followable.label),
        excerpt=Truncator(update.excerpt).words(EXCERPT_WORDS),
        when=update.when,
        followed_name=followed_name,
        followed_label=str(followed_as.label),
        followed_kind=followed_as.kind_name(),
        followed_key=(
            followed_as.kind_name(),
            followed_name.casefold(),
            type(followed).__name__,
            followed.pk,
        ),
        actor_name=actor_name,
        content=update.excerpt,
    )


def _unsubscribe_scope(notification: Notification) -> str:
    """What the e-mail's one-click link stops: the subscription that brought it, the
    mentions and replies when it concerns the person directly, else every e-mail."""
    direct = notification.reason != Reason.FOLLOWING
    if notification.via_type_id:
        found = (
            Subscription.objects.filter(
                user=notification.recipient_id,
                content_type=notification.via_type_id,
                object_id=notification.via_id,
            )
            .values_list("pk", flat=True)
            .first()
        )
        if found:
            return f"sub:{found}"
    return "direct" if direct else "all"


def render_update(message: OutboxMessage) -> EmailMessage | None:
    notification = (
        Notification.objects.select_related("update", "update__actor")
        .filter(pk=message.notification_id)
        .first()
    )
    if notification is None:
        return None
    person = message.recipient
    verb = registry.verb(notification.update.verb)
    with translation.override(person.language or settings.LANGUAGE_CODE):
        told = tell(notification, person)
        if told is None:
            return None
        context = {"told": told, "reason": notification.reason}
        if verb is not None and verb.context is not None:
            context.update(verb.context(notification.update))
    return compose(
        message,
        template=(verb.template if verb is not None else "") or "notifications/emails/update",
        context=context,
        scope=_unsubscribe_scope(notification),
    )


def _groups(shown: list[Told]) -> list[dict]:
    """The items under their headings: what concerns the person directly first ("About
    you"), then one group per followed thing, by kind and name; items in time order."""
    groups: dict[tuple, dict] = {}
    for told in shown:
        if told.notification.reason != Reason.FOLLOWING:
            key, heading = (0,), str(_("About you"))
        else:
            key = (1, *told.followed_key)
            heading = _("%(kind)s: %(name)s") % {
                "kind": told.followed_kind,
                "name": told.followed_name,
            }
        groups.setdefault(key, {"heading": heading, "items": []})["items"].append(told)
    return [
        {**group, "rule": "-" * len(group["heading"])}
        for _key, group in sorted(groups.items(), key=lambda pair: pair[0])
    ]


def render_digest(message: OutboxMessage) -> EmailMessage | None:
    """A digest: the items it carries that the person may still read, grouped under
    what brought them, or ``None`` when none is left. Past ``DIGEST_LIMIT`` items the
    rest are counted and left to the notification centre; what concerns the person
    directly is listed before the rest."""
    person = message.recipient
    items = (
        Notification.objects.filter(digest=message)
        .select_related("update", "update__actor")
        .prefetch_related("via", "update__source", "update__target")
        .order_by("created", "pk")
    )
    readable = Readable(person)
    with translation.override(person.language or settings.LANGUAGE_CODE):
        told = [found for found in (tell(item, person, readable) for item in items) if found]
        if not told:
            return None
        first = sorted(told, key=lambda found: found.notification.reason == Reason.FOLLOWING)
        shown = {id(found) for found in first[:DIGEST_LIMIT]}
        context = {
            "groups": _groups([found for found in told if id(found) in shown]),
            "count": len(told),
            "more": max(len(told) - DIGEST_LIMIT, 0),
            "period": message.kind,
            "centre_url": absolute_url(reverse("notifications:list")),
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
