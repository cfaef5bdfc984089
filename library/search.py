"""Finding library items: the full-text index, the result list, its facets and the
library home page's counts.

``settings.LIBRARY_SEARCH_BACKEND`` says who matches the words (``search_backend()``,
``library.search_backends``): ``"database"`` (the default, below) or ``"wagtail"``
(Wagtail's configured search backend: its database backend, Elasticsearch or OpenSearch).
Whichever it is, visibility, facets, filters, sorting by date or title and pages are
the ORM's, here; one ``TextMatch`` a page serves its list and all its facets.

The database implementation has two engines behind one interface:

- PostgreSQL: ``Item.search_vector`` holds the item's text stemmed in English, French
  and Spanish (so "mutuelle" finds "mutuelles" and "pensión" finds "pensiones"),
  weighted title A, abstract/authors/publisher B, taxonomy names and tags C, file text
  D. ``update_index()`` recomputes it (one UPDATE per batch); a query is
  ``websearch_to_tsquery`` in the three configurations, OR'ed, ranked by ``ts_rank``.
- SQLite (the embedded default): every word of the query must occur (``icontains``)
  in the title, abstract, authors, publisher, tags or file text; matches in the title
  rank first.

Listings, counts and facets show published items only, for everyone (editors find
drafts in the review queue, members in "my submissions"), always through
``Item.objects.visible_to(user)``. Any query string gives a page, never an error:
text is cleaned (control characters stripped, length capped), unknown values simply
match nothing, malformed years are ignored.
"""

from __future__ import annotations

import logging
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import reduce
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import ImproperlyConfigured
from django.db import DataError, OperationalError, connections, router, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import (
    Coalesce,
    ExtractYear,
    Greatest,
    Lower,
    NullIf,
    StrIndex,
    Substr,
)
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from taggit.models import Tag

from core.models import Language
from core.regions import REGIONS, region_of
from core.search import clean_query

from .models import (
    Approach,
    Branch,
    Item,
    ItemCountry,
    ItemTag,
    LibraryCollection,
    ResourceType,
    Theme,
    Topic,
)
from .search_backends import LibrarySearchBackend, TextMatch, WagtailSearchBackend

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
MAX_VALUE_LENGTH = 100
MAX_VALUES_PER_FACET = 10
MAX_WORDS = 10  # SQLite: each word is one more LIKE over every text column
INDEX_TEXT_LIMIT = 200_000  # characters of a file's text that go into the index
INDEX_BATCH_SIZE = 500
SEARCH_CONFIGS = ("english", "french", "spanish")
FACET_VISIBLE_VALUES = 8  # the rest of a facet's values fold under "more"
TAG_FACET_LIMIT = 30
YEARS_BEFORE_DECADES = 12  # more distinct years than this: the year facet shows decades

RELEVANCE, DATE, TITLE = "relevance", "date", "title"
SORTS = (RELEVANCE, DATE, TITLE)
SORT_LABELS = {RELEVANCE: _("Relevance"), DATE: _("Date"), TITLE: _("Title")}

# The taxonomies, by the URL segment that browses them (Term.facet).
TAXONOMIES = {
    model.facet: model
    for model in (ResourceType, Topic, Approach, Theme, Branch, LibraryCollection)
}
# Item's many-to-many field for each taxonomy facet (type is a foreign key).
TAXONOMY_FIELDS = {
    "topic": "topics",
    "approach": "approaches",
    "theme": "themes",
    "branch": "branches",
    "collection": "collections",
}
FACETS = (
    "type",
    "topic",
    "approach",
    "theme",
    "branch",
    "collection",
    "country",
    "language",
    "tag",
)
FACET_LABELS = {
    "type": _("Type"),
    "topic": _("Topic"),
    "approach": _("Approach"),
    "theme": _("Theme"),
    "branch": _("Knowledge-base branch"),
    "collection": _("Collection"),
    "country": _("Country"),
    "language": _("Language"),
    "tag": _("Tag"),
    "year": _("Year"),
}
# The order in which the search page shows its facets.
FACET_DISPLAY_ORDER = (
    "type",
    "language",
    "year",
    "country",
    "topic",
    "theme",
    "approach",
    "branch",
    "collection",
    "tag",
)

_WORD = re.compile(r"\w+")


# --- Cleaning what arrives -------------------------------------------------------


