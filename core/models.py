from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Language(models.Model):
    """A language a person speaks or a document is written in.

    The English name is stored; ``str()`` gives it in the active interface
    language through Django's catalogs and ours.
    """

    code = models.CharField(_("code"), max_length=12, primary_key=True)
    name = models.CharField(_("name"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return gettext(self.name)


class TranslatedTerm(models.Model):
    """A short list entry editors maintain, named in English, French and Spanish
    (types of assistance, areas of expertise…); ``str()`` is the active
    language's name, falling back to English."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=120, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        from .translated import translated

        return translated(self, "name").value
