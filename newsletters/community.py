"""Community news: members submit news, editors publish or reject it.

- ``submit`` records an item waiting for review; its image, if any, is checked by
  content (PNG, JPEG or WebP, at most ``IMAGE_MAX_BYTES``) and re-encoded
  (``core.images``) before anything is saved, so a refused upload leaves nothing
  behind, neither a row nor a file.
- ``publish`` and ``reject`` decide a waiting item, ``withdraw`` takes a published
  one back (it becomes rejected and disappears everywhere). Each locks the row, so
  an item decided by another editor meanwhile is refused (``ReviewRefused``).
  The author is told by e-mail through the outbox (kind ``community-news``),
  rendered when it leaves, in the author's language; nothing is sent when the
  decision no longer holds.
- ``visible_to(user)`` decides who sees what: published items for everyone, the
  others for their author and the editors only. Lists, the feed, the search and the
  country section show published items only (``CommunityNews.objects.published()``).

At import (``NewslettersConfig.ready``) this registers the e-mail renderer, the
"Community news" section of the country profiles and the portal search provider.
"""

import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q, QuerySet
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, UnidentifiedImageError

from core import search as site_search
from core.images import reencode_image
from core.mail import absolute_url
from countryprofiles import sections
from notifications import emails
from notifications.models import OutboxMessage
from notifications.outbox import enqueue_on_commit

from .models import TEXT_MAX_LENGTH, CommunityNews

Status = CommunityNews.Status

EMAIL_KIND = "community-news"
IMAGE_MAX_BYTES = 5 * 1024 * 1024
IMAGE_MAX_SIDE = 1600
IMAGE_FORMATS = {"PNG", "JPEG", "WEBP"}
EXCERPT_WORDS = 40
ALLOWED_SCHEMES = ("http", "https")


class ReviewRefused(Exception):
    """The decision does not apply any more: someone decided the item meanwhile."""


class PreparedImage(ContentFile):
    """An image ``prepare_image`` checked and re-encoded (WebP)."""


# --- Who sees what -----------------------------------------------------------------------


def may_review(user) -> bool:
    return user.has_perm("newsletters.review_news")


def visible_to(user, queryset: QuerySet | None = None) -> QuerySet:
    """The items ``user`` may open: published ones, their own, and all for editors."""
    queryset = CommunityNews.objects.all() if queryset is None else queryset
    if user.is_authenticated and may_review(user):
        return queryset
    if user.is_authenticated:
        return queryset.filter(Q(status=Status.PUBLISHED) | Q(author=user))
    return queryset.filter(status=Status.PUBLISHED)


def for_listing(queryset: QuerySet) -> QuerySet:
    """What a list shows of each item, in one query."""
    return queryset.select_related("author")


def published_list(country: str = "") -> QuerySet:
    """Published items, newest first, about ``country`` when given."""
    items = CommunityNews.objects.published()
    if country:
        items = items.filter(country=country)
    return for_listing(items).order_by("-published_at", "-pk")


def review_queue() -> QuerySet:
    """Items waiting for review, oldest first."""
    return for_listing(CommunityNews.objects.filter(status=Status.PENDING)).order_by(
        "submitted", "pk"
    )


def submitted_by(user) -> QuerySet:
    return CommunityNews.objects.filter(author=user).order_by("-submitted", "-pk")


def excerpt(item: CommunityNews, words: int = EXCERPT_WORDS) -> str:
    return Truncator(" ".join(item.text.split())).words(words)


# --- Submitting ---------------------------------------------------------------------------


