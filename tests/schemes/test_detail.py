"""A scheme's page: what it shows, to whom, with which links; never the contact."""

import datetime
from decimal import Decimal

import pytest

from schemes.models import Scheme
from tests.factories import UserFactory
from tests.schemes.factories import NetworkFactory, SchemeFactory, SchemeYearFactory
from tests.schemes.test_search import text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LAST_YEAR = datetime.date.today().year - 1


@pytest.fixture
def contact():
    return UserFactory(email="moussa.contact@example.org", display_name="Moussa Contact")


@pytest.fixture
def manager():
    return UserFactory(email="manager@example.org", display_name="Mariama Manager")


@pytest.fixture
def scheme(contact, manager):
    scheme = SchemeFactory(
        name="Mutuelle de santé de Ndondol",
        acronym="MSN",
        country="SN",
        locality="Ndondol",
        scheme_type=Scheme.Type.COMMUNITY,
        legal_status=Scheme.LegalStatus.ASSOCIATION,
        year_started=1998,
        promoter="Caritas Kaolack",
        support_organisations="GIZ\nWorld Solidarity",
        networks=[NetworkFactory(name="La Concertation", acronym="")],
        target_population="Farmers of the rural community.",
        risks=["primary-care", "maternity"],
        contribution_amount=Decimal("1500"),
        contribution_currency="XOF",
        contribution_frequency=Scheme.Frequency.YEARLY,
        contribution_basis=Scheme.Basis.FAMILY,
        benefits_package="Consultations and deliveries at the health post.",
        provider_contracts="Third-party payment with the Ndondol health post.",
        website="https://msn.example.org/",
        contact=contact,
        managers=[manager],
        is_demo=True,
    )
    SchemeYearFactory(
        scheme=scheme,
        year=2022,
        members=10_000,
        beneficiaries=40_000,
        contributions_collected=Decimal("12000000"),
        claims_paid=Decimal("8000000.50"),
        changes="Caesarean sections covered.",
    )
    SchemeYearFactory(scheme=scheme, year=2023, members=12_400, beneficiaries=49_600)
    scheme.refresh_from_db()
    return scheme


def url(scheme) -> str:
    return f"/en/schemes/{scheme.pk}/"


def test_the_page_shows_every_public_field(client, scheme):
    response = client.get(url(scheme))
    page = response.content.decode()
    words = text(response)
    assert "<h1>Mutuelle de santé de Ndondol (MSN)</h1>" in page
    for expected in (
        "Community-based scheme in Senegal · Ndondol",
        "Legal status Association",
        "Year started 1998",
        "Risks and services covered Primary care Maternity",
        "Contribution 1,500 XOF per year per family",
        "Promoter Caritas Kaolack",
        "Networks and federations La Concertation",
        "Target population Farmers of the rural community.",
        "Benefits package Consultations and deliveries at the health post.",
        "Contracts with health providers Third-party payment with the Ndondol health post.",
        "Latest figures 12,400 members in 2023 49,600 beneficiaries",
        "Last updated",
        "Demo data, not an official figure.",
    ):
        assert expected in words, expected
    assert "GIZ<br>World Solidarity" in page
    assert '<abbr title="West African CFA Franc">XOF</abbr>' in page
    assert '<a href="/en/schemes/?risk=maternity">Maternity</a>' in page
    assert f'href="/en/schemes/?network={scheme.networks.get().pk}"' in page
    assert '<a href="https://msn.example.org/" rel="nofollow noopener noreferrer external">' in page
    assert "Waiting for review" not in page


def test_yearly_figures_newest_first_with_their_currency(client, scheme):
    words = text(client.get(url(scheme)))
    assert (
        "Year Members Beneficiaries Contributions collected Claims paid What changed "
        "2023 12,400 49,600 14,400,000 XOF 9,800,000 XOF "
        "2022 10,000 40,000 12,000,000 XOF 8,000,000.50 XOF Caesarean sections covered."
    ) in words


def test_in_french_risks_currency_and_numbers_follow_the_language(client, scheme):
    response = client.get(f"/fr/schemes/{scheme.pk}/")
    words = text(response)
    assert "Maternité" in words
    assert '<abbr title="franc CFA (BCEAO)">XOF</abbr>' in response.content.decode()