def _getlist(params: Mapping, key: str) -> list:
    if hasattr(params, "getlist"):
        return params.getlist(key)
    value = params.get(key)
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    return [value]


def _get(params: Mapping, key: str) -> str:
    values = _getlist(params, key)
    return str(values[-1]) if values else ""


def _year(value: str) -> int | None:
    try:
        year = int(value.strip())
    except (TypeError, ValueError):
        return None
    return year if 1 <= year <= 9999 else None


# --- What was asked --------------------------------------------------------------


@dataclass(frozen=True)
class SearchParams:
    """A search, cleaned: text, facet filters (facet -> values), years, sort."""

    q: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    sort: str = ""  # as asked ("" when absent or unknown); see ``effective_sort``

    @classmethod
    def from_mapping(cls, params: Mapping) -> SearchParams:
        filters = {}
        for facet in FACETS:
            values: list[str] = []
            for raw in _getlist(params, facet):
                value = clean_query(raw, MAX_VALUE_LENGTH)
                if facet == "country":
                    value = value.upper()
                if value and value not in values:
                    values.append(value)
            if values:
                filters[facet] = tuple(values[:MAX_VALUES_PER_FACET])
        year_from = _year(_get(params, "year_from"))
        year_to = _year(_get(params, "year_to"))
        if year_from and year_to and year_from > year_to:
            year_from, year_to = year_to, year_from
        sort = _get(params, "sort")
        return cls(
            q=clean_query(_get(params, "q")),
            filters=filters,
            year_from=year_from,
            year_to=year_to,
            sort=sort if sort in SORTS else "",
        )

    # Reading

    @property
    def words(self) -> list[str]:
        """The query's words, without repeats (case-insensitive), in order."""
        seen, words = set(), []
        for word in _WORD.findall(self.q):
            if word.lower() not in seen:
                seen.add(word.lower())
                words.append(word)
        return words

    @property
    def effective_sort(self) -> str:
        if self.sort == RELEVANCE and not self.q:
            return DATE
        return self.sort or (RELEVANCE if self.q else DATE)

    @property
    def has_years(self) -> bool:
        return self.year_from is not None or self.year_to is not None

    @property
    def is_refined(self) -> bool:
        """True when anything narrows the list (text, a facet, years)."""
        return bool(self.q or self.filters or self.has_years)

    def selected(self, facet: str) -> tuple[str, ...]:
        return self.filters.get(facet, ())

    # Changing (each returns a new SearchParams)

    def with_filter(self, facet: str, value: str) -> SearchParams:
        values = self.selected(facet)
        if value in values:
            return self
        return replace(self, filters={**self.filters, facet: (*values, value)})

    def without_filter(self, facet: str, value: str) -> SearchParams:
        values = tuple(v for v in self.selected(facet) if v != value)
        filters = {key: vals for key, vals in self.filters.items() if key != facet}
        if values:
            filters[facet] = values
        return replace(self, filters=filters)

    def toggled(self, facet: str, value: str) -> SearchParams:
        if value in self.selected(facet):
            return self.without_filter(facet, value)
        return self.with_filter(facet, value)

    def with_years(self, year_from: int | None, year_to: int | None) -> SearchParams:
        return replace(self, year_from=year_from, year_to=year_to)

    def with_sort(self, sort: str) -> SearchParams:
        return replace(self, sort=sort if sort in SORTS else "")

    def without_q(self) -> SearchParams:
        return replace(self, q="")

    # Writing back into a URL

    def as_pairs(self) -> list[tuple[str, str]]:
        pairs = [("q", self.q)] if self.q else []
        for facet in FACETS:
            pairs += [(facet, value) for value in self.selected(facet)]
        if self.year_from is not None:
            pairs.append(("year_from", str(self.year_from)))
        if self.year_to is not None:
            pairs.append(("year_to", str(self.year_to)))
        if self.sort:
            pairs.append(("sort", self.sort))
        return pairs

    def querystring(self) -> str:
        return urlencode(self.as_pairs())

    def url(self) -> str:
        """The library search page showing this search."""
        query = self.querystring()
        return reverse("library:search") + (f"?{query}" if query else "")


# --- Indexing (PostgreSQL) -----------------------------------------------------------


def is_postgresql(model=Item) -> bool:
    return connections[router.db_for_write(model)].vendor == "postgresql"


