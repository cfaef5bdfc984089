from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from .managers import UserManager


def avatar_path(instance: "User", filename: str) -> str:
    # The name is ours, never the uploader's: avatars are re-encoded to WebP.
    return f"avatars/{instance.pk or 'new'}/{instance.avatar_token}.webp"


class InterestTag(TaggedItemBase):
    """Through model for members' interests, so the directory can count them."""

    content_object = models.ForeignKey(
        "User", on_delete=models.CASCADE, related_name="interest_items"
    )

    class Meta:
        verbose_name = _("interest")
        verbose_name_plural = _("interests")


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("display name"), max_length=120, help_text=_("How other members see you.")
    )
    country = CountryField(_("country"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    bio = models.TextField(_("short bio"), max_length=2000, blank=True)
    languages = models.ManyToManyField(
        "core.Language", verbose_name=_("languages spoken"), blank=True, related_name="speakers"
    )
    interests = TaggableManager(
        verbose_name=_("interests"),
        through=InterestTag,
        blank=True,
        help_text=_("Separate interests with commas, for example: health insurance, pensions."),
    )
    avatar = models.ImageField(_("avatar"), upload_to=avatar_path, blank=True)
    avatar_token = models.CharField(max_length=32, blank=True, editable=False)
    show_in_directory = models.BooleanField(
        _("list me in the people directory"),
        default=True,
        help_text=_("Only signed-in members can see the directory."),
    )
    accept_messages = models.BooleanField(
        _("let members contact me"),
        default=True,
        help_text=_("Messages are relayed by e-mail; your address is never shown."),
    )
    language = models.CharField(
        _("interface language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails from the portal are written in this language."),
    )
    last_seen = models.DateTimeField(_("last seen"), null=True, blank=True, db_index=True)
    # Unread notifications, kept on the account so that the header shows the number
    # without a query: raised by ``notifications.publish`` for every recipient in one
    # UPDATE, counted again when the member opens or marks their notifications.
    unread_notifications = models.PositiveIntegerField(default=0, editable=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        ordering = ["display_name", "email"]
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self) -> str:
        return self.display_name or self.email

    def get_absolute_url(self) -> str:
        return reverse("accounts:member", kwargs={"pk": self.pk})

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name

    @property
    def avatar_url(self) -> str:
        if not self.avatar:
            return ""
        return reverse("accounts:avatar", kwargs={"pk": self.pk, "token": self.avatar_token})

    @property
    def interest_list(self) -> list:
        """Interests in alphabetical order, whatever their case; uses a prefetch if there is one."""
        return sorted(self.interests.all(), key=lambda tag: (tag.name.casefold(), tag.pk))

    @property
    def initials(self) -> str:
        parts = [p for p in (self.display_name or self.email).split() if p[:1].isalnum()]
        return "".join(p[0] for p in parts[:2]).upper() or "?"


class ContactMessage(models.Model):
    """A message relayed from one member to another by e-mail.

    Stored so that sending can be rate-limited per sender and audited; the
    recipient's address never reaches the sender.
    """

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sent_contact_messages"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="received_contact_messages",
    )

    class Via(models.TextChoices):
        DIRECTORY = "directory", _("People directory")
        EXPERT = "expert", _("Expert database")
        SCHEME = "scheme", _("Scheme database")

    via = models.CharField(
        _("sent through"), max_length=12, choices=Via.choices, default=Via.DIRECTORY
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self) -> str:
        return f"{self.sender} → {self.recipient}: {self.subject}"
