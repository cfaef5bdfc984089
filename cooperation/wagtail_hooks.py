"""Technical cooperation in Wagtail's admin: actions (with their results
framework), results indicators (with their milestones), partner institutions,
programmes and types of assistance, in one "Technical cooperation" menu.
Access follows Django's model permissions (add/change/delete/view)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_viewsets import TranslatedTermViewSet

from .models import Action, AssistanceType, PartnerInstitution, Programme, ResultIndicator


class ActionViewSet(ModelViewSet):
    model = Action
    name = "cooperation-actions"
    icon = "site"
    menu_label = _("Actions")
    list_display = [
        "title",
        Column("country", label=_("Country"), accessor="country_name"),
        "programme",
        "status",
        "start_date",
        UpdatedAtColumn(),
    ]
    list_filter = ["status", "programme", "assistance_types"]
    search_fields = [
        "title",
        "title_fr",
        "title_es",
        "summary",
        "partner__name",
        "partner__acronym",
    ]
    search_backend_name = None  # the ORM: actions are not in Wagtail's search index
    ordering = ["-start_date", "title"]
    copy_view_enabled = False
    # The form is the model's ``panels`` (results framework as an InlinePanel).

    def get_queryset(self, request):
        return Action.objects.select_related("programme")


class ResultIndicatorViewSet(ModelViewSet):
    model = ResultIndicator
    name = "cooperation-indicators"
    icon = "table"
    menu_label = _("Results indicators")
    list_display = [
        "name",
        Column("result", label=_("Result")),
        "status",
        "target",
        "actual",
    ]
    list_filter = ["result__action", "status"]
    search_fields = ["name", "name_fr", "name_es", "result__action__title"]
    search_backend_name = None
    copy_view_enabled = False
    # The form is the model's ``panels`` (milestones as an InlinePanel).

    def get_queryset(self, request):
        return ResultIndicator.objects.select_related("result__action")


class PartnerInstitutionViewSet(ModelViewSet):
    model = PartnerInstitution
    name = "cooperation-partners"
    icon = "group"
    menu_label = _("Partner institutions")
    list_display = ["name", "acronym", "country"]
    search_fields = ["name", "acronym", "name_local"]
    search_backend_name = None
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("country")]),
        FieldPanel("name_local"),
        FieldPanel("website"),
    ]


class ProgrammeViewSet(ModelViewSet):
    model = Programme
    name = "cooperation-programmes"
    icon = "folder-open-inverse"
    menu_label = _("Programmes")
    list_display = ["name", "acronym", "code", "funders"]
    search_fields = ["name", "acronym", "code", "funders"]
    search_backend_name = None
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_es")]),
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("code"), FieldPanel("funders")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("description_fr"), FieldPanel("description_es")]),
        FieldPanel("website"),
    ]


class AssistanceTypeViewSet(TranslatedTermViewSet):
    model = AssistanceType
    name = "cooperation-assistance-types"
    menu_label = _("Types of assistance")


class CooperationViewSetGroup(ViewSetGroup):
    items = (
        ActionViewSet,
        ResultIndicatorViewSet,
        PartnerInstitutionViewSet,
        ProgrammeViewSet,
        AssistanceTypeViewSet,
    )
    menu_icon = "site"
    menu_label = _("Technical cooperation")
    menu_name = "cooperation"
    menu_order = 270


@hooks.register("register_admin_viewset")
def register_cooperation_viewsets():
    return CooperationViewSetGroup()
