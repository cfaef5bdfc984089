from django.utils.translation import gettext_lazy as _

PROFILE_FIELDS = [
    ("display_name", _("display name")),
    ("country", _("country")),
    ("organisation", _("organisation")),
    ("position", _("position")),
    ("bio", _("short bio")),
    ("avatar", _("avatar")),
]


def profile_context(request) -> dict:
    user = request.user
    missing = [label for field, label in PROFILE_FIELDS if not getattr(user, field)]
    done = len(PROFILE_FIELDS) - len(missing)
    return {
        "member": user,
        "completeness": round(100 * done / len(PROFILE_FIELDS)),
        "missing": missing,
    }
