"""Uploaded files are judged by their content; bad ones are refused with nothing saved."""

import io
import re
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation

from core.demo.documents import make_docx, make_pdf
from library import uploads
from library.models import Item
from tests.accounts.helpers import visible_text
from tests.library.factories import ItemFactory, ResourceTypeFactory

pytestmark = pytest.mark.django_db

SUBMIT = reverse("library:submit")
NOT_ACCEPTED = (
    "This file is not a document we accept. Please upload a PDF, Word (DOCX), Excel (XLSX), "
    "PowerPoint (PPTX) or OpenDocument text (ODT) file."
)
UNSAFE = "This file looks damaged, or it would expand to an unreasonable size once opened"


def stored_files(root: Path) -> list[str]:
    if not root.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def zip_bytes(entries: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


CONTENT_TYPES_XML = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def make_xlsx(strings: list[str]) -> bytes:
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES_XML,
            "xl/workbook.xml": "<workbook/>",
            "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main">{items}</sst>',
        }
    )


def make_pptx(slides: list[str]) -> bytes:
    entries = {"[Content_Types].xml": CONTENT_TYPES_XML, "ppt/presentation.xml": "<p/>"}
    for number, text in enumerate(slides, start=1):
        entries[f"ppt/slides/slide{number}.xml"] = (
            '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:sld>"
        )
    return zip_bytes(entries)


def make_odt(paragraphs: list[str], mimetype: str = "application/vnd.oasis.opendocument.text"):
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
            f"<office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>",
            compress_type=zipfile.ZIP_DEFLATED,
        )
    return out.getvalue()


