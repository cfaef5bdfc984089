"""Capitalisation: a moderator proposes a workspace's document or blog post to the library.

The proposal is an ordinary library submission (``library.services.create_item``, by the
moderator, pending review), so the library's editors review it in their queue like any
other: the document's current file is copied (checked again by
``library.uploads.check_upload``), a post becomes a PDF of its text. A
``Capitalisation`` row remembers where the item came from, and an Activity records it in
the workspace (nobody is e-mailed about it).

Nothing of the workspace goes into the item's public fields: its address would name a
private workspace. Who may see the link back to the workspace is decided when a page
shows it (``templatetags.workspaces_tags.capitalised_from``).
"""

import html
import re

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.demo.documents import make_pdf
from library import services as library_services
from library.models import Item
from library.uploads import CheckedUpload, check_upload

from . import activity
from .bodies import excerpt
from .models import Activity, Capitalisation, Document, Post

ABSTRACT_WORDS = 120
BLOCK_END = re.compile(r"(?i)<(?:br\s*/?|/p|/li|/h[1-6]|/blockquote|/pre|/tr|/div)\s*>")


class AlreadyProposed(ValidationError):
    """The source is waiting for the editors' review already."""


# --- What the form starts from --------------------------------------------------------------


def pending_proposal(*, post: Post | None = None, document: Document | None = None):
    """The proposal of this source still waiting for review, if any."""
    source = {"post": post} if post is not None else {"document": document}
    return (
        Capitalisation.objects.filter(**source, item__status=Item.Status.PENDING)
        .select_related("item", "proposed_by")
        .first()
    )


def _names(users) -> str:
    seen, names = set(), []
    for user in users:
        if user is not None and user.pk not in seen and (user.display_name or "").strip():
            seen.add(user.pk)
            names.append(user.display_name.strip())
    return "; ".join(names)


def initial_for_document(document: Document) -> dict:
    versions = document.versions.select_related("uploaded_by").order_by("number")
    current = document.current
    return {
        "title": document.title,
        "abstract": document.description,
        "authors": _names(version.uploaded_by for version in versions),
        "publication_year": (current.created if current else document.created).year,
        "topics": list(document.workspace.topics.all()),
    }


def initial_for_post(post: Post) -> dict:
    return {
        "title": post.title,
        "abstract": excerpt(post.body_html, ABSTRACT_WORDS),
        "authors": _names([post.author]),
        "publication_year": post.created.year,
        "topics": list(post.workspace.topics.all()),
    }


# --- The file the item gets -------------------------------------------------------------------


def post_paragraphs(post: Post) -> list[str]:
    """The post's text as plain paragraphs, headed by its author and date."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", post.body_html or "")))
    paragraphs = [" ".join(line.split()) for line in text.split("\n")]
    byline = " · ".join(
        part
        for part in (post.author.display_name if post.author else "", f"{post.created:%Y-%m-%d}")
        if part
    )
    return [post.title, byline, *[paragraph for paragraph in paragraphs if paragraph]]


def post_as_pdf(post: Post) -> CheckedUpload:
    """A PDF of the post, checked like any upload."""
    data = make_pdf(post_paragraphs(post), title=post.title)
    name = f"{slugify(post.title)[:80] or 'post'}.pdf"
    return check_upload(ContentFile(data, name=name))


def _document_file(document: Document):
    """The current version's stored file, open, named as it was uploaded."""
    version = document.current
    if version is None or not version.file:
        raise ValidationError(_("This document has no file to propose."), code="no_file")
    try:
        stored = version.file.storage.open(version.file.name, "rb")
    except FileNotFoundError as missing:
        raise ValidationError(
            _("The file of this document cannot be found. Please upload it again."),
            code="file_missing",
        ) from missing
    return File(stored, name=version.file_name)


# --- Proposing -------------------------------------------------------------------------------


def already_proposed(existing: Capitalisation) -> AlreadyProposed:
    return AlreadyProposed(
        _(
            "“%(title)s” was already proposed to the library and is waiting for the "
            "editors' review. It can be proposed again once they have decided."
        )
        % {"title": existing.item.title},
        code="already_proposed",
    )


def propose(
    workspace,
    *,
    actor,
    data: library_services.ItemData,
    post: Post | None = None,
    document: Document | None = None,
) -> Capitalisation:
    """Submit the post or the document to the library's review queue, as ``actor``.

    Raises ``AlreadyProposed`` while an earlier proposal of the same source waits for
    review, and the upload's ValidationError if its file no longer passes the checks;
    then nothing is created and no file is left behind.
    """
    if (post is None) == (document is None):
        raise ValueError("Propose one post or one document.")
    stored = ""
    opened = None
    try:
        with transaction.atomic():
            # The source locked: two moderators proposing it at once make one item.
            if post is not None:
                source = Post.objects.select_for_update().get(pk=post.pk, workspace=workspace)
                existing = pending_proposal(post=source)
            else:
                source = Document.objects.select_for_update().get(
                    pk=document.pk, workspace=workspace
                )
                existing = pending_proposal(document=source)
            if existing is not None:
                raise already_proposed(existing)
            if post is not None:
                upload = post_as_pdf(post)
            else:
                opened = _document_file(document)
                upload = check_upload(opened)
            item = library_services.create_item(
                submitter=actor, data=data, upload=upload, submit=True
            )
            stored = item.file.name
            capitalisation = Capitalisation.objects.create(
                workspace=workspace,
                post=post,
                document=document,
                item=item,
                proposed_by=actor,
            )
            activity.record(
                workspace,
                actor=actor,
                verb=Activity.Verb.CAPITALISED,
                target=source,
                summary=item.title,
                notify=False,
            )
    except BaseException:
        if stored:
            Item._meta.get_field("file").storage.delete(stored)
        raise
    finally:
        if opened is not None:
            opened.close()
    return capitalisation
