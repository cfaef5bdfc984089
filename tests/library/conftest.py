import pytest
from django.contrib.auth.models import Group

from accounts import roles
from tests.factories import UserFactory


@pytest.fixture
def editor(db):
    user = UserFactory(email="editor@example.org", display_name="Edith Editor")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
