"""The outbox in the Django admin: each message's state, attempts and last error,
and an action to send chosen messages again."""

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

    @admin.display(description=_("last error"))
    def short_error(self, message: OutboxMessage) -> str:
        return message.last_error[:80]

    @admin.action(description=_("Send the selected e-mails again"))
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
