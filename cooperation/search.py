"""Technical cooperation in the portal search (``core.search``) and on country
profiles (``countryprofiles.sections``). Actions are public: every visitor sees
the same answer."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.text import Truncator

from core.search import Answer, Hit
from core.translated import translated

from . import services
from .models import Action

SUMMARY_WORDS = 30


def _hit(action: Action) -> Hit:
    partner = action.partner
    meta = " · ".join(
        part
        for part in (
            action.country_name,
            (partner.acronym or partner.name) if partner else "",
            services.period(action.start_date, action.end_date),
            str(action.get_status_display()),
        )
        if part
    )
    summary = Truncator(translated(action, "summary").value).words(SUMMARY_WORDS)
    return Hit(title=str(action), url=action.get_absolute_url(), summary=summary, meta=meta)


def _answer(queryset, limit: int, more_url: str) -> Answer:
    count = queryset.count()
    hits = [_hit(action) for action in services.for_listing(queryset)[:limit]] if count else []
    return Answer(count=count, hits=hits, more_url=more_url if count else "")


def site_search(query: str, user=None, limit: int = 5) -> Answer:
    """Actions whose title, summary or partner holds every word of ``query``."""
    filters = {"q": query}
    more_url = f"{reverse('cooperation:index')}?{urlencode(filters)}"
    return _answer(services.filter_actions(filters), limit, more_url)


def country_section(country_code: str, user=None, limit: int = 5) -> Answer:
    """The country's actions, latest first, and the list filtered on the country."""
    code = country_code.upper()
    more_url = f"{reverse('cooperation:index')}?{urlencode({'country': code})}"
    return _answer(Action.objects.for_country(code), limit, more_url)
