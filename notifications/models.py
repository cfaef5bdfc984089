"""What members follow, what they are told, and the e-mails the portal owes them.

- ``Subscription``: a member follows something (a workspace, a country, a topic, a
  tag, a library collection, an expert…, see ``registry``) and picks how they hear
  of it: every item by e-mail, a daily or a weekly digest, or the portal only.
- ``Update``: something new that followers should hear of (a blog post, a library
  item, a country profile updated…), filed under the thing it belongs to (its
  ``source``: the workspace, the country…).
- ``Notification``: one update for one member, shown in their notification centre;
  remembers how it is delivered and which digest carried it, so that a digest never
  repeats an item.
- ``OutboxMessage``: one e-mail the portal owes, written in the same transaction as
  what causes it, sent after commit by Celery, swept up by Celery beat if it waits
  (Redis or the worker down), retried with backoff, claimed so that it goes once.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Delivery(models.TextChoices):
    INSTANT = "instant", _("Every new item by e-mail")
    DAILY = "daily", _("A daily digest by e-mail")
    WEEKLY = "weekly", _("A weekly digest by e-mail")
    PORTAL = "portal", _("In the portal only")


# From the most to the least immediate: when two subscriptions bring the same update,
# the member hears of it the most immediate way.
DELIVERY_RANK = {Delivery.INSTANT: 0, Delivery.DAILY: 1, Delivery.WEEKLY: 2, Delivery.PORTAL: 3}
DIGESTS = (Delivery.DAILY, Delivery.WEEKLY)


class SubscriptionQuerySet(models.QuerySet):
    def to(self, obj) -> "SubscriptionQuerySet":
        """The subscriptions to ``obj``."""
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=obj.pk,
        )


class Subscription(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    delivery = models.CharField(
        _("how you hear of it"), max_length=8, choices=Delivery.choices, default=Delivery.INSTANT
    )
    created = models.DateTimeField(default=timezone.now)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["content_type", "object_id"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id"], name="one_subscription_per_thing"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.user} → {self.content_type.model} {self.object_id} ({self.delivery})"


class Preferences(models.Model):
    """A member's choices that are not about one followed thing (created when first
    changed; ``for_user`` gives the defaults otherwise)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    direct = models.CharField(
        _("mentions of you and replies to what you wrote"),
        max_length=8,
        choices=Delivery.choices,
        default=Delivery.INSTANT,
    )

    class Meta:
        verbose_name = _("notification preferences")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return str(self.user)

    @classmethod
    def for_user(cls, user) -> "Preferences":
        found = cls.objects.filter(user=user).first()
        return found or cls(user=user)


class Update(models.Model):
    """Something new that followers hear of.

    ``verb`` says what happened (``registry.VERBS`` gives its sentence in each
    language); ``title`` and ``excerpt`` are what the e-mail and the notification
    centre show of it, as they were when it happened; ``target`` is what it is about
    (its page is the link) and ``source`` what it belongs to: what the followers
    follow, and the heading it is grouped under in a digest.
    """

    verb = models.CharField(max_length=32)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    title = models.CharField(max_length=300)
    excerpt = models.TextField(blank=True)
    # When it takes place (an event), shown with the update.
    when = models.DateTimeField(null=True, blank=True)
    target_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    # A fragment added to the target's address ("#reply-12").
    anchor = models.CharField(max_length=40, blank=True)
    source_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    created = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("update")
        verbose_name_plural = _("updates")
        indexes = [models.Index(fields=["source_type", "source_id", "-created"])]

    def __str__(self) -> str:
        return f"{self.verb}: {self.title}"


class Reason(models.TextChoices):
    FOLLOWING = "following", _("you follow it")
    MENTIONED = "mentioned", _("you were mentioned")
    ADDRESSED = "addressed", _("it answers something you wrote")
    PARTICIPANT = "participant", _("you took part in the discussion")


class NotificationQuerySet(models.QuerySet):
    def unread(self) -> "NotificationQuerySet":
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    update = models.ForeignKey(Update, on_delete=models.CASCADE, related_name="notifications")
    reason = models.CharField(max_length=12, choices=Reason.choices, default=Reason.FOLLOWING)
    # What the member followed that brought it (for "following"): a digest groups by it.
    via_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    via_id = models.PositiveBigIntegerField(null=True, blank=True)
    via = GenericForeignKey("via_type", "via_id")
    delivery = models.CharField(max_length=8, choices=Delivery.choices)
    # The digest that carried it (daily or weekly delivery): never carried twice.
    digest = models.ForeignKey(
        "OutboxMessage", on_delete=models.SET_NULL, null=True, blank=True, related_name="items"
    )
    read_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(default=timezone.now)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(fields=["recipient", "update"], name="one_notification_each")
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["delivery", "digest", "created"]),
        ]

    def __str__(self) -> str:
        return f"{self.recipient} · {self.update}"


class OutboxMessage(models.Model):
    """One e-mail the portal owes one person.

    Its content is rendered when it is sent, in the recipient's language then, from
    what it refers to (``notification``, the notifications of a digest, or
    ``subject_object`` for other kinds), checking again that the person may still
    read it: what they may no longer see is never sent (the message is cancelled).
    """

    class State(models.TextChoices):
        PENDING = "pending", _("waiting")
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        CANCELLED = "cancelled", _("cancelled")

    class Kind(models.TextChoices):
        UPDATE = "update", _("an update")
        DIGEST_DAILY = "daily", _("a daily digest")
        DIGEST_WEEKLY = "weekly", _("a weekly digest")

    kind = models.CharField(_("kind"), max_length=16)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="outbox_messages",
        verbose_name=_("recipient"),
    )
    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, null=True, blank=True, related_name="messages"
    )
    object_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject_object = GenericForeignKey("object_type", "object_id")
    # Makes a message unique where it must be (one daily digest per person and day).
    key = models.CharField(max_length=120, unique=True, null=True, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now)
    next_attempt = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # As sent, for the admins.
    to_address = models.EmailField(_("sent to"), blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [models.Index(fields=["state", "next_attempt"])]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id} ({self.state})"

    @property
    def message_id(self) -> str:
        """The e-mail's Message-ID, the same at every attempt: a mail client that
        somehow got it twice shows it once."""
        domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip(">") or "gess.localhost"
        return f"<outbox-{self.pk}.{self.created:%Y%m%d%H%M%S}@{domain}>"
