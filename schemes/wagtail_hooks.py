"""The scheme database in Wagtail's admin, in one "Schemes" menu: schemes (where
editors assign managers and the contact person; descriptions are edited, reviewed and
recorded on the portal), risks covered, networks,
inventory campaigns and the proposed changes. Access follows Django's model
permissions, which Editors and Administrators hold (``accounts.roles``).

Yearly figures are not edited here: they come from the managers' reports, go
through review, and ``services.refresh_latest`` keeps the scheme's latest figures.
Campaigns are opened on the portal (``schemes:campaigns``), which sends the
e-mails; proposed changes are decided on the portal's review page."""

from django import forms
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy

from core.admin_viewsets import RefusedActionsPolicy, TranslatedTermViewSet

from .models import InventoryCampaign, Network, Risk, Scheme, SchemeChange

# Opening a campaign sends e-mails: that happens on the portal, not here.
register_permission_policy(
    InventoryCampaign, RefusedActionsPolicy(InventoryCampaign, refused=("add",))
)
# Schemes are proposed on the portal, where they are reviewed and their history begins.
register_permission_policy(Scheme, RefusedActionsPolicy(Scheme, refused=("add",)))
# Changes are proposed on the portal and decided on its review page.
register_permission_policy(
    SchemeChange, RefusedActionsPolicy(SchemeChange, refused=("add", "change", "delete"))
)


class PortalLinkIndexView(IndexView):
    """A list with a header button to the portal page where the real work is done."""

    portal_label = ""
    portal_url_name = ""

    @cached_property
    def header_buttons(self):
        portal = HeaderButton(
            self.portal_label, url=reverse(self.portal_url_name), icon_name="link-external"
        )
        return [*super().header_buttons, portal]


class CampaignIndexView(PortalLinkIndexView):
    portal_label = _("Open a campaign on the portal")
    portal_url_name = "schemes:campaigns"


class ChangeIndexView(PortalLinkIndexView):
    portal_label = _("Review queue on the portal")
    portal_url_name = "schemes:review"


class SchemeViewSet(ModelViewSet):
    """Editors assign a scheme's managers and contact person here. The description is
    edited on the portal (``schemes:edit``), where it is validated like a member's and
    recorded in the scheme's history; schemes are proposed and published there too."""

    model = Scheme
    name = "schemes-schemes"
    icon = "list-ul"
    menu_label = _("Schemes")
    list_display = [
        "name",
        Column("country", label=_("Country"), accessor="country.name"),
        "scheme_type",
        "status",
        "latest_year",
    ]
    list_filter = ["status", "scheme_type", "country"]
    search_fields = ["name", "acronym"]
    search_backend_name = None  # the ORM: schemes are not in Wagtail's search index
    ordering = ["name"]
    copy_view_enabled = False
    panels = [
        FieldPanel("managers", widget=forms.SelectMultiple(attrs={"size": 8})),
        FieldPanel("contact"),
        FieldPanel("is_demo"),
    ]


class RiskViewSet(TranslatedTermViewSet):
    model = Risk
    name = "schemes-risks"
    menu_label = _("Risks and services")


class NetworkViewSet(ModelViewSet):
    model = Network
    name = "schemes-networks"
    icon = "group"
    menu_label = _("Networks and federations")
    list_display = ["name", "acronym", "website"]
    search_fields = ["name", "acronym"]
    search_backend_name = None
    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("acronym")]), FieldPanel("website")]


class InventoryCampaignViewSet(ModelViewSet):
    model = InventoryCampaign
    name = "schemes-campaigns"
    icon = "mail"
    menu_label = _("Inventory campaigns")
    index_view_class = CampaignIndexView
    list_display = ["year", "deadline", "opened_by", "opened"]
    search_backend_name = None
    copy_view_enabled = False
    # The year is fixed once the e-mails have gone; the deadline and message may be
    # corrected for the record (the e-mails already sent keep what they said).
    panels = [FieldPanel("deadline"), FieldPanel("message")]

    def get_queryset(self, request):
        return InventoryCampaign.objects.select_related("opened_by")


class SchemeChangeViewSet(ModelViewSet):
    """A read-only list; each change opens the portal's review page."""

    model = SchemeChange
    name = "schemes-changes"
    icon = "edit"
    menu_label = _("Proposed changes")
    index_view_class = ChangeIndexView
    list_display = [
        TitleColumn(
            "scheme",
            label=_("Scheme"),
            get_url=lambda change: reverse("schemes:review-change", args=[change.pk]),
        ),
        "kind",
        "year",
        "submitted_by",
        "submitted",
        "status",
    ]
    list_filter = ["status", "kind"]
    search_fields = ["scheme__name", "scheme__acronym"]
    search_backend_name = None
    inspect_view_enabled = False
    copy_view_enabled = False
    panels = [FieldPanel("note")]  # never shown: nobody may change a proposal here

    def get_queryset(self, request):
        return SchemeChange.objects.select_related("scheme", "submitted_by")


class SchemesViewSetGroup(ViewSetGroup):
    items = (
        SchemeViewSet,
        SchemeChangeViewSet,
        InventoryCampaignViewSet,
        RiskViewSet,
        NetworkViewSet,
    )
    menu_icon = "list-ul"
    menu_label = _("Schemes")
    menu_name = "schemes"
    menu_order = 280


@hooks.register("register_admin_viewset")
def register_schemes_viewsets():
    return SchemesViewSetGroup()
