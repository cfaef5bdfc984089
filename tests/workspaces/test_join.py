"""Joining a workspace: at once when it is open, by asking when it takes members on request;
and every refusal says why (invitation only, archived, address not confirmed), except
for a private workspace, whose existence an outsider never learns."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces.models import Activity, JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Policy = Workspace.JoinPolicy


def join_url(workspace) -> str:
    return reverse("workspaces:join", kwargs={"slug": workspace.slug})


def test_a_member_joins_an_open_workspace_at_once(member_client, member, owner):
    workspace = WorkspaceFactory(name="Benin mutuals", join_policy=Policy.OPEN, owner=owner)

    page = member_client.get(join_url(workspace))
    assert "Any member of the portal may join this workspace" in visible_text(page)
    assert "Join the workspace" in visible_text(page)

    response = member_client.post(join_url(workspace))

    assert response.status_code == 302
    assert response.url == workspace.get_absolute_url()
    membership = Membership.objects.get(workspace=workspace, user=member)
    assert membership.role == Membership.Role.MEMBER
    joined = Activity.objects.get(workspace=workspace, verb=Activity.Verb.JOINED)
    assert joined.actor == member
    assert joined.addressed_to == []
    followed = member_client.get(response.url)
    assert "Welcome: you are now a member of this workspace." in visible_text(followed)


def test_joining_again_says_you_are_already_in(member_client, member, owner):
    workspace = WorkspaceFactory(join_policy=Policy.OPEN, owner=owner)
    add_member(workspace, member)

    response = member_client.post(join_url(workspace), follow=True)

    assert "You are already a member of this workspace." in visible_text(response)
    assert Membership.objects.filter(workspace=workspace).count() == 2


def test_asking_to_join_reaches_the_moderators(
    member_client, member, owner, mailoutbox, django_capture_on_commit_callbacks
):
    moderator = UserFactory(email="mo@example.org", display_name="Mo Moderator", language="fr")
    workspace = WorkspaceFactory(name="Pension reform circle", owner=owner)
    add_member(workspace, moderator, Membership.Role.MODERATOR)
    add_member(workspace, UserFactory(email="plain@example.org"))

    page = member_client.get(join_url(workspace))
    text = visible_text(page)
    assert "The moderators of this workspace decide who joins." in text
    assert "Ask to join" in text

    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            join_url(workspace), {"message": "I run a mutual in Cotonou."}
        )

    assert response.url == workspace.get_absolute_url()
    request = JoinRequest.objects.get(workspace=workspace, user=member)
    assert request.status == JoinRequest.Status.PENDING
    assert request.message == "I run a mutual in Cotonou."
    assert not Membership.objects.filter(workspace=workspace, user=member).exists()
    asked = Activity.objects.get(workspace=workspace, verb=Activity.Verb.REQUESTED)
    assert asked.actor == member
    assert asked.addressed_to == sorted([owner.pk, moderator.pk])
    assert sorted(m.to[0] for m in mailoutbox) == ["mo@example.org", "olga@example.org"]
    english = next(m for m in mailoutbox if m.to == ["olga@example.org"])
    assert english.subject == "GESS: Aminata Diallo asks to join “Pension reform circle”"
    assert "I run a mutual in Cotonou." in english.body
    requests_url = "http://testserver" + reverse(
        "workspaces:requests", kwargs={"slug": workspace.slug}
    )
    assert requests_url in english.body
    french = next(m for m in mailoutbox if m.to == ["mo@example.org"])
    assert "/fr/workspaces/" in french.body
    shown = member_client.get(response.url)
    assert "Your request has been sent to the moderators." in visible_text(shown)


def test_asking_twice_is_answered_without_a_second_request(member_client, member, owner):
    workspace = WorkspaceFactory(owner=owner)
    member_client.post(join_url(workspace), {"message": "First"})

    page = member_client.get(join_url(workspace))
    assert "You have already asked; the moderators will answer." in visible_text(page)
    assert "Ask to join" not in visible_text(page)

    member_client.post(join_url(workspace), {"message": "Second"})
    assert JoinRequest.objects.filter(workspace=workspace, user=member).count() == 1


def test_a_second_request_through_the_service_is_refused(member, owner):
    from workspaces import membership

    workspace = WorkspaceFactory(owner=owner)
    membership.request_to_join(workspace, member, "First")

    with pytest.raises(membership.MembershipRefused, match="You have already asked"):
        membership.request_to_join(workspace, member, "Second")


def test_asking_again_after_a_declined_request_is_possible(member_client, member, owner):
    workspace = WorkspaceFactory(owner=owner)
    JoinRequest.objects.create(workspace=workspace, user=member, status=JoinRequest.Status.DECLINED)

    member_client.post(join_url(workspace), {"message": "Please reconsider"})

    assert workspace.join_requests.filter(status=JoinRequest.Status.PENDING).count() == 1


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_invitation_only_workspace_says_so(member_client, member, owner, method):
    workspace = WorkspaceFactory(join_policy=Policy.INVITATION, owner=owner)

    response = getattr(member_client, method)(join_url(workspace))

    assert response.status_code == 403
    assert "This workspace accepts members by invitation only." in visible_text(response)
    assert not workspace.memberships.filter(user=member).exists()
    assert not workspace.join_requests.exists()


@pytest.mark.parametrize("policy", [Policy.OPEN, Policy.REQUEST])
def test_an_archived_workspace_takes_nobody(member_client, member, owner, policy):
    workspace = WorkspaceFactory(join_policy=policy, owner=owner, archived=timezone.now())

    response = member_client.post(join_url(workspace), {"message": "Hello"})

    assert response.status_code == 403
    assert "This workspace is archived: nobody can join it." in visible_text(response)
    assert not workspace.memberships.filter(user=member).exists()
    assert not workspace.join_requests.exists()


def test_an_address_not_confirmed_is_explained(client, owner):
    newcomer = UserFactory(email="new@example.org", verified=False)
    workspace = WorkspaceFactory(join_policy=Policy.OPEN, owner=owner)
    client.force_login(newcomer)

    response = client.post(join_url(workspace))

    assert response.status_code == 403
    text = visible_text(response)
    assert "Please confirm your e-mail address before joining a workspace" in text
    assert reverse("account_email") in response.content.decode()
    assert not workspace.memberships.filter(user=newcomer).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_asked_to_sign_in(client, owner, method):
    workspace = WorkspaceFactory(join_policy=Policy.OPEN, owner=owner)

    response = getattr(client, method)(join_url(workspace))

    assert response.status_code == 302
    back = join_url(workspace) if method == "get" else workspace.get_absolute_url()
    assert response.url == f"{reverse('account_login')}?next={back}"


@pytest.mark.parametrize("policy", [Policy.OPEN, Policy.REQUEST, Policy.INVITATION])
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_private_workspace_is_not_found_by_outsiders(
    member_client, member, owner, policy, method
):
    workspace = WorkspaceFactory(
        name="Closed cell on floors",
        visibility=Workspace.Visibility.PRIVATE,
        join_policy=policy,
        owner=owner,
    )

    response = getattr(member_client, method)(join_url(workspace), {"message": "Let me in"})

    assert response.status_code == 404
    assert "Closed cell on floors" not in response.content.decode()
    assert not workspace.memberships.filter(user=member).exists()
    assert not workspace.join_requests.exists()


def test_a_private_workspace_is_not_found_by_anonymous_visitors(client, owner):
    workspace = WorkspaceFactory(visibility=Workspace.Visibility.PRIVATE, owner=owner)

    assert client.get(join_url(workspace)).status_code == 404


def test_a_members_only_workspace_is_joined_by_signed_in_members(member_client, member, owner):
    workspace = WorkspaceFactory(
        visibility=Workspace.Visibility.MEMBERS, join_policy=Policy.OPEN, owner=owner
    )

    member_client.post(join_url(workspace))

    assert workspace.memberships.filter(user=member, role=Membership.Role.MEMBER).exists()
