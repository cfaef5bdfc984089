"""A term's page: the three languages side by side, its source and related terms."""

import re

import pytest
from django.core.exceptions import ValidationError

from glossary.models import Term

from .factories import TermFactory
from .helpers import main_html, main_text, text

pytestmark = pytest.mark.django_db

URL = "/{language}/glossary/mutual-health-organisation/"


def versions(response) -> list[tuple[str, str]]:
    """(lang attribute, text) of each language's column, in page order."""
    html = main_html(response)
    return [
        (language, text(body))
        for language, body in re.findall(
            r'<section class="glossary-version" lang="(\w+)"[^>]*>(.*?)</section>', html, re.S
        )
    ]


@pytest.fixture
def related(mho, cbhi, draft):
    mho.related.add(cbhi, draft)
    return mho


def test_term_page_shows_the_three_languages_side_by_side(client, related):
    response = client.get(URL.format(language="en"))

    assert response.status_code == 200
    assert versions(response) == [
        (
            "en",
            "English Mutual health organisation Abbreviations MHO Synonyms health mutual "
            "A voluntary, non-profit health insurance scheme run by its members.",
        ),
        (
            "fr",
            "French Mutuelle de santé "
            "Un système d'assurance santé volontaire, à but non lucratif, géré par ses membres.",
        ),
        (
            "es",
            "Spanish Mutual de salud Un sistema de seguro de salud voluntario y sin fines de "
            "lucro, gestionado por sus miembros.",
        ),
    ]
    html = main_html(response)
    # The labels are in the reader's language even inside another language's column.
    assert '<p class="glossary-language" lang="en">French</p>' in html
    assert "<h1>Mutual health organisation</h1>" in html
    assert '<div class="glossary-versions">' in html


def test_term_page_in_french_puts_french_first_and_titles_in_french(client, related):
    response = client.get(URL.format(language="fr"))

    assert [language for language, _text in versions(response)] == ["fr", "en", "es"]
    assert "<h1>Mutuelle de santé</h1>" in main_html(response)
    assert "<title>Mutuelle de santé · Glossaire" in response.content.decode()


def test_term_page_shows_source_category_and_published_related_terms_only(client, related):
    response = client.get(URL.format(language="es"))

    page = main_text(response)
    assert "ILO STEP programme" in page
    assert "Protección de la salud" in page
    html = main_html(response)
    related_list = html[html.index('class="tags glossary-related"') :]
    related_list = related_list[: related_list.index("</ul>")]
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', related_list) == [
        ("/es/glossary/community-based-health-insurance/", "Seguro de salud comunitario")
    ]
    assert "Cebra" not in html


def test_term_page_offers_members_a_correction(client, mho):
    response = client.get(URL.format(language="en"))

    assert (
        '<a href="/en/glossary/suggest/?term=mutual-health-organisation">Suggest a correction</a>'
        in main_html(response)
    )
    assert "Edit in the admin" not in main_html(response)


@pytest.mark.parametrize(("who", "status"), [("anonymous", 404), ("member", 404), ("editor", 200)])
def test_a_draft_is_shown_to_editors_only(client, member, editor, draft, who, status):
    if who != "anonymous":
        client.force_login({"member": member, "editor": editor}[who])

    response = client.get("/en/glossary/secret-draft/")

    assert response.status_code == status
    if status == 200:
        assert "Draft: only editors see this page" in main_text(response)
        assert "Edit in the admin" in main_text(response)
        assert "Suggest a correction" not in main_text(response)


def test_unknown_term_is_not_found(client, db):
    assert client.get("/en/glossary/no-such-term/").status_code == 404


def test_a_term_cannot_take_the_address_of_a_glossary_page(db):
    with pytest.raises(ValidationError) as invalid:
        Term(slug="search", term_en="Search").full_clean()

    assert "slug" in invalid.value.message_dict


def test_a_published_term_needs_every_language(db):
    term = TermFactory.build(slug="half-done", term_fr="", definition_es="")

    with pytest.raises(ValidationError) as invalid:
        term.full_clean()

    assert set(invalid.value.message_dict) == {"term_fr", "definition_es"}
    term.status = Term.Status.DRAFT
    term.full_clean()  # a draft may be incomplete
