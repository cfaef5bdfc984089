"""Demo schemes: published schemes with plausible yearly figures, one proposal waiting for
the editors, loaded twice without duplicates.

The first tests run the loader alone after the demo users; then ``load_demo`` runs
twice, once for the module (it takes a while), and the other tests read what it
left; everything is rolled back after them.
"""

import re
from copy import deepcopy
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo import schemes as demo_schemes
from core.demo import users
from schemes import currencies, services
from schemes.models import Network, Scheme, SchemeChange, SchemeYear
from tests.countryprofiles.factories import IndicatorFactory, IndicatorValueFactory
from tests.demo_runs import demo_loaded_twice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PUBLISHED = [spec for spec in demo_schemes.SCHEMES if "status" not in spec]
DOCKERS = "Microseguro de los estibadores del mercado de La Victoria"
COUNTS = {
    "schemes": 16,
    "published": 15,
    "waiting for review": 1,
    "yearly records": 63,
    "networks": 5,
}


def visible_text(html: str) -> str:
    html = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def snapshot() -> dict:
    """Everything the schemes loader creates, with the values a second run could change."""
    return {
        "networks": sorted(Network.objects.values_list("name", "acronym")),
        "schemes": sorted(
            Scheme.objects.values_list(
                "name",
                "country",
                "status",
                "created",
                "updated",
                "published",
                "latest_year",
                "latest_members",
                "latest_beneficiaries",
                "contribution_amount",
                "contact__email",
                "created_by__email",
            )
        ),
        "risks": sorted(Scheme.risks.through.objects.values_list("scheme__name", "risk__slug")),
        "networks of schemes": sorted(
            Scheme.networks.through.objects.values_list("scheme__name", "network__acronym")
        ),
        "managers": sorted(
            Scheme.managers.through.objects.values_list("scheme__name", "user__email")
        ),
        "years": sorted(
            SchemeYear.objects.values_list(
                "scheme__name",
                "year",
                "members",
                "beneficiaries",
                "contributions_collected",
                "claims_paid",
                "currency",
                "updated",
            )
        ),
        "changes": sorted(
            SchemeChange.objects.values_list(
                "scheme__name",
                "kind",
                "year",
                "status",
                "data",
                "submitted_by__email",
                "reviewed_by__email",
                "submitted",
                "reviewed",
            )
        ),
    }


# --- The loader alone ------------------------------------------------------------------
# These come first: once a test asks for ``runs``, the whole demo stays in the
# database until the end of the module.


@pytest.fixture
def demo_users():
    users.load()
    users.load_community()


def test_loader_alone_twice_creates_nothing_more(demo_users):
    first_counts = demo_schemes.load_schemes()
    first = snapshot()
    second_counts = demo_schemes.load_schemes()

    assert snapshot() == first
    assert first_counts == second_counts == COUNTS
    assert len(first["schemes"]) == 16


def bad(**changes) -> list[dict]:
    spec = deepcopy(demo_schemes.SCHEMES[0])
    spec.update(changes)
    return [spec]


@pytest.mark.parametrize(
    ("specs", "message"),
    [
        (bad(risks=["maternity", "tsunami"]), "unknown risks ['tsunami']"),
        (bad(networks=["UTM", "FNMF"]), "unknown networks ['FNMF']"),
        (bad(contribution=("250", "ZZZ", "monthly", "person")), "ZZZ is not a currency in use"),
        (bad(years=[(2024, 5000, 4000, "1", "1", "")]), "2024: 5000 members, 4000 beneficiaries"),
        (bad(years=[(1899, 10, 20, "1", "1", "")]), "1899 is not a year to report"),
        (bad(managers=["nobody@gess.example"]), "missing ['nobody@gess.example']"),
    ],
)
def test_loader_refuses_bad_demo_data_naming_the_scheme(demo_users, specs, message):
    with pytest.raises(ValueError, match=re.escape(message)) as refused:
        demo_schemes.load_schemes(schemes=specs)

    assert "Demo scheme 'Mutuelle de santé de la région de Sikasso'" in str(refused.value)
    assert not Scheme.objects.exists()


def test_loader_refuses_more_beneficiaries_than_the_country_has_people(demo_users):
    population = IndicatorFactory(code="population", unit="people", decimals=0)
    IndicatorValueFactory(indicator=population, country="ML", year=2020, value=40000)

    with pytest.raises(ValueError, match=re.escape("2021: 43800 beneficiaries, population 40000")):
        demo_schemes.load_schemes(schemes=bad())


def test_loader_needs_the_demo_users_first():
    with pytest.raises(ValueError, match="load the demo users first"):
        demo_schemes.load_schemes()


# --- load_demo, run twice ---------------------------------------------------------------


@pytest.fixture(scope="module")
def runs(django_db_setup, django_db_blocker):
    with demo_loaded_twice(django_db_blocker, snapshot) as runs:
        yield runs


