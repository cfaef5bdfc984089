"""Technical cooperation on country profiles ("everything about this country") and in
the portal search."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from core import search as site_search
from core.search import Hit
from countryprofiles import sections

from .factories import ActionFactory, PartnerFactory
from .helpers import main_text

pytestmark = pytest.mark.django_db


def section():
    return {section.key: section for section in sections.sections()}["cooperation"]


@pytest.fixture
def ivorian_actions():
    meps = PartnerFactory()
    return [
        ActionFactory(
            slug=f"ci-{year}",
            title=f"Social security policy, phase {year}",
            country="CI",
            partner=meps,
            start_date=datetime.date(year, 1, 1),
            end_date=datetime.date(year, 12, 31),
            summary="A roadmap for a consistent and modern social security strategy.",
        )
        for year in (2017, 2019, 2018)
    ]


def test_cooperation_section_is_registered_with_its_label_and_order():
    assert str(section().label) == "Technical cooperation"
    assert section().order == 40


def test_section_answers_the_count_the_latest_actions_and_the_filtered_list(ivorian_actions):
    ActionFactory(title="Yucatan law", country="MX")

    answer = section().answer("CI", AnonymousUser(), 2)

    assert answer.count == 3
    assert answer.hits == [
        Hit(
            title="Social security policy, phase 2019",
            url="/en/cooperation/ci-2019/",
            summary="A roadmap for a consistent and modern social security strategy.",
            meta="Côte d'Ivoire · MEPS · 2019 · Completed",
        ),
        Hit(
            title="Social security policy, phase 2018",
            url="/en/cooperation/ci-2018/",
            summary="A roadmap for a consistent and modern social security strategy.",
            meta="Côte d'Ivoire · MEPS · 2018 · Completed",
        ),
    ]
    assert answer.more_url == "/en/cooperation/?country=CI"


def test_section_more_url_lists_that_country_only(client, ivorian_actions):
    ActionFactory(title="Yucatan law", country="MX")

    text = main_text(client.get(section().answer("CI", AnonymousUser(), 5).more_url))

    assert "3 actions of 4 match these filters" in text
    assert "Yucatan law" not in text


def test_section_for_a_country_without_actions_is_empty(ivorian_actions):
    answer = section().answer("PE", AnonymousUser(), 5)

    assert (answer.count, answer.hits, answer.more_url) == (0, [], "")


def test_section_costs_three_queries_for_any_number_of_actions(
    ivorian_actions, django_assert_num_queries
):
    with django_assert_num_queries(3):  # count, actions with partner and programme, types
        section().answer("CI", AnonymousUser(), 5)


def test_search_provider_is_registered():
    provider = {provider.key: provider for provider in site_search.providers()}["cooperation"]
    assert str(provider.label) == "Technical cooperation"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("phase 2018", ["Social security policy, phase 2018"]),  # title
        (
            "roadmap modern",
            [
                "Social security policy, phase 2019",
                "Social security policy, phase 2018",
                "Social security policy, phase 2017",
            ],
        ),  # summary
        (
            "MEPS",
            [
                "Social security policy, phase 2019",
                "Social security policy, phase 2018",
                "Social security policy, phase 2017",
            ],
        ),  # partner
        ("Yucatan", []),
    ],
)
def test_search_provider_finds_actions_by_title_summary_partner(ivorian_actions, query, expected):
    provider = {provider.key: provider for provider in site_search.providers()}["cooperation"]

    answer = provider.search(query, AnonymousUser(), 5)

    assert [hit.title for hit in answer.hits] == expected
    assert answer.count == len(expected)
    if expected:
        assert answer.more_url.startswith("/en/cooperation/?q=")


def test_portal_search_page_shows_actions(client, ivorian_actions):
    text = main_text(client.get("/en/search/", {"q": "phase 2018"}))

    assert "Technical cooperation" in text
    assert "Social security policy, phase 2018" in text
    assert "Social security policy, phase 2017" not in text
