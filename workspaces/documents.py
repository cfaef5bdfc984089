"""A workspace's documents: folders, documents, their versions (the services the views call).

Each upload has passed the library's checks (``library.uploads.check_upload``); it is
stored under a random path with a neutral name (``models.files.version_path``), and the
uploader's tidied name is kept in ``file_name`` for the download. A change is saved in
one transaction with the ``Activity`` that records it; a file written during a change
that fails is removed again, and the files of a deleted document only once the deletion
is committed, so that no row points to a missing file and no file is left without a row.

Who may do what is checked by the views (``rules.py``); these functions check only
what makes the change impossible (a folder name taken, a folder that is not empty).
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from library.uploads import CheckedUpload

from . import activity
from .models import Activity, Document, DocumentVersion, Folder, Workspace

NAMES_LISTED = 5  # in the "folder not empty" message, before "and N more"


# --- Folders ---------------------------------------------------------------------------


class FolderTree:
    """Every folder of a workspace, read in one query (with each one's number of
    documents), and what the pages ask of it: a folder's parents, its subfolders,
    the whole tree in order for a choice list."""

    def __init__(self, workspace: Workspace):
        folders = list(
            Folder.objects.filter(workspace=workspace)
            .annotate(document_count=Count("documents"))
            .order_by("name", "pk")
        )
        self.by_pk = {folder.pk: folder for folder in folders}
        self.children: dict[int | None, list[Folder]] = {}
        for folder in folders:
            folder.workspace = workspace  # for their addresses, without a query each
            parent = folder.parent_id if folder.parent_id in self.by_pk else None
            self.children.setdefault(parent, []).append(folder)
            if folder.parent_id in self.by_pk:
                folder.parent = self.by_pk[folder.parent_id]  # no query to walk up

    def __contains__(self, pk) -> bool:
        return pk in self.by_pk

    def top(self) -> list[Folder]:
        return self.children.get(None, [])

    def under(self, folder: Folder) -> list[Folder]:
        return self.children.get(folder.pk, [])

    def parents(self, folder: Folder) -> list[Folder]:
        """The folders above ``folder``, outermost first."""
        chain, seen = [], {folder.pk}
        current = self.by_pk.get(folder.parent_id)
        while current is not None and current.pk not in seen:
            chain.append(current)
            seen.add(current.pk)
            current = self.by_pk.get(current.parent_id)
        return list(reversed(chain))

    def path(self, folder: Folder) -> str:
        return " / ".join(f.name for f in [*self.parents(folder), folder])

    def in_order(self) -> list[tuple[Folder, int]]:
        """Every folder with its depth, each followed by its subfolders."""
        ordered: list[tuple[Folder, int]] = []

        def walk(parent_pk, depth):
            for folder in self.children.get(parent_pk, []):
                ordered.append((folder, depth))
                walk(folder.pk, depth + 1)

        walk(None, 0)
        return ordered

    def choices(self) -> list[tuple[int, str]]:
        """(pk, "Parent / Child") for each folder, in tree order."""
        return [(folder.pk, self.path(folder)) for folder, _depth in self.in_order()]


def _clean_name(name: str) -> str:
    return " ".join((name or "").split())


def _name_taken(workspace: Workspace, parent: Folder | None, name: str, exclude=None) -> bool:
    siblings = Folder.objects.filter(workspace=workspace, parent=parent, name__iexact=name)
    if exclude is not None:
        siblings = siblings.exclude(pk=exclude.pk)
    return siblings.exists()


def _name_taken_error(name: str) -> ValidationError:
    return ValidationError(
        _("There is already a folder called “%(name)s” here. Please choose another name.")
        % {"name": name},
        code="folder_name_taken",
    )


def create_folder(workspace: Workspace, *, name: str, parent: Folder | None, actor) -> Folder:
    """A new folder in ``parent`` (or at the top); names are unique within a parent,
    whatever their case."""
    name = _clean_name(name)
    if not name:
        raise ValidationError(_("Please give the folder a name."), code="folder_name_missing")
    if parent is not None and parent.workspace_id != workspace.pk:
        raise ValidationError(_("This folder is not in this workspace."), code="wrong_workspace")
    if _name_taken(workspace, parent, name):
        raise _name_taken_error(name)
    try:
        with transaction.atomic():
            return Folder.objects.create(
                workspace=workspace, parent=parent, name=name, created_by=actor
            )
    except IntegrityError as clash:  # someone made it meanwhile
        raise _name_taken_error(name) from clash


def folder_contents(folder: Folder) -> tuple[list[str], list[str]]:
    """The names of the folders and the titles of the documents directly in ``folder``."""
    folders = list(folder.children.order_by("name", "pk").values_list("name", flat=True))
    documents = list(folder.documents.order_by("title", "pk").values_list("title", flat=True))
    return folders, documents


def _listed(names: list[str]) -> str:
    shown = ", ".join(f"“{name}”" for name in names[:NAMES_LISTED])
    if len(names) > NAMES_LISTED:
        more = len(names) - NAMES_LISTED
        shown += " " + ngettext("and %(count)d more", "and %(count)d more", more) % {"count": more}
    return shown


def not_empty_message(folder: Folder) -> str:
    """What keeps ``folder`` from being deleted, or "" if it is empty."""
    folders, documents = folder_contents(folder)
    if not folders and not documents:
        return ""
    folders_text = ngettext(
        "%(count)d folder (%(names)s)", "%(count)d folders (%(names)s)", len(folders)
    ) % {"count": len(folders), "names": _listed(folders)}
    documents_text = ngettext(
        "%(count)d document (%(names)s)", "%(count)d documents (%(names)s)", len(documents)
    ) % {"count": len(documents), "names": _listed(documents)}
    if folders and documents:
        return _(
            "The folder “%(name)s” is not empty: it holds %(folders)s and %(documents)s. "
            "Move or delete what it holds first."
        ) % {"name": folder.name, "folders": folders_text, "documents": documents_text}
    return _(
        "The folder “%(name)s” is not empty: it holds %(contents)s. "
        "Move or delete what it holds first."
    ) % {"name": folder.name, "contents": folders_text if folders else documents_text}


def delete_folder(folder: Folder) -> None:
    """Delete an empty folder; a ValidationError says what is inside one that is not."""
    with transaction.atomic():
        # Locked, so that nothing is added to it between the check and the deletion.
        locked = Folder.objects.select_for_update().get(pk=folder.pk)
        message = not_empty_message(locked)
        if message:
            raise ValidationError(message, code="folder_not_empty")
        locked.delete()


# --- Documents and their versions ------------------------------------------------------


def _storage():
    return DocumentVersion._meta.get_field("file").storage


def _delete_stored(names: Iterable[str]) -> None:
    storage = _storage()
    for name in names:
        if name:
            storage.delete(name)


def _new_version(document: Document, *, number: int, actor, upload: CheckedUpload, note: str):
    """Write the file and save the version row; the file is removed again if the row
    cannot be saved. Returns the version."""
    version = DocumentVersion(
        document=document,
        number=number,
        file_name=upload.display_name,
        file_size=upload.size,
        file_type=upload.file_type,
        note=_clean_name(note)[:300],
        uploaded_by=actor,
    )
    upload.file.seek(0)
    # A neutral name: nothing of the uploader's name reaches the storage (version_path).
    version.file.save(f"document.{upload.file_type}", upload.file, save=False)
    try:
        version.save()
    except BaseException:
        _delete_stored([version.file.name])
        raise
    return version


def _check_folder(workspace: Workspace, folder: Folder | None) -> None:
    if folder is not None and folder.workspace_id != workspace.pk:
        raise ValidationError(_("This folder is not in this workspace."), code="wrong_workspace")


def add_document(
    workspace: Workspace,
    *,
    actor,
    title: str,
    description: str = "",
    folder: Folder | None = None,
    upload: CheckedUpload,
) -> Document:
    """A new document and its version 1, announced to the members (DOCUMENT_ADDED)."""
    _check_folder(workspace, folder)
    stored = []
    try:
        with transaction.atomic():
            now = timezone.now()
            document = Document.objects.create(
                workspace=workspace,
                folder=folder,
                title=_clean_name(title)[:200],
                description=(description or "").strip(),
                created_by=actor,
                created=now,
                updated=now,
            )
            version = _new_version(document, number=1, actor=actor, upload=upload, note="")
            stored.append(version.file.name)
            document.current = version
            document.save(update_fields=["current"])
            activity.record(
                workspace,
                actor=actor,
                verb=Activity.Verb.DOCUMENT_ADDED,
                target=document,
                summary=document.title,
                notify=True,
            )
    except BaseException:
        _delete_stored(stored)
        raise
    return document


def add_version(document: Document, *, actor, upload: CheckedUpload, note: str = ""):
    """The document's next version, which becomes its current one (DOCUMENT_VERSION)."""
    stored = []
    try:
        with transaction.atomic():
            # Locked: two uploads at once get numbers one after the other.
            locked = Document.objects.select_for_update().get(pk=document.pk)
            last = locked.versions.aggregate(last=Max("number"))["last"] or 0
            version = _new_version(locked, number=last + 1, actor=actor, upload=upload, note=note)
            stored.append(version.file.name)
            locked.current = version
            locked.updated = version.created
            locked.save(update_fields=["current", "updated"])
            activity.record(
                locked.workspace,
                actor=actor,
                verb=Activity.Verb.DOCUMENT_VERSION,
                target=locked,
                summary=_("%(title)s (version %(number)d)")
                % {"title": locked.title, "number": version.number},
                notify=True,
            )
    except BaseException:
        _delete_stored(stored)
        raise
    document.current = version
    document.updated = locked.updated
    return version


def update_document(
    document: Document, *, title: str, description: str, folder: Folder | None
) -> Document:
    """Change a document's title, description or folder (its versions stay)."""
    _check_folder(document.workspace, folder)
    document.title = _clean_name(title)[:200]
    document.description = (description or "").strip()
    document.folder = folder
    document.updated = timezone.now()
    document.save(update_fields=["title", "description", "folder", "updated"])
    return document


def delete_document(document: Document) -> None:
    """Delete the document and all its versions; their files once that is committed."""
    with transaction.atomic():
        names = list(document.versions.values_list("file", flat=True))
        document.delete()
        transaction.on_commit(lambda: _delete_stored(names))
