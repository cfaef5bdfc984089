"""The library's and the news' sections of "everything about this country", and the news
index filtered on a country (the news section's "See all")."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Locale

from countryprofiles import sections
from editorial.models import HomePage, NewsIndexPage
from library.models import Item
from tests.editorial.helpers import add_news, translate
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def text(tag) -> str:
    return " ".join(tag.get_text().split())


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section_answer(key: str, code: str, user=None, limit: int = 5):
    from django.contrib.auth.models import AnonymousUser

    section = {section.key: section for section in sections.sections()}[key]
    return section.answer(code.upper(), user or AnonymousUser(), limit)


# --- The sections are registered -------------------------------------------------------


def test_library_and_news_sections_are_registered_in_their_order():
    registered = {section.key: section for section in sections.sections()}
    assert str(registered["library"].label) == "Library"
    assert str(registered["news"].label) == "News and events"
    keys = [section.key for section in sections.sections()]
    assert keys.index("library") < keys.index("news")


# --- Library --------------------------------------------------------------------------


@pytest.fixture
def senegal_items():
    """Published items about Senegal (one also about Togo), others that must not show."""
    report = ResourceTypeFactory(name="Report", slug="report")
    brief = ResourceTypeFactory(name="Policy brief", slug="policy-brief")
    submitter = UserFactory(email="fatou@example.org")
    items = {
        "old": ItemFactory(
            title="Mutual health organisations in Thiès",
            resource_type=report,
            publication_year=2019,
            published_at=None,
            countries=["SN"],
        ),
        "new": ItemFactory(
            title="Universal health coverage in Senegal",
            resource_type=brief,
            publication_year=2023,
            countries=["SN", "TG"],
        ),
        "pending": ItemFactory(
            title="Pending note on Senegalese pensions",
            status=Item.Status.PENDING,
            published_at=None,
            submitted_by=submitter,
            countries=["SN"],
        ),
        "rejected": ItemFactory(
            title="Rejected note on Senegal",
            status=Item.Status.REJECTED,
            published_at=None,
            submitted_by=submitter,
            countries=["SN"],
        ),
        "togo": ItemFactory(title="Pensions in Togo", countries=["TG"]),
        "nowhere": ItemFactory(title="A global review"),
    }
    items["submitter"] = submitter
    return items


def test_library_section_counts_and_lists_published_items_about_the_country_newest_first(
    senegal_items,
):
    answer = section_answer("library", "sn")

    assert answer.count == 2
    assert [(hit.title, hit.url, hit.meta) for hit in answer.hits] == [
        (
            "Universal health coverage in Senegal",
            f"/en/library/items/{senegal_items['new'].pk}/",
            "Policy brief · 2023",
        ),
        (
            "Mutual health organisations in Thiès",
            f"/en/library/items/{senegal_items['old'].pk}/",
            "Report · 2019",
        ),
    ]
    assert answer.more_url == "/en/library/country/SN/"


@pytest.mark.parametrize("who", ["anonymous", "member", "submitter", "editor"])
def test_library_section_never_counts_or_lists_pending_or_rejected_items(
    senegal_items, editor, member, who
):
    user = {
        "anonymous": None,
        "member": member,
        "submitter": senegal_items["submitter"],
        "editor": editor,
    }[who]

    answer = section_answer("library", "SN", user)

    # What the library's own country page lists: published items, for everyone.
    assert answer.count == 2
    titles = {hit.title for hit in answer.hits}
    assert titles == {
        "Universal health coverage in Senegal",
        "Mutual health organisations in Thiès",
    }


def test_library_section_limit_and_empty_country(senegal_items):
    answer = section_answer("library", "SN", limit=1)
    assert answer.count == 2
    assert [hit.title for hit in answer.hits] == ["Universal health coverage in Senegal"]

    nothing = section_answer("library", "BJ")
    assert (nothing.count, nothing.hits) == (0, [])
    assert nothing.more_url == "/en/library/country/BJ/"


def test_library_section_see_all_lists_the_same_items(client, senegal_items):
    answer = section_answer("library", "SN")

    soup = soup_of(client.get(answer.more_url))

    assert text(soup.h1) == "Country: Senegal"
    listed = [text(a) for a in soup.select("ol.item-list .item-summary h3 a")]
    assert listed == [hit.title for hit in answer.hits]
    assert "Pending note on Senegalese pensions" not in soup.get_text()


def test_library_section_costs_the_same_queries_for_one_item_and_many(
    django_assert_num_queries,
):
    ItemFactory(title="The only one", countries=["SN"])
    with django_assert_num_queries(2):
        answer = section_answer("library", "SN")
    assert answer.count == 1

    for n in range(12):
        ItemFactory(title=f"Item {n}", countries=["SN"])
    with django_assert_num_queries(2):
        answer = section_answer("library", "SN")
    assert (answer.count, len(answer.hits)) == (13, 5)

    with django_assert_num_queries(1):  # nothing to list: the count only
        assert section_answer("library", "ML").count == 0


# --- News and events ------------------------------------------------------------------


@pytest.fixture
def locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "fr", "es")
    }


@pytest.fixture
def news_index(locales):
    home = HomePage.objects.get(locale=locales["en"])
    home.save_revision().publish()
    index = NewsIndexPage(title="News & Events", slug="news", intro="News from the community.")
    home.add_child(instance=index)
    return index


@pytest.fixture
def news(news_index):
    """Items about Senegal alone, first, in the middle and last of their countries; others."""
    return {
        "alone": add_news(
            news_index, "Senegal extends health insurance", countries=["SN"], date=date(2023, 5, 1)
        ),
        "first": add_news(
            news_index, "West African pension forum", countries=["SN", "TG"], date=date(2022, 3, 1)
        ),
        "middle": add_news(
            news_index,
            "Regional training in Dakar",
            kind="event",
            date=date(2021, 1, 10),
            event_start=date(2021, 2, 15),
            countries=["BJ", "SN", "TG"],
        ),
        "last": add_news(
            news_index,
            "Benin and Senegal sign an agreement",
            countries=["BJ", "SN"],
            date=date(2020, 6, 1),
        ),
        "togo": add_news(news_index, "Togo adopts a pension law", countries=["TG"]),
        "guinea": add_news(news_index, "Guinea and Niger", countries=["GN", "NE"]),
        "none": add_news(news_index, "A word from the editors"),
        "draft": add_news(news_index, "Draft about Senegal", live=False, countries=["SN"]),
    }


SENEGAL_NEWS = [
    "Senegal extends health insurance",
    "West African pension forum",
    "Regional training in Dakar",
    "Benin and Senegal sign an agreement",
]


def test_news_section_lists_live_items_about_the_country_newest_first(news):
    answer = section_answer("news", "SN")

    assert answer.count == 4
    assert [hit.title for hit in answer.hits] == SENEGAL_NEWS
    assert answer.hits[0].url == "/en/news/senegal-extends-health-insurance/"
    assert answer.hits[0].meta == "News · May 1, 2023"
    assert answer.hits[0].summary == "What happened: Senegal extends health insurance."
    # An event shows when it takes place.
    assert answer.hits[2].meta == "Event · Feb. 15, 2021"
    assert answer.more_url == "/en/news/?country=SN"


def test_news_section_matches_whole_codes_only(news):
    assert [hit.title for hit in section_answer("news", "TG").hits] == [
        "Togo adopts a pension law",
        "West African pension forum",
        "Regional training in Dakar",
    ]
    assert [hit.title for hit in section_answer("news", "NE").hits] == ["Guinea and Niger"]
    assert section_answer("news", "N").count == 0
    assert section_answer("news", "ML").count == 0


def test_news_section_shows_the_items_of_the_active_language(news, locales):
    english_index = news["alone"].get_parent().specific
    translate(english_index.get_parent().specific, locales["fr"])  # the home page
    french_index = translate(english_index, locales["fr"])
    translate(news["alone"], locales["fr"], title="Le Sénégal étend l'assurance maladie")

    with translation.override("fr"):
        answer = section_answer("news", "SN")

    assert answer.count == 1
    assert [hit.title for hit in answer.hits] == ["Le Sénégal étend l'assurance maladie"]
    assert answer.hits[0].url == "/fr/news/senegal-extends-health-insurance/"
    assert answer.more_url == f"{french_index.url}?country=SN"
    assert answer.more_url == "/fr/news/?country=SN"

    with translation.override("es"):  # no Spanish news: none listed
        assert section_answer("news", "SN").count == 0


def test_news_section_costs_the_same_queries_for_one_item_and_many(
    news_index, django_assert_num_queries
):
    add_news(news_index, "Only one", countries=["SN"])
    section_answer("news", "SN")  # Wagtail caches the site root paths once
    # The locale, view restrictions, the count, the items, restrictions and the index page.
    with django_assert_num_queries(6):
        assert section_answer("news", "SN").count == 1

    for n in range(10):
        add_news(news_index, f"Item {n}", countries=["SN", "ML"])
    with django_assert_num_queries(6):
        answer = section_answer("news", "SN")
    assert (answer.count, len(answer.hits)) == (11, 5)


# --- The news index filtered on a country -----------------------------------------------


def all_news(response) -> list[str]:
    return [text(a) for a in soup_of(response).select(".all-news h3 a")]


def test_news_index_filtered_on_a_country_lists_its_items_with_a_notice(client, news):
    response = client.get("/en/news/?country=SN")

    assert all_news(response) == SENEGAL_NEWS
    notice = soup_of(response).select_one(".country-filter")
    assert text(notice) == "Showing news about Senegal · show all"
    assert notice.a["href"] == "/en/news/"
    # The upcoming events are filtered too (none here) and the plain index is untouched.
    everything = all_news(client.get("/en/news/"))
    assert len(everything) == 7
    assert "Draft about Senegal" not in everything


def test_news_menu_entry_keeps_the_country_filter(client, news):
    response = client.get("/en/news-and-events/?country=sn")
    assert (response.status_code, response["Location"]) == (302, "/en/news/?country=SN")
    response = client.get("/en/news-and-events/?country=nowhere")
    assert (response.status_code, response["Location"]) == (302, "/en/news/")


def test_news_index_accepts_a_lower_case_code(client, news):
    assert all_news(client.get("/en/news/?country=tg")) == [
        "Togo adopts a pension law",
        "West African pension forum",
        "Regional training in Dakar",
    ]


@pytest.mark.parametrize("value", ["ZZ", "SEN", "", "<b>", "S", "%00"])
def test_news_index_ignores_an_unknown_country(client, news, value):
    response = client.get("/en/news/", {"country": value})

    assert len(all_news(response)) == 7
    assert soup_of(response).select_one(".country-filter") is None


def test_news_index_filtered_on_a_country_without_news_says_so(client, news):
    response = client.get("/en/news/?country=ML")

    assert all_news(response) == []
    assert text(soup_of(response).select_one(".all-news ul")) == (
        "Nothing has been published about Mali yet."
    )
    assert text(soup_of(response).select_one(".country-filter")).startswith(
        "Showing news about Mali"
    )
