"""Ranking experts against a technical-assistance need, with the reasons shown."""

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser

from core.models import Language
from experts.matching import match
from experts.models import (
    AssistanceNeed,
    ExpertCountry,
    ExpertiseArea,
    ExpertLanguage,
    ExpertProfile,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WORKING = ExpertLanguage.Level.WORKING
FLUENT = ExpertLanguage.Level.FLUENT
BASIC = ExpertLanguage.Level.BASIC


def area(slug: str, name: str) -> ExpertiseArea:
    return ExpertiseArea.objects.get_or_create(slug=slug, defaults={"name": name})[0]


def expert(name, *, areas, countries=(), languages=(), years=5, **fields) -> ExpertProfile:
    fields.setdefault("visibility", ExpertProfile.Visibility.PUBLIC)
    user = UserFactory(display_name=name)
    profile = ExpertProfile.objects.create(
        user=user, headline=f"{name}'s headline", years_of_experience=years, **fields
    )
    profile.areas.set(areas)
    for code in countries:
        ExpertCountry.objects.create(profile=profile, country=code)
    for code, level in languages:
        ExpertLanguage.objects.create(
            profile=profile, language=Language.objects.get(code=code), level=level
        )
    return profile


@pytest.fixture
def areas():
    return {
        "health": area("health-insurance", "Health insurance"),
        "actuarial": area("actuarial-analysis", "Actuarial analysis"),
        "financing": area("financing", "Financing"),
        "pensions": area("pensions", "Pensions"),
    }


@pytest.fixture
def need(areas, member):
    need = AssistanceNeed.objects.create(
        title="Actuarial review of the CMU scheme",
        country="SN",
        start_date=date(2027, 3, 1),
        end_date=date(2027, 6, 30),
        created_by=member,
    )
    need.areas.set([areas["health"], areas["actuarial"], areas["financing"]])
    need.languages.set(Language.objects.filter(code__in=["fr", "pt"]))
    return need


@pytest.fixture
def experts(areas):
    return {
        # Two areas, worked in Senegal, French, available: the best fit.
        "awa": expert(
            "Awa Ndiaye",
            areas=[areas["health"], areas["actuarial"]],
            countries=["SN", "ML"],
            languages=[("fr", FLUENT), ("wo", ExpertLanguage.Level.NATIVE)],
            years=12,
        ),
        # Same areas, but only the region, and partly available.
        "jean": expert(
            "Jean Dupont",
            areas=[areas["health"], areas["actuarial"]],
            countries=["CI"],
            languages=[("fr", ExpertLanguage.Level.NATIVE), ("pt", WORKING)],
            availability=ExpertProfile.Availability.PARTLY,
            years=20,
        ),
        # One area, far away, basic French, free only after the need starts.
        "ana": expert(
            "Ana Souza",
            areas=[areas["financing"]],
            countries=["BR"],
            languages=[("pt", FLUENT), ("fr", BASIC)],
            available_from=date(2027, 5, 1),
            years=8,
        ),
        # One area and unavailable: last.
        "marco": expert(
            "Marco Rossi",
            areas=[areas["financing"], areas["pensions"]],
            countries=["IT"],
            years=3,
            availability=ExpertProfile.Availability.UNAVAILABLE,
        ),
        # Pensions only: no area of the need, left out.
        "lola": expert("Lola Vidal", areas=[areas["pensions"]], countries=["SN"]),
        "hidden": expert(
            "Hidden Expert",
            areas=[areas["health"], areas["actuarial"], areas["financing"]],
            countries=["SN"],
            visibility=ExpertProfile.Visibility.HIDDEN,
        ),
        "members": expert(
            "Members Only",
            areas=[areas["health"]],
            visibility=ExpertProfile.Visibility.MEMBERS,
        ),
    }


def names(results) -> list[str]:
    return [result.expert.user.display_name for result in results]


def test_experts_ranked_by_areas_place_languages_and_availability(need, experts, other_member):
    results = match(need, other_member)
    assert names(results) == [
        "Awa Ndiaye",
        "Jean Dupont",
        "Ana Souza",
        "Members Only",
        "Marco Rossi",
    ]
    by_name = {result.expert.user.display_name: result for result in results}
    assert by_name["Awa Ndiaye"].reasons == [
        "2 of 3 areas: Health insurance, Actuarial analysis",
        "Has worked in Senegal",
        "Works in French (fluent)",
        "Missing language: Portuguese",
        "Available",
    ]
    assert by_name["Jean Dupont"].reasons == [
        "2 of 3 areas: Health insurance, Actuarial analysis",
        "Has worked in the region (Africa)",
        "Works in French (mother tongue)",
        "Works in Portuguese (working knowledge)",
        "Partly available",
    ]
    assert by_name["Ana Souza"].reasons == [
        "1 of 3 areas: Financing",
        "Only basic French",
        "Works in Portuguese (fluent)",
        "Available only from 1 May 2027, after the need starts",
    ]
    assert by_name["Marco Rossi"].reasons == [
        "1 of 3 areas: Financing",
        "Missing language: French",
        "Missing language: Portuguese",
        "Not available",
    ]
    assert by_name["Awa Ndiaye"].score > by_name["Jean Dupont"].score


def test_years_of_experience_break_ties(need, areas):
    expert("Junior Expert", areas=[areas["health"]], years=2)
    expert("Senior Expert", areas=[areas["health"]], years=25)
    assert names(match(need, AnonymousUser())) == ["Senior Expert", "Junior Expert"]


def test_available_from_before_the_start_is_said_with_its_date(areas, member):
    need = AssistanceNeed.objects.create(
        title="Pension reform", country="PE", start_date=date(2099, 3, 1), created_by=member
    )
    need.areas.set([areas["pensions"]])
    expert("Early Bird", areas=[areas["pensions"]], available_from=date(2099, 2, 1))
    (result,) = match(need, member)
    assert result.reasons == ["1 of 1 area: Pensions", "Available from 1 February 2099"]


def test_hidden_expert_never_appears_for_a_member_but_does_for_an_editor(
    need, experts, member, editor
):
    assert "Hidden Expert" not in names(match(need, member))
    assert "Hidden Expert" in names(match(need, editor))
    assert names(match(need, editor))[0] == "Hidden Expert"


def test_members_only_expert_is_not_shown_to_anonymous_visitors(need, experts):
    assert names(match(need, AnonymousUser())) == [
        "Awa Ndiaye",
        "Jean Dupont",
        "Ana Souza",
        "Marco Rossi",
    ]


def test_inactive_expert_is_left_out(need, experts, member):
    user = experts["awa"].user
    user.is_active = False
    user.save(update_fields=["is_active"])
    assert "Awa Ndiaye" not in names(match(need, member))


def test_need_without_areas_matches_nobody(member, experts):
    need = AssistanceNeed.objects.create(title="Vague", country="SN", created_by=member)
    assert match(need, member) == []


def test_matching_costs_the_same_queries_for_one_or_many_experts(
    need, areas, member, django_assert_num_queries
):
    expert("Only One", areas=[areas["health"]], countries=["SN"], languages=[("fr", FLUENT)])
    member = type(member).objects.get(pk=member.pk)
    with django_assert_num_queries(8) as one:
        assert len(match(need, member)) == 1
    for number in range(12):
        expert(
            f"Expert {number}",
            areas=[areas["health"], areas["financing"]],
            countries=["SN", "GH"],
            languages=[("fr", FLUENT), ("pt", WORKING)],
        )
    member = type(member).objects.get(pk=member.pk)
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(match(need, member)) == 13