def _index_sql(connection) -> str:
    """One UPDATE that recomputes ``search_vector`` for the items whose ids are given.

    Built from table and column names only (quoted); the values (the ids, the text
    limit) are query parameters.
    """
    qn = connection.ops.quote_name
    item_table = qn(Item._meta.db_table)

    def names(alias: str) -> str:
        return f"concat_ws(' ', {alias}.name, {alias}.name_fr, {alias}.name_es)"

    type_table = qn(ResourceType._meta.db_table)
    term_parts = [
        f"(SELECT {names('t')} FROM {type_table} t "  # noqa: S608 -- quoted names only
        "WHERE t.id = i.resource_type_id)"
    ]
    for field_name in TAXONOMY_FIELDS.values():
        m2m = Item._meta.get_field(field_name)
        through = qn(m2m.remote_field.through._meta.db_table)
        target = qn(m2m.related_model._meta.db_table)
        item_column = qn(m2m.m2m_column_name())
        term_column = qn(m2m.m2m_reverse_name())
        term_parts.append(
            f"(SELECT string_agg({names('t')}, ' ') FROM {through} x "  # noqa: S608 -- quoted names only
            f"JOIN {target} t ON t.id = x.{term_column} WHERE x.{item_column} = i.id)"
        )
    tag_through = qn(ItemTag._meta.db_table)
    tag_table = qn(Tag._meta.db_table)
    term_parts.append(
        f"(SELECT string_agg(t.name, ' ') FROM {tag_through} x "  # noqa: S608 -- quoted names only
        f"JOIN {tag_table} t ON t.id = x.tag_id WHERE x.content_object_id = i.id)"
    )

    def weighted(column: str, weight: str) -> list[str]:
        return [
            f"setweight(to_tsvector('{config}'::regconfig, coalesce(src.{column}, '')), '{weight}')"
            for config in SEARCH_CONFIGS
        ]

    vector = " || ".join(
        weighted("a", "A") + weighted("b", "B") + weighted("c", "C") + weighted("d", "D")
    )
    return (
        "WITH src AS ("  # noqa: S608 -- quoted names only
        " SELECT i.id AS id, i.title AS a,"
        " concat_ws(' ', i.abstract, i.authors, i.publisher) AS b,"
        f" concat_ws(' ', {', '.join(term_parts)}) AS c,"
        " left(i.extracted_text, %s) AS d"
        f" FROM {item_table} i WHERE i.id = ANY(%s)"
        f") UPDATE {item_table} SET search_vector = {vector}"
        f" FROM src WHERE {item_table}.id = src.id"
    )


def update_index(item_ids: Iterable[int], *, batch_size: int | None = None) -> None:
    """Bring the search index of these items (any status) up to date, in the backend
    ``LIBRARY_SEARCH_BACKEND`` names (``search_backend()``).

    Call it after an item, its taxonomies, tags or file text change. Safe for many
    ids: they go in batches of ``batch_size`` (the backend's own size by default).
    """
    search_backend().update_index(item_ids, batch_size=batch_size)


def remove_from_index(item_id: int) -> None:
    """Forget a deleted item in the search index (the database's index goes with the row)."""
    search_backend().remove(item_id)


def _update_search_vectors(item_ids: Iterable[int], *, batch_size: int = INDEX_BATCH_SIZE) -> None:
    """Recompute ``search_vector`` of these items (any status). No-op on SQLite.

    One UPDATE per ``batch_size`` items.
    """
    alias = router.db_for_write(Item)
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return
    ids = sorted({int(pk) for pk in item_ids})
    if not ids:
        return
    sql = _index_sql(connection)
    with connection.cursor() as cursor:
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            try:
                with transaction.atomic(using=alias):
                    cursor.execute(sql, [INDEX_TEXT_LIMIT, batch])
            except (DataError, OperationalError) as error:
                if not _too_big(error):
                    raise
                # A text PostgreSQL cannot index whole (a tsvector holds at most 1 MB):
                # index those items one by one, with less and then none of their file text.
                logger.warning("Indexing items %s one by one", batch, exc_info=True)
                for pk in batch:
                    _index_one(cursor, alias, sql, pk)
    logger.debug("Indexed %d library items", len(ids))


def _too_big(error: Exception) -> bool:
    """PostgreSQL's "program limit exceeded" (54xxx) or "data exception" (22xxx)."""
    sqlstate = getattr(error.__cause__, "sqlstate", None) or ""
    return sqlstate.startswith(("54", "22"))


