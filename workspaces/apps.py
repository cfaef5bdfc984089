from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspacesConfig(AppConfig):
    name = "workspaces"
    verbose_name = _("Workspaces")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accounts import roles
        from core import dashboard
        from core import search as site_search

        from . import rules  # noqa: F401  (registers the permissions)
        from .search import content_search
        from .search import site_search as search_workspaces
        from .services import dashboard_context

        # The member's workspaces, their role, and the join requests waiting for them.
        dashboard.register(
            dashboard.Panel(
                key="workspaces",
                title=_("Your workspaces"),
                template="workspaces/panels/workspaces.html",
                order=20,
                get_context=dashboard_context,
            )
        )
        # The portal-wide search page (/search/): the workspaces the visitor may see.
        site_search.register(
            site_search.Provider(
                key="workspaces", label=_("Workspaces"), search=search_workspaces, order=40
            )
        )
        # What members wrote in the workspaces the visitor may read (posts, wiki pages,
        # discussions, documents, events), each hit naming its workspace.
        site_search.register(
            site_search.Provider(
                key="workspace-content",
                label=_("Workspace content"),
                search=content_search,
                order=41,
            )
        )
        # Workspaces can be followed; what members write is told to those who follow
        # them and to those it concerns.
        from . import notify

        notify.register()
        # The workspaces' model permissions (site administrators) exist only once this
        # app has migrated.
        post_migrate.connect(roles.ensure_role_groups, sender=self)
