"""A workspace's full activity stream (newest first, 50 a page, each line linking to what
it is about while that still exists) and each member's choice of how they hear of its
new content ("Notifications for this workspace")."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from notifications.models import Notification, Subscription
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import (
    EventFactory,
    PostCommentFactory,
    PostFactory,
    WorkspaceFactory,
    add_member,
)
from workspaces import blog
from workspaces.activity import record
from workspaces.models import Activity, Invitation, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Verb = Activity.Verb


@pytest.fixture
def workspace(owner, member):
    workspace = WorkspaceFactory(name="Coastal mutuals", slug="coastal-mutuals", owner=owner)
    add_member(workspace, member)
    return workspace


def activity_url(workspace, page: int | None = None) -> str:
    address = reverse("workspaces:activity", kwargs={"slug": workspace.slug})
    return f"{address}?page={page}" if page else address


def lines(response) -> list[str]:
    """Each line of the stream, as read."""
    html = response.content.decode()
    stream = re.search(r'<ol class="plain activity-stream".*?</ol>', html, re.S)
    assert stream, "no activity stream"
    return [visible_text(item) for item in re.findall(r"<li>.*?</li>", stream.group(0), re.S)]


def happened(workspace, actor, verb, target=None, summary="", minutes_ago=0):
    activity = record(workspace, actor=actor, verb=verb, target=target, summary=summary)
    Activity.objects.filter(pk=activity.pk).update(
        created=timezone.now() - dt.timedelta(minutes=minutes_ago)
    )
    return activity


def test_the_stream_says_who_did_what_newest_first_with_links(client, workspace, owner, member):
    post = PostFactory(workspace=workspace, author=member, title="What works in Parakou")
    gone = PostFactory(workspace=workspace, author=member, title="A post since deleted")
    event = EventFactory(workspace=workspace, created_by=owner, title="Steering committee")
    comment = PostCommentFactory(post=post, author=owner)
    happened(workspace, member, Verb.POSTED, post, post.title, minutes_ago=50)
    happened(workspace, member, Verb.POSTED, gone, gone.title, minutes_ago=40)
    happened(workspace, owner, Verb.EVENT_ADDED, event, event.title, minutes_ago=30)
    happened(workspace, owner, Verb.COMMENTED, comment, post.title, minutes_ago=20)
    departed = UserFactory(display_name="Dan Departed")
    happened(workspace, departed, Verb.JOINED, minutes_ago=10)
    departed.delete()
    gone.delete()

    response = client.get(activity_url(workspace))

    assert lines(response)[:5] == [
        f"A former member joined {_time(response, 0)}",
        f"Olga Owner commented on a post: What works in Parakou {_time(response, 1)}",
        f"Olga Owner announced an event: Steering committee {_time(response, 2)}",
        f"Aminata Diallo wrote a blog post: A post since deleted {_time(response, 3)}",
        f"Aminata Diallo wrote a blog post: What works in Parakou {_time(response, 4)}",
    ]
    html = response.content.decode()
    assert f'href="{post.get_absolute_url()}">What works in Parakou</a>' in html
    assert f'href="{post.get_absolute_url()}#comment-{comment.pk}"' in html
    assert f'href="{event.get_absolute_url()}">Steering committee</a>' in html
    # The deleted post is still named, without a link.
    assert '<span class="activity-summary">A post since deleted</span>' in html


def _time(response, index: int) -> str:
    """The date shown on the ``index``-th line (whatever the minute it was rendered)."""
    html = response.content.decode()
    return visible_text(re.findall(r"<time [^>]*>(.*?)</time>", html)[index])


def test_an_invitation_is_never_linked(client, workspace, owner):
    invitation = Invitation.objects.create(
        workspace=workspace, email="guest@example.org", invited_by=owner
    )
    happened(workspace, owner, Verb.INVITED, invitation, "guest@example.org")
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PUBLIC)

    html = client.get(activity_url(workspace)).content.decode()

    assert "Olga Owner invited someone" in visible_text(html)
    assert invitation.token not in html
    assert "/invitation/" not in html


def test_a_target_of_another_workspace_is_not_linked(client, workspace, owner, member):
    elsewhere = WorkspaceFactory(name="Elsewhere", owner=owner)
    foreign = PostFactory(workspace=elsewhere, author=member, title="Foreign post")
    happened(workspace, member, Verb.POSTED, foreign, "Foreign post")

    html = client.get(activity_url(workspace)).content.decode()

    assert foreign.get_absolute_url() not in html
    assert '<span class="activity-summary">Foreign post</span>' in html


def test_fifty_a_page_then_older_ones(client, workspace, owner):
    Activity.objects.filter(workspace=workspace).delete()
    for n in range(51):
        happened(workspace, owner, Verb.UPDATED, summary=f"Change {n}", minutes_ago=n)

    first = client.get(activity_url(workspace))
    second = client.get(activity_url(workspace, 2))

    assert len(lines(first)) == 50
    assert lines(first)[0].startswith("Olga Owner updated the workspace: Change 0 ")
    assert "Page 1 of 2" in visible_text(first)
    assert 'href="?page=2" rel="next">Older</a>' in first.content.decode()
    assert [line.split(" ")[6] for line in lines(second)] == ["50"]
    assert 'href="?page=1" rel="prev">Newer</a>' in second.content.decode()
    # A page that does not exist shows the last one.
    assert lines(client.get(activity_url(workspace, 9))) == lines(second)


def test_an_empty_stream_says_so(client, workspace):
    Activity.objects.filter(workspace=workspace).delete()

    assert "Nothing has happened here yet." in visible_text(client.get(activity_url(workspace)))


def test_the_page_costs_the_same_for_5_or_40_activities(
    client, workspace, owner, member, django_assert_num_queries
):
    Activity.objects.filter(workspace=workspace).delete()

    def add_five(n):
        post = PostFactory(workspace=workspace, author=member, title=f"Post {n}")
        event = EventFactory(workspace=workspace, title=f"Event {n}")
        comment = PostCommentFactory(post=post, author=owner)
        happened(workspace, member, Verb.POSTED, post, post.title)
        happened(workspace, owner, Verb.EVENT_ADDED, event, event.title)
        happened(workspace, owner, Verb.COMMENTED, comment, post.title)
        happened(workspace, member, Verb.JOINED, Membership.objects.get(user=member))
        happened(workspace, owner, Verb.UPDATED, summary="Settings")

    add_five(0)
    client.force_login(member)
    client.get(activity_url(workspace))
    with CaptureQueriesContext(connection) as few:
        client.get(activity_url(workspace))
    for n in range(1, 8):
        add_five(n)

    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(activity_url(workspace))

    assert len(lines(response)) == 40
    events = re.findall(
        r'href="/en/workspaces/coastal-mutuals/events/\d+/"', response.content.decode()
    )
    assert len(events) == 8


def test_a_private_workspace_s_activity_is_not_found_for_outsiders(client, workspace, member):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    happened(workspace, member, Verb.POSTED, summary="Secret plans")
    client.force_login(UserFactory())

    response = client.get(activity_url(workspace))

    assert response.status_code == 404
    assert "Secret plans" not in response.content.decode()


def test_a_members_only_workspace_s_activity_is_private_to_caches(client, workspace, member):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.MEMBERS)
    client.force_login(member)

    assert "private" in client.get(activity_url(workspace))["Cache-Control"]


# --- Notifications for this workspace --------------------------------------------------------


def choice_url(workspace) -> str:
    return reverse("workspaces:email-updates", kwargs={"slug": workspace.slug})


def choice(workspace, user) -> str | None:
    """How ``user`` hears of the workspace's new content (``None``: they do not follow it)."""
    found = Subscription.objects.to(workspace).filter(user=user).first()
    return found.delivery if found else None


