"""How a library item is cited: RIS, BibTeX and Dublin Core.

Pure functions over items whose relations were loaded by :func:`with_citation_data`
(so a list of any length costs the same few queries). The export views, the feeds
and the OAI-PMH endpoint share them; the item page's ``citation_*`` and ``DC.*``
meta tags (``templates/library/includes/citation_meta.html``) follow the same rules.

Type mappings go by the resource type's slug (taxonomies are data, so unknown
slugs fall back to the generic RIS ``GEN`` and BibTeX ``misc``).
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.conf import settings
from django_countries import countries

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from library.models import Item

# --- Types -------------------------------------------------------------------------

# resource type slug → (RIS TY code, BibTeX entry type)
TYPE_MAP: dict[str, tuple[str, str]] = {
    "report": ("RPRT", "techreport"),
    "technical-report": ("RPRT", "techreport"),
    "working-paper": ("RPRT", "techreport"),
    "discussion-paper": ("RPRT", "techreport"),
    "research-paper": ("RPRT", "techreport"),
    "policy-brief": ("RPRT", "techreport"),
    "brief": ("RPRT", "techreport"),
    "study": ("RPRT", "techreport"),
    "case-study": ("RPRT", "techreport"),
    "evaluation": ("RPRT", "techreport"),
    "country-report": ("RPRT", "techreport"),
    "article": ("JOUR", "article"),
    "journal-article": ("JOUR", "article"),
    "paper": ("JOUR", "article"),
    "magazine-article": ("MGZN", "article"),
    "newsletter": ("MGZN", "article"),
    "newspaper-article": ("NEWS", "article"),
    "news": ("NEWS", "article"),
    "book": ("BOOK", "book"),
    "guide": ("BOOK", "book"),
    "handbook": ("BOOK", "book"),
    "manual": ("BOOK", "manual"),
    "book-chapter": ("CHAP", "incollection"),
    "chapter": ("CHAP", "incollection"),
    "conference-paper": ("CPAPER", "inproceedings"),
    "proceedings": ("CONF", "proceedings"),
    "conference-proceedings": ("CONF", "proceedings"),
    "thesis": ("THES", "phdthesis"),
    "dissertation": ("THES", "phdthesis"),
    "masters-thesis": ("THES", "mastersthesis"),
    "presentation": ("SLIDE", "misc"),
    "slides": ("SLIDE", "misc"),
    "video": ("VIDEO", "misc"),
    "film": ("VIDEO", "misc"),
    "audio": ("SOUND", "misc"),
    "podcast": ("SOUND", "misc"),
    "website": ("ELEC", "misc"),
    "web-page": ("ELEC", "misc"),
    "webpage": ("ELEC", "misc"),
    "link": ("ELEC", "misc"),
    "database": ("DBASE", "misc"),
    "dataset": ("DATA", "misc"),
    "data": ("DATA", "misc"),
    "software": ("COMP", "misc"),
    "legislation": ("STAT", "misc"),
    "law": ("STAT", "misc"),
    "map": ("MAP", "misc"),
    "unpublished": ("UNPB", "unpublished"),
    "tool": ("GEN", "misc"),
    "toolkit": ("GEN", "misc"),
    "training-material": ("GEN", "misc"),
}
DEFAULT_TYPE = ("GEN", "misc")

# Where BibTeX puts the publisher, by entry type.
_BIBTEX_PUBLISHER_FIELD = {
    "techreport": "institution",
    "phdthesis": "school",
    "mastersthesis": "school",
    "manual": "organization",
}


def _types(item: Item) -> tuple[str, str]:
    slug = (item.resource_type.slug or "").lower()
    if slug in TYPE_MAP:
        return TYPE_MAP[slug]
    if slug.endswith("s") and slug[:-1] in TYPE_MAP:  # "reports", "guides", "tools"
        return TYPE_MAP[slug[:-1]]
    return DEFAULT_TYPE


def ris_type(item: Item) -> str:
    return _types(item)[0]


def bibtex_type(item: Item) -> str:
    return _types(item)[1]


# --- Shared helpers ----------------------------------------------------------------


def with_citation_data(queryset: QuerySet) -> QuerySet:
    """Everything the formats here read, in a fixed number of queries."""
    return queryset.select_related("resource_type").prefetch_related(
        "languages", "countries", "tags", "topics", "collections"
    )


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _XML_ILLEGAL.sub("", text or "")


def one_line(text: str) -> str:
    """Collapse all whitespace (line breaks included) to single spaces."""
    return " ".join((text or "").split())


_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def bare_doi(doi: str) -> str:
    """``10.1234/abc`` from any of the usual ways of writing a DOI."""
    return _DOI_PREFIX.sub("", (doi or "").strip())


def keywords(item: Item) -> list[str]:
    """Topics (in the active language) then tags, for RIS, BibTeX, feeds and DC."""
    topics = [str(topic) for topic in item.topics.all()]
    tags = sorted((tag.name for tag in item.tags.all()), key=str.casefold)
    return topics + tags


def language_codes(item: Item) -> list[str]:
    return sorted(language.code for language in item.languages.all())


def country_names(item: Item) -> list[str]:
    return [str(countries.name(row.country.code)) for row in item.countries.all()]


def file_is_pdf(item: Item) -> bool:
    return bool(item.file) and item.file_type.lower().lstrip(".") == "pdf"


def iso_date(item: Item) -> str:
    """W3C-DTF: ``2023-05-01`` or ``2023``, or "" when the item is undated."""
    if item.publication_date:
        return item.publication_date.isoformat()
    return str(item.publication_year) if item.publication_year else ""


# --- RIS -----------------------------------------------------------------------------


def item_to_ris(item: Item, *, page_url: str, pdf_url: str = "") -> str:
    """One RIS record (CRLF line ends, closed by ``ER``)."""
    lines: list[tuple[str, str]] = [("TY", ris_type(item)), ("TI", item.title)]
    lines += [("AU", author) for author in item.author_list]
    if item.year:
        lines.append(("PY", str(item.year)))
    if item.publication_date:
        lines.append(("DA", item.publication_date.strftime("%Y/%m/%d/")))
    if item.publisher:
        lines.append(("PB", item.publisher))
    if item.abstract:
        lines.append(("AB", item.abstract))
    lines += [("KW", keyword) for keyword in keywords(item)]
    lines += [("LA", code) for code in language_codes(item)]
    if item.doi:
        lines.append(("DO", bare_doi(item.doi)))
    if item.isbn:
        lines.append(("SN", item.isbn))
    lines.append(("UR", page_url))
    if pdf_url:
        lines.append(("L1", pdf_url))
    if item.url:
        lines.append(("L2", item.url))
    lines.append(("DB", settings.PORTAL_NAME))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {one_line(xml_safe(value))}\r\n" for tag, value in lines)


def items_to_ris(records: Iterable[tuple[Item, str, str]]) -> str:
    """``records``: (item, page URL, PDF URL or "") for each item; records blank-line separated."""
    return "\r\n".join(
        item_to_ris(item, page_url=page_url, pdf_url=pdf_url) for item, page_url, pdf_url in records
    )


# --- BibTeX --------------------------------------------------------------------------

_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    # Not \{ and \}: BibTeX counts those as braces too, so an unbalanced one in a
    # title would still break the entry.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_SPECIAL_RE = re.compile(r"[\\{}$&%#_~^]")


def bibtex_escape(text: str) -> str:
    """Text safe inside a braced BibTeX value: LaTeX specials escaped, one line.

    Every brace in the result belongs to a pair this function wrote, so a value can
    never close its field early. Non-ASCII letters stay as UTF-8.
    """
    return _BIBTEX_SPECIAL_RE.sub(lambda m: _BIBTEX_SPECIALS[m.group()], one_line(xml_safe(text)))


def bibtex_verbatim(text: str) -> str:
    """A URL or DOI for BibTeX's verbatim fields: left as typed, braces and backslashes
    percent-encoded so the value stays balanced."""
    text = one_line(xml_safe(text))
    return text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _protect_capitals(escaped_title: str) -> str:
    """Brace words like ``ILO`` or ``COVID-19`` so styles do not lowercase them."""
    words = []
    for word in escaped_title.split(" "):
        if "\\" not in word and any(char.isupper() for char in word[1:]):
            word = "{" + word + "}"
        words.append(word)
    return " ".join(words)


def _bibtex_name(name: str) -> str:
    escaped = bibtex_escape(name)
    if "," in name:
        return escaped  # "Family, Given" is what BibTeX expects
    if " " in name.strip():
        return "{" + escaped + "}"  # an organisation: keep it whole
    return escaped


_STOPWORDS = {
    "a", "an", "the", "of", "on", "in", "for", "and", "to",
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "sur", "pour",
    "el", "los", "las", "unos", "unas", "del", "y", "en", "para", "al",
}  # fmt: skip


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return [word for word in re.split(r"[^A-Za-z0-9]+", folded.lower()) if word]


def bibtex_key(item: Item) -> str:
    """``<first author's family name><year><first significant title word>``, ASCII."""
    authors = item.author_list
    if authors:
        first = authors[0]
        if "," in first:
            name = "".join(_ascii_words(first.split(",", 1)[0]))
        else:
            name = next(iter(_ascii_words(first)), "")
    else:
        name = next(iter(_ascii_words(item.publisher)), "")
    title_words = _ascii_words(item.title)
    word = next((w for w in title_words if w not in _STOPWORDS), None) or next(
        iter(title_words), "item"
    )
    return f"{name or 'anon'}{item.year or 'nd'}{word}"


