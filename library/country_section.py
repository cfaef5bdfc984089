"""The library's section on a country profile: the published items about that country.

What the section counts and lists is what the library's browse page for the country
(``/library/country/<CODE>/``, its "See all" link) shows to the same visitor:
published items only, through ``Item.objects.visible_to(user)``. Two queries
(the count, then the newest few), one when there is nothing to list.
"""

from django.db.models import F
from django.urls import reverse
from django.utils.text import Truncator

from core.search import Answer, Hit

from .search import published_items

SUMMARY_WORDS = 40  # a profile lists several sections: abstracts are cut short


def items_about(country_code: str, user):
    """The published items about a country that ``user`` may see, unordered."""
    return published_items(user).filter(countries__country=country_code.upper())


def answer(country_code: str, user, limit: int) -> Answer:
    code = country_code.upper()
    items = items_about(code, user)
    count = items.count()
    hits = []
    if count and limit:
        newest = (
            items.select_related("resource_type")
            .defer("extracted_text", "search_vector")
            .order_by(F("published_at").desc(nulls_last=True), "-pk")[:limit]
        )
        for item in newest:
            meta = " · ".join(str(part) for part in (item.resource_type, item.year) if part)
            hits.append(
                Hit(
                    title=item.title,
                    url=item.get_absolute_url(),
                    summary=Truncator(item.abstract).words(SUMMARY_WORDS),
                    meta=meta,
                )
            )
    return Answer(
        count=count,
        hits=hits,
        more_url=reverse("library:browse", kwargs={"facet": "country", "slug": code}),
    )
