"""G-FORUM: discussion lists on technical and policy themes, moderated by experts.

A ``DiscussionList`` has moderators and subscribers (``Subscriber``, one row per
member and list, with their standing). Subscribers receive every approved message
by e-mail or in a digest: each subscriber also follows the list in the
notifications app, whose subscription holds the delivery they chose.

A ``Topic`` is a thread: its first ``Message`` and the replies. A message from a
subscriber still on probation (their first ``DiscussionList.probation`` messages)
waits in the moderation queue (``status`` pending) until a moderator approves or
rejects it; only approved messages are shown, archived, searched or e-mailed.
On an announcement list (Info-GIMI) only moderators post, and new members may be
subscribed on sign-up (``subscribe_new_members``).
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.translated import translated_text

# A message is a message, not a report: about 12 pages of text.
BODY_MAX_LENGTH = 40_000


class ListQuerySet(models.QuerySet):
    def active(self) -> "ListQuerySet":
        return self.filter(is_active=True)


class DiscussionList(models.Model):
    class Kind(models.TextChoices):
        DISCUSSION = "discussion", _("Discussion list")
        ANNOUNCEMENT = "announcement", _("Announcement list")

    slug = models.SlugField(_("address"), max_length=60, unique=True)
    name = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=120, blank=True)
    description = models.TextField(_("description (English)"), max_length=1000, blank=True)
    description_fr = models.TextField(_("description (French)"), max_length=1000, blank=True)
    description_es = models.TextField(_("description (Spanish)"), max_length=1000, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.DISCUSSION)
    # The language most messages are written in ("" when any of the three).
    language = models.CharField(
        _("main language"), max_length=2, choices=settings.LANGUAGES, blank=True
    )
    # How many of a subscriber's first messages a moderator approves before the
    # subscriber posts without moderation (0: no probation).
    probation = models.PositiveSmallIntegerField(
        _("messages moderated before a subscriber is trusted"), default=2
    )
    subscribe_new_members = models.BooleanField(
        _("subscribe every new member"),
        default=False,
        help_text=_("Every member who signs up is subscribed, and may leave."),
    )
    is_active = models.BooleanField(
        _("open"), default=True, help_text=_("A closed list keeps its archive; nobody posts.")
    )
    created = models.DateTimeField(_("created"), default=timezone.now)

    objects = ListQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("discussion list")
        verbose_name_plural = _("discussion lists")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:list", kwargs={"slug": self.slug})

    @property
    def display_name(self) -> str:
        return translated_text(self, "name")

    @property
    def display_description(self) -> str:
        return translated_text(self, "description")

    @property
    def is_announcement(self) -> bool:
        return self.kind == self.Kind.ANNOUNCEMENT


class Subscriber(models.Model):
    """A member on a list: their role and standing. The e-mail delivery they chose is
    their ``notifications.Subscription`` to the list."""

    class Role(models.TextChoices):
        SUBSCRIBER = "subscriber", _("Subscriber")
        MODERATOR = "moderator", _("Moderator")

    class Standing(models.TextChoices):
        PROBATION = "probation", _("New: messages are moderated")
        TRUSTED = "trusted", _("Trusted")
        BANNED = "banned", _("Banned")

    discussion_list = models.ForeignKey(
        DiscussionList, on_delete=models.CASCADE, related_name="subscribers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="list_subscriptions"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.SUBSCRIBER)
    standing = models.CharField(
        _("standing"), max_length=12, choices=Standing.choices, default=Standing.PROBATION
    )
    # Approved messages so far (probation ends when it reaches the list's probation).
    approved_messages = models.PositiveIntegerField(default=0)
    joined = models.DateTimeField(_("joined"), default=timezone.now)
    banned_at = models.DateTimeField(null=True, blank=True)
    banned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    ban_reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["discussion_list", "joined"]
        verbose_name = _("list subscriber")
        verbose_name_plural = _("list subscribers")
        constraints = [
            models.UniqueConstraint(
                fields=["discussion_list", "user"], name="one_subscriber_row_per_list"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.discussion_list}"

    @property
    def is_moderator(self) -> bool:
        return self.role == self.Role.MODERATOR

    @property
    def is_banned(self) -> bool:
        return self.standing == self.Standing.BANNED


class Topic(models.Model):
    """A thread: the subject, its first message and the replies."""

    discussion_list = models.ForeignKey(
        DiscussionList, on_delete=models.CASCADE, related_name="topics"
    )
    subject = models.CharField(_("subject"), max_length=200)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(_("started"), default=timezone.now)
    # When the latest approved message was approved (orders the archive); null while
    # the first message waits for moderation (the topic is then not shown).
    last_message_at = models.DateTimeField(_("last message"), null=True, blank=True)
    # Approved messages in the topic, the first one included.
    message_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-last_message_at", "-pk"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [models.Index(fields=["discussion_list", "last_message_at"])]

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("forum:topic", kwargs={"slug": self.discussion_list.slug, "pk": self.pk})


class MessageQuerySet(models.QuerySet):
    def approved(self) -> "MessageQuerySet":
        return self.filter(status=Message.Status.APPROVED)

    def pending(self) -> "MessageQuerySet":
        return self.filter(status=Message.Status.PENDING)


class Message(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Published")
        REJECTED = "rejected", _("Rejected")

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="messages")
    # True for the message that opened the topic.
    opens_topic = models.BooleanField(default=False)
    # The message it answers (None for the first message of a topic).
    reply_to = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="answers"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("message"), max_length=BODY_MAX_LENGTH)
    # ``body`` rendered and sanitised (``workspaces.bodies.render``) when saved.
    body_html = models.TextField(editable=False, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created = models.DateTimeField(_("written"), default=timezone.now)
    approved_at = models.DateTimeField(_("published"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    rejection_reason = models.CharField(_("reason"), max_length=500, blank=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("list message")
        verbose_name_plural = _("list messages")
        indexes = [models.Index(fields=["topic", "status", "created"])]

    def __str__(self) -> str:
        return f"{self.topic} · {self.author}"

    def get_absolute_url(self) -> str:
        return f"{self.topic.get_absolute_url()}#message-{self.pk}"
