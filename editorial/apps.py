import re

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

MAX_WORDS = 10


def search_pages(query: str, user, limit: int):
    """The editorial pages' answer for the site search: live, public pages in the
    active language, found by Wagtail's search backend."""
    from django.utils.html import strip_tags
    from django.utils.text import capfirst
    from wagtail.models import Locale, Page

    from core.search import Answer, Hit
    from countryprofiles.models import CountryProfileIndexPage, CountryProfilePage

    # Words only: the search backends give quotes and operators a syntax of their own
    # (an unclosed quote is an error in SQLite's FTS5).
    words = " ".join(re.findall(r"\w+", query)[:MAX_WORDS])
    if not words:
        return Answer(count=0)
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return Answer(count=0)
    pages = (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=1)  # depth 1 is Wagtail's invisible root
        # Country profiles have a provider of their own (countryprofiles.search).
        .not_type(CountryProfileIndexPage, CountryProfilePage)
        .specific()
        .search(words, operator="and")
    )
    count = pages.count()
    hits = []
    for page in pages[:limit] if count else ():
        summary = (
            getattr(page, "summary", "")
            or getattr(page, "intro", "")
            or page.search_description
            or ""
        )
        meta = capfirst(page.specific_class._meta.verbose_name)
        if getattr(page, "kind", None) and hasattr(page, "get_kind_display"):
            meta = f"{page.get_kind_display()} · {page.date:%d/%m/%Y}"
        hits.append(
            Hit(
                title=page.title,
                url=page.get_url() or "",
                summary=strip_tags(str(summary)),
                meta=str(meta),
            )
        )
    return Answer(count=count, hits=hits)


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial pages")

    def ready(self) -> None:
        from core import search as site_search

        site_search.register(
            site_search.Provider(
                key="pages", label=_("Pages and news"), search=search_pages, order=20
            )
        )

        # News and events on a country profile ("everything about this country").
        from countryprofiles import sections

        from .country_section import answer as country_answer

        sections.register(
            sections.Section(
                key="news", label=_("News and events"), answer=country_answer, order=60
            )
        )
