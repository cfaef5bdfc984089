"""The micro-insurance scheme database and its permanent inventory (GIMI's schemes).

A ``Scheme`` is a health mutual, cooperative, community-based scheme… in one
country: who runs and supports it, what it covers (``Risk``, a taxonomy editors
maintain), what members pay. Each year the scheme's managers report its figures
in a ``SchemeYear`` (members, beneficiaries, contributions collected, claims
paid, what changed): the permanent inventory the health mutuals of West and
Central Africa kept, of which the statistics page is the sum.

Nothing a member writes is public before an editor has read it: a new scheme,
a change to one, or a year's figures is a ``SchemeChange`` waiting for review;
approving it applies it (``services.approve``). Editors' own changes are
recorded the same way, approved at once, so the approved changes of a scheme
are its full history.

Each year editors may open an ``InventoryCampaign``: every manager receives an
e-mail (``InventoryInvitation``, sent at most once) with a link to update each
of their schemes from a form pre-filled with the previous year.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import TranslatedTerm

FIRST_YEAR = 1900


class Risk(TranslatedTerm):
    """A risk or service a scheme covers (primary care, hospitalisation, funeral…)."""

    class Meta(TranslatedTerm.Meta):
        verbose_name = _("risk or service covered")
        verbose_name_plural = _("risks and services covered")


class Network(models.Model):
    """A network, union or federation schemes belong to (UTM, AMIN, ACYM…)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("network or federation")
        verbose_name_plural = _("networks and federations")

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class SchemeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Scheme.Status.PUBLISHED)

    def visible_to(self, user):
        """Published schemes for everyone; editors also see those waiting or refused,
        and a manager sees their own whatever their state."""
        from .rules import is_scheme_editor

        if is_scheme_editor(user):
            return self.all()
        if user.is_authenticated:
            return self.filter(
                models.Q(status=Scheme.Status.PUBLISHED) | models.Q(managers=user)
            ).distinct()
        return self.published()

    def managed_by(self, user):
        return self.filter(managers=user) if user.is_authenticated else self.none()


