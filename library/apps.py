from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Library")

    def ready(self) -> None:
        from core import dashboard

        # The library issue fills this panel with the member's submitted items.
        dashboard.register(
            dashboard.Panel(
                key="contributions",
                title=_("Your contributions"),
                template="library/panels/contributions.html",
                order=30,
            )
        )
