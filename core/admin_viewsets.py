"""Admin parts shared by the apps' Wagtail viewsets."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy


class TranslatedTermViewSet(ModelViewSet):
    """The admin of a ``core.models.TranslatedTerm`` list (types of assistance, areas of
    expertise, risks covered…): its name in three languages, slug and order.
    Subclasses set ``model``, ``name`` and ``menu_label``."""

    icon = "tag"
    list_display = ["name", "name_fr", "name_es", "sort_order"]
    search_fields = ["name", "name_fr", "name_es"]
    search_backend_name = None  # the ORM: these short lists are not in the search index
    ordering = ["sort_order", "name"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_es")]),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")]),
    ]


class RefusedActionsPolicy(ModelPermissionPolicy):
    """The model's permissions, except for ``refused`` actions, which nobody has here."""

    def __init__(self, model, *, refused: tuple[str, ...]):
        super().__init__(model)
        self.refused = set(refused)

    def user_has_permission(self, user, action):
        if action in self.refused:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.refused])
