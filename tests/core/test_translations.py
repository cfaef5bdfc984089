"""Every interface string exists in French and Spanish, translated for real."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

LOCALES = ["fr", "es"]
ROOT = Path(settings.BASE_DIR)
# Strings that are the same in every language (names, acronyms, formats).
SAME_IN_EVERY_LANGUAGE = {"GESS", "GIMI", "CIARIS", "E-mail", "Email", "Wolof", "Bambara", "—"}


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LOCALES)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    assert len(po) > 100
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", LOCALES)
def test_translations_are_not_english_copies(language):
    copies = [
        entry.msgid
        for entry in catalogue(language).translated_entries()
        if entry.msgstr == entry.msgid
        and entry.msgid not in SAME_IN_EVERY_LANGUAGE
        and len(entry.msgid) > 3
    ]
    assert copies == []


@pytest.mark.parametrize("language", LOCALES)
def test_placeholders_survive_translation(language):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|\{\{\s*\w+\s*\}\}|%[sd]")
    broken = []
    for entry in catalogue(language).translated_entries():
        if entry.msgid_plural:
            continue
        if sorted(placeholder.findall(entry.msgid)) != sorted(placeholder.findall(entry.msgstr)):
            broken.append(entry.msgid)
    assert broken == []


def test_catalogues_hold_every_marked_string(tmp_path, settings):
    """makemessages on the current code finds no string missing from the catalogues."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI") == "true":
            pytest.fail("GNU gettext (xgettext) is needed in CI to check the catalogues.")
        pytest.skip("GNU gettext (xgettext) is not installed; cannot extract strings.")
    settings.LOCALE_PATHS = [str(tmp_path)]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        call_command(
            "makemessages",
            locale=["fr"],
            ignore_patterns=[".venv/*", "var/*", "tests/*", "node_modules/*"],
            verbosity=0,
        )
    finally:
        os.chdir(cwd)
    extracted = {e.msgid for e in polib.pofile(str(tmp_path / "fr/LC_MESSAGES/django.po"))}
    for language in LOCALES:
        known = {e.msgid for e in catalogue(language) if not e.obsolete}
        assert sorted(extracted - known) == [], f"missing from locale/{language}"
