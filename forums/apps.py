from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = _("Discussion lists")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accounts import roles

        # The list as a followable, the permissions, the portal search, the sign-up.
        from . import notify, rules, search, signals  # noqa: F401

        # Editors and Administrators get this app's model permissions once they exist.
        post_migrate.connect(roles.ensure_role_groups, sender=self)
