"""``manage.py load_demo``: country profiles with their history, indicator values,
curators, technical cooperation actions and their results frameworks.

``load_demo`` runs twice, once for the whole module (it takes a while); the
module's tests read what it left and everything is rolled back after them. The
first tests call the loaders alone, with small stand-in data.
"""

import re
from decimal import Decimal
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Count
from django_countries import countries as country_names
from wagtail.models import PageLogEntry, Revision, WorkflowState

from cooperation.models import (
    Action,
    AssistanceType,
    Milestone,
    PartnerInstitution,
    Programme,
    Result,
    ResultIndicator,
)
from core.demo import cooperation as demo_cooperation
from core.demo import countries as demo_countries
from core.demo import news, users
from countryprofiles.models import (
    CountryProfileIndexPage,
    CountryProfilePage,
    Curatorship,
    IndicatorValue,
)
from editorial.models import NewsPage
from tests.demo_runs import demo_loaded_twice

pytestmark = pytest.mark.django_db

# The countries of the old GESS site's country profiles (seed 001).
SEED_COUNTRIES = {
    "AR", "BJ", "BF", "KH", "CN", "CO", "CD", "IN", "ID", "LA", "LS", "PH", "SN", "TH",
}  # fmt: skip
# India's figures on the old GESS profile (seed 001): indicator, year, value.
INDIA_SEED_FIGURES = {
    ("population", 2005, Decimal("1100000000")),
    ("gdp-per-capita-ppp", 2004, Decimal("3139")),
    ("gdp-growth", 2005, Decimal("9.2")),
    ("hdi", 2004, Decimal("0.611")),
    ("hdi-rank", 2004, Decimal("126")),
    ("govt-health-expenditure", 2004, Decimal("2.9")),
    ("health-expenditure-gdp", 2004, Decimal("5.0")),
}
WESTERN_AFRICA = "western-africa-flagship-2022-2025"


def visible_text(html: str) -> str:
    html = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def line(output: str, label: str) -> str:
    return next(row.strip() for row in output.splitlines() if row.strip().startswith(label))


def snapshot() -> dict:
    """Everything the country and cooperation loaders create, counted."""
    profiles = CountryProfilePage.objects.all()
    profile_ids = [str(pk) for pk in profiles.values_list("pk", flat=True)]
    return {
        "containers": CountryProfileIndexPage.objects.count(),
        "profiles": profiles.count(),
        "live profiles": profiles.live().count(),
        "profile revisions": Revision.objects.filter(object_id__in=profile_ids).count(),
        "profile log entries": PageLogEntry.objects.filter(page__in=profiles).count(),
        "workflows": WorkflowState.objects.count(),
        "values": sorted(
            IndicatorValue.objects.values_list(
                "indicator__code", "country", "year", "value", "is_demo", "updated"
            )
        ),
        "curatorships": sorted(Curatorship.objects.values_list("user__email", "country")),
        "types": AssistanceType.objects.count(),
        "programmes": Programme.objects.count(),
        "partners": PartnerInstitution.objects.count(),
        "actions": sorted(Action.objects.values_list("slug", "updated")),
        "results": Result.objects.count(),
        "indicators": ResultIndicator.objects.count(),
        "milestones": Milestone.objects.count(),
        "documents": Action.documents.through.objects.count(),
        "news countries": sorted(NewsPage.objects.values_list("slug", "countries")),
    }


# --- The loader alone, with stand-in data ------------------------------------------------
# These come first: once a test asks for ``runs``, the whole demo stays in the
# database until the end of the module.

STAND_IN_TEXTS = {
    "IN": {
        "produced_by": "Marc Socquet, ILO Delhi",
        "in_brief": {"en": "<p>India in brief.</p>", "fr": "<p>L'Inde en bref.</p>"},
        "legislation": {"en": "<p>Unorganised Workers' Social Security Act, 2008.</p>"},
    },
    "CO": {"in_brief": {"en": "<p>Colombia in brief.</p>"}, "programmes": {"es": "<p>IPES</p>"}},
}
STAND_IN_VALUES = {
    "IN": {"population": [("2005", "1100000000", "GESS country profile", False)]},
    "CO": {"gdp-growth": [(2020, "-7.3", "Demo data", True, "https://example.org/source")]},
}