def unique_keys(items: Iterable[Item]) -> list[str]:
    """One key per item, in order; repeats get ``b``, ``c``, … (then numbers)."""
    used: set[str] = set()
    keys = []
    for item in items:
        base = bibtex_key(item)
        key, n = base, 1
        while key in used:
            n += 1
            key = base + (chr(ord("a") + n - 1) if n <= 26 else f"-{n}")
        used.add(key)
        keys.append(key)
    return keys


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def item_to_bibtex(item: Item, *, key: str, page_url: str) -> str:
    """One BibTeX entry; every value braced and escaped, except the month macro."""
    entry_type = bibtex_type(item)
    fields: list[tuple[str, str]] = [("title", _protect_capitals(bibtex_escape(item.title)))]
    if item.author_list:
        fields.append(("author", " and ".join(_bibtex_name(a) for a in item.author_list)))
    if item.year:
        fields.append(("year", str(item.year)))
    if item.publication_date:
        fields.append(("month", _MONTHS[item.publication_date.month - 1]))
    if item.publisher:
        publisher_field = _BIBTEX_PUBLISHER_FIELD.get(entry_type, "publisher")
        fields.append((publisher_field, bibtex_escape(item.publisher)))
    if item.abstract:
        fields.append(("abstract", bibtex_escape(item.abstract)))
    if words := keywords(item):
        fields.append(("keywords", bibtex_escape(", ".join(words))))
    if codes := language_codes(item):
        fields.append(("language", bibtex_escape(", ".join(codes))))
    if item.doi:
        fields.append(("doi", bibtex_verbatim(bare_doi(item.doi))))
    if item.isbn:
        fields.append(("isbn", bibtex_escape(item.isbn)))
    fields.append(("url", bibtex_verbatim(page_url)))
    lines = [f"@{entry_type}{{{key},"]
    for name, value in fields:
        written = value if name == "month" else f"{{{value}}}"
        lines.append(f"  {name} = {written},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def items_to_bibtex(records: list[tuple[Item, str]]) -> str:
    """``records``: (item, page URL) for each item; keys are deduplicated in order."""
    keys = unique_keys(item for item, _ in records)
    return "\n".join(
        item_to_bibtex(item, key=key, page_url=page_url)
        for (item, page_url), key in zip(records, keys, strict=True)
    )


# --- Dublin Core ---------------------------------------------------------------------


def dublin_core(item: Item, *, page_url: str) -> list[tuple[str, str]]:
    """(element, value) pairs of simple Dublin Core, in the order OAI ``oai_dc`` lists them.

    Term names come in the active language; the OAI endpoint renders in English.
    """
    pairs: list[tuple[str, str]] = [("title", item.title)]
    pairs += [("creator", author) for author in item.author_list]
    pairs += [("subject", keyword) for keyword in keywords(item)]
    if item.abstract:
        pairs.append(("description", item.abstract))
    if item.publisher:
        pairs.append(("publisher", item.publisher))
    if iso_date(item):
        pairs.append(("date", iso_date(item)))
    pairs.append(("type", str(item.resource_type)))
    if item.file_type:
        pairs.append(("format", mime_type(item.file_type)))
    pairs.append(("identifier", page_url))
    if item.doi:
        pairs.append(("identifier", f"https://doi.org/{bare_doi(item.doi)}"))
    if item.isbn:
        pairs.append(("identifier", f"urn:isbn:{item.isbn}"))
    if item.url:
        pairs.append(("relation", item.url))
    pairs += [("language", code) for code in language_codes(item)]
    pairs += [("coverage", name) for name in country_names(item)]
    return [(element, value) for element, value in pairs if value]


def mime_type(file_type: str) -> str:
    """``application/pdf`` for ``pdf``; the generic binary type when unknown."""
    guessed, _ = mimetypes.guess_type(f"file.{file_type.lower().lstrip('.')}")
    return guessed or "application/octet-stream"
