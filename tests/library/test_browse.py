"""The library home page and browsing by facet (/library/<facet>/<slug>/)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.models import Language
from library.models import Approach, Branch, Item, LibraryCollection, Theme
from library.search import update_index
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory

pytestmark = pytest.mark.django_db

HOME = "/en/library/"


def text(tag) -> str:
    return " ".join(tag.get_text().split())


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def term_counts(soup, title_id: str) -> dict[str, int]:
    """A flat list of the home page: label -> count."""
    section = soup.select_one(f'section[aria-labelledby="{title_id}"]')
    if section is None:
        return {}
    return {text(li.a): int(li.select_one(".count").text) for li in section.select("li")}


def term_groups(soup, title_id: str) -> dict:
    """A grouped list (approaches, branches): group -> (its count or None, {child: count})."""
    section = soup.select_one(f'section[aria-labelledby="{title_id}"]')
    groups = {}
    for li in section.select("ul.term-groups > li"):
        head = li.select_one(".term-group")
        count = head.select_one(".count")
        label = text(head.a or head) if count is None else text(head.a)
        children = {text(c.a): int(c.select_one(".count").text) for c in li.select("ul li")}
        groups[label] = (int(count.text) if count else None, children)
    return groups


def list_titles(soup, title_id: str) -> list[str]:
    section = soup.select_one(f'section[aria-labelledby="{title_id}"]')
    return [text(li.a) for li in section.select("li")] if section else []


def result_titles(response) -> list[str]:
    return [text(a) for a in soup_of(response).select("ol.item-list .item-summary h3 a")]


def make_item(title, *, languages=(), approaches=(), themes=(), branches=(), collections=(), **kw):
    kw.setdefault("abstract", "A short summary.")
    item = ItemFactory(title=title, **kw)
    item.languages.add(*languages)
    item.approaches.add(*approaches)
    item.themes.add(*themes)
    item.branches.add(*branches)
    item.collections.add(*collections)
    return item


@pytest.fixture
def library():
    """A small published library, and unpublished items carrying every facet value."""
    now = timezone.now()
    report = ResourceTypeFactory(name="Report", name_fr="Rapport", slug="report")
    guide = ResourceTypeFactory(name="Guide", name_fr="Guide", slug="guide")
    health = TopicFactory(name="Health", name_fr="Santé", slug="health")
    pensions = TopicFactory(name="Pensions", name_fr="Retraites", slug="pensions")
    TopicFactory(name="Unemployment", slug="unemployment")
    principles = Approach.objects.create(name="Principles", slug="principles", sort_order=1)
    participation = Approach.objects.create(
        name="Participation", slug="participation", parent=principles
    )
    Approach.objects.create(name="Solidarity", slug="solidarity", parent=principles)
    cycle = Approach.objects.create(name="Cycle functions", slug="cycle-functions", sort_order=2)
    appraisal = Approach.objects.create(
        name="Rapid appraisal", slug="rapid-appraisal", parent=cycle
    )
    overview = Theme.objects.create(name="Overview", slug="overview")
    contingencies = Branch.objects.create(name="Contingencies", slug="contingencies", sort_order=1)
    sickness = Branch.objects.create(name="Sickness", slug="sickness", parent=contingencies)
    mechanisms = Branch.objects.create(name="Mechanisms", slug="mechanisms", sort_order=2)
    micro = Branch.objects.create(name="Microinsurance", slug="microinsurance", parent=mechanisms)
    guides = LibraryCollection.objects.create(name="Guide for Action", slug="guide-for-action")
    english, french = Language.objects.get(code="en"), Language.objects.get(code="fr")

    make_item(
        "Mutual health organisations in Senegal",
        resource_type=report,
        topics=[health],
        countries=["SN"],
        languages=[french],
        tags=["mutual aid", "community"],
        approaches=[participation],
        branches=[sickness],
        published_at=now - timezone.timedelta(days=3),
        download_count=40,
        featured=True,
    )
    make_item(
        "Health financing in Peru",
        resource_type=report,
        topics=[health],
        countries=["PE"],
        languages=[english],
        tags=["mutual aid"],
        themes=[overview],
        published_at=now - timezone.timedelta(days=2),
        download_count=7,
    )
    make_item(
        "Rapid appraisal guide",
        resource_type=guide,
        topics=[pensions],
        countries=["FR", "SN"],
        languages=[english, french],
        approaches=[appraisal],
        branches=[micro],
        collections=[guides],
        published_at=now - timezone.timedelta(days=1),
    )
    make_item("An undated report", resource_type=report, published_at=now)
    submitter = UserFactory(email="submitter@example.org")
    for status in (Item.Status.DRAFT, Item.Status.PENDING, Item.Status.REJECTED):
        make_item(
            f"Unpublished {status} item",
            status=status,
            submitted_by=submitter,
            published_at=now + timezone.timedelta(days=1),
            resource_type=guide,
            topics=[health, pensions],
            countries=["SN", "PE", "BJ"],
            languages=[english],
            tags=["mutual aid", "secret"],
            approaches=[participation],
            themes=[overview],
            branches=[sickness],
            collections=[guides],
            download_count=1000,
            featured=True,
        )
    update_index(Item.objects.values_list("pk", flat=True))
    return {"submitter": submitter}


# --- The library home page -----------------------------------------------------------


def test_home_lists_each_taxonomy_with_published_item_counts(client, library):
    soup = soup_of(client.get(HOME))

    assert text(soup.h1) == "Library"
    assert "4 resources in the library." in text(soup.main)
    assert term_counts(soup, "types-title") == {"Guide": 1, "Report": 3}
    assert term_counts(soup, "topics-title") == {"Health": 2, "Pensions": 1, "Unemployment": 0}
    assert term_groups(soup, "approaches-title") == {
        "Principles": (None, {"Participation": 1, "Solidarity": 0}),
        "Cycle functions": (None, {"Rapid appraisal": 1}),
    }
    assert term_counts(soup, "themes-title") == {"Overview": 1}
    assert term_groups(soup, "branches-title") == {
        "Contingencies": (None, {"Sickness": 1}),
        "Mechanisms": (None, {"Microinsurance": 1}),
    }
    assert term_counts(soup, "collections-title") == {"Guide for Action": 1}
    assert term_counts(soup, "languages-title") == {"English": 2, "French": 2}


def test_home_links_every_term_to_its_browse_page(client, library):
    soup = soup_of(client.get(HOME))

    topics = soup.select_one('section[aria-labelledby="topics-title"]')
    assert [a["href"] for a in topics.select("a")] == [
        "/en/library/topic/health/",
        "/en/library/topic/pensions/",
        "/en/library/topic/unemployment/",
    ]
    languages = soup.select_one('section[aria-labelledby="languages-title"]')
    assert {a["href"] for a in languages.select("a")} == {
        "/en/library/language/en/",
        "/en/library/language/fr/",
    }


def test_home_shows_countries_by_region_and_a_tag_cloud(client, library):
    soup = soup_of(client.get(HOME))

    countries = soup.select_one('section[aria-labelledby="countries-title"]')
    regions = {
        text(region.h3): {text(li.a): int(li.select_one(".count").text) for li in region("li")}
        for region in countries.select("section")
    }
    assert regions == {
        "Africa": {"Senegal": 2},
        "Americas": {"Peru": 1},
        "Europe and Central Asia": {"France": 1},
    }
    assert countries.select_one("a")["href"] == "/en/library/country/SN/"
    cloud = soup.select_one('section[aria-labelledby="tags-title"] .tag-cloud')
    assert {a.text: a["aria-label"] for a in cloud.select("a")} == {
        "community": "community: 1 resource",
        "mutual aid": "mutual aid: 2 resources",
    }
    assert cloud.select_one("li.step-5 a")["href"] == "/en/library/tag/mutual-aid/"


def test_home_shows_newest_most_downloaded_and_featured_published_items(client, library):
    soup = soup_of(client.get(HOME))

    assert list_titles(soup, "newest-title") == [
        "An undated report",
        "Rapid appraisal guide",
        "Health financing in Peru",
        "Mutual health organisations in Senegal",
    ]
    assert list_titles(soup, "downloaded-title") == [
        "Mutual health organisations in Senegal",
        "Health financing in Peru",
    ]
    assert list_titles(soup, "featured-title") == ["Mutual health organisations in Senegal"]


def test_home_has_a_search_box_for_the_library(client, library):
    soup = soup_of(client.get(HOME))

    form = soup.select_one('main form[role="search"]')
    assert form["action"] == "/en/library/search/" and form["method"] == "get"
    field = form.select_one("input[name=q]")
    assert text(soup.find("label", attrs={"for": field["id"]})) == "Search the library"


def test_home_speaks_the_page_language(client, library):
    soup = soup_of(client.get("/fr/library/"))

    assert term_counts(soup, "topics-title") == {"Santé": 2, "Retraites": 1, "Unemployment": 0}
    assert term_counts(soup, "types-title") == {"Guide": 1, "Rapport": 3}
    countries = soup.select_one('section[aria-labelledby="countries-title"]')
    assert [text(a) for a in countries.select("a")] == ["Sénégal", "Pérou", "France"]


def test_home_never_shows_or_counts_unpublished_items(client, library, editor):
    for user in (None, library["submitter"], editor):
        client.logout()
        if user:
            client.force_login(user)
        soup = soup_of(client.get(HOME))
        assert "Unpublished" not in soup.main.text, user
        assert "secret" not in soup.main.text, user
        assert "Benin" not in soup.main.text, user
        assert term_counts(soup, "topics-title")["Health"] == 2, user
        assert term_counts(soup, "collections-title") == {"Guide for Action": 1}, user
        assert "4 resources in the library." in text(soup.main), user


def test_empty_library_home_says_so(client):
    soup = soup_of(client.get(HOME))

    assert "0 resources in the library." in text(soup.main)
    assert soup.select_one('section[aria-labelledby="newest-title"]') is None


# --- Browse pages --------------------------------------------------------------------

BROWSE = [
    ("type", "guide", "Type: Guide", ["Rapid appraisal guide"]),
    (
        "topic",
        "health",
        "Topic: Health",
        ["Health financing in Peru", "Mutual health organisations in Senegal"],
    ),
    (
        "approach",
        "participation",
        "Approach: Participation",
        ["Mutual health organisations in Senegal"],
    ),
    ("theme", "overview", "Theme: Overview", ["Health financing in Peru"]),
    (
        "branch",
        "microinsurance",
        "Knowledge-base branch: Microinsurance",
        ["Rapid appraisal guide"],
    ),
    ("collection", "guide-for-action", "Collection: Guide for Action", ["Rapid appraisal guide"]),
    (
        "country",
        "SN",
        "Country: Senegal",
        ["Rapid appraisal guide", "Mutual health organisations in Senegal"],
    ),
    ("country", "pe", "Country: Peru", ["Health financing in Peru"]),
    (
        "language",
        "fr",
        "Language: French",
        ["Rapid appraisal guide", "Mutual health organisations in Senegal"],
    ),
    (
        "tag",
        "mutual-aid",
        "Tag: mutual aid",
        ["Health financing in Peru", "Mutual health organisations in Senegal"],
    ),
]


@pytest.mark.parametrize(("facet", "slug", "heading", "titles"), BROWSE)
def test_browse_page_lists_the_published_items_of_its_facet(
    client, library, editor, facet, slug, heading, titles
):
    for user in (None, library["submitter"], editor):
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(f"/en/library/{facet}/{slug}/")
        soup = soup_of(response)
        assert text(soup.h1) == heading
        assert result_titles(response) == titles, user


@pytest.mark.parametrize(
    "path",
    [
        "/en/library/colour/red/",
        "/en/library/topic/no-such-topic/",
        "/en/library/type/health/",  # a topic's slug under another facet
        "/en/library/approach/%3Cscript%3E/",
        "/en/library/country/ZZ/",
        "/en/library/country/SEN/",
        "/en/library/language/xx/",
        "/en/library/tag/no-such-tag/",
    ],
)
def test_unknown_facet_or_value_is_not_found(client, library, path):
    assert client.get(path).status_code == 404


def test_browse_page_is_the_search_page_filtered_on_its_facet(client, library):
    response = client.get("/en/library/topic/health/")
    soup = soup_of(response)

    countries = soup.select('section[aria-labelledby="facet-country"] li')
    assert {text(li.select_one(".facet-label")): li.a["href"] for li in countries} == {
        "Senegal": "/en/library/search/?topic=health&country=SN",
        "Peru": "/en/library/search/?topic=health&country=PE",
    }
    selected = soup.select_one('section[aria-labelledby="facet-topic"] li[class="is-selected"]')
    assert text(selected.select_one(".facet-label")) == "Health"
    assert selected.a["href"] == "/en/library/search/"
    form = soup.select_one("main form.library-search")
    assert [(i["name"], i["value"]) for i in form.select("input[type=hidden]")] == [
        ("topic", "health")
    ]
    assert text(form.label) == "Search within “Health”"
    feeds = {link["type"]: link["href"] for link in soup.select('link[rel="alternate"]')}
    assert feeds == {
        "application/rss+xml": "/en/library/feeds/topic/health.rss",
        "application/atom+xml": "/en/library/feeds/topic/health.atom",
    }


def test_browse_page_takes_more_filters_from_its_query_string(client, library):
    response = client.get("/en/library/topic/health/", {"country": "PE", "sort": "title"})

    assert result_titles(response) == ["Health financing in Peru"]


def test_browse_page_pages_through_its_items_and_exports_them(client):
    topic = TopicFactory(name="Health", slug="health")
    for n in range(25):
        ItemFactory(title=f"Study {n:02}", topics=[topic])
    ItemFactory(title="Study of something else")

    response = client.get("/en/library/topic/health/", {"sort": "title"})

    soup = soup_of(response)
    assert result_titles(response) == [f"Study {n:02}" for n in range(20)]
    assert soup.select_one('a[rel="next"]')["href"] == "?sort=title&page=2"
    second = client.get("/en/library/topic/health/", {"sort": "title", "page": "2"})
    assert result_titles(second) == [f"Study {n:02}" for n in range(20, 25)]
    exports = {a.text: a["href"] for a in soup.select(".export-links a")}
    assert exports == {
        "RIS": "/en/library/export.ris?topic=health&sort=title",
        "BibTeX": "/en/library/export.bib?topic=health&sort=title",
    }


def test_browse_page_shows_the_terms_description(client, library):
    Theme.objects.filter(slug="overview").update(description="What the scheme is & does.")

    soup = soup_of(client.get("/en/library/theme/overview/"))

    assert text(soup.select_one("main .lead")) == "What the scheme is & does."


# --- Query counts --------------------------------------------------------------------


def _add_items(count: int, start: int = 0):
    report = ResourceTypeFactory(name="Report", slug="report")
    parent = Approach.objects.get_or_create(name="Principles", slug="principles")[0]
    for n in range(start, start + count):
        make_item(
            f"Study {n}",
            resource_type=report,
            topics=[TopicFactory(name=f"Topic {n}", slug=f"topic-{n}"), *_shared_topic()],
            countries=[["SN", "PE", "ML", "BJ", "FR"][n % 5]],
            languages=[Language.objects.get(code=["en", "fr", "es"][n % 3])],
            tags=[f"tag {n}"],
            approaches=[Approach.objects.create(name=f"A{n}", slug=f"a-{n}", parent=parent)],
            download_count=n,
            featured=n % 2 == 0,
            publication_year=1990 + n,
        )
    update_index(Item.objects.values_list("pk", flat=True))


def _shared_topic():
    return [TopicFactory(name="Shared", slug="shared")]


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        (HOME, "Study 29"),
        ("/en/library/topic/shared/", "Study 29"),
        ("/en/library/country/SN/", "Study 25"),
        ("/en/library/tag/tag-0/", "Study 0"),
    ],
)
def test_home_and_browse_pages_run_as_many_queries_for_30_items_as_for_1(
    client, django_assert_num_queries, path, shown
):
    _add_items(1)
    with CaptureQueriesContext(connection) as one:
        assert client.get(path).status_code == 200

    _add_items(29, start=1)
    with django_assert_num_queries(len(one)):
        response = client.get(path)
    assert shown in response.content.decode()
