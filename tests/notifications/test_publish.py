"""The fan-out (``publish``): who hears of an update, how, and at what cost.

Followers of the source and of the things it is filed under hear of it once, the
most immediate way they chose, under what brought it; people it concerns directly
are told for that reason; never the actor, never someone outside the source's
audience (a private workspace: its members), never an inactive account; someone
without an e-mail address keeps the notification and is owed no e-mail. The number
of queries is the same for 5 and for 5,000 followers.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db.models import Q

from library.models import Topic
from notifications import registry
from notifications.models import (
    Delivery,
    Notification,
    OutboxMessage,
    Preferences,
    Reason,
    Subscription,
    Update,
)
from notifications.publish import publish
from tests.factories import UserFactory
from tests.library.factories import TopicFactory
from tests.workspaces.factories import PostFactory, WorkspaceFactory, add_member
from workspaces import rules as workspace_rules
from workspaces.models import Workspace

pytestmark = pytest.mark.django_db

VERB = "test-posted"


def workspace_audience(workspace: Workspace) -> Q | None:
    """A private workspace's news reaches its members only."""
    if workspace.visibility == Workspace.Visibility.PRIVATE:
        return Q(workspace_memberships__workspace=workspace)
    return None


WORKSPACE = registry.Followable(
    model=Workspace,
    key="workspace",
    label="the workspace",
    audience=workspace_audience,
    may_read=lambda user, workspace: workspace_rules.may_read(user, workspace),
    name=lambda workspace: workspace.name,
    kind="Workspace",
)
TOPIC = registry.Followable(model=Topic, key="topic", label="the topic", kind="Topic")


@pytest.fixture(autouse=True)
def followables(monkeypatch):
    """Workspaces and topics followable as these tests say, and a verb, whatever the
    apps register (restored after each test)."""
    for followable in (WORKSPACE, TOPIC):
        monkeypatch.setitem(registry._followables, followable.model, followable)
        monkeypatch.setitem(registry._by_key, followable.key, followable)
    monkeypatch.setitem(
        registry._verbs,
        VERB,
        registry.Verb(VERB, sentence="{actor} posted “{title}” in {source}.", subject="{title}"),
    )


def follow(user, thing, delivery=Delivery.INSTANT) -> Subscription:
    """``user`` follows ``thing`` (members already follow their workspace: the delivery
    is changed then)."""
    subscription, _created = Subscription.objects.update_or_create(
        user=user,
        content_type=ContentType.objects.get_for_model(thing),
        object_id=thing.pk,
        defaults={"delivery": delivery},
    )
    return subscription


def told(update: Update) -> dict:
    """{recipient e-mail: (reason, delivery, what brought it)} for ``update``."""
    return {
        n.recipient.email: (n.reason, n.delivery, n.via)
        for n in Notification.objects.filter(update=update).select_related("recipient")
    }


def owed(update: Update) -> set[str]:
    """The addresses owed an e-mail about ``update`` at once."""
    return set(
        OutboxMessage.objects.filter(notification__update=update).values_list(
            "recipient__email", flat=True
        )
    )


@pytest.fixture
def owner():
    return UserFactory(email="olga@example.org", display_name="Olga Owner")


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name="Mutuals of Borgou", slug="borgou", owner=owner)


def post_in(workspace, author, *, title="What we learnt in Parakou", verb=VERB, **kwargs) -> Update:
    """A blog post by ``author`` in ``workspace``, published as news."""
    post = PostFactory(workspace=workspace, author=author, title=title)
    return publish(verb=verb, title=title, source=workspace, target=post, actor=author, **kwargs)


def test_each_follower_hears_once_the_most_immediate_way_under_what_brought_it(
    workspace, owner, member, other_member
):
    pensions = TopicFactory(name="Pensions")
    follow(member, workspace, Delivery.WEEKLY)
    follow(member, pensions, Delivery.INSTANT)
    follow(other_member, workspace, Delivery.DAILY)
    follow(other_member, pensions, Delivery.PORTAL)

    update = post_in(workspace, owner, also=[pensions])

    assert told(update) == {
        member.email: (Reason.FOLLOWING, Delivery.INSTANT, pensions),
        other_member.email: (Reason.FOLLOWING, Delivery.DAILY, workspace),
    }
    assert owed(update) == {member.email}


def test_direct_reason_is_named_and_the_most_immediate_delivery_wins(
    workspace, owner, member, other_member
):
    """Aminata follows the workspace (every item by e-mail) and wants mentions weekly: a
    mention reaches her at once, through her subscription. Carlos follows it in the
    portal only and wants mentions daily: his comes in the daily digest."""
    follow(member, workspace, Delivery.INSTANT)
    Preferences.objects.create(user=member, direct=Delivery.WEEKLY)
    follow(other_member, workspace, Delivery.PORTAL)
    Preferences.objects.create(user=other_member, direct=Delivery.DAILY)
    newcomer = UserFactory(email="nina@example.org")

    update = post_in(
        workspace,
        owner,
        direct={
            member.pk: Reason.MENTIONED,
            other_member.pk: Reason.ADDRESSED,
            newcomer.pk: Reason.MENTIONED,
        },
    )

    assert told(update) == {
        member.email: (Reason.MENTIONED, Delivery.INSTANT, workspace),
        other_member.email: (Reason.ADDRESSED, Delivery.DAILY, None),
        newcomer.email: (Reason.MENTIONED, Delivery.INSTANT, None),
    }
    assert owed(update) == {member.email, newcomer.email}


