"""The glossary's A to Z index, in the reader's language."""

import re

import pytest

from glossary.text import alphabet, first_letter, fold

from .factories import CategoryFactory, TermFactory
from .helpers import main_html, main_text, section_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def savings(health):
    """A term whose French and Spanish names start with accented or special letters."""
    return TermFactory(
        slug="retirement-savings",
        category=CategoryFactory(
            name_en="Pensions", name_fr="Pensions", name_es="Pensiones", slug="pensions"
        ),
        term_en="Retirement savings",
        term_fr="Épargne retraite",
        term_es="Ahorro para la jubilación",
        abbreviations_fr="ER",
    )


@pytest.fixture
def oeuvre(health):
    return TermFactory(
        slug="social-welfare-work",
        category=health,
        term_en="Social welfare work",
        term_fr="Œuvre sociale",
        term_es="Obra social",
    )


def letters(response) -> dict[str, list[str]]:
    """{letter: [names listed under it]} as the page shows them."""
    html = main_html(response)
    found = {}
    for _letter_id, body in re.findall(
        r'<section class="glossary-letter" id="(letter-[^"]+)"[^>]*>(.*?)</section>', html, re.S
    ):
        heading = re.search(r"<h2[^>]*>(.*?)</h2>", body).group(1)
        found[heading] = re.findall(r'<dt><a href="[^"]+">([^<]+)</a>', body)
    return found


def letter_bar(response) -> tuple[list[str], list[str]]:
    """(every letter of the bar, the letters that link to a group)."""
    html = main_html(response)
    bar = html[html.index('<nav class="glossary-az"') : html.index("</nav>")]
    every = re.findall(r"<li>(?:<a [^>]*>|<span [^>]*>)([^<]+)<", bar)
    linked = re.findall(r'<a href="#letter-[^"]+">([^<]+)</a>', bar)
    return every, linked


def test_english_index_lists_english_terms_under_their_letters(client, mho, cbhi, savings, draft):
    response = client.get("/en/glossary/")

    assert response.status_code == 200
    assert letters(response) == {
        "C": ["Community-based health insurance"],
        "M": ["Mutual health organisation"],
        "R": ["Retirement savings"],
    }
    every, linked = letter_bar(response)
    assert every == list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert linked == ["C", "M", "R"]
    assert "3 terms" in main_text(response)
    assert "(CBHI)" in section_text(response, "letter-c")


def test_french_index_files_accented_terms_under_the_bare_letter(
    client, mho, cbhi, savings, oeuvre, draft
):
    response = client.get("/fr/glossary/")

    assert letters(response) == {
        "A": ["Assurance maladie à base communautaire"],
        "E": ["Épargne retraite"],
        "M": ["Mutuelle de santé"],
        "O": ["Œuvre sociale"],
    }
    assert letter_bar(response)[1] == ["A", "E", "M", "O"]
    assert "(AMBC)" in section_text(response, "letter-a")
    assert "(ER)" in section_text(response, "letter-e")
    # Summaries are the French definitions.
    assert "Une assurance maladie organisée par et pour une communauté." in section_text(
        response, "letter-a"
    )


def test_spanish_index_has_the_letter_enye_and_spanish_terms(client, mho, cbhi, savings, draft):
    TermFactory(slug="child", term_en="Child", term_fr="Enfant", term_es="Niño")
    TermFactory(slug="payroll", term_en="Payroll", term_fr="Paie", term_es="Nómina")
    TermFactory(slug="rhea", term_en="Rhea", term_fr="Nandou", term_es="Ñandú")

    response = client.get("/es/glossary/")

    assert letters(response) == {
        "A": ["Ahorro para la jubilación"],
        "M": ["Mutual de salud"],
        "N": ["Niño", "Nómina"],
        "Ñ": ["Ñandú"],
        "S": ["Seguro de salud comunitario"],
    }
    every, _linked = letter_bar(response)
    assert every[13:16] == ["N", "Ñ", "O"]


def test_terms_starting_with_a_digit_are_filed_under_hash(client, mho):
    TermFactory(slug="three-pillars", term_en="3-pillar model", term_fr="Modèle à 3 piliers")

    response = client.get("/en/glossary/")

    assert letters(response)["#"] == ["3-pillar model"]
    assert letter_bar(response)[0][-1] == "#"


def test_index_filters_by_category_in_the_readers_language(client, mho, cbhi, savings):
    response = client.get("/fr/glossary/?category=pensions")

    assert letters(response) == {"E": ["Épargne retraite"]}
    assert '<option value="pensions" selected>Pensions</option>' in main_html(response)
    assert '<option value="health-protection">Protection de la santé</option>' in main_html(
        response
    )

    everything = client.get("/fr/glossary/?category=no-such-category")
    assert sum(len(names) for names in letters(everything).values()) == 3


def test_index_never_shows_drafts(client, draft):
    for language in ("en", "fr", "es"):
        response = client.get(f"/{language}/glossary/")
        assert letters(response) == {}
        html = main_html(response)
        assert "secret-draft" not in html
        assert "Zebra" not in html and "Zèbre" not in html and "Cebra" not in html


@pytest.mark.parametrize("count", [1, 25])
def test_index_costs_the_same_queries_for_few_or_many_terms(
    client, django_assert_max_num_queries, health, count
):
    TermFactory.create_batch(count, category=health)
    client.get("/en/glossary/")  # the session, the site and the like, once

    with django_assert_max_num_queries(8) as queries:
        response = client.get("/en/glossary/")
    assert sum(len(names) for names in letters(response).values()) == count
    glossary_queries = [q["sql"] for q in queries.captured_queries if "glossary_" in q["sql"]]
    assert len(glossary_queries) == 2  # the terms with their categories, the category list


def test_folding_and_letters():
    assert fold("Œuvre Sociale: l\u2019Épargne") == "oeuvre sociale l epargne"
    assert first_letter("Épargne", "fr") == "E"
    assert first_letter("Ñandú", "es") == "Ñ"
    assert first_letter("Ñandú", "fr") == "N"
    assert first_letter("« quoted »") == "Q"
    assert first_letter("") == "#"
    assert alphabet("es")[14] == "Ñ"
    assert "Ñ" not in alphabet("fr")
