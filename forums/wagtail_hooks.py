"""The discussion lists in Wagtail's admin ("Discussion lists"): editors create and
edit lists (names and descriptions in three languages, kind, main language,
probation, subscribing every new member, open or closed) and name their moderators.

Naming a moderator makes them a subscriber of the list with the moderator's role
(subscribed: they follow the list, every message by e-mail unless they chose
otherwise); removing one leaves them a subscriber. Messages, subscribers' standing
and bans are the moderators' business, on the portal (``forum:list-moderation``).
Access follows Django's model permissions (``forums.add/change_discussionlist``,
held by Editors and Administrators: ``accounts.roles``); lists are not deleted here
(a closed list keeps its archive).
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .models import DiscussionList, Subscriber


class MemberChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user) -> str:
        return f"{user.display_name} <{user.email}>" if user.display_name else user.email


class DiscussionListForm(WagtailAdminModelForm):
    moderators = MemberChoiceField(
        label=_("Moderators"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 10}),
        help_text=_(
            "Moderators approve or reject the messages waiting for moderation, and are "
            "subscribed to the list. Someone removed stays subscribed."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moderators"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("display_name", "email")
        )
        if self.instance.pk and not self.is_bound:
            self.initial["moderators"] = list(
                Subscriber.objects.filter(
                    discussion_list=self.instance, role=Subscriber.Role.MODERATOR
                ).values_list("user", flat=True)
            )

    def save(self, commit=True):
        discussion_list = super().save(commit=commit)
        if commit:
            services.set_moderators(discussion_list, self.cleaned_data["moderators"])
        return discussion_list


class DiscussionListViewSet(ModelViewSet):
    model = DiscussionList
    name = "forums-lists"
    icon = "group"
    menu_label = _("Discussion lists")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "kind", "language", "subscribe_new_members", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "name_fr", "name_es", "slug"]
    search_backend_name = None  # the ORM: lists are not in Wagtail's search index
    ordering = ["name"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_es")]),
                    FieldPanel("slug"),
                ],
                heading=_("Name"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("description"),
                    FieldPanel("description_fr"),
                    FieldPanel("description_es"),
                ],
                heading=_("Description"),
            ),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("language")]),
            FieldPanel("probation"),
            FieldPanel("subscribe_new_members"),
            FieldPanel("is_active"),
            FieldPanel("moderators"),
        ],
        base_form_class=DiscussionListForm,
    )


@hooks.register("register_admin_viewset")
def register_viewset():
    return DiscussionListViewSet()