def test_followers_false_tells_only_the_people_it_concerns(workspace, owner, member, other_member):
    follow(member, workspace, Delivery.INSTANT)
    follow(other_member, workspace, Delivery.INSTANT)
    Preferences.objects.create(user=other_member, direct=Delivery.DAILY)

    update = post_in(
        workspace, owner, direct={other_member.pk: Reason.PARTICIPANT}, followers=False
    )

    assert told(update) == {other_member.email: (Reason.PARTICIPANT, Delivery.DAILY, None)}
    assert owed(update) == set()


def test_never_the_actor_nor_the_excluded(workspace, owner, member, other_member):
    for person in (owner, member, other_member):
        follow(person, workspace)

    update = post_in(
        workspace, owner, direct={owner.pk: Reason.MENTIONED}, exclude={other_member.pk}
    )

    assert told(update) == {member.email: (Reason.FOLLOWING, Delivery.INSTANT, workspace)}


def test_private_workspace_news_reaches_its_members_only(workspace, owner, member, other_member):
    """Carlos followed the workspace while it was public; it is private now and he is
    not a member: neither following nor a mention brings him its news."""
    add_member(workspace, member)
    follow(member, workspace)
    follow(other_member, workspace)
    workspace.visibility = Workspace.Visibility.PRIVATE
    workspace.save()

    update = post_in(workspace, owner, direct={other_member.pk: Reason.MENTIONED})

    assert told(update) == {member.email: (Reason.FOLLOWING, Delivery.INSTANT, workspace)}
    assert owed(update) == {member.email}


def test_inactive_accounts_are_skipped(workspace, owner, member, other_member):
    follow(member, workspace)
    follow(other_member, workspace)
    other_member.is_active = False
    other_member.save()

    update = post_in(workspace, owner, direct={other_member.pk: Reason.MENTIONED})

    assert set(told(update)) == {member.email}


def test_no_address_keeps_the_notification_and_is_owed_no_email(workspace, owner, member):
    silent = UserFactory(email="", display_name="No Address")
    follow(silent, workspace)
    follow(member, workspace)

    update = post_in(workspace, owner)

    assert set(told(update)) == {"", member.email}
    assert owed(update) == {member.email}


def test_the_unread_count_rises_by_one_per_update(workspace, owner, member, other_member):
    follow(member, workspace)

    post_in(workspace, owner)
    post_in(workspace, owner)

    counts = dict(
        get_user_model()
        .objects.filter(pk__in=[member.pk, other_member.pk, owner.pk])
        .values_list("email", "unread_notifications")
    )
    assert counts == {member.email: 2, other_member.email: 0, owner.email: 0}


def test_the_instant_emails_leave_after_commit_each_to_one_person(
    workspace, owner, member, other_member, django_capture_on_commit_callbacks
):
    follow(member, workspace, Delivery.INSTANT)
    follow(other_member, workspace, Delivery.WEEKLY)

    with django_capture_on_commit_callbacks(execute=True):
        update = post_in(workspace, owner)
        assert mail.outbox == []

    assert [message.to for message in mail.outbox] == [[member.email]]
    assert mail.outbox[0].subject == "[Mutuals of Borgou] What we learnt in Parakou"
    sent = OutboxMessage.objects.get(notification__update=update)
    assert (sent.state, sent.to_address) == (OutboxMessage.State.SENT, member.email)


def test_nothing_is_written_when_nobody_hears_of_it(workspace, owner, django_assert_num_queries):
    with django_assert_num_queries(3):  # the post, the update, the followers (none)
        update = post_in(workspace, owner)
    assert told(update) == {}


# --- Cost ----------------------------------------------------------------------------------


def crowd(workspace, count: int) -> None:
    """``count`` followers of ``workspace``, one in five weekly, the others instant."""
    users = get_user_model().objects.bulk_create(
        [
            get_user_model()(
                email=f"follower{index}@example.org",
                display_name=f"Follower {index}",
                password="!",
            )
            for index in range(count)
        ]
    )
    workspace_type = ContentType.objects.get_for_model(Workspace)
    Subscription.objects.bulk_create(
        [
            Subscription(
                user=user,
                content_type=workspace_type,
                object_id=workspace.pk,
                delivery=Delivery.WEEKLY if index % 5 == 0 else Delivery.INSTANT,
            )
            for index, user in enumerate(users)
        ]
    )


# The post, the update, the followers' notifications (INSERT … SELECT), the unread
# counts, the e-mails owed (INSERT … SELECT) and their ids.
FAN_OUT_QUERIES = 6


@pytest.mark.parametrize("followers", [5, 5000])
def test_the_fan_out_costs_the_same_for_5_and_5000_followers(
    workspace, owner, followers, django_assert_max_num_queries
):
    crowd(workspace, followers)
    pensions = TopicFactory(name="Pensions")
    ContentType.objects.get_for_model(Topic)  # warm the content types cache

    with django_assert_max_num_queries(FAN_OUT_QUERIES):
        update = post_in(workspace, owner, also=[pensions])

    notifications = Notification.objects.filter(update=update)
    assert notifications.count() == followers
    assert notifications.filter(delivery=Delivery.INSTANT).count() == followers * 4 // 5
    assert OutboxMessage.objects.filter(notification__update=update).count() == followers * 4 // 5
    assert set(
        get_user_model()
        .objects.filter(email__startswith="follower")
        .values_list("unread_notifications", flat=True)
    ) == {1}
