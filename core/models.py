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
