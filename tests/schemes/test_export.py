"""The CSV of a result list: every result of the filters, in their order, safe to open."""

import csv
import io
from decimal import Decimal

import pytest

from schemes.models import Scheme
from tests.factories import UserFactory
from tests.schemes.factories import NetworkFactory, SchemeFactory
from tests.schemes.test_search import make

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

EXPORT = "/en/schemes/export.csv"
HEADER = [
    "name",
    "acronym",
    "country code",
    "country",
    "region",
    "locality",
    "type",
    "legal status",
    "year started",
    "promoter",
    "networks",
    "risks covered",
    "contribution",
    "currency",
    "paid",
    "for",
    "latest year",
    "members",
    "beneficiaries",
    "address",
]


def rows(response) -> list[list[str]]:
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")  # so that spreadsheets read the accents right
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


def test_a_scheme_as_a_csv_row(client):
    contact = UserFactory(email="secret.contact@example.org", display_name="Moussa Secret")
    scheme = make(
        "Mutuelle de santé de Ndondol",
        acronym="MSN",
        country="SN",
        locality="Ndondol",
        scheme_type=Scheme.Type.COMMUNITY,
        legal_status=Scheme.LegalStatus.ASSOCIATION,
        year_started=1998,
        promoter="Caritas Kaolack",
        networks=[
            NetworkFactory(name="La Concertation", acronym=""),
            NetworkFactory(name="Union technique de la Mutualité malienne", acronym="UTM"),
        ],
        risks=["maternity", "primary-care"],
        contribution_amount=Decimal("1500.50"),
        contribution_currency="XOF",
        contribution_frequency=Scheme.Frequency.YEARLY,
        contribution_basis=Scheme.Basis.FAMILY,
        contact=contact,
        members=12_400,
    )
    response = client.get(EXPORT)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="schemes.csv"'
    header, row = rows(response)
    assert header == HEADER
    assert row == [
        "Mutuelle de santé de Ndondol",
        "MSN",
        "SN",
        "Senegal",
        "Africa",
        "Ndondol",
        "Community-based scheme",
        "Association",
        "1998",
        "Caritas Kaolack",
        "La Concertation; Union technique de la Mutualité malienne (UTM)",
        "Primary care; Maternity",
        "1500.5",
        "XOF",
        "per year",
        "per family",
        "2024",
        "12400",
        "49600",
        f"http://testserver/en/schemes/{scheme.pk}/",
    ]
    # The contact person is relayed, never given out.
    body = response.content.decode()
    assert "secret.contact" not in body
    assert "Moussa Secret" not in body


def test_empty_values_stay_empty(client):
    make("Bare", acronym="", year_started=None, contribution_amount=None, promoter="")
    _header, row = rows(client.get(EXPORT))
    by_column = dict(zip(HEADER, row, strict=True))
    for column in ("acronym", "year started", "promoter", "networks", "risks covered"):
        assert by_column[column] == "", column
    for column in ("contribution", "for", "latest year", "members", "beneficiaries"):
        assert by_column[column] == "", column


def test_every_result_of_the_filters_in_their_order_not_only_the_page(client):
    for n in range(23):
        make(f"Senegal {n:02d}", country="SN", members=100 + n)
    make("Peru", country="PE", members=10_000)
    response = client.get(EXPORT, {"country": "sn", "sort": "-members", "page": "2"})
    names = [row[0] for row in rows(response)[1:]]
    assert names == [f"Senegal {n:02d}" for n in reversed(range(23))]


def test_words_and_filters_as_on_the_list(client):
    make("Maternity in Senegal", country="SN", risks=["maternity"])
    make("Funeral in Senegal", country="SN", risks=["funeral"])
    make("Maternity in Peru", country="PE", risks=["maternity"])
    response = client.get(EXPORT, {"risk": "maternity", "region": "africa", "q": "senegal"})
    assert [row[0] for row in rows(response)[1:]] == ["Maternity in Senegal"]


@pytest.mark.parametrize("role", ["anonymous", "manager", "editor"])
def test_pending_and_refused_schemes_never_appear(client, role, editor):
    manager = UserFactory()
    make("Published")
    make("Pending", status=Scheme.Status.PENDING, managers=[manager])
    make("Refused", status=Scheme.Status.REJECTED, managers=[manager])
    if role != "anonymous":
        client.force_login({"manager": manager, "editor": editor}[role])
    response = client.get(EXPORT)
    assert [row[0] for row in rows(response)[1:]] == ["Published"]


def test_cells_that_a_spreadsheet_would_run_are_written_as_text(client):
    SchemeFactory(
        name='=HYPERLINK("http://evil.example/","Click")',
        acronym="+SUM(1)",
        locality="@cmd",
        promoter="-2+3",
    )
    _header, row = rows(client.get(EXPORT))
    assert row[0] == '\'=HYPERLINK("http://evil.example/","Click")'
    assert row[1] == "'+SUM(1)"
    assert row[5] == "'@cmd"
    assert row[9] == "'-2+3"


def test_column_names_and_values_in_french(client):
    make("Mutuelle", risks=["funeral"], country="SN")
    header, row = rows(client.get("/fr/schemes/export.csv"))
    assert header[3] == "pays"
    assert row[3] == "Sénégal"
    assert row[11] == "Frais funéraires"
    assert row[-1].startswith("http://testserver/fr/schemes/")


def test_queries_do_not_grow_with_the_rows(client, django_assert_num_queries):
    network = NetworkFactory(name="Union")
    make("First", risks=["maternity"], networks=[network])
    # The schemes, their risks, their networks; the request's savepoint and its release.
    with django_assert_num_queries(5) as one:
        client.get(EXPORT)
    for n in range(12):
        make(f"More {n}", risks=["maternity", "funeral"], networks=[network])
    with django_assert_num_queries(len(one)):
        response = client.get(EXPORT)
    assert len(rows(response)) == 14
