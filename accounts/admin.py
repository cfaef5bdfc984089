from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "country", "is_active", "is_staff", "last_seen"]
    list_filter = ["is_active", "is_staff", "is_superuser", "groups"]
    search_fields = ["email", "display_name", "organisation"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (
            _("Profile"),
            {
                "fields": (
                    "display_name",
                    "country",
                    "organisation",
                    "position",
                    "bio",
                    "languages",
                    "interests",
                    "avatar_link",
                    "language",
                    "show_in_directory",
                    "accept_messages",
                )
            },
        ),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "last_seen", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {"classes": ("wide",), "fields": ("email", "display_name", "password1", "password2")},
        ),
    )
    filter_horizontal = ("groups", "user_permissions", "languages")
    # The avatar is read-only here: uploads go through the profile form, which
    # checks and re-encodes them. The file itself is served only by its view.
    readonly_fields = ["avatar_link", "last_login", "last_seen", "date_joined"]

    @admin.display(description=_("avatar"))
    def avatar_link(self, obj):
        if not obj.avatar:
            return "—"
        return format_html('<a href="{}">{}</a>', obj.avatar_url, _("See the picture"))


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["created", "sender", "recipient", "subject", "sent_at"]
    list_select_related = ["sender", "recipient"]
    readonly_fields = ["sender", "recipient", "subject", "body", "created", "sent_at"]
    search_fields = ["subject", "sender__email", "recipient__email"]
