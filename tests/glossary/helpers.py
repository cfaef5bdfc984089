"""Reading what a visitor sees of the glossary: page text, sections, glossary links."""

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser


def text(html: str) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def main_text(response) -> str:
    return text(main_html(response))


def section_text(response, element_id: str) -> str:
    """The text of the element with ``id`` (up to its closing ``</section>``)."""
    html = response.content.decode()
    start = html.rindex("<", 0, html.index(f'id="{element_id}"'))
    return text(html[start : html.index("</section>", start)])


@dataclass(frozen=True)
class GlossaryLink:
    text: str  # the words linked, as shown
    href: str
    tip: str  # the definition shown on hover or focus
    tip_id: str
    described_by: str


class _LinkReader(HTMLParser):
    """Finds ``<span class="glossary-ref"><a …>term</a><span class="glossary-tip">…</span>``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[GlossaryLink] = []
        self._link = None  # attributes of the glossary link being read
        self._tip = None
        self._words: list[str] = []
        self._tip_words: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "a" and "glossary-link" in classes:
            self._link, self._words = attrs, []
        elif self._link is not None:  # a <br> inside the linked words
            self._words.append(" ")
        elif tag == "span" and "glossary-tip" in classes:
            self._tip, self._tip_words = attrs, []

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self._finished_link = ("".join(self._words), self._link)
            self._link = None
        elif tag == "span" and self._tip is not None:
            words, link = self._finished_link
            self.links.append(
                GlossaryLink(
                    text=" ".join(words.split()),
                    href=link["href"],
                    tip=" ".join("".join(self._tip_words).split()),
                    tip_id=self._tip.get("id", ""),
                    described_by=link.get("aria-describedby", ""),
                )
            )
            self._tip = None

    def handle_data(self, data):
        if self._link is not None:
            self._words.append(data)
        elif self._tip is not None:
            self._tip_words.append(data)


def glossary_links(html: str) -> list[GlossaryLink]:
    """The glossary links in ``html``, in order."""
    reader = _LinkReader()
    reader.feed(html)
    reader.close()
    return reader.links


def unambiguous(terms: list[dict]) -> dict:
    """The first term whose name, in every language, names no other term."""

    def phrases(term, language):
        return {
            phrase.strip().lower()
            for field in ("term", "synonyms", "abbreviations")
            for phrase in term[f"{field}_{language}"].split(";")
            if phrase.strip()
        }

    for term in terms:
        others = [other for other in terms if other["slug"] != term["slug"]]
        if all(
            term[f"term_{language}"].strip().lower()
            not in set().union(*(phrases(other, language) for other in others))
            for language in ("en", "fr", "es")
        ):
            return term
    raise AssertionError("every demo term shares its name with another")
