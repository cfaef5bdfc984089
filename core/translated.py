"""Fields kept in three languages side by side: ``name``, ``name_fr``, ``name_es``.

The English field is the reference and is always filled; the French and
Spanish ones may be empty, in which case the English text is shown with a
notice. Models that keep content this way (library taxonomies, indicators,
country profiles, cooperation actions) read it through these helpers.
"""

from dataclasses import dataclass

from django.utils.translation import get_language

LANGUAGE_SUFFIXES = {"en": "", "fr": "_fr", "es": "_es"}


def current_language() -> str:
    code = (get_language() or "en")[:2]
    return code if code in LANGUAGE_SUFFIXES else "en"


@dataclass(frozen=True)
class Translated:
    value: str
    language: str  # the language ``value`` is in
    fallback: bool  # True when the active language had no text and English is shown

    def __str__(self) -> str:
        return self.value

    def __bool__(self) -> bool:
        return bool(self.value)


def translated(obj, field: str, language: str | None = None) -> Translated:
    """``obj.<field>`` in ``language`` (default: the active one), else in English."""
    language = language or current_language()
    suffix = LANGUAGE_SUFFIXES.get(language, "")
    value = getattr(obj, f"{field}{suffix}", "") or ""
    if value or not suffix:
        return Translated(value, language if value else "en", False)
    english = getattr(obj, field, "") or ""
    return Translated(english, "en", bool(english))


def translated_text(obj, field: str) -> str:
    return translated(obj, field).value