def _index_one(cursor, alias: str, sql: str, pk: int) -> None:
    for limit in (INDEX_TEXT_LIMIT // 4, 0):
        try:
            with transaction.atomic(using=alias):
                cursor.execute(sql, [limit, [pk]])
        except (DataError, OperationalError) as error:
            if not _too_big(error):
                raise
            continue
        return


# --- Querying ----------------------------------------------------------------------

_NOTHING = Q(pk__isnull=True)  # matches no row, and still compiles inside subqueries


def _year_expression():
    return Coalesce(
        ExtractYear("publication_date"), F("publication_year"), output_field=IntegerField()
    )


def _facet_condition(facet: str, value: str):
    if facet == "type":
        return Q(resource_type__slug=value)
    if facet in TAXONOMY_FIELDS:
        m2m = Item._meta.get_field(TAXONOMY_FIELDS[facet])
        through = m2m.remote_field.through
        term = m2m.m2m_reverse_field_name()
        return Exists(through.objects.filter(item_id=OuterRef("pk"), **{f"{term}__slug": value}))
    if facet == "country":
        return Exists(ItemCountry.objects.filter(item_id=OuterRef("pk"), country=value))
    if facet == "language":
        through = Item.languages.through
        return Exists(through.objects.filter(item_id=OuterRef("pk"), language_id=value))
    if facet == "tag":
        return Exists(ItemTag.objects.filter(content_object_id=OuterRef("pk"), tag__slug=value))
    raise ValueError(facet)


def _pg_query(params: SearchParams) -> SearchQuery:
    queries = [SearchQuery(params.q, config=c, search_type="websearch") for c in SEARCH_CONFIGS]
    return reduce(operator.or_, queries)


def _sqlite_words(params: SearchParams) -> list[str]:
    return params.words[:MAX_WORDS]


def _text_match(queryset: QuerySet, params: SearchParams) -> QuerySet:
    if not params.words:
        # Only punctuation: nothing to look for, so nothing found (as on PostgreSQL).
        return queryset.filter(_NOTHING)
    if is_postgresql():
        return queryset.filter(search_vector=_pg_query(params))
    for word in _sqlite_words(params):
        in_tags = Exists(
            ItemTag.objects.filter(content_object_id=OuterRef("pk"), tag__name__icontains=word)
        )
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(abstract__icontains=word)
            | Q(authors__icontains=word)
            | Q(publisher__icontains=word)
            | Q(extracted_text__icontains=word)
            | in_tags
        )
    return queryset


def _rank_expression(params: SearchParams):
    if is_postgresql():
        return SearchRank(F("search_vector"), _pg_query(params))
    # Per word: 3 in the title, 2 in the abstract, authors or publisher, 1 elsewhere.
    scores = [
        Case(
            When(title__icontains=word, then=Value(3)),
            When(
                Q(abstract__icontains=word)
                | Q(authors__icontains=word)
                | Q(publisher__icontains=word),
                then=Value(2),
            ),
            default=Value(1),
            output_field=IntegerField(),
        )
        for word in _sqlite_words(params)
    ]
    return reduce(operator.add, scores) if scores else Value(0)


class DatabaseTextMatch(TextMatch):
    def __init__(self, params: SearchParams):
        self.params = params

    def filter(self, queryset: QuerySet[Item]) -> QuerySet[Item]:
        return _text_match(queryset, self.params)

    def by_relevance(self, queryset: QuerySet[Item]) -> QuerySet[Item]:
        return queryset.annotate(rank=_rank_expression(self.params)).order_by(
            "-rank", F("published_at").desc(nulls_last=True), "-pk"
        )


class DatabaseSearchBackend(LibrarySearchBackend):
    """The database matches: ``search_vector`` on PostgreSQL, LIKE on SQLite (see above)."""

    key = "database"
    batch_size = INDEX_BATCH_SIZE

    @property
    def keeps_index(self) -> bool:
        return is_postgresql()

    def update_index(self, item_ids: Iterable[int], *, batch_size: int | None = None) -> None:
        _update_search_vectors(item_ids, batch_size=batch_size or self.batch_size)

    def match(self, params: SearchParams) -> TextMatch:
        return DatabaseTextMatch(params)


# LIBRARY_SEARCH_BACKEND -> implementation. A new one: a LibrarySearchBackend subclass here.
SEARCH_BACKENDS: dict[str, type[LibrarySearchBackend]] = {
    DatabaseSearchBackend.key: DatabaseSearchBackend,
    WagtailSearchBackend.key: WagtailSearchBackend,
}


