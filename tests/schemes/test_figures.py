"""The "in figures" page and its CSV files, against the hand-computed data set of test_stats."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from schemes.models import Risk, Scheme
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory, SchemeYearFactory

from .test_stats import EXPECTED, EXPECTED_YEARS, build_known_schemes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

URL = "/en/schemes/figures/"


@pytest.fixture
def known_schemes():
    build_known_schemes()


def text(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def page_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser").find("main")


def table_rows(section) -> list[list[str]]:
    return [
        [text(cell) for cell in row.find_all(["th", "td"])]
        for row in section.find("table").find("tbody").find_all("tr")
    ]


def grouped(number: int) -> str:
    return f"{number:,}"


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


# --- The page ----------------------------------------------------------------------------


def test_page_sums_up_the_published_schemes(client, known_schemes):
    page = page_of(client.get(URL))

    assert text(page.select_one(".figures-summary")) == (
        "7 published schemes in 5 countries; 5 reported figures for 2024: "
        "124,700 members, 475,800 beneficiaries."
    )
    cards = [text(card) for card in page.select(".figures-totals li")]
    assert cards == [
        "Published schemes 7",
        "Countries 5",
        "Schemes reporting for 2024 5",
        "Members in 2024 124,700",
        "Beneficiaries in 2024 475,800",
    ]


@pytest.mark.parametrize("table", ["country", "region", "type", "risk"])
def test_each_table_shows_the_hand_computed_figures(client, known_schemes, table):
    section = page_of(client.get(URL)).find(id=f"figures-{table}")

    assert table_rows(section) == [
        [label, *(grouped(n) for n in numbers)] for _key, label, *numbers in EXPECTED[table]
    ]
    headings = [text(th) for th in section.select("thead th")]
    assert headings[1:] == ["Schemes", "Reporting", "Members", "Beneficiaries"]
    assert text(section.find("caption")) == (
        "Published schemes, and the members and beneficiaries of those that reported "
        "figures for 2024."
    )
    assert all(th.get("scope") == "col" for th in section.select("thead th"))
    assert all(th.get("scope") == "row" for th in section.select("tbody th"))
    link = section.find("a", string="Download this table (CSV)")
    assert link["href"] == f"/en/schemes/figures/{table}.csv?year=2024"


def test_charts_draw_members_of_those_who_reported(client, known_schemes):
    page = page_of(client.get(URL))

    country_chart = page.find(id="figures-country").find("svg")
    assert text(country_chart.find("title")) == "Members in 2024, by country"
    bars = [text(bar.find("title")) for bar in country_chart.select(".chart-bar")]
    # Peru reported nothing for 2024: no bar, but a row in the table.
    assert bars == ["Rwanda: 100,000", "India: 20,000", "Senegal: 4,200", "Mali: 500"]
    year_chart = page.find(id="figures-year").find("svg")
    assert text(year_chart.find("title")) == "Members, year by year"
    assert [text(point) for point in year_chart.select("circle title")] == [
        "2022: 300",
        "2023: 91,800",
        "2024: 124,700",
    ]


def test_risk_table_says_a_scheme_counts_under_each_risk(client, known_schemes):
    section = page_of(client.get(URL)).find(id="figures-risk")

    assert "counts in each of them" in text(section.select_one(".figures-note"))


def test_year_table_is_the_time_series(client, known_schemes):
    section = page_of(client.get(URL)).find(id="figures-year")

    assert table_rows(section) == [
        [str(year), *(grouped(n) for n in numbers)] for year, *numbers in EXPECTED_YEARS
    ]
    link = section.find("a", string="Download this table (CSV)")
    assert link["href"] == "/en/schemes/figures/year.csv"


def test_page_explains_the_figures(client, known_schemes):
    about = text(page_of(client.get(URL)).select_one(".figures-about"))

    assert "beneficiaries are the members and the dependants" in about
    assert "report them in the permanent inventory" in about
    assert "invented when the demo data are loaded" in about


def test_year_selector_works_without_javascript(client, known_schemes):
    page = page_of(client.get(URL, {"year": "2023"}))

    form = page.select_one("form.figures-filters")
    assert form["method"] == "get"
    assert form["action"] == URL
    options = [(option["value"], option.has_attr("selected")) for option in form.select("option")]
    assert options == [("2024", False), ("2023", True), ("2022", False)]
    assert text(page.select_one(".figures-summary")) == (
        "7 published schemes in 5 countries; 3 reported figures for 2023: "
        "91,800 members, 356,400 beneficiaries."
    )
    assert table_rows(page.find(id="figures-country"))[0] == [
        "Rwanda",
        "1",
        "1",
        "90,000",
        "350,000",
    ]


@pytest.mark.parametrize("year", ["2025", "1850", "next", "99999999999999999999"])
def test_a_bad_year_shows_the_latest_without_error(client, known_schemes, year):
    page = page_of(client.get(URL, {"year": year}))

    assert "5 reported figures for 2024" in text(page.select_one(".figures-summary"))
    assert page.select_one("option[selected]")["value"] == "2024"


def test_editors_and_managers_see_the_same_public_figures(client, known_schemes, editor):
    pending = Scheme.objects.get(status=Scheme.Status.PENDING)
    for viewer in (None, editor, UserFactory()):
        if viewer is not None:
            pending.managers.add(viewer)
            client.force_login(viewer)
        summary = text(page_of(client.get(URL)).select_one(".figures-summary"))
        assert summary.startswith("7 published schemes in 5 countries; 5 reported")


def test_french_page_names_countries_in_french(client, known_schemes):
    page = page_of(client.get("/fr/schemes/figures/"))

    labels = [row[0] for row in table_rows(page.find(id="figures-country"))]
    assert "Sénégal" in labels
    assert "Inde" in labels
    assert table_rows(page.find(id="figures-region"))[0][0] == "Afrique"
    assert table_rows(page.find(id="figures-risk"))[0][0] == "Soins de santé primaires"
    # Numbers grouped the French way: a (non-breaking) space, not a comma.
    assert table_rows(page.find(id="figures-country"))[0][3] == "100 000"


def test_a_risk_named_like_a_script_is_escaped(client):
    evil = Risk.objects.create(slug="evil", name="<script>alert('x')</script>", sort_order=0)
    SchemeYearFactory(scheme=SchemeFactory(risks=[evil]), members=10, beneficiaries=20)

    response = client.get(URL)

    assert b"<script>alert" not in response.content
    section = page_of(response).find(id="figures-risk")
    assert table_rows(section)[0][0] == "<script>alert('x')</script>"
    bar = section.find("svg").select_one(".chart-bar title")
    assert text(bar) == "<script>alert('x')</script>: 10"


def test_empty_database_says_so(client):
    page = page_of(client.get(URL))

    assert text(page.select_one(".figures-summary")) == "No scheme is published yet."
    assert page.select_one("form.figures-filters") is None
    assert "No scheme has reported figures yet." in text(page.find(id="figures-year"))
    assert page.find("svg") is None


def test_page_costs_the_same_queries_for_one_or_many_schemes(client, django_assert_num_queries):
    SchemeYearFactory(scheme=SchemeFactory(risks=["primary-care"]), year=2024)
    client.get(URL)  # warm the site caches
    # The years, then one query per table, within the request's savepoint.
    with django_assert_num_queries(6) as one:
        page_of(client.get(URL))
    countries = ["SN", "ML", "RW", "IN", "PE", "BF", "CI", "GH"]
    for number in range(19):
        scheme = SchemeFactory(
            country=countries[number % len(countries)],
            scheme_type=Scheme.Type.values[number % len(Scheme.Type.values)],
            risks=["primary-care", "maternity", "funeral"][: 1 + number % 3],
        )
        for year in (2023, 2024):
            SchemeYearFactory(scheme=scheme, year=year, members=number + 1)
    with django_assert_num_queries(len(one.captured_queries)):
        page = page_of(client.get(URL))
    assert text(page.select_one(".figures-summary")).startswith("20 published schemes in 8")


# --- CSV ---------------------------------------------------------------------------------


@pytest.mark.parametrize("table", ["country", "region", "type", "risk"])
def test_csv_rows_equal_the_hand_computed_figures(client, known_schemes, table):
    response = client.get(f"/en/schemes/figures/{table}.csv")

    assert f'filename="schemes-by-{table}-2024.csv"' in response["Content-Disposition"]
    assert read_csv(response) == [
        ["key", "label", "schemes", "schemes reporting", "members", "beneficiaries"],
        *([str(cell) for cell in row] for row in EXPECTED[table]),
    ]


def test_year_csv_is_the_time_series(client, known_schemes):
    response = client.get("/en/schemes/figures/year.csv")

    assert 'filename="schemes-by-year.csv"' in response["Content-Disposition"]
    assert read_csv(response) == [
        ["year", "schemes reporting", "members", "beneficiaries"],
        *([str(cell) for cell in row] for row in EXPECTED_YEARS),
    ]


def test_csv_follows_the_chosen_year_and_falls_back_on_a_bad_one(client, known_schemes):
    chosen = client.get("/en/schemes/figures/country.csv", {"year": "2023"})
    bad = client.get("/en/schemes/figures/country.csv", {"year": "1066"})

    assert 'filename="schemes-by-country-2023.csv"' in chosen["Content-Disposition"]
    assert read_csv(chosen)[1] == ["RW", "Rwanda", "1", "1", "90000", "350000"]
    assert 'filename="schemes-by-country-2024.csv"' in bad["Content-Disposition"]
    assert read_csv(bad)[1] == ["RW", "Rwanda", "1", "1", "100000", "400000"]


def test_csv_in_french_keeps_numbers_machine_readable(client, known_schemes):
    rows = read_csv(client.get("/fr/schemes/figures/country.csv"))

    assert ["SN", "Sénégal", "2", "2", "4200", "13800"] in rows


def test_csv_cells_cannot_run_as_formulas(client):
    formula = Risk.objects.create(slug="formula", name='=HYPERLINK("http://evil.example")')
    SchemeYearFactory(scheme=SchemeFactory(risks=[formula]), members=10, beneficiaries=20)

    rows = read_csv(client.get("/en/schemes/figures/risk.csv"))

    assert rows[1] == ["formula", '\'=HYPERLINK("http://evil.example")', "1", "1", "10", "20"]


def test_unknown_table_is_not_found(client, known_schemes):
    response = client.get("/en/schemes/figures/network.csv")

    assert response.status_code == 404
    assert "text/csv" not in response["Content-Type"]


def test_csv_costs_two_queries_whatever_the_data(client, known_schemes, django_assert_num_queries):
    client.get("/en/schemes/figures/type.csv")  # warm the site caches
    with django_assert_num_queries(4):  # a savepoint around the years, then the table
        read_csv(client.get("/en/schemes/figures/type.csv"))