class Scheme(models.Model):
    class Type(models.TextChoices):
        HEALTH_MUTUAL = "mutual", _("Health mutual (mutuelle)")
        COOPERATIVE = "cooperative", _("Cooperative")
        COMMUNITY = "community", _("Community-based scheme")
        MICROFINANCE = "microfinance", _("Microfinance-linked scheme")
        PARTNER_AGENT = "partner-agent", _("Insurer partner-agent")
        NGO = "ngo", _("NGO scheme")
        PUBLIC = "public", _("Public scheme")

    class LegalStatus(models.TextChoices):
        MUTUAL = "mutual", _("Registered mutual")
        ASSOCIATION = "association", _("Association")
        COOPERATIVE = "cooperative", _("Cooperative society")
        COMPANY = "company", _("Insurance company")
        NGO = "ngo", _("Non-governmental organisation")
        PUBLIC = "public", _("Public body")
        INFORMAL = "informal", _("Not registered")
        OTHER = "other", _("Other")

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", _("per month")
        QUARTERLY = "quarterly", _("per quarter")
        HALF_YEARLY = "half-yearly", _("per half-year")
        YEARLY = "yearly", _("per year")
        SEASONAL = "seasonal", _("per harvest season")

    class Basis(models.TextChoices):
        PERSON = "person", _("per person")
        FAMILY = "family", _("per family")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Not accepted")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = CountryField(_("country"), db_index=True)
    locality = models.CharField(
        _("locality"), max_length=150, blank=True, help_text=_("Town, district or region.")
    )
    scheme_type = models.CharField(_("type"), max_length=16, choices=Type.choices, db_index=True)
    legal_status = models.CharField(
        _("legal status"), max_length=12, choices=LegalStatus.choices, blank=True
    )
    year_started = models.PositiveSmallIntegerField(
        _("year started"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR)],
    )
    promoter = models.CharField(
        _("promoter"),
        max_length=300,
        blank=True,
        help_text=_("The organisation that set the scheme up."),
    )
    support_organisations = models.TextField(
        _("support organisations"),
        blank=True,
        help_text=_("Organisations that give technical or financial support, one per line."),
    )
    networks = models.ManyToManyField(
        Network,
        blank=True,
        related_name="schemes",
        verbose_name=_("networks and federations"),
    )
    target_population = models.TextField(_("target population"), blank=True)
    risks = models.ManyToManyField(
        Risk, related_name="schemes", verbose_name=_("risks and services covered")
    )
    contribution_amount = models.DecimalField(
        _("contribution"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    contribution_currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO 4217 code, e.g. XOF, RWF, INR.")
    )
    contribution_frequency = models.CharField(
        _("paid"), max_length=12, choices=Frequency.choices, blank=True
    )
    contribution_basis = models.CharField(
        _("for"), max_length=8, choices=Basis.choices, default=Basis.PERSON
    )
    benefits_package = models.TextField(_("benefits package"), blank=True)
    provider_contracts = models.TextField(
        _("contracts with health providers"),
        blank=True,
        help_text=_("Which providers, on what terms (tariffs, third-party payment…)."),
    )
    website = models.URLField(_("website"), blank=True)
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="scheme_contacts",
        verbose_name=_("contact person"),
        help_text=_(
            "A member who answers questions about the scheme. Messages are relayed; "
            "the address is never shown."
        ),
    )
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="managed_schemes",
        verbose_name=_("managers"),
        help_text=_("Members who update the scheme and its yearly figures."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    is_demo = models.BooleanField(
        _("demo data"), default=False, help_text=_("Invented for the demonstration.")
    )
    created = models.DateTimeField(_("added"), default=timezone.now, editable=False)
    updated = models.DateTimeField(_("last updated"), default=timezone.now)
    published = models.DateTimeField(_("first published"), null=True, blank=True)
    # The latest reported year, copied from ``SchemeYear`` by ``services.refresh_latest``
    # so that lists filter and sort on size without a join per row.
    latest_year = models.PositiveSmallIntegerField(_("latest figures"), null=True, blank=True)
    latest_members = models.PositiveIntegerField(_("members"), null=True, blank=True)
    latest_beneficiaries = models.PositiveIntegerField(_("beneficiaries"), null=True, blank=True)

    objects = SchemeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("scheme")
        verbose_name_plural = _("schemes")
        indexes = [
            models.Index(fields=["status", "country"]),
            models.Index(fields=["status", "scheme_type"]),
            models.Index(fields=["status", "-latest_members"]),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self) -> str:
        return reverse("schemes:detail", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class SchemeYear(models.Model):
    """One year of the permanent inventory: a scheme's figures for that year."""

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="years")
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(9999)]
    )
    members = models.PositiveIntegerField(
        _("members"), help_text=_("People who pay a contribution (adherents).")
    )
    beneficiaries = models.PositiveIntegerField(
        _("beneficiaries"), help_text=_("Members and the dependants they cover.")
    )
    contributions_collected = models.DecimalField(
        _("contributions collected"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    claims_paid = models.DecimalField(
        _("claims paid"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    changes = models.TextField(
        _("what changed this year"),
        blank=True,
        help_text=_("New services, new contribution, new partners, difficulties…"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reported by"),
    )
    updated = models.DateTimeField(_("reported"), default=timezone.now)

    class Meta:
        ordering = ["scheme", "-year"]
        verbose_name = _("yearly figures")
        verbose_name_plural = _("yearly figures")
        constraints = [
            models.UniqueConstraint(fields=["scheme", "year"], name="one_record_per_scheme_year")
        ]
        indexes = [models.Index(fields=["year"])]

    def __str__(self) -> str:
        return f"{self.scheme} · {self.year}"


class SchemeChange(models.Model):
    """A new scheme, a change to one, or a year's figures, as proposed by someone.

    ``data`` holds the proposed values as JSON (see ``services.serialise``);
    ``previous`` the values they replaced, filled in when the change is applied,
    so that the history can show what changed from what.
    """

    class Kind(models.TextChoices):
        CREATE = "create", _("New scheme")
        EDIT = "edit", _("Change to the description")
        YEAR = "year", _("Yearly figures")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Not accepted")

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    data = models.JSONField(_("proposed values"), default=dict)
    previous = models.JSONField(_("previous values"), default=dict, blank=True)
    note = models.TextField(_("note to the editors"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="scheme_changes",
        verbose_name=_("proposed by"),
    )
    submitted = models.DateTimeField(_("proposed"), default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["-submitted"]
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        indexes = [models.Index(fields=["scheme", "status", "-reviewed"])]

    def __str__(self) -> str:
        return f"{self.scheme} · {self.get_kind_display()} · {self.get_status_display()}"


class InventoryCampaign(models.Model):
    """A year's call to every scheme manager to report their figures."""

    year = models.PositiveSmallIntegerField(
        _("year to report"), unique=True, validators=[MinValueValidator(FIRST_YEAR)]
    )
    deadline = models.DateField(_("answer by"), null=True, blank=True)
    message = models.TextField(
        _("message to managers"), blank=True, help_text=_("Added to the e-mail, optional.")
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("opened by"),
    )
    opened = models.DateTimeField(_("opened"), default=timezone.now)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("inventory campaign")
        verbose_name_plural = _("inventory campaigns")

    def __str__(self) -> str:
        return str(self.year)


class InventoryInvitation(models.Model):
    """The campaign e-mail owed to one manager (one e-mail for all their schemes)."""

    campaign = models.ForeignKey(
        InventoryCampaign, on_delete=models.CASCADE, related_name="invitations"
    )
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    sent = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["campaign", "manager"]
        verbose_name = _("inventory invitation")
        verbose_name_plural = _("inventory invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "manager"], name="one_invitation_per_manager"
            )
        ]

    def __str__(self) -> str:
        return f"{self.campaign} · {self.manager}"
