"""What a one-click unsubscribe link does (``tokens`` makes and reads the links).

Unsubscribing stops the e-mails and keeps the notifications in the portal: a
followed thing goes to "in the portal only". Other apps add scopes of their own
(a discussion list, the newsletter) with ``register_scope``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from . import registry
from .models import Delivery, Preferences, Subscription


@dataclass
class Scope:
    # What the link stops, in a sentence for the confirmation page.
    describe: Callable[[object, str], str]
    # Stops it; returns how many things changed (0 when it was already stopped).
    apply: Callable[[object, str], int]
    # Whether what it stops is still shown in the notification centre (a newsletter
    # is not).
    in_portal: bool = True
    # Where the person chooses again what they receive (a URL pattern's name).
    manage: str = "notifications:preferences"


_scopes: dict[str, Scope] = {}


def register_scope(prefix: str, scope: Scope) -> None:
    """``prefix`` is the part of the scope before the first colon ("sub", "list"…)."""
    _scopes[prefix] = scope


def _subscription(user, value: str) -> Subscription | None:
    if not value.isdigit():
        return None
    return Subscription.objects.filter(pk=int(value), user=user).first()


def _describe_subscription(user, value: str) -> str:
    subscription = _subscription(user, value)
    if subscription is None:
        return ""
    target = subscription.target
    followable = registry.followable(target) if target is not None else None
    if followable is None:
        return ""
    return _("E-mails about %(label)s “%(name)s”") % {
        "label": followable.label,
        "name": followable.name(target),
    }


def _stop_subscription(user, value: str) -> int:
    subscription = _subscription(user, value)
    if subscription is None:
        return 0
    return (
        Subscription.objects.filter(pk=subscription.pk)
        .exclude(delivery=Delivery.PORTAL)
        .update(delivery=Delivery.PORTAL)
    )


def _stop_direct(user, value: str) -> int:
    preferences = Preferences.for_user(user)
    if preferences.direct == Delivery.PORTAL:
        return 0
    preferences.direct = Delivery.PORTAL
    preferences.save()
    return 1


def _stop_period(user, period: str) -> int:
    changed = Subscription.objects.filter(user=user, delivery=period).update(
        delivery=Delivery.PORTAL
    )
    preferences = Preferences.for_user(user)
    if preferences.direct == period:
        preferences.direct = Delivery.PORTAL
        preferences.save()
        changed += 1
    return changed


def _stop_all(user, value: str) -> int:
    changed = (
        Subscription.objects.filter(user=user)
        .exclude(delivery=Delivery.PORTAL)
        .update(delivery=Delivery.PORTAL)
    )
    return changed + _stop_direct(user, value)


register_scope("sub", Scope(_describe_subscription, _stop_subscription))
register_scope(
    "direct",
    Scope(lambda user, value: _("E-mails when someone mentions you or answers you"), _stop_direct),
)
register_scope(
    "daily", Scope(lambda user, value: _("The daily digest"), lambda u, v: _stop_period(u, "daily"))
)
register_scope(
    "weekly",
    Scope(lambda user, value: _("The weekly digest"), lambda u, v: _stop_period(u, "weekly")),
)
register_scope("all", Scope(lambda user, value: _("Every e-mail about what you follow"), _stop_all))


def resolve(user_id: int, scope: str) -> tuple[object, Scope, str] | None:
    """``(user, scope, value)`` for a token's content, or ``None`` when it names nothing
    that exists (an account deleted, a subscription gone, an unknown scope)."""
    prefix, _colon, value = scope.partition(":")
    handler = _scopes.get(prefix)
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if handler is None or user is None:
        return None
    if not handler.describe(user, value):
        return None
    return user, handler, value
