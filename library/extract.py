"""Text of uploaded documents, for search. Runs in a Celery task, never in a request.

Every extraction is bounded: at most ``LIBRARY_EXTRACT_MAX_PAGES`` PDF pages or
document parts, ``LIBRARY_EXTRACT_MAX_CHARS`` characters, ``LIBRARY_EXTRACT_SECONDS``
seconds, and for the XML formats a fixed number of bytes read from each ZIP entry
(after the same archive checks as the upload). A damaged or hostile file gives
whatever text was read before the problem, possibly none; it never raises.

PDF text comes from pypdf; DOCX, PPTX, XLSX and ODT text from their XML parts,
parsed with defusedxml (no DTDs, no entities, no external references).
"""

import logging
import re
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.conf import settings
from django.core.exceptions import ValidationError

from . import uploads

logger = logging.getLogger(__name__)

XML_ENTRY_MAX_BYTES = 64 * 1024 * 1024  # bytes read from one XML part, at most

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@dataclass(frozen=True)
class Limits:
    max_chars: int
    max_pages: int
    seconds: float

    @classmethod
    def from_settings(cls) -> "Limits":
        return cls(
            max_chars=settings.LIBRARY_EXTRACT_MAX_CHARS,
            max_pages=settings.LIBRARY_EXTRACT_MAX_PAGES,
            seconds=settings.LIBRARY_EXTRACT_SECONDS,
        )


class _Collector:
    """Gathers text until the character limit or the deadline is reached."""

    def __init__(self, limits: Limits):
        self.parts: list[str] = []
        self.chars = 0
        self.limits = limits
        self.deadline = time.monotonic() + limits.seconds

    @property
    def full(self) -> bool:
        return self.chars >= self.limits.max_chars or time.monotonic() > self.deadline

    def add(self, text: str) -> None:
        text = text.strip()
        if text and not self.full:
            self.parts.append(text)
            self.chars += len(text) + 1

    def text(self) -> str:
        joined = "\n".join(self.parts)
        # NUL cannot be stored in a PostgreSQL text column; other controls are noise.
        joined = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", joined)
        joined = re.sub(r"[ \t\r\f\v]+", " ", joined)
        joined = re.sub(r"\n\s*\n+", "\n\n", joined)
        return joined[: self.limits.max_chars].strip()


def extract_text(stream: IO[bytes], file_type: str, *, limits: Limits | None = None) -> str:
    """The text of a stored document of ``file_type`` (as detected on upload); never raises."""
    collector = _Collector(limits or Limits.from_settings())
    try:
        if file_type == uploads.PDF:
            _pdf(stream, collector)
        elif file_type in _XML_FORMATS:
            _zipped_xml(stream, file_type, collector)
        else:
            logger.warning("No text extraction for file type %r.", file_type)
    except Exception:  # any damaged file must leave the text read so far, not fail
        logger.warning("Text extraction stopped on a damaged %s file.", file_type, exc_info=True)
    return collector.text()


# --- PDF ------------------------------------------------------------------------------------


def _pdf(stream: IO[bytes], collector: _Collector) -> None:
    from pypdf import PdfReader

    stream.seek(0)
    reader = PdfReader(stream, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        return  # protected by a password: nothing to read
    for number, page in enumerate(reader.pages):
        if number >= collector.limits.max_pages or collector.full:
            break
        try:
            collector.add(page.extract_text() or "")
        except Exception:  # one bad page must not lose the others
            logger.info("Skipped an unreadable page %d.", number + 1, exc_info=True)


# --- Office Open XML and OpenDocument -------------------------------------------------------


def _slide_number(name: str) -> int:
    match = re.search(r"(\d+)\.xml$", name)
    return int(match.group(1)) if match else 0


def _parts(archive: zipfile.ZipFile, file_type: str) -> list[str]:
    names = archive.namelist()
    if file_type == uploads.DOCX:
        return ["word/document.xml"]
    if file_type == uploads.PPTX:
        slides = [n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        return sorted(slides, key=_slide_number)
    if file_type == uploads.XLSX:
        return [n for n in ("xl/sharedStrings.xml",) if n in names]
    return ["content.xml"]  # ODT


# (text element, paragraph element): text is gathered from the first, a line per the second.
_XML_FORMATS = {
    uploads.DOCX: (f"{W}t", f"{W}p"),
    uploads.PPTX: (f"{A}t", f"{A}p"),
    uploads.XLSX: (f"{S}t", f"{S}si"),
    uploads.ODT: (None, (f"{TEXT_NS}p", f"{TEXT_NS}h")),
}


def _events(source, collector: _Collector) -> Iterator:
    for event, element in iterparse(source, events=("end",), forbid_dtd=True):
        yield event, element
        if collector.full:
            return


def _zipped_xml(stream: IO[bytes], file_type: str, collector: _Collector) -> None:
    stream.seek(0, 2)
    size = stream.tell()
    try:
        archive = uploads.open_document_archive(stream, size)
    except ValidationError:
        logger.warning("A stored %s file no longer passes the archive checks.", file_type)
        return
    text_tag, paragraph_tags = _XML_FORMATS[file_type]
    if isinstance(paragraph_tags, str):
        paragraph_tags = (paragraph_tags,)
    with archive:
        names = set(archive.namelist())
        for number, part in enumerate(_parts(archive, file_type)):
            if number >= collector.limits.max_pages or collector.full or part not in names:
                break
            with archive.open(part) as raw:
                source = uploads.BoundedReader(raw, XML_ENTRY_MAX_BYTES)
                try:
                    _read_xml(source, text_tag, paragraph_tags, collector)
                except (
                    ParseError,
                    DefusedXmlException,
                    uploads.EntryTooLarge,
                    zipfile.BadZipFile,
                ):
                    logger.info("Stopped reading %s of a %s file.", part, file_type, exc_info=True)


def _read_xml(source, text_tag, paragraph_tags, collector: _Collector) -> None:
    line: list[str] = []
    for _event, element in _events(source, collector):
        tag = element.tag
        if text_tag is not None and tag == text_tag:
            line.append(element.text or "")
        elif tag in paragraph_tags:
            if text_tag is None:
                line.append("".join(element.itertext()))
            collector.add("".join(line))
            line = []
            element.clear()  # keep memory flat on long documents
    if line:
        collector.add("".join(line))
