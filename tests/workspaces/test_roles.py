"""The members page and roles: everyone who may read the workspace sees who is in;
moderators make members moderators and remove members; only the owner touches
another moderator; nobody removes the owner."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from accounts import roles
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import add_member
from workspaces.models import Activity, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role


@pytest.fixture
def plain(workspace):
    user = UserFactory(email="mia@example.org", display_name="Mia Member")
    add_member(workspace, user, Role.MEMBER)
    return user


def members_url(workspace) -> str:
    return reverse("workspaces:members", kwargs={"slug": workspace.slug})


def update_url(workspace, user) -> str:
    return reverse("workspaces:member-update", kwargs={"slug": workspace.slug, "user_id": user.pk})


def test_the_members_page_lists_roles_and_dates_owner_first(client, workspace, moderator, plain):
    page = client.get(members_url(workspace))

    text = visible_text(page)
    assert "3 members" in text
    assert text.index("Olga Owner Owner") < text.index("Mo Moderator Moderator")
    assert text.index("Mo Moderator Moderator") < text.index("Mia Member Member")
    assert timezone.localdate().strftime("%Y") in text
    assert "Remove" not in text  # an anonymous reader manages nothing


def test_a_moderator_sees_what_they_may_manage(client, workspace, moderator, plain):
    client.force_login(moderator)

    text = visible_text(client.get(members_url(workspace)))

    assert "Remove Mia Member" in text
    assert "Remove Mo Moderator" not in text
    assert "Remove Olga Owner" not in text
    assert "Invite people" in text
    assert "0 requests to join" in text


def test_a_moderator_makes_a_member_moderator(
    client, workspace, moderator, plain, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    response = client.post(update_url(workspace, plain), {"action": "role", "role": "moderator"})

    assert response.url == members_url(workspace)
    assert "Mia Member is now moderator." in visible_text(client.get(response.url))
    assert workspace.memberships.get(user=plain).role == Role.MODERATOR
    changed = Activity.objects.get(workspace=workspace, verb=Activity.Verb.ROLE_CHANGED)
    assert changed.actor == moderator
    assert changed.summary == "Mia Member"
    assert changed.addressed_to == [plain.pk]


def test_a_moderator_removes_a_member(client, workspace, moderator, plain):
    client.force_login(moderator)

    response = client.post(update_url(workspace, plain), {"action": "remove"}, follow=True)

    assert "Mia Member is no longer a member of the workspace." in visible_text(response)
    assert not workspace.memberships.filter(user=plain).exists()
    removed = Activity.objects.get(workspace=workspace, verb=Activity.Verb.REMOVED)
    assert (removed.actor, removed.summary, removed.addressed_to) == (
        moderator,
        "Mia Member",
        [plain.pk],
    )


def test_a_moderator_cannot_remove_or_demote_another_moderator(client, workspace, moderator):
    other = UserFactory(display_name="Omar Other")
    add_member(workspace, other, Role.MODERATOR)
    client.force_login(moderator)

    removed = client.post(update_url(workspace, other), {"action": "remove"})
    demoted = client.post(update_url(workspace, other), {"action": "role", "role": "member"})

    assert removed.status_code == demoted.status_code == 403
    assert workspace.memberships.get(user=other).role == Role.MODERATOR


def test_the_owner_removes_and_demotes_moderators(client, workspace, owner, moderator):
    other = UserFactory(display_name="Omar Other")
    add_member(workspace, other, Role.MODERATOR)
    client.force_login(owner)

    client.post(update_url(workspace, moderator), {"action": "role", "role": "member"})
    client.post(update_url(workspace, other), {"action": "remove"})

    assert workspace.memberships.get(user=moderator).role == Role.MEMBER
    assert not workspace.memberships.filter(user=other).exists()


def test_nobody_removes_the_owner_nor_makes_someone_owner(client, workspace, owner, moderator):
    client.force_login(moderator)
    assert client.post(update_url(workspace, owner), {"action": "remove"}).status_code == 403
    client.force_login(owner)
    assert client.post(update_url(workspace, owner), {"action": "remove"}).status_code == 403

    response = client.post(update_url(workspace, moderator), {"action": "role", "role": "owner"})

    assert response.url == members_url(workspace)
    assert "Choose what to do with this member." in visible_text(client.get(response.url))
    assert workspace.memberships.get(user=owner).role == Role.OWNER
    assert workspace.memberships.get(user=moderator).role == Role.MODERATOR


def test_a_site_administrator_manages_moderators_but_not_the_owner(
    client, workspace, owner, moderator
):
    admin = UserFactory(display_name="Ada Admin")
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    client.force_login(admin)

    assert client.post(update_url(workspace, owner), {"action": "remove"}).status_code == 403
    client.post(update_url(workspace, moderator), {"action": "role", "role": "member"})

    assert workspace.memberships.get(user=moderator).role == Role.MEMBER


def test_plain_members_and_outsiders_manage_nobody(client, workspace, plain, other_member):
    victim = UserFactory()
    add_member(workspace, victim)
    for user in (plain, other_member):
        client.force_login(user)
        assert client.post(update_url(workspace, victim), {"action": "remove"}).status_code == 403
    assert workspace.memberships.filter(user=victim).exists()


def test_roles_stay_as_they_are_in_an_archived_workspace(client, workspace, owner, plain):
    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())
    client.force_login(owner)

    response = client.post(update_url(workspace, plain), {"action": "role", "role": "moderator"})

    assert response.status_code == 403
    assert workspace.memberships.get(user=plain).role == Role.MEMBER
    assert "Remove Mia Member" not in visible_text(client.get(members_url(workspace)))


def test_a_private_workspace_lists_its_members_to_members_only(
    client, workspace, plain, other_member
):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)

    anonymous = client.get(members_url(workspace))
    client.force_login(other_member)
    outsider = client.get(members_url(workspace))
    removal = client.post(update_url(workspace, plain), {"action": "remove"})
    client.force_login(plain)
    inside = client.get(members_url(workspace))

    for refused in (anonymous, outsider, removal):
        assert refused.status_code == 404
        assert "Pension reform circle" not in refused.content.decode()
        assert "Mia Member" not in refused.content.decode()
    assert "Mia Member" in visible_text(inside)
    assert workspace.memberships.filter(user=plain).exists()


def test_a_members_only_workspace_asks_anonymous_visitors_to_sign_in(client, workspace):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.MEMBERS)

    response = client.get(members_url(workspace))

    assert response.url == f"{reverse('account_login')}?next={members_url(workspace)}"


def test_the_members_page_runs_a_fixed_number_of_queries(client, workspace, owner):
    client.force_login(owner)
    client.get(members_url(workspace))  # the site's root paths are cached on the first page
    with CaptureQueriesContext(connection) as one:
        client.get(members_url(workspace))
    for role in [Role.MODERATOR] * 3 + [Role.MEMBER] * 7:
        add_member(workspace, UserFactory(), role)

    with CaptureQueriesContext(connection) as eleven:
        page = client.get(members_url(workspace))

    assert "11 members" in visible_text(page)
    assert len(eleven.captured_queries) == len(one.captured_queries)


def test_the_members_page_renders_in_french(client, workspace, owner, plain):
    client.force_login(owner)
    with translation.override("fr"):
        url = members_url(workspace)

    page = client.get(url)

    assert url.startswith("/fr/")
    assert page.status_code == 200
    assert "Mia Member" in visible_text(page)
    assert 'lang="fr"' in page.content.decode()
