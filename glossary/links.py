"""Glossary links in text: the first mention of each published term becomes a
link to its entry, with the definition shown on hover or focus (CSS only).

One compiled regular expression per language matches every term, synonym and
abbreviation at once. The list it is built from costs one query and is kept
twice: in the shared cache (so every process builds from the same list) and,
compiled, in this process, keyed by a version token. Saving or deleting a
term replaces the token (at once and again when the transaction commits, so a
process cannot cache the old list under the new token), so every process
rebuilds on its next use. Rendering text with links costs no query once warm.

Matching rules: whole words only (a letter, digit, underscore or hyphen next to
a match rules it out), longest phrase first ("social protection floor" wins
over "social protection"), terms and synonyms ignore case, abbreviations do
not ("SPF", never "spf"; otherwise "AS" or "IT" would link the words "as" and
"it"). Each entry is linked once per text, at its first mention, whether by
its name, a synonym or an abbreviation; texts rendered with the same ``scope``
(a page's request) share that "once", so a term is linked once per page.

The markup is a plain link, followed by its tooltip, in one wrapper::

    <span class="glossary-ref"><a class="glossary-link" href="…" aria-describedby="gl-…">
    term</a><span class="glossary-tip" role="tooltip" id="gl-…">definition</span></span>

The tooltip is outside the link, so the link's name is the term alone; the
stylesheet shows it while the wrapper is hovered or holds the focus.
"""

import contextlib
import html
import re
import secrets
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser

from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator

from .text import LANGUAGES, split_list

VERSION_KEY = "glossary:links:version"
LIST_TIMEOUT = 24 * 60 * 60
TIP_WORDS = 60
MIN_PHRASE_LENGTH = 2
_WS = re.compile(r"\s+")

# Text inside these elements is never linked.
SKIPPED_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "button",
        "code",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "kbd",
        "label",
        "math",
        "option",
        "pre",
        "samp",
        "script",
        "select",
        "style",
        "svg",
        "textarea",
    }
)


# --- The term list and its cache ---------------------------------------------------------


def invalidate(**kwargs) -> None:
    """Make every process rebuild its term lists (connected to Term's save and delete)."""
    _new_version()
    transaction.on_commit(_new_version)


def _new_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


@dataclass(frozen=True)
class Entry:
    slug: str
    url: str
    tip: str


def _load_entries(language: str) -> list[dict]:
    """Published terms in ``language`` as plain data for the cache (one query)."""
    from .models import Term

    rows = Term.objects.published().values_list(
        "slug",
        f"term_{language}",
        f"synonyms_{language}",
        f"abbreviations_{language}",
        f"definition_{language}",
        "term_en",
        "definition_en",
    )
    entries = []
    with translation.override(language):
        for slug, term, synonyms, abbreviations, definition, term_en, definition_en in rows:
            entries.append(
                {
                    "slug": slug,
                    "url": reverse("glossary:term", kwargs={"slug": slug}),
                    "tip": Truncator(definition or definition_en).words(TIP_WORDS),
                    "terms": [term or term_en, *split_list(synonyms)],
                    "abbreviations": split_list(abbreviations),
                }
            )
    return entries


class Matcher:
    """Finds glossary phrases in text with one regular expression."""

    def __init__(self, entries: list[dict]):
        self.entries = [Entry(e["slug"], e["url"], e["tip"]) for e in entries]
        by_words: dict[str, int] = {}  # lower-cased phrase -> entry index
        by_letters: dict[str, int] = {}  # abbreviation, exactly -> entry index
        # Names first, then synonyms, then abbreviations: when two entries share a
        # phrase, the one it names wins.
        for position in range(max((len(e["terms"]) for e in entries), default=0)):
            for index, entry in enumerate(entries):
                if position < len(entry["terms"]):
                    phrase = _normal(entry["terms"][position])
                    if len(phrase) >= MIN_PHRASE_LENGTH:
                        by_words.setdefault(phrase.lower(), index)
        for index, entry in enumerate(entries):
            for abbreviation in entry["abbreviations"]:
                phrase = _normal(abbreviation)
                if len(phrase) >= MIN_PHRASE_LENGTH and phrase.lower() not in by_words:
                    by_letters.setdefault(phrase, index)
        self.by_words = by_words
        self.by_letters = by_letters
        alternatives = [(phrase, _pattern(phrase)) for phrase in by_words]
        alternatives += [(phrase, f"(?-i:{_pattern(phrase)})") for phrase in by_letters]
        alternatives.sort(key=lambda item: (-len(item[0]), item[0]))
        if alternatives:
            body = "|".join(pattern for _, pattern in alternatives)
            self.regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
        else:
            self.regex = None

    def entry_for(self, matched: str) -> Entry | None:
        phrase = _normal(matched)
        index = self.by_letters.get(phrase)
        if index is None:
            index = self.by_words.get(phrase.lower())
        return None if index is None else self.entries[index]

    def link(self, text: str, state: "_LinkState", newline: str = "") -> str:
        """``text`` escaped, with glossary links. ``newline`` replaces line breaks if given."""

        def escape(part: str) -> str:
            escaped = html.escape(part, quote=False)
            return escaped.replace("\n", newline) if newline else escaped

        if self.regex is None:
            return escape(text)
        out, last = [], 0
        for match in self.regex.finditer(text):
            entry = self.entry_for(match.group(0))
            if entry is None or entry.slug in state.seen:
                continue
            state.seen.add(entry.slug)
            out.append(escape(text[last : match.start()]))
            out.append(state.anchor(entry, escape(match.group(0))))
            last = match.end()
        out.append(escape(text[last:]))
        return "".join(out)


