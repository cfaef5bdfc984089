"""The item page's citation metadata (Highwire ``citation_*`` for Google Scholar and
Zotero, Dublin Core ``DC.*``), read back from the HTML as a citation manager would."""

import datetime
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from core.models import Language
from library.models import Item
from library.views import items as item_views
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory

INCLUDE = "library/includes/citation_meta.html"


class _HeadReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.metas: list[tuple[str, str]] = []
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "name" in attrs:
            self.metas.append((attrs["name"], attrs.get("content", "")))
        elif tag == "link":
            self.links.append(attrs)


def read_head(html: str) -> _HeadReader:
    reader = _HeadReader()
    reader.feed(html)
    reader.close()
    return reader


def values(reader: _HeadReader, name: str) -> list[str]:
    return [content for meta_name, content in reader.metas if meta_name == name]


def render_include(item: Item, *, path: str = "/en/library/") -> str:
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return render_to_string(INCLUDE, {"item": item, "request": request}, request=request)


@pytest.fixture
def full_item(db):
    item = ItemFactory(
        title='Costs & benefits of "universal" <coverage>',
        authors="Diallo, Aminata\nRojas, Carlos; International Labour Office",
        publisher="ILO & Partners",
        publication_year=2023,
        publication_date=datetime.date(2023, 5, 9),
        abstract='An abstract with <script>alert("x")</script> & ampersands.',
        doi="https://doi.org/10.1234/gess.2023-7",
        isbn="978-92-2-123456-7",
        topics=[TopicFactory(name="Health", name_fr="Santé")],
        tags=["mutual health", "Senegal"],
        file_text=["A page of text."],
    )
    item.languages.add(Language.objects.get(code="en"), Language.objects.get(code="fr"))
    return item


def test_citation_tags_carry_the_items_exact_values(full_item):
    head = read_head(render_include(full_item))
    origin = "http://testserver"

    assert values(head, "citation_title") == ['Costs & benefits of "universal" <coverage>']
    assert values(head, "citation_author") == [
        "Diallo, Aminata",
        "Rojas, Carlos",
        "International Labour Office",
    ]
    assert values(head, "citation_publication_date") == ["2023/05/09"]
    assert values(head, "citation_year") == ["2023"]
    assert values(head, "citation_publisher") == ["ILO & Partners"]
    assert values(head, "citation_pdf_url") == [
        origin + reverse("library:download", kwargs={"pk": full_item.pk})
    ]
    assert values(head, "citation_doi") == ["10.1234/gess.2023-7"]
    assert values(head, "citation_isbn") == ["978-92-2-123456-7"]
    assert values(head, "citation_language") == ["en", "fr"]
    assert sorted(values(head, "citation_keywords")) == ["Health", "Senegal", "mutual health"]
    assert values(head, "citation_abstract_html_url") == [origin + full_item.get_absolute_url()]


def test_dublin_core_tags_and_schema_link(full_item):
    head = read_head(render_include(full_item))
    page_url = "http://testserver" + full_item.get_absolute_url()

    assert {"rel": "schema.DC", "href": "http://purl.org/dc/elements/1.1/"} in head.links
    assert values(head, "DC.title") == ['Costs & benefits of "universal" <coverage>']
    assert values(head, "DC.creator") == [
        "Diallo, Aminata",
        "Rojas, Carlos",
        "International Labour Office",
    ]
    assert values(head, "DC.date") == ["2023-05-09"]
    assert values(head, "DC.publisher") == ["ILO & Partners"]
    assert values(head, "DC.language") == ["en", "fr"]
    assert values(head, "DC.type") == ["Report"]
    assert values(head, "DC.identifier") == [
        page_url,
        "https://doi.org/10.1234/gess.2023-7",
        "urn:isbn:978-92-2-123456-7",
    ]
    assert sorted(values(head, "DC.subject")) == ["Health", "Senegal", "mutual health"]
    assert values(head, "DC.description") == [
        'An abstract with <script>alert("x")</script> & ampersands.'
    ]


def test_every_value_is_escaped_in_the_html(full_item):
    html = render_include(full_item)

    assert "<script>" not in html
    assert "<coverage>" not in html
    assert '"universal"' not in html
    assert "&lt;script&gt;" in html
    # Nothing but meta and link elements: the include cannot break out of <head>.
    head = read_head(html)
    assert len(head.metas) + len(head.links) == html.count("<")


def test_terms_follow_the_page_language(full_item):
    with translation.override("fr"):
        head = read_head(render_include(full_item, path="/fr/library/"))

    assert "Santé" in values(head, "citation_keywords")
    assert values(head, "DC.type") == ["Rapport"]
    assert values(head, "citation_abstract_html_url") == [
        f"http://testserver/fr/library/items/{full_item.pk}/"
    ]


def test_a_sparse_item_has_only_the_tags_it_can_fill(db):
    item = ItemFactory(
        title="Untitled notes",
        authors="",
        publisher="",
        publication_year=None,
        abstract="",
        resource_type=ResourceTypeFactory(name="Tool", name_fr="Outil", name_es="Herramienta"),
    )
    head = read_head(render_include(item))
    names = {name for name, _ in head.metas}

    assert names == {
        "citation_title",
        "citation_abstract_html_url",
        "DC.title",
        "DC.type",
        "DC.identifier",
    }
    assert values(head, "DC.type") == ["Tool"]


def test_year_only_dates_and_no_pdf_for_other_files(db):
    item = ItemFactory(publication_year=2019, publication_date=None, url="https://example.org/x")
    head = read_head(render_include(item))

    assert values(head, "citation_publication_date") == ["2019"]
    assert values(head, "citation_year") == ["2019"]
    assert values(head, "DC.date") == ["2019"]
    assert values(head, "citation_pdf_url") == []


# --- Against the real item page ------------------------------------------------------
# The item page belongs to the contribution work (library/views/items.py and
# templates/library/item_detail.html). Until both exist this test is skipped, not failed.


def _item_page_missing() -> bool:
    if getattr(item_views.detail, "__name__", "") == "_not_yet":
        return True
    try:
        get_template("library/item_detail.html")
    except TemplateDoesNotExist:
        return True
    return False


def test_item_page_head_carries_the_citation_tags(client, full_item):
    if _item_page_missing():
        pytest.skip("the item page (library.views.items.detail) is not written yet")
    response = client.get(full_item.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    head_html = html[: html.index("</head>")]
    head = read_head(head_html)
    assert values(head, "citation_title") == ['Costs & benefits of "universal" <coverage>']
    assert values(head, "citation_author") == [
        "Diallo, Aminata",
        "Rojas, Carlos",
        "International Labour Office",
    ]
    assert values(head, "citation_pdf_url") == [
        "http://testserver" + reverse("library:download", kwargs={"pk": full_item.pk})
    ]
    assert values(head, "DC.identifier")[0] == "http://testserver" + full_item.get_absolute_url()
