"""Library full-text search: what a visitor finds, in which order, with which facets.

Runs on SQLite (words matched with LIKE) and on PostgreSQL (stemmed full text in
English, French and Spanish); stemming is asserted on PostgreSQL only.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from core.models import Language
from library.models import Approach, Branch, Item, LibraryCollection, Theme
from library.search import is_postgresql, results_queryset, update_index
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory

pytestmark = pytest.mark.django_db

SEARCH = "/en/library/search/"
DASH = "\N{EN DASH}"  # between the years of a range
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming needs PostgreSQL's text search; SQLite matches words as typed (LIKE)",
)


# --- Reading the page ----------------------------------------------------------------


def text(tag) -> str:
    return " ".join(tag.get_text().split())


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response) -> list[str]:
    soup = soup_of(response)
    return [text(a) for a in soup.select("ol.item-list .item-summary h3 a")]


def result_count(response) -> str:
    return text(soup_of(response).select_one(".result-count"))


def facet_counts(response, facet: str) -> dict[str, int]:
    """A facet's values as the visitor reads them: label -> count."""
    soup = soup_of(response)
    section = soup.select_one(f'section[aria-labelledby="facet-{facet}"]')
    if section is None:
        return {}
    return {
        text(li.select_one(".facet-label")): int(li.select_one(".count").text)
        for li in section.select("li")
    }


def facet_link(response, facet: str, label: str) -> str:
    soup = soup_of(response)
    for li in soup.select(f'section[aria-labelledby="facet-{facet}"] li'):
        if text(li.select_one(".facet-label")) == label:
            return li.a["href"]
    raise AssertionError(f"no {facet} value {label!r}")


def active_filters(response) -> dict[str, str]:
    """Selected filters as shown: "Facet: value" -> its "remove" link."""
    soup = soup_of(response)
    found = {}
    for li in soup.select(".active-filters li"):
        link = li.select_one("a.remove-filter")
        link.extract()
        found[text(li)] = link["href"]
    return found


@pytest.fixture
def reindex():
    """Bring the search index up to date, as approval and text extraction do."""

    def run():
        update_index(Item.objects.values_list("pk", flat=True))

    return run


def make_item(title, *, languages=(), approaches=(), themes=(), branches=(), collections=(), **kw):
    kw.setdefault("abstract", "A short summary.")
    item = ItemFactory(title=title, **kw)
    item.languages.add(*languages)
    item.approaches.add(*approaches)
    item.themes.add(*themes)
    item.branches.add(*branches)
    item.collections.add(*collections)
    return item


# --- Finding -------------------------------------------------------------------------


def test_title_matches_come_before_abstract_matches(client, reindex):
    ItemFactory(title="Health insurance in Ghana", abstract="A study of premiums and pensions.")
    ItemFactory(title="Pensions for rural workers", abstract="Coverage of farmers in Senegal.")
    ItemFactory(title="Microfinance and savings", abstract="Nothing about old age.")
    reindex()

    response = client.get(SEARCH, {"q": "pensions"})

    assert result_titles(response) == ["Pensions for rural workers", "Health insurance in Ghana"]
    assert result_count(response) == "2 resources found"


def test_every_word_must_occur_somewhere(client, reindex):
    ItemFactory(title="Pensions in Senegal", abstract="Old-age coverage.")
    ItemFactory(title="Pensions in Peru", abstract="Old-age coverage.")
    ItemFactory(title="Health in Senegal", abstract="Mutual health organisations.")
    reindex()

    response = client.get(SEARCH, {"q": "pensions senegal"})

    assert result_titles(response) == ["Pensions in Senegal"]


def test_authors_publisher_and_tags_are_searched(client, reindex):
    ItemFactory(title="A", authors="Ndiaye, Fatou", publisher="ILO")
    ItemFactory(title="B", authors="Rojas, Carlos", publisher="Cotonou Forum")
    ItemFactory(title="C", authors="Rojas, Carlos", tags=["waqf endowments"])
    reindex()

    assert result_titles(client.get(SEARCH, {"q": "Ndiaye"})) == ["A"]
    assert result_titles(client.get(SEARCH, {"q": "Cotonou"})) == ["B"]
    assert result_titles(client.get(SEARCH, {"q": "waqf"})) == ["C"]


