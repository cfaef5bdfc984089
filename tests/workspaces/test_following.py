"""Following a workspace: whoever gets in (creating it, joining an open one, an approved
request, an accepted invitation) follows it, each new item by e-mail, unless they
already followed it their own way; whoever leaves or is removed stops following it;
a deleted workspace is followed by nobody. Someone outside a public or members-only
workspace follows it from its page; a member finds their choice there. The data
migration turns the former "e-mail updates" choice into subscriptions."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from notifications.models import Delivery, Subscription
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces import membership, services
from workspaces.models import Invitation, JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def following(workspace) -> dict:
    """{e-mail address: delivery} of those who follow ``workspace``."""
    rows = Subscription.objects.to(workspace).values_list("user__email", "delivery")
    return dict(rows)


# --- Getting in and out ----------------------------------------------------------------------


def test_every_way_in_follows_the_workspace_each_item_by_e_mail(owner):
    workspace = services.create(
        owner=owner,
        values={
            "name": "Mutuals of Borgou",
            "summary": "Field actors share what works.",
            "kind": Workspace.Kind.PROJECT,
            "visibility": Workspace.Visibility.PUBLIC,
            "join_policy": Workspace.JoinPolicy.OPEN,
        },
    )
    joiner = UserFactory(email="jo@example.org")
    asker = UserFactory(email="ada@example.org")
    invited = UserFactory(email="ivan@example.org")

    membership.join(workspace, joiner)
    request = membership.request_to_join(workspace, asker)
    membership.decide_request(request, owner, approve=True)
    [invitation] = membership.invite(workspace, owner, [invited.email]).invitations
    membership.accept_invitation(invitation, invited)

    assert following(workspace) == {
        "olga@example.org": Delivery.INSTANT,
        "jo@example.org": Delivery.INSTANT,
        "ada@example.org": Delivery.INSTANT,
        "ivan@example.org": Delivery.INSTANT,
    }


def test_a_declined_request_or_an_unused_invitation_follows_nothing(owner):
    workspace = WorkspaceFactory(owner=owner)
    asker = UserFactory(email="ada@example.org")
    request = membership.request_to_join(workspace, asker)
    membership.decide_request(request, owner, approve=False)
    membership.invite(workspace, owner, ["ivan@example.org"])

    assert following(workspace) == {"olga@example.org": Delivery.INSTANT}
    assert JoinRequest.objects.get().status == JoinRequest.Status.DECLINED
    assert Invitation.objects.get().accepted is None


def test_someone_who_followed_before_joining_keeps_their_choice(owner):
    workspace = WorkspaceFactory(owner=owner, join_policy=Workspace.JoinPolicy.OPEN)
    reader = UserFactory(email="rita@example.org")
    Subscription.objects.create(
        user=reader,
        content_type=ContentType.objects.get_for_model(Workspace),
        object_id=workspace.pk,
        delivery=Delivery.WEEKLY,
    )

    membership.join(workspace, reader)

    assert following(workspace)["rita@example.org"] == Delivery.WEEKLY


def test_leaving_or_being_removed_stops_following(owner):
    workspace = WorkspaceFactory(owner=owner)
    leaver = UserFactory(email="lea@example.org")
    removed = UserFactory(email="rob@example.org")
    add_member(workspace, leaver)
    add_member(workspace, removed)
    other = WorkspaceFactory(owner=owner, slug="other")
    add_member(other, leaver)

    membership.leave(workspace, leaver)
    membership.remove_member(Membership.objects.get(workspace=workspace, user=removed), owner)

    assert following(workspace) == {"olga@example.org": Delivery.INSTANT}
    assert "lea@example.org" in following(other)  # another workspace is another choice


def test_a_deleted_workspace_is_followed_by_nobody(owner):
    workspace = WorkspaceFactory(owner=owner)
    kept = WorkspaceFactory(owner=owner, slug="kept")
    outsider = UserFactory()
    membership.follow(workspace, outsider)

    services.delete(workspace)

    assert list(Subscription.objects.values_list("object_id", flat=True)) == [kept.pk]


# --- On the workspace's page -----------------------------------------------------------------


def actions(response) -> str:
    html = response.content.decode()
    start = html.index('<ul class="inline workspace-actions"')
    return html[start : html.index("</ul>", start)]


def test_a_member_finds_their_choice_on_the_workspace_s_page(client, owner):
    workspace = WorkspaceFactory(owner=owner, slug="borgou")
    client.force_login(owner)

    shown = actions(client.get(workspace.get_absolute_url()))

    choice = reverse("workspaces:email-updates", kwargs={"slug": "borgou"})
    assert f'<a href="{choice}">Notifications for this workspace</a>' in shown
    assert "notifications/follow/" not in shown


@pytest.mark.parametrize("visibility", [Workspace.Visibility.PUBLIC, Workspace.Visibility.MEMBERS])
def test_someone_outside_a_readable_workspace_follows_it_from_its_page(client, owner, visibility):
    workspace = WorkspaceFactory(owner=owner, name="Mutuals of Borgou", visibility=visibility)
    outsider = UserFactory()
    client.force_login(outsider)

    shown = actions(client.get(workspace.get_absolute_url()))

    follow = reverse("notifications:follow", args=["workspace", workspace.pk])
    assert f'action="{follow}"' in shown
    assert "Follow the workspace “Mutuals of Borgou”" in visible_text(shown)
    assert "Notifications for this workspace" not in shown


def test_an_anonymous_visitor_is_asked_to_sign_in_to_follow(client, owner):
    workspace = WorkspaceFactory(owner=owner)

    shown = actions(client.get(workspace.get_absolute_url()))

    assert "Sign in to follow" in visible_text(shown)
    assert "notifications/follow/" not in shown


# --- The data migration -----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_e_mail_updates_into_subscriptions():
    """Members who wanted e-mail updates hear of each new item by e-mail, the others in
    the portal; back, the choice is restored from the subscriptions."""
    before = [("workspaces", "0002_content"), ("notifications", "0001_initial")]
    after = [("workspaces", "0003_members_follow_their_workspaces")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        apps = executor.loader.project_state(before).apps
        Workspace = apps.get_model("workspaces", "Workspace")
        Membership = apps.get_model("workspaces", "Membership")
        # Accounts stay migrated: today's users.
        wanting = UserFactory(email="yes@example.org")
        quiet = UserFactory(email="no@example.org")
        workspace = Workspace.objects.create(name="Borgou", slug="borgou", summary="S")
        Membership.objects.create(workspace=workspace, user_id=wanting.pk, email_updates=True)
        Membership.objects.create(workspace=workspace, user_id=quiet.pk, email_updates=False)

        executor = MigrationExecutor(connection)
        executor.migrate(after)

        apps = executor.loader.project_state(after).apps
        Subscription = apps.get_model("notifications", "Subscription")
        rows = Subscription.objects.values_list(
            "user__email", "content_type__model", "object_id", "delivery"
        )
        assert sorted(rows) == [
            ("no@example.org", "workspace", workspace.pk, "portal"),
            ("yes@example.org", "workspace", workspace.pk, "instant"),
        ]

        executor = MigrationExecutor(connection)
        executor.migrate(before)

        apps = executor.loader.project_state(before).apps
        Membership = apps.get_model("workspaces", "Membership")
        choices = Membership.objects.values_list("user__email", "email_updates")
        assert sorted(choices) == [("no@example.org", False), ("yes@example.org", True)]
    finally:
        call_command("migrate", verbosity=0)
