"""Country profiles in the portal-wide search: by country name in the active language and
in English, and by the words of "In brief"."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from countryprofiles.search import search
from tests.countryprofiles.factories import make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def text(tag) -> str:
    return " ".join(tag.get_text().split())


def found(query: str, language: str = "en", limit: int = 10) -> list[tuple[str, str]]:
    with translation.override(language):
        answer = search(query, AnonymousUser(), limit)
    assert answer.count == len(answer.hits) or answer.count > limit
    return [(hit.title, hit.url) for hit in answer.hits]


@pytest.fixture
def profiles():
    return {
        "SN": make_profile(
            "SN",
            in_brief=(
                "<p>The <b>CMU</b> agency runs the mutual health organisations; "
                'the pension fund <a href="https://example.org/">IPRES</a> covers '
                "salaried workers.</p>"
            ),
            in_brief_fr="<p>L'agence de la <b>CMU</b> pilote les mutuelles de santé.</p>",
        ),
        "IN": make_profile(
            "IN", in_brief="<p>Rashtriya Swasthya Bima Yojana covered informal workers.</p>"
        ),
        "CI": make_profile("CI", in_brief="<p>Universal health coverage since 2019.</p>"),
        "TG": make_profile("TG", live=False, in_brief="<p>Draft: pensions in Togo.</p>"),
    }


def test_finds_a_profile_by_its_english_name_with_a_link_to_it(profiles):
    with translation.override("en"):
        answer = search("senegal", AnonymousUser(), 5)

    assert answer.count == 1
    hit = answer.hits[0]
    assert (hit.title, hit.url, hit.meta) == ("Senegal", "/en/countries/sn/", "Africa")
    assert hit.summary == (
        "The CMU agency runs the mutual health organisations; "
        "the pension fund IPRES covers salaried workers."
    )


@pytest.mark.parametrize("query", ["Sénégal", "Senegal", "senegal", "SÉNÉGAL"])
def test_finds_a_profile_by_its_french_or_english_name_in_french(profiles, query):
    assert found(query, "fr") == [("Sénégal", "/fr/countries/sn/")]


@pytest.mark.parametrize(("query", "language"), [("India", "en"), ("Inde", "fr"), ("India", "fr")])
def test_india_is_found_as_inde_and_as_india(profiles, query, language):
    assert found(query, language) == [
        ("India" if language == "en" else "Inde", f"/{language}/countries/in/")
    ]


def test_finds_a_name_by_part_and_several_profiles_in_name_order(profiles):
    assert found("ivoire") == [("Côte d'Ivoire", "/en/countries/ci/")]
    assert found("workers") == [("India", "/en/countries/in/"), ("Senegal", "/en/countries/sn/")]


def test_finds_profiles_by_the_words_of_in_brief_in_the_active_language_or_english(profiles):
    assert found("IPRES pension") == [("Senegal", "/en/countries/sn/")]
    assert found("mutuelles", "fr") == [("Sénégal", "/fr/countries/sn/")]
    # In French the English text is searched too (it is what a profile falls back to).
    assert found("IPRES", "fr") == [("Sénégal", "/fr/countries/sn/")]
    # Words from the name and from the text together.
    assert found("Senegal mutual") == [("Senegal", "/en/countries/sn/")]
    assert found("Senegal Yojana") == []


def test_french_hit_summarises_the_french_text(profiles):
    with translation.override("fr"):
        answer = search("CMU", AnonymousUser(), 5)
    assert [hit.summary for hit in answer.hits] == [
        "L'agence de la CMU pilote les mutuelles de santé."
    ]


def test_never_finds_a_draft_profile_nor_html_markup(profiles):
    assert found("Togo") == []
    assert found("pensions Togo") == []
    # Markup is not text: a link's address, tag names.
    assert found("href") == []
    assert found("example") == []
    assert found("CMU strong") == []
    assert found("nothing-like-this") == []
    assert found("") == []
    assert found("«»") == []


def test_search_costs_the_same_queries_for_one_profile_and_many(django_assert_num_queries):
    make_profile("SN", in_brief="<p>Health insurance.</p>")
    with django_assert_num_queries(2):  # view restrictions, then the profiles
        assert len(found("health")) == 1

    for code in ("ML", "BF", "NE", "GN", "TG", "BJ"):
        make_profile(code, in_brief="<p>Health insurance.</p>")
    with django_assert_num_queries(2):
        assert len(found("health", limit=3)) == 3


def test_site_search_page_shows_country_profiles(client, profiles):
    soup = BeautifulSoup(client.get("/en/search/?q=Senegal").content, "html.parser")

    groups = {}
    for section in soup.select("main section.search-group"):
        count = section.h2.select_one(".count")
        number = int(count.text)
        count.extract()
        groups[text(section.h2)] = (
            number,
            [(text(a), a["href"]) for a in section.select(".hit-list h3 a")],
        )
    assert groups["Country profiles"] == (1, [("Senegal", "/en/countries/sn/")])
    # Only once: the editorial pages' answer does not list the profile pages again.
    for label, (_count, hits) in groups.items():
        if label != "Country profiles":
            assert ("Senegal", "/en/countries/sn/") not in hits
