"""Newsletters: members' community news, the newsletter (G-NEWS) and the weekly
platform news (MINI-NEWS).

- ``CommunityNews``: a member submits an item (title, text, country, link, image);
  an editor publishes or rejects it. Only published items are listed, fed, shown,
  picked for a newsletter, and only their images are served.
- ``NewsletterIssue`` and its ``IssueEntry`` rows: an editor composes an issue from
  published community news, library items, events and editorial picks, previews it
  and sends it. Sending writes one ``notifications.OutboxMessage`` (kind
  ``newsletter``) per reader in one statement; each e-mail is rendered when it
  leaves, in the reader's language, with what they may read. Sent issues are
  archived as web pages.
- ``PlatformNews``: one row per week; its e-mail (kind ``platform-news``) lists what
  was new on the portal that week, as each reader may see it.
- ``Reader``: what a member receives (the newsletter, the platform news).
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.translated import translated_text

TEXT_MAX_LENGTH = 4000


class Reader(models.Model):
    """What one member chose to receive by e-mail (no row: nothing)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="newsletter_reader"
    )
    newsletter = models.BooleanField(_("the newsletter"), default=False)
    platform_news = models.BooleanField(_("the weekly platform news"), default=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("newsletter reader")
        verbose_name_plural = _("newsletter readers")

    def __str__(self) -> str:
        return str(self.user)

    @classmethod
    def for_user(cls, user) -> "Reader":
        """The member's choices (unsaved defaults when they never chose)."""
        found = cls.objects.filter(user=user).first()
        return found or cls(user=user)


class CommunityNewsQuerySet(models.QuerySet):
    def published(self) -> "CommunityNewsQuerySet":
        return self.filter(status=CommunityNews.Status.PUBLISHED)


def community_image_path(instance, filename: str) -> str:
    # The name the portal gives it; the member's file name is not kept.
    return f"community-news/{timezone.now():%Y/%m}/{filename}"


class CommunityNews(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), max_length=TEXT_MAX_LENGTH)
    country = CountryField(_("country"), blank=True)
    link = models.URLField(_("link"), max_length=500, blank=True)
    # Checked by content and re-encoded (``core.images``); served by a view that
    # answers only for published items.
    image = models.ImageField(_("image"), upload_to=community_image_path, blank=True)
    image_alt = models.CharField(_("image description"), max_length=200, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default="en"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="community_news",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    submitted = models.DateTimeField(_("submitted"), default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.CharField(_("note to the author"), max_length=500, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)

    objects = CommunityNewsQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-submitted", "-pk"]
        verbose_name = _("community news item")
        verbose_name_plural = _("community news")
        permissions = [("review_communitynews", _("Can publish or reject community news"))]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("newsletters:community-detail", kwargs={"pk": self.pk})


class IssueQuerySet(models.QuerySet):
    def sent(self) -> "IssueQuerySet":
        return self.filter(status=NewsletterIssue.Status.SENT)


class NewsletterIssue(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENT = "sent", _("Sent")

    number = models.PositiveIntegerField(_("number"), unique=True)
    title = models.CharField(_("title (English)"), max_length=200)
    title_fr = models.CharField(_("title (French)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=200, blank=True)
    # The editor's word, plain text with blank lines between paragraphs.
    introduction = models.TextField(
        _("introduction (English)"), max_length=TEXT_MAX_LENGTH, blank=True
    )
    introduction_fr = models.TextField(
        _("introduction (French)"), max_length=TEXT_MAX_LENGTH, blank=True
    )
    introduction_es = models.TextField(
        _("introduction (Spanish)"), max_length=TEXT_MAX_LENGTH, blank=True
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    created = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # How many readers it was sent to.
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    objects = IssueQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        permissions = [("send_newsletterissue", _("Can send a newsletter issue"))]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("newsletters:issue", kwargs={"number": self.number})

    @property
    def display_title(self) -> str:
        return translated_text(self, "title")

    @property
    def display_introduction(self) -> str:
        return translated_text(self, "introduction")

    @property
    def is_sent(self) -> bool:
        return self.status == self.Status.SENT


class IssueEntry(models.Model):
    """One thing in an issue: a community news item, a library item, an event, or an
    editorial pick (a title, a link and a few words of the editor's)."""

    class Section(models.TextChoices):
        PICK = "pick", _("Editor's picks")
        COMMUNITY = "community", _("Community news")
        LIBRARY = "library", _("New in the library")
        EVENT = "event", _("Events")

    issue = models.ForeignKey(NewsletterIssue, on_delete=models.CASCADE, related_name="entries")
    section = models.CharField(_("section"), max_length=10, choices=Section.choices)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    community_news = models.ForeignKey(
        CommunityNews, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    library_item = models.ForeignKey(
        "library.Item", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # An editorial page of kind "event" (``editorial.NewsPage``).
    event = models.ForeignKey(
        "editorial.NewsPage", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # For a pick: what the editor wrote (a pick has a title and a link).
    title = models.CharField(_("title"), max_length=200, blank=True)
    link = models.URLField(_("link"), max_length=500, blank=True)
    # A few words of the editor's, for any entry.
    note = models.TextField(_("editor's note"), max_length=1000, blank=True)

    class Meta:
        ordering = ["issue", "section", "position", "pk"]
        verbose_name = _("newsletter entry")
        verbose_name_plural = _("newsletter entries")

    def __str__(self) -> str:
        return f"{self.issue} · {self.get_section_display()}"


class PlatformNews(models.Model):
    """The weekly platform news of the week starting on ``week`` (a Monday, UTC)."""

    week = models.DateField(_("week of"), unique=True)
    created = models.DateTimeField(default=timezone.now)
    # How many e-mails were owed when it was composed.
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-week"]
        verbose_name = _("platform news")
        verbose_name_plural = _("platform news")

    def __str__(self) -> str:
        return f"{self.week:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("newsletters:platform-week", kwargs={"week": self.week.isoformat()})