def test_word_only_in_the_files_text_is_found_and_shown_in_context(client, reindex):
    item = ItemFactory(title="Annual report", abstract="What the scheme did this year.")
    item.extracted_text = (
        "Chapter one describes the members. " * 20
        + "The zakat contributions were collected by the village committees. "
        + "Chapter two lists the accounts. " * 20
    )
    item.save()
    ItemFactory(title="Another report", abstract="What the scheme did this year.")
    reindex()

    response = client.get(SEARCH, {"q": "zakat"})

    assert result_titles(response) == ["Annual report"]
    excerpt = soup_of(response).select_one(".item-summary .excerpt")
    assert text(excerpt).startswith("In the document: …")
    assert "The zakat contributions were collected by the village committees." in text(excerpt)
    assert excerpt.mark.text == "zakat"


def test_query_words_are_highlighted_and_html_is_escaped(client, reindex):
    ItemFactory(title="<b>Bold</b> pensions", abstract="Pensions & <i>annuities</i>.")
    reindex()

    response = client.get(SEARCH, {"q": "pensions"})

    html = response.content.decode()
    assert "<b>Bold</b>" not in html and "<i>annuities</i>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; <mark>pensions</mark>" in html
    assert "<mark>Pensions</mark> &amp; &lt;i&gt;annuities&lt;/i&gt;." in html


@postgresql_only
def test_french_plural_is_found_by_its_singular(client, reindex):
    ItemFactory(
        title="Étude de cas au Bénin",
        abstract="Les mutuelles de santé rurales et leurs unions départementales.",
    )
    ItemFactory(title="Pension study", abstract="Nothing related.")
    reindex()

    assert result_titles(client.get(SEARCH, {"q": "mutuelle"})) == ["Étude de cas au Bénin"]


@postgresql_only
def test_spanish_plural_is_found_by_its_accented_singular(client, reindex):
    ItemFactory(title="Reforma previsional", abstract="Las pensiones no contributivas en Bolivia.")
    ItemFactory(title="Health study", abstract="Nothing related.")
    reindex()

    assert result_titles(client.get(SEARCH, {"q": "pensión"})) == ["Reforma previsional"]


@postgresql_only
def test_english_stems_and_taxonomy_names_in_every_language_are_searched(client, reindex):
    topic = TopicFactory(name="Old age", name_fr="Vieillesse", name_es="Vejez", slug="old-age")
    ItemFactory(title="Untitled", abstract="Insuring farmers.", topics=[topic])
    reindex()

    assert result_titles(client.get(SEARCH, {"q": "vieillesse"})) == ["Untitled"]
    assert result_titles(client.get(SEARCH, {"q": "insured farmer"})) == ["Untitled"]


def test_without_words_the_list_is_newest_first_and_with_words_most_relevant_first(client, reindex):
    ItemFactory(title="Old pension study", publication_year=2001, abstract="pension")
    ItemFactory(title="New health study", publication_year=2022, abstract="pension")
    ItemFactory(title="Pension reform", publication_year=2010, abstract="Reform.")
    reindex()

    assert result_titles(client.get(SEARCH)) == [
        "New health study",
        "Pension reform",
        "Old pension study",
    ]
    relevant = result_titles(client.get(SEARCH, {"q": "pension"}))
    assert relevant[-1] == "New health study"  # the only one without "pension" in its title
    assert result_titles(client.get(SEARCH, {"q": "pension", "sort": "date"})) == [
        "New health study",
        "Pension reform",
        "Old pension study",
    ]
    assert result_titles(client.get(SEARCH, {"sort": "title"})) == [
        "New health study",
        "Old pension study",
        "Pension reform",
    ]


def test_sort_links_show_the_current_order_and_keep_the_search(client, reindex):
    ItemFactory(title="Pension reform")
    reindex()

    soup = soup_of(client.get(SEARCH, {"q": "pension", "year_from": "2000"}))

    links = soup.select_one(".sort-links")
    assert links.select_one("[aria-current]").text == "Relevance"
    assert {a.text: a["href"] for a in links.select("a")} == {
        "Date": "/en/library/search/?q=pension&year_from=2000&sort=date",
        "Title": "/en/library/search/?q=pension&year_from=2000&sort=title",
    }


