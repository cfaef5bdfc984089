"""``manage.py load_demo``: the demo glossary, at least 120 published terms, each
complete in English, French and Spanish; a second run changes nothing.

``load_demo`` runs twice for the whole module; the tests read what it left, and
everything is rolled back after them.
"""

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from core.demo import glossary_terms as data
from glossary.models import Category, Term
from tests.demo_runs import demo_loaded_twice

from .helpers import glossary_links, unambiguous

pytestmark = pytest.mark.django_db

MIN_TERMS = 120
LANGUAGE_FIELDS = [
    f"{kind}_{code}" for kind in ("term", "definition") for code in ("en", "fr", "es")
]


def glossary_line(output: str) -> str:
    return next(
        line.strip() for line in output.splitlines() if line.strip().startswith("glossary:")
    )


def snapshot() -> dict:
    terms = Term.objects.order_by("slug")
    return {
        "terms": [
            (term.slug, term.status, term.category_id, *(getattr(term, f) for f in LANGUAGE_FIELDS))
            for term in terms
        ],
        "related": sorted(
            Term.related.through.objects.values_list("from_term__slug", "to_term__slug")
        ),
        "categories": list(
            Category.objects.values_list("slug", "name_en", "name_fr", "name_es", "sort_order")
        ),
    }


@pytest.fixture(scope="module")
def runs(django_db_setup, django_db_blocker):
    with demo_loaded_twice(django_db_blocker, snapshot) as runs:
        yield runs


def test_load_demo_publishes_at_least_120_terms_in_three_languages(runs):
    published = Term.objects.published()

    assert published.count() >= MIN_TERMS
    incomplete = [
        (term.slug, field)
        for term in published
        for field in LANGUAGE_FIELDS
        if not getattr(term, field).strip()
    ]
    assert incomplete == []
    assert Term.objects.count() == published.count()  # the demo has no drafts


def test_load_demo_reports_the_glossary_counts(runs):
    count = Term.objects.count()
    expected = f"glossary: {count} terms, {len(data.CATEGORIES)} categories"

    assert glossary_line(runs.first_output) == expected
    assert glossary_line(runs.second_output) == expected


def test_demo_categories_are_the_eleven_in_order(runs):
    assert runs.second["categories"] == [
        (slug, en, fr, es, order)
        for order, (slug, en, fr, es) in enumerate(data.CATEGORIES, start=1)
    ]
    assert [c[0] for c in data.CATEGORIES] == [
        "general-concepts",
        "benefits",
        "pensions",
        "health-protection",
        "micro-insurance",
        "insurance-techniques",
        "financing",
        "social-assistance",
        "informal-economy",
        "governance",
        "monitoring-evaluation",
    ]


def test_every_demo_term_is_valid_and_filed_in_a_category(runs):
    problems = {}
    for term in Term.objects.select_related("category"):
        try:
            term.full_clean(exclude=["related"])
        except ValidationError as invalid:
            problems[term.slug] = invalid.message_dict
        if term.category is None:
            problems.setdefault(term.slug, "no category (unknown category slug in the data)")
    assert problems == {}


def test_demo_data_declares_the_agreed_keys_and_unique_slugs(runs):
    terms = data.all_terms()
    assert [t["slug"] for t in terms if set(t) != set(data.TERM_KEYS)] == []
    slugs = [t["slug"] for t in terms]
    assert sorted({s for s in slugs if slugs.count(s) > 1}) == []
    assert Term.objects.count() == len(set(slugs))


def test_demo_related_terms_are_symmetric_and_as_declared(runs):
    stored = set(runs.second["related"])
    known = {t["slug"] for t in data.all_terms()}
    declared = {
        pair
        for t in data.all_terms()
        for other in t["related"]
        if other in known and other != t["slug"]
        for pair in ((t["slug"], other), (other, t["slug"]))
    }

    assert stored == declared
    assert stored  # the demo relates its terms


def test_second_run_changes_nothing(runs):
    assert runs.second == runs.first


def test_demo_terms_are_linked_in_text_in_each_language(runs):
    term = Term.objects.get(slug=unambiguous(data.all_terms())["slug"])
    for language in ("en", "fr", "es"):
        name = getattr(term, f"term_{language}")
        with translation.override(language):
            html = Template("{% load glossary %}{{ value|glossary_links }}").render(
                Context({"value": f"About {name}."})
            )
        assert [link.href for link in glossary_links(html)] == [
            f"/{language}/glossary/{term.slug}/"
        ]
