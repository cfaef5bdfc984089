"""Languages people speak, as data seeded from Django's own list.

Django's catalogs translate the names of the languages it knows; the few
languages common in the portal's regions that Django lacks are marked here
so that our own catalogs translate them.
"""

from django.conf import global_settings
from django.utils.translation import gettext_noop

EXTRA_LANGUAGES = [
    ("ay", gettext_noop("Aymara")),
    ("bm", gettext_noop("Bambara")),
    ("ff", gettext_noop("Fula")),
    ("gn", gettext_noop("Guarani")),
    ("ha", gettext_noop("Hausa")),
    ("ln", gettext_noop("Lingala")),
    ("qu", gettext_noop("Quechua")),
    ("rw", gettext_noop("Kinyarwanda")),
    ("tl", gettext_noop("Tagalog")),
    ("wo", gettext_noop("Wolof")),
    ("yo", gettext_noop("Yoruba")),
    ("zu", gettext_noop("Zulu")),
]


def spoken_languages() -> list[tuple[str, str]]:
    """(code, English name) for every language a member can say they speak."""
    seen: dict[str, str] = {}
    for code, name in list(global_settings.LANGUAGES) + EXTRA_LANGUAGES:
        if "-" in code and code not in {"zh-hans", "zh-hant", "pt-br"}:
            continue
        seen.setdefault(code, name)
    return sorted(seen.items(), key=lambda item: item[1])
