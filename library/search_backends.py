"""Where the library's full-text matching happens: the interface, and Wagtail's backend.

``settings.LIBRARY_SEARCH_BACKEND`` picks the implementation (``library.search.
search_backend()``):

- ``"database"`` (the default): ``library.search.DatabaseSearchBackend``, PostgreSQL's
  ``search_vector`` in three languages, or words matched with LIKE on SQLite.
- ``"wagtail"``: ``WagtailSearchBackend`` below, which asks Wagtail's configured search
  backend (``WAGTAILSEARCH_BACKENDS["default"]``: its database backend, or an
  Elasticsearch/OpenSearch cluster) for the matching items.

An implementation only matches text, ranks and keeps its index current. Everything else
stays with the ORM in ``library.search``, whatever the implementation: visibility
(``Item.objects.visible_to``), facets and their counts, year filters, sorting by date or
title, pagination. So a third implementation (a direct OpenSearch client, say) is a
subclass of ``LibrarySearchBackend`` registered in ``library.search.SEARCH_BACKENDS``.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from django.contrib.postgres.fields import ArrayField
from django.db import connections
from django.db.models import (
    BigIntegerField,
    Case,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Left

from .models import Item

if TYPE_CHECKING:
    from .search import SearchParams

logger = logging.getLogger(__name__)

# Wagtail's backend answers with at most this many items (the best ranked when sorting
# by relevance): the list, its count and its facets are those of these items.
MAX_MATCHES = 5_000
# Items sent to Wagtail's backend at once (each with up to INDEX_TEXT_LIMIT characters).
WAGTAIL_BATCH_SIZE = 100

_NOTHING = Q(pk__isnull=True)  # matches no row, and still compiles inside subqueries


class TextMatch(ABC):
    """The items whose text matches one search, for one page's queries.

    ``library.search`` builds one per search and uses it for the result list and for
    every facet, so a backend that must be asked (a cluster) is asked once a page.
    """

    @abstractmethod
    def filter(self, queryset: QuerySet[Item]) -> QuerySet[Item]:
        """``queryset`` narrowed to the matching items."""

    @abstractmethod
    def by_relevance(self, queryset: QuerySet[Item]) -> QuerySet[Item]:
        """``queryset`` (already narrowed) ordered best match first."""


class LibrarySearchBackend(ABC):
    """One way of finding library items by their text (see the module's docstring)."""

    key: str = ""
    #: How many items ``update_index`` handles at once unless told.
    batch_size: int = 500

    @property
    @abstractmethod
    def keeps_index(self) -> bool:
        """Whether there is an index to keep (``manage.py reindex_library`` has work)."""

    @abstractmethod
    def update_index(self, item_ids: Iterable[int], *, batch_size: int | None = None) -> None:
        """Bring the index of these items (any status) up to date with the database."""

    def remove(self, item_id: int) -> None:  # noqa: B027 -- optional: nothing to do by default
        """Forget a deleted item (called once the deletion has happened)."""

    @abstractmethod
    def match(self, params: SearchParams) -> TextMatch:
        """The items matching ``params.q`` (only called when there is one)."""


# --- Wagtail's search backend ---------------------------------------------------------


def _wagtail_backend():
    from wagtail.search.backends import get_search_backend

    return get_search_backend()


class WagtailTextMatch(TextMatch):
    def __init__(self, params: SearchParams):
        self.params = params

    @cached_property
    def ids(self) -> list[int]:
        """The matching published items' ids, best first (asked once)."""
        from .search import RELEVANCE

        words = self.params.words
        if not words:
            # Only punctuation: nothing to look for, so nothing found (as the database does).
            return []
        # Only the words go to the backend (no operators): any query is a plain search.
        # Ranked only when the list is sorted by relevance: ranking every match is the
        # costly part of a database backend's search, and other sorts are the ORM's.
        results = _wagtail_backend().search(
            " ".join(words),
            Item.objects.published().only("pk"),
            operator="and",
            order_by_relevance=self.params.effective_sort == RELEVANCE,
        )
        return [item.pk for item in results[:MAX_MATCHES]]

    # On PostgreSQL the ids go as one array parameter. As thousands of parameters (one
    # per id, in every facet's query too) they cost more to pass than the queries cost to
    # run: a page of 5,000 matches took 1.8 s that way, 0.25 s this way.

    def filter(self, queryset: QuerySet[Item]) -> QuerySet[Item]:
        if not self.ids:
            return queryset.filter(_NOTHING)
        if _on_postgresql(queryset):
            ids = RawSQL("SELECT unnest(%s::bigint[])", [self.ids])
            return queryset.filter(pk__in=ids)
        return queryset.filter(pk__in=self.ids)

    def by_relevance(self, queryset: QuerySet[Item]) -> QuerySet[Item]:
        """In the backend's order: each item's position in ``ids``."""
        if _on_postgresql(queryset):
            position = Func(
                Cast(Value(self.ids), ArrayField(BigIntegerField())),
                F("pk"),
                function="array_position",
                output_field=IntegerField(),
            )
        else:
            position = Case(
                *[When(pk=pk, then=Value(n)) for n, pk in enumerate(self.ids)],
                default=Value(len(self.ids)),
                output_field=IntegerField(),
            )
        return queryset.annotate(relevance_position=position).order_by("relevance_position", "-pk")


def _on_postgresql(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


class WagtailSearchBackend(LibrarySearchBackend):
    """Matching by Wagtail's search backend, which ``Item.search_fields`` describe.

    Items are not indexed by Wagtail's save signals (``Item.search_auto_update`` is
    off): ``update_index`` sends them, after every change ``library.search`` is told
    of, with the first ``INDEX_TEXT_LIMIT`` characters of their file text (as the
    database's index). A backend that is an outside service (``catch_indexing_errors``)
    may be down: the error is logged and the item is indexed at the next change or
    ``manage.py reindex_library``. Indexed items may be stale, never over-shown: the
    ORM keeps only published items the visitor may see.
    """

    key = "wagtail"
    batch_size = WAGTAIL_BATCH_SIZE

    @property
    def keeps_index(self) -> bool:
        return True

    def update_index(self, item_ids: Iterable[int], *, batch_size: int | None = None) -> None:
        ids = sorted({int(pk) for pk in item_ids})
        if not ids:
            return
        backend = _wagtail_backend()
        size = max(1, batch_size or self.batch_size)
        for start in range(0, len(ids), size):
            batch = ids[start : start + size]
            items = self._indexable(batch)
            try:
                backend.add_bulk(Item, items)
            except Exception:
                if not backend.catch_indexing_errors:
                    raise
                logger.exception(
                    "Could not index library items %s to %s in Wagtail's search backend",
                    batch[0],
                    batch[-1],
                )
        logger.debug("Indexed %d library items in Wagtail's search backend", len(ids))

    @staticmethod
    def _indexable(ids: list[int]) -> list[Item]:
        from .search import INDEX_TEXT_LIMIT

        items = list(
            Item.get_indexed_objects()
            .filter(pk__in=ids)
            .defer("extracted_text", "search_vector")
            .annotate(indexed_text=Left("extracted_text", INDEX_TEXT_LIMIT))
        )
        for item in items:
            item.extracted_text = item.indexed_text  # only sent to the index, never saved
        return items

    def remove(self, item_id: int) -> None:
        backend = _wagtail_backend()
        try:
            backend.delete(Item(pk=item_id))
        except Exception:
            if not backend.catch_indexing_errors:
                raise
            logger.exception("Could not remove library item %s from Wagtail's backend", item_id)

    def match(self, params: SearchParams) -> TextMatch:
        return WagtailTextMatch(params)
