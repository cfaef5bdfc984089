"""Business operations on the library: submitting, reviewing, featuring, counting, extracting.

Views, tasks, the admin and ``load_demo`` call these functions; they take and
return model instances, check nothing about who is asking (views do that with
``library.rules``), and leave e-mails and text extraction to Celery tasks queued
once the surrounding transaction has committed.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import extract, notify, uploads
from .models import Comment, Item, ItemCountry

logger = logging.getLogger(__name__)

# How many items a session remembers having viewed (for "one view per session").
VIEWED_SESSION_KEY = "library_viewed"
VIEWED_REMEMBERED = 300
FEATURED_LIMIT = 4
DASHBOARD_SUBMISSIONS = 5

APPROVED, REJECTED = "approved", "rejected"


class ReviewRefused(Exception):
    """The operation cannot be done on the item as it is now.

    ``str(exc)`` is the translated reason, shown to the person who tried.
    """


@dataclass
class ItemData:
    """An item's metadata as a form (or an import) gives it."""

    fields: dict = field(default_factory=dict)  # Item's own columns: title, abstract, url, ...
    relations: dict = field(default_factory=dict)  # many-to-many name -> iterable of objects
    countries: list[str] = field(default_factory=list)  # ISO codes
    tags: list[str] = field(default_factory=list)


def _update_search_index(item_ids: Iterable[int]) -> None:
    from . import search

    search.update_index(list(item_ids))


# --- Queries ---------------------------------------------------------------------------------


def review_queue(user) -> QuerySet[Item]:
    """Items waiting for review that ``user`` may see, oldest first.

    A fixed number of queries whatever their number: types and submitters joined,
    countries prefetched.
    """
    return (
        Item.objects.visible_to(user)
        .filter(status=Item.Status.PENDING)
        # ``capitalisation__workspace``: the workspace an item was proposed from.
        .select_related("resource_type", "submitted_by", "capitalisation__workspace")
        .prefetch_related("countries")
        .order_by("created", "pk")
    )


def submissions_of(user) -> QuerySet[Item]:
    """What ``user`` submitted, newest first."""
    if not user.is_authenticated:
        return Item.objects.none()
    return (
        Item.objects.visible_to(user)
        .filter(submitted_by=user)
        .select_related("resource_type")
        .order_by("-created", "-pk")
    )


def featured_items(user, limit: int = FEATURED_LIMIT) -> QuerySet[Item]:
    """Published items editors put on the home page, newest first."""
    return (
        Item.objects.visible_to(user)
        .published()
        .filter(featured=True)
        .select_related("resource_type")
        .order_by("-published_at", "-pk")[:limit]
    )


def visible_comments(item: Item) -> QuerySet[Comment]:
    return item.comments.filter(is_removed=False).select_related("author").order_by("created")


# --- Submitting and editing -----------------------------------------------------------------


def _set_relations(item: Item, data: ItemData) -> None:
    for name, values in data.relations.items():
        getattr(item, name).set(list(values))
    codes = sorted({str(code).upper() for code in data.countries})
    existing = set(item.countries.values_list("country", flat=True))
    item.countries.exclude(country__in=codes).delete()
    ItemCountry.objects.bulk_create(
        [ItemCountry(item=item, country=code) for code in codes if code not in existing]
    )
    item.tags.set(list(data.tags))


def _store_file(item: Item, upload: uploads.CheckedUpload) -> None:
    """Write the checked file under a random path with a neutral name; nothing of the
    uploader's name reaches the storage."""
    upload.file.seek(0)
    item.file.save(f"document.{upload.file_type}", upload.file, save=False)
    item.file_name = upload.display_name
    item.file_size = upload.size
    item.file_type = upload.file_type
    item.extracted_text = ""
    item.text_extracted_at = None


def _delete_stored(name: str) -> None:
    if name:
        Item._meta.get_field("file").storage.delete(name)


def _save_with_file(item: Item, data: ItemData, upload: uploads.CheckedUpload | None) -> None:
    """Save the row, its file and its relations together; on any error no file is left behind."""
    stored = ""
    try:
        with transaction.atomic():
            if upload is not None:
                _store_file(item, upload)
                stored = item.file.name
            item.save()
            _set_relations(item, data)
    except BaseException:
        _delete_stored(stored)
        raise


