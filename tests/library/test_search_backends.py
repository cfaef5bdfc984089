"""LIBRARY_SEARCH_BACKEND: the library's words matched by the database (the default) or
by Wagtail's search backend, with the same page, facets and visibility either way.

With "wagtail" these tests run on Wagtail's database backend (the settings' default):
SQLite's FTS5 tables here, PostgreSQL's in the PostgreSQL run. An Elasticsearch or
OpenSearch cluster is the same backend interface, configured in WAGTAILSEARCH_BACKENDS.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from core.models import Language
from library import services, tasks
from library.models import Item
from library.search import (
    DatabaseSearchBackend,
    results_queryset,
    search_backend,
    site_search,
    update_index,
)
from library.search_backends import WagtailSearchBackend
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory
from tests.library.test_search import (
    HOSTILE,
    active_filters,
    facet_counts,
    facet_link,
    result_count,
    result_titles,
    soup_of,
    text,
)

pytestmark = pytest.mark.django_db

SEARCH = "/en/library/search/"


@pytest.fixture
def wagtail_search(settings):
    """The library searches through Wagtail's backend (its database backend here)."""
    settings.LIBRARY_SEARCH_BACKEND = "wagtail"
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )


def reindex():
    update_index(Item.objects.values_list("pk", flat=True))


def wagtail_entries() -> int:
    """How many library items Wagtail's (database) search backend holds."""
    return IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(Item)).count()


# --- Which implementation ------------------------------------------------------------


def test_the_default_setting_selects_the_database_implementation(settings):
    assert settings.LIBRARY_SEARCH_BACKEND == "database"
    assert type(search_backend()) is DatabaseSearchBackend

    settings.LIBRARY_SEARCH_BACKEND = "wagtail"
    assert type(search_backend()) is WagtailSearchBackend


def test_an_unknown_setting_is_refused_by_the_checks_and_the_search(settings):
    settings.LIBRARY_SEARCH_BACKEND = "solr"

    errors = [e for e in checks.run_checks() if e.id == "library.E001"]
    assert [(e.msg, e.hint) for e in errors] == [
        ("LIBRARY_SEARCH_BACKEND is 'solr'.", "Use one of: database, wagtail.")
    ]
    with pytest.raises(ImproperlyConfigured, match="LIBRARY_SEARCH_BACKEND is 'solr'"):
        search_backend()


def test_by_default_items_never_reach_wagtails_index(client):
    """Wagtail's save signals are off for items, and the default implementation does not
    write Wagtail's index: saving an item costs what it did before items were indexable."""
    item = ItemFactory(title="Zakat committees", tags=["waqf"])
    item.title = "Zakat committees in Niger"
    with CaptureQueriesContext(connection) as saving:
        item.save()
    reindex()

    assert not [q for q in saving if "wagtailsearch" in q["sql"]]
    assert wagtail_entries() == 0
    assert result_titles(client.get(SEARCH, {"q": "zakat"})) == ["Zakat committees in Niger"]


# --- Finding through Wagtail's backend ----------------------------------------------


def test_an_item_is_found_by_a_word_of_its_title(client, wagtail_search):
    ItemFactory(title="Zakat committees in Niger", abstract="Village funds.")
    ItemFactory(title="Health insurance in Ghana", abstract="Premiums.")
    reindex()

    response = client.get(SEARCH, {"q": "zakat"})

    assert result_titles(response) == ["Zakat committees in Niger"]
    assert result_count(response) == "1 resource found"
    assert wagtail_entries() == 2


def test_every_word_must_occur(client, wagtail_search):
    ItemFactory(title="Pensions in Senegal", abstract="Old-age coverage.")
    ItemFactory(title="Pensions in Peru", abstract="Old-age coverage.")
    ItemFactory(title="Health in Senegal", abstract="Mutual health organisations.")
    reindex()

    assert result_titles(client.get(SEARCH, {"q": "pensions senegal"})) == ["Pensions in Senegal"]


