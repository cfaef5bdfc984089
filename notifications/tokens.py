"""Signed one-click unsubscribe links: no sign-in needed, nothing to guess.

A token names a member and a scope: ``sub:<id>`` (one subscription), ``direct``
(mentions and replies), ``daily`` or ``weekly`` (every subscription delivered that
way), or ``all``. Other apps may add scopes (``unsubscribe.register_scope``).
"""

from django.core import signing

SALT = "notifications.unsubscribe"


def make(user_id: int, scope: str) -> str:
    return signing.dumps([user_id, scope], salt=SALT, compress=True)


def read(token: str) -> tuple[int, str] | None:
    """``(user_id, scope)``, or ``None`` for a token that is unknown or was altered."""
    try:
        user_id, scope = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(user_id, int) or not isinstance(scope, str):
        return None
    return user_id, scope