def test_results_come_twenty_a_page(client):
    for number in range(25):
        ItemFactory(title=f"Study {number:02}")

    first = client.get(SEARCH, {"sort": "title"})
    second = client.get(SEARCH, {"sort": "title", "page": 2})

    assert result_titles(first) == [f"Study {n:02}" for n in range(20)]
    assert result_titles(second) == [f"Study {n:02}" for n in range(20, 25)]
    assert result_count(first) == "25 resources found"
    assert soup_of(first).select_one('a[rel="next"]')["href"] == "?sort=title&page=2"


# --- Facets --------------------------------------------------------------------------


@pytest.fixture
def catalogue(reindex):
    """Six published items across every facet, and one draft that must never count."""
    report = ResourceTypeFactory(name="Report", name_fr="Rapport", slug="report")
    guide = ResourceTypeFactory(name="Guide", name_fr="Guide", slug="guide")
    health = TopicFactory(name="Health", name_fr="Santé", slug="health")
    pensions = TopicFactory(name="Pensions", name_fr="Retraites", slug="pensions")
    principles = Approach.objects.create(name="Principles", slug="principles")
    participation = Approach.objects.create(
        name="Participation", slug="participation", parent=principles
    )
    overview = Theme.objects.create(name="Overview", slug="overview")
    contingencies = Branch.objects.create(name="Contingencies", slug="contingencies")
    sickness = Branch.objects.create(name="Sickness", slug="sickness", parent=contingencies)
    guides = LibraryCollection.objects.create(name="Guide for Action", slug="guide-for-action")
    english, french = Language.objects.get(code="en"), Language.objects.get(code="fr")

    make_item(
        "Health insurance in Senegal",
        resource_type=report,
        topics=[health],
        countries=["SN"],
        languages=[french],
        tags=["mutual aid"],
        publication_year=2019,
        approaches=[participation],
        branches=[sickness],
    )
    make_item(
        "Health financing in Peru",
        resource_type=report,
        topics=[health],
        countries=["PE"],
        languages=[english],
        publication_year=2019,
        themes=[overview],
    )
    make_item(
        "Pensions in Senegal and Mali",
        resource_type=guide,
        topics=[pensions],
        countries=["SN", "ML"],
        languages=[english, french],
        tags=["mutual aid", "informal economy"],
        publication_year=2021,
        collections=[guides],
    )
    make_item(
        "Health and pensions in Mali",
        resource_type=guide,
        topics=[health, pensions],
        countries=["ML"],
        languages=[french],
        publication_date=datetime.date(2008, 5, 1),
        publication_year=None,
        collections=[guides],
    )
    make_item("Undated note", resource_type=report, publication_year=None)
    make_item("Health note", resource_type=report, publication_year=2021, topics=[health])
    for status in (Item.Status.DRAFT, Item.Status.PENDING, Item.Status.REJECTED):
        make_item(
            f"Health {status} item",
            status=status,
            published_at=None,
            resource_type=guide,
            topics=[health, pensions],
            countries=["SN", "PE", "BJ"],
            languages=[english],
            tags=["mutual aid", "hidden tag"],
            publication_year=1999,
            themes=[overview],
            collections=[guides],
        )
    reindex()


def test_facets_count_published_items_of_the_whole_library(client, catalogue):
    response = client.get(SEARCH)

    assert result_count(response) == "6 resources found"
    assert facet_counts(response, "type") == {"Report": 4, "Guide": 2}
    assert facet_counts(response, "topic") == {"Health": 4, "Pensions": 2}
    assert facet_counts(response, "country") == {"Mali": 2, "Senegal": 2, "Peru": 1}
    assert facet_counts(response, "language") == {"French": 3, "English": 2}
    assert facet_counts(response, "tag") == {"mutual aid": 2, "informal economy": 1}
    assert facet_counts(response, "year") == {"2021": 2, "2019": 2, "2008": 1}
    assert facet_counts(response, "approach") == {"Participation": 1}
    assert facet_counts(response, "theme") == {"Overview": 1}
    assert facet_counts(response, "branch") == {"Sickness": 1}
    assert facet_counts(response, "collection") == {"Guide for Action": 2}


