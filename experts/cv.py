"""Checks on the CV an expert uploads, and its place in storage.

The library's checks decide a file's type by its content (``library.uploads``):
a CV must be a PDF or a Word (DOCX) document, at most ``EXPERTS_CV_MAX_BYTES``
(10 MB unless the settings say otherwise), and its name must end in the
extension its content deserves. Everything else (HTML, images, spreadsheets,
macros, archive bombs, hostile names) is refused with a translated message.

The stored file gets a random folder and a neutral name
(``experts.models.cv_path``); the uploader's name, tidied, is kept only as the
name offered on download.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from library import uploads

from .models import ExpertProfile

CV_TYPES = (uploads.PDF, uploads.DOCX)
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
ACCEPT = ",".join([".pdf", ".docx", *(uploads.CONTENT_TYPES[kind] for kind in CV_TYPES)])


def max_cv_bytes() -> int:
    return getattr(settings, "EXPERTS_CV_MAX_BYTES", DEFAULT_MAX_BYTES)


def accepted_text() -> str:
    return _("Please upload your CV as a PDF or Word (DOCX) file of at most %(size)s.") % {
        "size": filesizeformat(max_cv_bytes())
    }


def _not_a_cv() -> ValidationError:
    return ValidationError(
        _("This file is not a document we accept.") + " " + accepted_text(),
        code="unsupported_type",
    )


def check_cv(upload: File) -> uploads.CheckedUpload:
    """Check a CV's name, size and content (the library's checks, narrowed to
    PDF and DOCX); raise a translated ValidationError."""
    return uploads.check_upload(
        upload, limit=max_cv_bytes(), types=CV_TYPES, not_accepted=_not_a_cv
    )


def store_cv(profile: ExpertProfile, upload: uploads.CheckedUpload, *, now) -> str:
    """Write the checked CV under a fresh random path (not saving the row); its name."""
    upload.file.seek(0)
    profile.cv_file.save(f"cv.{upload.file_type}", upload.file, save=False)
    profile.cv_file_type = upload.file_type
    profile.cv_original_name = upload.display_name
    profile.cv_size = upload.size
    profile.cv_text = ""
    profile.cv_uploaded = now
    return profile.cv_file.name


def clear_cv(profile: ExpertProfile) -> None:
    """Forget the CV on the row (not saving it); the stored file is deleted by the caller."""
    profile.cv_file = ""
    profile.cv_file_type = ""
    profile.cv_original_name = ""
    profile.cv_size = 0
    profile.cv_text = ""
    profile.cv_uploaded = None


def delete_stored(name: str) -> None:
    if name:
        ExpertProfile._meta.get_field("cv_file").storage.delete(name)


def delete_stored_later(name: str) -> None:
    """Delete a stored CV once the current transaction commits (never if it rolls back)."""
    if name:
        transaction.on_commit(lambda: delete_stored(name))


def profile_deleted(sender, instance: ExpertProfile, **kwargs) -> None:
    """post_delete: a deleted profile (by its expert, an editor, or with its member)
    takes its CV file with it."""
    delete_stored_later(instance.cv_file.name if instance.cv_file else "")
