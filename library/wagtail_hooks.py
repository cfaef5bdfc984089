"""The library in Wagtail's admin: items, comments and every taxonomy, for editors.

Taxonomies are data: editors add, rename, reorder and translate terms here.
Items can be corrected here too, but their file is read-only: files come in
only through the front-end form, which checks them by content. Approving and
rejecting belong to the review queue, which tells the submitter by e-mail.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import services
from .models import (
    Approach,
    Branch,
    Comment,
    Item,
    LibraryCollection,
    ResourceType,
    Theme,
    Topic,
)

_NAMES = [
    FieldRowPanel([FieldPanel("name"), FieldPanel("name_fr"), FieldPanel("name_es")]),
    FieldPanel("slug"),
    FieldPanel("description"),
    FieldPanel("sort_order"),
]


class TermViewSet(SnippetViewSet):
    list_display = ["__str__", "name", "slug", "sort_order"]
    search_fields = ["name", "name_fr", "name_es", "slug"]
    search_backend_name = None  # plain database filtering; terms are few
    ordering = ["sort_order", "name"]
    copy_view_enabled = False
    panels = _NAMES


class ResourceTypeViewSet(TermViewSet):
    model = ResourceType
    icon = "doc-full"
    menu_label = _("Resource types")


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")


class ApproachViewSet(TermViewSet):
    model = Approach
    icon = "list-ul"
    menu_label = _("Approaches")
    list_display = ["__str__", "parent", "slug", "sort_order"]
    list_filter = ["parent"]
    panels = [*_NAMES[:1], FieldPanel("parent"), *_NAMES[1:]]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "list-ul"
    menu_label = _("Themes")


class BranchViewSet(TermViewSet):
    model = Branch
    icon = "site"
    menu_label = _("Knowledge-base branches")
    list_display = ["__str__", "parent", "slug", "sort_order"]
    list_filter = ["parent"]
    panels = [*_NAMES[:1], FieldPanel("parent"), *_NAMES[1:]]


class CollectionViewSet(TermViewSet):
    model = LibraryCollection
    icon = "folder-open-inverse"
    menu_label = _("Collections")


def _checkboxes(name: str) -> FieldPanel:
    return FieldPanel(name, widget=forms.CheckboxSelectMultiple)


class ItemViewSet(SnippetViewSet):
    model = Item
    icon = "doc-full-inverse"
    menu_label = _("Items")
    list_display = ["title", "resource_type", "status", "featured", "submitted_by", "created"]
    list_filter = ["status", "featured", "resource_type"]
    search_fields = ["title", "authors", "publisher", "abstract"]
    search_backend_name = None
    ordering = ["-created"]
    copy_view_enabled = False
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("title"),
                FieldPanel("abstract"),
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("publication_year"), FieldPanel("publication_date")]),
                FieldRowPanel([FieldPanel("doi"), FieldPanel("isbn")]),
                FieldPanel("url"),
            ],
            heading=_("Description"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                _checkboxes("topics"),
                _checkboxes("approaches"),
                _checkboxes("themes"),
                _checkboxes("branches"),
                _checkboxes("collections"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("file_name", read_only=True),
                FieldPanel("file_type", read_only=True),
                FieldPanel("file_size", read_only=True),
            ],
            heading=_("File (replace it from the resource's edit page)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("rejection_reason"),
                FieldPanel("featured"),
                FieldPanel("submitted_by", read_only=True),
                FieldPanel("reviewed_by", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("view_count", read_only=True),
                        FieldPanel("download_count", read_only=True),
                    ]
                ),
            ],
            heading=_("Status"),
        ),
    ]

    def get_queryset(self, request):
        return Item.objects.select_related("resource_type", "submitted_by")


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    list_display = ["__str__", "created", "is_removed"]
    list_filter = ["is_removed"]
    search_fields = ["body"]
    search_backend_name = None
    ordering = ["-created"]
    copy_view_enabled = False
    panels = [
        FieldPanel("item", read_only=True),
        FieldPanel("author", read_only=True),
        FieldPanel("body", read_only=True),
        FieldPanel("is_removed"),
    ]

    def get_queryset(self, request):
        return Comment.objects.select_related("author", "item")


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Library")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        ItemViewSet,
        CommentViewSet,
        ResourceTypeViewSet,
        TopicViewSet,
        ApproachViewSet,
        ThemeViewSet,
        BranchViewSet,
        CollectionViewSet,
    )


register_snippet(LibraryViewSetGroup)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def _item_saved_in_admin(request, instance):
    if isinstance(instance, Item):
        services.item_saved_in_admin(instance)
