"""The list of actions: filters (without JavaScript), pagination, counts."""

import datetime

import pytest

from cooperation.models import Action

from .factories import ActionFactory, AssistanceTypeFactory, PartnerFactory, ProgrammeFactory
from .helpers import links, listed_titles, main_text

pytestmark = pytest.mark.django_db

INDEX = "/en/cooperation/"


@pytest.fixture
def actions():
    """Four actions like SOCIEUX+'s: two in Africa, two in the Americas."""
    policy = AssistanceTypeFactory(name="Policy development")
    legal = AssistanceTypeFactory(
        name="Legislative framework development", slug="legislative-framework"
    )
    socieux = ProgrammeFactory()
    flagship = ProgrammeFactory(
        name="ILO Global Flagship Programme", acronym="GFP", slug="flagship", code="GLO/21/34/MUL"
    )
    meps = PartnerFactory(name_local="Ministère de l'Emploi et de la Protection Sociale")
    return {
        "policy": policy,
        "legal": legal,
        "socieux": socieux,
        "flagship": flagship,
        "ci": ActionFactory(
            title="Definition of a national social security policy",
            country="CI",
            partner=meps,
            types=[policy],
            start_date=datetime.date(2018, 5, 1),
            end_date=datetime.date(2019, 2, 1),
        ),
        "ga": ActionFactory(
            title="Professional risks in the public sector",
            country="GA",
            partner=PartnerFactory(
                name="Pension and Family Benefits Fund for State Agents",
                acronym="CPPF",
                country="GA",
            ),
            types=[policy],
            programme=flagship,
            status=Action.Status.ONGOING,
            start_date=datetime.date(2021, 1, 1),
            end_date=None,
            summary="Extending coverage to occupational accidents of State agents.",
        ),
        "mx": ActionFactory(
            title="Analysis of the Social Security Law of the State of Yucatan",
            title_es="Análisis de la Ley de Seguridad Social del Estado de Yucatán",
            country="MX",
            partner=PartnerFactory(
                name="Institute of Social Security for State Workers of Yucatan",
                acronym="ISSTEY",
                country="MX",
            ),
            types=[legal],
            start_date=datetime.date(2019, 9, 1),
            end_date=datetime.date(2020, 3, 1),
            summary="A reviewed text of law for the financial sustainability of pensions.",
        ),
        "co": ActionFactory(
            title="Consolidation of the strategy",
            country="CO",
            partner=PartnerFactory(name="Institute for Social Economy", acronym="IPES"),
            types=[policy],
            status=Action.Status.PLANNED,
            start_date=datetime.date(2022, 1, 1),
            end_date=datetime.date(2022, 12, 31),
            summary="Psychosocial care for informal street vendors in Bogota.",
        ),
    }


ALL = [
    "Consolidation of the strategy",
    "Professional risks in the public sector",
    "Analysis of the Social Security Law of the State of Yucatan",
    "Definition of a national social security policy",
]


def test_index_lists_every_action_latest_first_with_partner_country_types_period_status(
    client, actions
):
    response = client.get(INDEX)

    assert listed_titles(response) == ALL
    text = main_text(response)
    assert "4 actions" in text
    assert (
        "Côte d'Ivoire MEPS May 2018 to Feb 2019 Completed Policy development Programme: SOCIEUX+"
        in text
    )
    assert "Gabon CPPF since Jan 2021 Ongoing Policy development Programme: GFP" in text
    assert "/en/cooperation/action-" in " ".join(links(response))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "GA"}, ["Professional risks in the public sector"]),
        ({"country": "mx"}, ["Analysis of the Social Security Law of the State of Yucatan"]),
        (
            {"region": "africa"},
            [
                "Professional risks in the public sector",
                "Definition of a national social security policy",
            ],
        ),
        (
            {"region": "americas"},
            [
                "Consolidation of the strategy",
                "Analysis of the Social Security Law of the State of Yucatan",
            ],
        ),
        (
            {"type": "legislative-framework"},
            ["Analysis of the Social Security Law of the State of Yucatan"],
        ),
        ({"programme": "flagship"}, ["Professional risks in the public sector"]),
        ({"status": "planned"}, ["Consolidation of the strategy"]),
        (
            {"year": "2019"},
            [
                "Analysis of the Social Security Law of the State of Yucatan",
                "Definition of a national social security policy",
            ],
        ),
        # An action without an end runs on.
        (
            {"year": "2030"},
            ["Professional risks in the public sector"],
        ),
        ({"q": "Yucatan"}, ["Analysis of the Social Security Law of the State of Yucatan"]),
        ({"q": "street vendors"}, ["Consolidation of the strategy"]),  # the summary
        ({"q": "cppf"}, ["Professional risks in the public sector"]),  # the partner's acronym
        ({"q": "Emploi"}, ["Definition of a national social security policy"]),  # its own name
        ({"q": "Yucatán"}, ["Analysis of the Social Security Law of the State of Yucatan"]),
        ({"q": "nothing like this"}, []),
        (
            {"region": "africa", "status": "completed"},
            ["Definition of a national social security policy"],
        ),
    ],
)
def test_each_filter_shows_only_the_matching_actions(client, actions, params, expected):
    response = client.get(INDEX, params)

    assert listed_titles(response) == expected
    text = main_text(response)
    if len(expected) == 1:
        assert "1 action of 4 matches these filters" in text
    elif expected:
        assert f"{len(expected)} actions of 4 match these filters" in text
    else:
        assert "0 actions of 4 match these filters" in text
        assert "No action matches these filters." in text
    assert "Show all actions" in text


