"""``manage.py load_demo``: the library's taxonomies, items with real files, comments and
a review queue; a second run changes nothing.

``load_demo`` runs twice, once for the whole module (it takes a few seconds); the
module's tests read what it left and everything is rolled back after them.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from core.demo import library_items
from core.regions import region_of
from library.models import (
    Approach,
    Branch,
    Comment,
    Item,
    ItemCountry,
    ItemTag,
    LibraryCollection,
    ResourceType,
    Theme,
    Topic,
)
from tests.demo_runs import demo_loaded_twice

pytestmark = pytest.mark.django_db

EXPECTED = {
    "items": 37,
    "published": 34,
    "pending": 2,
    "rejected": 1,
    "featured": 3,
    "files": 11,
    "comments": 4,
    "resource types": 10,
    "topics": 6,
    "approaches": 10,
    "themes": 11,
    "branches": 10,
    "collections": 4,
}
TAXONOMY_MODELS = {
    "resource types": ResourceType,
    "topics": Topic,
    "approaches": Approach,
    "themes": Theme,
    "branches": Branch,
    "collections": LibraryCollection,
}


def library_line(output: str) -> str:
    return next(line.strip() for line in output.splitlines() if line.strip().startswith("library:"))


def stored_files() -> set[str]:
    root = Path(settings.MEDIA_ROOT) / "library"
    if not root.exists():
        return set()
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def snapshot() -> dict:
    """Everything the library demo creates, counted, and the stored file of each item."""
    return {
        "items": Item.objects.count(),
        "countries": ItemCountry.objects.count(),
        "tags": ItemTag.objects.count(),
        "comments": Comment.objects.count(),
        "languages": Item.languages.through.objects.count(),
        **{label: model.objects.count() for label, model in TAXONOMY_MODELS.items()},
        "files": dict(Item.objects.exclude(file="").values_list("title", "file")),
        "updated": sorted(Item.objects.values_list("updated", flat=True)),
    }


@pytest.fixture(autouse=True)
def media_root():
    """The demo is loaded once for the module: keep the module's media folder."""
    return Path(settings.MEDIA_ROOT)


@pytest.fixture(scope="module")
def runs(django_db_setup, django_db_blocker):
    with demo_loaded_twice(django_db_blocker, lambda: (snapshot(), stored_files())) as runs:
        yield runs


def test_load_demo_reports_the_library_counts(runs):
    expected = "library: " + ", ".join(f"{n} {name}" for name, n in EXPECTED.items())
    assert library_line(runs.first_output) == expected
    assert library_line(runs.second_output) == expected


def test_taxonomies_have_three_names_in_the_old_sites_order(runs):
    for label, model in TAXONOMY_MODELS.items():
        terms = list(model.objects.all())
        assert len(terms) == EXPECTED[label], label
        for term in terms:
            assert term.name and term.name_fr and term.name_es, f"{label}: {term.slug}"
    assert Topic.objects.get(slug="hiv-aids").name_fr == "VIH/sida"
    assert list(Theme.objects.values_list("name", flat=True)) == [
        "Overview",
        "Relevance",
        "Feasibility",
        "Marketing",
        "Management",
        "Monitoring & evaluation",
        "Rapid appraisal",
        "Linkages",
        "Contractual agreements",
        "Legislation",
        "National policies and strategies",
    ]
    principles = Approach.objects.get(slug="principles")
    assert principles.parent is None
    assert list(principles.children.values_list("slug", flat=True)) == [
        "integration",
        "participation",
        "partnership",
        "territoriality",
    ]
    cycle = Approach.objects.get(slug="cycle-functions")
    assert list(cycle.children.values_list("slug", flat=True)) == [
        "diagnosis",
        "planning",
        "monitoring-evaluation",
        "project-design",
    ]
    assert list(Branch.objects.top_level().values_list("slug", flat=True)) == [
        "contingencies",
        "mechanisms",
    ]
    assert list(Branch.objects.get(slug="mechanisms").children.values_list("name", flat=True)) == [
        "Universal benefits",
        "Social assistance",
        "Cash transfers",
        "Social insurance",
        "Microinsurance",
        "Linkages",
    ]
    # The same slug in two taxonomies is two different terms.
    assert Topic.objects.get(slug="social-assistance").name_es == "Asistencia social"
    assert Branch.objects.get(slug="social-assistance").parent.slug == "mechanisms"


def test_running_twice_adds_nothing_and_stores_no_file_twice(runs):
    assert runs.second[0] == runs.first[0]
    assert runs.first[0]["items"] == EXPECTED["items"]
    new_files = runs.first[1] - runs.before[1]
    assert len(new_files) == EXPECTED["files"]
    assert runs.second[1] == runs.first[1]
    assert {name.removeprefix("library/") for name in runs.first[0]["files"].values()} == new_files


