"""Every interface string exists in French and Spanish, translated for real."""

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from core.languages import EXTRA_LANGUAGES

LOCALES = ["fr", "es"]
ROOT = Path(settings.BASE_DIR)
# Strings that are rightly the same as the English: names and acronyms everywhere
# (languages such as Wolof or Quechua are spelled alike), and words each language
# spells like English.
SAME_IN_EVERY_LANGUAGE = {
    "GESS",
    "GIMI",
    "CIARIS",
    "—",
    # Names of formats and standards.
    "ISBN",
    "BibTeX",
    "Word (DOCX)",
    "Excel (XLSX)",
    "PowerPoint (PPTX)",
    "RIS (Zotero, EndNote, Mendeley)",
} | {name for _, name in EXTRA_LANGUAGES}
SAME_AS_ENGLISH = {
    "fr": {
        # Mail programs show "Re:" in every language.
        "re: {title}",
        "messages",
        "forum",
        "notification",
        "notifications",
        "assistance",
        "experts",
        "menu",
        "pages",
        "image",
        "permissions",
        "date",
        "type",
        "collection",
        "collections",
        "description",
        "classification",
        "source",
        "actions",
        "action",
        "programme",
        "programmes",
        "documents",
        "note",
        "code",
        "message",
        "publications",
        "expert",
        "organisation",
        "association",
        "total",
        "invitation",
        "invitations",
        # Workspaces: the same words in French.
        "blog",
        "wiki",
        "discussion",
        "discussions",
        "document",
        "version",
        "versions",
        "version %(number)s",
        "%(title)s (version %(number)d)",
        "%(name)s · blog",
        "%(workspace)s · blog",
    },
    "es": {
        "error",
        "total",
        "blog",
        "wiki",
        "%(name)s · blog",
        "%(workspace)s · blog",
        "re: {title}",
    },
}


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
        and entry.msgid.lower() not in SAME_AS_ENGLISH[language]
        and len(entry.msgid) > 3
        and re.sub(r"%\(\w+\)[sd]", "", entry.msgid).strip(" :·-")  # not only placeholders
    ]
    assert copies == []


@pytest.mark.parametrize("language", LOCALES)
def test_placeholders_survive_translation(language):
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
    # makemessages writes next to the sources it scans, so it scans a copy: the
    # committed catalogues must never be rewritten by a test.
    source = tmp_path / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "var", "locale", "tests", "node_modules", "__pycache__", "*.mo"
        ),
    )
    settings.LOCALE_PATHS = [str(source / "locale")]
    cwd = os.getcwd()
    os.chdir(source)
    try:
        call_command("makemessages", locale=["fr"], verbosity=0)
    finally:
        os.chdir(cwd)
    extracted = {e.msgid for e in polib.pofile(str(source / "locale/fr/LC_MESSAGES/django.po"))}
    for language in LOCALES:
        known = {e.msgid for e in catalogue(language) if not e.obsolete}
        assert sorted(extracted - known) == [], f"missing from locale/{language}"