def _normal(phrase: str) -> str:
    return _WS.sub(" ", phrase.strip())


def _pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split(" "))


_matchers: dict[str, tuple[str, Matcher]] = {}


def matcher(language: str | None = None) -> Matcher:
    """The matcher for ``language`` (default: the active one), built at most once per change."""
    language = language or (translation.get_language() or "en")[:2]
    if language not in LANGUAGES:
        language = "en"
    version = _version()
    held = _matchers.get(language)
    if held is not None and held[0] == version:
        return held[1]
    key = f"glossary:links:{version}:{language}"
    entries = cache.get(key)
    if entries is None:
        entries = _load_entries(language)
        cache.set(key, entries, LIST_TIMEOUT)
    built = Matcher(entries)
    _matchers[language] = (version, built)
    return built


# --- Rendering -------------------------------------------------------------------------


class _LinkState:
    """What one text (or every text of one scope) has linked so far, and its tooltip ids."""

    def __init__(self):
        self.seen: set[str] = set()
        self.prefix = f"gl-{secrets.token_hex(4)}"
        self.count = 0

    def anchor(self, entry: Entry, shown: str) -> str:
        self.count += 1
        tip_id = f"{self.prefix}-{self.count}"
        return (
            f'<span class="glossary-ref"><a class="glossary-link" '
            f'href="{html.escape(entry.url)}" aria-describedby="{tip_id}">{shown}</a>'
            f'<span class="glossary-tip" role="tooltip" id="{tip_id}">'
            f"{html.escape(entry.tip, quote=False)}</span></span>"
        )


_SCOPE_ATTRIBUTE = "_glossary_links_state"


def _state(scope) -> _LinkState:
    """A new state, or the one kept on ``scope`` (e.g. the request) for all its texts."""
    if scope is None or scope == "":
        return _LinkState()
    state = getattr(scope, _SCOPE_ATTRIBUTE, None)
    if state is None:
        state = _LinkState()
        # A scope that takes no attributes (a string…) keeps the state for this text only.
        with contextlib.suppress(AttributeError, TypeError):
            setattr(scope, _SCOPE_ATTRIBUTE, state)
    return state


_PARAGRAPHS = re.compile(r"\n{2,}")


def link_text(text: str, *, paragraphs: bool = True, scope=None) -> str:
    """Plain ``text``, escaped, with glossary links.

    With ``paragraphs`` it is laid out like Django's ``linebreaks`` (``<p>`` per
    paragraph, ``<br>`` per line break); without, line breaks become ``<br>``.
    Texts given the same ``scope`` (an object such as the request) link each
    term once between them.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    found = matcher()
    state = _state(scope)
    if not paragraphs:
        return found.link(text, state, newline="<br>")
    parts = [part for part in _PARAGRAPHS.split(text) if part.strip()]
    return "\n\n".join(f"<p>{found.link(part, state, newline='<br>')}</p>" for part in parts)


class _HtmlLinker(HTMLParser):
    def __init__(self, found: Matcher, state: _LinkState):
        super().__init__(convert_charrefs=True)
        self.found = found
        self.state = state
        self.out: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if self.cdata_elem:  # inside <script> or <style>: raw text, left as it is
            self.out.append(data)
        elif self.skipping:
            self.out.append(html.escape(data, quote=False))
        else:
            self.out.append(self.found.link(data, self.state))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def link_html(markup: str, *, scope=None) -> str:
    """Sanitised HTML with glossary links in its text (never inside links, code or headings).

    ``markup`` must already be safe (Wagtail rich text, or escaped text): tags and
    attributes are copied as they are, only text between them is linked.
    """
    linker = _HtmlLinker(matcher(), _state(scope))
    linker.feed(markup or "")
    linker.close()
    return "".join(linker.out)
