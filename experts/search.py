"""Finding experts: words, filters, sort; the portal search provider and the country
section.

Words are looked for in the headline, summary, employer, education, publications,
the names of the expert's areas (in English, French and Spanish) and the CV's
extracted text.

- PostgreSQL: the profile's text is stemmed in English, French and Spanish
  (weighted headline A, summary/employer/education/publications B, areas C,
  the first 200,000 characters of the CV D) and matched with
  ``websearch_to_tsquery`` in the three configurations OR'ed, ranked by
  ``ts_rank``, as the library does. The vector is computed in the query: the
  expert database holds a few thousand profiles, not hundreds of thousands of
  documents. ``update_index(profile_id)`` is the hook profile saves and the CV
  extraction call, so a stored, GIN-indexed vector can replace the computed one
  without touching its callers.
- SQLite: every word must occur (``icontains``) in one of those texts; a
  match in the headline ranks first.

Everything goes through ``ExpertProfile.objects.visible_to(user)``.
"""

from __future__ import annotations

import operator
import re
from functools import reduce
from urllib.parse import urlencode

from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections, router
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, Substr
from django.urls import reverse
from django.utils.text import Truncator

from core.search import Answer, Hit

from .forms import RELEVANCE, UPDATED
from .models import ExpertCountry, ExpertLanguage, ExpertProfile

PAGE_SIZE = 20
MAX_WORDS = 10  # SQLite: each word is one more LIKE over every text column
INDEX_TEXT_LIMIT = 200_000  # characters of a CV's text that are searched
SEARCH_CONFIGS = ("english", "french", "spanish")
TEXT_FIELDS = ("headline", "summary", "employer", "education", "publications", "cv_text")

_WORD = re.compile(r"\w+")
_NOTHING = Q(pk__isnull=True)


def is_postgresql() -> bool:
    return connections[router.db_for_read(ExpertProfile)].vendor == "postgresql"


def update_index(profile_id: int) -> None:
    """Bring the search index of one profile up to date.

    Call it after a profile (its areas, its CV text) changes. The vector is computed
    at query time today, so there is nothing to store: this is the one place to
    change when it is stored.
    """
    return None


def words(query: str) -> list[str]:
    seen, found = set(), []
    for word in _WORD.findall(query):
        if word.lower() not in seen:
            seen.add(word.lower())
            found.append(word)
    return found


# --- Matching words ----------------------------------------------------------------


def _area_names():
    """The names of a profile's areas, in the three languages, as one text (subquery)."""
    through = ExpertProfile.areas.through
    names = (
        through.objects.filter(expertprofile_id=OuterRef("pk"))
        .values("expertprofile_id")
        .annotate(
            names=StringAgg(
                Concat(
                    "expertisearea__name",
                    Value(" "),
                    "expertisearea__name_fr",
                    Value(" "),
                    "expertisearea__name_es",
                    output_field=TextField(),
                ),
                delimiter=" ",
                output_field=TextField(),
            )
        )
        .values("names")
    )
    return Coalesce(Subquery(names), Value(""), output_field=TextField())


def _pg_vector():
    vectors = []
    for config in SEARCH_CONFIGS:
        vectors += [
            SearchVector("headline", config=config, weight="A"),
            SearchVector(
                "summary", "employer", "education", "publications", config=config, weight="B"
            ),
            SearchVector(_area_names(), config=config, weight="C"),
            SearchVector(
                Substr("cv_text", 1, INDEX_TEXT_LIMIT, output_field=TextField()),
                config=config,
                weight="D",
            ),
        ]
    return reduce(operator.add, vectors)


def _pg_query(query: str) -> SearchQuery:
    queries = [SearchQuery(query, config=c, search_type="websearch") for c in SEARCH_CONFIGS]
    return reduce(operator.or_, queries)


