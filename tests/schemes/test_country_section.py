"""The schemes' section on a country profile: the country's published schemes."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from countryprofiles.sections import answers_for
from schemes.country_section import answer
from schemes.models import Scheme
from tests.countryprofiles.factories import make_profile
from tests.factories import UserFactory
from tests.schemes.test_search import make

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def schemes():
    now = timezone.now()
    manager = UserFactory()
    make("Older", country="SN", locality="Kaolack", updated=now - timedelta(days=9))
    make(
        "Newest",
        acronym="NEW",
        country="SN",
        locality="Dakar",
        scheme_type=Scheme.Type.COOPERATIVE,
        target_population="Traders of the Sandaga market.",
        updated=now,
    )
    make("Middle", country="SN", updated=now - timedelta(days=2))
    make("Elsewhere", country="ML", updated=now)
    make("Waiting", country="SN", managers=[manager], status=Scheme.Status.PENDING, updated=now)
    make("Refused", country="SN", managers=[manager], status=Scheme.Status.REJECTED, updated=now)
    return manager


@pytest.mark.parametrize("role", ["anonymous", "manager", "editor"])
def test_published_schemes_latest_updated_first_for_everyone(schemes, editor, role):
    user = {"anonymous": AnonymousUser(), "manager": schemes, "editor": editor}[role]
    section, found = next((s, a) for s, a in answers_for("sn", user, 2) if s.key == "schemes")
    assert str(section.label) == "Schemes"
    assert found.count == 3
    assert [hit.title for hit in found.hits] == ["Newest (NEW)", "Middle"]
    assert found.more_url == "/en/schemes/?country=SN"


def test_a_hit_says_where_what_and_for_whom(schemes):
    newest = Scheme.objects.get(name="Newest")
    hit = answer("SN", AnonymousUser(), 1).hits[0]
    assert hit.url == f"/en/schemes/{newest.pk}/"
    assert hit.meta == "Senegal · Dakar · Cooperative"
    assert hit.summary == "Traders of the Sandaga market."


def test_no_limit_no_hits_and_a_country_without_schemes(schemes):
    assert answer("SN", AnonymousUser(), 0).hits == []
    empty = answer("pe", AnonymousUser(), 5)
    assert (empty.count, empty.hits, empty.more_url) == (0, [], "/en/schemes/?country=PE")


def test_two_queries_whatever_the_number_of_schemes(schemes, django_assert_num_queries):
    with django_assert_num_queries(2):
        assert len(answer("SN", AnonymousUser(), 5).hits) == 3
    for n in range(10):
        make(f"More {n}", country="SN", risks=["maternity"])
    with django_assert_num_queries(2):
        assert len(answer("SN", AnonymousUser(), 20).hits) == 13


def test_the_section_on_the_country_profile(client, schemes):
    make_profile("SN")
    page = BeautifulSoup(client.get("/en/countries/sn/").content, "html.parser")
    section = page.select_one("#section-schemes").parent
    assert " ".join(section.h3.get_text().split()) == "Schemes (3)"
    assert [a.get_text() for a in section.select("li a")][:3] == [
        "Newest (NEW)",
        "Middle",
        "Older",
    ]
    assert section.select_one(".see-all a")["href"] == "/en/schemes/?country=SN"
    assert "Waiting" not in section.get_text()
