"""One search box for the whole portal: the header's form and /<lang>/search/."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction

from accounts import roles
from core import search as site_search
from editorial.models import HomePage, NewsIndexPage, StandardPage
from library.models import Item
from library.search import update_index
from tests.editorial.helpers import add_news, translate
from tests.factories import UserFactory
from tests.library.factories import ItemFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SEARCH = "/en/search/"


def text(tag) -> str:
    return " ".join(tag.get_text().split())


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def groups(response) -> dict[str, dict]:
    """Each kind of result as shown: heading -> count, hit titles, "see all" link."""
    found = {}
    for section in soup_of(response).select("main section.search-group"):
        heading = section.h2
        count = int(heading.select_one(".count").text)
        heading.select_one(".count").extract()
        more = section.select_one("a.more-results")
        found[text(heading)] = {
            "count": count,
            "titles": [text(a) for a in section.select(".hit-list h3 a")],
            "more": (text(more), more["href"]) if more else None,
        }
    return found


@pytest.fixture
def pages(db):
    """Live English pages about pensions, a French one, a draft and a private page."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "fr")}
    home = HomePage.objects.get(locale=locales["en"])
    about = StandardPage(
        title="About pensions", slug="about", intro="How the portal covers pension schemes."
    )
    home.add_child(instance=about)
    about.save_revision().publish()
    news = NewsIndexPage(title="News & Events", slug="news")
    home.add_child(instance=news)
    add_news(news, "Pension reform adopted in Togo", summary="The parliament voted the reform.")
    add_news(news, "Draft pension note", live=False)
    private = StandardPage(title="Pension board minutes", slug="minutes", intro="Private.")
    home.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    french_home = translate(home, locales["fr"])
    french_home.add_child(
        instance=StandardPage(
            title="Les pensions au Togo", slug="pensions-togo", intro="Retraites.", live=True
        )
    )
    return locales


@pytest.fixture
def items():
    for n in range(7):
        ItemFactory(title=f"Pension study {n}", abstract="Old-age pensions.")
    ItemFactory(title="Pension draft", status=Item.Status.DRAFT, published_at=None)
    ItemFactory(title="Pension rejected", status=Item.Status.REJECTED, published_at=None)
    ItemFactory(title="Health study", abstract="Mutual health organisations.")
    update_index(Item.objects.values_list("pk", flat=True))


def test_site_search_shows_each_kind_with_its_count_and_first_results(client, pages, items):
    response = client.get(SEARCH, {"q": "pension"})

    found = groups(response)
    # Other apps (the glossary, …) register their own kinds; the library comes first.
    assert next(iter(found)) == "Library" and "Pages and news" in found
    library = found["Library"]
    assert library["count"] == 7
    assert len(library["titles"]) == 5
    assert set(library["titles"]) <= {f"Pension study {n}" for n in range(7)}
    assert library["more"] == ("See all 7 results in Library", "/en/library/search/?q=pension")
    pages_found = found["Pages and news"]
    assert pages_found["count"] == 2 and pages_found["more"] is None
    assert sorted(pages_found["titles"]) == ["About pensions", "Pension reform adopted in Togo"]
    soup = soup_of(response)
    total = sum(group["count"] for group in found.values())
    assert text(soup.select_one(".result-count")) == f"{total} results for “pension”"
    kinds = {text(li): li.a["href"] for li in soup.select("nav.search-kinds li") if li.a}
    assert kinds["Library 7"] == "#results-library"
    assert kinds["Pages and news 2"] == "#results-pages"


def test_site_search_never_shows_unpublished_items_or_draft_and_private_pages(client, pages, items):
    editor = UserFactory(email="editor@example.org")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    submitter = UserFactory(email="submitter@example.org")
    Item.objects.exclude(status=Item.Status.PUBLISHED).update(submitted_by=submitter)
    for user in (None, submitter, editor):
        client.logout()
        if user:
            client.force_login(user)
        found = groups(client.get(SEARCH, {"q": "pension"}))
        titles = found["Library"]["titles"] + found["Pages and news"]["titles"]
        assert "Pension draft" not in titles and "Pension rejected" not in titles
        assert "Draft pension note" not in titles and "Pension board minutes" not in titles
        assert found["Library"]["count"] == 7
        assert found["Pages and news"]["count"] == 2


