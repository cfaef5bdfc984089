"""One search for the whole portal: each app registers a provider.

A provider answers a query for one user with the number of matches and the
first few results, only from what that user may see. The site search page
(``/search/``) shows the providers' answers grouped by kind, with counts.
Later apps (experts, schemes, countries, workspaces) register theirs the same
way in their ``AppConfig.ready()``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


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
