"""One search for the whole portal: each app registers a provider.

A provider answers a query for one user with the number of matches and the
first few results, only from what that user may see. The site search page
(``/search/``) shows the providers' answers grouped by kind, with counts.
Later apps (experts, schemes, countries, workspaces) register theirs the same
way in their ``AppConfig.ready()``.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200


def clean_query(value: object, limit: int = MAX_QUERY_LENGTH) -> str:
    """``value`` as one line of printable text of at most ``limit`` characters.

    Control characters (NUL included, which PostgreSQL refuses in text) and lone
    surrogates become spaces; runs of white space collapse. Every search box of
    the portal passes its query through this first.
    """
    text = str(value)[: limit * 4]
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)
    return " ".join(text.split())[:limit].strip()


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    summary: str = ""
    meta: str = ""


@dataclass(frozen=True)
class Answer:
    count: int
    hits: list[Hit] = field(default_factory=list)
    more_url: str = ""  # the provider's own search page with the same query, if any


@dataclass(frozen=True)
class Provider:
    key: str
    label: str  # a lazy translated string, e.g. _("Library")
    search: Callable[..., Answer]  # search(query: str, user, limit: int) -> Answer
    order: int = 100


_providers: dict[str, Provider] = {}


def register(provider: Provider) -> None:
    _providers[provider.key] = provider


def providers() -> list[Provider]:
    return sorted(_providers.values(), key=lambda p: (p.order, p.key))


# Each word is one more set of LIKEs over every text column of a list searched word by word.
MAX_WORDS = 10
_WORD = re.compile(r"\w+")


def words(query: str) -> list[str]:
    """The distinct words of ``query`` (case ignored), at most ``MAX_WORDS``."""
    found = {}
    for word in _WORD.findall(query):
        found.setdefault(word.casefold(), word)
    return list(found.values())[:MAX_WORDS]
