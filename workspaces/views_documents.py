"""A workspace's documents: folders, uploads, versions and their files.

Reading (the lists, a document's page, its files) is for those who may read the
workspace; every file address carries the workspace and is checked again at each
request, so a link passed on to someone outside a private workspace answers as an
unknown address. Members add folders, documents and new versions; a document's
uploader (while a member) and the moderators change or delete it; an empty folder is
deleted by whoever made it or a moderator. Uploads pass the library's checks
(``library.uploads``); the services are ``documents.py``'s.
"""

import os

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from core.downloads import private_attachment
from library import uploads
from library.forms import ACCEPT

from . import documents
from .models import Document, DocumentVersion, Folder
from .views_workspace import _private_if_not_public, refuse_unless, render_in, workspace_view

GET_POST = ["GET", "HEAD", "POST"]


# --- Forms -----------------------------------------------------------------------------


def _file_help() -> str:
    return _(
        "A PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument text (ODT) "
        "file of at most %(size)s."
    ) % {"size": filesizeformat(settings.LIBRARY_MAX_UPLOAD_BYTES)}


class FolderChoiceMixin:
    """A "folder" choice among this workspace's folders only, shown as their paths."""

    def _set_folder_choices(self, tree: documents.FolderTree, top_label) -> None:
        self.tree = tree
        self.fields["folder"].choices = [("", top_label), *tree.choices()]

    def clean_folder(self):
        value = self.cleaned_data.get("folder")
        if not value:
            return None
        folder = self.tree.by_pk.get(int(value))
        if folder is None:  # not offered: another workspace's folder, or gone meanwhile
            raise ValidationError(_("Please choose one of the folders listed."), code="folder")
        return folder