def test_pages_come_from_the_language_of_the_page(client, pages, items):
    english = groups(client.get(SEARCH, {"q": "Togo"}))
    french = soup_of(client.get("/fr/search/", {"q": "Togo"}))

    assert english["Pages and news"]["titles"] == ["Pension reform adopted in Togo"]
    # The group's heading is translated once the catalogues have it: find it by its id.
    section = french.select_one("#results-pages")
    assert [text(a) for a in section.select(".hit-list h3 a")] == ["Les pensions au Togo"]
    assert section.select_one(".hit-list h3 a")["href"] == "/fr/pensions-togo/"


def test_a_kind_without_its_own_search_page_shows_all_its_results_here(client, pages):
    home = HomePage.objects.get(locale=pages["en"])
    for n in range(6):
        home.add_child(instance=StandardPage(title=f"Pension guide {n}", slug=f"guide-{n}"))

    found = groups(client.get(SEARCH, {"q": "pension"}))
    assert found["Pages and news"]["count"] == 8
    assert len(found["Pages and news"]["titles"]) == 5
    label, href = found["Pages and news"]["more"]
    assert label == "See all 8 results in Pages and news"
    assert href == "/en/search/?q=pension&kind=pages"

    only = client.get(href)
    assert list(groups(only)) == ["Pages and news"]
    assert len(groups(only)["Pages and news"]["titles"]) == 8
    assert soup_of(only).select_one('main form input[name="kind"]')["value"] == "pages"


def test_empty_search_asks_for_words(client):
    soup = soup_of(client.get(SEARCH))

    assert text(soup.h1) == "Search the portal"
    assert soup.select("main section.search-group") == []
    assert "Type a few words" in text(soup.main)


@pytest.mark.parametrize(
    "query",
    ['"unclosed', "a & | ! :*", "x\x00y", "<script>alert(1)</script>", "z" * 10_000, "'; --"],
)
def test_any_query_gives_a_page(client, pages, items, query):
    response = client.get(SEARCH, {"q": query, "kind": "nonsense"})

    soup = soup_of(response)
    headings = [text(h2.contents[0]) for h2 in soup.select("main section.search-group h2")]
    assert {"Library", "Pages and news"} <= set(headings)
    assert "could not be searched" not in text(soup.main)
    assert b"<script>alert(1)" not in response.content
    assert len(soup.select_one("#search-page-q")["value"]) <= 200


def test_a_failing_provider_does_not_take_the_page_down(client, items):
    def broken(query, user, limit):
        raise RuntimeError("index unavailable")

    site_search.register(site_search.Provider(key="broken", label="Broken", search=broken))
    try:
        response = client.get(SEARCH, {"q": "pension"})
    finally:
        site_search._providers.pop("broken")

    found = groups(response)
    assert found["Library"]["count"] == 7
    section = soup_of(response).select_one("#results-broken")
    assert "could not be searched just now" in text(section)


@pytest.mark.parametrize("path", ["/en/", "/en/library/", "/fr/library/search/", SEARCH])
def test_every_page_has_a_labelled_site_search_box_in_its_header(client, path):
    soup = soup_of(client.get(path))

    form = soup.select_one('header form[role="search"]')
    language = path.split("/")[1]
    assert form["action"] == f"/{language}/search/" and form["method"] == "get"
    field = form.select_one("input[type=search][name=q]")
    label = soup.find("label", attrs={"for": field["id"]})
    expected = {"en": "Search the portal", "fr": "Rechercher dans le portail"}
    assert text(label) == expected[language]
    assert form.select_one("button[type=submit]") is not None