def _after_file_change(item: Item) -> None:
    from .tasks import extract_text

    item_id = item.pk
    transaction.on_commit(lambda: extract_text.delay(item_id=item_id))


def create_item(
    *,
    submitter,
    data: ItemData,
    upload: uploads.CheckedUpload | None = None,
    submit: bool = True,
) -> Item:
    """A new item by ``submitter``: pending review if ``submit``, else a draft.

    The file, if any, has been checked by ``uploads.check_upload``; its text is
    extracted by a task once the item is committed.
    """
    if upload is None and not data.fields.get("url"):
        raise ValidationError(_("Attach a file or give a link to the resource (or both)."))
    item = Item(
        **data.fields,
        submitted_by=submitter,
        status=Item.Status.PENDING if submit else Item.Status.DRAFT,
    )
    _save_with_file(item, data, upload)
    if upload is not None:
        _after_file_change(item)
    _update_search_index([item.pk])
    return item


def update_item(
    item: Item,
    *,
    data: ItemData,
    upload: uploads.CheckedUpload | None = None,
    submit: bool | None = None,
) -> Item:
    """Change an item's metadata and, with ``upload``, replace its file.

    ``submit=True`` sends it (back) for review, ``submit=False`` keeps it as a
    draft, ``None`` leaves the status alone (an editor's correction).
    """
    old_file = item.file.name if (upload is not None and item.file) else ""
    for name, value in data.fields.items():
        setattr(item, name, value)
    if submit is not None and item.status != Item.Status.PUBLISHED:
        item.status = Item.Status.PENDING if submit else Item.Status.DRAFT
    if upload is None and not item.file and not item.url:
        raise ValidationError(_("Attach a file or give a link to the resource (or both)."))
    _save_with_file(item, data, upload)
    if upload is not None:
        if old_file and old_file != item.file.name:
            transaction.on_commit(lambda: _delete_stored(old_file))
        _after_file_change(item)
    _update_search_index([item.pk])
    return item


def delete_item_file_later(name: str) -> None:
    """Remove a deleted item's file once the deletion is committed."""
    if name:
        transaction.on_commit(lambda: _delete_stored(name))


# --- Text extraction -------------------------------------------------------------------------


def extract_item_text(item: Item) -> str:
    """Read the text of the item's file (bounded), store it and refresh the search index."""
    text = ""
    if item.file and item.file_type:
        try:
            with item.file.open("rb") as stored:
                text = extract.extract_text(stored, item.file_type)
        except FileNotFoundError:
            logger.warning("The file of library item %s is missing from storage.", item.pk)
    # An update, not save(): an edit made meanwhile must not be overwritten.
    Item.objects.filter(pk=item.pk).update(extracted_text=text, text_extracted_at=timezone.now())
    _update_search_index([item.pk])
    return text


# --- Review ----------------------------------------------------------------------------------


def _decide(item: Item, *, reviewer, status: str, reason: str = "") -> Item:
    with transaction.atomic():
        locked = Item.objects.select_for_update().get(pk=item.pk)
        if locked.status != Item.Status.PENDING:
            raise ReviewRefused(
                _("This resource is not waiting for review any more (it is now “%(status)s”).")
                % {"status": locked.get_status_display()}
            )
        now = timezone.now()
        locked.status = status
        locked.reviewed_by = reviewer
        locked.reviewed_at = now
        locked.rejection_reason = reason
        first_publication = status == Item.Status.PUBLISHED and locked.published_at is None
        if first_publication:
            locked.published_at = now
        locked.save(
            update_fields=[
                "status",
                "reviewed_by",
                "reviewed_at",
                "rejection_reason",
                "published_at",
                "updated",
            ]
        )
        if first_publication:
            notify.item_published(locked)
    return locked


def approve_item(item: Item, *, reviewer) -> Item:
    """Publish a pending item, index it, and tell its submitter (by e-mail, after commit)."""
    item = _decide(item, reviewer=reviewer, status=Item.Status.PUBLISHED)
    _update_search_index([item.pk])
    _queue_decision(item, APPROVED)
    return item