def test_facets_count_within_the_current_results(client, catalogue):
    response = client.get(SEARCH, {"q": "health"})

    assert result_count(response) == "4 resources found"
    assert facet_counts(response, "type") == {"Report": 3, "Guide": 1}
    assert facet_counts(response, "country") == {"Mali": 1, "Senegal": 1, "Peru": 1}
    assert facet_counts(response, "year") == {"2021": 1, "2019": 2, "2008": 1}


def test_facet_labels_follow_the_page_language(client, catalogue):
    response = client.get("/fr/library/search/")

    assert facet_counts(response, "type") == {"Rapport": 4, "Guide": 2}
    assert facet_counts(response, "topic") == {"Santé": 4, "Retraites": 2}
    assert facet_counts(response, "country") == {"Mali": 2, "Sénégal": 2, "Pérou": 1}


def test_a_facet_link_adds_its_filter_and_the_selected_value_removes_it(client, catalogue):
    start = client.get(SEARCH, {"q": "health"})
    href = facet_link(start, "country", "Senegal")
    assert href == "/en/library/search/?q=health&country=SN"

    narrowed = client.get(href)

    assert result_titles(narrowed) == ["Health insurance in Senegal"]
    assert facet_counts(narrowed, "country") == {"Senegal": 1}
    selected = soup_of(narrowed).select_one('section[aria-labelledby="facet-country"] li')
    assert selected.a["aria-current"] == "true"
    assert selected.a["href"] == "/en/library/search/?q=health"
    assert active_filters(narrowed) == {
        "Text: “health”": "/en/library/search/?country=SN",
        "Country: Senegal": "/en/library/search/?q=health",
    }


def test_filters_of_different_facets_and_of_the_same_facet_all_apply(client, catalogue):
    both_topics = client.get(SEARCH, {"topic": ["health", "pensions"]})
    assert result_titles(both_topics) == ["Health and pensions in Mali"]

    guide_in_senegal = client.get(SEARCH, {"type": "guide", "country": "sn"})
    assert result_titles(guide_in_senegal) == ["Pensions in Senegal and Mali"]

    by_language = client.get(SEARCH, {"language": "fr", "tag": "mutual-aid"})
    assert sorted(result_titles(by_language)) == [
        "Health insurance in Senegal",
        "Pensions in Senegal and Mali",
    ]


def test_year_range_uses_the_publication_date_or_year(client, catalogue):
    response = client.get(SEARCH, {"year_from": "2005", "year_to": "2019"})

    assert sorted(result_titles(response)) == [
        "Health and pensions in Mali",
        "Health financing in Peru",
        "Health insurance in Senegal",
    ]
    assert active_filters(response) == {f"Year: 2005{DASH}2019": "/en/library/search/"}
    single = client.get(facet_link(response, "year", "2008"))
    assert result_titles(single) == ["Health and pensions in Mali"]


def test_many_years_fold_into_decades(client):
    for year in range(1990, 2014):
        ItemFactory(title=f"Study of {year}", publication_year=year)

    response = client.get(SEARCH)

    assert facet_counts(response, "year") == {
        f"2010{DASH}2019": 4,
        f"2000{DASH}2009": 10,
        f"1990{DASH}1999": 10,
    }
    assert facet_link(response, "year", f"2000{DASH}2009") == (
        "/en/library/search/?year_from=2000&year_to=2009"
    )


def test_the_search_form_keeps_the_filters_when_the_words_change(client, catalogue):
    soup = soup_of(client.get(SEARCH, {"q": "health", "topic": "health", "sort": "title"}))

    form = soup.select_one("main form.library-search")
    assert form["action"] == "/en/library/search/"
    assert form.select_one("#library-q")["value"] == "health"
    hidden = [(i["name"], i["value"]) for i in form.select("input[type=hidden]")]
    assert hidden == [("topic", "health"), ("sort", "title")]


def test_a_selected_value_matching_nothing_can_still_be_removed(client, catalogue):
    response = client.get(SEARCH, {"topic": "health", "tag": "no-such-tag"})

    assert result_titles(response) == []
    assert "No resource matches this search." in soup_of(response).main.text
    assert active_filters(response) == {
        "Topic: Health": "/en/library/search/?tag=no-such-tag",
        "Tag: no-such-tag": "/en/library/search/?topic=health",
    }