def match_words(profiles: QuerySet, query: str, *, ranked: bool = False) -> QuerySet:
    """``profiles`` containing the words of ``query`` (all of them); with ``ranked``,
    annotated with ``rank`` (higher is better)."""
    found = words(query)
    if not found:
        # Only punctuation: nothing to look for, so nothing found.
        profiles = profiles.filter(_NOTHING)
        return profiles.annotate(rank=Value(0)) if ranked else profiles
    if is_postgresql():
        profiles = profiles.annotate(search_document=_pg_vector()).filter(
            search_document=_pg_query(query)
        )
        if ranked:
            profiles = profiles.annotate(rank=SearchRank(F("search_document"), _pg_query(query)))
        return profiles
    for word in found[:MAX_WORDS]:
        in_areas = Exists(
            ExpertProfile.areas.through.objects.filter(expertprofile_id=OuterRef("pk")).filter(
                Q(expertisearea__name__icontains=word)
                | Q(expertisearea__name_fr__icontains=word)
                | Q(expertisearea__name_es__icontains=word)
            )
        )
        condition = reduce(
            operator.or_, (Q(**{f"{name}__icontains": word}) for name in TEXT_FIELDS)
        )
        profiles = profiles.filter(condition | in_areas)
    if ranked:
        profiles = profiles.annotate(
            rank=sum(
                (
                    Case(
                        When(headline__icontains=word, then=Value(2)),
                        default=Value(1),
                        output_field=IntegerField(),
                    )
                    for word in found[:MAX_WORDS]
                ),
                Value(0),
            )
        )
    return profiles


# --- The list ----------------------------------------------------------------------


def filter_profiles(filters: dict, user) -> QuerySet:
    """The profiles ``user`` may see that match ``filters`` (SearchForm.valid_filters),
    in the order asked: relevance when there are words (unless "last updated" is
    asked), else last updated first."""
    profiles = ExpertProfile.objects.visible_to(user)
    if area := filters.get("area"):
        profiles = profiles.filter(
            Exists(
                ExpertProfile.areas.through.objects.filter(
                    expertprofile_id=OuterRef("pk"), expertisearea_id=area.pk
                )
            )
        )
    if country := filters.get("country"):
        profiles = profiles.filter(
            Exists(ExpertCountry.objects.filter(profile_id=OuterRef("pk"), country=country))
        )
    if language := filters.get("language"):
        profiles = profiles.filter(
            Exists(
                ExpertLanguage.objects.filter(
                    profile_id=OuterRef("pk"),
                    language_id=language.pk,
                    level__gte=filters.get("level") or 1,
                )
            )
        )
    if availability := filters.get("availability"):
        profiles = profiles.filter(availability=availability)
    query = filters.get("q", "")
    by_relevance = bool(query) and filters.get("sort") != UPDATED
    if query:
        profiles = match_words(profiles, query, ranked=by_relevance)
    if by_relevance:
        return profiles.order_by("-rank", "-updated", "-pk")
    return profiles.order_by("-updated", "-pk")


def for_listing(profiles: QuerySet) -> QuerySet:
    """What a result shows, in a fixed number of queries (one per prefetch)."""
    return profiles.for_hits().prefetch_related(
        "countries",
        Prefetch("languages", queryset=ExpertLanguage.objects.select_related("language")),
    )


def effective_sort(filters: dict) -> str:
    return RELEVANCE if filters.get("q") and filters.get("sort") != UPDATED else UPDATED


def country_choices() -> list[tuple[str, str]]:
    """The countries some expert has worked in, by name (one query)."""
    codes = ExpertCountry.objects.values_list("country", flat=True).distinct()
    names = [(code, str(ExpertCountry(country=code).country.name)) for code in codes]
    return sorted(names, key=lambda pair: pair[1])


def language_choices() -> list[tuple[str, str]]:
    """The languages some expert works in (one query)."""
    from core.models import Language

    languages = Language.objects.filter(
        Exists(ExpertLanguage.objects.filter(language_id=OuterRef("pk")))
    )
    return sorted(((lang.pk, str(lang)) for lang in languages), key=lambda pair: pair[1])


def area_names_for(profile: ExpertProfile) -> str:
    return ", ".join(str(area) for area in profile.areas.all())


# --- The portal search -----------------------------------------------------------


def site_search(query: str, user, limit: int) -> Answer:
    """The experts' answer on the portal-wide search page."""
    profiles = filter_profiles({"q": query}, user) if query else ExpertProfile.objects.none()
    count = profiles.count()
    hits = []
    if count and limit:
        hits = [hit(profile) for profile in profiles.for_hits()[:limit]]
    more_url = f"{reverse('experts:index')}?{urlencode({'q': query})}"
    return Answer(count=count, hits=hits, more_url=more_url)


def hit(profile: ExpertProfile) -> Hit:
    return Hit(
        title=profile.user.display_name,
        url=profile.get_absolute_url(),
        summary=Truncator(profile.headline).words(30),
        meta=area_names_for(profile),
    )