class FolderForm(FolderChoiceMixin, forms.Form):
    name = forms.CharField(label=gettext_lazy("Name of the folder"), max_length=120)
    folder = forms.ChoiceField(label=gettext_lazy("Inside"), required=False)

    def __init__(self, *args, tree, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_folder_choices(tree, _("At the top of the documents"))


class UploadForm(FolderChoiceMixin, forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"), widget=forms.ClearableFileInput(attrs={"accept": ACCEPT})
    )
    title = forms.CharField(
        label=gettext_lazy("Title"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Leave it empty to use the file's name."),
    )
    description = forms.CharField(
        label=gettext_lazy("Description"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("What it is, who wrote it, for what: a few lines help readers."),
    )
    folder = forms.ChoiceField(label=gettext_lazy("Folder"), required=False)

    def __init__(self, *args, tree, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_upload = None
        self.fields["file"].help_text = _file_help()
        self._set_folder_choices(tree, _("Not in a folder"))

    def clean_file(self):
        return uploads.clean_upload_field(self, "file")

    def clean_title(self):
        return " ".join(self.cleaned_data.get("title", "").split())

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("title") and self.checked_upload is not None:
            stem = os.path.splitext(self.checked_upload.display_name)[0]
            cleaned_data["title"] = stem[:200]
        return cleaned_data


class EditForm(FolderChoiceMixin, forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=200)
    description = forms.CharField(
        label=gettext_lazy("Description"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    folder = forms.ChoiceField(label=gettext_lazy("Folder"), required=False)

    def __init__(self, *args, tree, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_folder_choices(tree, _("Not in a folder"))

    def clean_title(self):
        title = " ".join(self.cleaned_data.get("title", "").split())
        if not title:
            raise ValidationError(_("Please give the document a title."), code="required")
        return title


class VersionForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("New version of the file"),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    note = forms.CharField(
        label=gettext_lazy("What changed"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("For example: “Figures for 2024 added”."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_upload = None
        self.fields["file"].help_text = _file_help()

    def clean_file(self):
        return uploads.clean_upload_field(self, "file")


# --- Helpers ---------------------------------------------------------------------------


def _document(workspace, pk) -> Document:
    rows = Document.objects.select_related("folder", "created_by", "current__uploaded_by")
    document = get_object_or_404(rows, workspace=workspace, pk=pk)
    document.workspace = workspace
    return document


def _folder_from_query(request, workspace, tree, key: str):
    """The folder named by ``?<key>=<pk>`` if it is one of this workspace's, else None."""
    value = request.GET.get(key, "")
    if value.isdigit() and int(value) in tree:
        return tree.by_pk[int(value)]
    return None


def _documents_of(workspace, folder: Folder | None) -> list[Document]:
    rows = list(
        Document.objects.filter(workspace=workspace, folder=folder)
        .select_related("current__uploaded_by")
        .order_by("title", "pk")
    )
    for row in rows:
        row.workspace = workspace  # for their addresses, without a query each
    return rows


def _back_to(workspace, folder: Folder | None):
    return redirect(folder.get_absolute_url() if folder else _index_url(workspace))


def _index_url(workspace) -> str:
    return reverse("workspaces:documents", kwargs={"slug": workspace.slug})


# --- Reading ---------------------------------------------------------------------------


@require_safe
@workspace_view()
def index(request, workspace):
    tree = documents.FolderTree(workspace)
    context = {
        "folders": tree.top(),
        "documents": _documents_of(workspace, None),
        "may_contribute": request.user.has_perm("workspaces.contribute", workspace),
    }
    return render_in(request, workspace, "documents", "workspaces/documents/index.html", context)


@require_safe
@workspace_view()
def folder(request, workspace, pk):
    tree = documents.FolderTree(workspace)
    shown = tree.by_pk.get(pk)
    if shown is None:
        raise Http404
    context = {
        "folder": shown,
        "parents": tree.parents(shown),
        "folders": tree.under(shown),
        "documents": _documents_of(workspace, shown),
        "may_contribute": request.user.has_perm("workspaces.contribute", workspace),
        "may_delete": request.user.has_perm("workspaces.delete_content", shown),
    }
    return render_in(request, workspace, "documents", "workspaces/documents/folder.html", context)


@require_safe
@workspace_view()
def detail(request, workspace, pk):
    document = _document(workspace, pk)
    tree = documents.FolderTree(workspace) if document.folder_id else None
    user = request.user
    may_capitalise = user.has_perm("workspaces.capitalise", workspace)
    context = {
        "document": document,
        "parents": [*tree.parents(document.folder), document.folder] if tree else [],
        "versions": list(document.versions.select_related("uploaded_by").order_by("-number")),
        "may_contribute": user.has_perm("workspaces.contribute", workspace),
        "may_change": user.has_perm("workspaces.change_content", document),
        "may_delete": user.has_perm("workspaces.delete_content", document),
        "may_capitalise": may_capitalise,
        "proposals": (
            list(document.capitalisations.select_related("item", "proposed_by"))
            if may_capitalise
            else []
        ),
    }
    return render_in(request, workspace, "documents", "workspaces/documents/detail.html", context)


@require_safe
@workspace_view()
def download(request, workspace, pk, number):
    """One version's file, to those who may read the workspace at the time they ask."""
    document = get_object_or_404(Document, workspace=workspace, pk=pk)
    version = get_object_or_404(DocumentVersion, document=document, number=number)
    response = private_attachment(
        version.file,
        filename=version.file_name,
        content_type=uploads.CONTENT_TYPES.get(version.file_type, "application/octet-stream"),
    )
    return _private_if_not_public(response, workspace)


# --- Folders ---------------------------------------------------------------------------


@require_http_methods(GET_POST)
@workspace_view("workspaces.contribute")
def folder_create(request, workspace):
    tree = documents.FolderTree(workspace)
    parent = _folder_from_query(request, workspace, tree, "parent")
    form = FolderForm(
        request.POST or None, tree=tree, initial={"folder": parent.pk if parent else ""}
    )
    if request.method == "POST" and form.is_valid():
        try:
            created = documents.create_folder(
                workspace,
                name=form.cleaned_data["name"],
                parent=form.cleaned_data["folder"],
                actor=request.user,
            )
        except ValidationError as refused:
            form.add_error("name", refused)
        else:
            messages.success(request, _("The folder “%(name)s” is ready.") % {"name": created})
            return redirect(created.get_absolute_url())
    context = {"form": form, "parent": parent}
    return render_in(
        request, workspace, "documents", "workspaces/documents/folder_form.html", context
    )


@require_http_methods(GET_POST)
@workspace_view()
def folder_delete(request, workspace, pk):
    shown = get_object_or_404(Folder.objects.select_related("parent"), workspace=workspace, pk=pk)
    refused = refuse_unless(request, workspace, "workspaces.delete_content", shown)
    if refused:
        return refused
    if request.method == "POST":
        try:
            documents.delete_folder(shown)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(shown.get_absolute_url())
        messages.success(request, _("The folder “%(name)s” is deleted.") % {"name": shown.name})
        return _back_to(workspace, shown.parent)
    context = {"folder": shown, "not_empty": documents.not_empty_message(shown)}
    return render_in(
        request, workspace, "documents", "workspaces/documents/folder_delete.html", context
    )


# --- Documents -------------------------------------------------------------------------


@require_http_methods(GET_POST)
@workspace_view("workspaces.contribute")
def upload(request, workspace):
    tree = documents.FolderTree(workspace)
    preselected = _folder_from_query(request, workspace, tree, "folder")
    form = UploadForm(
        request.POST or None,
        request.FILES or None,
        tree=tree,
        initial={"folder": preselected.pk if preselected else ""},
    )
    if request.method == "POST" and form.is_valid():
        try:
            document = documents.add_document(
                workspace,
                actor=request.user,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
                folder=form.cleaned_data["folder"],
                upload=form.checked_upload,
            )
        except ValidationError as refused:
            form.add_error(None, refused)
        else:
            messages.success(
                request,
                _("“%(title)s” is added. The members who follow the workspace are told.")
                % {"title": document.title},
            )
            return redirect(document.get_absolute_url())
    context = {"form": form, "folder": preselected}
    return render_in(request, workspace, "documents", "workspaces/documents/upload.html", context)


@require_http_methods(GET_POST)
@workspace_view()
def edit(request, workspace, pk):
    document = _document(workspace, pk)
    refused = refuse_unless(request, workspace, "workspaces.change_content", document)
    if refused:
        return refused
    tree = documents.FolderTree(workspace)
    initial = {
        "title": document.title,
        "description": document.description,
        "folder": document.folder_id or "",
    }
    form = EditForm(request.POST or None, tree=tree, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            documents.update_document(
                document,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
                folder=form.cleaned_data["folder"],
            )
        except ValidationError as refused:
            form.add_error(None, refused)
        else:
            messages.success(request, _("The changes are saved."))
            return redirect(document.get_absolute_url())
    return render_in(
        request,
        workspace,
        "documents",
        "workspaces/documents/edit.html",
        {"form": form, "document": document},
    )


@require_http_methods(GET_POST)
@workspace_view("workspaces.contribute")
def new_version(request, workspace, pk):
    document = _document(workspace, pk)
    form = VersionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        version = documents.add_version(
            document,
            actor=request.user,
            upload=form.checked_upload,
            note=form.cleaned_data["note"],
        )
        messages.success(
            request,
            _("Version %(number)d of “%(title)s” is uploaded.")
            % {"number": version.number, "title": document.title},
        )
        return redirect(document.get_absolute_url())
    return render_in(
        request,
        workspace,
        "documents",
        "workspaces/documents/version_form.html",
        {"form": form, "document": document},
    )


@require_http_methods(GET_POST)
@workspace_view()
def delete(request, workspace, pk):
    document = _document(workspace, pk)
    refused = refuse_unless(request, workspace, "workspaces.delete_content", document)
    if refused:
        return refused
    if request.method == "POST":
        folder_of = document.folder
        title = document.title
        documents.delete_document(document)
        messages.success(request, _("“%(title)s” is deleted.") % {"title": title})
        return _back_to(workspace, folder_of)
    context = {"document": document, "version_count": document.versions.count()}
    return render_in(request, workspace, "documents", "workspaces/documents/delete.html", context)
