from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchemesConfig(AppConfig):
    name = "schemes"
    verbose_name = _("Schemes")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accounts import roles
        from core import search as site_search
        from countryprofiles import sections

        from . import rules  # noqa: F401  (registers the permissions)
        from .country_section import answer as country_answer
        from .search import site_search as search_schemes

        # "Everything about this country" on a country profile: its schemes.
        sections.register(
            sections.Section(key="schemes", label=_("Schemes"), answer=country_answer, order=25)
        )
        # The portal-wide search page (/search/).
        site_search.register(
            site_search.Provider(key="schemes", label=_("Schemes"), search=search_schemes, order=25)
        )
        # The schemes models' permissions exist only once this app has migrated.
        post_migrate.connect(roles.ensure_role_groups, sender=self)
