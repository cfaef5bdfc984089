"""News and events on a country profile: the items editors tagged with that country.

Live, public news items and events in the active language's locale whose
``countries`` hold the code, newest first. "See all" is the News & Events page
in that language filtered on the country (``?country=SN``). A fixed number of
queries: the locale, the count, the items (none when there are none), the news
index page, and Wagtail's site root paths the first time (then cached).
"""

from urllib.parse import urlencode

from django.utils.formats import date_format
from wagtail.models import Locale

from core.search import Answer, Hit

from .models import NewsIndexPage, NewsPage, about_country_q


def news_about(country_code: str, locale):
    """Live, public news items and events in ``locale`` about a country, newest first."""
    return (
        NewsPage.objects.live()
        .public()
        .filter(locale=locale)
        .filter(about_country_q(country_code.upper()))
        .defer_streamfields()
        .order_by("-date", "-first_published_at")
    )


def news_index_url(locale, country_code: str) -> str:
    """The News & Events page in ``locale`` (else any), filtered on the country."""
    pages = NewsIndexPage.objects.live().public()
    page = pages.filter(locale=locale).first() or pages.first()
    url = page.get_url() if page else ""
    return f"{url}?{urlencode({'country': country_code.upper()})}" if url else ""


def answer(country_code: str, user, limit: int) -> Answer:
    code = country_code.upper()
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return Answer(count=0)
    items = news_about(code, locale)
    count = items.count()
    hits = []
    for item in items[:limit] if count and limit else ():
        event = item.kind == NewsPage.Kind.EVENT and item.event_start
        hits.append(
            Hit(
                title=item.title,
                url=item.get_url() or "",
                summary=item.summary,
                meta=f"{item.get_kind_display()} · {date_format(event or item.date)}",
            )
        )
    return Answer(count=count, hits=hits, more_url=news_index_url(locale, code))
