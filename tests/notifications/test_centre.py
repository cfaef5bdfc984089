"""The notification centre (/<lang>/notifications/) and the header's unread count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from notifications import registry
from notifications.models import Delivery, Notification, Subscription
from notifications.publish import publish
from tests.factories import UserFactory
from tests.workspaces.factories import (
    EventFactory,
    PostFactory,
    ReplyFactory,
    ThreadFactory,
    WorkspaceFactory,
    add_member,
)
from workspaces import rules as workspace_rules
from workspaces.models import Membership, Workspace

pytestmark = pytest.mark.django_db

VERB = "centre-test-new"
LIST = "/en/notifications/"


def _workspace_audience(workspace):
    from django.db.models import Q

    if workspace.visibility != Workspace.Visibility.PRIVATE:
        return None
    return Q(workspace_memberships__workspace=workspace)


@pytest.fixture(autouse=True)
def followable_workspaces():
    """Workspaces as the workspaces app registers them; registered here when that app
    does not (yet), so these tests stand on their own. A test verb tells updates."""
    if registry.by_key("workspace") is None:
        registry.register(
            registry.Followable(
                model=Workspace,
                key="workspace",
                label=_("the workspace"),
                audience=_workspace_audience,
                may_read=lambda user, workspace: workspace_rules.may_read(user, workspace),
                name=lambda workspace: workspace.name,
            )
        )
    registry.register_verb(
        VERB,
        sentence=_("{actor} added “{title}” to {source}"),
        subject=_("New in {source}: {title}"),
    )


@pytest.fixture
def author(db):
    return UserFactory(email="kofi@example.org", display_name="Kofi Mensah")


def follow(user, workspace, delivery=Delivery.PORTAL) -> Subscription:
    """``user`` follows ``workspace`` (members may already follow theirs)."""
    subscription = Subscription.objects.to(workspace).filter(user=user).first()
    subscription = subscription or Subscription(user=user, target=workspace)
    subscription.delivery = delivery
    subscription.save()
    return subscription


def tell(workspace, target, author, title=None, excerpt=""):
    """Publish an update about ``target`` to the workspace's followers."""
    return publish(
        verb=VERB,
        title=title or target.title,
        source=workspace,
        target=target,
        actor=author,
        excerpt=excerpt,
    )


def sentences(html: str) -> list[str]:
    """The notifications' sentences, in the order the page lists them."""
    return re.findall(r'href="/en/notifications/open/\d+/">(?:<strong>)?([^<]+)<', html)


def unread(user) -> int:
    user.refresh_from_db(fields=["unread_notifications"])
    return user.unread_notifications


# --- Who sees what --------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(LIST)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/notifications/"


def test_member_sees_own_notifications_newest_first_with_source_and_excerpt(
    member, member_client, other_member, author
):
    workspace = WorkspaceFactory(name="Mutuals of Benin")
    follow(member, workspace)
    first = PostFactory(workspace=workspace, title="Enrolment in Parakou")
    second = PostFactory(workspace=workspace, title="Premiums after the harvest")
    tell(workspace, first, author, excerpt="Door-to-door visits doubled enrolment.")
    tell(workspace, second, author)
    # Someone else's notification never shows here.
    secret = PostFactory(workspace=WorkspaceFactory(name="Other"), title="Not for Aminata")
    follow(other_member, secret.workspace)
    tell(secret.workspace, secret, author)

    html = member_client.get(LIST).content.decode()

    assert sentences(html) == [
        "Kofi Mensah added “Premiums after the harvest” to Mutuals of Benin",
        "Kofi Mensah added “Enrolment in Parakou” to Mutuals of Benin",
    ]
    assert "Not for Aminata" not in html
    assert "Door-to-door visits doubled enrolment." in html
    assert "Mutuals of Benin (the workspace)" in html
    assert html.count('<span class="badge">Unread</span>') == 2
    assert "2 unread notifications" in html
    assert re.search(r"<time datetime=[^>]+>(now|\d+ seconds? ago)</time>", html)
    assert 'href="/en/notifications/preferences/"' in html


def test_a_private_workspace_the_member_left_is_never_shown_and_is_forgotten(
    member, member_client, author
):
    private = WorkspaceFactory(name="Steering group", visibility=Workspace.Visibility.PRIVATE)
    membership = add_member(private, member)
    public = WorkspaceFactory(name="Open mutuals")
    follow(member, private)
    follow(member, public)
    tell(private, PostFactory(workspace=private, title="Budget 2026"), author)
    tell(public, PostFactory(workspace=public, title="Open news"), author)
    assert unread(member) == 2

    membership.delete()
    html = member_client.get(LIST).content.decode()

    assert sentences(html) == ["Kofi Mensah added “Open news” to Open mutuals"]
    assert "Budget 2026" not in html
    assert "Steering group" not in html
    assert Notification.objects.filter(recipient=member).count() == 1
    assert unread(member) == 1
    # The header says 1, not the 2 that publish counted.
    assert '<span class="badge">1<span class="visually-hidden"> unread</span></span>' in html