def search_backend() -> LibrarySearchBackend:
    """The implementation ``settings.LIBRARY_SEARCH_BACKEND`` names."""
    key = getattr(settings, "LIBRARY_SEARCH_BACKEND", DatabaseSearchBackend.key)
    try:
        return SEARCH_BACKENDS[key]()
    except KeyError:
        raise ImproperlyConfigured(
            f"LIBRARY_SEARCH_BACKEND is {key!r}; it must be one of {', '.join(SEARCH_BACKENDS)}."
        ) from None


def text_match(params: SearchParams) -> TextMatch:
    """The items matching ``params.q``, from the configured backend (ask once a page)."""
    return search_backend().match(params)


def published_items(user) -> QuerySet[Item]:
    """What listings count and show: published items, through the visibility layer."""
    return Item.objects.visible_to(user).published()


def filtered_items(params: SearchParams, user, *, match: TextMatch | None = None) -> QuerySet[Item]:
    """Published items matching the text, facets and years; unordered.

    ``match`` is ``text_match(params)`` if the caller has it already."""
    queryset = published_items(user)
    if params.q:
        queryset = (match or text_match(params)).filter(queryset)
    for facet, values in params.filters.items():
        for value in values:
            queryset = queryset.filter(_facet_condition(facet, value))
    if params.has_years:
        queryset = queryset.alias(effective_year=_year_expression())
        if params.year_from is not None:
            queryset = queryset.filter(effective_year__gte=params.year_from)
        if params.year_to is not None:
            queryset = queryset.filter(effective_year__lte=params.year_to)
    return queryset


def results_queryset(
    params: Mapping | SearchParams, user, *, match: TextMatch | None = None
) -> QuerySet[Item]:
    """Published items matching ``params`` (a query dict: q, facets, year_from,
    year_to, sort), in the requested order, ready for a list (related rows
    prefetched; the file text and search vector deferred)."""
    if not isinstance(params, SearchParams):
        params = SearchParams.from_mapping(params)
    if params.q and match is None:
        match = text_match(params)
    queryset = (
        filtered_items(params, user, match=match)
        .for_listing()
        .defer("extracted_text", "search_vector")
    )
    sort = params.effective_sort
    if sort == RELEVANCE:
        return match.by_relevance(queryset)
    if sort == TITLE:
        return queryset.order_by(Lower("title"), "pk")
    return queryset.annotate(sort_year=_year_expression()).order_by(
        F("sort_year").desc(nulls_last=True),
        F("publication_date").desc(nulls_last=True),
        F("published_at").desc(nulls_last=True),
        "-pk",
    )


# --- Facets ------------------------------------------------------------------------


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str  # the search with this value added, or removed when selected


@dataclass(frozen=True)
class FacetGroup:
    key: str
    label: str
    values: list[FacetValue]

    @property
    def visible(self) -> list[FacetValue]:
        return self.values[:FACET_VISIBLE_VALUES]

    @property
    def more(self) -> list[FacetValue]:
        return self.values[FACET_VISIBLE_VALUES:]


@dataclass(frozen=True)
class ActiveFilter:
    facet_label: str
    label: str
    remove_url: str


def _ordered(values: list[FacetValue]) -> list[FacetValue]:
    # Selected first, then the most frequent; stable for ties (the query's order).
    return sorted(values, key=lambda v: (not v.selected, -v.count))


def _term_values(params: SearchParams, facet: str, subquery) -> list[FacetValue]:
    model = TAXONOMIES[facet]
    selected = params.selected(facet)
    terms = (
        model.objects.annotate(n=Count("items", filter=Q(items__in=subquery)))
        .filter(Q(n__gt=0) | Q(slug__in=selected))
        .order_by("-n", "sort_order", "name")
    )
    return [
        FacetValue(
            term.slug,
            str(term),
            term.n,
            term.slug in selected,
            params.toggled(facet, term.slug).url(),
        )
        for term in terms
    ]


