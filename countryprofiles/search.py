"""Country profiles' answer for the portal-wide search (``/search/``).

A live, public profile matches when every word of the query occurs in the
country's name (in the active language or in English, ignoring case and
accents: "Senegal" finds "Sénégal" in French, "Inde" and "India" both find
India) or in its "In brief" text (in the active language or English). Names
are matched in Python against django-countries' list, the texts by the
database and checked again without their HTML, so "strong" does not find every
profile with bold text. One query (plus Wagtail's view restrictions), whatever
the number of profiles.
"""

import re
import unicodedata
from functools import reduce
from html import unescape
from operator import and_, or_

from django.db.models import Q
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import override
from django_countries import countries

from core.regions import REGIONS, region_of
from core.search import Answer, Hit
from core.translated import LANGUAGE_SUFFIXES, current_language

from .models import CountryProfilePage

MAX_WORDS = 10
SUMMARY_WORDS = 30


def fold(text: str) -> str:
    """``text`` lower-cased and without accents, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def plain(html: str) -> str:
    """Rich text as the words a reader sees."""
    return " ".join(unescape(strip_tags((html or "").replace("<", " <"))).split())


def _names() -> dict[str, list[str]]:
    """Every country's name in the active language and in English, folded."""
    names: dict[str, list[str]] = {}
    for country in countries:
        names.setdefault(country.code, []).append(fold(country.name))
    if current_language() != "en":
        with override("en"):
            for country in countries:
                names.setdefault(country.code, []).append(fold(country.name))
    return names


def _text_fields() -> list[str]:
    language = current_language()
    return list(dict.fromkeys(["in_brief", f"in_brief{LANGUAGE_SUFFIXES[language]}"]))


def search(query: str, user, limit: int) -> Answer:
    words = re.findall(r"\w+", query)[:MAX_WORDS]
    if not words:
        return Answer(count=0)
    names = _names()
    fields = _text_fields()

    def name_codes(word: str) -> set[str]:
        folded = fold(word)
        return {code for code, variants in names.items() if any(folded in v for v in variants)}

    by_word = {word: name_codes(word) for word in words}
    condition = reduce(
        and_,
        (
            reduce(
                or_,
                [Q(country__in=by_word[word])] + [Q(**{f"{f}__icontains": word}) for f in fields],
            )
            for word in words
        ),
    )
    rows = (
        CountryProfilePage.objects.live()
        .public()
        .filter(condition)
        .values("country", "title", *dict.fromkeys(["in_brief", *fields]))
    )

    found = []
    for row in rows:
        texts = [fold(plain(row[f])) for f in fields]
        if all(
            row["country"] in by_word[word] or any(fold(word) in text for text in texts)
            for word in words
        ):
            found.append(row)
    found.sort(key=lambda row: fold(countries.name(row["country"])))

    regions = dict(REGIONS)
    hits = []
    for row in found[:limit]:
        code = row["country"]
        text = row[fields[-1]] or row["in_brief"]
        hits.append(
            Hit(
                title=str(countries.name(code)),
                url=reverse("countryprofiles:detail", kwargs={"code": code.lower()}),
                summary=Truncator(plain(text)).words(SUMMARY_WORDS),
                meta=str(regions.get(region_of(code), "")),
            )
        )
    return Answer(count=len(found), hits=hits)