def prepare_image(upload) -> PreparedImage:
    """``upload`` checked by content and re-encoded, or a ``ValidationError``."""
    if upload.size > IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The image is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(IMAGE_MAX_BYTES)},
            code="too_large",
        )
    refused = ValidationError(
        _("This file is not an image we accept. Please upload a JPEG, PNG or WebP picture."),
        code="invalid_image",
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise refused from exc
    if image_format not in IMAGE_FORMATS:
        raise refused
    try:
        content = reencode_image(upload, max_bytes=IMAGE_MAX_BYTES, max_side=IMAGE_MAX_SIDE)
    except ValidationError as error:
        if error.code == "invalid_image":
            raise refused from error
        raise
    return PreparedImage(content.read())


def clean_link(link: str) -> str:
    link = (link or "").strip()
    if link and link.partition(":")[0].lower() not in ALLOWED_SCHEMES:
        raise ValidationError(
            _("Please give a web address that starts with http:// or https://."),
            code="scheme",
        )
    return link


def _check(values: dict) -> None:
    """The rules the form also shows, for callers that are not the form."""
    errors = {}
    if not values["title"]:
        errors["title"] = _("Please give your news a title.")
    if not values["text"]:
        errors["text"] = _("Please write your news.")
    elif len(values["text"]) > TEXT_MAX_LENGTH:
        errors["text"] = _("Please keep your news to %(limit)s characters.") % {
            "limit": TEXT_MAX_LENGTH
        }
    try:
        values["link"] = clean_link(values["link"])
    except ValidationError as error:
        errors["link"] = error.messages[0]
    if values["language"] not in dict(settings.LANGUAGES):
        errors["language"] = _("Please choose a language.")
    if errors:
        raise ValidationError(errors)


def submit(
    author,
    *,
    title: str,
    text: str,
    country: str = "",
    link: str = "",
    image=None,
    image_alt: str = "",
    language: str = "",
) -> CommunityNews:
    """Record ``author``'s news, waiting for review. Raises ``ValidationError`` (and
    saves nothing) when a value is refused, the image included."""
    values = {
        "title": " ".join((title or "").split()),
        "text": (text or "").strip(),
        "link": link or "",
        "language": language or author.language or settings.LANGUAGE_CODE,
    }
    _check(values)
    image_alt = " ".join((image_alt or "").split())
    if image:
        if not isinstance(image, PreparedImage):
            try:
                image = prepare_image(image)
            except ValidationError as error:
                raise ValidationError({"image": error.messages}) from error
        if not image_alt:
            raise ValidationError(
                {"image_alt": _("Please describe the image for people who cannot see it.")}
            )
    else:
        image_alt = ""
    item = CommunityNews(
        author=author,
        country=country or "",
        image_alt=image_alt,
        submitted=timezone.now(),
        **values,
    )
    stored = None
    try:
        with transaction.atomic():
            if image:
                # The portal's name for the file, never the member's.
                item.image.save(f"{uuid.uuid4().hex}.webp", image, save=False)
                stored = item.image.name
            item.save()
    except BaseException:
        if stored:
            item.image.storage.delete(stored)
        raise
    return item


# --- Reviewing ----------------------------------------------------------------------------


def _decide(item: CommunityNews, editor, *, expected: str, status: str, note: str = ""):
    """Move ``item`` from ``expected`` to ``status`` under a row lock and queue the
    author's e-mail; ``ReviewRefused`` when it is not ``expected`` any more."""
    with transaction.atomic():
        locked = CommunityNews.objects.select_for_update().filter(pk=item.pk).first()
        if locked is None or locked.status != expected:
            raise ReviewRefused(_("This item was already reviewed."))
        now = timezone.now()
        locked.status = status
        locked.reviewed_by = editor
        locked.reviewed_at = now
        locked.review_note = note
        if status == Status.PUBLISHED:
            locked.published_at = now
        locked.save(
            update_fields=["status", "reviewed_by", "reviewed_at", "review_note", "published_at"]
        )
        _tell_author(locked, editor)
    return locked


def _tell_author(item: CommunityNews, editor) -> None:
    author = item.author
    if author is None or not author.is_active or author.pk == editor.pk:
        return
    message = OutboxMessage.objects.create(
        kind=EMAIL_KIND,
        recipient=author,
        subject_object=item,
        key=f"{EMAIL_KIND}:{item.pk}:{item.status}",
    )
    enqueue_on_commit([message.pk])


def _note(note: str) -> str:
    note = (note or "").strip()
    if not note:
        raise ValidationError(
            {"note": _("Please tell the author why, in a few words.")}, code="required"
        )
    return note


def publish(item: CommunityNews, editor) -> CommunityNews:
    """Publish a waiting item and tell its author."""
    return _decide(item, editor, expected=Status.PENDING, status=Status.PUBLISHED)


def reject(item: CommunityNews, editor, note: str) -> CommunityNews:
    """Refuse a waiting item, with a note to its author (required)."""
    note = _note(note)
    return _decide(item, editor, expected=Status.PENDING, status=Status.REJECTED, note=note)


def withdraw(item: CommunityNews, editor, note: str) -> CommunityNews:
    """Take a published item back (it becomes rejected), with a note to its author."""
    note = _note(note)
    return _decide(item, editor, expected=Status.PUBLISHED, status=Status.REJECTED, note=note)


# --- The author's e-mail -------------------------------------------------------------------


def render_decision(message: OutboxMessage) -> EmailMessage | None:
    """The author's e-mail, or ``None`` when the item is gone or its status is no
    longer the one the message was written for."""
    item = CommunityNews.objects.filter(pk=message.object_id).first()
    told_status = (message.key or "").rpartition(":")[2]
    if item is None or item.status != told_status or item.author_id != message.recipient_id:
        return None
    with translation.override(message.recipient.language or settings.LANGUAGE_CODE):
        context = _decision_context(item)
    return emails.compose(
        message, template="newsletters/emails/community_decision", context=context, scope="all"
    )


def _decision_context(item: CommunityNews) -> dict:
    return {
        "item": item,
        "title": emails.plain(item.title),
        "published": item.status == Status.PUBLISHED,
        "withdrawn": item.status == Status.REJECTED and item.published_at is not None,
        "note": item.review_note,
        "url": absolute_url(item.get_absolute_url()),
        "mine_url": absolute_url(reverse("newsletters:community-mine")),
        "submit_url": absolute_url(reverse("newsletters:community-submit")),
    }


emails.register_renderer(EMAIL_KIND, render_decision)


# --- Country profiles and the portal search ------------------------------------------------


def _hit(item: CommunityNews) -> site_search.Hit:
    meta = " · ".join(
        part
        for part in (
            date_format(timezone.localtime(item.published_at), "DATE_FORMAT"),
            str(item.country.name) if item.country else "",
            item.author.display_name if item.author else "",
        )
        if part
    )
    return site_search.Hit(
        title=item.title, url=item.get_absolute_url(), summary=excerpt(item, 30), meta=meta
    )


def _answer(queryset: QuerySet, limit: int, more_url: str) -> site_search.Answer:
    count = queryset.count()
    hits = [_hit(item) for item in queryset[:limit]] if count and limit else []
    return site_search.Answer(count=count, hits=hits, more_url=more_url if count else "")


def country_section(country_code: str, user=None, limit: int = 5) -> site_search.Answer:
    """Published items about the country, newest first (two queries at most)."""
    code = country_code.upper()
    more_url = f"{reverse('newsletters:community')}?{urlencode({'country': code})}"
    return _answer(published_list(code), limit, more_url)


def search(query: str, user=None, limit: int = 5) -> site_search.Answer:
    """Published items holding every word of ``query`` in their title or text."""
    found = site_search.words(site_search.clean_query(query))
    if not found:
        return site_search.Answer(count=0)
    condition = Q()
    for word in found:
        condition &= Q(title__icontains=word) | Q(text__icontains=word)
    return _answer(published_list().filter(condition), limit, "")


sections.register(
    sections.Section(
        key="community-news", label=gettext_lazy("Community news"), answer=country_section, order=60
    )
)
site_search.register(
    site_search.Provider(
        key="community-news", label=gettext_lazy("Community news"), search=search, order=60
    )
)
