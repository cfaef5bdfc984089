"""The CV on the expert's own profile: checked by content, stored under a random path,
its text extracted after commit; a refused file saves nothing; a replaced or removed
CV leaves no file behind."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from core.demo.documents import make_docx, make_pdf
from experts.models import ExpertProfile
from tests.accounts.helpers import visible_text
from tests.experts.test_my_profile import ME, form_data, media_root, stored_files

pytestmark = pytest.mark.django_db
__all__ = ["media_root"]  # the autouse fixture, shared

NOT_A_CV = (
    "This file is not a document we accept. Please upload your CV as a PDF or Word (DOCX) "
    "file of at most 10.0 MB."
)
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
HTML = b"<!doctype html><html><body><script>alert(1)</script>CV</body></html>"


def upload(name: str, data: bytes, content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, data, content_type)


def save(client, capture, **overrides):
    with capture(execute=True):
        return client.post(ME, form_data(**overrides))


def test_pdf_cv_is_stored_under_a_random_path_and_its_text_extracted(
    member_client, member, media_root, django_capture_on_commit_callbacks
):
    pdf = make_pdf(["Curriculum vitae", "Costing of the Senegalese universal health coverage"])

    response = save(
        member_client,
        django_capture_on_commit_callbacks,
        cv=upload("Aminata CV 2024.pdf", pdf),
    )

    profile = ExpertProfile.objects.get(user=member)
    assert response["Location"] == profile.get_absolute_url()
    assert re.fullmatch(r"experts/cv/[0-9a-f]{32}/cv\.pdf", profile.cv_file.name)
    assert stored_files(media_root) == [profile.cv_file.name]
    assert (media_root / profile.cv_file.name).read_bytes() == pdf
    assert profile.cv_file_type == "pdf"
    assert profile.cv_original_name == "Aminata CV 2024.pdf"
    assert profile.cv_size == len(pdf)
    assert profile.cv_uploaded is not None
    # The extraction task ran after commit (eager Celery) and stored the text.
    assert "Senegalese universal health coverage" in profile.cv_text


def test_docx_cv_is_accepted(member_client, member, media_root, django_capture_on_commit_callbacks):
    docx = make_docx(["Pension reform in Peru"])
    save(
        member_client,
        django_capture_on_commit_callbacks,
        cv=upload("cv.docx", docx, "application/octet-stream"),
    )

    profile = ExpertProfile.objects.get(user=member)
    assert profile.cv_file.name.endswith("/cv.docx")
    assert profile.cv_file_type == "docx"
    assert "Pension reform in Peru" in profile.cv_text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.pdf", PNG, NOT_A_CV),
        ("photo.png", PNG, NOT_A_CV),
        ("cv.html", HTML, NOT_A_CV),
        ("cv.pdf", HTML, NOT_A_CV),
        (
            "cv.docx",
            make_pdf(["A PDF in disguise"]),
            "The file's name ends in “.docx” but its content is a PDF document.",
        ),
        (
            "cv",
            make_pdf(["No extension"]),
            "The file's name has no extension. Its content is a PDF document",
        ),
        ("empty.pdf", b"", "The submitted file is empty."),
    ],
    ids=[
        "png-named-pdf",
        "png",
        "html",
        "html-named-pdf",
        "pdf-named-docx",
        "no-extension",
        "empty",
    ],
)
def test_refused_cv_saves_nothing_at_all(
    member_client, member, media_root, django_capture_on_commit_callbacks, name, data, message
):
    response = save(member_client, django_capture_on_commit_callbacks, cv=upload(name, data))

    text = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in text
    assert message in text
    assert "choose your CV file again before saving" in text
    assert ExpertProfile.objects.count() == 0
    assert stored_files(media_root) == []
    assert not member.groups.exists()


def test_spreadsheet_is_not_a_cv(member_client, member, media_root, tmp_path):
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    response = member_client.post(ME, form_data(cv=upload("cv.xlsx", out.getvalue())))

    assert NOT_A_CV in visible_text(response)
    assert ExpertProfile.objects.count() == 0


@override_settings(EXPERTS_CV_MAX_BYTES=2000)
def test_oversized_cv_is_refused(member_client, member, media_root):
    pdf = make_pdf(["word " * 2000])
    assert len(pdf) > 2000

    response = member_client.post(ME, form_data(cv=upload("cv.pdf", pdf)))

    text = visible_text(response)
    assert "The file is " in text and "the largest accepted is 2.0 KB." in text
    assert ExpertProfile.objects.count() == 0
    assert stored_files(media_root) == []


def test_refused_new_cv_keeps_the_saved_profile_and_old_cv(
    member_client, member, media_root, django_capture_on_commit_callbacks
):
    save(member_client, django_capture_on_commit_callbacks, cv=upload("cv.pdf", make_pdf(["Old"])))
    before = ExpertProfile.objects.get(user=member)

    response = save(
        member_client,
        django_capture_on_commit_callbacks,
        headline="Changed headline",
        cv=upload("new.pdf", PNG),
        **{"languages-INITIAL_FORMS": "2"},
    )

    assert NOT_A_CV in visible_text(response)
    after = ExpertProfile.objects.get(user=member)
    assert after.headline == before.headline
    assert after.cv_file.name == before.cv_file.name
    assert stored_files(media_root) == [before.cv_file.name]


def test_replacing_the_cv_deletes_the_old_file(
    member_client, member, media_root, django_capture_on_commit_callbacks
):
    save(member_client, django_capture_on_commit_callbacks, cv=upload("cv.pdf", make_pdf(["Old"])))
    old = ExpertProfile.objects.get(user=member).cv_file.name
    page = visible_text(member_client.get(ME))
    assert "Your current CV is “cv.pdf”." in page

    save(
        member_client,
        django_capture_on_commit_callbacks,
        cv=upload("cv-2025.docx", make_docx(["Newest experience"])),
        **{"languages-INITIAL_FORMS": "2"},
    )

    profile = ExpertProfile.objects.get(user=member)
    assert profile.cv_file.name != old
    assert stored_files(media_root) == [profile.cv_file.name]
    assert profile.cv_original_name == "cv-2025.docx"
    assert "Newest experience" in profile.cv_text
    assert "Old" not in profile.cv_text


def test_saving_without_a_new_file_keeps_the_cv(
    member_client, member, media_root, django_capture_on_commit_callbacks
):
    save(member_client, django_capture_on_commit_callbacks, cv=upload("cv.pdf", make_pdf(["Kept"])))
    old = ExpertProfile.objects.get(user=member).cv_file.name

    save(member_client, django_capture_on_commit_callbacks, headline="Another headline")

    profile = ExpertProfile.objects.get(user=member)
    assert profile.cv_file.name == old
    assert "Kept" in profile.cv_text
    assert stored_files(media_root) == [old]


def test_removing_the_cv_deletes_the_file(
    member_client, member, media_root, django_capture_on_commit_callbacks
):
    save(member_client, django_capture_on_commit_callbacks, cv=upload("cv.pdf", make_pdf(["Gone"])))

    save(member_client, django_capture_on_commit_callbacks, remove_cv="on")

    profile = ExpertProfile.objects.get(user=member)
    assert profile.cv_file.name == ""
    assert (profile.cv_original_name, profile.cv_size, profile.cv_text) == ("", 0, "")
    assert stored_files(media_root) == []


def test_removing_and_replacing_at_once_is_refused(
    member_client, member, media_root, django_capture_on_commit_callbacks
):
    save(member_client, django_capture_on_commit_callbacks, cv=upload("cv.pdf", make_pdf(["A"])))
    old = ExpertProfile.objects.get(user=member).cv_file.name

    response = save(
        member_client,
        django_capture_on_commit_callbacks,
        remove_cv="on",
        cv=upload("b.pdf", make_pdf(["B"])),
    )

    assert "Either remove your CV or choose a new one, not both." in visible_text(response)
    assert stored_files(media_root) == [old]
