"""Searching the glossary: its own page and its part of the portal-wide search."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from core import search as site_search
from core.search import Answer, Hit

from .factories import TermFactory
from .helpers import main_html, section_text

pytestmark = pytest.mark.django_db


def results(response) -> list[str]:
    """Names of the terms found, in the order shown."""
    return re.findall(r'<dt><a href="[^"]+">([^<]+)</a>', main_html(response))


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "mutual health", ["Mutual health organisation"]),
        ("en", "MHO", ["Mutual health organisation"]),
        ("en", "cbhi", ["Community-based health insurance"]),
        ("fr", "mutuelle de sante", ["Mutuelle de santé"]),  # accents optional
        ("fr", "AMBC", ["Assurance maladie à base communautaire"]),
        ("fr", "CBHI", ["Assurance maladie à base communautaire"]),  # another language's
        ("es", "seguro de salud comunitario", ["Seguro de salud comunitario"]),
        ("es", "Mutuelle", ["Mutual de salud"]),
        ("es", "GESTIONADO POR SUS MIEMBROS", ["Mutual de salud"]),  # in a definition
        ("en", "no such thing", []),
    ],
)
def test_search_finds_terms_in_any_language_shown_in_the_readers(
    client, mho, cbhi, draft, language, query, expected
):
    response = client.get(f"/{language}/glossary/search/", {"q": query})

    assert response.status_code == 200
    assert results(response) == expected


def test_search_says_which_abbreviation_or_language_matched(client, mho, cbhi):
    response = client.get("/fr/glossary/search/", {"q": "MHO"})

    html = main_html(response)
    assert '<q lang="en">MHO</q>' in html
    count = re.search(r'<p class="result-count" role="status">([^<]+)</p>', html).group(1)
    assert count == "1 terme trouvé pour « MHO »"


def test_search_ranks_exact_names_before_mentions(client, mho, cbhi):
    TermFactory(
        slug="health-insurance",
        term_en="Health insurance",
        definition_en="Insurance against the cost of care.",
    )

    response = client.get("/en/glossary/search/", {"q": "health insurance"})

    assert results(response) == [
        "Health insurance",
        "Community-based health insurance",
        "Mutual health organisation",  # only its definition says "health insurance"
    ]


def test_search_never_shows_drafts(client, editor_client, draft):
    for query in ("Zebra", "ZDT", "Zèbre", "secret"):
        assert results(client.get("/en/glossary/search/", {"q": query})) == []
        assert results(editor_client.get("/en/glossary/search/", {"q": query})) == []


def test_search_pages_keep_the_query_in_their_links(client, db):
    TermFactory.create_batch(35, definition_en="About savings & pensions.")

    response = client.get("/en/glossary/search/", {"q": "savings & pensions"})

    assert len(results(response)) == 30
    assert 'href="?q=savings+%26+pensions&amp;page=2"' in main_html(response)
    second = client.get("/en/glossary/search/", {"q": "savings & pensions", "page": "2"})
    assert len(results(second)) == 5


def test_glossary_is_a_provider_of_the_portal_search():
    provider = next(p for p in site_search.providers() if p.key == "glossary")

    assert str(provider.label) == "Glossary"
    assert provider.order == 20


def test_provider_answers_with_published_terms_in_the_readers_language(mho, cbhi, draft):
    provider = next(p for p in site_search.providers() if p.key == "glossary")

    with translation.override("fr"):
        answer = provider.search("CBHI", AnonymousUser(), 5)

    assert answer == Answer(
        count=1,
        hits=[
            Hit(
                title="Assurance maladie à base communautaire",
                url="/fr/glossary/community-based-health-insurance/",
                summary="Une assurance maladie organisée par et pour une communauté.",
                meta="Protection de la santé",
            )
        ],
        more_url="/fr/glossary/search/?q=CBHI",
    )
    with translation.override("en"):
        assert provider.search("ZDT", AnonymousUser(), 5) == Answer(count=0)
        assert provider.search("Zebra draft", AnonymousUser(), 5).hits == []
        limited = provider.search("health", AnonymousUser(), 1)
    assert limited.count == 2
    assert len(limited.hits) == 1


def test_site_search_page_shows_glossary_terms(client, mho, cbhi, draft):
    response = client.get("/en/search/", {"q": "health"})

    assert response.status_code == 200
    glossary = section_text(response, "results-glossary")
    assert glossary.startswith("Glossary 2")
    assert "Community-based health insurance" in glossary
    assert "Mutual health organisation" in glossary
    assert 'href="/en/glossary/mutual-health-organisation/"' in main_html(response)

    drafts = client.get("/en/search/", {"q": "Zebra"})
    assert section_text(drafts, "results-glossary").startswith("Glossary 0")
    assert "secret-draft" not in main_html(drafts)


@pytest.mark.parametrize("count", [1, 25])
def test_search_costs_the_same_queries_for_few_or_many_hits(
    client, django_assert_max_num_queries, health, count
):
    TermFactory.create_batch(count, category=health, definition_en="About pensions.")
    client.get("/en/glossary/search/", {"q": "pensions"})

    with django_assert_max_num_queries(8) as queries:
        response = client.get("/en/glossary/search/", {"q": "pensions"})

    assert len(results(response)) == count
    assert len([q for q in queries.captured_queries if "glossary_" in q["sql"]]) == 1
