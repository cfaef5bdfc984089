"""The figures of the scheme database, against a data set whose sums are worked out by hand.

``known_schemes`` builds seven published schemes in five countries (one that
reported only for 2023, one that never reported and covers no risk), plus a
pending and a rejected scheme whose figures must never count. ``EXPECTED``
holds every table for 2024 (the default year) computed by hand; the page and
CSV tests (test_figures.py) check against the same numbers.
"""

import pytest
from django.utils import translation

from schemes import stats
from schemes.models import Scheme
from tests.schemes.factories import SchemeFactory, SchemeYearFactory

pytestmark = pytest.mark.django_db


def _scheme(country, scheme_type, risks, years, status=Scheme.Status.PUBLISHED):
    scheme = SchemeFactory(country=country, scheme_type=scheme_type, risks=risks, status=status)
    for year, members, beneficiaries in years:
        SchemeYearFactory(scheme=scheme, year=year, members=members, beneficiaries=beneficiaries)
    return scheme


T = Scheme.Type
PUBLISHED, PENDING, REJECTED = (
    Scheme.Status.PUBLISHED,
    Scheme.Status.PENDING,
    Scheme.Status.REJECTED,
)
# (country, type, risks, [(year, members, beneficiaries)…], status)
KNOWN_SCHEMES = [
    (
        "SN",
        T.HEALTH_MUTUAL,
        ["primary-care", "maternity"],
        [(2023, 1000, 4000), (2024, 1200, 4800)],
        PUBLISHED,
    ),
    ("SN", T.COMMUNITY, ["primary-care", "hospitalisation"], [(2024, 3000, 9000)], PUBLISHED),
    ("ML", T.HEALTH_MUTUAL, ["primary-care"], [(2022, 300, 1000), (2024, 500, 2000)], PUBLISHED),
    (
        "RW",
        T.PUBLIC,
        ["primary-care", "hospitalisation", "medicines"],
        [(2023, 90000, 350000), (2024, 100000, 400000)],
        PUBLISHED,
    ),
    ("IN", T.MICROFINANCE, ["life", "funeral"], [(2024, 20000, 60000)], PUBLISHED),
    ("PE", T.COOPERATIVE, ["maternity"], [(2023, 800, 2400)], PUBLISHED),  # none for 2024
    ("ML", T.HEALTH_MUTUAL, [], [], PUBLISHED),  # never reported, no risk
    # Not public: must count nowhere, not even to choose the default year.
    ("SN", T.HEALTH_MUTUAL, ["primary-care"], [(2024, 50000, 50000), (2025, 1, 1)], PENDING),
    ("IN", T.NGO, ["life"], [(2024, 70000, 70000), (2025, 9, 9)], REJECTED),
]


def build_known_schemes() -> None:
    for country, scheme_type, risks, years, status in KNOWN_SCHEMES:
        _scheme(country, scheme_type, risks, years, status)


@pytest.fixture
def known_schemes():
    build_known_schemes()


# (key, label, schemes, reporting, members, beneficiaries), as the page orders them.
EXPECTED = {
    "country": [
        ("RW", "Rwanda", 1, 1, 100000, 400000),
        ("IN", "India", 1, 1, 20000, 60000),
        ("SN", "Senegal", 2, 2, 4200, 13800),
        ("ML", "Mali", 2, 1, 500, 2000),
        ("PE", "Peru", 1, 0, 0, 0),
    ],
    "region": [
        ("africa", "Africa", 5, 4, 104700, 415800),
        ("asia-pacific", "Asia and the Pacific", 1, 1, 20000, 60000),
        ("americas", "Americas", 1, 0, 0, 0),
    ],
    "type": [
        ("public", "Public scheme", 1, 1, 100000, 400000),
        ("microfinance", "Microfinance-linked scheme", 1, 1, 20000, 60000),
        ("community", "Community-based scheme", 1, 1, 3000, 9000),
        ("mutual", "Health mutual (mutuelle)", 3, 2, 1700, 6800),
        ("cooperative", "Cooperative", 1, 0, 0, 0),
    ],
    # In the taxonomy's order; a scheme counts under each risk it covers.
    "risk": [
        ("primary-care", "Primary care", 4, 4, 104700, 415800),
        ("hospitalisation", "Hospitalisation", 2, 2, 103000, 409000),
        ("maternity", "Maternity", 2, 1, 1200, 4800),
        ("medicines", "Medicines", 1, 1, 100000, 400000),
        ("life", "Life", 1, 1, 20000, 60000),
        ("funeral", "Funeral", 1, 1, 20000, 60000),
    ],
}
EXPECTED_YEARS = [(2022, 1, 300, 1000), (2023, 3, 91800, 356400), (2024, 5, 124700, 475800)]
EXPECTED_TOTALS = stats.Totals(
    schemes=7, countries=5, reporting=5, members=124700, beneficiaries=475800
)


