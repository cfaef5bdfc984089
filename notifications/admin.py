"""The outbox in the Django admin: each message's state, attempts and last error,
and an action to send chosen messages again.

The outbox is a record of what the portal owes and sent: nobody adds, edits or
deletes a message here. Those with the "change" permission may send messages again
(a failed one after the cause was fixed); those with "view" only read.
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import outbox
from .models import OutboxMessage, Subscription


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = [
        "pk",
        "kind",
        "recipient",
        "state",
        "attempts",
        "created",
        "next_attempt",
        "sent_at",
        "subject",
        "short_error",
    ]
    list_filter = ["state", "kind"]
    search_fields = ["recipient__email", "recipient__display_name", "subject", "to_address"]
    list_select_related = ["recipient"]
    date_hierarchy = "created"
    actions = ["resend"]
    readonly_fields = [
        "kind",
        "recipient",
        "notification",
        "object_type",
        "object_id",
        "key",
        "state",
        "attempts",
        "last_error",
        "created",
        "next_attempt",
        "claimed_at",
        "sent_at",
        "to_address",
        "subject",
    ]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        # The list (and its action) needs the permission; a message's page is read-only.
        return obj is None and super().has_change_permission(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("last error"))
    def short_error(self, message: OutboxMessage) -> str:
        return message.last_error[:80]

    @admin.action(description=_("Send the selected e-mails again"), permissions=["change"])
    def resend(self, request, queryset) -> None:
        count = outbox.resend(queryset.values_list("pk", flat=True))
        self.message_user(
            request,
            ngettext(
                "%(count)d e-mail will be sent again.",
                "%(count)d e-mails will be sent again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["user", "content_type", "object_id", "delivery", "created"]
    list_filter = ["delivery", "content_type"]
    search_fields = ["user__email", "user__display_name"]
    list_select_related = ["user", "content_type"]
    raw_id_fields = ["user"]
