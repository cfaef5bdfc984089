"""Moderators answer join requests: the person is let in (or not) and told by e-mail,
in their language; a request is answered once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces.models import Activity, JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def requester(db):
    return UserFactory(email="rita@example.org", display_name="Rita Requester", language="fr")


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name="Pension reform circle", owner=owner)


@pytest.fixture
def join_request(workspace, requester):
    return JoinRequest.objects.create(
        workspace=workspace, user=requester, message="I run a mutual in Zanzibar."
    )


def requests_url(workspace) -> str:
    return reverse("workspaces:requests", kwargs={"slug": workspace.slug})


def decide_url(join_request) -> str:
    return reverse(
        "workspaces:request-decide",
        kwargs={"slug": join_request.workspace.slug, "pk": join_request.pk},
    )


def test_moderators_see_pending_requests_with_their_message(
    client, workspace, join_request, member
):
    moderator = UserFactory(display_name="Mo Moderator")
    add_member(workspace, moderator, Membership.Role.MODERATOR)
    JoinRequest.objects.create(workspace=workspace, user=member, status=JoinRequest.Status.DECLINED)
    client.force_login(moderator)

    page = client.get(requests_url(workspace))

    text = visible_text(page)
    assert "Rita Requester" in text
    assert "I run a mutual in Zanzibar." in text
    assert "Approve Rita Requester" in text and "Decline Rita Requester" in text
    assert "Aminata Diallo" not in text  # already answered


def test_an_empty_queue_says_so(client, workspace, owner):
    client.force_login(owner)

    assert "Nobody is waiting for an answer." in visible_text(client.get(requests_url(workspace)))


def test_members_may_not_see_the_requests(member_client, member, workspace, join_request):
    add_member(workspace, member)

    response = member_client.get(requests_url(workspace))

    assert response.status_code == 403
    assert "I run a mutual" not in response.content.decode()


def test_approving_lets_the_person_in_and_tells_them_in_their_language(
    client,
    owner,
    workspace,
    join_request,
    requester,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide_url(join_request), {"decision": "approve"})

    assert response.url == requests_url(workspace)
    assert "Rita Requester is now a member. They will be told by e-mail." in visible_text(
        client.get(response.url)
    )
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.APPROVED
    assert join_request.decided_by == owner
    assert join_request.decided is not None
    membership = Membership.objects.get(workspace=workspace, user=requester)
    assert membership.role == Membership.Role.MEMBER
    joined = Activity.objects.get(workspace=workspace, verb=Activity.Verb.JOINED)
    assert joined.actor == requester
    assert joined.addressed_to == [requester.pk]
    [message] = mailoutbox
    assert message.to == ["rita@example.org"]
    assert "Pension reform circle" in message.subject
    assert f"http://testserver/fr/workspaces/{workspace.slug}/" in message.body
    with translation.override("fr"):
        greeting = gettext("Hello %(name)s,") % {"name": "Rita Requester"}
    assert greeting != "Hello Rita Requester,"
    assert message.body.startswith(greeting)


def test_approval_email_in_english(
    client, owner, workspace, member, mailoutbox, django_capture_on_commit_callbacks
):
    request = JoinRequest.objects.create(workspace=workspace, user=member)
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(decide_url(request), {"decision": "approve"})

    [message] = mailoutbox
    assert message.subject == "GESS: welcome to “Pension reform circle”"
    body = " ".join(message.body.split())
    assert body.startswith("Hello Aminata Diallo,")
    assert "you are now a member of the workspace “Pension reform circle”" in body
    assert f"http://testserver/en/workspaces/{workspace.slug}/" in body


def test_declining_keeps_the_person_out_and_tells_them(
    client, owner, workspace, member, mailoutbox, django_capture_on_commit_callbacks
):
    request = JoinRequest.objects.create(workspace=workspace, user=member)
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide_url(request), {"decision": "decline"}, follow=True)

    assert "The request of Aminata Diallo is declined. They will be told by e-mail." in (
        visible_text(response)
    )
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.DECLINED
    assert not workspace.memberships.filter(user=member).exists()
    # Nobody else reads of a declined request in the stream.
    assert not Activity.objects.filter(workspace=workspace, verb=Activity.Verb.JOINED).exists()
    [message] = mailoutbox
    assert message.to == ["aminata@example.org"]
    assert message.subject == "GESS: your request to join “Pension reform circle”"
    assert "have declined your request to join it" in " ".join(message.body.split())


def test_a_request_is_answered_once(
    client,
    owner,
    workspace,
    join_request,
    requester,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(decide_url(join_request), {"decision": "decline"})

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(decide_url(join_request), {"decision": "approve"}, follow=True)

    assert "This request has already been answered." in visible_text(again)
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.DECLINED
    assert not workspace.memberships.filter(user=requester).exists()
    assert len(mailoutbox) == 1


def test_a_moderator_decides_but_a_member_may_not(
    client, workspace, join_request, requester, member
):
    add_member(workspace, member)
    client.force_login(member)

    refused = client.post(decide_url(join_request), {"decision": "approve"})

    assert refused.status_code == 403
    assert not workspace.memberships.filter(user=requester).exists()
    moderator = UserFactory()
    add_member(workspace, moderator, Membership.Role.MODERATOR)
    client.force_login(moderator)
    client.post(decide_url(join_request), {"decision": "approve"})
    assert workspace.memberships.filter(user=requester).exists()


def test_a_request_of_another_workspace_is_not_found(client, owner, join_request):
    elsewhere = WorkspaceFactory(owner=owner)
    client.force_login(owner)
    url = reverse(
        "workspaces:request-decide", kwargs={"slug": elsewhere.slug, "pk": join_request.pk}
    )

    assert client.post(url, {"decision": "approve"}).status_code == 404
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.PENDING


def test_archived_workspace_requests_are_not_decided(client, owner, workspace, join_request):
    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())
    client.force_login(owner)

    response = client.post(decide_url(join_request), {"decision": "approve"})

    assert response.status_code == 403
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.PENDING


def test_private_workspace_requests_are_not_found_by_outsiders(member_client, owner, join_request):
    workspace = join_request.workspace
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)

    for response in (
        member_client.get(requests_url(workspace)),
        member_client.post(decide_url(join_request), {"decision": "approve"}),
    ):
        assert response.status_code == 404
        assert "Pension reform circle" not in response.content.decode()


def test_the_queue_runs_a_fixed_number_of_queries(
    client, owner, workspace, django_assert_num_queries
):
    client.force_login(owner)
    JoinRequest.objects.create(workspace=workspace, user=UserFactory())
    client.get(requests_url(workspace))  # the site's root paths are cached on the first page
    with CaptureQueriesContext(connection) as first:
        client.get(requests_url(workspace))
    for _ in range(5):
        JoinRequest.objects.create(workspace=workspace, user=UserFactory())

    with django_assert_num_queries(len(first.captured_queries)):
        page = client.get(requests_url(workspace))
    assert visible_text(page).count("Approve ") == 6
