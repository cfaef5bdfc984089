"""RIS and BibTeX downloads, read back with small parsers the way a reference manager
reads them: tags and values, entries and fields, brace balance."""

import datetime
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.urls import reverse

from core.models import Language
from library import citations
from library.models import Item, LibraryCollection
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory

# --- Parsers -------------------------------------------------------------------------

_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  - (.*)$")


def parse_ris(text: str) -> list[list[tuple[str, str]]]:
    """Records as lists of (tag, value); every non-blank line must be a tagged line."""
    records, current = [], []
    for line in text.split("\r\n"):
        if not line:
            continue
        match = _RIS_LINE.match(line)
        assert match, f"not a RIS line: {line!r}"
        tag, value = match.groups()
        if tag == "ER":
            records.append(current)
            current = []
        else:
            current.append((tag, value))
    assert current == [], "record not closed by ER"
    return records


def ris_values(record, tag):
    return [value for key, value in record if key == tag]


def _braced(text: str, pos: int) -> tuple[str, int]:
    """The content of the brace group opening at ``pos``. Like BibTeX itself, a
    backslash does not stop a brace from counting."""
    assert text[pos] == "{"
    depth = 0
    for end in range(pos, len(text)):
        if text[end] == "{":
            depth += 1
        elif text[end] == "}":
            depth -= 1
            if depth == 0:
                return text[pos + 1 : end], end + 1
    raise AssertionError("unbalanced braces")


_ENTRY_START = re.compile(r"\s*@(\w+)\{([A-Za-z0-9_:\-]+),")
_FIELD = re.compile(r"\s*(\w+) = ")