def as_tuples(rows):
    return [
        (row.key, row.label, row.schemes, row.reporting, row.members, row.beneficiaries)
        for row in rows
    ]


def test_default_year_is_the_latest_a_published_scheme_reported(known_schemes):
    figures = stats.figures(None)

    assert figures.year == 2024  # 2025 only from the pending and the refused scheme
    assert figures.years == [2022, 2023, 2024]


@pytest.mark.parametrize("table", stats.GROUPED_TABLES)
def test_every_table_matches_the_hand_computed_figures(known_schemes, table):
    assert as_tuples(stats.figures(None).tables[table]) == EXPECTED[table]


def test_totals_and_time_series(known_schemes):
    figures = stats.figures("2024")

    assert figures.totals == EXPECTED_TOTALS
    assert [
        (row.year, row.reporting, row.members, row.beneficiaries) for row in figures.by_year
    ] == EXPECTED_YEARS


def test_another_year_changes_who_reported_not_how_many_schemes(known_schemes):
    figures = stats.figures("2023")

    assert figures.year == 2023
    assert as_tuples(figures.tables["country"]) == [
        ("RW", "Rwanda", 1, 1, 90000, 350000),
        ("SN", "Senegal", 2, 1, 1000, 4000),
        ("PE", "Peru", 1, 1, 800, 2400),
        ("IN", "India", 1, 0, 0, 0),  # zero members: by name
        ("ML", "Mali", 2, 0, 0, 0),
    ]
    assert figures.totals == stats.Totals(
        schemes=7, countries=5, reporting=3, members=91800, beneficiaries=356400
    )


@pytest.mark.parametrize("requested", ["2025", "1899", "abc", "", "2024.5", " 2023 ", None])
def test_a_year_without_published_figures_or_a_bad_value_falls_back(known_schemes, requested):
    expected = 2023 if requested == " 2023 " else 2024
    assert stats.figures(requested).year == expected


def test_labels_follow_the_active_language(known_schemes):
    with translation.override("fr"):
        figures = stats.figures(None)

    assert "Sénégal" in [row.label for row in figures.tables["country"]]
    assert figures.tables["region"][0].label == "Afrique"
    assert figures.tables["risk"][0].label == "Soins de santé primaires"


def test_nothing_published_yet():
    SchemeFactory(status=Scheme.Status.PENDING)
    figures = stats.figures("2024")

    assert figures.year is None
    assert figures.by_year == []
    assert all(rows == [] for rows in figures.tables.values())
    assert figures.totals == stats.Totals(0, 0, 0, 0, 0)


def test_csv_rows_for_a_grouped_table_and_the_year_table(known_schemes):
    figures = stats.figures(None)

    assert stats.csv_rows("region", figures) == [
        ["key", "label", "schemes", "schemes reporting", "members", "beneficiaries"],
        ["africa", "Africa", "5", "4", "104700", "415800"],
        ["asia-pacific", "Asia and the Pacific", "1", "1", "20000", "60000"],
        ["americas", "Americas", "1", "0", "0", "0"],
    ]
    assert stats.csv_rows("year", figures) == [
        ["year", "schemes reporting", "members", "beneficiaries"],
        ["2022", "1", "300", "1000"],
        ["2023", "3", "91800", "356400"],
        ["2024", "5", "124700", "475800"],
    ]


def test_each_table_is_one_query_after_the_years(known_schemes, django_assert_num_queries):
    with django_assert_num_queries(2):  # the years, then country (region comes with it)
        stats.figures(None, tables=["region"])
    with django_assert_num_queries(4):  # years, country, type, risk
        stats.figures(None)


def test_countries_outside_the_ilo_regions_are_grouped_apart():
    SchemeYearFactory(scheme=SchemeFactory(country="GL"), year=2024, members=7, beneficiaries=9)
    SchemeYearFactory(scheme=SchemeFactory(country="SN"), year=2024, members=5, beneficiaries=6)

    assert as_tuples(stats.figures(None).tables["region"]) == [
        ("", "Other countries and territories", 1, 1, 7, 9),
        ("africa", "Africa", 1, 1, 5, 6),
    ]
