"""Demo editorial pages in English, French and Spanish.

Builds, under the home page that migration ``editorial.0002_home_page`` put at the
site root: "About GESS", "News & Events" and its news items and events, each
with French and Spanish translations made with Wagtail's ``copy_for_translation``.

Idempotent: pages are found by their English slug (translations through their
translation key) and a page is saved and published again only when its content
differs from the demo data, so a second run adds no page and no revision.
"""

from collections import Counter

from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from editorial.models import HomePage, NewsIndexPage, NewsPage, StandardPage

from . import news, pages

LANGUAGES = ("en", "fr", "es")
TRANSLATIONS = LANGUAGES[1:]


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def _stream(body):
    """Demo body pairs as a StreamField value."""
    return [(kind, RichText(value) if kind == "paragraph" else value) for kind, value in body]


def _stored_body(page):
    return [(block["type"], block["value"]) for block in page.body.raw_data]


def _publish_if_changed(page: Page, fields: dict) -> bool:
    """Give ``page`` these field values; save and publish a revision only if anything changed.

    Works on a fresh copy from the database: publishing saves the whole page, tree
    fields included, and an instance held since before children were added under
    it (through other instances) would write back a stale ``numchild``.
    """
    page = type(page).objects.get(pk=page.pk)
    changed = not page.live or page.has_unpublished_changes
    for name, value in fields.items():
        if name == "body":
            if _stored_body(page) != list(value):
                page.body = _stream(value)
                changed = True
        elif getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    if changed:
        page.save_revision().publish()
    return changed


def _translations(page: Page, locales) -> dict[str, Page]:
    """The page in every language, copying it (as a draft) where a translation is missing."""
    found = {"en": page}
    for code in TRANSLATIONS:
        translation = page.get_translation_or_none(locales[code])
        found[code] = translation or page.copy_for_translation(locales[code])
    return found


def _upsert(model, parent: Page, fields_by_language: dict, locales) -> dict[str, Page]:
    """Find or create the English page under ``parent`` and its translations; publish them."""
    english = fields_by_language["en"]
    page = model.objects.child_of(parent).filter(slug=english["slug"]).first()
    if page is None:
        page = model(live=False, **{k: v for k, v in english.items() if k != "body"})
        if "body" in english:
            page.body = _stream(english["body"])
        parent.add_child(instance=page)
    found = _translations(page, locales)
    for code, translation in found.items():
        _publish_if_changed(translation, fields_by_language[code])
    return found


def _home_fields(code: str, about: Page) -> dict:
    data = pages.HOME[code]
    link = f'<a linktype="page" id="{about.pk}">{data["about_link_text"]}</a>'
    body = [(kind, value.replace("{about_link}", link)) for kind, value in data["body"]]
    return {"intro": data["intro"], "body": body}


def _news_fields(item: dict, code: str) -> dict:
    fields = {
        "kind": item["kind"],
        "date": item["date"],
        "event_start": item.get("event_start"),
        "event_end": item.get("event_end"),
        "location": "",
        "countries": sorted(item.get("countries", [])),  # as the field stores them
    }
    fields.update(item[code])
    return fields


def load() -> Counter:
    """Create or update the demo pages; count the live editorial pages per (language, page
    type)."""
    locales = ensure_locales()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise CommandError(
            f"The default site's root page is a {type(home).__name__}, not a home page."
        )

    homes = _translations(home, locales)
    about = _upsert(StandardPage, home, pages.ABOUT, locales)
    index = _upsert(NewsIndexPage, home, pages.NEWS_INDEX, locales)
    for item in news.NEWS:
        fields = {code: _news_fields(item, code) for code in LANGUAGES}
        _upsert(NewsPage, index["en"], fields, locales)
    for code, page in homes.items():
        _publish_if_changed(page, _home_fields(code, about[code]))

    live = Page.objects.live().type(HomePage, StandardPage, NewsIndexPage, NewsPage)
    return Counter(live.values_list("locale__language_code", "content_type__model"))
