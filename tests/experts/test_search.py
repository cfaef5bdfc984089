"""The list of experts: words (CV text included), filters, sort, pages, query counts."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from core.models import Language
from experts.models import ExpertCountry, ExpertiseArea, ExpertLanguage, ExpertProfile
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INDEX = "/en/experts/"


def make_expert(
    name: str,
    *,
    headline: str = "Social protection specialist",
    areas=(),
    countries=(),
    languages=(),
    visibility: str = ExpertProfile.Visibility.PUBLIC,
    days_ago: int = 0,
    user=None,
    **fields,
) -> ExpertProfile:
    user = user or UserFactory(display_name=name)
    profile = ExpertProfile.objects.create(
        user=user,
        headline=headline,
        visibility=visibility,
        updated=timezone.now() - timedelta(days=days_ago),
        **fields,
    )
    profile.areas.set(areas)
    for code in countries:
        ExpertCountry.objects.create(profile=profile, country=code)
    for code, level in languages:
        ExpertLanguage.objects.create(
            profile=profile, language=Language.objects.get(pk=code), level=level
        )
    return profile


def area(slug: str, name: str, name_fr: str = "", name_es: str = "") -> ExpertiseArea:
    return ExpertiseArea.objects.update_or_create(
        slug=slug, defaults={"name": name, "name_fr": name_fr, "name_es": name_es}
    )[0]


def listed(response) -> list[str]:
    """The names of the experts on the page, in order."""
    page = response.context["page"]
    return [profile.user.display_name for profile in page.object_list]


@pytest.fixture
def health():
    return area("test-health", "Health insurance", "Assurance maladie", "Seguro de salud")


@pytest.fixture
def pensions():
    return area("test-pensions", "Pensions", "Pensions", "Pensiones")


def test_a_word_only_in_the_cv_text_finds_the_expert(client):
    make_expert("Awa Ndiaye", cv_text="Actuarial valuation of the mutuelle de santé in Thiès")
    make_expert("Bruno Costa", cv_text="Pension reform in Cabo Verde")
    response = client.get(INDEX, {"q": "Thiès"})
    assert listed(response) == ["Awa Ndiaye"]
    assert "1 expert" in response.content.decode()


def test_words_are_looked_for_in_every_text_and_area_names(client, health):
    make_expert("Headline Person", headline="Microinsurance actuary")
    make_expert("Employer Person", employer="Caisse nationale de sécurité sociale")
    make_expert("Education Person", education="MSc Actuarial science, Lausanne")
    make_expert("Publications Person", publications="Extending coverage to informal workers")
    make_expert("Summary Person", summary="Twenty years of fieldwork on cash transfers")
    make_expert("Area Person", areas=[health])
    assert listed(client.get(INDEX, {"q": "microinsurance"})) == ["Headline Person"]
    assert listed(client.get(INDEX, {"q": "nationale"})) == ["Employer Person"]
    assert listed(client.get(INDEX, {"q": "Lausanne"})) == ["Education Person"]
    assert listed(client.get(INDEX, {"q": "informal"})) == ["Publications Person"]
    assert listed(client.get(INDEX, {"q": "transfers"})) == ["Summary Person"]
    # The area's French name finds it too.
    assert listed(client.get(INDEX, {"q": "maladie"})) == ["Area Person"]


def test_every_word_must_match(client):
    make_expert("Both", summary="pension actuary")
    make_expert("One", summary="pension lawyer")
    assert listed(client.get(INDEX, {"q": "pension actuary"})) == ["Both"]


def test_area_filter(client, health, pensions):
    make_expert("Health Expert", areas=[health])
    make_expert("Pension Expert", areas=[pensions])
    make_expert("Both Expert", areas=[health, pensions], days_ago=1)
    assert listed(client.get(INDEX, {"area": "test-health"})) == ["Health Expert", "Both Expert"]


def test_country_filter(client):
    make_expert("Senegal Expert", countries=["SN", "ML"])
    make_expert("Peru Expert", countries=["PE"])
    response = client.get(INDEX, {"country": "sn"})
    assert listed(response) == ["Senegal Expert"]
    # The filter offers the countries experts have worked in, selected as asked.
    assert '<option value="SN" selected>Senegal</option>' in response.content.decode()


def test_language_filter_with_minimum_level(client):
    make_expert("Fluent French", languages=[("fr", ExpertLanguage.Level.FLUENT)])
    make_expert("Basic French", languages=[("fr", ExpertLanguage.Level.BASIC)], days_ago=1)
    make_expert("Spanish Only", languages=[("es", ExpertLanguage.Level.NATIVE)])
    assert listed(client.get(INDEX, {"language": "fr"})) == ["Fluent French", "Basic French"]
    assert listed(client.get(INDEX, {"language": "fr", "level": "3"})) == ["Fluent French"]


def test_availability_filter(client):
    make_expert("Free", availability=ExpertProfile.Availability.AVAILABLE)
    make_expert("Busy", availability=ExpertProfile.Availability.UNAVAILABLE)
    assert listed(client.get(INDEX, {"availability": "unavailable"})) == ["Busy"]


def test_filters_combine(client, health):
    make_expert("Match", areas=[health], countries=["SN"])
    make_expert("Wrong Country", areas=[health], countries=["PE"])
    make_expert("Wrong Area", countries=["SN"])
    assert listed(client.get(INDEX, {"area": "test-health", "country": "SN"})) == ["Match"]


def test_sort_by_relevance_or_last_update(client):
    make_expert("In CV Only", headline="Consultant", cv_text="actuary", days_ago=0)
    make_expert("In Headline", headline="Senior actuary", days_ago=5)
    make_expert("Unrelated", headline="Lawyer", days_ago=1)
    response = client.get(INDEX, {"q": "actuary"})
    assert listed(response) == ["In Headline", "In CV Only"]
    assert "most relevant first" in response.content.decode()
    response = client.get(INDEX, {"q": "actuary", "sort": "updated"})
    assert listed(response) == ["In CV Only", "In Headline"]
    assert "last updated first" in response.content.decode()
    # Without words, the latest updated come first.
    assert listed(client.get(INDEX)) == ["In CV Only", "Unrelated", "In Headline"]


def test_nonsense_values_are_ignored_not_errors(client):
    make_expert("Someone")
    response = client.get(
        INDEX,
        {
            "area": "nope",
            "country": "ZZZ",
            "language": "xx",
            "level": "9",
            "availability": "never",
            "sort": "random",
            "page": "abc",
            "q": "\x00\r\n",
        },
    )
    assert listed(response) == ["Someone"]


def test_punctuation_only_finds_nothing(client):
    make_expert("Someone")
    response = client.get(INDEX, {"q": "!!!"})
    assert listed(response) == []
    assert "No expert matches this search." in response.content.decode()


def test_each_result_shows_what_a_reader_needs(client, health):
    profile = make_expert(
        "Awa Ndiaye",
        headline="Health insurance actuary",
        areas=[health],
        countries=["SN"],
        languages=[("fr", ExpertLanguage.Level.NATIVE)],
        availability=ExpertProfile.Availability.PARTLY,
    )
    ExpertProfile.objects.filter(pk=profile.pk).update(
        updated=datetime(2025, 3, 14, 12, tzinfo=UTC)
    )
    html = client.get(INDEX).content.decode()
    assert f'<a href="/en/experts/{profile.pk}/">Awa Ndiaye</a>' in html
    assert "Health insurance actuary" in html
    assert "Health insurance</dd>" in html
    assert "Senegal" in html
    assert "French (Mother tongue)" in html
    assert "Partly available" in html
    assert "Last updated March 14, 2025" in html
    assert profile.user.email not in html


def test_invitation_to_add_a_cv(client, member_client, member):
    html = client.get(INDEX).content.decode()
    assert '<a class="button" href="/en/experts/me/">Add your CV</a>' in html
    make_expert("Aminata Diallo", user=member)
    html = member_client.get(INDEX).content.decode()
    assert '<a href="/en/experts/me/">Update your expert profile and CV</a>' in html


def test_twenty_a_page(client):
    for number in range(21):
        make_expert(f"Expert {number:02d}", days_ago=number, summary="pension")
    first = client.get(INDEX, {"q": "pension", "sort": "updated"})
    assert len(listed(first)) == 20
    html = first.content.decode()
    assert 'href="?q=pension&amp;sort=updated&amp;page=2"' in html
    second = client.get(INDEX, {"q": "pension", "sort": "updated", "page": "2"})
    assert listed(second) == ["Expert 20"]


def _profiles(count: int, health) -> None:
    for number in range(count):
        make_expert(
            f"Expert {number}",
            areas=[health],
            countries=["SN", "ML"],
            languages=[("fr", 3), ("en", 2)],
            summary="health insurance",
        )


@pytest.mark.parametrize("count", [1, 15])
def test_the_list_costs_the_same_queries_for_one_or_many(
    count, member_client, health, django_assert_num_queries
):
    _profiles(count, health)
    member_client.get(INDEX)  # sessions, site caches
    # The request's savepoint (2), session, user, the user's permissions (2: may they
    # see hidden profiles?), the form's languages, countries, area (checked, then
    # offered: 2), the member's own profile, the count, the page and its areas,
    # countries and languages.
    with django_assert_num_queries(16):
        response = member_client.get(INDEX, {"q": "insurance", "area": "test-health"})
    assert len(listed(response)) == count
