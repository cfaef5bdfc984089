"""The public country pages: the index, a country's profile, its CSV file, "Add a country"."""

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core.regions import REGIONS
from core.search import Answer, Hit
from countryprofiles import sections
from countryprofiles.models import CountryProfilePage, Indicator

from .factories import CuratorshipFactory, IndicatorValueFactory, make_profile, profile_index

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def registry():
    """The sections registry, restored after the test."""
    saved = dict(sections._sections)
    yield sections
    sections._sections.clear()
    sections._sections.update(saved)


def text(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def main(response):
    return soup_of(response).find("main")


def indicator(code: str) -> Indicator:
    return Indicator.objects.get(code=code)


@pytest.fixture
def senegal(db):
    return make_profile(
        "SN",
        produced_by="ILO Dakar office",
        in_brief="<p>Senegal extends health coverage through mutuals.</p>",
        in_brief_fr="<p>Le Sénégal étend la couverture santé par les mutuelles.</p>",
        legislation="<p>Social Security Code of 1975.</p>",
    )


@pytest.fixture
def coverage_values(db):
    coverage = indicator("sp-coverage")
    return [
        IndicatorValueFactory(
            indicator=coverage, country="SN", year=2015, value=Decimal("12.1"), source="ILO WSPR"
        ),
        IndicatorValueFactory(
            indicator=coverage,
            country="SN",
            year=2020,
            value=Decimal("19.8"),
            source="ILO World Social Protection Report",
            source_url="https://www.social-protection.org/wspr",
            note="Estimate",
        ),
    ]


@pytest.fixture
def population_value(db):
    return IndicatorValueFactory(
        indicator=indicator("population"),
        country="SN",
        year=2022,
        value=Decimal("17316449"),
        source="UN DESA",
        is_demo=True,
    )


# --- The profile ----------------------------------------------------------------------


def test_profile_shows_the_country_and_its_indicators(
    client, senegal, coverage_values, population_value
):
    page = main(client.get("/en/countries/sn/"))

    assert text(page.h1) == "Senegal"
    assert "Region: Africa" in text(page)
    cards = page.select(".indicator-card")
    # In the indicators' order: population (10) before coverage.
    assert [text(card.h3) for card in cards] == ["Total population", str(indicator("sp-coverage"))]
    population, coverage = cards
    assert population.h3.a["href"] == "/en/countries/compare/population/"
    assert text(population.select_one(".indicator-value")) == "17,316,449 people (2022)"
    assert text(population.select_one(".demo-marker")) == "Demo data not an official figure"
    assert text(population.select_one(".indicator-source")) == "Source: UN DESA"
    assert population.find("svg") is None
    assert population.find("details") is None

    assert text(coverage.select_one(".indicator-value")).startswith("19.8 ")
    assert "(2020)" in text(coverage.select_one(".indicator-value"))
    assert coverage.select_one(".demo-marker") is None
    source = coverage.select_one(".indicator-source a")
    assert (source["href"], text(source)) == (
        "https://www.social-protection.org/wspr",
        "ILO World Social Protection Report",
    )
    assert text(coverage.select_one(".indicator-note")) == "Note: Estimate"
    chart = coverage.find("svg")
    assert chart["role"] == "img"
    assert [t.get_text() for t in chart.find_all("title")][1:] == ["2015: 12.1", "2020: 19.8"]
    rows = [[text(cell) for cell in row.find_all(["th", "td"])] for row in coverage.tbody("tr")]
    assert rows == [
        ["2015", "12.1", "ILO WSPR"],
        ["2020", "19.8", "ILO World Social Protection Report"],
    ]
    download = page.find("a", string="Download these values (CSV)")
    assert download["href"] == "/en/countries/sn/indicators.csv"


def test_profile_in_french_and_spanish(client, senegal, coverage_values):
    french = main(client.get("/fr/countries/sn/"))
    spanish = main(client.get("/es/countries/sn/"))

    assert text(french.h1) == "Sénégal"
    assert text(spanish.h1) == "Senegal"
    assert text(french.select_one(".indicator-value")).startswith("19,8 ")
    assert text(spanish.select_one(".indicator-value")).startswith("19,8 ")
    french_name = str(indicator("sp-coverage").name_fr)
    spanish_name = str(indicator("sp-coverage").name_es)
    assert text(french.select_one(".indicator-card h3")) == french_name
    assert text(spanish.select_one(".indicator-card h3")) == spanish_name
    assert french.select_one(".indicator-card h3 a")["href"] == "/fr/countries/compare/sp-coverage/"


def test_text_in_the_reader_language_or_english_with_a_notice(client, senegal):
    french = main(client.get("/fr/countries/sn/"))
    brief, legislation = french.select(".country-text")

    # "In brief" exists in French: no notice, no lang attribute.
    assert "Le Sénégal étend la couverture santé" in text(brief)
    assert brief.select_one(".fallback-note") is None
    assert not brief.select_one(".rich-text").has_attr("lang")
    # "Key legislation" exists only in English: shown with a notice, marked English.
    assert brief.select_one(".fallback-note") is None
    assert legislation.select_one(".fallback-note") is not None
    assert legislation.select_one(".rich-text")["lang"] == "en"
    assert "Social Security Code of 1975." in text(legislation)

    english = main(client.get("/en/countries/sn/"))
    assert english.select(".fallback-note") == []
    assert "Senegal extends health coverage" in text(english)

    spanish = main(client.get("/es/countries/sn/"))
    assert len(spanish.select(".fallback-note")) == 2
    assert [block["lang"] for block in spanish.select(".rich-text")] == ["en", "en"]


def test_fallback_notice_names_the_missing_language(client, senegal):
    with translation.override("fr"):
        french = translation.gettext(
            "This text is not yet available in French; here it is in English."
        )
    with translation.override("es"):
        spanish = translation.gettext(
            "This text is not yet available in Spanish; here it is in English."
        )

    # Compared word for word: French puts a no-break space before ";".
    french_note = text(main(client.get("/fr/countries/sn/")).select_one(".fallback-note"))
    spanish_note = text(main(client.get("/es/countries/sn/")).select_one(".fallback-note"))
    assert french_note.split() == french.split()
    assert spanish_note.split() == spanish.split()
    assert "français" in french_note and "español" in spanish_note


def test_produced_by_and_last_updated_lines(client, senegal):
    CountryProfilePage.objects.filter(pk=senegal.pk).update(
        last_published_at=datetime(2024, 3, 5, 10, 0, tzinfo=UTC)
    )

    page = main(client.get("/en/countries/sn/"))

    credits = page.select_one(".country-credits")
    assert "The content on this page is produced and updated by ILO Dakar office." in text(credits)
    assert "Last updated: March 5, 2024" in text(credits)
    assert credits.time["datetime"] == "2024-03-05"


def test_title_and_meta_description(client, senegal):
    soup = soup_of(client.get("/en/countries/sn/"))

    assert soup.title.get_text().startswith("Senegal · Country profiles")
    assert soup.find("meta", attrs={"name": "description"})["content"] == (
        "Senegal extends health coverage through mutuals."
    )


def test_a_profile_without_values_says_so_and_offers_no_csv(client):
    make_profile("KE")

    page = main(client.get("/en/countries/ke/"))

    assert "No indicator values for this country yet." in text(page)
    assert page.find("a", string="Download these values (CSV)") is None


def test_upper_case_code_redirects_permanently_to_the_lower_case_address(client, senegal):
    response = client.get("/fr/countries/SN/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/countries/sn/"
    response = client.get("/en/countries/Sn/indicators.csv")
    assert response.status_code == 301
    assert response["Location"] == "/en/countries/sn/indicators.csv"


@pytest.mark.parametrize(
    "path",
    [
        "/en/countries/zz/",
        "/en/countries/ZZ/",
        "/en/countries/xyz/",
        "/en/countries/12/",
        "/en/countries/s/",
        "/en/countries/de/",  # a country without a profile
        "/en/countries/ke/",  # a draft profile
        "/en/countries/de/indicators.csv",
        "/en/countries/ke/indicators.csv",
        "/en/countries/zz/indicators.csv",
    ],
)
def test_unknown_countries_and_unpublished_profiles_are_not_found(client, senegal, path):
    make_profile("KE", live=False, in_brief="<p>Secret draft text.</p>")
    IndicatorValueFactory(indicator=indicator("population"), country="DE", value=83000000)

    response = client.get(path)

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Secret draft text" not in response.content.decode()


def test_everything_about_the_country(client, senegal, registry):
    def answer(code, user, limit):
        assert code == "SN"
        return Answer(
            count=12,
            hits=[
                Hit(title="Health mutuals in Thiès", url="/en/library/1/", meta="2021"),
                Hit(title="<b>Universal</b> health coverage", url="/en/library/2/"),
            ],
            more_url="/en/library/search/?country=SN",
        )

    registry.register(sections.Section("zz-test", "Test shelf", answer, order=1))
    registry.register(
        sections.Section("zz-empty", "Empty shelf", lambda code, user, limit: Answer(0), order=2)
    )

    page = main(client.get("/en/countries/sn/"))

    found = page.select_one("#section-zz-test").parent
    assert text(found.h3) == "Test shelf (12)"
    assert [(text(a), a["href"]) for a in found.select(".hit-list a")] == [
        ("Health mutuals in Thiès", "/en/library/1/"),
        ("<b>Universal</b> health coverage", "/en/library/2/"),
    ]
    see_all = found.select_one(".see-all a")
    assert see_all["href"] == "/en/library/search/?country=SN"
    assert text(see_all) == "See all 12 · Test shelf"
    empty = page.select_one("#section-zz-empty").parent
    assert text(empty.h3) == "Empty shelf (0)"
    assert "Nothing yet." in text(empty)
    assert empty.select_one(".see-all") is None
    headings = [text(h) for h in page.select(".country-section h3")]
    assert headings[:2] == ["Test shelf (12)", "Empty shelf (0)"]


def test_profile_queries_do_not_grow_with_indicators_and_years(client, senegal):
    IndicatorValueFactory(indicator=indicator("population"), country="SN", year=1999)
    client.get("/en/countries/sn/")  # warm the caches (site root paths)
    with CaptureQueriesContext(connection) as one:
        assert client.get("/en/countries/sn/").status_code == 200

    for item in Indicator.objects.all():
        for year in range(2000, 2024):
            IndicatorValueFactory(indicator=item, country="SN", year=year, value=year - 1990)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/countries/sn/")

    assert len(main(response).select(".indicator-card")) == Indicator.objects.count()
    assert len(main(response).select(".indicator-card svg")) == Indicator.objects.count()
    assert len(many.captured_queries) == len(one.captured_queries)


def test_wagtail_preview_renders_an_unsaved_draft(senegal, editor):
    profile_index()
    draft = CountryProfilePage(
        title="Ghana",
        country="GH",
        produced_by="A curator",
        in_brief="<p>Draft text about Ghana.</p>",
    )
    IndicatorValueFactory(indicator=indicator("population"), country="GH", value=34000000)
    request = RequestFactory().get("/admin/pages/preview/")
    request.user = editor

    response = draft.serve(request)

    page = BeautifulSoup(response.content, "html.parser").find("main")
    assert text(page.h1) == "Ghana"
    assert "Preview" in text(page.select_one(".country-preview"))
    assert "Draft text about Ghana." in text(page)
    assert text(page.select_one(".indicator-value")) == "34,000,000 people (2020)"
    assert "produced and updated by A curator" in text(page)
    assert "Last updated" not in text(page)
    assert page.find("a", string="Download these values (CSV)") is None


# --- The country's CSV file -------------------------------------------------------------


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_country_csv_lists_every_value(client, senegal, coverage_values, population_value):
    response = client.get("/en/countries/sn/indicators.csv")

    assert 'filename="gess-sn-indicators.csv"' in response["Content-Disposition"]
    coverage = indicator("sp-coverage")
    assert read_csv(response) == [
        [
            "indicator code",
            "indicator",
            "year",
            "value",
            "unit",
            "source",
            "source address",
            "note",
            "demo data",
        ],
        ["population", "Total population", "2022", "17316449", "people", "UN DESA", "", "", "yes"],
        ["sp-coverage", coverage.name, "2015", "12.1", coverage.unit, "ILO WSPR", "", "", "no"],
        [
            "sp-coverage",
            coverage.name,
            "2020",
            "19.8",
            coverage.unit,
            "ILO World Social Protection Report",
            "https://www.social-protection.org/wspr",
            "Estimate",
            "no",
        ],
    ]


def test_country_csv_in_french(client, senegal, population_value):
    rows = read_csv(client.get("/fr/countries/sn/indicators.csv"))

    assert rows[1][1] == "Population totale"
    assert rows[1][4] == "habitants"
    assert rows[1][3] == "17316449"  # numbers stay machine-readable


def test_country_csv_cells_cannot_run_as_formulas(client, senegal):
    IndicatorValueFactory(
        indicator=indicator("gdp-growth"),
        country="SN",
        value=Decimal("-1.5"),
        source='=HYPERLINK("http://evil.example","click")',
        note="@SUM(A1:A2)",
    )

    row = read_csv(client.get("/en/countries/sn/indicators.csv"))[1]

    assert row[3] == "-1.5"  # a number the portal wrote
    assert row[5] == '\'=HYPERLINK("http://evil.example","click")'
    assert row[7] == "'@SUM(A1:A2)"


# --- The index --------------------------------------------------------------------------


@pytest.fixture
def profiles(db):
    for code in ("SN", "DZ", "PE", "EG", "JO", "IN", "FR", "TD"):
        make_profile(code)
    make_profile("KE", live=False)


def test_index_lists_profiles_by_region_in_the_reader_language(client, profiles):
    page = main(client.get("/fr/countries/"))

    nav = page.find("nav", class_="country-index-list")
    groups = {
        text(heading): [text(a) for a in heading.find_next_sibling("ul").find_all("a")]
        for heading in nav.find_all("h3")
    }
    with translation.override("fr"):
        assert list(groups) == [str(label) for _key, label in REGIONS]
    african = groups[next(iter(groups))]
    # Sorted by their French names, accents ignored: Algérie, Égypte, Sénégal, Tchad.
    assert african == ["Algérie", "Égypte", "Sénégal", "Tchad"]
    assert "Kenya" not in text(nav)
    links = {text(a): a["href"] for a in nav.find_all("a")}
    assert links["Pérou"] == "/fr/countries/pe/"
    assert links["Inde"] == "/fr/countries/in/"


def test_index_links_to_comparisons_the_map_and_adding_a_country(client, profiles):
    page = main(client.get("/en/countries/"))

    compare = page.select_one(".country-compare-links")
    links = [(text(a), a["href"]) for a in compare.find_all("a")]
    assert links[0] == ("Total population", "/en/countries/compare/population/")
    assert len(links) == Indicator.objects.count()
    assert page.find("a", string="Add a country")["href"] == "/en/countries/add/"
    world_map = page.find("svg")
    assert world_map is not None
    assert "/en/countries/sn/" in str(world_map)


def test_index_without_profiles(client, db):
    page = main(client.get("/en/countries/"))

    assert "No country profile is published yet." in text(page)


def test_index_queries_do_not_grow_with_profiles(client, db):
    make_profile("SN")
    client.get("/en/countries/")
    with CaptureQueriesContext(connection) as one:
        assert client.get("/en/countries/").status_code == 200

    for code in ("DZ", "PE", "EG", "JO", "IN", "FR", "TD", "BR", "CL", "VN", "KH", "GH"):
        make_profile(code)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/countries/")

    assert len(main(response).select(".country-index-list li")) == 13
    assert len(many.captured_queries) == len(one.captured_queries), [
        query["sql"] for query in many.captured_queries
    ]


# --- Add a country ----------------------------------------------------------------------


def test_add_a_country_asks_visitors_to_sign_in(client, db):
    response = client.get("/en/countries/add/")

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/en/countries/add/"


def test_add_a_country_sends_editors_to_the_admin_form(editor_client, db):
    container = profile_index()

    response = editor_client.get("/en/countries/add/")

    assert response.status_code == 302
    assert response["Location"] == (
        f"/admin/pages/add/countryprofiles/countryprofilepage/{container.pk}/"
    )
    assert editor_client.get(response["Location"]).status_code == 200


def test_add_a_country_explains_how_to_propose_one_to_members(member_client, member):
    profile_index()
    make_profile("SN")
    CuratorshipFactory(user=member, country="SN")
    CuratorshipFactory(user=member, country="ML")

    page = main(member_client.get("/en/countries/add/"))

    assert text(page.h1) == "Add a country"
    assert "The portal's editors create country profiles" in text(page)
    assert page.find("a", string="Find an editor in the people directory")["href"] == (
        reverse("accounts:directory")
    )
    assert "You are a curator of these countries:" in text(page)
    items = page.select(".country-add ul li")
    assert [text(item) for item in items] == ["Mali (no published profile yet)", "Senegal"]
    assert items[1].a["href"] == "/en/countries/sn/"
    assert items[0].a is None


def test_add_a_country_for_a_member_who_curates_nothing(member_client, db):
    page = main(member_client.get("/en/countries/add/"))

    assert "You are not a curator of any country yet." in text(page)
