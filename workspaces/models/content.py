"""What members write inside a workspace: blog posts and their comments, wiki pages
and their revisions, discussion threads and their replies, events.

Bodies are typed in Markdown (raw HTML allowed) and kept twice: ``body`` as typed,
for editing, and ``body_html`` as ``workspaces.bodies.render`` made it (sanitised:
no script, no event handler, no ``javascript:`` link). Templates show
``body_html`` only, and every save goes through a service that renders it.

Who may read any of it is the workspace's rule (``rules.py``); every queryset
that lists content across workspaces starts from ``ContentQuerySet.readable_by``.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

BODY_MAX_LENGTH = 100_000  # characters of Markdown, about 40 printed pages
COMMENT_MAX_LENGTH = 5000


class ContentQuerySet(models.QuerySet):
    def readable_by(self, user):
        """Rows of workspaces ``user`` may read (``Workspace.objects.readable_by``)."""
        from .workspace import Workspace

        return self.filter(workspace__in=Workspace.objects.readable_by(user).values("pk"))

    def public(self):
        """Rows of public workspaces: what feeds, the home page and anonymous visitors get."""
        from .workspace import Workspace

        return self.filter(workspace__visibility=Workspace.Visibility.PUBLIC)


def _author_field():
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )


class Post(models.Model):
    """A blog post. Published when saved; its author or a moderator edits or deletes it."""

    workspace = models.ForeignKey("Workspace", on_delete=models.CASCADE, related_name="posts")
    author = _author_field()
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    body_html = models.TextField(editable=False, blank=True)
    created = models.DateTimeField(_("published"), default=timezone.now, db_index=True)
    updated = models.DateTimeField(_("updated"), default=timezone.now)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")
        indexes = [models.Index(fields=["workspace", "-created"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:post", kwargs={"slug": self.workspace.slug, "pk": self.pk})


class PostComment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    author = _author_field()
    body = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.author} · {self.post}"

    def get_absolute_url(self) -> str:
        return f"{self.post.get_absolute_url()}#comment-{self.pk}"


class WikiPage(models.Model):
    """A wiki page, under another one or at the top. ``version`` is the number of its
    latest ``WikiRevision``: an edit says which version it started from, and is refused
    as a conflict when someone saved another in between."""

    workspace = models.ForeignKey("Workspace", on_delete=models.CASCADE, related_name="wiki_pages")
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("under the page"),
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH, blank=True)
    body_html = models.TextField(editable=False, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_by = _author_field()
    created = models.DateTimeField(_("created"), default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("last edited by"),
    )
    updated = models.DateTimeField(_("last edited"), default=timezone.now)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("wiki page")
        verbose_name_plural = _("wiki pages")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:wiki-page", kwargs={"slug": self.workspace.slug, "pk": self.pk})


class WikiRevision(models.Model):
    """One saved state of a wiki page: its title and text as typed, who saved it and why.
    Revisions are never changed; a revert saves a new one copying an older one."""

    page = models.ForeignKey(WikiPage, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), blank=True)
    author = _author_field()
    created = models.DateTimeField(_("saved"), default=timezone.now)
    comment = models.CharField(_("what changed"), max_length=200, blank=True)
    # The version a revert restored, to say so in the history.
    restored_from = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["page", "-number"]
        verbose_name = _("wiki page version")
        verbose_name_plural = _("wiki page versions")
        constraints = [
            models.UniqueConstraint(fields=["page", "number"], name="one_revision_per_number")
        ]

    def __str__(self) -> str:
        return f"{self.page} v{self.number}"


class Thread(models.Model):
    """A discussion: an opening message and replies, newest activity first."""

    workspace = models.ForeignKey("Workspace", on_delete=models.CASCADE, related_name="threads")
    author = _author_field()
    title = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), max_length=BODY_MAX_LENGTH)
    body_html = models.TextField(editable=False, blank=True)
    created = models.DateTimeField(_("started"), default=timezone.now)
    last_reply = models.DateTimeField(_("last message"), default=timezone.now, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["-last_reply", "-pk"]
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:thread", kwargs={"slug": self.workspace.slug, "pk": self.pk})


class Reply(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    author = _author_field()
    body = models.TextField(_("reply"), max_length=BODY_MAX_LENGTH)
    body_html = models.TextField(editable=False, blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return f"{self.author} · {self.thread}"

    def get_absolute_url(self) -> str:
        return f"{self.thread.get_absolute_url()}#reply-{self.pk}"


class Event(models.Model):
    """A meeting, workshop or deadline of the workspace, in its iCalendar feed.

    ``uid`` stays the same for the event's life and ``sequence`` grows with each
    change, so that calendar programs update the entry rather than add another."""

    workspace = models.ForeignKey("Workspace", on_delete=models.CASCADE, related_name="events")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    # The zone the times were given in ("Africa/Abidjan"): pages and e-mails show them
    # in it; ``start`` and ``end`` are stored in UTC.
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    location = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("link to join online"), max_length=500, blank=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = _author_field()
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(default=timezone.now)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="event_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:event", kwargs={"slug": self.workspace.slug, "pk": self.pk})


class Capitalisation(models.Model):
    """A post or document a moderator proposed to the library: the library item it
    became (pending review, then published or rejected there) and where it came from."""

    workspace = models.ForeignKey(
        "Workspace", on_delete=models.CASCADE, related_name="capitalisations"
    )
    post = models.ForeignKey(
        Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="capitalisations"
    )
    document = models.ForeignKey(
        "Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="capitalisations",
    )
    item = models.OneToOneField(
        "library.Item", on_delete=models.CASCADE, related_name="capitalisation"
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("contribution to the library")
        verbose_name_plural = _("contributions to the library")

    def __str__(self) -> str:
        return f"{self.workspace} → {self.item}"


def _calendar_token() -> str:
    from .workspace import new_token

    return new_token()


class CalendarFeed(models.Model):
    """A member's private iCalendar address: the events of the workspaces they are a member of
    at the time a calendar program fetches it. Calendar programs cannot sign in, so the
    secret token stands for the member; a new token (``reset``) turns the old one off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=_calendar_token, editable=False)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("calendar address")
        verbose_name_plural = _("calendar addresses")

    def __str__(self) -> str:
        return str(self.user)

    def get_absolute_url(self) -> str:
        return reverse("workspaces:calendar-ics", kwargs={"token": self.token})
