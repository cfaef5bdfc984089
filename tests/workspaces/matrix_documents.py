"""The part of the permission matrix of documents, folders, their files and capitalisation
(the rows are in ``test_permission_matrix``).

Mia Member made the folders and the document; the empty folder is the one deleted. The
file row ("document-download") answers with the file, not a page: ``assert_file`` says
what an "ok" answer must be.
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from core.demo.documents import make_pdf
from library.models import Item, ResourceType
from tests.workspaces.conftest import MEMBER
from tests.workspaces.factories import DocumentFactory, FolderFactory, PostFactory
from workspaces.models import Activity, Capitalisation, Document, DocumentVersion, Folder

FOLDER_NAME = "Field reports from Zanzibar, by Mia"
EMPTY_FOLDER_NAME = "Old drafts about Zanzibar, by Mia"
DOCUMENT_TITLE = "Survey of Zanzibar mutuals by Mia"
DOCUMENT_TEXT = "Enrolment in the Zanzibar mutuals grew by a third."
POST_TITLE = "Post by Mia about Zanzibar mutuals"
VIEWS = {
    "documents", "folder", "folder-create", "folder-delete", "document-upload", "document",
    "document-edit", "document-version", "document-download", "document-delete",
    "capitalise-document", "capitalise-post",
}  # fmt: skip
CONTENT = [FOLDER_NAME, EMPTY_FOLDER_NAME, DOCUMENT_TITLE]


def seed(workspace, people) -> None:
    """Mia's folder with her document in it, her empty folder, her blog post, and a
    resource type for the library."""
    mia = people[MEMBER]
    folder = FolderFactory(workspace=workspace, name=FOLDER_NAME, created_by=mia)
    FolderFactory(workspace=workspace, name=EMPTY_FOLDER_NAME, created_by=mia)
    DocumentFactory(  # version 1 uploaded by Mia too
        workspace=workspace,
        folder=folder,
        title=DOCUMENT_TITLE,
        created_by=mia,
        file_text=[DOCUMENT_TEXT],
    )
    PostFactory(workspace=workspace, author=mia, title=POST_TITLE)
    ResourceType.objects.get_or_create(slug="report", defaults={"name": "Report"})


def _document(workspace) -> Document:
    return Document.objects.get(workspace=workspace, title=DOCUMENT_TITLE)


def kwargs_for(view: str, workspace, people) -> dict:
    if view == "folder":
        return {"pk": Folder.objects.get(workspace=workspace, name=FOLDER_NAME).pk}
    if view == "folder-delete":
        return {"pk": Folder.objects.get(workspace=workspace, name=EMPTY_FOLDER_NAME).pk}
    if view in (
        "document",
        "document-edit",
        "document-version",
        "document-delete",
        "capitalise-document",
    ):
        return {"pk": _document(workspace).pk}
    if view == "document-download":
        return {"pk": _document(workspace).pk, "number": 1}
    if view == "capitalise-post":
        return {"pk": workspace.posts.get(title=POST_TITLE).pk}
    return {}


def form_data(view: str, workspace, people) -> dict:
    """The smallest valid form of each action (uploads carry a real PDF)."""
    if view == "folder-create":
        return {"name": "Folder made in the matrix"}
    if view == "document-upload":
        data = make_pdf(["Uploaded in the matrix"], title="Matrix")
        return {"file": SimpleUploadedFile("matrix.pdf", data), "title": "Matrix upload"}
    if view == "document-version":
        data = make_pdf(["Second version"], title="Second")
        return {"file": SimpleUploadedFile("survey-v2.pdf", data), "note": "Second version"}
    if view == "document-edit":
        return {"title": "Survey renamed in the matrix", "description": "Renamed."}
    if view in ("capitalise-document", "capitalise-post"):
        return {
            "resource_type": ResourceType.objects.get(slug="report").pk,
            "title": "Proposed in the matrix",
            "authors": "Member, Mia",
            "publication_year": 2024,
        }
    return {}


def texts_shown(view: str) -> list[str]:
    """What an "ok" page must show, beyond the workspace's name."""
    return {
        "documents": [FOLDER_NAME, EMPTY_FOLDER_NAME],
        "folder": [FOLDER_NAME, DOCUMENT_TITLE, "survey.pdf"],
        "document": [DOCUMENT_TITLE, "survey.pdf", "Mia Member"],
        "folder-create": ["New folder"],
        "document-upload": ["Upload a document"],
        "document-version": [DOCUMENT_TITLE, "Upload the new version"],
        "folder-delete": [EMPTY_FOLDER_NAME, "Delete the folder"],
        "document-edit": [DOCUMENT_TITLE, "Save the changes"],
        "document-delete": [DOCUMENT_TITLE, "Delete the document"],
        "capitalise-document": [DOCUMENT_TITLE, "Send to the library"],
        "capitalise-post": [POST_TITLE, "Send to the library"],
    }.get(view, [])


def assert_file(view: str, response, content: bytes) -> None:
    """An "ok" file answer: the PDF itself, an attachment, never kept by shared caches."""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="survey.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    assert content.startswith(b"%PDF-")


def state(workspace_id: int) -> tuple:
    """Everything these actions could change."""
    return (
        sorted(Folder.objects.filter(workspace_id=workspace_id).values_list("name", "parent")),
        sorted(
            Document.objects.filter(workspace_id=workspace_id).values_list(
                "title", "description", "folder", "current__number"
            )
        ),
        DocumentVersion.objects.filter(document__workspace_id=workspace_id).count(),
        Capitalisation.objects.filter(workspace_id=workspace_id).count(),
        Item.objects.filter(capitalisation__workspace_id=workspace_id).count(),
        Activity.objects.filter(workspace_id=workspace_id).count(),
    )
