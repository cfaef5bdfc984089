"""The list of schemes: words, every filter, sort, pages, what a row shows, who sees
what, query counts."""

import html
import re

import pytest

from schemes.models import Scheme
from schemes.search import SIZE_RANGES
from tests.factories import UserFactory
from tests.schemes.factories import NetworkFactory, SchemeFactory, SchemeYearFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

INDEX = "/en/schemes/"


def make(name: str, *, members: int | None = None, year: int = 2024, **fields) -> Scheme:
    """A published scheme; with ``members``, figures for ``year`` (4 beneficiaries each)."""
    scheme = SchemeFactory(name=name, **fields)
    if members is not None:
        SchemeYearFactory(scheme=scheme, year=year, members=members, beneficiaries=members * 4)
        scheme.refresh_from_db()
    return scheme


def listed(response) -> list[str]:
    """The names of the schemes on the page, in order."""
    return [scheme.name for scheme in response.context["page"].object_list]


def text(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


# --- Words ------------------------------------------------------------------------------


def test_words_are_looked_for_in_every_text_and_network_names(client):
    make("Named Mutuelle Kaolack")
    make("Acronym", acronym="MUSAKA")
    make("Locality", locality="Ziguinchor")
    make("Promoter", promoter="Caritas Dakar")
    make("Support", support_organisations="GIZ\nWorld Solidarity")
    make("Target", target_population="Fishermen of the Petite-Côte")
    make("Benefits", benefits_package="Caesarean sections and antenatal visits")
    make("In a network", networks=[NetworkFactory(name="Union technique de la Mutualité")])
    make("In a network by acronym", networks=[NetworkFactory(name="Other", acronym="ACYM")])
    for word, expected in [
        ("kaolack", ["Named Mutuelle Kaolack"]),
        ("musaka", ["Acronym"]),
        ("Ziguinchor", ["Locality"]),
        ("caritas", ["Promoter"]),
        ("solidarity", ["Support"]),
        ("fishermen", ["Target"]),
        ("antenatal", ["Benefits"]),
        ("technique", ["In a network"]),
        ("acym", ["In a network by acronym"]),
    ]:
        assert listed(client.get(INDEX, {"q": word})) == expected, word


def test_french_accents_are_found_as_written(client):
    # (The factory's locality and promoter name Thiès: these say otherwise.)
    make("Mutuelle de santé de Thiès", locality="Thiès", promoter="")
    make("Mutuelle de Mbour", locality="Mbour", promoter="")
    make(
        "Mutuelle de la Mutualité",
        locality="Kaolack",
        promoter="",
        networks=[NetworkFactory(name="Mutualité sénégalaise")],
    )
    assert listed(client.get(INDEX, {"q": "Thiès"})) == ["Mutuelle de santé de Thiès"]
    assert listed(client.get(INDEX, {"q": "santé thiès"})) == ["Mutuelle de santé de Thiès"]
    assert listed(client.get(INDEX, {"q": "sénégalaise"})) == ["Mutuelle de la Mutualité"]


def test_every_word_must_match_and_a_network_name_counts_once(client):
    network = NetworkFactory(name="Concertation des mutuelles")
    make("Both", promoter="Caritas", networks=[network, NetworkFactory(name="Concertation 2")])
    make("Only Caritas", promoter="Caritas")
    make("Only the network", networks=[network])
    response = client.get(INDEX, {"q": "caritas concertation"})
    assert listed(response) == ["Both"]
    assert "1 scheme ·" in text(response)


def test_punctuation_alone_finds_everything_as_no_words(client):
    make("A")
    make("B")
    assert listed(client.get(INDEX, {"q": "!!! ..."})) == ["A", "B"]


# --- Filters ----------------------------------------------------------------------------


def test_country_filter_offers_countries_with_published_schemes(client):
    make("Senegal scheme", country="SN")
    make("Peru scheme", country="PE")
    make("Pending in Mali", country="ML", status=Scheme.Status.PENDING)
    response = client.get(INDEX, {"country": "sn"})
    assert listed(response) == ["Senegal scheme"]
    page = response.content.decode()
    assert '<option value="SN" selected>Senegal</option>' in page
    assert '<option value="PE">Peru</option>' in page
    assert '<option value="ML"' not in page  # nothing published there


def test_country_without_schemes_stays_selected_with_no_result(client):
    make("Senegal scheme", country="SN")
    response = client.get(INDEX, {"country": "BF"})
    assert listed(response) == []
    assert '<option value="BF" selected>Burkina Faso</option>' in response.content.decode()
    assert "No scheme matches this search." in text(response)


def test_region_filter(client):
    make("Senegal", country="SN")
    make("Rwanda", country="RW")
    make("India", country="IN")
    make("Peru", country="PE")
    assert listed(client.get(INDEX, {"region": "africa"})) == ["Rwanda", "Senegal"]
    assert listed(client.get(INDEX, {"region": "asia-pacific"})) == ["India"]


def test_type_filter(client):
    make("Mutual")
    make("Coop", scheme_type=Scheme.Type.COOPERATIVE)
    assert listed(client.get(INDEX, {"type": "cooperative"})) == ["Coop"]


def test_risk_filter_lists_a_scheme_once(client):
    make("Maternity and funeral", risks=["maternity", "funeral"])
    make("Funeral only", risks=["funeral"])
    make("Crops", risks=["crop"])
    assert listed(client.get(INDEX, {"risk": "funeral"})) == [
        "Funeral only",
        "Maternity and funeral",
    ]
    assert listed(client.get(INDEX, {"risk": "maternity"})) == ["Maternity and funeral"]


def test_network_filter(client):
    utm = NetworkFactory(name="Union technique de la Mutualité malienne", acronym="UTM")
    amin = NetworkFactory(name="Asian Microinsurance Network", acronym="AMIN")
    make("Malian", networks=[utm])
    make("Both", networks=[utm, amin])
    make("None")
    assert listed(client.get(INDEX, {"network": utm.pk})) == ["Both", "Malian"]
    response = client.get(INDEX, {"network": amin.pk})
    assert listed(response) == ["Both"]
    assert f'<option value="{amin.pk}" selected>Asian Microinsurance Network (AMIN)</option>' in (
        response.content.decode()
    )


def test_size_ranges_at_their_boundaries(client):
    for members in (999, 1000, 9999, 10000, 99999, 100000):
        make(f"Size {members}", members=members)
    make("No figures")
    assert listed(client.get(INDEX, {"size": "small"})) == ["Size 999"]
    assert listed(client.get(INDEX, {"size": "medium"})) == ["Size 1000", "Size 9999"]
    assert listed(client.get(INDEX, {"size": "large"})) == ["Size 10000", "Size 99999"]
    assert listed(client.get(INDEX, {"size": "very-large"})) == ["Size 100000"]
    assert set(SIZE_RANGES) == {"small", "medium", "large", "very-large"}


def test_size_reads_the_latest_year(client):
    scheme = make("Grew", members=800, year=2022)
    SchemeYearFactory(scheme=scheme, year=2024, members=1500, beneficiaries=6000)
    assert listed(client.get(INDEX, {"size": "small"})) == []
    assert listed(client.get(INDEX, {"size": "medium"})) == ["Grew"]


def test_year_filter_finds_schemes_that_reported_that_year(client):
    scheme = make("Reported 2022 and 2024", members=100, year=2022)
    SchemeYearFactory(scheme=scheme, year=2024, members=120, beneficiaries=480)
    make("Reported 2024", members=50, year=2024)
    make("Never reported")
    assert listed(client.get(INDEX, {"year": "2022"})) == ["Reported 2022 and 2024"]
    response = client.get(INDEX, {"year": "2024"})
    assert listed(response) == ["Reported 2022 and 2024", "Reported 2024"]
    page = response.content.decode()
    assert '<option value="2024" selected>2024</option>' in page
    assert '<option value="2022">2022</option>' in page


def test_started_range(client):
    make("Old", year_started=1995)
    make("Middle", year_started=2005)
    make("Recent", year_started=2019)
    make("Unknown", year_started=None)
    assert listed(client.get(INDEX, {"started_from": "2000", "started_to": "2010"})) == ["Middle"]
    assert listed(client.get(INDEX, {"started_from": "2005"})) == ["Middle", "Recent"]


def test_filters_combine(client):
    make("Match", country="SN", scheme_type=Scheme.Type.COMMUNITY, risks=["maternity"])
    make("Wrong country", country="ML", scheme_type=Scheme.Type.COMMUNITY, risks=["maternity"])
    make("Wrong type", country="SN", risks=["maternity"])
    make("Wrong risk", country="SN", scheme_type=Scheme.Type.COMMUNITY, risks=["crop"])
    query = {"country": "SN", "type": "community", "risk": "maternity"}
    assert listed(client.get(INDEX, query)) == ["Match"]


def test_nonsense_values_are_ignored_not_errors(client):
    make("A")
    make("B")
    response = client.get(
        INDEX,
        {
            "country": "XX1",
            "region": "atlantis",
            "type": "pirate",
            "risk": "no-such-risk",
            "network": "abc",
            "size": "huge",
            "year": "1800",
            "started_from": "soon",
            "sort": "price",
            "page": "-3",
        },
    )
    assert listed(response) == ["A", "B"]
    assert response.context["filters"] == {}
    assert "errorlist" not in response.content.decode()


# --- Sorting -----------------------------------------------------------------------------


def test_largest_first_puts_schemes_without_figures_last(client):
    make("Small", members=500)
    make("Big", members=50_000)
    make("Unknown")
    make("Middle", members=5_000)
    assert listed(client.get(INDEX, {"sort": "-members"})) == ["Big", "Middle", "Small", "Unknown"]
    assert listed(client.get(INDEX, {"sort": "members"})) == ["Small", "Middle", "Big", "Unknown"]


def test_sort_by_country_name_year_started_and_update(client):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    make("Zeta", country="BJ", year_started=2010, updated=now - timedelta(days=3))
    make("Alpha", country="SN", year_started=None, updated=now)
    make("Mid", country="DE", year_started=1998, updated=now - timedelta(days=1))
    assert listed(client.get(INDEX)) == ["Alpha", "Mid", "Zeta"]
    # Benin, Germany, Senegal in English; Allemagne, Bénin, Sénégal in French.
    assert listed(client.get(INDEX, {"sort": "country"})) == ["Zeta", "Mid", "Alpha"]
    assert listed(client.get("/fr/schemes/", {"sort": "country"})) == ["Mid", "Zeta", "Alpha"]
    assert listed(client.get(INDEX, {"sort": "-year_started"})) == ["Zeta", "Mid", "Alpha"]
    assert listed(client.get(INDEX, {"sort": "year_started"})) == ["Mid", "Zeta", "Alpha"]
    assert listed(client.get(INDEX, {"sort": "-updated"})) == ["Alpha", "Mid", "Zeta"]


def test_column_headings_are_sort_links_keeping_the_filters(client):
    make("A", country="SN", members=10)
    page = client.get(INDEX, {"country": "SN", "sort": "-members"}).content.decode()
    # The current column says how it is sorted; its link reverses the order.
    assert (
        '<th scope="col" class="num" aria-sort="descending">'
        '<a href="?country=SN&amp;sort=members">Latest figures</a>'
    ) in page
    assert "(sorted, descending)" in page
    assert '<th scope="col"><a href="?country=SN&amp;sort=name">Scheme</a>' in page
    assert '<a href="?country=SN&amp;sort=country">Country</a>' in page
    assert '<a href="?country=SN&amp;sort=-year_started">Started</a>' in page
    page = client.get(INDEX, {"country": "SN", "sort": "members"}).content.decode()
    assert 'aria-sort="ascending"><a href="?country=SN&amp;sort=-members">' in page
    page = client.get(INDEX).content.decode()
    assert '<th scope="col" aria-sort="ascending"><a href="?sort=name">Scheme</a>' in page


# --- Pages, rows, links --------------------------------------------------------------------


def test_pages_keep_the_filters(client):
    for n in range(25):
        make(f"Scheme {n:02d}", country="SN", risks=["maternity"])
    make("Elsewhere", country="PE", risks=["maternity"])
    response = client.get(INDEX, {"country": "SN", "risk": "maternity", "sort": "name"})
    assert len(listed(response)) == 20
    assert "25 schemes" in text(response)
    page = response.content.decode()
    assert 'href="?country=SN&amp;risk=maternity&amp;sort=name&amp;page=2"' in page
    second = client.get(INDEX, {"country": "SN", "risk": "maternity", "sort": "name", "page": 2})
    assert listed(second) == [f"Scheme {n}" for n in range(20, 25)]
    assert "Page 2 of 2" in text(second)


def test_a_row_shows_what_the_scheme_is_and_its_latest_figures(client):
    scheme = make(
        "Mutuelle de santé de Ndondol",
        acronym="MSN",
        country="SN",
        locality="Ndondol",
        risks=["primary-care", "maternity"],
        year_started=1998,
        members=12_400,
    )
    make("No figures yet")
    response = client.get(INDEX)
    page = response.content.decode()
    assert f'<a href="/en/schemes/{scheme.pk}/">Mutuelle de santé de Ndondol</a> (MSN)' in page
    words = text(response)
    for expected in (
        "2 schemes",
        "Senegal Ndondol",
        "Health mutual (mutuelle)",
        "Primary care, Maternity",
        "12,400 members in 2024",
        "49,600 beneficiaries",
        "1998",
        "No figures reported",
    ):
        assert expected in words, expected


def test_figures_and_risks_in_french(client):
    make("Mutuelle", risks=["maternity", "funeral"], members=1_234)
    words = text(client.get("/fr/schemes/"))
    assert "Maternité, Frais funéraires" in words
    assert "2024" in words and "234" in words


def test_links_to_the_csv_figures_countries_and_proposal(client):
    make("A", country="SN")
    page = client.get(INDEX, {"country": "sn", "type": "mutual"}).content.decode()
    assert '<a href="/en/schemes/export.csv?country=SN&amp;type=mutual" download>' in page
    assert "Download these results (CSV)" in page
    assert '<a href="/en/schemes/new/">Propose a scheme</a>' in page
    assert '<a href="/en/schemes/figures/">In figures</a>' in page
    assert '<a href="/en/schemes/countries/">By country</a>' in page


def test_empty_database_says_so(client):
    assert "No scheme is listed yet." in text(client.get(INDEX))


# --- Who sees what ----------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "member", "manager", "editor"])
def test_pending_and_refused_schemes_are_never_listed(client, role, editor):
    manager = UserFactory(email="manager@example.org")
    make("Published Mutuelle")
    make("Pending Mutuelle", status=Scheme.Status.PENDING, managers=[manager])
    make("Refused Mutuelle", status=Scheme.Status.REJECTED, managers=[manager])
    users = {"member": UserFactory(), "manager": manager, "editor": editor}
    if role in users:
        client.force_login(users[role])
    response = client.get(INDEX, {"q": "mutuelle"})
    assert listed(response) == ["Published Mutuelle"]
    assert "Pending Mutuelle" not in response.content.decode()
    assert "Refused Mutuelle" not in response.content.decode()


def test_a_manager_of_two_published_schemes_sees_each_once(client):
    manager, co_manager = UserFactory(), UserFactory()
    make("Shared", managers=[manager, co_manager], members=5_000)
    make("Other", members=50)
    client.force_login(manager)
    response = client.get(INDEX, {"sort": "-members"})
    assert listed(response) == ["Shared", "Other"]
    assert "2 schemes" in text(response)


# --- Queries ----------------------------------------------------------------------------


def _index_queries(client, django_assert_num_queries, count: int) -> None:
    network = NetworkFactory(name="Union")
    for n in range(count):
        make(f"Scheme {n}", risks=["maternity", "funeral"], networks=[network], members=10 + n)
    client.get(INDEX)  # warm the caches (Wagtail site, translations)
    # The form's countries, years, risks and networks; the risk asked; the count, the
    # page and its risks; the request's savepoint and its release.
    with django_assert_num_queries(10):
        response = client.get(INDEX, {"risk": "maternity", "sort": "-members", "year": "2024"})
    assert len(listed(response)) == count


def test_queries_with_one_scheme(client, django_assert_num_queries):
    _index_queries(client, django_assert_num_queries, 1)


def test_queries_with_fifteen_schemes(client, django_assert_num_queries):
    _index_queries(client, django_assert_num_queries, 15)
