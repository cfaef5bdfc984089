"""The expert CV database (GIMI's experts, grown up).

An ``ExpertProfile`` belongs to one member: what they know (``ExpertiseArea``,
a taxonomy editors maintain), where they have worked (``ExpertCountry``), the
languages they work in and how well (``ExpertLanguage``), and a CV file whose
text a Celery task extracts so that search finds words inside it. The expert
chooses who sees the profile: everyone, signed-in members, or nobody but
themselves and editors. Their e-mail address is never shown; "Contact this
expert" relays a message.

An ``AssistanceNeed`` describes a technical-assistance request (country,
areas, languages, period); ``matching.py`` ranks the experts who fit it with
the reasons, and editors keep a ``ShortlistEntry`` per need.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import TranslatedTerm


class ExpertiseArea(TranslatedTerm):
    class Meta(TranslatedTerm.Meta):
        verbose_name = _("area of expertise")
        verbose_name_plural = _("areas of expertise")


def cv_path(instance, filename: str) -> str:
    """A random folder per upload; the stored name is the portal's, never the uploader's."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"experts/cv/{uuid.uuid4().hex}/cv.{extension}"


class ExpertProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Profiles ``user`` may see: public ones; members-only ones for signed-in
        members; hidden ones only for their owner and editors."""
        from .rules import sees_every_profile

        if sees_every_profile(user):
            return self.filter(user__is_active=True)
        visibility = [ExpertProfile.Visibility.PUBLIC]
        if user.is_authenticated:
            visibility.append(ExpertProfile.Visibility.MEMBERS)
        condition = models.Q(visibility__in=visibility, user__is_active=True)
        if user.is_authenticated:
            condition |= models.Q(user=user)
        return self.filter(condition)

    def for_hits(self):
        """What a short result (name, link, headline, areas) shows, in two queries;
        the CV's text, possibly long, is left in the database."""
        return self.select_related("user").defer("cv_text").prefetch_related("areas")


class ExpertProfile(models.Model):
    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Signed-in members only")
        HIDDEN = "hidden", _("Hidden (only me and the editors)")

    class Availability(models.TextChoices):
        AVAILABLE = "available", _("Available")
        PARTLY = "partly", _("Partly available")
        UNAVAILABLE = "unavailable", _("Not available")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="expert_profile",
        verbose_name=_("member"),
    )
    headline = models.CharField(
        _("headline"),
        max_length=200,
        help_text=_("One line, e.g. “Health insurance actuary, 15 years in West Africa”."),
    )
    areas = models.ManyToManyField(
        ExpertiseArea, related_name="experts", verbose_name=_("areas of expertise")
    )
    years_of_experience = models.PositiveSmallIntegerField(_("years of experience"), default=0)
    employer = models.CharField(_("employer"), max_length=200, blank=True)
    education = models.TextField(_("education"), blank=True)
    publications = models.TextField(_("publications"), blank=True)
    summary = models.TextField(_("professional summary"), blank=True)
    availability = models.CharField(
        _("availability"),
        max_length=12,
        choices=Availability.choices,
        default=Availability.AVAILABLE,
    )
    available_from = models.DateField(_("available from"), null=True, blank=True)
    visibility = models.CharField(
        _("who sees this profile"),
        max_length=8,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    cv_file = models.FileField(_("CV"), upload_to=cv_path, blank=True, max_length=300)
    cv_file_type = models.CharField(_("CV file type"), max_length=8, blank=True)
    cv_original_name = models.CharField(_("CV file name"), max_length=150, blank=True)
    cv_size = models.PositiveIntegerField(_("CV size in bytes"), default=0)
    cv_text = models.TextField(_("CV text"), blank=True, editable=False)
    cv_uploaded = models.DateTimeField(_("CV uploaded"), null=True, blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated = models.DateTimeField(_("last updated"), default=timezone.now)
    reminded = models.DateTimeField(_("last reminded to update"), null=True, blank=True)

    objects = ExpertProfileQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]
        verbose_name = _("expert profile")
        verbose_name_plural = _("expert profiles")
        indexes = [models.Index(fields=["visibility", "-updated"])]

    def __str__(self) -> str:
        return f"{self.user.display_name}: {self.headline}"

    def get_absolute_url(self) -> str:
        return reverse("experts:detail", kwargs={"pk": self.pk})


class ExpertCountry(models.Model):
    """A country where the expert has worked (a row each, so it can be filtered)."""

    profile = models.ForeignKey(ExpertProfile, on_delete=models.CASCADE, related_name="countries")
    country = CountryField(_("country"), db_index=True)

    class Meta:
        ordering = ["country"]
        verbose_name = _("country of experience")
        verbose_name_plural = _("countries of experience")
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "country"], name="one_row_per_expert_country"
            )
        ]

    def __str__(self) -> str:
        return str(self.country.name)


class ExpertLanguage(models.Model):
    class Level(models.IntegerChoices):
        BASIC = 1, _("Basic")
        WORKING = 2, _("Working knowledge")
        FLUENT = 3, _("Fluent")
        NATIVE = 4, _("Mother tongue")

    profile = models.ForeignKey(ExpertProfile, on_delete=models.CASCADE, related_name="languages")
    language = models.ForeignKey(
        "core.Language", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)

    class Meta:
        ordering = ["-level", "language"]
        verbose_name = _("working language")
        verbose_name_plural = _("working languages")
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "language"], name="one_level_per_expert_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language} ({self.get_level_display()})"


class AssistanceNeed(models.Model):
    """A technical-assistance need experts are matched against."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    country = CountryField(_("country"))
    areas = models.ManyToManyField(
        ExpertiseArea, related_name="needs", verbose_name=_("areas of expertise")
    )
    languages = models.ManyToManyField(
        "core.Language", related_name="+", verbose_name=_("working languages"), blank=True
    )
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("to"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="assistance_needs",
        verbose_name=_("described by"),
    )
    created = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("technical-assistance need")
        verbose_name_plural = _("technical-assistance needs")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("experts:need", kwargs={"pk": self.pk})


class ShortlistEntry(models.Model):
    need = models.ForeignKey(AssistanceNeed, on_delete=models.CASCADE, related_name="shortlist")
    expert = models.ForeignKey(ExpertProfile, on_delete=models.CASCADE, related_name="shortlists")
    note = models.CharField(_("note"), max_length=300, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        ordering = ["added"]
        verbose_name = _("shortlisted expert")
        verbose_name_plural = _("shortlisted experts")
        constraints = [
            models.UniqueConstraint(
                fields=["need", "expert"], name="one_shortlist_entry_per_expert"
            )
        ]

    def __str__(self) -> str:
        return f"{self.need} · {self.expert}"
