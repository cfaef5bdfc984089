from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class CountryProfilesConfig(AppConfig):
    name = "countryprofiles"
    verbose_name = _("Country profiles")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, post_save, pre_save

        from accounts import roles

        from . import curators
        from .models import CountryProfilePage, Curatorship

        # This app's and cooperation's permissions exist only once they have
        # migrated, after accounts: give them to the role groups then too (Django
        # connects a receiver once per sender, so another app doing the same is
        # harmless), and rebuild the curators' groups.
        post_migrate.connect(roles.ensure_role_groups, sender=self)
        post_migrate.connect(roles.ensure_role_groups, sender=apps.get_app_config("cooperation"))
        post_migrate.connect(curators.after_migrate, sender=self)
        # A curatorship puts its member in the country's curators group (curators.py).
        pre_save.connect(
            curators.remember_previous, sender=Curatorship, dispatch_uid="curatorship_previous"
        )
        post_save.connect(
            curators.curatorship_saved, sender=Curatorship, dispatch_uid="curatorship_saved"
        )
        post_delete.connect(
            curators.curatorship_deleted, sender=Curatorship, dispatch_uid="curatorship_deleted"
        )
        post_save.connect(
            curators.profile_page_saved,
            sender=CountryProfilePage,
            dispatch_uid="country_profile_curators",
        )

        # Country profiles on the portal-wide search page (/search/).
        from core import search as site_search

        from .search import search as search_countries

        site_search.register(
            site_search.Provider(
                key="countries", label=_("Country profiles"), search=search_countries, order=30
            )
        )

        # Members follow a country through its profile: they hear when it is published.
        from wagtail.signals import page_published

        from . import notify

        notify.register()
        page_published.connect(
            notify.page_published,
            sender=CountryProfilePage,
            dispatch_uid="country_profile_followers",
        )