def _tag_values(params: SearchParams, subquery) -> list[FacetValue]:
    # Only tags of the results: a selected tag found on no result shows by its slug,
    # so a tag used only by unpublished items is never named.
    selected = params.selected("tag")
    rows = (
        ItemTag.objects.filter(content_object__in=subquery)
        .values("tag__slug", "tag__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "tag__name")[:TAG_FACET_LIMIT]
    )
    values = [
        FacetValue(
            row["tag__slug"],
            row["tag__name"],
            row["n"],
            row["tag__slug"] in selected,
            params.toggled("tag", row["tag__slug"]).url(),
        )
        for row in rows
    ]
    return _with_missing_selected(params, "tag", values)


def _language_values(params: SearchParams, subquery) -> list[FacetValue]:
    selected = params.selected("language")
    in_results = Q(item__in=subquery)
    rows = (
        Item.languages.through.objects.filter(in_results | Q(language_id__in=selected))
        .values("language_id", "language__name")
        .annotate(n=Count("pk", filter=in_results))
        .filter(Q(n__gt=0) | Q(language_id__in=selected))
        .order_by("-n", "language__name")
    )
    values = [
        FacetValue(
            row["language_id"],
            gettext(row["language__name"]),
            row["n"],
            row["language_id"] in selected,
            params.toggled("language", row["language_id"]).url(),
        )
        for row in rows
    ]
    return _with_missing_selected(params, "language", values)


def _country_values(params: SearchParams, subquery) -> list[FacetValue]:
    selected = params.selected("country")
    rows = (
        ItemCountry.objects.filter(item__in=subquery)
        .values("country")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {row["country"]: row["n"] for row in rows}
    for code in selected:
        counts.setdefault(code, 0)
    values = [
        FacetValue(
            code,
            str(countries.name(code) or code),
            n,
            code in selected,
            params.toggled("country", code).url(),
        )
        for code, n in counts.items()
    ]
    return sorted(values, key=lambda v: (-v.count, v.label))


def _with_missing_selected(params: SearchParams, facet, values: list[FacetValue]) -> list:
    """Selected values that match no item at all still show, so they can be removed."""
    present = {v.value for v in values}
    return values + [
        FacetValue(value, value, 0, True, params.without_filter(facet, value).url())
        for value in params.selected(facet)
        if value not in present
    ]


def _year_values(params: SearchParams, filtered: QuerySet) -> list[FacetValue]:
    rows = (
        filtered.annotate(facet_year=_year_expression())
        .filter(facet_year__isnull=False)
        .values("facet_year")
        .annotate(n=Count("pk"))
        .order_by("-facet_year")
    )
    counts = [(row["facet_year"], row["n"]) for row in rows]
    if len(counts) > YEARS_BEFORE_DECADES:
        decades: dict[int, int] = {}
        for year, n in counts:
            decades[year // 10 * 10] = decades.get(year // 10 * 10, 0) + n
        ranges = [(start, start + 9, n) for start, n in decades.items()]
    else:
        ranges = [(year, year, n) for year, n in counts]
    values = []
    for start, end, n in ranges:
        selected = params.year_from == start and params.year_to == end
        target = params.with_years(None, None) if selected else params.with_years(start, end)
        label = str(start) if start == end else f"{start}\N{EN DASH}{end}"
        values.append(FacetValue(f"{start}-{end}", label, n, selected, target.url()))
    return values


def facet_groups(params: SearchParams, filtered: QuerySet) -> list[FacetGroup]:
    """Every facet's values with their counts among ``filtered``, one query per facet."""
    subquery = filtered.order_by().values("pk")
    values = {facet: _term_values(params, facet, subquery) for facet in TAXONOMIES}
    values["tag"] = _tag_values(params, subquery)
    values["language"] = _language_values(params, subquery)
    values["country"] = _country_values(params, subquery)
    values["year"] = _year_values(params, filtered)
    groups = []
    for key in FACET_DISPLAY_ORDER:
        facet_values = values[key] if key == "year" else _ordered(values[key])
        if facet_values:
            groups.append(FacetGroup(key, FACET_LABELS[key], facet_values))
    return groups


def active_filters(params: SearchParams, groups: list[FacetGroup]) -> list[ActiveFilter]:
    """What narrows the list now, each with a link that removes it."""
    labels = {(g.key, v.value): v.label for g in groups for v in g.values}
    active = []
    if params.q:
        active.append(ActiveFilter(gettext("Text"), f"“{params.q}”", params.without_q().url()))
    for facet in FACETS:
        for value in params.selected(facet):
            label = labels.get((facet, value), value)
            url = params.without_filter(facet, value).url()
            active.append(ActiveFilter(str(FACET_LABELS[facet]), label, url))
    if params.has_years:
        if params.year_from is not None and params.year_to is not None:
            if params.year_from == params.year_to:
                label = str(params.year_from)
            else:
                label = f"{params.year_from}\N{EN DASH}{params.year_to}"
        elif params.year_from is not None:
            label = gettext("from %(year)s") % {"year": params.year_from}
        else:
            label = gettext("until %(year)s") % {"year": params.year_to}
        active.append(
            ActiveFilter(str(FACET_LABELS["year"]), label, params.with_years(None, None).url())
        )
    return active


# --- Excerpts ----------------------------------------------------------------------

EXCERPT_BEFORE = 120
EXCERPT_LENGTH = 320


def attach_excerpts(items: list[Item], params: SearchParams) -> None:
    """Set ``item.text_excerpt``: where the query's words occur in the file's text,
    for items whose title and abstract do not contain them. One query at most."""
    for item in items:
        item.text_excerpt = ""
    words = [word.lower() for word in params.words if len(word) >= 3][:3]
    if not words:
        return
    wanted = [
        item.pk
        for item in items
        if not any(word in f"{item.title} {item.abstract}".lower() for word in words)
    ]
    if not wanted:
        return
    position = Coalesce(
        *[NullIf(StrIndex(Lower("extracted_text"), Value(word)), Value(0)) for word in words],
        Value(0),
    )
    rows = (
        Item.objects.filter(pk__in=wanted)
        .annotate(position=position)
        .filter(position__gt=0)
        .annotate(
            excerpt=Substr(
                "extracted_text",
                Greatest(F("position") - EXCERPT_BEFORE, Value(1)),
                EXCERPT_LENGTH,
            )
        )
        .values_list("pk", "position", "excerpt")
    )
    excerpts = {pk: _trim_excerpt(text, position > EXCERPT_BEFORE) for pk, position, text in rows}
    for item in items:
        item.text_excerpt = excerpts.get(item.pk, "")


def _trim_excerpt(text: str, cut_at_start: bool) -> str:
    words = text.split()
    if cut_at_start and len(words) > 1:
        words = words[1:]  # the first word may be cut in two
    if len(words) > 1:
        words = words[:-1]
    return ("… " if cut_at_start else "") + " ".join(words) + " …"


# --- The search page ---------------------------------------------------------------


@dataclass
class SearchResults:
    params: SearchParams
    page: object  # django.core.paginator.Page of items
    facets: list[FacetGroup]
    active: list[ActiveFilter]
    sorts: list[dict]


def search(params: SearchParams, user, page_number=None) -> SearchResults:
    """Everything the search page shows, in a fixed number of queries."""
    from django.core.paginator import Paginator

    match = text_match(params) if params.q else None  # asked once for the list and the facets
    page = Paginator(results_queryset(params, user, match=match), PAGE_SIZE).get_page(page_number)
    page.object_list = list(page.object_list)
    attach_excerpts(page.object_list, params)
    groups = facet_groups(params, filtered_items(params, user, match=match))
    current = params.effective_sort
    sorts = [
        {
            "key": key,
            "label": SORT_LABELS[key],
            "current": key == current,
            "url": params.with_sort(key).url(),
        }
        for key in SORTS
        if key != RELEVANCE or params.q
    ]
    return SearchResults(params, page, groups, active_filters(params, groups), sorts)


# --- Browsing ----------------------------------------------------------------------


@dataclass(frozen=True)
class BrowseSubject:
    """What a browse page (/library/<facet>/<slug>/) is about."""

    facet: str
    value: str  # the filter value: a slug, an ISO country code or a language code
    label: str
    description: str = ""

    @property
    def facet_label(self) -> str:
        return str(FACET_LABELS[self.facet])


def browse_subject(facet: str, slug: str) -> BrowseSubject | None:
    """The subject of a browse URL, or None if the facet or the value is unknown."""
    if facet in TAXONOMIES:
        term = TAXONOMIES[facet].objects.filter(slug=slug).first()
        return term and BrowseSubject(facet, term.slug, str(term), term.description)
    if facet == "country":
        code = slug.upper()
        name = countries.name(code) if len(code) == 2 else ""
        return BrowseSubject(facet, code, str(name)) if name else None
    if facet == "language":
        language = Language.objects.filter(code=slug).first()
        return language and BrowseSubject(facet, language.code, str(language))
    if facet == "tag":
        tag = Tag.objects.filter(slug=slug).first()
        return tag and BrowseSubject(facet, tag.slug, tag.name)
    return None


# --- The library home page ---------------------------------------------------------

HOME_LIST_LENGTH = 5
HOME_TAG_CLOUD_SIZE = 40


@dataclass(frozen=True)
class TermGroup:
    """A top-level term and the terms under it (approaches, branches)."""

    term: object
    children: list


def _terms_with_counts(model, subquery) -> list:
    return list(
        model.objects.annotate(n=Count("items", filter=Q(items__in=subquery))).order_by(
            "sort_order", "name"
        )
    )


def _grouped(terms: list) -> list[TermGroup]:
    children: dict[int, list] = {}
    for term in terms:
        if term.parent_id:
            children.setdefault(term.parent_id, []).append(term)
    return [TermGroup(term, children.get(term.pk, [])) for term in terms if not term.parent_id]


def tag_cloud(subquery, limit: int = HOME_TAG_CLOUD_SIZE) -> list[dict]:
    """The most used tags of published items, with a size step from 1 to 5."""
    rows = list(
        ItemTag.objects.filter(content_object__in=subquery)
        .values("tag__slug", "tag__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "tag__name")[:limit]
    )
    top = max((row["n"] for row in rows), default=1)
    cloud = [
        {
            "slug": row["tag__slug"],
            "name": row["tag__name"],
            "count": row["n"],
            "step": 1 + round(4 * (row["n"] - 1) / max(top - 1, 1)),
        }
        for row in rows
    ]
    return sorted(cloud, key=lambda tag: tag["name"].lower())


def home(user) -> dict:
    """What the library home page shows, in a fixed number of queries."""
    published = published_items(user)
    subquery = published.order_by().values("pk")
    short_list = published.select_related("resource_type").defer("extracted_text", "search_vector")
    country_rows = (
        ItemCountry.objects.filter(item__in=subquery)
        .values("country")
        .annotate(n=Count("pk"))
        .order_by()
    )
    by_region: dict[str, list] = {}
    for row in country_rows:
        code = row["country"]
        entry = {"code": code, "name": str(countries.name(code) or code), "count": row["n"]}
        by_region.setdefault(region_of(code), []).append(entry)
    regions = [
        {"label": label, "countries": sorted(by_region[key], key=lambda c: c["name"])}
        for key, label in [*REGIONS, ("", _("Other countries and territories"))]
        if key in by_region
    ]
    language_rows = (
        Item.languages.through.objects.filter(item__in=subquery)
        .values("language_id", "language__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "language__name")
    )
    languages = [
        {"code": row["language_id"], "name": gettext(row["language__name"]), "count": row["n"]}
        for row in language_rows
    ]
    return {
        "total": published.count(),
        "types": _terms_with_counts(ResourceType, subquery),
        "topics": _terms_with_counts(Topic, subquery),
        "approaches": _grouped(_terms_with_counts(Approach, subquery)),
        "themes": _terms_with_counts(Theme, subquery),
        "branches": _grouped(_terms_with_counts(Branch, subquery)),
        "collections": _terms_with_counts(LibraryCollection, subquery),
        "tag_cloud": tag_cloud(subquery),
        "newest": list(
            short_list.order_by(F("published_at").desc(nulls_last=True), "-pk")[:HOME_LIST_LENGTH]
        ),
        "most_downloaded": list(
            short_list.filter(download_count__gt=0).order_by("-download_count", "-pk")[
                :HOME_LIST_LENGTH
            ]
        ),
        "featured": list(
            short_list.filter(featured=True).order_by(
                F("published_at").desc(nulls_last=True), "-pk"
            )[:HOME_LIST_LENGTH]
        ),
        "regions": regions,
        "languages": languages,
    }


# --- The portal-wide search (core.search) -----------------------------------------


def site_search(query: str, user, limit: int):
    """The library's answer for the site search page."""
    from core.search import Answer, Hit

    params = SearchParams.from_mapping({"q": query})
    results = results_queryset(params, user)
    count = results.count()
    hits = []
    for item in results[:limit] if count else ():
        meta = " · ".join(str(part) for part in (item.resource_type, item.year) if part)
        hits.append(
            Hit(title=item.title, url=item.get_absolute_url(), summary=item.abstract, meta=meta)
        )
    return Answer(count=count, hits=hits, more_url=params.url())
