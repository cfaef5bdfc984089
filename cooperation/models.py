"""Technical cooperation: assistance actions and their results frameworks.

An ``Action`` is one piece of assistance to a partner institution in a
country (a SOCIEUX+ action, a project component of the ILO Flagship
Programme...), funded under a ``Programme``. Its results framework is a list
of ``Result`` rows (outcomes, and outputs under them), each measured by
``ResultIndicator`` rows (baseline, target, actual, status) with dated
``Milestone`` rows: the progress report compares planned against actual.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from core.models import TranslatedTerm
from core.translated import translated


class AssistanceType(TranslatedTerm):
    class Meta(TranslatedTerm.Meta):
        verbose_name = _("type of assistance")
        verbose_name_plural = _("types of assistance")


class Programme(models.Model):
    """A programme or funder under which actions run (SOCIEUX+, the ILO Global
    Flagship Programme...)."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name (English)"), max_length=250)
    name_fr = models.CharField(_("name (French)"), max_length=250, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=250, blank=True)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    code = models.CharField(_("project code"), max_length=60, blank=True)
    funders = models.CharField(_("funded by"), max_length=250, blank=True)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    description = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    description_es = models.TextField(_("description (Spanish)"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        name = translated(self, "name").value
        return f"{name} ({self.acronym})" if self.acronym else name

    def get_absolute_url(self) -> str:
        return reverse("cooperation:programme", kwargs={"slug": self.slug})


class PartnerInstitution(models.Model):
    name = models.CharField(_("name (English)"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    name_local = models.CharField(_("name in its own language"), max_length=250, blank=True)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner institution")
        verbose_name_plural = _("partner institutions")

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class ActionQuerySet(models.QuerySet):
    def for_country(self, code: str):
        return self.filter(country=code.upper())


class Action(ClusterableModel):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title (English)"), max_length=250)
    title_fr = models.CharField(_("title (French)"), max_length=250, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=250, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    country = CountryField(_("country"), db_index=True)
    partner = models.ForeignKey(
        PartnerInstitution,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name=_("partner institution"),
        null=True,
        blank=True,
    )
    assistance_types = models.ManyToManyField(
        AssistanceType, related_name="actions", verbose_name=_("type of assistance"), blank=True
    )
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name=_("programme"),
        null=True,
        blank=True,
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    expert_countries = CountryField(_("experts' countries"), multiple=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ONGOING
    )
    summary = models.TextField(_("summary (English)"))
    summary_fr = models.TextField(_("summary (French)"), blank=True)
    summary_es = models.TextField(_("summary (Spanish)"), blank=True)
    outputs = models.TextField(_("outputs (English)"), blank=True)
    outputs_fr = models.TextField(_("outputs (French)"), blank=True)
    outputs_es = models.TextField(_("outputs (Spanish)"), blank=True)
    documents = models.ManyToManyField(
        "library.Item", related_name="cooperation_actions", verbose_name=_("documents"), blank=True
    )
    created = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ActionQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("title_fr"), FieldPanel("title_es")]),
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("partner"),
                FieldPanel("programme"),
                FieldPanel("assistance_types"),
                FieldPanel("expert_countries"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
            ],
            heading=_("Action"),
        ),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("summary_fr"), FieldPanel("summary_es")]),
        FieldPanel("outputs"),
        FieldRowPanel([FieldPanel("outputs_fr"), FieldPanel("outputs_es")]),
        FieldPanel("documents"),
        InlinePanel(
            "results", heading=_("Results framework: outcomes and outputs"), label=_("result")
        ),
    ]

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("technical cooperation action")
        verbose_name_plural = _("technical cooperation actions")

    def __str__(self) -> str:
        return translated(self, "title").value

    def get_absolute_url(self) -> str:
        return reverse("cooperation:action", kwargs={"slug": self.slug})

    @property
    def country_name(self) -> str:
        return str(countries.name(self.country.code))


class Result(Orderable):
    """An outcome, or an output contributing to an outcome."""

    class Kind(models.TextChoices):
        OUTCOME = "outcome", _("Outcome")
        OUTPUT = "output", _("Output")

    action = ParentalKey(Action, on_delete=models.CASCADE, related_name="results")
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.OUTCOME)
    code = models.CharField(
        _("number"), max_length=12, help_text=_("e.g. 1 for an outcome, 1.2 for an output")
    )
    statement = models.TextField(_("statement (English)"))
    statement_fr = models.TextField(_("statement (French)"), blank=True)
    statement_es = models.TextField(_("statement (Spanish)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("code")]),
        FieldPanel("statement"),
        FieldRowPanel([FieldPanel("statement_fr"), FieldPanel("statement_es")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def __str__(self) -> str:
        return f"{self.action} · {self.get_kind_display()} {self.code}"

    @property
    def statement_text(self) -> str:
        return translated(self, "statement").value


class ResultIndicator(ClusterableModel):
    class Status(models.TextChoices):
        NOT_STARTED = "not-started", _("Not started")
        ON_TRACK = "on-track", _("On track")
        AT_RISK = "at-risk", _("At risk")
        OFF_TRACK = "off-track", _("Off track")
        ACHIEVED = "achieved", _("Achieved")

    result = models.ForeignKey(
        Result, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("result")
    )
    name = models.TextField(_("indicator (English)"))
    name_fr = models.TextField(_("indicator (French)"), blank=True)
    name_es = models.TextField(_("indicator (Spanish)"), blank=True)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    baseline = models.DecimalField(_("baseline"), max_digits=14, decimal_places=2)
    baseline_date = models.DateField(_("baseline date"), null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=14, decimal_places=2)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    actual = models.DecimalField(
        _("actual (latest)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual_date = models.DateField(_("actual measured on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NOT_STARTED
    )
    comment = models.TextField(_("comment"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("result"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_es")]),
        FieldPanel("unit"),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("baseline_date")]),
        FieldRowPanel([FieldPanel("target"), FieldPanel("target_date")]),
        FieldRowPanel([FieldPanel("actual"), FieldPanel("actual_date")]),
        FieldPanel("status"),
        FieldPanel("comment"),
        InlinePanel("milestones", heading=_("Milestones"), label=_("milestone")),
    ]

    class Meta:
        ordering = ["result__sort_order", "sort_order", "pk"]
        verbose_name = _("results indicator")
        verbose_name_plural = _("results indicators")

    def __str__(self) -> str:
        return translated(self, "name").value


class Milestone(Orderable):
    indicator = ParentalKey(ResultIndicator, on_delete=models.CASCADE, related_name="milestones")
    due_date = models.DateField(_("due"))
    planned = models.DecimalField(_("planned"), max_digits=14, decimal_places=2)
    actual = models.DecimalField(
        _("actual"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("planned"), FieldPanel("actual")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["due_date", "sort_order"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self) -> str:
        return f"{self.due_date}: {self.planned}"

    @property
    def met(self) -> bool | None:
        """Whether the actual reached what was planned (None while unknown)."""
        return None if self.actual is None else self.actual >= self.planned
