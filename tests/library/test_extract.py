"""Text extraction from uploaded files: by a Celery task after upload, bounded, never failing."""

import io
import logging
import time
import tracemalloc
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from core.demo.documents import make_docx, make_pdf
from gess.celery import app
from library import extract, services, tasks, uploads
from library.models import Item
from tests.accounts.helpers import visible_text
from tests.library.factories import ItemFactory
from tests.library.test_uploads import (
    CONTENT_TYPES_XML,
    make_odt,
    make_pptx,
    make_xlsx,
    submit,
    zip_bytes,
)

pytestmark = pytest.mark.django_db


def text_of(data: bytes, file_type: str, **limits) -> str:
    values = {"max_chars": 100_000, "max_pages": 50, "seconds": 30, **limits}
    return extract.extract_text(io.BytesIO(data), file_type, limits=extract.Limits(**values))


# --- Each format -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "file_type"),
    [
        (make_pdf(["Mutuelles de santé au Sénégal", "Zanzibarite coverage"]), "pdf"),
        (make_docx(["Mutuelles de santé au Sénégal", "Zanzibarite coverage"]), "docx"),
        (make_xlsx(["Mutuelles de santé au Sénégal", "Zanzibarite coverage"]), "xlsx"),
        (make_pptx(["Mutuelles de santé au Sénégal", "Zanzibarite coverage"]), "pptx"),
        (make_odt(["Mutuelles de santé au Sénégal", "Zanzibarite coverage"]), "odt"),
    ],
)
def test_text_of_each_format_is_read_a_line_per_paragraph(data, file_type):
    text = text_of(data, file_type)

    lines = [line for line in text.splitlines() if line.strip()]
    assert lines == ["Mutuelles de santé au Sénégal", "Zanzibarite coverage"]


def test_word_text_split_across_runs_is_joined_and_deleted_text_is_left_out():
    document = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Social </w:t></w:r><w:r><w:t>protection</w:t></w:r>"
        "<w:del><w:r><w:delText>removed words</w:delText></w:r></w:del></w:p>"
        "<w:p><w:r><w:instrText>HYPERLINK x</w:instrText><w:t>floor</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    data = zip_bytes({"[Content_Types].xml": CONTENT_TYPES_XML, "word/document.xml": document})

    assert text_of(data, "docx") == "Social protection\nfloor"


def test_slides_are_read_in_their_order():
    data = make_pptx([f"Slide {n}" for n in range(1, 12)])

    assert text_of(data, "pptx").splitlines() == [f"Slide {n}" for n in range(1, 12)]


def test_odt_paragraph_with_spans_keeps_all_its_text():
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:h>Title</text:h><text:p>Health <text:span>insurance</text:span> for all</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)

    assert text_of(out.getvalue(), "odt") == "Title\nHealth insurance for all"


# --- Bounds --------------------------------------------------------------------------------


def test_pdf_pages_beyond_the_limit_are_not_read():
    paragraphs = [f"Page marker {n:03}" + " filler" * 300 for n in range(12)]
    data = make_pdf(paragraphs)

    text = text_of(data, "pdf", max_pages=2)

    assert "Page marker 000" in text
    assert "Page marker 011" not in text


def test_text_stops_at_the_character_limit():
    data = make_docx([f"Paragraph {n} " + "word " * 50 for n in range(200)])

    text = text_of(data, "docx", max_chars=1000)

    assert 900 <= len(text) <= 1000
    assert text.startswith("Paragraph 0 word")


def test_extraction_stops_at_the_deadline():
    data = make_docx(["Some text"] * 100)

    assert text_of(data, "docx", seconds=0) == ""


def test_damaged_pdf_gives_no_text_and_no_error(caplog):
    data = b"%PDF-1.7\n" + b"\x00garbage" * 1000

    with caplog.at_level(logging.WARNING, logger="library.extract"):
        assert text_of(data, "pdf") == ""


def test_password_protected_pdf_gives_no_text():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["Confidential"]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)

    assert text_of(out.getvalue(), "pdf") == ""


def test_xml_entity_expansion_is_refused_not_expanded():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = zip_bytes({"[Content_Types].xml": CONTENT_TYPES_XML, "word/document.xml": laughs})

    assert "lol" not in text_of(data, "docx")


def test_external_entities_are_never_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = zip_bytes({"[Content_Types].xml": CONTENT_TYPES_XML, "word/document.xml": document})

    assert "TOP-SECRET" not in text_of(data, "docx")