# --- Hostile input -------------------------------------------------------------------

HOSTILE = [
    {"q": '"unclosed quote'},
    {"q": "pension & | ! : * ( ) <-> "},
    {"q": "!!!"},
    {"q": "'; DROP TABLE library_item; --"},
    {"q": "x' OR '1'='1"},
    {"q": "%_%\\"},
    {"q": "health\x00pension"},
    {"q": "\x00\x01\x1f"},
    {"q": "a" * 10_000},
    {"q": "pension " * 2_000},
    {"q": "<script>alert(1)</script>"},
    {"q": "🙂 السلام עברית"},
    {"q": "-pension or health"},
    {"type": "no-such-type", "topic": "'; --", "country": "ZZZ"},
    {"language": "\x00", "tag": "%", "collection": "x" * 5000},
    {"year_from": "abc", "year_to": "1e9"},
    {"year_from": "99999999999999999999999", "year_to": "-5"},
    {"year_from": "2030", "year_to": "1990"},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "99999"},
    {"sort": "'; DROP"},
    {"q": "health", "sort": "relevance", "page": "0"},
    {"topic": [f"t{n}" for n in range(200)]},
]


@pytest.mark.parametrize("params", HOSTILE, ids=[str(i) for i in range(len(HOSTILE))])
def test_any_query_string_gives_a_page(client, catalogue, params):
    response = client.get(SEARCH, params)

    assert response.status_code == 200
    soup = soup_of(response)
    count = text(soup.select_one(".result-count"))
    assert count.endswith(("resource found", "resources found"))
    if count.startswith("0 "):
        assert "No resource matches this search." in soup.main.text
    assert b"<script>alert(1)" not in response.content
    assert b"\x00" not in response.content


def test_the_words_shown_back_are_cleaned_and_capped(client, catalogue):
    response = client.get(SEARCH, {"q": "health\x00\tcare " + "x" * 1000})

    value = soup_of(response).select_one("#library-q")["value"]
    assert value.startswith("health care xxx")
    assert len(value) == 200


# --- Visibility ----------------------------------------------------------------------


def test_drafts_pending_and_rejected_items_are_found_by_nobody(client, catalogue, editor):
    submitter = UserFactory(email="submitter@example.org")
    Item.objects.exclude(status=Item.Status.PUBLISHED).update(submitted_by=submitter)
    views = [
        {"q": "item"},
        {"q": "health"},
        {"tag": "hidden-tag"},
        {"year_from": "1999", "year_to": "1999"},
        {},
    ]
    for user in (None, submitter, editor):
        client.logout()
        if user:
            client.force_login(user)
        for params in views:
            response = client.get(SEARCH, params)
            titles = result_titles(response)
            assert not [title for title in titles if title.endswith(" item")], (user, params)
            assert "hidden tag" not in facet_counts(response, "tag"), (user, params)
            assert "1999" not in facet_counts(response, "year"), (user, params)
            assert "Benin" not in facet_counts(response, "country"), (user, params)
        everything = client.get(SEARCH)
        assert facet_counts(everything, "theme") == {"Overview": 1}, user
        assert facet_counts(everything, "collection") == {"Guide for Action": 2}, user


# --- For other parts of the library (exports) ---------------------------------------


def test_results_queryset_reads_a_query_dict_or_a_plain_mapping(catalogue):
    anonymous = AnonymousUser()
    from_request = results_queryset(QueryDict("q=health&country=ML&sort=title"), anonymous)
    from_dict = results_queryset({"topic": ["health", "pensions"]}, anonymous)

    assert [item.title for item in from_request] == ["Health and pensions in Mali"]
    assert [item.title for item in from_dict] == ["Health and pensions in Mali"]
    assert [i.title for i in results_queryset({"sort": "title", "type": "guide"}, anonymous)] == [
        "Health and pensions in Mali",
        "Pensions in Senegal and Mali",
    ]


