"""Editors run the glossary's terms and categories in Wagtail's admin (snippets)."""

import pytest
from django.template import Context, Template
from django.utils import translation

from glossary.models import Category, Term

from .helpers import glossary_links

pytestmark = pytest.mark.django_db

TERMS = "/admin/snippets/glossary/term/"
CATEGORIES = "/admin/snippets/glossary/category/"


def term_form(**values) -> dict:
    data = {
        "slug": "social-protection-floor",
        "status": "published",
        "category": "",
        "source": "ILO Recommendation No. 202",
        "term_en": "Social protection floor",
        "term_fr": "Socle de protection sociale",
        "term_es": "Piso de protección social",
        "definition_en": "Basic social security guarantees for all.",
        "definition_fr": "Des garanties élémentaires de sécurité sociale pour tous.",
        "definition_es": "Garantías básicas de seguridad social para todos.",
        "abbreviations_en": "SPF",
        "abbreviations_fr": "SPS",
        "abbreviations_es": "",
        "synonyms_en": "",
        "synonyms_fr": "",
        "synonyms_es": "",
    }
    data.update(values)
    return data


def links_in(value: str, language: str = "en") -> list[tuple[str, str]]:
    with translation.override(language):
        html = Template("{% load glossary %}{{ value|glossary_links }}").render(
            Context({"value": value})
        )
    return [(link.text, link.href) for link in glossary_links(html)]


def test_editor_lists_terms_with_drafts_and_finds_them_by_abbreviation(
    editor_client, mho, cbhi, draft
):
    listing = editor_client.get(TERMS)
    assert listing.status_code == 200
    content = listing.content.decode()
    for name in ("Mutual health organisation", "Community-based health insurance", "Zebra draft"):
        assert name in content
    assert "/en/glossary/export.csv" in content  # "Download as CSV"
    assert "/en/glossary/import/" in content  # "Import a CSV file"

    found = editor_client.get(TERMS, {"q": "CBHI"}).content.decode()
    assert "Community-based health insurance" in found
    assert "Mutual health organisation" not in found


def test_editor_creates_a_published_term_that_readers_and_links_see_at_once(
    client, editor_client, health, mho
):
    assert links_in("Every country needs an SPF.") == []  # the links' list is now cached

    response = editor_client.post(f"{TERMS}add/", term_form(category=health.pk, related=[mho.pk]))

    assert response.status_code == 302
    term = Term.objects.get(slug="social-protection-floor")
    assert (term.status, term.category, list(term.related.all())) == (
        Term.Status.PUBLISHED,
        health,
        [mho],
    )
    assert "Socle de protection sociale" in client.get("/fr/glossary/").content.decode()
    assert links_in("Every country needs an SPF.") == [
        ("SPF", "/en/glossary/social-protection-floor/")
    ]
    assert links_in("Un socle de protection sociale.", "fr") == [
        ("socle de protection sociale", "/fr/glossary/social-protection-floor/")
    ]


def test_admin_refuses_to_publish_a_term_missing_a_language(editor_client, db):
    response = editor_client.post(f"{TERMS}add/", term_form(definition_es=""))

    assert response.status_code == 200
    assert "A published term needs this in every language." in response.content.decode()
    assert not Term.objects.exists()

    editor_client.post(f"{TERMS}add/", term_form(definition_es="", status="draft"))
    assert Term.objects.get().status == Term.Status.DRAFT


def test_editor_publishes_a_draft_and_it_appears(client, editor_client, draft):
    draft.definition_fr = "Jamais montré."
    draft.definition_es = "Nunca mostrado."
    draft.save()
    assert "Zebra draft" not in client.get("/en/glossary/").content.decode()

    response = editor_client.post(
        f"{TERMS}edit/{draft.pk}/",
        term_form(
            slug=draft.slug,
            term_en=draft.term_en,
            term_fr=draft.term_fr,
            term_es=draft.term_es,
            definition_en=draft.definition_en,
            definition_fr=draft.definition_fr,
            definition_es=draft.definition_es,
            abbreviations_en="ZDT",
            abbreviations_fr="",
        ),
    )

    assert response.status_code == 302
    assert "Zebra draft" in client.get("/en/glossary/").content.decode()
    assert links_in("The ZDT.") == [("ZDT", "/en/glossary/secret-draft/")]


def test_editor_manages_categories(editor_client, health):
    assert "Health protection" in editor_client.get(CATEGORIES).content.decode()

    response = editor_client.post(
        f"{CATEGORIES}add/",
        {
            "name_en": "Pensions",
            "name_fr": "Pensions",
            "name_es": "Pensiones",
            "slug": "pensions",
            "sort_order": "3",
        },
    )

    assert response.status_code == 302
    assert Category.objects.get(slug="pensions").name_es == "Pensiones"


@pytest.mark.parametrize("url", [TERMS, f"{TERMS}add/", CATEGORIES])
def test_members_cannot_reach_the_glossary_admin(member_client, url):
    response = member_client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