@pytest.fixture
def demo_users():
    users.load()


def test_loader_with_stand_in_data_fills_only_the_languages_given(demo_users):
    counts = demo_countries.load_countries(
        texts=STAND_IN_TEXTS,
        values=STAND_IN_VALUES,
        notes={"IN": {"population": {"2005": "As on the old page"}}},
    )
    again = demo_countries.load_countries(texts=STAND_IN_TEXTS, values=STAND_IN_VALUES, notes={})

    assert counts == {"profiles": 2, "in review": 1, "indicator values": 2, "curators": 3}
    assert again == counts
    colombia = CountryProfilePage.objects.get(country="CO")
    assert (colombia.in_brief, colombia.in_brief_fr, colombia.programmes_es) == (
        "<p>Colombia in brief.</p>",
        "",
        "<p>IPES</p>",
    )
    assert colombia.programmes == ""
    assert Revision.objects.filter(object_id=str(colombia.pk)).count() == 2  # editor, curator
    growth = IndicatorValue.objects.get(country="CO")
    assert (growth.year, growth.value, growth.source_url) == (
        2020,
        Decimal("-7.3"),
        "https://example.org/source",
    )
    # The second run was given no notes: the note is cleared like any changed field.
    assert IndicatorValue.objects.get(country="IN").note == ""


def test_loader_updates_a_profile_whose_demo_text_changed(demo_users):
    demo_countries.load_countries(texts={"SN": {"in_brief": {"en": "<p>One</p>"}}}, values={})
    demo_countries.load_countries(texts={"SN": {"in_brief": {"en": "<p>Two</p>"}}}, values={})

    senegal = CountryProfilePage.objects.get(country="SN")
    assert senegal.in_brief == "<p>Two</p>" and senegal.live
    assert Revision.objects.filter(object_id=str(senegal.pk)).count() == 2