def test_authors_tags_and_taxonomy_names_are_searched(client, wagtail_search):
    topic = TopicFactory(name="Old age", name_fr="Vieillesse", name_es="Vejez", slug="old-age")
    ItemFactory(title="A", authors="Ndiaye, Fatou")
    ItemFactory(title="B", tags=["waqf endowments"])
    ItemFactory(title="C", topics=[topic])
    reindex()

    assert result_titles(client.get(SEARCH, {"q": "Ndiaye"})) == ["A"]
    assert result_titles(client.get(SEARCH, {"q": "waqf"})) == ["B"]
    assert result_titles(client.get(SEARCH, {"q": "vieillesse"})) == ["C"]


def test_a_word_only_in_the_file_is_found_after_the_real_extraction(client, wagtail_search):
    item = ItemFactory(
        title="Annual report",
        abstract="What the scheme did this year.",
        file_text=["The quixotrope contributions were collected by the village committees."],
    )
    ItemFactory(title="Another report", abstract="What the scheme did this year.")
    reindex()
    assert result_titles(client.get(SEARCH, {"q": "quixotrope"})) == []  # not extracted yet

    tasks.extract_text.delay(item_id=item.pk)  # stores the text with update(), then indexes

    response = client.get(SEARCH, {"q": "quixotrope"})
    assert result_titles(response) == ["Annual report"]
    excerpt = text(soup_of(response).select_one(".item-summary .excerpt"))
    assert excerpt == (
        "In the document: The quixotrope contributions were collected by the village …"
    )


def test_text_written_by_an_update_is_found_once_update_index_has_run(client, wagtail_search):
    item = ItemFactory(title="Annual report", abstract="What the scheme did this year.")
    reindex()
    Item.objects.filter(pk=item.pk).update(extracted_text="Tontines of market women in Lomé.")

    assert result_titles(client.get(SEARCH, {"q": "tontines"})) == []  # Wagtail's index is read
    update_index([item.pk])
    assert result_titles(client.get(SEARCH, {"q": "tontines"})) == ["Annual report"]


def test_the_files_text_is_indexed_up_to_the_same_limit_as_the_database(
    client, wagtail_search, monkeypatch
):
    import library.search

    monkeypatch.setattr(library.search, "INDEX_TEXT_LIMIT", 1_000)
    item = ItemFactory(title="Big file")
    Item.objects.filter(pk=item.pk).update(
        extracted_text="openingword " + "filler " * 500 + "needleword"
    )
    update_index([item.pk])

    assert result_titles(client.get(SEARCH, {"q": "openingword"})) == ["Big file"]
    assert result_titles(client.get(SEARCH, {"q": "needleword"})) == []  # past the cut
    assert Item.objects.get(pk=item.pk).extracted_text.endswith("needleword")  # never saved


def test_relevance_puts_the_title_match_first(client, wagtail_search):
    ItemFactory(
        title="Health insurance in Ghana",
        abstract="A study of premiums and pensions.",
        publication_year=2024,
    )
    ItemFactory(title="Pensions for rural workers", abstract="Farmers.", publication_year=2001)
    ItemFactory(title="Microfinance", abstract="Savings groups.", publication_year=2023)
    reindex()
    backend_order = [
        item.title for item in get_search_backend().search("pensions", Item.objects.published())
    ]

    relevant = client.get(SEARCH, {"q": "pensions"})
    by_date = client.get(SEARCH, {"q": "pensions", "sort": "date"})
    by_title = client.get(SEARCH, {"q": "pensions", "sort": "title"})

    assert result_titles(relevant) == ["Pensions for rural workers", "Health insurance in Ghana"]
    assert result_titles(relevant) == backend_order  # the backend's ranking, as it gave it
    assert text(soup_of(relevant).select_one(".sort-links [aria-current]")) == "Relevance"
    assert result_titles(by_date) == ["Health insurance in Ghana", "Pensions for rural workers"]
    assert result_titles(by_title) == ["Health insurance in Ghana", "Pensions for rural workers"]


