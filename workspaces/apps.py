from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspacesConfig(AppConfig):
    name = "workspaces"
    verbose_name = _("Workspaces")

    def ready(self) -> None:
        from core import dashboard

        # The workspaces issue fills this panel with the member's workspaces.
        dashboard.register(
            dashboard.Panel(
                key="workspaces",
                title=_("Your workspaces"),
                template="workspaces/panels/workspaces.html",
                order=20,
            )
        )
