from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExpertsConfig(AppConfig):
    name = "experts"
    verbose_name = _("Experts")

    def ready(self) -> None:
        from core import search as site_search
        from countryprofiles import sections

        from .country_section import answer as country_answer
        from .search import site_search as search_experts

        # "Everything about this country" on a country profile: experts who worked there.
        sections.register(
            sections.Section(
                key="experts",
                label=_("Experts"),
                answer=country_answer,
                order=20,
            )
        )
        # The portal-wide search page (/search/).
        site_search.register(
            site_search.Provider(key="experts", label=_("Experts"), search=search_experts, order=20)
        )

        # The expert's own profile (E2): the experts models' permissions exist only once
        # this app has migrated: give them to the role groups then (roles.py); a deleted
        # profile takes its CV file with it (cv.py).
        from django.db.models.signals import post_delete, post_migrate

        from accounts import roles

        from . import cv
        from .models import ExpertProfile

        post_migrate.connect(roles.ensure_role_groups, sender=self)
        post_delete.connect(
            cv.profile_deleted, sender=ExpertProfile, dispatch_uid="expert_profile_cv_deleted"
        )

        # Members follow an expert: they hear when the profile is published or updated.
        from . import notify

        notify.register()
