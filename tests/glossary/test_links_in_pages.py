"""Glossary links where readers meet them: editorial pages (the news summary and the
paragraphs of the body) and library abstracts."""

import pytest
from wagtail.models import Locale
from wagtail.rich_text import RichText

from editorial.models import HomePage, NewsIndexPage, StandardPage
from tests.editorial.helpers import add_news, translate
from tests.library.factories import ItemFactory

from .helpers import glossary_links, main_html

pytestmark = pytest.mark.django_db

MHO_URL = "/en/glossary/mutual-health-organisation/"
CBHI_URL = "/en/glossary/community-based-health-insurance/"
MHO_TIP = "A voluntary, non-profit health insurance scheme run by its members."
CBHI_TIP = "Health insurance organised by and for a community."


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale=Locale.objects.get(language_code="en"))


@pytest.fixture
def news_index(home):
    index = NewsIndexPage(title="News & Events", slug="news")
    home.add_child(instance=index)
    return index


def paragraphs(*html):
    return [("paragraph", RichText(part)) for part in html]


def test_news_item_links_terms_once_across_summary_and_body(client, news_index, mho, cbhi):
    add_news(
        news_index,
        "Senegal extends its CBHI",
        summary="The CBHI now covers the whole region.",
        body=paragraphs(
            "<p>Each mutual health organisation joins the CBHI network.</p>",
            "<h3>What a mutual health organisation does</h3>"
            "<p>The MHO collects <b>contributions</b>.</p>",
        ),
    )

    response = client.get("/en/news/senegal-extends-its-cbhi/")

    assert response.status_code == 200
    found = glossary_links(main_html(response))
    assert [(link.text, link.href, link.tip) for link in found] == [
        ("CBHI", CBHI_URL, CBHI_TIP),  # in the summary
        ("mutual health organisation", MHO_URL, MHO_TIP),  # first paragraph
    ]
    html = main_html(response)
    assert '<p class="lead">The <span class="glossary-ref"><a class="glossary-link"' in html
    assert "<h3>What a mutual health organisation does</h3>" in html  # headings stay plain
    assert "<p>The MHO collects <b>contributions</b>.</p>" in html  # already linked above


def test_standard_page_paragraphs_link_terms(client, home, mho):
    page = StandardPage(
        title="About mutual health",
        slug="about",
        body=paragraphs('<p>A <a href="https://example.org/">mutual health organisation</a>.</p>')
        + paragraphs("<p>Our mutual health organisation &amp; its members.</p>"),
    )
    home.add_child(instance=page)

    response = client.get("/en/about/")

    html = main_html(response)
    assert '<a href="https://example.org/">mutual health organisation</a>' in html
    assert [(link.text, link.href) for link in glossary_links(html)] == [
        ("mutual health organisation", MHO_URL)
    ]
    assert "</span></span> &amp; its members.</p>" in html


def test_french_news_item_links_french_terms_with_french_definitions(client, home, news_index, mho):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    home_fr = translate(home, french)
    index_fr = translate(news_index, french)
    assert home_fr.locale.language_code == "fr"
    add_news(
        index_fr,
        "Les mutuelles au Sénégal",
        summary="Chaque mutuelle de santé compte.",
        body=paragraphs("<p>Une mutuelle de santé de plus.</p>"),
    )

    response = client.get("/fr/news/les-mutuelles-au-senegal/")

    assert response.status_code == 200
    assert [(link.text, link.href, link.tip) for link in glossary_links(main_html(response))] == [
        (
            "mutuelle de santé",
            "/fr/glossary/mutual-health-organisation/",
            "Un système d'assurance santé volontaire, à but non lucratif, géré par ses membres.",
        )
    ]


def test_library_abstract_links_terms_and_keeps_paragraphs(client, mho, cbhi, draft):
    item = ItemFactory(
        abstract=(
            "How a mutual health organisation can join national health insurance.\n\n"
            "<script>alert('x')</script> The CBHI and the ZDT draft, and another MHO."
        )
    )

    response = client.get(f"/en/library/items/{item.pk}/")

    assert response.status_code == 200
    html = main_html(response)
    start = html.index('<div class="abstract">')
    abstract = html[start : html.index("</div>", start)]
    assert [(link.text, link.href) for link in glossary_links(abstract)] == [
        ("mutual health organisation", MHO_URL),
        ("CBHI", CBHI_URL),
    ]
    assert abstract.count("<p>") == 2
    assert "<p>&lt;script&gt;alert('x')&lt;/script&gt; The " in abstract
    assert "<script>" not in abstract
