from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "cooperation"
    verbose_name = _("Technical cooperation")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accounts import roles
        from core import search as site_search
        from countryprofiles import sections

        from .search import country_section
        from .search import site_search as search_actions

        # Editors and Administrators get this app's model permissions once they exist.
        post_migrate.connect(roles.ensure_role_groups, sender=self)
        # "Everything about this country" on a country profile.
        sections.register(
            sections.Section(
                key="cooperation",
                label=_("Technical cooperation"),
                answer=country_section,
                order=40,
            )
        )
        # The portal-wide search page (/search/).
        site_search.register(
            site_search.Provider(
                key="cooperation",
                label=_("Technical cooperation"),
                search=search_actions,
                order=40,
            )
        )
