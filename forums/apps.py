from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = _("Discussion lists")

    def ready(self) -> None:
        from . import notify, rules, search, signals  # noqa: F401  (followable, perms, search, sign-up)
