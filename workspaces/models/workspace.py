"""Collaborative workspaces: the workspace itself, its members and its activity.

Collaborative workspaces (GESS/GIMI/CIARIS "projects"): who is in, who may read.

A ``Workspace`` is created by a verified member, who becomes its owner. Its
``visibility`` says who may read it (anyone, signed-in members, or its members
only) and its ``join_policy`` how people get in (they join, they ask and a
moderator approves, or they are invited). ``Membership`` gives each member a
role: owner, moderator or member. ``Invitation`` is an e-mailed, expiring,
single-use link, also for people without an account yet; ``JoinRequest`` waits
for a moderator.

``Activity`` records every event someone should hear about (a member joined, an
invitation, a join request, a new post…), for the workspace's activity stream;
what members write is also told through the notifications (``notify.py``: members
follow their workspace), and the membership e-mails (invitations, join requests
and their answers) are sent by Celery at once.

Who may do what is written once, in ``rules.py`` and ``WorkspaceQuerySet``.
"""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager

INVITATION_DAYS = 14


def cover_path(instance, filename: str) -> str:
    """The portal's own name in a random folder; covers are re-encoded (core.images),
    and the extension is that of the format the portal wrote."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "img"
    return f"workspaces/covers/{uuid.uuid4().hex}/cover.{extension}"


class WorkspaceQuerySet(models.QuerySet):
    def listed_to(self, user):
        """Workspaces whose name and summary ``user`` may see in a list: public ones,
        members-only ones for signed-in members, private ones for their members only
        (and site administrators)."""
        from ..rules import is_site_admin

        if is_site_admin(user):
            return self.all()
        if not user.is_authenticated:
            return self.filter(visibility=Workspace.Visibility.PUBLIC)
        return self.filter(
            models.Q(visibility__in=[Workspace.Visibility.PUBLIC, Workspace.Visibility.MEMBERS])
            | models.Q(memberships__user=user)
        ).distinct()

    # Reading a workspace's content follows the same rule as listing it.
    readable_by = listed_to

    def of_member(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user)


class Workspace(models.Model):
    class Kind(models.TextChoices):
        PROJECT = "project", _("Project")
        COMMUNITY = "community", _("Community of practice")
        WORKING_GROUP = "working-group", _("Working group")
        TRAINING = "training", _("Training")
        RESEARCH = "research", _("Research")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public: anyone may read it")
        MEMBERS = "members", _("Portal members: signed-in members may read it")
        PRIVATE = "private", _("Private: only its members may read it")

    class JoinPolicy(models.TextChoices):
        OPEN = "open", _("Open: any member may join")
        REQUEST = "request", _("On request: a moderator approves")
        INVITATION = "invitation", _("By invitation only")

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    summary = models.TextField(_("summary"), max_length=1000)
    cover = models.ImageField(_("cover image"), upload_to=cover_path, blank=True, max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, db_index=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    topics = models.ManyToManyField(
        "library.Topic", blank=True, related_name="workspaces", verbose_name=_("topics")
    )
    tags = TaggableManager(_("tags"), blank=True)
    visibility = models.CharField(
        _("who may read it"),
        max_length=8,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        db_index=True,
    )
    join_policy = models.CharField(
        _("how people join"), max_length=12, choices=JoinPolicy.choices, default=JoinPolicy.REQUEST
    )
    # Project workspaces may follow a technical cooperation action's results framework.
    action = models.ForeignKey(
        "cooperation.Action",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="workspaces",
        verbose_name=_("cooperation action followed"),
    )
    archived = models.DateTimeField(_("archived"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    last_activity = models.DateTimeField(_("last activity"), default=timezone.now, db_index=True)

    objects = WorkspaceQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity"]
        verbose_name = _("workspace")
        verbose_name_plural = _("workspaces")
        indexes = [models.Index(fields=["visibility", "-last_activity"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("workspaces:detail", kwargs={"slug": self.slug})

    @property
    def is_archived(self) -> bool:
        return self.archived is not None


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        MODERATOR = "moderator", _("Moderator")
        MEMBER = "member", _("Member")

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workspace_memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        ordering = ["workspace", "joined"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["workspace", "user"], name="one_membership_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.workspace} ({self.get_role_display()})"


class JoinRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workspace_requests"
    )
    message = models.TextField(_("message to the moderators"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created = models.DateTimeField(_("asked"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        ordering = ["created"]
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "user"],
                condition=models.Q(status="pending"),
                name="one_pending_request_per_user",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.workspace}"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def invitation_expiry():
    return timezone.now() + timezone.timedelta(days=INVITATION_DAYS)


class Invitation(models.Model):
    """An e-mailed link that lets one person in, once, before it expires."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(
        _("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.MEMBER
    )
    message = models.TextField(_("personal message"), max_length=2000, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(_("sent"), default=timezone.now)
    expires = models.DateTimeField(_("expires"), default=invitation_expiry)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    accepted = models.DateTimeField(_("accepted"), null=True, blank=True)
    revoked = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # Claimed before the e-mail goes, so that a task run twice sends it once.
    e_mailed = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.email} → {self.workspace}"

    def get_absolute_url(self) -> str:
        return reverse("workspaces:invitation", kwargs={"token": self.token})

    @property
    def is_usable(self) -> bool:
        return self.accepted is None and self.revoked is None and self.expires > timezone.now()


class Activity(models.Model):
    """Something that happened in a workspace that someone should hear about.

    The activity stream shows them; those recorded with ``notify=True`` are also told
    through the notifications (``activity.record``). ``target`` is what it is about (a
    membership, an invitation, a post, a document…), named in ``summary`` at the time.
    """

    class Verb(models.TextChoices):
        CREATED = "created", _("created the workspace")
        JOINED = "joined", _("joined")
        LEFT = "left", _("left")
        REMOVED = "removed", _("removed a member")
        INVITED = "invited", _("invited someone")
        REQUESTED = "requested", _("asked to join")
        ROLE_CHANGED = "role", _("changed a member's role")
        OWNER_CHANGED = "owner", _("handed over ownership")
        ARCHIVED = "archived", _("archived the workspace")
        UPDATED = "updated", _("updated the workspace")
        POSTED = "posted", _("wrote a blog post")
        COMMENTED = "commented", _("commented on a post")
        PAGE_CREATED = "page-created", _("created a wiki page")
        PAGE_EDITED = "page-edited", _("edited a wiki page")
        PAGE_REVERTED = "page-reverted", _("restored an earlier version of a wiki page")
        DOCUMENT_ADDED = "document-added", _("added a document")
        DOCUMENT_VERSION = "document-version", _("uploaded a new version of a document")
        THREAD_STARTED = "thread-started", _("started a discussion")
        REPLIED = "replied", _("replied in a discussion")
        MENTIONED = "mentioned", _("mentioned someone")
        EVENT_ADDED = "event-added", _("announced an event")
        CAPITALISED = "capitalised", _("proposed something to the library")

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="activities")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    verb = models.CharField(max_length=16, choices=Verb.choices)
    summary = models.CharField(max_length=300, blank=True)
    target_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, null=True, blank=True
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    # Who must hear about it whatever they follow (the invited person, the moderators
    # asked to decide, the author of the post commented on…): user ids.
    addressed_to = models.JSONField(default=list, blank=True)
    created = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [models.Index(fields=["workspace", "-created"])]

    def __str__(self) -> str:
        return f"{self.workspace} · {self.get_verb_display()}"
