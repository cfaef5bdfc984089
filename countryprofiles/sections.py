"""Everything the portal knows about a country, gathered on its profile.

Each app that holds something about countries (the library, news and events,
technical cooperation, and later experts, schemes and workspaces) registers a
section in its ``AppConfig.ready()``. On a profile page every section answers,
for one country and one user, how many things there are, the first few, and
the address of its own list filtered on that country. A section answers only
with what that user may see, and in a fixed number of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass

from core.search import Answer, Hit  # noqa: F401  (re-exported for sections)


@dataclass(frozen=True)
class Section:
    key: str
    label: str  # a lazy translated string, e.g. _("Library")
    # answer(country_code: str, user, limit: int) -> Answer (count, hits, more_url)
    answer: Callable[..., Answer]
    order: int = 100


_sections: dict[str, Section] = {}


def register(section: Section) -> None:
    _sections[section.key] = section


def sections() -> list[Section]:
    return sorted(_sections.values(), key=lambda s: (s.order, s.key))


def answers_for(country_code: str, user, limit: int = 5) -> list[tuple[Section, Answer]]:
    return [(section, section.answer(country_code.upper(), user, limit)) for section in sections()]