# --- Facets and visibility -----------------------------------------------------------


@pytest.fixture
def catalogue(wagtail_search):
    """Four published items mentioning "health", and hidden ones that mention it too."""
    report = ResourceTypeFactory(name="Report", name_fr="Rapport", slug="report")
    guide = ResourceTypeFactory(name="Guide", name_fr="Guide", slug="guide")
    french = Language.objects.get(code="fr")
    for title, resource_type, country in [
        ("Health insurance in Senegal", report, "SN"),
        ("Health financing in Peru", report, "PE"),
        ("Health and pensions in Mali", guide, "ML"),
        ("Pensions in Senegal", guide, "SN"),
    ]:
        ItemFactory(
            title=title, abstract="A study.", resource_type=resource_type, countries=[country]
        )
    ItemFactory(
        title="Health note",
        abstract="A study.",
        resource_type=report,
        countries=["SN"],
        tags=["mutual aid"],
    ).languages.add(french)
    submitter = UserFactory(email="submitter@example.org")
    for status in (Item.Status.DRAFT, Item.Status.PENDING, Item.Status.REJECTED):
        ItemFactory(
            title=f"Health {status} item",
            status=status,
            published_at=None,
            submitted_by=submitter,
            resource_type=guide,
            countries=["SN", "BJ"],
            tags=["hidden tag"],
        )
    reindex()
    return submitter


def test_facets_count_the_wagtail_matches_and_narrow_them(client, catalogue):
    response = client.get(SEARCH, {"q": "health"})

    assert sorted(result_titles(response)) == [
        "Health and pensions in Mali",
        "Health financing in Peru",
        "Health insurance in Senegal",
        "Health note",
    ]
    assert result_count(response) == "4 resources found"
    assert facet_counts(response, "type") == {"Report": 3, "Guide": 1}
    assert facet_counts(response, "country") == {"Mali": 1, "Peru": 1, "Senegal": 2}
    assert facet_counts(response, "tag") == {"mutual aid": 1}

    narrowed = client.get(facet_link(response, "country", "Senegal"))
    assert sorted(result_titles(narrowed)) == ["Health insurance in Senegal", "Health note"]
    assert active_filters(narrowed) == {
        "Text: “health”": "/en/library/search/?country=SN",
        "Country: Senegal": "/en/library/search/?q=health",
    }
    guides = client.get(SEARCH, {"q": "health", "type": "guide"})
    assert result_titles(guides) == ["Health and pensions in Mali"]
    french = client.get(SEARCH, {"q": "health", "language": "fr"})
    assert result_titles(french) == ["Health note"]


def test_unpublished_items_are_found_by_nobody(client, catalogue, editor):
    submitter = catalogue
    for user in (None, submitter, editor):
        client.logout()
        if user:
            client.force_login(user)
        for q in ("health", "item", "draft", "hidden"):
            response = client.get(SEARCH, {"q": q})
            titles = result_titles(response)
            assert not [title for title in titles if title.endswith(" item")], (user, q)
            assert "hidden tag" not in facet_counts(response, "tag"), (user, q)
            assert "Benin" not in facet_counts(response, "country"), (user, q)
    assert wagtail_entries() == 8  # indexed whatever their status; never listed
    assert [i.title for i in results_queryset({"q": "item"}, editor)] == []


def test_a_submission_is_found_once_approved_and_gone_once_deleted(client, wagtail_search, editor):
    member = UserFactory(email="member@example.org")
    data = services.ItemData(
        fields={
            "title": "Tontines of market women",
            "resource_type": ResourceTypeFactory(name="Report", slug="report"),
            "url": "https://example.org/tontines",
        }
    )
    item = services.create_item(submitter=member, data=data)
    assert result_titles(client.get(SEARCH, {"q": "tontines"})) == []  # pending

    item = services.approve_item(item, reviewer=editor)
    assert result_titles(client.get(SEARCH, {"q": "tontines"})) == ["Tontines of market women"]

    data.fields["title"] = "Rotating savings of market women"
    services.update_item(item, data=data)
    assert result_titles(client.get(SEARCH, {"q": "tontines"})) == []
    assert result_titles(client.get(SEARCH, {"q": "rotating"})) == [
        "Rotating savings of market women"
    ]

    item.delete()
    assert wagtail_entries() == 0


