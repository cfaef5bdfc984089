"""Handing over ownership (the former owner stays as moderator) and leaving (not the owner,
who hands over first)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import membership as services
from workspaces.models import Activity, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role


@pytest.fixture
def successor(workspace):
    user = UserFactory(email="sam@example.org", display_name="Sam Successor")
    add_member(workspace, user)
    return user


def transfer_url(workspace) -> str:
    return reverse("workspaces:transfer", kwargs={"slug": workspace.slug})


def leave_url(workspace) -> str:
    return reverse("workspaces:leave", kwargs={"slug": workspace.slug})


# --- Handing over ---------------------------------------------------------------------------


def test_the_owner_hands_over_and_stays_as_moderator(client, workspace, owner, successor):
    client.force_login(owner)
    page = client.get(transfer_url(workspace))
    assert "You will stay in the workspace as a moderator." in visible_text(page)
    assert "Sam Successor (Member)" in page.content.decode()

    chosen = workspace.memberships.get(user=successor)
    response = client.post(transfer_url(workspace), {"new_owner": chosen.pk})

    assert response.url == reverse("workspaces:members", kwargs={"slug": workspace.slug})
    assert "Sam Successor now owns the workspace; you are one of its moderators." in (
        visible_text(client.get(response.url))
    )
    assert workspace.memberships.get(user=successor).role == Role.OWNER
    assert workspace.memberships.get(user=owner).role == Role.MODERATOR
    assert workspace.memberships.filter(role=Role.OWNER).count() == 1
    handed = Activity.objects.get(workspace=workspace, verb=Activity.Verb.OWNER_CHANGED)
    assert handed.actor == owner
    assert handed.summary == "Sam Successor"
    assert handed.addressed_to == [successor.pk]


def test_without_another_member_there_is_nobody_to_hand_over_to(client, workspace, owner):
    client.force_login(owner)

    page = client.get(transfer_url(workspace))

    assert "The workspace has no other member yet: invite someone before handing it over." in (
        visible_text(page)
    )


def test_only_the_owner_hands_over(client, workspace, successor):
    moderator = UserFactory()
    add_member(workspace, moderator, Role.MODERATOR)
    client.force_login(moderator)
    chosen = workspace.memberships.get(user=successor)

    assert client.get(transfer_url(workspace)).status_code == 403
    assert client.post(transfer_url(workspace), {"new_owner": chosen.pk}).status_code == 403
    assert workspace.memberships.get(user=successor).role == Role.MEMBER


def test_a_member_of_another_workspace_cannot_be_chosen(
    client, workspace, owner, successor, other_member
):
    elsewhere = WorkspaceFactory()
    stranger = add_member(elsewhere, other_member)
    client.force_login(owner)

    response = client.post(transfer_url(workspace), {"new_owner": stranger.pk})

    assert "Select a valid choice." in visible_text(response)
    assert workspace.memberships.get(user=owner).role == Role.OWNER


def test_the_service_refuses_someone_who_is_not_a_member(workspace, owner, other_member):
    with pytest.raises(services.MembershipRefused, match="Choose another member"):
        services.transfer_ownership(workspace, owner, other_member)
    with pytest.raises(services.MembershipRefused, match="Choose another member"):
        services.transfer_ownership(workspace, owner, owner)


def test_an_archived_workspace_is_not_handed_over(client, workspace, owner, successor):
    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())
    client.force_login(owner)
    chosen = workspace.memberships.get(user=successor)

    assert client.post(transfer_url(workspace), {"new_owner": chosen.pk}).status_code == 403
    assert workspace.memberships.get(user=owner).role == Role.OWNER


# --- Leaving --------------------------------------------------------------------------------


def test_a_member_leaves(client, workspace, successor):
    client.force_login(successor)

    response = client.post(leave_url(workspace), follow=True)

    assert "You have left the workspace “Pension reform circle”." in visible_text(response)
    assert response.redirect_chain[0][0] == workspace.get_absolute_url()
    assert not workspace.memberships.filter(user=successor).exists()
    left = Activity.objects.get(workspace=workspace, verb=Activity.Verb.LEFT)
    assert left.actor == successor


def test_leaving_a_private_workspace_leads_to_the_directory(client, workspace, successor):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    client.force_login(successor)

    response = client.post(leave_url(workspace))

    assert response.url == reverse("workspaces:index")
    assert not workspace.memberships.filter(user=successor).exists()


def test_the_owner_cannot_leave_before_handing_over(client, workspace, owner):
    client.force_login(owner)

    response = client.post(leave_url(workspace))

    assert response.url == transfer_url(workspace)
    assert "You own this workspace: hand over ownership to another member first." in (
        visible_text(client.get(response.url))
    )
    assert workspace.memberships.get(user=owner).role == Role.OWNER
    with pytest.raises(services.MembershipRefused, match="hand over ownership"):
        services.leave(workspace, owner)


def test_after_handing_over_the_former_owner_may_leave(client, workspace, owner, successor):
    services.transfer_ownership(workspace, owner, successor)
    client.force_login(owner)

    client.post(leave_url(workspace))

    assert not workspace.memberships.filter(user=owner).exists()
    assert workspace.memberships.get(user=successor).role == Role.OWNER


def test_outsiders_cannot_leave_and_anonymous_visitors_sign_in(client, workspace, other_member):
    anonymous = client.post(leave_url(workspace))
    assert anonymous.url == f"{reverse('account_login')}?next={workspace.get_absolute_url()}"

    client.force_login(other_member)
    assert client.post(leave_url(workspace)).status_code == 403
    assert client.get(leave_url(workspace)).status_code == 405


def test_outsiders_of_a_private_workspace_get_not_found(client, workspace, other_member):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    client.force_login(other_member)

    for response in (client.post(leave_url(workspace)), client.get(transfer_url(workspace))):
        assert response.status_code == 404
        assert "Pension reform circle" not in response.content.decode()
