"""Admin parts shared by the apps' Wagtail viewsets."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.viewsets.model import ModelViewSet


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