def parse_bibtex(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """(entry type, key, {field: raw value}); fails on anything it cannot read."""
    entries, pos = [], 0
    while text[pos:].strip():
        match = _ENTRY_START.match(text, pos)
        assert match, f"no entry at {text[pos : pos + 40]!r}"
        entry_type, key = match.groups()
        pos, fields = match.end(), {}
        while True:
            field = _FIELD.match(text, pos)
            if not field:
                break
            name, pos = field.group(1), field.end()
            assert name not in fields, f"repeated field {name}"
            if text[pos] == "{":
                fields[name], pos = _braced(text, pos)
            else:
                word = re.match(r"[a-z0-9]+", text[pos:])
                fields[name], pos = word.group(), pos + word.end()
            assert text[pos] == ",", f"field {name} not followed by a comma"
            pos += 1
        closing = re.compile(r"\s*\}").match(text, pos)
        assert closing, "entry not closed"
        pos = closing.end()
        entries.append((entry_type, key, fields))
    return entries


_LATEX = {
    r"\textbackslash{}": "\\",
    r"\textbraceleft{}": "{",
    r"\textbraceright{}": "}",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    r"\$": "$",
    r"\&": "&",
    r"\%": "%",
    r"\#": "#",
    r"\_": "_",
}


def latex_to_text(value: str) -> str:
    """Undo bibtex_escape and the capital-protecting braces."""
    placeholders = {}
    for n, (latex, char) in enumerate(_LATEX.items()):
        placeholders[f"\x00{n}\x00"] = char
        value = value.replace(latex, f"\x00{n}\x00")
    value = value.replace("{", "").replace("}", "")
    for placeholder, char in placeholders.items():
        value = value.replace(placeholder, char)
    return value


# --- Fixtures ------------------------------------------------------------------------


@pytest.fixture
def report(db):
    item = ItemFactory(
        title="ILO social protection report: 50% coverage & beyond",
        authors="Diallo, Aminata; Rojas, Carlos",
        publisher="International Labour Office",
        publication_year=2023,
        publication_date=datetime.date(2023, 5, 9),
        abstract="Line one.\nLine two with ER  - a fake end tag.",
        doi="doi:10.1234/gess_2023",
        isbn="978-92-2-123456-7",
        url="https://www.ilo.org/report",
        topics=[TopicFactory(name="Health")],
        tags=["mutual health"],
        file_text=["A page."],
    )
    item.languages.add(Language.objects.get(code="en"))
    return item


def absolute(path: str) -> str:
    return "http://testserver" + path


# --- One item ------------------------------------------------------------------------


def test_item_ris_download(client, report):
    response = client.get(reverse("library:item-ris", kwargs={"pk": report.pk}))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="diallo2023ilo.ris"'
    [record] = parse_ris(response.content.decode("utf-8"))
    assert record == [
        ("TY", "RPRT"),
        ("TI", "ILO social protection report: 50% coverage & beyond"),
        ("AU", "Diallo, Aminata"),
        ("AU", "Rojas, Carlos"),
        ("PY", "2023"),
        ("DA", "2023/05/09/"),
        ("PB", "International Labour Office"),
        ("AB", "Line one. Line two with ER - a fake end tag."),
        ("KW", "Health"),
        ("KW", "mutual health"),
        ("LA", "en"),
        ("DO", "10.1234/gess_2023"),
        ("SN", "978-92-2-123456-7"),
        ("UR", absolute(report.get_absolute_url())),
        ("L1", absolute(reverse("library:download", kwargs={"pk": report.pk}))),
        ("L2", "https://www.ilo.org/report"),
        ("DB", "GESS"),
    ]


def test_item_bibtex_download(client, report):
    response = client.get(reverse("library:item-bibtex", kwargs={"pk": report.pk}))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="diallo2023ilo.bib"'
    [(entry_type, key, fields)] = parse_bibtex(response.content.decode("utf-8"))
    assert (entry_type, key) == ("techreport", "diallo2023ilo")
    assert fields == {
        "title": r"{ILO} social protection report: 50\% coverage \& beyond",
        "author": "Diallo, Aminata and Rojas, Carlos",
        "year": "2023",
        "month": "may",
        "institution": "International Labour Office",
        "abstract": "Line one. Line two with ER - a fake end tag.",
        "keywords": "Health, mutual health",
        "language": "en",
        "doi": "10.1234/gess_2023",
        "isbn": "978-92-2-123456-7",
        "url": absolute(report.get_absolute_url()),
    }


def test_bibtex_escapes_every_special_character_and_stays_balanced(client, db):
    nasty = r"Costs {unbalanced & $5 #1 under_score 100% a~b x^2 back\slash} }{"
    item = ItemFactory(title=nasty, authors="Núñez, José; World Bank Group", abstract=nasty)
    response = client.get(reverse("library:item-bibtex", kwargs={"pk": item.pk}))

    [(_, key, fields)] = parse_bibtex(response.content.decode("utf-8"))
    assert key == "nunez2023costs"
    assert latex_to_text(fields["title"]) == nasty
    assert latex_to_text(fields["abstract"]) == nasty
    assert fields["author"] == "Núñez, José and {World Bank Group}"
    # Nothing left that LaTeX would read as a command or a special character.
    bare = re.sub(r"\\text[a-z]+\{\}|\\[$&%#_]", "", fields["abstract"])
    assert not set(bare) & set("\\{}$&%#_~^")


def test_types_follow_the_resource_type_slug(client, db):
    expected = {
        "report": ("RPRT", "techreport"),
        "article": ("JOUR", "article"),
        "guide": ("BOOK", "book"),
        "book": ("BOOK", "book"),
        "tool": ("GEN", "misc"),
        "video": ("VIDEO", "misc"),
        "working-paper": ("RPRT", "techreport"),
        "reports": ("RPRT", "techreport"),
        "something-new": ("GEN", "misc"),
    }
    for slug, (ris_type, bibtex_type) in expected.items():
        item = ItemFactory(resource_type=ResourceTypeFactory(name=slug.title(), slug=slug))
        ris = client.get(reverse("library:item-ris", kwargs={"pk": item.pk}))
        bib = client.get(reverse("library:item-bibtex", kwargs={"pk": item.pk}))
        [record] = parse_ris(ris.content.decode())
        [(entry_type, _, fields)] = parse_bibtex(bib.content.decode())
        assert (ris_values(record, "TY"), entry_type) == ([ris_type], bibtex_type), slug
        publisher_field = "institution" if bibtex_type == "techreport" else "publisher"
        assert fields[publisher_field] == "ILO", slug


@pytest.mark.parametrize(
    ("status", "who", "visible"),
    [
        (Item.Status.PUBLISHED, "anonymous", True),
        (Item.Status.PUBLISHED, "member", True),
        (Item.Status.DRAFT, "anonymous", False),
        (Item.Status.DRAFT, "member", False),
        (Item.Status.DRAFT, "submitter", True),
        (Item.Status.DRAFT, "editor", True),
        (Item.Status.PENDING, "anonymous", False),
        (Item.Status.PENDING, "member", False),
        (Item.Status.PENDING, "submitter", True),
        (Item.Status.REJECTED, "anonymous", False),
        (Item.Status.REJECTED, "member", False),
        (Item.Status.REJECTED, "editor", True),
    ],
)
def test_single_item_export_follows_visibility(client, editor, status, who, visible):
    submitter = UserFactory(email="submitter@example.org")
    item = ItemFactory(status=status, submitted_by=submitter, title="Visibility check")
    users = {"member": UserFactory(email="someone@example.org"), "submitter": submitter}
    users["editor"] = editor
    if who != "anonymous":
        client.force_login(users[who])

    for name in ("library:item-ris", "library:item-bibtex"):
        response = client.get(reverse(name, kwargs={"pk": item.pk}))
        assert response.status_code == (200 if visible else 404), (name, status, who)
        if visible:
            assert "Visibility check" in response.content.decode()


# --- Result lists --------------------------------------------------------------------


def test_result_list_exports_only_published_items(editor_client, editor):
    published = [ItemFactory(title=f"Published {n}") for n in range(3)]
    for status in (Item.Status.DRAFT, Item.Status.PENDING, Item.Status.REJECTED):
        ItemFactory(title=f"Hidden {status}", status=status, submitted_by=editor)

    ris = editor_client.get(reverse("library:results-ris"))
    bib = editor_client.get(reverse("library:results-bibtex"))

    assert ris["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert ris["Content-Disposition"] == 'attachment; filename="gess-library.ris"'
    assert bib["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert bib["Content-Disposition"] == 'attachment; filename="gess-library.bib"'
    ris_titles = {ris_values(r, "TI")[0] for r in parse_ris(ris.content.decode())}
    bib_titles = {f["title"] for _, _, f in parse_bibtex(bib.content.decode())}
    assert ris_titles == bib_titles == {item.title for item in published}


def test_result_list_keys_are_unique_and_stable(client, db):
    for n in range(4):  # same author, year and first title word
        ItemFactory(title=f"Extending coverage {n}")
    first = parse_bibtex(client.get(reverse("library:results-bibtex")).content.decode())
    again = parse_bibtex(client.get(reverse("library:results-bibtex")).content.decode())

    keys = [key for _, key, _ in first]
    assert sorted(keys) == [
        "diallo2023extending",
        "diallo2023extendingb",
        "diallo2023extendingc",
        "diallo2023extendingd",
    ]
    assert keys == [key for _, key, _ in again]


def test_result_list_follows_the_search_parameters(client, db):
    """The export lists what library.search.results_queryset lists for the same GET."""
    search = pytest.importorskip("library.search")
    if not hasattr(search, "results_queryset"):
        pytest.skip("library.search.results_queryset is not written yet")
    ItemFactory(title="Maternity cash benefits in Senegal")
    ItemFactory(title="Pension reform in Peru")
    ItemFactory(title="Maternity draft", status=Item.Status.DRAFT)
    if hasattr(search, "update_index"):  # PostgreSQL's full-text index
        search.update_index(Item.objects.values_list("pk", flat=True))

    for query in ("q=maternity", "q=pension", ""):
        expected = {
            item.title
            for item in search.results_queryset(QueryDict(query), AnonymousUser())
            if item.status == Item.Status.PUBLISHED
        }
        response = client.get(reverse("library:results-ris") + "?" + query)
        exported = {ris_values(r, "TI")[0] for r in parse_ris(response.content.decode())}
        assert exported == expected, query
        assert "Maternity draft" not in exported
    response = client.get(reverse("library:results-bibtex") + "?q=pension")
    assert [f["title"] for _, _, f in parse_bibtex(response.content.decode())] == [
        "Pension reform in Peru"
    ]


def test_result_list_is_capped_at_a_thousand(client, db):
    resource_type = ResourceTypeFactory()
    Item.objects.bulk_create(
        Item(
            resource_type=resource_type,
            title=f"Bulk item {n}",
            status=Item.Status.PUBLISHED,
            publication_year=2020,
        )
        for n in range(1001)
    )
    response = client.get(reverse("library:results-ris"))

    assert len(parse_ris(response.content.decode())) == 1000


@pytest.mark.parametrize("name", ["library:results-ris", "library:results-bibtex"])
def test_result_list_export_queries_do_not_grow_with_items(client, db, name):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    collection = LibraryCollection.objects.create(name="Guide for Action", slug="gfa")
    english = Language.objects.get(code="en")

    def make(count):
        for n in range(count):
            item = ItemFactory(
                title=f"Counted {n}", topics=[TopicFactory()], tags=["t"], countries=["SN"]
            )
            item.languages.add(english)
            item.collections.add(collection)

    make(1)
    with CaptureQueriesContext(connection) as one:
        client.get(reverse(name))
    make(29)
    with CaptureQueriesContext(connection) as thirty:
        response = client.get(reverse(name))

    assert response.content.decode().count("Counted") == 30
    assert len(one) == len(thirty)


def test_citation_helpers_agree_with_the_downloads(report):
    """The same item gives the same key whether alone or first in a list."""
    assert citations.bibtex_key(report) == "diallo2023ilo"
    assert citations.unique_keys([report, report]) == ["diallo2023ilo", "diallo2023ilob"]