def test_second_run_creates_and_changes_nothing(runs):
    assert runs.before["schemes"] == []
    assert runs.second == runs.first
    line = "schemes: 16 schemes, 15 published, 1 waiting for review, 63 yearly records, 5 networks"
    assert line in runs.first_output
    assert line in runs.second_output


def test_published_demo_schemes_are_listed_and_the_proposal_is_not(runs, client):
    text = visible_text(client.get("/en/schemes/").content.decode())

    assert "15 schemes" in text
    for spec in PUBLISHED:
        assert spec["name"] in text
    assert DOCKERS not in text
    dockers = Scheme.objects.get(name=DOCKERS)
    assert client.get(f"/en/schemes/{dockers.pk}/").status_code == 404


def test_the_dockers_proposal_waits_in_the_editors_queue(runs, client):
    change = SchemeChange.objects.get(scheme__name=DOCKERS)
    assert (change.kind, change.status) == (SchemeChange.Kind.CREATE, SchemeChange.Status.PENDING)
    assert change.submitted_by.email == "carlos@gess.example"
    assert change.scheme.managers.get().email == "carlos@gess.example"
    assert change.scheme.status == Scheme.Status.PENDING

    client.force_login(get_user_model().objects.get(email="editor@gess.example"))
    text = visible_text(client.get("/en/schemes/review/").content.decode())

    assert DOCKERS in text
    assert "Carlos Quispe Mamani" in text
    assert not any(spec["name"] in text for spec in PUBLISHED), "only what waits"


def test_history_of_each_published_scheme_is_its_creation_and_its_years(runs):
    for scheme in Scheme.objects.published():
        changes = list(scheme.changes.order_by("submitted"))
        creation, *years = changes
        assert creation.kind == SchemeChange.Kind.CREATE
        assert creation.data == services.scheme_values(scheme)
        assert creation.reviewed == scheme.published
        assert [(change.kind, change.year) for change in years] == [
            (SchemeChange.Kind.YEAR, record.year) for record in scheme.years.order_by("year")
        ]
        for change in changes:
            assert change.status == SchemeChange.Status.APPROVED
            assert change.reviewed_by.email == "editor@gess.example"
        for change in years:
            record = scheme.years.get(year=change.year)
            assert change.data == services.year_values(record)
            assert change.submitted_by == record.updated_by


def test_every_demo_year_is_plausible(runs):
    today = timezone.now()
    assert Scheme.objects.count() == Scheme.objects.filter(is_demo=True).count() == 16
    for scheme in Scheme.objects.published().prefetch_related("years"):
        years = list(scheme.years.all())
        assert 3 <= len(years) <= 5, scheme.name
        assert currencies.is_current(scheme.contribution_currency), scheme.name
        latest = years[0]
        assert (scheme.latest_year, scheme.latest_members, scheme.latest_beneficiaries) == (
            latest.year,
            latest.members,
            latest.beneficiaries,
        )
        for year in years:
            assert year.year <= today.year and year.updated <= today
            assert year.currency == scheme.contribution_currency
            assert 0 < year.members <= year.beneficiaries, f"{scheme.name} {year.year}"
            population = services.country_population(scheme.country.code, year.year)
            if scheme.country.code != "CM":  # no demo profile for Cameroon
                assert population, f"demo population of {scheme.country.code}"
                assert year.beneficiaries <= population, f"{scheme.name} {year.year}"


def test_countries_networks_and_managers_are_those_of_the_seeds(runs):
    assert set(Scheme.objects.values_list("country", flat=True)) == {
        "ML", "SN", "RW", "IN", "CM", "GH", "BJ", "BF", "BI", "BO", "CO", "PE",
    }  # fmt: skip
    musars = Scheme.objects.get(acronym="MUSARS")
    assert musars.networks.get(acronym="UTM")
    assert musars.contact.email == "expert@gess.example"
    assert "expert@gess.example" in musars.managers.values_list("email", flat=True)
    for scheme in Scheme.objects.filter(country="SN"):
        assert list(scheme.managers.values_list("email", flat=True)) == ["aminata@gess.example"]
        assert scheme.contact.email == "aminata@gess.example"
        assert "national framework agreement" in scheme.provider_contracts
    siffs = Scheme.objects.get(country="IN", scheme_type=Scheme.Type.PARTNER_AGENT)
    assert set(siffs.networks.values_list("acronym", flat=True)) == {"SIFFS", "AMIN"}
    assert set(siffs.risks.values_list("slug", flat=True)) == {"life", "accident", "old-age"}
    rwanda = Scheme.objects.get(country="RW")
    assert (rwanda.contribution_currency, rwanda.contribution_basis) == ("RWF", "person")
    assert "1,000 RWF per person per year" in rwanda.benefits_package


def test_the_demo_scheme_page_never_shows_its_contact(runs, client):
    musars = Scheme.objects.get(acronym="MUSARS")
    html = client.get(f"/en/schemes/{musars.pk}/").content.decode()

    text = visible_text(html)
    assert musars.name in text and "Kafo Jiginew" in text
    assert "expert@gess.example" not in html
    assert musars.contact.display_name not in html
