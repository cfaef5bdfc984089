"""Comparing countries on one indicator: ranking, sorting, region filter, CSV download."""

import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from countryprofiles.models import Indicator

from .factories import IndicatorFactory, IndicatorValueFactory, make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def text(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def main(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser").find("main")


def table(response) -> list[list[str]]:
    """The comparison table's rows as the visitor reads them: rank, country, value, year."""
    rows = []
    for row in main(response).select(".compare-table tbody tr"):
        cells = row.find_all(["th", "td"])
        rows.append([text(cell) for cell in cells[:4]])
    return rows


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


@pytest.fixture
def coverage(db):
    return IndicatorFactory(
        code="coverage",
        name="Coverage",
        name_fr="Couverture",
        name_es="Cobertura",
        unit="% of the population",
        unit_fr="% de la population",
        description="Share of people with at least one benefit.",
        decimals=1,
        higher_is_better=True,
        sort_order=900,
    )


@pytest.fixture
def values(coverage):
    """Five countries; Senegal and Peru have two years, the latest counts."""

    def add(country, year, value, **extra):
        return IndicatorValueFactory(
            indicator=coverage, country=country, year=year, value=Decimal(value), **extra
        )

    add("SN", 2015, "80.0")  # older and higher: ignored
    add("SN", 2021, "19.8", source="ILO WSPR", source_url="https://wspr.example/sn")
    add("PE", 2010, "10.0")
    add("PE", 2022, "45.5", is_demo=True, note="Provisional")
    add("FR", 2020, "100.0")
    add("DZ", 2019, "45.5")
    add("IN", 2021, "24.4")
    make_profile("SN")
    make_profile("FR")
    make_profile("DZ", live=False)


def test_countries_ranked_by_latest_value_best_first(client, values):
    response = client.get("/en/countries/compare/coverage/")

    assert table(response) == [
        ["1", "France", "100.0", "2020"],
        ["2", "Algeria", "45.5", "2019"],
        ["2", "Peru", "45.5 Demo data", "2022"],
        ["4", "India", "24.4", "2021"],
        ["5", "Senegal", "19.8", "2021"],
    ]
    page = main(response)
    assert text(page.h1) == "Coverage"
    assert "Share of people with at least one benefit." in text(page)
    assert "Unit: % of the population" in text(page)
    assert "5 countries" in text(page.select_one(".result-count"))


def test_country_links_only_to_live_profiles_and_demo_values_are_marked(client, values):
    page = main(client.get("/en/countries/compare/coverage/"))

    rows = {text(row.th): row for row in page.select(".compare-table tbody tr")}
    assert rows["France"].th.a["href"] == "/en/countries/fr/"
    assert rows["Senegal"].th.a["href"] == "/en/countries/sn/"
    assert rows["Algeria"].th.a is None  # a draft profile only
    assert rows["India"].th.a is None
    assert "Demo data" in text(rows["Peru"])
    assert "Demo data" not in text(rows["France"])
    assert "Provisional" in text(rows["Peru"])
    source = rows["Senegal"].find_all("td")[-1].a
    assert (source["href"], text(source)) == ("https://wspr.example/sn", "ILO WSPR")
    assert "Demo data not an official figure" in text(page.select_one(".demo-marker"))


def test_lower_is_better_ranks_the_smallest_value_first(client, db):
    rank = Indicator.objects.get(code="hdi-rank")
    for country, value in (("NO", 1), ("SN", 169), ("IN", 134), ("CH", 1)):
        IndicatorValueFactory(indicator=rank, country=country, year=2022, value=value)

    assert table(client.get("/en/countries/compare/hdi-rank/")) == [
        ["1", "Norway", "1", "2022"],
        ["1", "Switzerland", "1", "2022"],
        ["3", "India", "134", "2022"],
        ["4", "Senegal", "169", "2022"],
    ]


@pytest.mark.parametrize(
    "sort, countries",
    [
        ("value", ["Senegal", "India", "Algeria", "Peru", "France"]),
        ("-value", ["France", "Algeria", "Peru", "India", "Senegal"]),
        ("country", ["Algeria", "France", "India", "Peru", "Senegal"]),
        ("-country", ["Senegal", "Peru", "India", "France", "Algeria"]),
        ("year", ["Algeria", "France", "India", "Senegal", "Peru"]),
        ("-year", ["Peru", "India", "Senegal", "France", "Algeria"]),
        ("nonsense", ["France", "Algeria", "Peru", "India", "Senegal"]),
    ],
)
def test_every_sort(client, values, sort, countries):
    rows = table(client.get(f"/en/countries/compare/coverage/?sort={sort}"))

    assert [row[1] for row in rows] == countries
    # The rank stays the rank by value, whatever the order of the rows.
    assert {row[1]: row[0] for row in rows}["France"] == "1"


def test_column_headings_are_sort_links_that_reverse_on_a_second_click(client, values):
    page = main(client.get("/en/countries/compare/coverage/?region=africa"))
    headings = {text(th.a): th for th in page.select(".compare-table thead th") if th.a}

    assert headings["Value"].a["href"] == "?sort=value&region=africa"
    assert headings["Value"]["aria-sort"] == "descending"
    assert headings["Country"].a["href"] == "?sort=country&region=africa"
    assert not headings["Country"].has_attr("aria-sort")
    assert headings["Year"].a["href"] == "?sort=-year&region=africa"

    page = main(client.get("/en/countries/compare/coverage/?sort=country"))
    headings = {text(th.a): th for th in page.select(".compare-table thead th") if th.a}
    assert headings["Country"].a["href"] == "?sort=-country"
    assert headings["Country"]["aria-sort"] == "ascending"
    assert headings["Value"].a["href"] == "?sort=-value"


def test_region_filter(client, values):
    response = client.get("/en/countries/compare/coverage/?region=africa&sort=country")

    assert table(response) == [
        ["1", "Algeria", "45.5", "2019"],
        ["2", "Senegal", "19.8", "2021"],
    ]
    page = main(response)
    assert "2 countries in Africa" in text(page.select_one(".result-count"))
    selected = page.select_one("#compare-region option[selected]")
    assert selected["value"] == "africa"
    download = page.find("a", string="Download CSV")
    assert download["href"] == "/en/countries/compare/coverage.csv?sort=country&region=africa"


def test_unknown_region_is_ignored(client, values):
    rows = table(client.get("/en/countries/compare/coverage/?region=atlantis"))

    assert len(rows) == 5


def test_a_region_without_values_says_so(client, values):
    page = main(client.get("/en/countries/compare/coverage/?region=arab-states"))

    assert "No country in Arab States has a value for this indicator yet." in text(page)
    assert page.select_one(".compare-table") is None


def test_indicator_switch_form_works_without_javascript(client, values):
    page = main(client.get("/en/countries/compare/coverage/"))
    form = page.select_one("form.compare-filters")

    assert form["method"] == "get"
    assert form["action"] == "/en/countries/compare/"
    options = [option["value"] for option in form.select("#compare-indicator option")]
    assert options == list(Indicator.objects.values_list("code", flat=True))
    assert form.select_one("#compare-indicator option[selected]")["value"] == "coverage"
    assert form.find("button", type="submit")

    response = client.get("/en/countries/compare/?indicator=hdi&region=africa")
    assert response.status_code == 302
    assert response["Location"] == "/en/countries/compare/hdi/?region=africa"


def test_compare_without_an_indicator_goes_to_the_first(client, db):
    response = client.get("/fr/countries/compare/")

    assert response.status_code == 302
    assert response["Location"] == "/fr/countries/compare/population/"
    response = client.get("/fr/countries/compare/?indicator=nothing&region=mars")
    assert response["Location"] == "/fr/countries/compare/population/"


@pytest.mark.parametrize(
    "path", ["/en/countries/compare/nothing/", "/en/countries/compare/nothing.csv"]
)
def test_unknown_indicator_is_not_found(client, db, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_comparison_in_french(client, values):
    response = client.get("/fr/countries/compare/coverage/?sort=country")

    assert text(main(response).h1) == "Couverture"
    assert [row[1] for row in table(response)] == [
        "Algérie",
        "France",
        "Inde",
        "Pérou",
        "Sénégal",
    ]
    assert table(response)[0][2] == "45,5"


# --- CSV ------------------------------------------------------------------------------


def test_csv_has_every_ranked_country(client, values):
    response = client.get("/en/countries/compare/coverage.csv")

    assert 'filename="gess-coverage.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == [
        "rank",
        "country code",
        "country",
        "region",
        "year",
        "value",
        "unit",
        "source",
        "source address",
        "note",
        "demo data",
    ]
    assert rows[1:] == [
        ["1", "FR", "France", "Europe and Central Asia", "2020", "100", "% of the population"]
        + ["ILO World Social Protection Database", "", "", "no"],
        ["2", "DZ", "Algeria", "Africa", "2019", "45.5", "% of the population"]
        + ["ILO World Social Protection Database", "", "", "no"],
        ["2", "PE", "Peru", "Americas", "2022", "45.5", "% of the population"]
        + ["ILO World Social Protection Database", "", "Provisional", "yes"],
        ["4", "IN", "India", "Asia and the Pacific", "2021", "24.4", "% of the population"]
        + ["ILO World Social Protection Database", "", "", "no"],
        ["5", "SN", "Senegal", "Africa", "2021", "19.8", "% of the population"]
        + ["ILO WSPR", "https://wspr.example/sn", "", "no"],
    ]


def test_csv_keeps_the_sort_and_region(client, values):
    rows = read_csv(client.get("/en/countries/compare/coverage.csv?sort=-country&region=africa"))

    assert [(row[0], row[1]) for row in rows[1:]] == [("2", "SN"), ("1", "DZ")]


def test_csv_in_french(client, values):
    rows = read_csv(client.get("/fr/countries/compare/coverage.csv?sort=country"))

    assert [row[2] for row in rows[1:]] == ["Algérie", "France", "Inde", "Pérou", "Sénégal"]
    assert rows[1][6] == "% de la population"
    assert rows[1][5] == "45.5"  # numbers stay machine-readable


def test_csv_cells_cannot_run_as_formulas(client, coverage):
    IndicatorValueFactory(
        indicator=coverage,
        country="SN",
        value=Decimal("-3.25"),
        source="=cmd|' /C calc'!A0",
        source_url="https://example.org/=x",
        note="+1+1",
    )
    Indicator.objects.filter(pk=coverage.pk).update(unit="@unit")

    row = read_csv(client.get("/en/countries/compare/coverage.csv"))[1]

    assert row[5] == "-3.25"
    assert row[6] == "'@unit"
    assert row[7] == "'=cmd|' /C calc'!A0"
    assert row[8] == "https://example.org/=x"
    assert row[9] == "'+1+1"


# --- Query counts ---------------------------------------------------------------------

MANY = ["DZ", "AO", "BJ", "BW", "BF", "BR", "CL", "CO", "IN", "ID", "VN", "FR", "DE", "JO", "LB"]


@pytest.mark.parametrize(
    "path", ["/en/countries/compare/coverage/", "/en/countries/compare/coverage.csv"]
)
def test_queries_do_not_grow_with_countries(client, coverage, path):
    IndicatorValueFactory(indicator=coverage, country="SN", year=2020)
    make_profile("SN")
    client.get(path)
    with CaptureQueriesContext(connection) as one:
        assert client.get(path).status_code == 200

    for number, code in enumerate(MANY):
        for year in (2018, 2019, 2020):
            IndicatorValueFactory(indicator=coverage, country=code, year=year, value=number + year)
        make_profile(code)
    with CaptureQueriesContext(connection) as many:
        response = client.get(path)

    assert response.content.decode("utf-8").count("2020") >= len(MANY) + 1
    assert len(many.captured_queries) == len(one.captured_queries)