def test_deleted_content_disappears_from_the_centre(member, member_client, author):
    workspace = WorkspaceFactory(name="Mutuals")
    follow(member, workspace)
    post = PostFactory(workspace=workspace, title="Soon deleted")
    tell(workspace, post, author)
    post.delete()

    html = member_client.get(LIST).content.decode()

    assert "Soon deleted" not in html
    assert "You have no notifications yet." in html
    assert not Notification.objects.filter(recipient=member).exists()
    assert unread(member) == 0


def test_empty_centre_says_how_to_get_notifications(member_client):
    html = member_client.get(LIST).content.decode()
    assert "You have no notifications yet." in html
    assert "Mark all as read" not in html


# --- Pages and filters ------------------------------------------------------------------


def test_pages_of_twenty_five(member, member_client, author):
    workspace = WorkspaceFactory(name="Mutuals")
    follow(member, workspace)
    for number in range(30):
        tell(workspace, PostFactory(workspace=workspace, title=f"Post {number:02}"), author)

    first = member_client.get(LIST).content.decode()
    second = member_client.get(LIST + "?page=2").content.decode()

    assert len(sentences(first)) == 25
    assert sentences(first)[0] == "Kofi Mensah added “Post 29” to Mutuals"
    assert "Page 1 of 2" in first
    assert 'href="?page=2"' in first
    assert sentences(second) == [
        f"Kofi Mensah added “Post {n:02}” to Mutuals" for n in range(4, -1, -1)
    ]


def test_unread_only_filter(member, member_client, author):
    workspace = WorkspaceFactory(name="Mutuals")
    follow(member, workspace)
    tell(workspace, PostFactory(workspace=workspace, title="Read already"), author)
    tell(workspace, PostFactory(workspace=workspace, title="Still new"), author)
    Notification.objects.filter(update__title="Read already").update(read_at="2025-01-01T00:00Z")

    html = member_client.get(LIST + "?unread=1").content.decode()

    assert sentences(html) == ["Kofi Mensah added “Still new” to Mutuals"]
    assert '<strong aria-current="page">Unread only</strong>' in html
    assert f'href="{LIST}">All</a>' in html

    Notification.objects.update(read_at="2025-01-01T00:00Z")
    html = member_client.get(LIST + "?unread=1").content.decode()
    assert "You have read all your notifications." in html


# --- Marking read and opening -------------------------------------------------------------


def test_mark_one_as_read_and_come_back(member, member_client, author):
    workspace = WorkspaceFactory(name="Mutuals")
    follow(member, workspace)
    tell(workspace, PostFactory(workspace=workspace, title="One"), author)
    tell(workspace, PostFactory(workspace=workspace, title="Two"), author)
    one = Notification.objects.get(update__title="One")

    response = member_client.post(
        "/en/notifications/read/", {"notification": one.pk, "next": LIST + "?page=1"}
    )

    assert response.status_code == 302
    assert response["Location"] == LIST + "?page=1"
    one.refresh_from_db()
    assert one.read_at is not None
    assert Notification.objects.get(update__title="Two").read_at is None
    assert unread(member) == 1
    html = member_client.get(LIST).content.decode()
    assert "Marked as read." in html
    assert html.count('<span class="badge">Unread</span>') == 1


def test_mark_read_ignores_others_notifications_and_foreign_next(
    member, member_client, other_member, author
):
    workspace = WorkspaceFactory(name="Mutuals")
    follow(other_member, workspace)
    tell(workspace, PostFactory(workspace=workspace, title="Carlos's"), author)
    theirs = Notification.objects.get(recipient=other_member)

    response = member_client.post(
        "/en/notifications/read/",
        {"notification": theirs.pk, "next": "https://evil.example.com/"},
    )

    assert response["Location"] == LIST
    theirs.refresh_from_db()
    assert theirs.read_at is None
    assert unread(other_member) == 1


def test_mark_read_without_a_choice_says_so(member_client):
    response = member_client.post("/en/notifications/read/", {"notification": "abc"}, follow=True)
    assert "Nothing was marked as read: no notification was chosen." in response.content.decode()


def test_mark_all_as_read(member, member_client, author):
    workspace = WorkspaceFactory(name="Mutuals")
    follow(member, workspace)
    for title in ("One", "Two", "Three"):
        tell(workspace, PostFactory(workspace=workspace, title=title), author)
    html = member_client.get(LIST).content.decode()
    assert 'name="all" value="1">Mark all as read</button>' in html

    response = member_client.post("/en/notifications/read/", {"all": "1"}, follow=True)

    html = response.content.decode()
    assert response.redirect_chain == [(LIST, 302)]
    assert "All your notifications are marked as read." in html
    assert "Unread</span>" not in html
    assert "0 unread notifications" in html
    assert not Notification.objects.filter(recipient=member, read_at__isnull=True).exists()
    assert unread(member) == 0


def test_marking_read_needs_a_post(member, member_client, author):
    """A link (a prefetching browser, a crawler) marks nothing read."""
    workspace = WorkspaceFactory(name="Mutuals")
    follow(member, workspace)
    tell(workspace, PostFactory(workspace=workspace, title="One"), author)

    assert member_client.get("/en/notifications/read/?all=1").status_code == 405
    assert Notification.objects.filter(recipient=member, read_at__isnull=True).count() == 1


