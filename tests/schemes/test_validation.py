"""Bad input is refused with errors that say what to do, and a refused form saves nothing."""

import pytest
from django.urls import reverse
from django.utils import timezone

from schemes.models import Scheme, SchemeChange, SchemeYear
from tests.accounts.helpers import visible_text
from tests.countryprofiles.factories import IndicatorFactory, IndicatorValueFactory
from tests.schemes.factories import SchemeFactory, SchemeYearFactory
from tests.schemes.test_propose import scheme_form_data
from tests.schemes.test_year_update import report_url, year_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

THIS_YEAR = timezone.localdate().year
CREATE = reverse("schemes:create")


def errors_of(response) -> str:
    assert response.status_code == 200, "the form should be shown again"
    text = visible_text(response)
    assert "Nothing was sent. Please correct the errors below." in text
    return text


@pytest.fixture
def rwanda_population(db):
    population = IndicatorFactory(code="population", name="Population", unit="people")
    IndicatorValueFactory(indicator=population, country="RW", year=2020, value=9_000_000)
    IndicatorValueFactory(indicator=population, country="RW", year=2024, value=9_900_000)
    return population


@pytest.fixture
def rwandan_scheme(member):
    return SchemeFactory(
        managers=[member], name="Mutuelle de Byumba", country="RW", contribution_currency="RWF"
    )


# --- The scheme form ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"year_started": "1899"}, f"The year must be between 1900 and {THIS_YEAR}."),
        ({"year_started": str(THIS_YEAR + 1)}, f"The year must be between 1900 and {THIS_YEAR}."),
        ({"year_started": "-5"}, f"The year must be between 1900 and {THIS_YEAR}."),
        ({"contribution_amount": "-500"}, "The contribution cannot be negative."),
        (
            {"contribution_amount": "2000000000"},
            "A contribution of more than 1,000,000,000 is not plausible: check the amount.",
        ),
        (
            {"contribution_currency": "ZZZ"},
            "“ZZZ” is not a currency in use. Use the three-letter ISO code, for example XOF.",
        ),
        (
            {"contribution_currency": "DEM"},  # the Deutsche Mark, gone since 2002
            "“DEM” is not a currency in use. Use the three-letter ISO code, for example XOF.",
        ),
        (
            {"contribution_currency": ""},
            "Say in which currency the contribution is paid.",
        ),
        (
            {"contribution_amount": "", "contribution_currency": "GHS"},
            "Give the amount of the contribution, or leave the currency empty.",
        ),
        ({"risks": []}, "Tick at least one risk or service the scheme covers."),
        ({"website": "not a web address"}, "Enter a valid URL."),
    ],
)
def test_scheme_form_refuses_bad_values_and_saves_nothing(member_client, overrides, error):
    response = member_client.post(CREATE, scheme_form_data(**overrides))

    assert error in errors_of(response)
    assert not Scheme.objects.exists() and not SchemeChange.objects.exists()


def test_the_suggested_currency_alone_is_not_a_contribution(member_client):
    """The form pre-selects the country's currency: left as it is with no amount, it
    means "no contribution stated", not an error."""
    response = member_client.post(
        CREATE, scheme_form_data(contribution_amount="", contribution_currency="XOF")
    )

    assert response.status_code == 302
    scheme = Scheme.objects.get()
    assert (scheme.contribution_amount, scheme.contribution_currency) == (None, "")


def test_year_started_bounds_are_accepted(member_client):
    member_client.post(CREATE, scheme_form_data(year_started="1900", name="Old"))
    member_client.post(CREATE, scheme_form_data(year_started=str(THIS_YEAR), name="New"))
    assert sorted(Scheme.objects.values_list("year_started", flat=True)) == [1900, THIS_YEAR]


def test_currency_codes_are_taken_in_lower_case_too(member_client):
    member_client.post(CREATE, scheme_form_data(contribution_currency="xof"))
    assert Scheme.objects.get().contribution_currency == "XOF"


# --- The yearly form ---------------------------------------------------------------------


def test_more_members_than_the_country_has_people_is_refused(
    client, member, rwandan_scheme, rwanda_population
):
    client.force_login(member)

    response = client.post(
        report_url(rwandan_scheme, 2024),
        year_data(members="12000000", beneficiaries="13000000", currency="RWF"),
    )

    text = errors_of(response)
    assert "12,000,000 members is more than the population of Rwanda (9,900,000 in 2024)." in text
    assert (
        "13,000,000 beneficiaries is more than the population of Rwanda (9,900,000 in 2024)."
        in text
    )
    assert not SchemeChange.objects.exists()


def test_population_of_the_latest_year_before_is_used(
    client, member, rwandan_scheme, rwanda_population
):
    client.force_login(member)

    response = client.post(
        report_url(rwandan_scheme, 2022),
        year_data(members="9500000", beneficiaries="9500000", currency="RWF"),
    )

    assert "9,500,000 members is more than the population of Rwanda (9,000,000 in 2020)." in (
        errors_of(response)
    )


def test_figures_within_the_population_pass(client, member, rwandan_scheme, rwanda_population):
    client.force_login(member)

    response = client.post(
        report_url(rwandan_scheme, 2024),
        year_data(members="2500000", beneficiaries="9900000", currency="RWF"),
    )

    assert response.status_code == 302
    assert SchemeChange.objects.get().data["beneficiaries"] == 9_900_000


def test_no_population_known_means_no_population_check(client, member, rwandan_scheme):
    client.force_login(member)

    response = client.post(
        report_url(rwandan_scheme, 2024),
        year_data(members="12000000", beneficiaries="13000000", currency="RWF"),
    )

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"members": "-3"}, "The number of members cannot be negative."),
        ({"beneficiaries": "-3"}, "The number of beneficiaries cannot be negative."),
        ({"contributions_collected": "-1"}, "This cannot be negative."),
        ({"claims_paid": "-0.5"}, "This cannot be negative."),
        (
            {"members": "5000", "beneficiaries": "4000"},
            "Beneficiaries include the members, so they cannot be fewer than the members.",
        ),
        (
            {"currency": "ZZZ"},
            "“ZZZ” is not a currency in use. Use the three-letter ISO code, for example XOF.",
        ),
        ({"currency": ""}, "Say in which currency the amounts are."),
        ({"members": ""}, "This field is required."),
        ({"members": "many"}, "Enter a whole number."),
    ],
)
def test_yearly_form_refuses_bad_values_and_saves_nothing(client, member, overrides, error):
    scheme = SchemeFactory(managers=[member])
    SchemeYearFactory(scheme=scheme, year=2023)
    client.force_login(member)

    response = client.post(report_url(scheme, 2024), year_data(**overrides))

    assert error in errors_of(response)
    assert not SchemeChange.objects.exists()
    assert list(SchemeYear.objects.values_list("year", flat=True)) == [2023]


def test_figures_without_amounts_need_no_currency(client, member):
    scheme = SchemeFactory(managers=[member])
    client.force_login(member)

    response = client.post(
        report_url(scheme, 2024),
        year_data(contributions_collected="", claims_paid="", currency=""),
    )

    assert response.status_code == 302
    assert SchemeChange.objects.get().data["currency"] == ""
