"""The glossary in Wagtail's admin: terms and categories as snippets, in one menu
with the suggestions queue and the CSV import and export (portal pages)."""

from django import forms
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .models import LANGUAGE_NAMES, Category, Term
from .text import LANGUAGES


def _language_tab(code: str) -> ObjectList:
    return ObjectList(
        [
            FieldPanel(f"term_{code}"),
            FieldPanel(f"definition_{code}", widget=forms.Textarea(attrs={"rows": 5})),
            FieldPanel(f"abbreviations_{code}"),
            FieldPanel(f"synonyms_{code}"),
        ],
        heading=LANGUAGE_NAMES[code],
    )


class TermIndexView(IndexView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(_("Download as CSV"), url=reverse("glossary:export"), icon_name="download")
        )
        if self.request.user.has_perm("glossary.import_terms"):
            buttons.append(
                Button(_("Import a CSV file"), url=reverse("glossary:import"), icon_name="upload")
            )
        return buttons


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "openquote"
    menu_label = _("Terms")
    index_view_class = TermIndexView
    list_display = [
        "term_en",
        Column("term_fr", label=_("French")),
        Column("term_es", label=_("Spanish")),
        "category",
        "status",
        UpdatedAtColumn(),
    ]
    list_filter = ["status", "category"]
    search_fields = [
        *(f"{kind}_{code}" for code in LANGUAGES for kind in ("term", "abbreviations", "synonyms")),
        "slug",
    ]
    search_backend_name = None  # the ORM: terms are not in Wagtail's search index
    ordering = ["term_en"]
    edit_handler = TabbedInterface(
        [
            *(_language_tab(code) for code in LANGUAGES),
            ObjectList(
                [
                    FieldPanel("slug"),
                    FieldPanel("status"),
                    FieldPanel("category"),
                    FieldPanel("source"),
                    MultiFieldPanel(
                        [
                            FieldPanel(
                                "related",
                                widget=forms.SelectMultiple(attrs={"size": 12}),
                            )
                        ],
                        heading=_("Related terms"),
                    ),
                ],
                heading=_("Details"),
            ),
        ]
    )


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name_en", "name_fr", "name_es", "sort_order"]
    search_fields = ["name_en", "name_fr", "name_es"]
    search_backend_name = None
    ordering = ["sort_order", "name_en"]
    panels = [
        FieldPanel("name_en"),
        FieldPanel("name_fr"),
        FieldPanel("name_es"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]


class GlossaryGroup(SnippetViewSetGroup):
    items = (TermViewSet, CategoryViewSet)
    menu_icon = "openquote"
    menu_label = _("Glossary")
    menu_name = "glossary"
    menu_order = 250
    submenu_hook = "register_glossary_menu_item"


register_snippet(GlossaryGroup)


class _PermittedMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_glossary_menu_item")
def suggestions_menu_item():
    return _PermittedMenuItem(
        _("Suggestions"),
        reverse("glossary:suggestions"),
        icon_name="comment",
        order=300,
        permission="glossary.decide_suggestions",
    )


@hooks.register("register_glossary_menu_item")
def import_menu_item():
    return _PermittedMenuItem(
        _("Import CSV"),
        reverse("glossary:import"),
        icon_name="upload",
        order=400,
        permission="glossary.import_terms",
    )
