"""Schemes on the portal-wide search page (/search/): published ones only."""

import pytest
from django.contrib.auth.models import AnonymousUser

from core.search import providers
from schemes.models import Scheme
from schemes.search import site_search
from tests.factories import UserFactory
from tests.schemes.factories import NetworkFactory
from tests.schemes.test_search import make, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def manager():
    manager = UserFactory()
    make("Mutuelle Zébu de Kolda", country="SN", locality="Kolda")
    make(
        "Zébu Cooperative",
        country="ML",
        locality="Sikasso",
        scheme_type=Scheme.Type.COOPERATIVE,
        networks=[NetworkFactory(name="Union technique de la Mutualité malienne")],
    )
    make("Mutuelle de Thiès")
    make("Zébu waiting", managers=[manager], status=Scheme.Status.PENDING)
    make("Zébu refused", managers=[manager], status=Scheme.Status.REJECTED)
    return manager


@pytest.mark.parametrize("role", ["anonymous", "manager", "editor"])
def test_the_provider_finds_published_schemes_only(manager, editor, role):
    user = {"anonymous": AnonymousUser(), "manager": manager, "editor": editor}[role]
    schemes = next(p for p in providers() if p.key == "schemes")
    assert str(schemes.label) == "Schemes"
    found = schemes.search("zébu", user, 10)
    assert found.count == 2
    assert [hit.title for hit in found.hits] == ["Mutuelle Zébu de Kolda", "Zébu Cooperative"]
    assert found.hits[1].meta == "Mali · Sikasso · Cooperative"
    assert found.more_url == "/en/schemes/?q=z%C3%A9bu"


def test_every_word_counts_network_names_included(manager):
    found = site_search("zébu mutualité", AnonymousUser(), 5)
    assert [hit.title for hit in found.hits] == ["Zébu Cooperative"]


def test_limit_and_empty_queries(manager):
    found = site_search("zébu", AnonymousUser(), 1)
    assert (found.count, len(found.hits)) == (2, 1)
    assert site_search("", AnonymousUser(), 5).count == 0
    assert site_search("?!", AnonymousUser(), 5).count == 0


def test_the_search_page_shows_schemes_with_a_link_to_the_list(client, manager):
    response = client.get("/en/search/", {"q": "zébu"})
    words = text(response)
    assert "Schemes 2" in words
    assert "Mutuelle Zébu de Kolda" in words
    assert "Zébu waiting" not in words
    assert 'href="/en/schemes/?q=z%C3%A9bu"' in response.content.decode()
