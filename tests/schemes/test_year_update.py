"""A manager reports a year's figures from a form pre-filled with the year before;
the figures wait for the editors, then become the scheme's latest."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from schemes import services
from schemes.models import Scheme, SchemeChange, SchemeYear
from tests.accounts.helpers import input_value, selected_options, textarea_value, visible_text
from tests.schemes.factories import SchemeFactory, SchemeYearFactory
from tests.schemes.test_propose import messages_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

THIS_YEAR = timezone.localdate().year


def report_url(scheme, year) -> str:
    return reverse("schemes:report-year", args=[scheme.pk, year])


def year_data(**overrides) -> dict:
    data = {
        "members": "1500",
        "beneficiaries": "6000",
        "contributions_collected": "18000000",
        "claims_paid": "12500000",
        "currency": "XOF",
        "changes": "Maternity added to the package.",
        "note": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def scheme(member):
    scheme = SchemeFactory(managers=[member], name="Mutuelle de Thiès", risks=["maternity"])
    SchemeYearFactory(
        scheme=scheme,
        year=2022,
        members=1000,
        beneficiaries=4000,
        contributions_collected=Decimal("12000000"),
        claims_paid=Decimal("8000000"),
        changes="Second health post under contract.",
    )
    SchemeYearFactory(
        scheme=scheme,
        year=2023,
        members=1200,
        beneficiaries=4800,
        contributions_collected=Decimal("14400000"),
        claims_paid=Decimal("9800000"),
        currency="XOF",
        changes="Contribution raised.",
    )
    return scheme


def test_form_is_pre_filled_with_the_latest_earlier_year(client, member, scheme):
    client.force_login(member)

    page = client.get(report_url(scheme, 2024))

    text = visible_text(page)
    assert "Figures for 2024: Mutuelle de Thiès" in text
    assert "Pre-filled with your answers for 2023: change only what changed." in text
    assert input_value(page, "members") == "1200"
    assert input_value(page, "beneficiaries") == "4800"
    assert input_value(page, "contributions_collected") == "14400000.00"
    assert input_value(page, "claims_paid") == "9800000.00"
    assert selected_options(page, "currency") == ["XOF"]
    assert textarea_value(page, "changes") == ""  # what changed is this year's to say


def test_a_year_already_reported_shows_its_own_figures(client, member, scheme):
    client.force_login(member)

    page = client.get(report_url(scheme, 2022))

    assert "These are the figures recorded for 2022: correct what is wrong." in visible_text(page)
    assert input_value(page, "members") == "1000"
    assert textarea_value(page, "changes") == "Second health post under contract."


def test_first_year_starts_from_the_schemes_currency(client, member):
    scheme = SchemeFactory(managers=[member], country="RW", contribution_currency="RWF")
    client.force_login(member)

    page = client.get(report_url(scheme, 2024))

    assert "These are the first figures reported for this scheme." in visible_text(page)
    assert input_value(page, "members") is None
    assert selected_options(page, "currency") == ["RWF"]


def test_year_initial_falls_back_to_the_countrys_currency():
    scheme = SchemeFactory(country="RW", contribution_currency="")
    assert services.year_initial(scheme, 2024) == {"currency": "RWF"}


def test_managers_figures_wait_for_review_then_become_the_latest(client, member, editor, scheme):
    client.force_login(member)

    response = client.post(report_url(scheme, 2024), year_data(note="From the annual report."))

    assert response["Location"] == scheme.get_absolute_url()
    assert messages_of(response) == [
        "Thank you. Editors will review the figures for 2024 before they are public."
    ]
    change = SchemeChange.objects.get()
    assert (change.kind, change.year, change.status) == ("year", 2024, "pending")
    assert change.data == {
        "members": 1500,
        "beneficiaries": 6000,
        "contributions_collected": "18000000.00",
        "claims_paid": "12500000.00",
        "currency": "XOF",
        "changes": "Maternity added to the package.",
    }
    assert not scheme.years.filter(year=2024).exists()
    scheme.refresh_from_db()
    assert (scheme.latest_year, scheme.latest_members) == (2023, 1200)

    services.approve(change, reviewer=editor)

    record = scheme.years.get(year=2024)
    assert (record.members, record.beneficiaries, record.claims_paid) == (
        1500,
        6000,
        Decimal("12500000"),
    )
    assert record.updated_by == member
    scheme.refresh_from_db()
    assert (scheme.latest_year, scheme.latest_members, scheme.latest_beneficiaries) == (
        2024,
        1500,
        6000,
    )
    change.refresh_from_db()
    assert change.previous == {}  # a new year replaced nothing


def test_the_pending_proposal_pre_fills_the_form_and_is_replaced(client, member, scheme):
    client.force_login(member)
    client.post(report_url(scheme, 2024), year_data(members="1490", note="First try."))

    page = client.get(report_url(scheme, 2024))
    assert "These are the figures you proposed on" in visible_text(page)
    assert input_value(page, "members") == "1490"
    assert textarea_value(page, "note") == "First try."
    client.post(report_url(scheme, 2024), year_data(members="1510"))

    change = SchemeChange.objects.get()
    assert change.data["members"] == 1510 and change.note == ""


def test_correcting_a_reported_year_records_what_it_replaced(editor_client, editor, scheme):
    response = editor_client.post(
        report_url(scheme, 2023), year_data(members="1250", beneficiaries="4800")
    )

    assert messages_of(response) == ["The figures for 2023 are saved."]
    change = SchemeChange.objects.get()
    assert (change.status, change.reviewed_by) == ("approved", editor)
    assert change.previous["members"] == 1200 and change.data["members"] == 1250
    assert scheme.years.get(year=2023).members == 1250
    assert SchemeYear.objects.filter(scheme=scheme).count() == 2
    assert Scheme.objects.get(pk=scheme.pk).latest_members == 1250


def test_sending_the_recorded_figures_again_sends_nothing(client, member, scheme):
    client.force_login(member)
    recorded = year_data(
        members="1200",
        beneficiaries="4800",
        contributions_collected="14400000.00",
        claims_paid="9800000",
        changes="Contribution raised.",
    )

    response = client.post(report_url(scheme, 2023), recorded)

    assert messages_of(response) == [
        "These are the figures already recorded for 2023: nothing was sent."
    ]
    assert not SchemeChange.objects.exists()


@pytest.mark.parametrize("year", [1899, THIS_YEAR + 1])
def test_a_year_out_of_bounds_is_refused_with_a_clear_page(client, member, scheme, year):
    client.force_login(member)

    for response in (
        client.get(report_url(scheme, year)),
        client.post(report_url(scheme, year), year_data()),
    ):
        assert response.status_code == 404
        text = visible_text(response)
        assert f"No figures for {year}" in text
        assert f"The year must be between 1900 and {THIS_YEAR}." in text
        assert 'name="members"' not in response.content.decode()
    assert not SchemeChange.objects.exists()