def docx_bomb(size: int = 300 * 1024 * 1024) -> bytes:
    """A "Word document" whose body inflates from about 300 KB to 300 MB of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES_XML)
        with archive.open("word/document.xml", "w", force_zip64=False) as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                entry.write(chunk)
    return out.getvalue()


HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(2)</script></svg>"
)


def submit(client, data: bytes, name: str, **extra):
    fields = {
        "resource_type": ResourceTypeFactory().pk,
        "title": "Extending social health protection in Senegal",
        "upload": SimpleUploadedFile(name, data),
        "action": "submit",
        **extra,
    }
    return client.post(SUBMIT, fields)


# --- Accepted files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "file_type"),
    [
        ("Report 2023.PDF", make_pdf(["Mutual health organisations"]), "pdf"),
        ("Guide.docx", make_docx(["Mutual health organisations"]), "docx"),
        ("Figures.xlsx", make_xlsx(["Coverage"]), "xlsx"),
        ("Slides.pptx", make_pptx(["Coverage"]), "pptx"),
        ("Note.odt", make_odt(["Coverage"]), "odt"),
    ],
)
def test_each_accepted_format_is_stored_under_a_random_path_with_its_display_name(
    member_client, media_root, name, data, file_type, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(member_client, data, name)

    item = Item.objects.get()
    assert response.status_code == 302
    assert response.url == item.get_absolute_url()
    assert item.file_type == file_type
    assert item.file_size == len(data)
    assert item.file_name == name[: -len(file_type)] + file_type  # the extension lower-cased
    assert re.fullmatch(rf"library/[0-9a-f]{{32}}/document\.{file_type}", item.file.name)
    assert stored_files(media_root) == [item.file.name]
    assert (media_root / item.file.name).read_bytes() == data


def test_two_files_of_the_same_name_get_different_paths(member_client, media_root):
    data = make_pdf(["Text"])
    submit(member_client, data, "report.pdf")
    submit(member_client, data, "report.pdf")

    first, second = Item.objects.order_by("pk")
    assert first.file_name == second.file_name == "report.pdf"
    assert first.file.name != second.file.name
    assert len(stored_files(media_root)) == 2


# --- Refused files: a clear message, no item, no stored file -------------------------------


def _refused(response, media_root, message):
    assert response.status_code == 200
    text = visible_text(response)
    assert "Please correct the errors below." in text
    assert message in text
    assert Item.objects.count() == 0
    assert stored_files(media_root) == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "report.docx",
            make_pdf(["A PDF in disguise"]),
            "The file's name ends in “.docx” but its content is a PDF document. Please check "
            "that you chose the right file, or rename it to end in “.pdf”.",
        ),
        (
            "report.pdf",
            make_docx(["A Word document in disguise"]),
            "The file's name ends in “.pdf” but its content is a Word (DOCX) document.",
        ),
        (
            "report.exe",
            make_pdf(["A PDF named like a program"]),
            "The file's name ends in “.exe” but its content is a PDF document.",
        ),
        (
            "report",
            make_pdf(["No extension"]),
            "The file's name has no extension. Its content is a PDF document: please rename "
            "it to end in “.pdf”.",
        ),
        ("page.html", HTML, NOT_ACCEPTED),
        ("report.pdf", HTML, NOT_ACCEPTED),
        ("drawing.svg", SVG, NOT_ACCEPTED),
        ("drawing.pdf", SVG, NOT_ACCEPTED),
        ("archive.docx", zip_bytes({"readme.txt": "not a document"}), NOT_ACCEPTED),
        (
            "sheet.odt",
            make_odt(["A spreadsheet"], mimetype="application/vnd.oasis.opendocument.spreadsheet"),
            NOT_ACCEPTED,
        ),
        ("truncated.docx", make_docx(["Cut short"])[:200], NOT_ACCEPTED),
        (
            "macros.docx",
            zip_bytes(
                {
                    "[Content_Types].xml": CONTENT_TYPES_XML,
                    "word/document.xml": "<w:document/>",
                    "word/vbaProject.bin": b"\xd0\xcf\x11\xe0",
                }
            ),
            "Documents containing macros are not accepted. Please save a copy without them.",
        ),
    ],
    ids=[
        "pdf-named-docx",
        "docx-named-pdf",
        "pdf-named-exe",
        "no-extension",
        "html",
        "html-named-pdf",
        "svg",
        "svg-named-pdf",
        "zip-named-docx",
        "ods-named-odt",
        "truncated-docx",
        "docx-with-macros",
    ],
)
def test_file_whose_content_is_not_what_its_name_says_is_refused(
    member_client, media_root, name, data, message
):
    _refused(submit(member_client, data, name), media_root, message)


def test_archive_bomb_disguised_as_docx_is_refused_without_inflating_it(member_client, media_root):
    bomb = docx_bomb()
    assert len(bomb) < 1024 * 1024

    _refused(submit(member_client, bomb, "thesis.docx"), media_root, UNSAFE)


def test_archive_with_too_many_entries_is_refused(member_client, media_root):
    entries = {"[Content_Types].xml": CONTENT_TYPES_XML, "word/document.xml": "<w:document/>"}
    entries.update({f"word/media/image{n}.png": b"" for n in range(uploads.ZIP_MAX_ENTRIES)})

    _refused(submit(member_client, zip_bytes(entries), "many.docx"), media_root, UNSAFE)


def test_encrypted_archive_entries_are_refused():
    data = bytearray(make_docx(["Secret"]))
    # Set the "encrypted" flag of every entry, in the local headers and the central directory.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        for match in re.finditer(re.escape(signature), bytes(data)):
            data[match.start() + offset] |= 0x1

    with pytest.raises(ValidationError) as refused:
        uploads.check_upload(ContentFile(bytes(data), name="secret.docx"))
    assert refused.value.code == "unsafe_archive"


def test_file_over_the_size_limit_is_refused(member_client, media_root, settings):
    settings.LIBRARY_MAX_UPLOAD_BYTES = 3000
    data = make_pdf(["Long paragraph " * 400])
    assert len(data) > 3000

    _refused(
        submit(member_client, data, "long.pdf"),
        media_root,
        f"The file is {filesizeformat(len(data))}; the largest accepted is 2.9 KB.".replace(
            "\xa0", " "
        ),
    )


def test_size_limit_is_fifty_megabytes_unless_configured():
    from gess.settings import base

    assert base.LIBRARY_MAX_UPLOAD_BYTES == 50 * 1024 * 1024


def test_file_name_of_500_characters_is_refused(member_client, media_root):
    # Browsers send the name as it is; Django keeps at most 255 characters of it.
    name = "a" * 496 + ".pdf"

    _refused(
        submit(member_client, make_pdf(["Text"]), name),
        media_root,
        "The file name is 255 characters long; the longest accepted is 150. Please give the "
        "file a shorter name.",
    )


def test_refusal_is_translated(member_client, media_root):
    with translation.override("fr"):
        url = reverse("library:submit")
    response = member_client.post(
        url,
        {
            "resource_type": ResourceTypeFactory().pk,
            "title": "Rapport",
            "upload": SimpleUploadedFile("page.html", HTML),
        },
    )

    assert Item.objects.count() == 0
    with translation.override("fr"):
        expected = str(uploads._not_accepted().messages[0])
    assert expected in visible_text(response)


def _raw_multipart(file_name: bytes, data: bytes, fields: dict[str, str]) -> tuple[bytes, str]:
    """A request body with a file name exactly as a hostile client would send it."""
    boundary = "----gess-boundary"
    parts = []
    for key, value in fields.items():
        disposition = f'Content-Disposition: form-data; name="{key}"'
        parts.append(f"--{boundary}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="upload"; filename="'.encode()
        + file_name
        + b'"\r\nContent-Type: application/pdf\r\n\r\n'
        + data
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize(
    "file_name",
    [
        b"../../../../etc/cron.d/evil.pdf",
        b"..\\..\\Windows\\System32\\evil.pdf",
        b"evil\x07\x1b[31m.pdf",
        "evil\u202efdp.exe.pdf".encode(),
    ],
    ids=["slashes", "backslashes", "control-characters", "right-to-left-override"],
)
def test_hostile_name_from_a_browser_never_reaches_storage_or_the_download_name(
    member_client, media_root, file_name
):
    """Django's upload parser already keeps only the last path segment and drops
    non-printable characters; what is left is stored as the display name only."""
    body, content_type = _raw_multipart(
        file_name,
        make_pdf(["Text"]),
        {"resource_type": str(ResourceTypeFactory().pk), "title": "Hostile", "action": "submit"},
    )

    response = member_client.generic("POST", SUBMIT, body, content_type=content_type)

    assert response.status_code == 302
    item = Item.objects.get()
    assert re.fullmatch(r"library/[0-9a-f]{32}/document\.pdf", item.file.name)
    assert stored_files(media_root) == [item.file.name]
    assert "/" not in item.file_name and "\\" not in item.file_name
    assert item.file_name.isprintable()
    assert item.file_name.endswith(".pdf")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../../etc/passwd.pdf", "The file name must not contain “/” or “\\”."),
        ("..\\..\\boot.pdf", "The file name must not contain “/” or “\\”."),
        ("evil\x00.pdf", "The file name contains control or invisible characters."),
        ("evil\r\nX-Injected: 1.pdf", "The file name contains control or invisible characters."),
        ("evil\u202efdp.exe.pdf", "The file name contains control or invisible characters."),
        ("a" * 496 + ".pdf", "The file name is 500 characters long; the longest accepted is 150."),
        ("", "The file has no name."),
    ],
    ids=["slashes", "backslashes", "nul", "crlf", "rtl-override", "500-characters", "empty"],
)
def test_hostile_name_handed_to_the_checks_directly_is_refused(name, message, media_root):
    """Imports and commands hand files to the checks without Django's upload parser."""
    upload = ContentFile(make_pdf(["Text"]), name=name)

    with pytest.raises(ValidationError) as refused:
        uploads.check_upload(upload)

    assert message in refused.value.messages[0]
    assert stored_files(media_root) == []


