"""A workspace's documents: folders, uploads checked like the library's, versions, files
served with the name they were uploaded with; bad uploads leave nothing behind."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.demo.documents import make_docx, make_pdf
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import (
    DocumentFactory,
    FolderFactory,
    WorkspaceFactory,
    add_member,
    add_version,
)
from workspaces.models import Activity, Document, DocumentVersion, Folder, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
NOT_ACCEPTED = (
    "This file is not a document we accept. Please upload a PDF, Word (DOCX), Excel (XLSX), "
    "PowerPoint (PPTX) or OpenDocument text (ODT) file."
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


def stored_files(root: Path) -> list[str]:
    if not root.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(
        name="Mutuals of the Atacora",
        slug="mutuals-atacora",
        owner=owner,
        visibility=Workspace.Visibility.PRIVATE,
    )


@pytest.fixture
def ali(workspace):
    user = UserFactory(email="ali@example.org", display_name="Ali Another")
    add_member(workspace, user, Role.MEMBER)
    return user


def signed_in(client, user):
    client.force_login(user)
    return client


def url(name: str, workspace, **kwargs) -> str:
    return reverse(f"workspaces:{name}", kwargs={"slug": workspace.slug, **kwargs})


def pdf_upload(name="Field report.pdf", text="Enrolment doubled in Natitingou."):
    return SimpleUploadedFile(name, make_pdf([text], title="Field report"))


def zip_bytes(entries: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def body_of(response) -> bytes:
    return b"".join(response.streaming_content)


# --- Lists -------------------------------------------------------------------------------


def test_the_documents_page_lists_folders_and_documents_with_their_files(client, workspace, mia):
    reports = FolderFactory(workspace=workspace, name="Field reports", created_by=mia)
    DocumentFactory(workspace=workspace, folder=reports, title="Report from Tanguiéta")
    loose = DocumentFactory(workspace=workspace, title="Baseline survey", created_by=mia)
    loose.current.uploaded_by = mia
    loose.current.save()

    text = visible_text(signed_in(client, mia).get(url("documents", workspace)))

    assert "Field reports 1 document" in text
    assert "Not in a folder" in text
    size = " ".join(filesizeformat(loose.current.file_size).split())
    assert f"Baseline survey survey.pdf PDF, {size}" in text
    assert "Mia Member" in text
    assert "Report from Tanguiéta" not in text  # it is inside the folder
    assert "Upload a document" in text and "New folder" in text


def test_readers_who_are_not_members_see_no_upload_button(client, owner):
    public = WorkspaceFactory(name="Open observatory", owner=owner)
    DocumentFactory(workspace=public, title="Open data on mutuals")

    text = visible_text(client.get(url("documents", public)))

    assert "Open data on mutuals" in text
    assert "Upload a document" not in text and "New folder" not in text


def _queries(client, address) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured)


def test_lists_cost_the_same_queries_for_2_or_6_documents_and_folders(client, workspace, mia):
    client = signed_in(client, mia)
    parent = FolderFactory(workspace=workspace, name="Reports")
    for number in range(2):
        DocumentFactory(workspace=workspace, title=f"Loose {number}", created_by=mia)
        DocumentFactory(workspace=workspace, folder=parent, title=f"Inside {number}")
        FolderFactory(workspace=workspace, parent=parent, name=f"Sub {number}")
        FolderFactory(workspace=workspace, name=f"Top {number}")
    client.get(url("documents", workspace))  # "last seen" recorded once a minute
    few = (
        _queries(client, url("documents", workspace)),
        _queries(client, parent.get_absolute_url()),
    )
    for number in range(2, 6):
        DocumentFactory(workspace=workspace, title=f"Loose {number}", created_by=mia)
        DocumentFactory(workspace=workspace, folder=parent, title=f"Inside {number}")
        FolderFactory(workspace=workspace, parent=parent, name=f"Sub {number}")
        FolderFactory(workspace=workspace, name=f"Top {number}")

    many = (
        _queries(client, url("documents", workspace)),
        _queries(client, parent.get_absolute_url()),
    )

    assert many == few
    text = visible_text(client.get(parent.get_absolute_url()))
    assert all(f"Inside {number}" in text for number in range(6))
    assert all(f"Sub {number}" in text for number in range(6))


def test_a_folder_page_shows_its_parents_subfolders_and_documents(client, workspace, mia):
    top = FolderFactory(workspace=workspace, name="Country studies")
    middle = FolderFactory(workspace=workspace, parent=top, name="Benin")
    bottom = FolderFactory(workspace=workspace, parent=middle, name="2024")
    DocumentFactory(workspace=workspace, folder=middle, title="Survey of Borgou")

    response = signed_in(client, mia).get(middle.get_absolute_url())

    text = visible_text(response)
    assert "Documents \u203a Country studies Benin" in text
    assert f'href="{top.get_absolute_url()}"' in response.content.decode()
    assert "2024 0 documents" in text
    assert "Survey of Borgou" in text
    assert f'href="{url("document-upload", workspace)}?folder={middle.pk}"' in (
        response.content.decode()
    )
    assert bottom.get_absolute_url() in response.content.decode()


def test_another_workspaces_folder_is_not_found_here(client, workspace, mia, owner):
    elsewhere = WorkspaceFactory(owner=owner)
    foreign = FolderFactory(workspace=elsewhere, name="Someone else's")

    response = signed_in(client, mia).get(url("folder", workspace, pk=foreign.pk))

    assert response.status_code == 404
    assert "Someone else's" not in response.content.decode()


# --- Folders -----------------------------------------------------------------------------


def test_a_member_creates_a_folder_and_one_inside_it(client, workspace, mia):
    client = signed_in(client, mia)

    response = client.post(url("folder-create", workspace), {"name": "  Field   reports "})

    reports = Folder.objects.get(workspace=workspace)
    assert reports.name == "Field reports" and reports.created_by == mia
    assert response["Location"] == reports.get_absolute_url()
    form = client.get(url("folder-create", workspace) + f"?parent={reports.pk}")
    assert f'<option value="{reports.pk}" selected>' in form.content.decode()
    client.post(url("folder-create", workspace), {"name": "2024", "folder": reports.pk})
    assert Folder.objects.get(name="2024").parent == reports


def test_two_folders_of_the_same_name_in_one_place_are_refused(client, workspace, mia):
    FolderFactory(workspace=workspace, name="Field reports")
    before = list(Folder.objects.values_list("pk", "name"))

    response = signed_in(client, mia).post(
        url("folder-create", workspace), {"name": "field REPORTS"}
    )

    text = visible_text(response)
    assert "Nothing was saved" in text
    assert "There is already a folder called “field REPORTS” here." in text
    assert list(Folder.objects.values_list("pk", "name")) == before


def test_a_folder_cannot_go_inside_another_workspaces_folder(client, workspace, mia, owner):
    foreign = FolderFactory(workspace=WorkspaceFactory(owner=owner), name="Elsewhere")

    response = signed_in(client, mia).post(
        url("folder-create", workspace), {"name": "Mine", "folder": foreign.pk}
    )

    assert "Select a valid choice." in visible_text(response)
    assert not Folder.objects.filter(name="Mine").exists()


def test_a_folder_needs_a_name(client, workspace, mia):
    response = signed_in(client, mia).post(url("folder-create", workspace), {"name": "   "})

    assert "This field is required." in visible_text(response)
    assert not Folder.objects.exists()


def test_the_creator_deletes_an_empty_folder(client, workspace, mia):
    parent = FolderFactory(workspace=workspace, name="Reports", created_by=mia)
    empty = FolderFactory(workspace=workspace, parent=parent, name="Old drafts", created_by=mia)
    client = signed_in(client, mia)

    confirm = client.get(url("folder-delete", workspace, pk=empty.pk))
    response = client.post(url("folder-delete", workspace, pk=empty.pk))

    assert "The folder is empty." in visible_text(confirm)
    assert response["Location"] == parent.get_absolute_url()
    assert not Folder.objects.filter(pk=empty.pk).exists()
    assert "The folder “Old drafts” is deleted." in visible_text(client.get(response["Location"]))


def test_a_folder_that_is_not_empty_is_not_deleted_and_the_page_says_what_is_inside(
    client, workspace, mia, moderator
):
    folder = FolderFactory(workspace=workspace, name="Reports", created_by=mia)
    FolderFactory(workspace=workspace, parent=folder, name="2023")
    DocumentFactory(workspace=workspace, folder=folder, title="Survey of Borgou")
    client = signed_in(client, moderator)

    confirm = visible_text(client.get(url("folder-delete", workspace, pk=folder.pk)))
    response = client.post(url("folder-delete", workspace, pk=folder.pk), follow=True)

    expected = (
        "The folder “Reports” is not empty: it holds 1 folder (“2023”) and 1 document "
        "(“Survey of Borgou”). Move or delete what it holds first."
    )
    assert expected in confirm
    assert "Delete the folder" not in confirm.replace("Delete the folder “Reports”", "")
    assert expected in visible_text(response)
    assert Folder.objects.filter(pk=folder.pk).exists()
    assert Document.objects.filter(title="Survey of Borgou").exists()


def test_only_the_creator_or_a_moderator_deletes_a_folder(client, workspace, mia, ali, moderator):
    folder = FolderFactory(workspace=workspace, name="Mia's folder", created_by=mia)

    refused = signed_in(client, ali).post(url("folder-delete", workspace, pk=folder.pk))
    assert refused.status_code == 403
    assert Folder.objects.filter(pk=folder.pk).exists()
    assert "Delete this folder" not in visible_text(client.get(folder.get_absolute_url()))

    signed_in(client, moderator).post(url("folder-delete", workspace, pk=folder.pk))
    assert not Folder.objects.filter(pk=folder.pk).exists()


# --- Uploading ---------------------------------------------------------------------------


def test_a_member_uploads_a_pdf_whose_title_comes_from_its_name(client, workspace, mia, media_root):
    data = make_pdf(["Enrolment doubled in Natitingou."], title="Field report")

    response = signed_in(client, mia).post(
        url("document-upload", workspace),
        {"file": SimpleUploadedFile("Rapport d'été, Natitingou.pdf", data), "title": ""},
    )

    document = Document.objects.get(workspace=workspace)
    assert response["Location"] == document.get_absolute_url()
    assert document.title == "Rapport d'été, Natitingou"
    assert document.created_by == mia and document.folder is None
    version = document.current
    assert (version.number, version.file_type, version.file_size) == (1, "pdf", len(data))
    assert version.file_name == "Rapport d'été, Natitingou.pdf"
    assert version.uploaded_by == mia
    [stored] = stored_files(media_root)
    assert stored.startswith("workspaces/documents/") and stored.endswith("/document.pdf")
    assert (media_root / stored).read_bytes() == data
    activity = Activity.objects.get(workspace=workspace, verb=Activity.Verb.DOCUMENT_ADDED)
    assert (activity.actor, activity.summary, activity.target_id) == (
        mia,
        document.title,
        document.pk,
    )
    page = visible_text(client.get(response["Location"]))
    assert "“Rapport d'été, Natitingou” is added." in page
    assert "Download “Rapport d'été, Natitingou.pdf”" in page


def test_a_member_uploads_a_word_document_into_the_folder_preselected(client, workspace, mia):
    folder = FolderFactory(workspace=workspace, name="Minutes")
    client = signed_in(client, mia)

    form = client.get(url("document-upload", workspace) + f"?folder={folder.pk}")
    assert f'<option value="{folder.pk}" selected>' in form.content.decode()
    client.post(
        url("document-upload", workspace),
        {
            "file": SimpleUploadedFile("minutes.docx", make_docx(["Steering committee"])),
            "title": "Minutes of the steering committee",
            "description": "Held in Natitingou on 3 March.",
            "folder": folder.pk,
        },
    )

    document = Document.objects.get(title="Minutes of the steering committee")
    assert document.folder == folder
    assert document.current.file_type == "docx"
    assert document.description == "Held in Natitingou on 3 March."


def test_the_folder_choice_offers_only_this_workspaces_folders(client, workspace, mia, owner):
    mine = FolderFactory(workspace=workspace, name="Ours")
    FolderFactory(workspace=workspace, parent=mine, name="Inside ours")
    foreign = FolderFactory(workspace=WorkspaceFactory(owner=owner), name="Theirs")
    client = signed_in(client, mia)

    form = client.get(url("document-upload", workspace)).content.decode()
    refused = client.post(
        url("document-upload", workspace),
        {"file": pdf_upload(), "title": "Lost", "folder": foreign.pk},
    )

    assert "Ours / Inside ours" in form
    assert "Theirs" not in form
    assert "Select a valid choice." in visible_text(refused)
    assert not Document.objects.exists()


BAD_UPLOADS = [
    pytest.param(
        "report.pdf",
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        NOT_ACCEPTED,
        id="fake-pdf",
    ),
    pytest.param(
        "report.docx",
        make_pdf(["A PDF in disguise"]),
        "The file's name ends in “.docx” but its content is a PDF document.",
        id="wrong-extension",
    ),
    pytest.param(
        "macros.docx",
        zip_bytes(
            {
                "[Content_Types].xml": "<Types/>",
                "word/document.xml": "<w:document/>",
                "word/vbaProject.bin": b"\xd0\xcf\x11\xe0",
            }
        ),
        "Documents containing macros are not accepted. Please save a copy without them.",
        id="macro-docx",
    ),
    pytest.param("empty.pdf", b"", "The submitted file is empty.", id="empty"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_UPLOADS)
def test_a_bad_upload_is_refused_with_a_clear_error_and_nothing_saved(
    client, workspace, mia, media_root, name, data, message
):
    response = signed_in(client, mia).post(
        url("document-upload", workspace),
        {"file": SimpleUploadedFile(name, data), "title": "Refused"},
    )

    assert response.status_code == 200
    text = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in text
    assert message in text
    assert not Document.objects.exists() and not DocumentVersion.objects.exists()
    assert not Activity.objects.filter(verb=Activity.Verb.DOCUMENT_ADDED).exists()
    assert stored_files(media_root) == []


def test_a_file_larger_than_the_librarys_limit_is_refused(
    client, workspace, mia, media_root, settings
):
    settings.LIBRARY_MAX_UPLOAD_BYTES = 1000
    data = make_pdf(["Long report " * 300])

    response = signed_in(client, mia).post(
        url("document-upload", workspace), {"file": SimpleUploadedFile("long.pdf", data)}
    )

    text = visible_text(response)
    assert "the largest accepted is 1000 bytes." in text
    assert "of at most 1000 bytes" in text  # the field says so before anyone tries
    assert not Document.objects.exists()
    assert stored_files(media_root) == []


def test_the_upload_errors_are_translated(client, workspace, mia, media_root):
    mia.language = "fr"
    mia.save()

    response = signed_in(client, mia).post(
        "/fr" + url("document-upload", workspace).removeprefix("/en"),
        {"file": SimpleUploadedFile("report.pdf", b"not a pdf at all"), "title": "x"},
    )

    text = visible_text(response)
    assert "Rien n'a été enregistré. Veuillez corriger les erreurs ci-dessous." in text
    assert "Ce type de document n'est pas accepté." in text
    assert not Document.objects.exists()


def test_a_folder_or_an_upload_cannot_be_added_by_readers_who_are_not_members(client, owner):
    public = WorkspaceFactory(owner=owner)
    outsider = UserFactory(email="oscar@example.org")

    response = signed_in(client, outsider).post(
        url("document-upload", public), {"file": pdf_upload()}
    )

    assert response.status_code == 403
    assert not Document.objects.exists()


# --- Versions ----------------------------------------------------------------------------


def test_a_member_uploads_a_new_version_which_becomes_the_current_one(
    client, workspace, mia, ali, media_root
):
    document = DocumentFactory(
        workspace=workspace, title="Baseline survey", created_by=mia, file_text=["First count"]
    )
    first = document.current
    second_data = make_pdf(["Second count, with Donga"])

    response = signed_in(client, ali).post(
        url("document-version", workspace, pk=document.pk),
        {
            "file": SimpleUploadedFile("survey-v2.pdf", second_data),
            "note": "Donga added",
        },
    )

    document.refresh_from_db()
    assert response["Location"] == document.get_absolute_url()
    assert document.current.number == 2 and document.current != first
    assert document.current.uploaded_by == ali
    assert document.current.note == "Donga added"
    assert len(stored_files(media_root)) == 2
    activity = Activity.objects.get(verb=Activity.Verb.DOCUMENT_VERSION)
    assert (activity.actor, activity.summary) == (ali, "Baseline survey (version 2)")
    page = visible_text(client.get(document.get_absolute_url()))
    assert "Version 2 of “Baseline survey” is uploaded." in page
    assert "Download “survey-v2.pdf”" in page
    # The history: newest first, who, note, size.
    assert page.index("2 survey-v2.pdf PDF") < page.index("1 survey.pdf PDF")
    assert "Ali Another" in page and "Donga added" in page


def test_a_bad_new_version_changes_nothing(client, workspace, mia, media_root):
    document = DocumentFactory(workspace=workspace, created_by=mia)
    before = stored_files(media_root)

    response = signed_in(client, mia).post(
        url("document-version", workspace, pk=document.pk),
        {"file": SimpleUploadedFile("v2.pdf", b"PK\x03\x04 not really"), "note": "Broken"},
    )

    assert NOT_ACCEPTED in visible_text(response)
    document.refresh_from_db()
    assert document.current.number == 1
    assert document.versions.count() == 1
    assert stored_files(media_root) == before


# --- Files -------------------------------------------------------------------------------


def test_each_version_downloads_with_its_name_type_and_bytes(client, workspace, mia):
    document = DocumentFactory(workspace=workspace, created_by=mia, file_text=["Version one"])
    docx = make_docx(["Version two"])
    add_version(document, docx, name="Survey (final).docx", user=mia)
    client = signed_in(client, mia)

    first = client.get(url("document-download", workspace, pk=document.pk, number=1))
    second = client.get(url("document-download", workspace, pk=document.pk, number=2))

    assert first["Content-Type"] == "application/pdf"
    assert body_of(first).startswith(b"%PDF-")
    assert first["Content-Disposition"] == 'attachment; filename="survey.pdf"'
    assert second["Content-Type"] == DOCX_TYPE
    assert body_of(second) == docx
    assert second["Content-Disposition"] == 'attachment; filename="Survey (final).docx"'
    for response in (first, second):
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "private" in response["Cache-Control"]
        assert "sandbox" in response["Content-Security-Policy"]
    missing = client.get(url("document-download", workspace, pk=document.pk, number=3))
    assert missing.status_code == 404


# --- Editing and deleting ----------------------------------------------------------------


def test_the_uploader_edits_title_description_and_folder(client, workspace, mia):
    folder = FolderFactory(workspace=workspace, name="Surveys")
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Old title")
    client = signed_in(client, mia)

    response = client.post(
        url("document-edit", workspace, pk=document.pk),
        {"title": "Baseline survey 2024", "description": "Atacora only.", "folder": folder.pk},
    )

    document.refresh_from_db()
    assert response["Location"] == document.get_absolute_url()
    assert (document.title, document.description, document.folder) == (
        "Baseline survey 2024",
        "Atacora only.",
        folder,
    )
    assert document.versions.count() == 1
    assert "Baseline survey 2024" in visible_text(client.get(folder.get_absolute_url()))


def test_an_empty_title_is_refused_and_nothing_changes(client, workspace, mia):
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Kept")

    response = signed_in(client, mia).post(
        url("document-edit", workspace, pk=document.pk), {"title": "  ", "description": "New"}
    )

    assert "This field is required." in visible_text(response)
    document.refresh_from_db()
    assert document.title == "Kept"
    assert document.description == "Household survey in Atacora and Donga, 2024."


def test_another_member_may_not_edit_or_delete_but_a_moderator_may(
    client, workspace, mia, ali, moderator
):
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Mia's survey")

    ali_client = signed_in(client, ali)
    page = visible_text(ali_client.get(document.get_absolute_url()))
    assert "Upload a new version" in page
    assert ali_client.get(url("document-edit", workspace, pk=document.pk)).status_code == 403
    refused = ali_client.post(url("document-delete", workspace, pk=document.pk))
    assert refused.status_code == 403
    assert Document.objects.filter(pk=document.pk).exists()

    signed_in(client, moderator).post(
        url("document-edit", workspace, pk=document.pk), {"title": "Renamed by Mo"}
    )
    document.refresh_from_db()
    assert document.title == "Renamed by Mo"


def test_deleting_a_document_removes_its_versions_and_files_once_committed(
    client, workspace, mia, media_root, django_capture_on_commit_callbacks
):
    folder = FolderFactory(workspace=workspace, name="Surveys")
    document = DocumentFactory(workspace=workspace, created_by=mia, folder=folder)
    add_version(document, make_docx(["Second"]), name="second.docx", user=mia)
    assert len(stored_files(media_root)) == 2
    client = signed_in(client, mia)

    confirm = visible_text(client.get(url("document-delete", workspace, pk=document.pk)))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("document-delete", workspace, pk=document.pk))

    assert "The document and its 2 versions are deleted for good." in confirm
    assert response["Location"] == folder.get_absolute_url()
    assert not Document.objects.exists() and not DocumentVersion.objects.exists()
    assert stored_files(media_root) == []


def test_the_document_page_offers_what_each_person_may_do(client, workspace, mia, ali, moderator):
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Survey")
    page_url = document.get_absolute_url()

    as_ali = visible_text(signed_in(client, ali).get(page_url))
    as_mia = visible_text(signed_in(client, mia).get(page_url))
    as_mo = visible_text(signed_in(client, moderator).get(page_url))

    assert "Upload a new version" in as_ali
    assert "Delete" not in as_ali and "Propose to the library" not in as_ali
    assert "Delete" in as_mia and "Propose to the library" not in as_mia
    assert "Delete" in as_mo and "Propose to the library" in as_mo


def test_pages_of_a_private_workspace_are_not_kept_by_shared_caches(client, workspace, mia):
    document = DocumentFactory(workspace=workspace, created_by=mia)

    for address in (url("documents", workspace), document.get_absolute_url()):
        response = signed_in(client, mia).get(address)
        assert "private" in response["Cache-Control"]


def test_an_archived_workspace_takes_no_new_documents(client, workspace, mia):
    from django.utils import timezone

    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())
    document = DocumentFactory(workspace=workspace, created_by=mia)

    client = signed_in(client, mia)
    page = visible_text(client.get(document.get_absolute_url()))
    refused = client.post(url("document-upload", workspace), {"file": pdf_upload()})

    assert "Upload a new version" not in page and "Delete" not in page
    assert refused.status_code == 403
    assert Document.objects.count() == 1


def test_a_folder_full_of_documents_names_the_first_five(client, workspace, mia):
    folder = FolderFactory(workspace=workspace, name="Archive", created_by=mia)
    for letter in "ABCDEFG":
        DocumentFactory(workspace=workspace, folder=folder, title=f"Report {letter}")

    page = visible_text(signed_in(client, mia).get(url("folder-delete", workspace, pk=folder.pk)))

    assert (
        "The folder “Archive” is not empty: it holds 7 documents (“Report A”, “Report B”, "
        "“Report C”, “Report D”, “Report E” and 2 more). Move or delete what it holds first."
    ) in page