def test_update_index_indexes_many_items_in_batches(django_assert_num_queries):
    items = [
        ItemFactory(title=f"Batch item {n}", abstract="Cooperative savings.") for n in range(5)
    ]
    ids = [item.pk for item in items]

    if not is_postgresql():
        with django_assert_num_queries(0):
            update_index(ids)
        return
    with CaptureQueriesContext(connection) as queries:
        update_index(iter(ids + ids), batch_size=2)  # repeats are indexed once
    updates = [q["sql"] for q in queries if "UPDATE" in q["sql"]]
    assert len(updates) == 3, "one UPDATE per batch"
    assert Item.objects.filter(search_vector__isnull=True).count() == 0
    assert results_queryset({"q": "cooperative"}, AnonymousUser()).count() == 5


def test_reindex_library_command(capsys):
    ItemFactory(title="Rural pensions")
    call_command("reindex_library", "--batch-size", "1")

    out = capsys.readouterr().out
    if is_postgresql():
        assert out.strip() == "Indexed 1 library items."
        assert results_queryset({"q": "rural"}, AnonymousUser()).count() == 1
    else:
        assert "Not on PostgreSQL" in out


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index exists on PostgreSQL")
def test_a_very_long_file_text_is_indexed_up_to_its_limit():
    item = ItemFactory(title="Big file")
    item.extracted_text = " ".join(f"word{n}x" for n in range(60_000)) + " needleword"
    item.save()
    update_index([item.pk])

    item.refresh_from_db()
    assert item.search_vector
    assert results_queryset({"q": "word10x"}, AnonymousUser()).count() == 1
    assert results_queryset({"q": "needleword"}, AnonymousUser()).count() == 0  # past the cut


# --- Query counts --------------------------------------------------------------------


def _add_items(count: int, start: int = 0):
    report = ResourceTypeFactory(name="Report", slug="report")
    for n in range(start, start + count):
        make_item(
            f"Health study {n}",
            resource_type=report,
            topics=[TopicFactory(name=f"Topic {n}", slug=f"topic-{n}")],
            countries=[["SN", "PE", "ML", "BJ", "FR"][n % 5]],
            languages=[Language.objects.get(code=["en", "fr", "es"][n % 3])],
            tags=[f"tag {n}"],
            themes=[Theme.objects.create(name=f"Theme {n}", slug=f"theme-{n}")],
            publication_year=1990 + n,
        )


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "health study"}, {"q": "health", "country": "SN", "sort": "title"}],
    ids=["list", "words", "words-and-facet"],
)
def test_search_page_runs_as_many_queries_for_30_items_as_for_1(
    client, reindex, django_assert_num_queries, params
):
    _add_items(1)
    reindex()
    with CaptureQueriesContext(connection) as one:
        assert client.get(SEARCH, params).status_code == 200

    _add_items(29, start=1)
    reindex()
    with django_assert_num_queries(len(one)):
        response = client.get(SEARCH, params)
    assert len(result_titles(response)) >= 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index exists on PostgreSQL")
def test_a_text_too_big_for_one_index_entry_is_indexed_in_part(monkeypatch):
    """PostgreSQL refuses a tsvector over 1 MB: the item is still indexed, with less text."""
    import hashlib

    import library.search

    monkeypatch.setattr(library.search, "INDEX_TEXT_LIMIT", 2_000_000)
    item = ItemFactory(title="Enormous annex")
    words = [hashlib.md5(str(n).encode()).hexdigest() for n in range(60_000)]  # noqa: S324
    item.extracted_text = "openingword " + " ".join(words)
    item.save()
    neighbour = ItemFactory(title="Small neighbour")

    update_index([item.pk, neighbour.pk])

    anonymous = AnonymousUser()
    assert [i.title for i in results_queryset({"q": "openingword"}, anonymous)] == [
        "Enormous annex"
    ]
    assert [i.title for i in results_queryset({"q": "neighbour"}, anonymous)] == ["Small neighbour"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index exists on PostgreSQL")
def test_renaming_a_topic_reindexes_its_items():
    topic = TopicFactory(name="Gender", slug="gender-reindex")
    item = ItemFactory(title="Maternity cover for informal workers", topics=[topic])
    update_index([item.pk])
    assert not results_queryset({"q": "Equidad"}, None).exists()

    topic.name_es = "Equidad"
    topic.save()

    assert list(results_queryset({"q": "Equidad"}, None)) == [item]
