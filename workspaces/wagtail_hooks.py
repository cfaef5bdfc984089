"""Workspaces in Wagtail's admin: one "Workspaces" list for site administrators (the
Administrators group holds the workspaces' model permissions, ``accounts.roles``),
with filters and an inspect page. Editors have no access: they must not read
private workspaces.

Nothing is added, changed or deleted here: workspaces are created, set up,
archived and deleted on the portal, where each change is recorded in the
workspace's activity and the cover image is checked. Each name opens the inspect
page; the portal page is linked from there.
"""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy

from core.admin_viewsets import RefusedActionsPolicy

from .models import Workspace
from .search import member_count

register_permission_policy(
    Workspace, RefusedActionsPolicy(Workspace, refused=("add", "change", "delete"))
)


class WorkspaceFilterSet(WagtailFilterSet):
    archived = django_filters.BooleanFilter(
        label=_("Archived"), field_name="archived", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Workspace
        fields = ["kind", "visibility", "join_policy"]


class WorkspaceInspectView(InspectView):
    def get_field_display_value(self, field_name, field):
        # Several countries: Django's get_FOO_display() handles one value only.
        if field_name == "countries":
            return ", ".join(str(country.name) for country in self.object.countries)
        return super().get_field_display_value(field_name, field)

    @cached_property
    def header_buttons(self):
        portal = HeaderButton(
            _("Open on the portal"), url=self.object.get_absolute_url(), icon_name="link-external"
        )
        return [*super().header_buttons, portal]


class WorkspaceViewSet(ModelViewSet):
    model = Workspace
    name = "workspaces-workspaces"
    icon = "group"
    menu_label = _("Workspaces")
    menu_order = 285
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        "visibility",
        Column("member_count", label=_("Members"), sort_key="member_count"),
        DateColumn("last_activity", label=_("Last activity")),
        DateColumn("archived", label=_("Archived")),
    ]
    filterset_class = WorkspaceFilterSet
    search_fields = ["name", "summary", "slug"]
    search_backend_name = None  # the ORM: workspaces are not in Wagtail's search index
    ordering = ["-last_activity"]
    inspect_view_enabled = True
    inspect_view_class = WorkspaceInspectView
    inspect_view_fields = [
        "name",
        "slug",
        "summary",
        "kind",
        "countries",
        "visibility",
        "join_policy",
        "action",
        "created_by",
        "created",
        "last_activity",
        "archived",
    ]
    copy_view_enabled = False
    form_fields = ["name"]  # never shown: nobody adds or changes a workspace here

    def get_queryset(self, request):
        return Workspace.objects.annotate(member_count=member_count()).select_related(
            "created_by", "action"
        )


@hooks.register("register_admin_viewset")
def register_workspaces_viewset():
    return WorkspaceViewSet()
