from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _panel_context(request) -> dict:
    from .views.contribute import dashboard_context

    return dashboard_context(request)


def _delete_file_with_item(sender, instance, **kwargs) -> None:
    from .services import delete_item_file_later

    delete_item_file_later(instance.file.name if instance.file else "")


def _remove_from_search_index(sender, instance, **kwargs) -> None:
    from .search import remove_from_index

    remove_from_index(instance.pk)


def _check_search_backend(app_configs, **kwargs) -> list:
    from django.conf import settings
    from django.core import checks

    from .search import SEARCH_BACKENDS

    key = getattr(settings, "LIBRARY_SEARCH_BACKEND", "database")
    if key in SEARCH_BACKENDS:
        return []
    return [
        checks.Error(
            f"LIBRARY_SEARCH_BACKEND is {key!r}.",
            hint=f"Use one of: {', '.join(SEARCH_BACKENDS)}.",
            id="library.E001",
        )
    ]


def _reindex_term_items(sender, instance, created=False, **kwargs) -> None:
    """Term names are in the search index: a renamed term reindexes its items."""
    if created:
        return
    from .search import update_index

    update_index(instance.items.values_list("pk", flat=True))


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Library")

    def ready(self) -> None:
        from django.core import checks
        from django.db.models.signals import post_delete, post_migrate, post_save

        from accounts import roles
        from core import dashboard

        from .models import Approach, Branch, Item, LibraryCollection, ResourceType, Theme, Topic

        checks.register(_check_search_backend)
        # The library's permissions exist only once this app has migrated, after
        # accounts: give them to the role groups then too.
        post_migrate.connect(roles.ensure_role_groups, sender=self)
        # However an item is deleted (admin, shell, cascade), its file goes with it.
        post_delete.connect(_delete_file_with_item, sender=Item, dispatch_uid="library_item_file")
        # ... and leaves the search index (Wagtail's signals are off for items, see Item).
        post_delete.connect(
            _remove_from_search_index, sender=Item, dispatch_uid="library_item_search_index"
        )
        for term_model in (ResourceType, Topic, Approach, Theme, Branch, LibraryCollection):
            post_save.connect(
                _reindex_term_items,
                sender=term_model,
                dispatch_uid=f"reindex_{term_model.__name__}",
            )

        dashboard.register(
            dashboard.Panel(
                key="contributions",
                title=_("Your contributions"),
                template="library/panels/contributions.html",
                order=30,
                get_context=_panel_context,
            )
        )

        # The library's answer on the portal-wide search page (/search/).
        from core import search as site_search

        from .search import site_search as search_library

        site_search.register(
            site_search.Provider(key="library", label=_("Library"), search=search_library, order=10)
        )

        # The library's section on a country profile ("everything about this country").
        from countryprofiles import sections

        from .country_section import answer as country_answer

        sections.register(
            sections.Section(key="library", label=_("Library"), answer=country_answer, order=10)
        )

        # What members follow in the library, and the news of a published item.
        from . import notify

        notify.register()
