"""Country profiles in Wagtail's admin.

One "Country profiles" menu for Editors and Administrators (Django model
permissions decide; curators see none of it): indicators, indicator values,
country curators and the CSV import. The profile pages themselves are edited
in the page explorer, where a curator sees only their countries' pages
(``curators.py``); the hooks below stop a curator deleting or moving one.
"""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from .admin_views import ImportView, may_import
from .models import CountryProfilePage, Curatorship, Indicator, IndicatorValue


class IndicatorViewSet(ModelViewSet):
    model = Indicator
    name = "countryprofiles_indicators"
    url_prefix = "country-profiles/indicators"
    icon = "table"
    menu_label = _("Indicators")
    list_display = ["name", "code", "unit", "sort_order"]
    search_fields = ["name", "name_fr", "name_es", "code"]
    search_backend_name = None  # the ORM: indicators are few
    ordering = ["sort_order", "code"]
    copy_view_enabled = False
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_fr"), FieldPanel("name_es")]),
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("unit_fr"), FieldPanel("unit_es")]),
        FieldPanel("description"),
        FieldPanel("description_fr"),
        FieldPanel("description_es"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("minimum"), FieldPanel("maximum")]),
                FieldRowPanel([FieldPanel("decimals"), FieldPanel("higher_is_better")]),
                FieldPanel("sort_order"),
            ],
            heading=_("Values"),
        ),
    ]


class IndicatorValueIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("indicator")


class CuratorshipIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")


class IndicatorValueViewSet(ModelViewSet):
    model = IndicatorValue
    name = "countryprofiles_values"
    url_prefix = "country-profiles/values"
    icon = "list-ol"
    menu_label = _("Indicator values")
    list_display = [
        Column("country", label=_("Country"), accessor="country.name", sort_key="country"),
        Column("indicator", label=_("Indicator"), sort_key="indicator__sort_order"),
        Column("year", label=_("Year"), sort_key="year"),
        Column("value", label=_("Value"), sort_key="value"),
        "source",
        BooleanColumn("is_demo", label=_("Demo")),
    ]
    list_filter = ["indicator", "country", "year", "is_demo"]
    search_fields = ["source"]
    search_backend_name = None
    ordering = ["country", "indicator__sort_order", "-year"]
    list_per_page = 50
    copy_view_enabled = False
    index_view_class = IndicatorValueIndexView
    panels = [
        FieldRowPanel([FieldPanel("country"), FieldPanel("indicator"), FieldPanel("year")]),
        FieldPanel("value"),
        FieldPanel("source"),
        FieldPanel("source_url"),
        FieldPanel("note"),
        FieldPanel("is_demo"),
    ]


class CuratorshipViewSet(ModelViewSet):
    model = Curatorship
    name = "countryprofiles_curators"
    url_prefix = "country-profiles/curators"
    icon = "user"
    menu_label = _("Country curators")
    index_view_class = CuratorshipIndexView
    list_display = [
        Column("user", label=_("Member"), sort_key="user__display_name"),
        Column("country", label=_("Country"), accessor="country.name", sort_key="country"),
        Column("created", label=_("Assigned"), sort_key="created"),
    ]
    list_filter = ["country"]
    search_fields = ["user__display_name", "user__email"]
    search_backend_name = None
    ordering = ["country", "user__display_name"]
    copy_view_enabled = False
    panels = [FieldPanel("user"), FieldPanel("country")]


class _ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


class ImportViewSet(ViewSet):
    name = "countryprofiles_import"
    url_prefix = "country-profiles/import"
    icon = "upload"
    menu_label = _("Import indicator values")

    def get_urlpatterns(self):
        return [path("", ImportView.as_view(), name="import")]

    @cached_property
    def menu_item_class(self):
        return _ImportMenuItem

    @cached_property
    def menu_url(self):
        return reverse("countryprofiles_import:import")


class CountryProfilesGroup(ViewSetGroup):
    items = (IndicatorViewSet, IndicatorValueViewSet, ImportViewSet, CuratorshipViewSet)
    menu_icon = "site"
    menu_label = _("Country profiles")
    menu_name = "country-profiles"
    menu_order = 260


@hooks.register("register_admin_viewset")
def register_country_profiles():
    return CountryProfilesGroup()


# --- What a curator may not do with a profile page -------------------------------------------


def _refuse_unless_publisher(request, page):
    """Deleting or moving a profile takes publishing rights: a curator (who may
    edit it) could otherwise delete a profile that is not live yet."""
    if isinstance(page.specific_deferred, CountryProfilePage) and not (
        page.permissions_for_user(request.user).can_publish()
    ):
        return permission_denied(request)
    return None


@hooks.register("before_delete_page")
def refuse_curator_delete(request, page):
    return _refuse_unless_publisher(request, page)


@hooks.register("before_move_page")
def refuse_curator_move(request, page, destination):
    return _refuse_unless_publisher(request, page)


@hooks.register("before_bulk_action")
def refuse_curator_bulk_delete_or_move(request, action_type, objects, action_class_instance):
    if action_type not in ("delete", "move"):
        return None
    for page in objects:
        if isinstance(page, Page):
            refused = _refuse_unless_publisher(request, page)
            if refused is not None:
                return refused
    return None
