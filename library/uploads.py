"""Checks on files members upload to the library.

A file is judged by its content, never by its name or the type the browser
declared: a PDF starts with ``%PDF-``; Word, Excel and PowerPoint files are ZIP
archives holding ``[Content_Types].xml`` and their main part; an OpenDocument
text is a ZIP archive whose ``mimetype`` entry says so. The name's extension
must agree with the content, so that what a reader downloads opens in the
program its name promises.

ZIP archives are inspected from their central directory before anything is
decompressed: the number of entries, each entry's declared size and
compression ratio, and the total declared size are bounded, so an archive bomb
dressed up as a document is refused without being inflated. Reading an entry
(here and in ``library.extract``) never takes more than a fixed number of bytes.

The stored file gets a random path (``library.models.item_file_path``) and a
neutral name; the uploader's name, checked and tidied, is kept only as the
name offered on download.
"""

import os
import struct
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# What the portal accepts: the detected type, also the only extension allowed.
PDF, DOCX, XLSX, PPTX, ODT = "pdf", "docx", "xlsx", "pptx", "odt"
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ODT: "application/vnd.oasis.opendocument.text",
}
TYPE_LABELS = {
    PDF: gettext_lazy("PDF"),
    DOCX: gettext_lazy("Word (DOCX)"),
    XLSX: gettext_lazy("Excel (XLSX)"),
    PPTX: gettext_lazy("PowerPoint (PPTX)"),
    ODT: gettext_lazy("OpenDocument text (ODT)"),
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OOXML_MAIN_PARTS = {
    "word/document.xml": DOCX,
    "ppt/presentation.xml": PPTX,
    "xl/workbook.xml": XLSX,
}

MAX_FILE_NAME_LENGTH = 150
# Limits on ZIP archives, checked from the central directory before inflating anything.
ZIP_MAX_ENTRIES = 5000
ZIP_MAX_ENTRY_BYTES = 200 * 1024 * 1024  # declared uncompressed size of one entry
ZIP_MAX_TOTAL_BYTES = 500 * 1024 * 1024  # declared uncompressed size of all entries
ZIP_MAX_RATIO = 200  # uncompressed / compressed, for entries above ZIP_RATIO_FLOOR
ZIP_RATIO_FLOOR = 1024 * 1024  # small entries may compress as well as they like
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_EOCD_SEARCH = _EOCD_SIZE + 0xFFFF  # the record, then at most a 64 KiB comment


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check: what the service may store."""

    file: File
    file_type: str
    display_name: str
    size: int

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.file_type]


class EntryTooLarge(Exception):
    """Reading a ZIP entry went past the number of bytes allowed."""


def accepted_types_text() -> str:
    return _(
        "Please upload a PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) "
        "or OpenDocument text (ODT) file."
    )


def _not_accepted() -> ValidationError:
    return ValidationError(
        _("This file is not a document we accept.") + " " + accepted_types_text(),
        code="unsupported_type",
    )


def _unsafe_archive() -> ValidationError:
    return ValidationError(
        _(
            "This file looks damaged, or it would expand to an unreasonable size once "
            "opened, so it was not accepted. Please save it again from its program and "
            "upload the new copy."
        ),
        code="unsafe_archive",
    )


# --- The file name ------------------------------------------------------------------------


def check_file_name(name: str) -> str:
    """The name to show on download, or a ValidationError if the name is hostile.

    Path separators, control and invisible formatting characters (such as the
    right-to-left override that disguises "txt.exe" as "exe.txt") and very long
    names are refused rather than quietly changed. Django's upload parser
    already drops separators and non-printable characters from names sent by
    browsers; this check also covers files handed to the services directly.
    """
    if not name or not name.strip():
        raise ValidationError(_("The file has no name."), code="no_name")
    if "/" in name or "\\" in name:
        raise ValidationError(
            _("The file name must not contain “/” or “\\”. Please rename the file."),
            code="path_in_name",
        )
    if any(unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"} for char in name):
        raise ValidationError(
            _(
                "The file name contains control or invisible characters. "
                "Please rename the file using letters, digits and punctuation only."
            ),
            code="control_in_name",
        )
    if len(name) > MAX_FILE_NAME_LENGTH:
        raise ValidationError(
            _(
                "The file name is %(length)d characters long; the longest accepted is "
                "%(limit)d. Please give the file a shorter name."
            )
            % {"length": len(name), "limit": MAX_FILE_NAME_LENGTH},
            code="name_too_long",
        )
    display = unicodedata.normalize("NFC", " ".join(name.split()))
    # Characters some systems cannot store in a name; harmless here but unfriendly there.
    display = "".join("_" if char in '<>:"|?*' else char for char in display)
    stem, ext = os.path.splitext(display)
    stem = stem.strip(" .") or "document"
    return f"{stem}{ext.lower()}"


def extension_of(name: str) -> str:
    return os.path.splitext(name)[1].lower().lstrip(".")


# --- ZIP archives -------------------------------------------------------------------------


def _declared_entry_count(stream: IO[bytes], size: int) -> int | None:
    """The number of entries the archive's end record declares, read without parsing the rest.

    None if there is no end record; 0xFFFF means a ZIP64 archive (never needed
    by an office document, refused by the caller).
    """
    tail_size = min(size, _EOCD_SEARCH)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        return None
    return struct.unpack("<4s4H2LH", tail[at : at + _EOCD_SIZE])[4]


def check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse an archive whose entries would inflate beyond the limits, before reading any."""
    entries = archive.infolist()
    if len(entries) > ZIP_MAX_ENTRIES:
        raise _unsafe_archive()
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:  # encrypted: cannot be checked or read
            raise _unsafe_archive()
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _unsafe_archive()
        if entry.file_size > ZIP_MAX_ENTRY_BYTES:
            raise _unsafe_archive()
        if entry.file_size > ZIP_RATIO_FLOOR and (
            entry.file_size > ZIP_MAX_RATIO * max(entry.compress_size, 1)
        ):
            raise _unsafe_archive()
        total += entry.file_size
        if total > ZIP_MAX_TOTAL_BYTES:
            raise _unsafe_archive()


def read_entry(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """An entry's bytes, reading at most ``limit`` of them (EntryTooLarge beyond)."""
    with archive.open(name) as entry:
        data = entry.read(limit + 1)
    if len(data) > limit:
        raise EntryTooLarge(name)
    return data


class BoundedReader:
    """A file-like view of ``raw`` that refuses to hand out more than ``limit`` bytes."""

    def __init__(self, raw: IO[bytes], limit: int):
        self._raw = raw
        self._left = limit

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            raise EntryTooLarge
        if size is None or size < 0 or size > self._left:
            size = self._left
        data = self._raw.read(size)
        self._left -= len(data)
        return data


def open_document_archive(stream: IO[bytes], size: int) -> zipfile.ZipFile:
    """Open ``stream`` as a ZIP archive after the end-record and central-directory checks."""
    entries = _declared_entry_count(stream, size)
    if entries is None:
        raise _not_accepted()
    if entries >= 0xFFFF or entries > ZIP_MAX_ENTRIES:
        raise _unsafe_archive()
    stream.seek(0)
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _not_accepted() from exc
    check_archive(archive)
    return archive


def zip_document_type(archive: zipfile.ZipFile) -> str | None:
    names = set(archive.namelist())
    if "mimetype" in names:
        try:
            mimetype = read_entry(archive, "mimetype", 200).strip()
        except (EntryTooLarge, zipfile.BadZipFile, OSError, EOFError):
            return None
        return ODT if mimetype == ODT_MIMETYPE else None
    if "[Content_Types].xml" in names:
        found = [kind for part, kind in OOXML_MAIN_PARTS.items() if part in names]
        if len(found) == 1:
            return found[0]
    return None


def has_macros(archive: zipfile.ZipFile) -> bool:
    return any(
        name.lower().endswith("vbaproject.bin") or name.lower().startswith("basic/")
        for name in archive.namelist()
    )


# --- The whole check ----------------------------------------------------------------------


def detect_type(stream: IO[bytes], size: int) -> str:
    """The document type of ``stream`` by its content, or a ValidationError."""
    stream.seek(0)
    head = stream.read(8)
    if head.startswith(b"%PDF-"):
        return PDF
    if not head.startswith(b"PK\x03\x04"):
        raise _not_accepted()
    archive = open_document_archive(stream, size)
    with archive:
        file_type = zip_document_type(archive)
        if file_type is None:
            raise _not_accepted()
        if has_macros(archive):
            raise ValidationError(
                _("Documents containing macros are not accepted. Please save a copy without them."),
                code="macros",
            )
    return file_type


def check_upload(
    upload: File,
    *,
    limit: int | None = None,
    types: tuple[str, ...] | None = None,
    not_accepted: Callable[[], ValidationError] | None = None,
) -> CheckedUpload:
    """Check an uploaded file's name, size and content; raise a translated ValidationError.

    The library accepts every type it knows up to ``LIBRARY_MAX_UPLOAD_BYTES``;
    another upload (an expert's CV) narrows ``types`` and ``limit`` and says
    what it accepts through ``not_accepted``.
    """
    display_name = check_file_name(upload.name or "")
    size = upload.size
    limit = settings.LIBRARY_MAX_UPLOAD_BYTES if limit is None else limit
    if size > limit:
        raise ValidationError(
            _("The file is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    try:
        file_type = detect_type(upload, size)
    except ValidationError as error:
        if not_accepted and error.code == "unsupported_type":
            raise not_accepted() from error
        raise
    upload.seek(0)
    if types is not None and file_type not in types:
        raise (not_accepted or _not_accepted)()
    extension = extension_of(display_name)
    if not extension:
        raise ValidationError(
            _(
                "The file's name has no extension. Its content is a %(kind)s document: "
                "please rename it to end in “.%(expected)s”."
            )
            % {"kind": TYPE_LABELS[file_type], "expected": file_type},
            code="no_extension",
        )
    if extension != file_type:
        raise ValidationError(
            _(
                "The file's name ends in “.%(extension)s” but its content is a %(kind)s "
                "document. Please check that you chose the right file, or rename it to "
                "end in “.%(expected)s”."
            )
            % {
                "extension": extension,
                "kind": TYPE_LABELS[file_type],
                "expected": file_type,
            },
            code="extension_mismatch",
        )
    return CheckedUpload(file=upload, file_type=file_type, display_name=display_name, size=size)


def clean_upload_field(form, name: str, check: Callable[[File], CheckedUpload] = check_upload):
    """A form's ``clean_<name>`` for a file field checked by content.

    A new upload is checked (``check`` raises the error the form shows) and the
    result kept on ``form.checked_upload`` for the service that stores it; without
    a new upload the field cleans to None: there is nothing to store.
    """
    upload = form.cleaned_data.get(name)
    if isinstance(upload, UploadedFile):
        form.checked_upload = check(upload)
        return upload
    return None