def _lying_docx(real_size: int, declared_size: int) -> bytes:
    """A DOCX whose body is ``real_size`` bytes of text but whose headers declare
    ``declared_size``: the kind of archive that fools checks made on declared sizes."""
    body = (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>" + b"a" * real_size + b"</w:t></w:r></w:p></w:body></w:document>"
    )
    data = bytearray(
        zip_bytes({"[Content_Types].xml": CONTENT_TYPES_XML, "word/document.xml": body})
    )
    real = len(body).to_bytes(4, "little")
    fake = declared_size.to_bytes(4, "little")
    start = data.find(b"word/document.xml")  # local header: sizes 4 bytes before the name
    data[start - 8 : start - 4] = fake.ljust(4, b"\0")
    central = data.find(b"PK\x01\x02")
    central = data.find(b"PK\x01\x02", central + 4)  # the second entry's central record
    assert data[central + 24 : central + 28] == real
    data[central + 24 : central + 28] = fake
    return bytes(data)


def test_archive_that_lies_about_its_sizes_is_read_only_as_far_as_declared():
    data = _lying_docx(real_size=200 * 1024 * 1024, declared_size=4096)
    assert len(data) < 1024 * 1024
    checked = uploads.check_upload(ContentFile(data, name="liar.docx"))  # declared sizes look fine
    assert checked.file_type == "docx"

    tracemalloc.start()
    started = time.monotonic()
    text = text_of(data, "docx")
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert elapsed < 5
    assert peak < 20 * 1024 * 1024
    assert len(text) < 4096


def test_bounded_reader_refuses_to_read_past_its_limit():
    reader = uploads.BoundedReader(io.BytesIO(b"x" * 100), limit=10)

    assert reader.read() == b"x" * 10
    with pytest.raises(uploads.EntryTooLarge):
        reader.read(1)


# --- The task ------------------------------------------------------------------------------


def test_upload_queues_extraction_after_commit_and_stores_the_text(
    member_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit(member_client, make_docx(["A word only in the file: zanzibarite."]), "note.docx")
    item = Item.objects.get()
    assert item.extracted_text == "" and item.text_extracted_at is None  # not in the request

    for callback in callbacks:
        callback()

    item.refresh_from_db()
    assert item.extracted_text == "A word only in the file: zanzibarite."
    assert item.text_extracted_at is not None


def test_extraction_task_refreshes_the_search_index(client):
    """On PostgreSQL the search reads the index (``search_vector``), which only the
    extraction task's call to ``update_index`` fills with the file's words."""
    item = ItemFactory(title="Report with a hidden word", file_text=["It says quixotrope."])
    Item.objects.filter(pk=item.pk).update(search_vector=None)
    search = reverse("library:search")
    assert "Report with a hidden word" not in visible_text(client.get(search, {"q": "quixotrope"}))

    tasks.extract_text.delay(item_id=item.pk)

    item.refresh_from_db()
    assert "quixotrope" in item.extracted_text
    assert "Report with a hidden word" in visible_text(client.get(search, {"q": "quixotrope"}))


def test_extraction_task_for_a_deleted_item_does_nothing(caplog):
    with caplog.at_level(logging.INFO, logger="library.tasks"):
        tasks.extract_text.delay(item_id=987654)

    assert "Library item 987654 is gone; no text to extract." in caplog.text


def test_extraction_of_a_file_missing_from_storage_records_no_text(media_root):
    item = ItemFactory(file_text=["Text"])
    (media_root / item.file.name).unlink()

    services.extract_item_text(item)

    item.refresh_from_db()
    assert item.extracted_text == ""
    assert item.text_extracted_at is not None


def test_extraction_does_not_overwrite_an_edit_made_meanwhile():
    item = ItemFactory(file_text=["Text of the file"])
    Item.objects.filter(pk=item.pk).update(title="Corrected title")

    services.extract_item_text(item)  # the instance still has the old title

    item.refresh_from_db()
    assert item.title == "Corrected title"
    assert item.extracted_text == "Text of the file"


def test_tasks_have_explicit_names_and_e_mails_go_to_their_own_queue():
    router = app.amqp.router

    def queue(name):
        return router.route({}, name, args=(), kwargs={})["queue"].name

    assert tasks.extract_text.name == "library.extract_text"
    assert tasks.send_review_decision.name == "library.send_review_decision"
    assert queue("library.extract_text") == "celery"
    assert queue("library.send_review_decision") == "email"


def test_item_page_of_an_item_with_text_never_shows_the_raw_text(client):
    item = ItemFactory(file_text=["Hidden inside the file: zzyzx."])
    services.extract_item_text(item)

    response = client.get(reverse("library:item", args=[item.pk]))

    assert "zzyzx" not in response.content.decode()