def test_renaming_a_topic_reindexes_its_items(client, wagtail_search):
    topic = TopicFactory(name="Gender", slug="gender-reindex")
    ItemFactory(title="Maternity cover for informal workers", topics=[topic])
    reindex()
    assert result_titles(client.get(SEARCH, {"q": "Equidad"})) == []

    topic.name_es = "Equidad"
    topic.save()

    assert result_titles(client.get(SEARCH, {"q": "Equidad"})) == [
        "Maternity cover for informal workers"
    ]


def test_the_portal_search_finds_items_through_wagtails_backend(wagtail_search):
    ItemFactory(title="Zakat committees in Niger")
    ItemFactory(title="Zakat draft", status=Item.Status.DRAFT, published_at=None)
    reindex()

    answer = site_search("zakat", AnonymousUser(), limit=5)

    assert answer.count == 1
    assert [hit.title for hit in answer.hits] == ["Zakat committees in Niger"]


@pytest.mark.parametrize("params", HOSTILE, ids=[str(i) for i in range(len(HOSTILE))])
def test_any_query_string_gives_a_page(client, catalogue, params):
    response = client.get(SEARCH, params)

    soup = soup_of(response)
    count = text(soup.select_one(".result-count"))
    assert count.endswith(("resource found", "resources found"))
    assert not [title for title in result_titles(response) if title.endswith(" item")]
    assert b"<script>alert(1)" not in response.content


# --- Reindexing and cost -------------------------------------------------------------


def test_reindex_library_fills_wagtails_index(client, wagtail_search, capsys):
    ItemFactory(title="Rural pensions")
    ItemFactory(title="Urban pensions")
    assert wagtail_entries() == 0  # saving an item does not index it

    call_command("reindex_library", "--batch-size", "1")

    assert capsys.readouterr().out.strip() == "Indexed 2 library items."
    assert result_titles(client.get(SEARCH, {"q": "rural"})) == ["Rural pensions"]
    assert wagtail_entries() == 2


def _add_items(count: int, start: int = 0):
    report = ResourceTypeFactory(name="Report", slug="report")
    for n in range(start, start + count):
        ItemFactory(
            title=f"Health study {n}",
            resource_type=report,
            topics=[TopicFactory(name=f"Topic {n}", slug=f"topic-{n}")],
            countries=[["SN", "PE", "ML", "BJ", "FR"][n % 5]],
            tags=[f"tag {n}"],
            publication_year=1990 + n,
        )


@pytest.mark.parametrize(
    "params",
    [{"q": "health study"}, {"q": "health", "country": "SN", "sort": "title"}],
    ids=["words", "words-and-facet"],
)
def test_search_page_runs_as_many_queries_for_30_items_as_for_1(
    client, wagtail_search, django_assert_num_queries, params
):
    _add_items(1)
    reindex()
    with CaptureQueriesContext(connection) as one:
        assert len(result_titles(client.get(SEARCH, params))) == 1

    _add_items(29, start=1)
    reindex()
    with django_assert_num_queries(len(one)):
        response = client.get(SEARCH, params)
    assert len(result_titles(response)) >= 6


def test_indexing_new_items_costs_a_fixed_number_of_queries_per_batch(wagtail_search):
    _add_items(3)
    first = list(Item.objects.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as three:
        update_index(first)

    _add_items(30, start=3)
    others = list(Item.objects.exclude(pk__in=first).values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as thirty:
        update_index(others)

    assert len(thirty) == len(three)
    assert wagtail_entries() == 33