def test_a_scheme_without_figures_says_so(client):
    scheme = SchemeFactory(name="New", is_demo=False)
    words = text(client.get(url(scheme)))
    assert "No figures reported yet." in words
    assert "No figures reported" in words
    assert "Demo data" not in words


# --- Who sees what ----------------------------------------------------------------------

# role → status → seen (else 404)
SEES = {
    "anonymous": {"published"},
    "member": {"published"},
    "manager": {"published", "pending", "rejected"},
    "editor": {"published", "pending", "rejected"},
}


@pytest.fixture
def visitors(client, editor, manager):
    def login(role: str):
        client.logout()
        users = {"member": UserFactory(), "manager": manager, "editor": editor}
        if role in users:
            client.force_login(users[role])
        return client

    return login


@pytest.mark.parametrize("status", ["published", "pending", "rejected"])
def test_who_sees_the_page(visitors, scheme, status, contact):
    Scheme.objects.filter(pk=scheme.pk).update(status=status)
    for role, seen in SEES.items():
        response = visitors(role).get(url(scheme))
        if status in seen:
            assert response.status_code == 200, (role, status)
            assert "Mutuelle de santé de Ndondol" in response.content.decode()
        else:
            assert response.status_code == 404, (role, status)
            assert "Mutuelle de santé de Ndondol" not in response.content.decode()
        # Whoever looks, the contact person is never named nor their address given.
        assert "moussa.contact" not in response.content.decode(), role
        assert "Moussa Contact" not in response.content.decode(), role


def test_a_waiting_scheme_says_who_sees_it(visitors, scheme):
    Scheme.objects.filter(pk=scheme.pk).update(status=Scheme.Status.PENDING)
    words = text(visitors("manager").get(url(scheme)))
    assert "Waiting for review: only you and the editors see this scheme." in words
    Scheme.objects.filter(pk=scheme.pk).update(status=Scheme.Status.REJECTED)
    words = text(visitors("editor").get(url(scheme)))
    assert "Not accepted: this scheme is not published; only you and the editors see it." in words


def test_a_missing_scheme_is_a_404(client):
    assert client.get("/en/schemes/999999/").status_code == 404


# --- Links by permission ----------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "member", "manager", "editor"])
def test_links_by_role(visitors, scheme, role):
    page = visitors(role).get(url(scheme)).content.decode()
    may_update = role in ("manager", "editor")
    assert (f'href="/en/schemes/{scheme.pk}/edit/"' in page) is may_update
    assert ("Propose a change" in page) is may_update
    report = f'href="/en/schemes/{scheme.pk}/figures/{LAST_YEAR}/">Report figures for {LAST_YEAR}<'
    assert (report in page) is may_update
    assert f'<a href="/en/schemes/{scheme.pk}/history/">History of changes</a>' in page
    # Everybody sees the relay; the contact view asks anonymous visitors to sign in.
    assert f'<a href="/en/schemes/{scheme.pk}/contact/">Contact this scheme</a>' in page


def test_once_last_year_is_reported_the_link_asks_for_this_year(visitors, scheme):
    SchemeYearFactory(scheme=scheme, year=LAST_YEAR, members=13_000, beneficiaries=52_000)
    page = visitors("manager").get(url(scheme)).content.decode()
    assert f"/figures/{LAST_YEAR + 1}/" in page
    assert f"Report figures for {LAST_YEAR + 1}" in page


def test_no_contact_no_contact_link(client):
    scheme = SchemeFactory(contact=None)
    assert "Contact this scheme" not in client.get(url(scheme)).content.decode()


def test_queries_do_not_grow_with_years_risks_and_networks(
    client, scheme, django_assert_num_queries
):
    client.get(url(scheme))
    with django_assert_num_queries(6) as few:
        client.get(url(scheme))
    for year in range(2000, 2015):
        SchemeYearFactory(scheme=scheme, year=year)
    scheme.risks.add(*Scheme.risks.field.related_model.objects.all())
    scheme.networks.add(NetworkFactory(name="Another"), NetworkFactory(name="And another"))
    with django_assert_num_queries(len(few)):
        response = client.get(url(scheme))
    assert "2000" in text(response)
