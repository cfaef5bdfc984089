"""The workspace e-mails: an invitation travels through the broker, a real Celery worker
and a real SMTP server, and its link works; each e-mail is in its recipient's
language, goes to its addressee alone, and is not sent once it no longer holds."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from gess.celery import app
from tests.accounts.helpers import links_in, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import emails
from workspaces import membership as services
from workspaces.models import Invitation, JoinRequest, Membership, Workspace

Role = Membership.Role
TASKS = (
    "workspaces.send_invitation",
    "workspaces.send_join_request",
    "workspaces.send_join_decision",
)


def invitation_links(body: str) -> list[str]:
    return [link for link in links_in(body) if "/workspaces/invitation/" in link]


def test_the_emails_travel_on_the_email_queue():
    for name in TASKS:
        route = app.amqp.router.route({}, name, args=(), kwargs={})
        assert route["queue"].name == "email"


@pytest.mark.worker
def test_an_invitation_reaches_the_address_through_a_real_worker_and_its_link_works(
    fresh_cache, client, smtp_server, real_celery_worker
):
    owner = UserFactory(email="olga@example.org", display_name="Olga Owner")
    workspace = WorkspaceFactory(
        name="Closed cell on floors",
        visibility=Workspace.Visibility.PRIVATE,
        join_policy=Workspace.JoinPolicy.INVITATION,
        owner=owner,
    )
    client.force_login(owner)

    response = client.post(
        reverse("workspaces:invite", kwargs={"slug": workspace.slug}),
        {"emails": "newcomer@example.org", "role": "member", "message": "Come and help."},
    )

    assert response.status_code == 302
    [received] = smtp_server.wait_for(1, timeout=30)
    runs = real_celery_worker.wait_for_task("workspaces.send_invitation")
    assert [(state, in_worker) for _, state, in_worker in runs] == [("SUCCESS", True)]
    assert received["envelope"].rcpt_tos == ["newcomer@example.org"]
    message = received["message"]
    assert " ".join(str(message["Subject"]).split()) == (
        "GESS: Olga Owner invites you to the workspace “Closed cell on floors”"
    )
    body = message.get_content()
    assert body.startswith("Hello,")
    assert "Come and help." in body
    [link] = invitation_links(body)
    assert link == "http://testserver" + Invitation.objects.get().get_absolute_url()

    client.logout()
    page = client.get(link.removeprefix("http://testserver"))
    assert page.status_code == 200
    text = visible_text(page)
    assert "Invitation to “Closed cell on floors”" in text
    assert "Olga Owner invites you to join this workspace." in text
    assert "Create an account" in text


# --- Language and addressees (tasks run at once, e-mails in the locmem outbox) ---------------


@pytest.fixture
def owner(db):
    return UserFactory(email="olga@example.org", display_name="Olga Owner", language="fr")


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name="Cercle des mutuelles", owner=owner)


def test_an_unknown_address_is_invited_in_the_inviters_language(
    workspace, owner, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.invite(workspace, owner, ["nouveau@example.org"])

    [message] = mailoutbox
    with translation.override("fr"):
        expected = gettext("To accept, open this link:")
    assert expected in message.body
    [link] = invitation_links(message.body)
    assert link.startswith("http://testserver/fr/workspaces/invitation/")


def test_someone_with_an_account_is_invited_in_their_language_and_by_name(
    workspace, owner, mailoutbox, django_capture_on_commit_callbacks
):
    UserFactory(email="awa@example.org", display_name="Awa Ndiaye", language="en")

    with django_capture_on_commit_callbacks(execute=True):
        services.invite(workspace, owner, ["AWA@example.org"], role=Role.MODERATOR)

    [message] = mailoutbox
    assert message.to == ["AWA@example.org"]
    assert message.body.startswith("Hello Awa Ndiaye,")
    body = " ".join(message.body.split())
    assert "You are invited as a moderator" in body
    assert "Sign in with this e-mail address to accept." in body
    assert invitation_links(message.body)[0].startswith("http://testserver/en/")


def test_a_withdrawn_or_used_invitation_is_not_sent(workspace, owner, member, mailoutbox):
    withdrawn = Invitation.objects.create(workspace=workspace, email="x@example.org")
    services.withdraw_invitation(withdrawn)
    used = Invitation.objects.create(workspace=workspace, email=member.email)
    services.accept_invitation(used, member)

    assert emails.deliver_invitation(withdrawn.pk) is False
    assert emails.deliver_invitation(used.pk) is False
    assert emails.deliver_invitation(0) is False
    assert mailoutbox == []


def test_a_join_request_goes_to_each_moderator_alone_in_their_language(
    workspace, owner, member, mailoutbox
):
    moderator = UserFactory(email="mo@example.org", display_name="Mo Moderator", language="es")
    add_member(workspace, moderator, Role.MODERATOR)
    add_member(workspace, UserFactory(email="plain@example.org"))
    gone = UserFactory(email="gone@example.org", is_active=False)
    add_member(workspace, gone, Role.MODERATOR)
    request = JoinRequest.objects.create(workspace=workspace, user=member, message="Hola")

    assert emails.deliver_join_request(request.pk) == 2

    assert sorted(m.to for m in mailoutbox) == [["mo@example.org"], ["olga@example.org"]]
    assert all(len(m.to) == 1 and not m.cc and not m.bcc for m in mailoutbox)
    spanish = next(m for m in mailoutbox if m.to == ["mo@example.org"])
    assert f"http://testserver/es/workspaces/{workspace.slug}/requests/" in spanish.body
    assert "Hola" in spanish.body


def test_answered_requests_are_not_announced_and_pending_ones_not_decided(
    workspace, owner, member, mailoutbox
):
    request = JoinRequest.objects.create(workspace=workspace, user=member)

    assert emails.deliver_join_decision(request.pk) is False
    services.decide_request(request, owner, approve=False)
    assert emails.deliver_join_request(request.pk) == 0
    assert emails.deliver_join_decision(request.pk) is True

    [message] = mailoutbox
    assert message.to == [member.email]
    assert "Cercle des mutuelles" in message.subject
    assert f"/workspaces/{workspace.slug}/" not in message.body  # nothing to open for them
