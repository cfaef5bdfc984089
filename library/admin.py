"""Django's admin for superusers; editors work in Wagtail (``wagtail_hooks``)."""

from django.contrib import admin
from django.db import models

from .models import (
    Approach,
    Branch,
    Comment,
    Item,
    ItemCountry,
    LibraryCollection,
    ResourceType,
    Theme,
    Topic,
)


class ItemCountryInline(admin.TabularInline):
    model = ItemCountry
    extra = 0


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ["title", "resource_type", "status", "featured", "submitted_by", "created"]
    list_filter = ["status", "featured", "resource_type"]
    list_select_related = ["resource_type", "submitted_by"]
    search_fields = ["title", "authors", "publisher"]
    filter_horizontal = ["languages", "topics", "approaches", "themes", "branches", "collections"]
    inlines = [ItemCountryInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    # Files come in only through the front-end form, which checks them by content.
    exclude = ["file"]
    readonly_fields = [
        "file_name",
        "file_size",
        "file_type",
        "submitted_by",
        "reviewed_by",
        "reviewed_at",
        "view_count",
        "download_count",
        "text_extracted_at",
    ]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "created", "is_removed"]
    list_filter = ["is_removed"]
    list_select_related = ["author", "item"]
    readonly_fields = ["item", "author", "body", "created"]


class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "name_fr", "name_es", "slug", "sort_order"]
    search_fields = ["name", "name_fr", "name_es", "slug"]
    prepopulated_fields = {"slug": ["name"]}


for model in (ResourceType, Topic, Theme, LibraryCollection):
    admin.site.register(model, TermAdmin)


@admin.register(Approach, Branch)
class NestedTermAdmin(TermAdmin):
    list_display = ["name", "parent", "slug", "sort_order"]
    list_filter = ["parent"]