def reject_item(item: Item, *, reviewer, reason: str) -> Item:
    """Send a pending item back to its submitter with the reason (by e-mail, after commit)."""
    reason = reason.strip()
    if not reason:
        raise ReviewRefused(_("Please say why the resource is not accepted."))
    item = _decide(item, reviewer=reviewer, status=Item.Status.REJECTED, reason=reason)
    _queue_decision(item, REJECTED)
    return item


def _queue_decision(item: Item, decision: str) -> None:
    from .tasks import send_review_decision

    item_id = item.pk
    transaction.on_commit(lambda: send_review_decision.delay(item_id=item_id, decision=decision))


def deliver_review_decision(item: Item, decision: str) -> bool:
    """E-mail the submitter the editors' decision, in the submitter's language.

    Nothing is sent if the item has changed status since (the decision no
    longer holds), has no active submitter, or was reviewed by its submitter.
    Returns whether a message was sent.
    """
    expected = {APPROVED: Item.Status.PUBLISHED, REJECTED: Item.Status.REJECTED}[decision]
    submitter = item.submitted_by
    if item.status != expected:
        logger.info("Item %s is %s now; its %s e-mail is not sent.", item.pk, item.status, decision)
        return False
    if submitter is None or not submitter.is_active or not submitter.email:
        return False
    if item.reviewed_by_id == submitter.pk:
        return False
    site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(submitter.language):
        context = {
            "item": item,
            "submitter": submitter,
            "item_url": site_url + item.get_absolute_url(),
            "edit_url": site_url + reverse("library:edit", kwargs={"pk": item.pk}),
            "submissions_url": site_url + reverse("library:my-submissions"),
            "PORTAL_NAME": settings.PORTAL_NAME,
        }
        if decision == APPROVED:
            subject = _("%(portal)s: your resource “%(title)s” is published") % {
                "portal": settings.PORTAL_NAME,
                "title": item.title,
            }
            body = render_to_string("library/email/item_approved.txt", context)
        else:
            subject = _("%(portal)s: your resource “%(title)s” was not accepted") % {
                "portal": settings.PORTAL_NAME,
                "title": item.title,
            }
            body = render_to_string("library/email/item_rejected.txt", context)
    EmailMessage(subject=" ".join(subject.split()), body=body, to=[submitter.email]).send()
    return True


# --- Home page, comments and counts ----------------------------------------------------------


def set_featured(item: Item, *, featured: bool) -> None:
    """Show a published item on the home page, or take it off."""
    if featured and item.status != Item.Status.PUBLISHED:
        raise ReviewRefused(_("Only published resources can be featured on the home page."))
    Item.objects.filter(pk=item.pk).update(featured=featured)
    item.featured = featured


def add_comment(item: Item, *, author, body: str) -> Comment:
    if item.status != Item.Status.PUBLISHED:
        raise ReviewRefused(_("Only published resources can be commented on."))
    return Comment.objects.create(item=item, author=author, body=body.strip())


def count_view(item: Item, session: SessionBase) -> bool:
    """Count a view of a published item, once per session; returns whether it counted."""
    if item.status != Item.Status.PUBLISHED:
        return False
    seen = list(session.get(VIEWED_SESSION_KEY, []))
    if item.pk in seen:
        return False
    session[VIEWED_SESSION_KEY] = (seen + [item.pk])[-VIEWED_REMEMBERED:]
    Item.objects.filter(pk=item.pk).update(view_count=F("view_count") + 1)
    return True


def count_download(item: Item) -> None:
    Item.objects.filter(pk=item.pk).update(download_count=F("download_count") + 1)


def download_name(item: Item) -> str:
    return item.file_name or f"document.{item.file_type or 'bin'}"


def download_content_type(item: Item) -> str:
    return uploads.CONTENT_TYPES.get(item.file_type, "application/octet-stream")


def item_saved_in_admin(item: Item) -> None:
    """After an editor's change in the admin: date a first publication and tell the
    followers of it, refresh the index."""
    if item.status == Item.Status.PUBLISHED and item.published_at is None:
        now = timezone.now()
        Item.objects.filter(pk=item.pk).update(published_at=now)
        item.published_at = now
        notify.item_published(item)
    _update_search_index([item.pk])