def checked(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<input type="radio" name="delivery" value="(\w+)"[^>]*checked', html)


def test_a_member_chooses_how_they_hear_of_new_content(
    client, workspace, member, owner, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(member)
    form = client.get(choice_url(workspace))
    assert checked(form) == ["instant"]
    page = visible_text(form)
    assert "Notifications for this workspace" in page
    for label in [
        "Every new item by e-mail",
        "A daily digest by e-mail",
        "A weekly digest by e-mail",
        "In the portal only",
    ]:
        assert label in page
    assert 'href="/en/notifications/preferences/"' in form.content.decode()

    response = client.post(choice_url(workspace), {"delivery": "portal"})

    assert response.status_code == 302
    assert response["Location"] == workspace.get_absolute_url()
    assert choice(workspace, member) == "portal"
    page = visible_text(client.get(response["Location"]))
    assert "Saved. New content in “Coastal mutuals”: In the portal only." in page
    assert checked(client.get(choice_url(workspace))) == ["portal"]
    # The next post reaches the member in the portal, not by e-mail.
    with django_capture_on_commit_callbacks(execute=True):
        blog.create_post(workspace, author=owner, title="Radio spots", body="They did little.")
    assert mailoutbox == []
    [told] = Notification.objects.filter(recipient=member)
    assert (told.update.title, told.delivery) == ("Radio spots", "portal")

    client.post(choice_url(workspace), {"delivery": "weekly"})
    assert choice(workspace, member) == "weekly"


def test_the_choice_is_the_member_s_own(client, workspace, member, owner):
    client.force_login(member)

    client.post(choice_url(workspace), {"delivery": "daily"})

    assert choice(workspace, member) == "daily"
    assert choice(workspace, owner) == "instant"


@pytest.mark.parametrize("value", ["", "maybe", "INSTANT", "portal "])
def test_a_wrong_answer_is_refused_and_nothing_changes(client, workspace, member, value):
    client.force_login(member)

    response = client.post(choice_url(workspace), {"delivery": value})

    assert response.status_code == 200
    page = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in page
    assert "Please choose how you want to hear of it." in page
    assert choice(workspace, member) == "instant"


def test_a_member_who_stopped_following_is_told_and_may_follow_again(client, workspace, member):
    Subscription.objects.to(workspace).filter(user=member).delete()
    client.force_login(member)

    form = client.get(choice_url(workspace))

    assert checked(form) == []
    assert "You do not follow this workspace at the moment" in visible_text(form)
    client.post(choice_url(workspace), {"delivery": "daily"})
    assert choice(workspace, member) == "daily"


def test_a_member_of_an_archived_workspace_may_still_stop_its_e_mails(client, workspace, member):
    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())
    client.force_login(member)

    client.post(choice_url(workspace), {"delivery": "portal"})

    assert choice(workspace, member) == "portal"


@pytest.mark.parametrize("who", ["outsider", "admin"])
def test_someone_not_in_the_workspace_has_no_choice_to_make_here(client, workspace, who):
    from django.contrib.auth.models import Group

    from accounts import roles

    user = UserFactory()
    if who == "admin":
        user.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    client.force_login(user)

    assert client.get(choice_url(workspace)).status_code == 403
    assert client.post(choice_url(workspace), {"delivery": "instant"}).status_code == 403
    assert not Membership.objects.filter(workspace=workspace, user=user).exists()
    assert choice(workspace, user) is None


def test_an_anonymous_visitor_is_asked_to_sign_in(client, workspace, member):
    response = client.post(choice_url(workspace), {"delivery": "portal"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert choice(workspace, member) == "instant"
