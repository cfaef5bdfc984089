"""@mentions: a member names another member of the workspace by typing ``@`` and their
display name, as shown on the members page ("@Aminata Diallo"). Only members of the
workspace can be mentioned (they alone may surely read what mentions them); the
longest name wins when one starts another ("@Ana" and "@Ana María")."""

import re

from django.contrib.auth import get_user_model

from .models import Membership, Workspace


def mentioned(workspace: Workspace, text: str, *, exclude=None) -> list:
    """The workspace's members ``text`` mentions, by account number
    (one query); ``exclude`` (the author) is never among them."""
    if "@" not in (text or ""):
        return []
    users = list(
        get_user_model()
        .objects.filter(
            pk__in=Membership.objects.filter(workspace=workspace).values("user"), is_active=True
        )
        .exclude(pk=getattr(exclude, "pk", None))
        .only("pk", "display_name", "email", "language")
    )
    found, taken = [], []
    for user in sorted(users, key=lambda user: -len(user.display_name or "")):
        name = (user.display_name or "").strip()
        if not name:
            continue
        pattern = re.compile(r"(?<![\w@])@" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(text):
            # A longer name already claimed this place ("@Ana María" is not "@Ana").
            if any(start <= match.start() < end for start, end in taken):
                continue
            taken.append(match.span())
            found.append(user)
            break
    return sorted(found, key=lambda user: user.pk)
