"""A workspace's documents: folders (one inside another), documents in them, and each
document's versions. Every upload passes the library's checks
(``library.uploads.check_upload``: name, size, content, no macros, safe archives),
is stored under a random path with a neutral name, and is served by
``core.downloads.private_attachment`` to those who may read the workspace only.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .content import ContentQuerySet


def version_path(instance, filename: str) -> str:
    """A random folder and a neutral name: nothing of the uploader's file name is stored
    on disk (it is kept in ``file_name`` for the download)."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"workspaces/documents/{uuid.uuid4().hex}/document.{extension}"


class Folder(models.Model):
    workspace = models.ForeignKey("Workspace", on_delete=models.CASCADE, related_name="folders")
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("inside the folder"),
    )
    name = models.CharField(_("name"), max_length=120)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("folder")
        verbose_name_plural = _("folders")
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "parent", "name"], name="one_folder_name_per_parent"
            ),
            models.UniqueConstraint(
                fields=["workspace", "name"],
                condition=models.Q(parent__isnull=True),
                name="one_top_folder_name",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("workspaces:folder", kwargs={"slug": self.workspace.slug, "pk": self.pk})


class Document(models.Model):
    """A document and its history of versions; ``current`` is the latest."""

    workspace = models.ForeignKey("Workspace", on_delete=models.CASCADE, related_name="documents")
    folder = models.ForeignKey(
        Folder,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("folder"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    current = models.OneToOneField(
        "DocumentVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    created = models.DateTimeField(_("added"), default=timezone.now)
    updated = models.DateTimeField(_("updated"), default=timezone.now, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:document", kwargs={"slug": self.workspace.slug, "pk": self.pk})


class DocumentVersion(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    file = models.FileField(upload_to=version_path, max_length=300)
    file_name = models.CharField(_("file name"), max_length=200)
    file_size = models.PositiveBigIntegerField(_("size"))
    file_type = models.CharField(_("file type"), max_length=10)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    created = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        ordering = ["document", "-number"]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="one_version_per_number")
        ]

    def __str__(self) -> str:
        return f"{self.document} v{self.number}"

    def get_absolute_url(self) -> str:
        """The file itself: checked against the workspace's readers at every request."""
        return reverse(
            "workspaces:document-download",
            kwargs={
                "slug": self.document.workspace.slug,
                "pk": self.document_id,
                "number": self.number,
            },
        )