@pytest.mark.parametrize(
    ("texts", "values", "message"),
    [
        ({"SN": {"in_breif": {"en": "x"}}}, {}, "unknown keys ['in_breif']"),
        ({"SN": {"in_brief": {"pt": "x"}}}, {}, "in_brief has unknown languages"),
        ({"XX": {}}, {}, "'XX' is not a country code"),
        ({}, {"SN": {"populaton": [("2020", "1", "Demo", True)]}}, "unknown indicator"),
        ({}, {"SN": {"hdi": [("2020", "7", "Demo", True)]}}, "out of range for SN hdi 2020"),
        ({}, {"SN": {"hdi": [("2020", "n/a", "Demo", True)]}}, "Demo value for SN hdi 2020"),
    ],
)
def test_loader_refuses_bad_demo_data_with_a_clear_message(demo_users, texts, values, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        demo_countries.load_countries(texts=texts, values=values)


def test_cooperation_loader_needs_the_demo_library_first():
    with pytest.raises(ValueError, match="load the demo library first"):
        demo_cooperation.load_cooperation()


# --- load_demo, run twice ---------------------------------------------------------------


@pytest.fixture(scope="module")
def runs(django_db_setup, django_db_blocker):
    with demo_loaded_twice(django_db_blocker, snapshot) as runs:
        yield runs


@pytest.fixture(scope="module")
def demo_data():
    return demo_countries.default_data()


def test_every_seed_country_has_a_live_profile_first_published_by_the_editor(
    runs, demo_data, client
):
    texts, _values, _notes = demo_data
    assert set(texts) >= SEED_COUNTRIES
    profiles = {page.country.code: page for page in CountryProfilePage.objects.live()}
    assert set(profiles) == set(texts)

    container = CountryProfileIndexPage.objects.get()
    assert (container.title, container.slug, container.depth) == (
        "Country profiles",
        "country-profiles",
        2,
    )
    for code, spec in texts.items():
        page = profiles[code]
        assert (page.title, page.slug) == (str(country_names.name(code)), code.lower())
        assert page.get_parent().pk == container.pk
        assert page.produced_by == spec.get("produced_by", "")
        for field in ("in_brief", "legislation", "programmes"):
            for language, suffix in demo_countries.SUFFIXES.items():
                expected = spec.get(field, {}).get(language, "")
                assert getattr(page, f"{field}{suffix}") == expected, (code, field, language)
        first = Revision.objects.filter(object_id=str(page.pk)).order_by("pk").first()
        assert first.user.email == "editor@gess.example"

    senegal = texts["SN"]
    text = visible_text(client.get("/en/countries/sn/").content.decode())
    assert "Senegal" in text
    assert f"produced and updated by {senegal['produced_by']}" in text
    first_words = re.sub(r"<[^>]+>", " ", senegal["in_brief"]["en"]).split()[:8]
    assert " ".join(unescape(" ".join(first_words)).split()) in text


def test_india_seed_figures_are_sourced_and_every_other_value_is_demo(runs, demo_data):
    _texts, values, _notes = demo_data
    stored = IndicatorValue.objects.all()
    expected = sum(len(rows) for by_indicator in values.values() for rows in by_indicator.values())
    assert stored.count() == expected

    real = stored.filter(is_demo=False)
    assert set(real.values_list("country", flat=True)) == {"IN"}
    assert set(real.values_list("indicator__code", "year", "value")) >= INDIA_SEED_FIGURES
    assert real.get(indicator__code="informal-economy").value == Decimal("92")
    for source in real.values_list("source", flat=True):
        assert "GESS" in source
    demo = stored.filter(is_demo=True)
    assert demo.count() == stored.count() - real.count()
    assert not demo.filter(source__icontains="GESS").exists()


def test_india_has_two_revisions_to_compare(runs):
    india = CountryProfilePage.objects.get(country="IN")
    revisions = list(Revision.objects.filter(object_id=str(india.pk)).order_by("pk"))

    assert [revision.user.email for revision in revisions] == ["editor@gess.example"] * 2
    first, second = (revision.as_object() for revision in revisions)
    assert first.in_brief == india.in_brief and first.in_brief
    assert first.legislation == "" and india.legislation
    assert second.legislation == india.legislation
    assert india.live_revision_id == revisions[-1].pk
    published = PageLogEntry.objects.filter(page=india, action="wagtail.publish")
    assert published.count() == 2


def test_colombia_has_a_curator_draft_waiting_for_review(runs, client):
    colombia = CountryProfilePage.objects.get(country="CO")
    carlos = get_user_model().objects.get(email="carlos@gess.example")

    assert colombia.live and colombia.has_unpublished_changes
    draft = colombia.get_latest_revision()
    assert draft.user == carlos
    assert demo_countries.DRAFT_ADDITION in draft.as_object().programmes
    assert demo_countries.DRAFT_ADDITION not in colombia.programmes
    state = WorkflowState.objects.get(object_id=str(colombia.pk))
    assert (state.status, state.requested_by) == (WorkflowState.STATUS_IN_PROGRESS, carlos)
    # Visitors see the live version only.
    assert (
        "Institute for Social Economy (IPES) runs"
        not in client.get("/en/countries/co/").content.decode()
    )
    # Only Colombia waits for review.
    assert list(
        CountryProfilePage.objects.filter(has_unpublished_changes=True).values_list(
            "country", flat=True
        )
    ) == ["CO"]


def test_demo_curators(runs):
    assert runs.second["curatorships"] == [
        ("aminata@gess.example", "SN"),
        ("carlos@gess.example", "CO"),
        ("carlos@gess.example", "PE"),
    ]
    carlos = get_user_model().objects.get(email="carlos@gess.example")
    assert set(carlos.groups.values_list("name", flat=True)) >= {
        "Country curators",
        "Country curators · CO",
        "Country curators · PE",
    }


def test_second_run_creates_and_changes_nothing(runs):
    assert runs.second == runs.first
    expected = line(runs.first_output, "countries:")
    assert expected == line(runs.second_output, "countries:")
    profiles = runs.first["live profiles"]
    values = len(runs.first["values"])
    assert (
        expected
        == f"countries: {profiles} profiles, 1 in review, {values} indicator values, 3 curators"
    )
    assert line(runs.first_output, "cooperation:") == line(runs.second_output, "cooperation:")
    assert line(runs.first_output, "cooperation:") == (
        "cooperation: 7 types of assistance, 4 programmes, 9 partner institutions, "
        "9 actions, 8 results indicators"
    )
    # The editorial line still counts the editorial pages only.
    assert "en: 15 live pages, including 12 news items and events" in runs.second_output


def test_western_africa_action_has_the_progress_report_framework(runs, client):
    action = Action.objects.get(slug=WESTERN_AFRICA)
    assert (action.country.code, action.partner.acronym, action.programme.code) == (
        "SN",
        "WAEMU",
        "GLO/21/34/MUL",
    )
    results = [(r.kind, r.code) for r in action.results.order_by("sort_order")]
    assert results == [("outcome", "1"), ("output", "1.1"), ("outcome", "2"), ("output", "2.1")]

    indicators = ResultIndicator.objects.filter(result__action=action).order_by(
        "result__sort_order", "sort_order"
    )
    rows = [
        (
            i.result.code,
            i.baseline,
            i.target,
            i.status,
            [(m.planned, m.actual) for m in i.milestones.all()],
        )
        for i in indicators
    ]
    assert rows == [
        ("1", 0, 43, "on-track", [(43, 43)]),
        ("1", 3, 16, "at-risk", [(6, None)]),
        ("2", 0, 1, "achieved", [(1, 1)]),
    ]
    names = [
        "Number of managers and representatives of workers' and employers' organisations",
        "Number of countries whose social protection data have been collected by the ILO",
        "Number of publications on lessons learned",
    ]
    for indicator, name in zip(indicators, names, strict=True):
        assert indicator.name.startswith(name)
    assert indicators[1].comment.startswith("At risk: the 2023 report gives no figure")
    documents = sorted(action.documents.values_list("title", flat=True))
    assert len(documents) == 3 and documents[0].startswith("Building social protection floors")

    text = visible_text(client.get(f"/en/cooperation/{WESTERN_AFRICA}/report/").content.decode())
    for indicator in indicators:
        assert indicator.name in text
    for label in ("On track", "At risk", "Achieved"):
        assert label in text


def test_demo_actions_cover_seed_000_and_every_indicator_status(runs):
    socieux = Action.objects.filter(programme__slug="socieux-plus")
    assert sorted(socieux.values_list("country", "partner__acronym")) == [
        ("CI", "MEPS"),
        ("CI", "MEPS"),
        ("CO", "IPES"),
        ("GA", "CPPF"),
        ("MX", "ISSTEY"),
        ("PE", "MTPE"),
    ]
    assert set(socieux.values_list("status", flat=True)) == {Action.Status.COMPLETED}
    experts = {a.slug: sorted(c.code for c in a.expert_countries) for a in socieux}
    assert experts["co-ipes-street-vendors-strategy"] == ["ES", "IT"]
    assert experts["ga-occupational-risks-public-sector"] == ["FR", "LU"]
    assert experts["pe-microinsurance-atypical-workers"] == ["ES", "FR", "IT"]
    # French or Spanish for some, English for all.
    assert not socieux.filter(summary="").exists()
    assert socieux.exclude(summary_fr="").exists() and socieux.exclude(summary_es="").exists()
    assert socieux.filter(summary_fr="", summary_es="").exists()

    statuses = set(ResultIndicator.objects.values_list("status", flat=True))
    assert statuses == set(ResultIndicator.Status.values)
    for slug in ("ma-social-protection-indicators", "cn-eu-china-pension-reform"):
        action = Action.objects.get(slug=slug)
        kinds = [r.kind for r in action.results.all()]
        assert kinds.count("outcome") == 1 and 1 <= kinds.count("output") <= 2
        assert 2 <= ResultIndicator.objects.filter(result__action=action).count() <= 3
        assert not ResultIndicator.objects.filter(result__action=action, milestones=None).exists()
    # Every action links at least one published library item.
    unlinked = Action.objects.annotate(n=Count("documents")).filter(n=0)
    assert list(unlinked) == []


def test_demo_news_name_the_countries_they_concern(runs):
    for item in news.NEWS:
        pages = NewsPage.objects.filter(
            slug__in=[item[code]["slug"] for code in ("en", "fr", "es")]
        )
        assert pages.count() == 3
        for page in pages:
            assert [c.code for c in page.countries] == sorted(item.get("countries", []))
    socieux = NewsPage.objects.get(slug="socieux-five-actions")
    assert [c.code for c in socieux.countries] == ["CI", "CO", "GA", "MX", "PE"]
