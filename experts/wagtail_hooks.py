"""The expert database in Wagtail's admin: expert profiles, technical-assistance needs
and the areas of expertise, in one "Experts" menu. Access follows Django's model
permissions (add/change/delete/view), which Editors and Administrators hold.

Profiles are created by their experts on the portal (``/experts/me/``), never in the
admin; editors correct and hide them there. The CV file is not editable in the
admin (uploads are checked by content on the portal only): it is downloaded from
the profile page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.admin_viewsets import TranslatedTermViewSet

from .models import AssistanceNeed, ExpertiseArea, ExpertProfile


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, except that nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


register_permission_policy(ExpertProfile, NoAddPermissionPolicy(ExpertProfile))


class ExpertProfileViewSet(ModelViewSet):
    model = ExpertProfile
    name = "experts-profiles"
    icon = "user"
    menu_label = _("Expert profiles")
    list_display = [
        Column("expert", label=_("Expert"), accessor="user"),
        "headline",
        "visibility",
        "availability",
        UpdatedAtColumn(),
    ]
    list_filter = ["visibility", "availability", "areas"]
    search_fields = [
        "headline",
        "employer",
        "summary",
        "user__display_name",
        "user__email",
        "cv_original_name",
    ]
    search_backend_name = None  # the ORM: profiles are not in Wagtail's search index
    ordering = ["-updated"]
    copy_view_enabled = False
    panels = [
        FieldPanel("headline"),
        FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("years_of_experience"), FieldPanel("employer")]),
        FieldPanel("summary"),
        FieldPanel("education"),
        FieldPanel("publications"),
        FieldRowPanel([FieldPanel("availability"), FieldPanel("available_from")]),
        FieldPanel("visibility"),
    ]

    def get_queryset(self, request):
        return ExpertProfile.objects.select_related("user")


class AssistanceNeedViewSet(ModelViewSet):
    model = AssistanceNeed
    name = "experts-needs"
    icon = "help"
    menu_label = _("Technical-assistance needs")
    list_display = ["title", "country", "start_date", "end_date", "created_by"]
    list_filter = ["areas"]
    search_fields = ["title", "description"]
    search_backend_name = None
    ordering = ["-created"]
    copy_view_enabled = False
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("country"),
        FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages", widget=forms.SelectMultiple(attrs={"size": 8})),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]

    def get_queryset(self, request):
        return AssistanceNeed.objects.select_related("created_by")


class ExpertiseAreaViewSet(TranslatedTermViewSet):
    model = ExpertiseArea
    name = "experts-areas"
    menu_label = _("Areas of expertise")


class ExpertsViewSetGroup(ViewSetGroup):
    items = (ExpertProfileViewSet, AssistanceNeedViewSet, ExpertiseAreaViewSet)
    menu_icon = "user"
    menu_label = _("Experts")
    menu_name = "experts"
    menu_order = 275


@hooks.register("register_admin_viewset")
def register_experts_viewsets():
    return ExpertsViewSetGroup()
