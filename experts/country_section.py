"""The experts' section on a country profile: experts who have worked in the country.

What it counts and lists is what the list of experts filtered on the country (its
"See all" link) shows to the same visitor, through ``visible_to(user)``: two queries
for the count and the latest updated, one more for their areas.
"""

from urllib.parse import urlencode

from django.urls import reverse

from core.search import Answer

from .search import filter_profiles, hit


def answer(country_code: str, user, limit: int) -> Answer:
    code = country_code.upper()
    profiles = filter_profiles({"country": code}, user)
    count = profiles.count()
    hits = []
    if count and limit:
        hits = [hit(profile) for profile in profiles.for_hits()[:limit]]
    more_url = f"{reverse('experts:index')}?{urlencode({'country': code})}"
    return Answer(count=count, hits=hits, more_url=more_url)
