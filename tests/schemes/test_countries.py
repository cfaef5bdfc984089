"""Schemes country by country: the map and the tables by region."""

import re

import pytest
from bs4 import BeautifulSoup

from schemes.models import Scheme
from tests.countryprofiles.test_map import map_links
from tests.schemes.test_search import make, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

COUNTRIES = "/en/schemes/countries/"


def tables(response) -> dict[str, list[list[str]]]:
    """Each region's table by its heading: rows of cell texts, the total row last."""
    page = BeautifulSoup(response.content, "html.parser")
    found = {}
    for section in page.select("section"):
        if section.find("table") is None:
            continue
        rows = section.find("table").select("tbody tr, tfoot tr")
        found[section.h2.get_text()] = [
            [" ".join(cell.get_text().split()) for cell in row.find_all(["th", "td"])]
            for row in rows
        ]
    return found


@pytest.fixture
def schemes():
    make("Dakar", country="SN", members=1_000)
    make("Thiès", country="SN", members=2_500)
    make("Not reported", country="SN")
    make("Kigali", country="RW", members=100_000)
    make("Pune", country="IN", members=21_000)
    make("Praia", country="CV", members=300)
    make("Waiting", country="SN", members=50_000, status=Scheme.Status.PENDING)
    make("Refused", country="PE", members=70_000, status=Scheme.Status.REJECTED)


def test_tables_by_region_with_totals_of_the_latest_figures(client, schemes):
    response = client.get(COUNTRIES)
    assert tables(response) == {
        "Africa": [
            ["Cabo Verde", "1", "300", "1,200"],
            ["Rwanda", "1", "100,000", "400,000"],
            ["Senegal", "3", "3,500", "14,000"],
            ["Total", "5", "103,800", "415,200"],
        ],
        "Asia and the Pacific": [["India", "1", "21,000", "84,000"]],
    }
    assert "6 published schemes in 3 countries." not in text(response)
    assert "6 published schemes in 4 countries." in text(response)
    page = response.content.decode()
    assert '<a href="/en/schemes/?country=SN">Senegal</a>' in page
    assert "Peru" not in page  # only a refused scheme there


def test_the_map_links_each_country_with_schemes_to_its_list(client, schemes):
    links = map_links(client.get(COUNTRIES).content.decode())
    assert links == [
        {"href": "/en/schemes/?country=CV", "label": "Cabo Verde", "shape": "circle"},
        {"href": "/en/schemes/?country=IN", "label": "India", "shape": "path"},
        {"href": "/en/schemes/?country=RW", "label": "Rwanda", "shape": "path"},
        {"href": "/en/schemes/?country=SN", "label": "Senegal", "shape": "path"},
    ]


def test_names_and_numbers_in_french(client, schemes):
    response = client.get("/fr/schemes/countries/")
    africa = tables(response)["Afrique"]
    assert [row[0] for row in africa] == ["Cap-Vert", "Rwanda", "Sénégal", "Total"]
    assert re.fullmatch(r"100\s000", africa[1][2])  # grouped the French way, not "100,000"
    assert '<a href="/fr/schemes/?country=SN">Sénégal</a>' in response.content.decode()


def test_a_country_in_no_region_comes_last(client):
    make("Antarctic", country="AQ")
    make("Dakar", country="SN")
    assert list(tables(client.get(COUNTRIES))) == ["Africa", "Other countries and territories"]


def test_no_scheme_yet(client):
    assert "No scheme is published yet." in text(client.get(COUNTRIES))


def test_queries_do_not_grow_with_countries(client, django_assert_num_queries):
    make("Dakar", country="SN", members=10)
    client.get(COUNTRIES)
    with django_assert_num_queries(3) as one:  # the totals, in the request's savepoint
        client.get(COUNTRIES)
    for code in ("RW", "IN", "PE", "BR", "BF", "ML", "CV"):
        make(f"Scheme in {code}", country=code, members=100)
    with django_assert_num_queries(len(one)):
        response = client.get(COUNTRIES)
    assert len(map_links(response.content.decode())) == 8