def test_files_are_real_documents_with_their_text(runs):
    with_files = Item.objects.exclude(file="")
    assert with_files.count() >= 10
    kinds = set()
    for item in with_files:
        with item.file.open("rb") as stored:
            content = stored.read()
        assert content.startswith(b"%PDF-" if item.file_type == "pdf" else b"PK"), item.title
        assert item.file_size == len(content)
        assert item.file_name.endswith(f".{item.file_type}")
        assert item.file_name in item.file.name
        assert item.extracted_text and item.text_extracted_at, item.title
        kinds.add(item.file_type)
    assert kinds == {"pdf", "docx"}

    musars = Item.objects.get(title__contains="(MUSARS)")
    for word in ("Sikasso", "cotonculture", "Kafo Jiginew", "31 mars 2012"):
        assert word in musars.extracted_text
    bogota = Item.objects.get(title__contains="vendedores informales de Bogotá")
    assert bogota.file_type == "docx"
    assert "Modelo de Atención Integral" in bogota.extracted_text


def test_items_are_described_in_three_languages_with_countries_and_terms(runs):
    published = Item.objects.published()
    assert published.count() == EXPECTED["published"]
    languages = set(published.values_list("languages__code", flat=True))
    assert languages == {"en", "fr", "es"}
    for item in Item.objects.prefetch_related("countries", "tags", "languages"):
        assert item.abstract and item.languages.exists(), item.title
        assert 2 <= item.tags.count() <= 5, item.title
        if item.resource_type.slug == "link":
            assert item.url.startswith("https://") and not item.file
        else:
            assert item.year, item.title
        for country in item.countries.all():
            assert region_of(country.country.code) in item.regions, item.title
    documents = published.exclude(resource_type__slug="link")
    assert documents.filter(countries__isnull=False).distinct().count() >= 25
    assert published.filter(topics__isnull=False).distinct().count() >= 20
    assert published.filter(themes__isnull=False).distinct().count() >= 25
    assert published.filter(branches__isnull=False).distinct().count() >= 25
    assert published.filter(approaches__isnull=False).distinct().count() >= 15
    for slug, label in (("topics", Topic), ("themes", Theme), ("collections", LibraryCollection)):
        unused = label.objects.filter(items__isnull=True)
        assert not unused.exists(), f"{slug} without items: {list(unused)}"
    assert Item.objects.filter(collections__slug="g-news", title__startswith="G-NEWS n°2").exists()
    assert Item.objects.get(title__startswith="Règlement n° 07/2009").resource_type.slug == (
        "legislation"
    )
    titles = "\n".join(Item.objects.values_list("title", flat=True))
    for fact in ("Sikasso", "Yucatán", "Bogotá", "Pune", "La Victoria", "Lomé", "Mumbai"):
        assert fact in titles


def test_published_items_are_spread_over_the_years_and_three_are_featured(runs):
    published = Item.objects.published()
    now = timezone.now()
    moments = list(published.values_list("published_at", flat=True))
    assert all(moment and timezone.is_aware(moment) and moment < now for moment in moments)
    assert len({moment.year for moment in moments}) >= 5
    assert published.filter(featured=True).count() == 3
    assert set(published.values_list("submitted_by__email", flat=True)) == {
        library_items.EDITOR,
        library_items.EXPERT,
        library_items.AMINATA,
        library_items.CARLOS,
    }
    assert not published.filter(reviewed_by__isnull=True).exists()
    assert published.filter(download_count__gt=0).count() >= 30
    assert all(item.view_count > item.download_count for item in published)


def test_editors_have_submissions_to_review(runs):
    pending = Item.objects.filter(status=Item.Status.PENDING)
    assert sorted(pending.values_list("submitted_by__email", flat=True)) == [
        library_items.AMINATA,
        library_items.CARLOS,
    ]
    assert not pending.filter(published_at__isnull=False).exists()
    rejected = Item.objects.get(status=Item.Status.REJECTED)
    assert rejected.rejection_reason
    assert rejected.reviewed_by.email == library_items.EDITOR
    assert rejected.published_at is None


def test_demo_members_comment_on_published_items(runs):
    comments = Comment.objects.select_related("item", "author")
    assert comments.count() == EXPECTED["comments"]
    for comment in comments:
        assert comment.item.status == Item.Status.PUBLISHED
        assert comment.author.email.endswith("@gess.example")
        assert not comment.is_removed


def test_library_search_finds_an_item_by_a_word_of_its_file(runs):
    """On PostgreSQL this goes through the full-text index that load_demo refreshes."""
    search = pytest.importorskip("library.search")
    if not hasattr(search, "results_queryset"):
        pytest.skip("library.search has no results_queryset yet")

    found = list(search.results_queryset({"q": "cotonculture"}, AnonymousUser()))

    assert [item.title for item in found] == [Item.objects.get(title__contains="(MUSARS)").title]
    assert "cotonculture" not in found[0].abstract
