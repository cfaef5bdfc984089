"""The library's taxonomies. They are data: editors edit them in the Wagtail
admin (snippets), ``load_demo`` seeds them with the old platforms' lists.

Each term has a name in English, French and Spanish; ``str()`` gives the one
of the active language, falling back to English.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class TermQuerySet(models.QuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)


class Term(models.Model):
    name = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=120, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TermQuerySet.as_manager()

    # Which URL segment browses this taxonomy: /library/<facet>/<slug>/
    facet = ""

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        language = (get_language() or "en")[:2]
        return getattr(self, f"name_{language}", "") or self.name

    def get_absolute_url(self) -> str:
        return reverse("library:browse", kwargs={"facet": self.facet, "slug": self.slug})


class ResourceType(Term):
    facet = "type"

    class Meta(Term.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")


class Topic(Term):
    facet = "topic"

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Approach(Term):
    """CIARIS approaches, grouped: principles, cycle functions."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    facet = "approach"

    class Meta(Term.Meta):
        verbose_name = _("approach")
        verbose_name_plural = _("approaches")


class Theme(Term):
    """GIMI's themes (Overview, Relevance, Feasibility, …)."""

    facet = "theme"

    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Branch(Term):
    """Branches of the GESS knowledge base: contingencies and mechanisms."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent branch"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    facet = "branch"

    class Meta(Term.Meta):
        verbose_name = _("knowledge-base branch")
        verbose_name_plural = _("knowledge-base branches")


class LibraryCollection(Term):
    """A named series, e.g. CIARIS's "Guide for Action"."""

    facet = "collection"

    class Meta(Term.Meta):
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