def test_the_form_shows_the_chosen_filters_and_offers_countries_with_actions(client, actions):
    html = client.get(INDEX, {"country": "ga", "type": "policy-development"}).content.decode()

    assert '<option value="GA" selected>Gabon</option>' in html
    assert '<option value="policy-development" selected>Policy development</option>' in html
    assert '<option value="MX">Mexico</option>' in html
    assert '<option value="FR">' not in html  # no action in France


def test_a_country_without_actions_is_offered_when_asked_and_lists_nothing(client, actions):
    response = client.get(INDEX, {"country": "FR"})

    assert listed_titles(response) == []
    assert '<option value="FR" selected>France</option>' in response.content.decode()


def test_invalid_filter_values_are_ignored_not_errors(client, actions):
    response = client.get(
        INDEX,
        {
            "country": "ZZ",
            "region": "atlantis",
            "type": "no-such-type",
            "programme": "nope",
            "status": "finished?",
            "year": "last year",
            "page": "many",
            "q": "",
        },
    )

    assert response.status_code == 200
    assert listed_titles(response) == ALL
    text = main_text(response)
    assert "4 actions" in text
    assert "error" not in text.lower() and "Select a valid choice" not in text


def test_one_bad_value_does_not_drop_the_good_ones(client, actions):
    response = client.get(INDEX, {"year": "20x9", "status": "planned"})

    assert listed_titles(response) == ["Consolidation of the strategy"]


def test_pagination_keeps_the_filters(client, actions):
    for number in range(25):
        ActionFactory(
            title=f"Extra action {number:02d}",
            country="SN",
            status=Action.Status.ONGOING,
            start_date=datetime.date(2010, 1, 1) + datetime.timedelta(days=number),
        )
    ActionFactory(title="Completed in Senegal", country="SN", status=Action.Status.COMPLETED)

    first = client.get(INDEX, {"country": "SN", "status": "ongoing"})

    assert len(listed_titles(first)) == 20
    assert "25 actions of 30 match these filters" in main_text(first)
    assert "Page 1 of 2" in main_text(first)
    assert "?q=&country=SN" not in first.content.decode()
    assert "?country=SN&status=ongoing&page=2" in links(first)

    second = client.get(INDEX, {"country": "SN", "status": "ongoing", "page": "2"})
    titles = listed_titles(second)
    assert len(titles) == 5
    assert "Completed in Senegal" not in titles
    assert "?country=SN&status=ongoing&page=1" in links(second)


def test_the_list_costs_the_same_queries_for_one_or_many_actions(client, django_assert_num_queries):
    policy = AssistanceTypeFactory()
    ActionFactory(types=[policy])
    # Savepoint and release (ATOMIC_REQUESTS), countries with actions, the type asked,
    # the count, the total, the types and programmes offered, the page, its types.
    with django_assert_num_queries(10):
        client.get(INDEX, {"type": "policy-development"})

    legal = AssistanceTypeFactory(name="Legislative framework", slug="legal")
    for number in range(30):
        ActionFactory(
            country=("SN", "PE", "GA")[number % 3],
            types=[policy, legal],
            partner=PartnerFactory(acronym=f"P{number}"),
            programme=ProgrammeFactory(slug=f"programme-{number}", name=f"Programme {number}"),
        )
    with django_assert_num_queries(10):
        response = client.get(INDEX, {"type": "policy-development"})
    assert len(listed_titles(response)) == 20
