import pytest

from tests.factories import PASSWORD, UserFactory


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def member(db):
    return UserFactory(email="aminata@example.org", display_name="Aminata Diallo", country="SN")


@pytest.fixture
def other_member(db):
    return UserFactory(email="carlos@example.org", display_name="Carlos Rojas", country="PE")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client
