from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and people")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from core import dashboard

        from . import panels, roles

        post_migrate.connect(roles.ensure_role_groups, sender=self)

        dashboard.register(
            dashboard.Panel(
                key="profile",
                title=_("Your profile"),
                template="accounts/panels/profile.html",
                order=10,
                get_context=panels.profile_context,
            )
        )
