"""The schemes' section on a country profile: the country's published schemes.

It counts what the list of schemes filtered on the country (its "See all" link)
shows, and lists the latest updated first: two queries, whatever the number of
schemes (a hit needs nothing beyond the scheme's own row).
"""

from urllib.parse import urlencode

from django.urls import reverse

from core.search import Answer

from .search import filter_schemes, hit


def answer(country_code: str, user, limit: int) -> Answer:
    code = country_code.upper()
    schemes = filter_schemes({"country": code, "sort": "-updated"}, user)
    count = schemes.count()
    hits = [hit(scheme) for scheme in schemes[:limit]] if count and limit else []
    more_url = f"{reverse('schemes:index')}?{urlencode({'country': code})}"
    return Answer(count=count, hits=hits, more_url=more_url)