def test_opening_marks_read_and_goes_to_the_content(member, member_client, author):
    workspace = WorkspaceFactory(name="Mutuals", slug="mutuals")
    follow(member, workspace)
    thread = ThreadFactory(workspace=workspace, title="Premiums")
    reply = ReplyFactory(thread=thread)
    tell(workspace, reply, author, title="Premiums")
    notification = Notification.objects.get(recipient=member)

    response = member_client.get(f"/en/notifications/open/{notification.pk}/")

    assert response.status_code == 302
    assert (
        response["Location"] == f"/en/workspaces/mutuals/discussions/{thread.pk}/#reply-{reply.pk}"
    )
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert unread(member) == 0


def test_opening_someone_elses_notification_is_a_404(member_client, other_member, author):
    workspace = WorkspaceFactory()
    follow(other_member, workspace)
    tell(workspace, PostFactory(workspace=workspace), author)
    theirs = Notification.objects.get(recipient=other_member)

    assert member_client.get(f"/en/notifications/open/{theirs.pk}/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_opening_what_is_no_longer_readable_says_so_and_forgets_it(member, member_client, author):
    private = WorkspaceFactory(visibility=Workspace.Visibility.PRIVATE)
    membership = add_member(private, member)
    follow(member, private)
    tell(private, PostFactory(workspace=private, title="Minutes"), author)
    notification = Notification.objects.get(recipient=member)
    membership.delete()

    response = member_client.get(f"/en/notifications/open/{notification.pk}/", follow=True)

    assert response.redirect_chain == [(LIST, 302)]
    html = response.content.decode()
    assert "What this notification was about is no longer available." in html
    assert "Minutes" not in html
    assert not Notification.objects.filter(pk=notification.pk).exists()
    assert unread(member) == 0


# --- Query counts -------------------------------------------------------------------------


def _fill(member, author, workspaces, count):
    """``count`` notifications spread over the workspaces and kinds of content."""
    for number in range(count):
        workspace = workspaces[number % len(workspaces)]
        kind = number % 3
        if kind == 0:
            target = PostFactory(workspace=workspace)
        elif kind == 1:
            target = ReplyFactory(thread=ThreadFactory(workspace=workspace))
        else:
            target = EventFactory(workspace=workspace)
        tell(workspace, target, author, title=f"Item {number}")


def _centre_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST)
    assert response.status_code == 200
    return len(queries)


def test_the_centre_costs_the_same_queries_for_5_or_30_notifications(
    member, member_client, author, django_assert_num_queries
):
    workspaces = [
        WorkspaceFactory(name="Public one"),
        WorkspaceFactory(name="Members only", visibility=Workspace.Visibility.MEMBERS),
        WorkspaceFactory(name="Private", visibility=Workspace.Visibility.PRIVATE),
    ]
    add_member(workspaces[2], member, Membership.Role.MEMBER)
    for workspace in workspaces:
        follow(member, workspace)
    _fill(member, author, workspaces, 5)
    member_client.get(LIST)  # sessions, last seen, content types: settled
    few = _centre_queries(member_client)

    _fill(member, author, workspaces, 25)
    with django_assert_num_queries(few):
        html = member_client.get(LIST).content.decode()
    assert len(sentences(html)) == 25


# --- The header -------------------------------------------------------------------------


def test_header_shows_the_unread_count_without_a_query(member, member_client):
    member_client.get("/en/dashboard/")
    with CaptureQueriesContext(connection) as none_unread:
        html = member_client.get("/en/dashboard/").content.decode()
    assert '<a href="/en/notifications/">Notifications</a>' in html

    type(member).objects.filter(pk=member.pk).update(unread_notifications=5)
    with CaptureQueriesContext(connection) as five_unread:
        html = member_client.get("/en/dashboard/").content.decode()

    assert (
        '<a href="/en/notifications/">Notifications <span class="badge">5'
        '<span class="visually-hidden"> unread</span></span></a>' in html
    )
    assert len(five_unread) == len(none_unread)


def test_anonymous_visitors_have_no_notifications_link(client):
    html = client.get("/en/library/").content.decode()
    assert "/en/notifications/" not in html


# --- In French --------------------------------------------------------------------------


def test_the_centre_in_french(member, member_client, author):
    workspace = WorkspaceFactory(name="Mutuelles du Bénin")
    follow(member, workspace)
    tell(workspace, PostFactory(workspace=workspace, title="Adhésions"), author)

    html = member_client.get("/fr/notifications/").content.decode()

    assert '<html lang="fr">' in html
    with translation.override("fr"):
        assert gettext("Search the portal") in html
        assert gettext("Dashboard") in html
        assert gettext("Search the portal") != "Search the portal"
    assert re.search(r"<time datetime=[^>]+>(maintenant|il y a [^<]+)</time>", html)
    assert 'href="/fr/notifications/open/' in html
    assert 'href="/fr/notifications/preferences/"' in html
    assert 'href="/fr/notifications/?unread=1"' in html