def test_display_name_is_tidied_but_keeps_accents():
    assert uploads.check_file_name('  Protección   social: "informe"  .PDF') == (
        "Protección social_ _informe_.pdf"
    )
    assert uploads.check_file_name("..hidden.pdf") == "hidden.pdf"  # no hidden files
    assert uploads.check_file_name(" ..  .pdf") == "document.pdf"


def test_nothing_is_left_in_storage_when_saving_fails_after_the_file_is_written(member, media_root):
    """A database error after the file is written (here: a relation that cannot be set)
    takes the file away again."""
    from library import services

    checked = uploads.check_upload(ContentFile(make_pdf(["Text"]), name="report.pdf"))
    data = services.ItemData(
        fields={"resource_type": ResourceTypeFactory(), "title": "Broken"},
        countries=["SN"],
        relations={"topics": [object()]},  # not a topic: setting it raises
    )

    with pytest.raises(TypeError):
        services.create_item(submitter=member, data=data, upload=checked)

    assert Item.objects.count() == 0
    assert stored_files(media_root) == []


def test_form_offers_the_accepted_types_and_states_the_limit(member_client, settings):
    settings.LIBRARY_MAX_UPLOAD_BYTES = 50 * 1024 * 1024

    response = member_client.get(SUBMIT)

    page = response.content.decode()
    assert 'accept=".pdf,.docx,.xlsx,.pptx,.odt,' in page
    assert (
        "A PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument text (ODT) file "
        "of at most 50.0 MB."
    ) in visible_text(response)


def test_the_checks_never_trust_the_declared_content_type(member_client, media_root):
    upload = SimpleUploadedFile("page.pdf", HTML, content_type="application/pdf")

    response = member_client.post(
        SUBMIT,
        {"resource_type": ResourceTypeFactory().pk, "title": "Spoofed", "upload": upload},
    )

    _refused(response, media_root, NOT_ACCEPTED)


def test_deleting_an_item_removes_its_file_once_committed(
    media_root, django_capture_on_commit_callbacks
):
    item = ItemFactory(file_text=["Text"])
    assert stored_files(media_root) == [item.file.name]

    with django_capture_on_commit_callbacks(execute=True):
        item.delete()

    assert stored_files(media_root) == []
