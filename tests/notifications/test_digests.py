"""Daily and weekly digests (``digests.compose``, ``emails.render_digest``).

A member's waiting items go in one digest per period, grouped under what they
followed that brought each (a library item followed through its topic is under the
topic), what concerns them directly first under "About you", each group in time
order; what they may no longer read, or what was deleted, is left out, and a digest
left empty is not sent. A member with nothing waiting gets no digest; an item is
never carried twice; daily and weekly are separate; composing twice in a period
makes one digest; past the limit, "and N more" links to the notification centre.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from library.models import Item
from notifications import digests, emails, outbox, registry, tasks
from notifications.models import Delivery, Notification, OutboxMessage, Preferences, Reason
from notifications.publish import publish
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, TopicFactory
from tests.notifications import test_publish as fan_out
from tests.notifications.test_publish import VERB, follow, post_in
from tests.workspaces.factories import EventFactory, WorkspaceFactory, add_member
from workspaces.models import Membership, Post, Workspace

pytestmark = pytest.mark.django_db

# The fan-out tests' fixtures: the followables and verb they register, a workspace
# and its owner.
followables = fan_out.followables
owner = fan_out.owner
workspace = fan_out.workspace

ITEM_VERB = "test-item-published"


def next_morning() -> datetime:
    """The next 06:00 UTC, when Celery beat composes the digests: later than the items
    the tests create now. (``deliver`` sends only what is due, so the tests that
    deliver compose at the present time.)"""
    now = timezone.now()
    morning = now.replace(hour=6, minute=0, second=0, microsecond=0)
    return morning if morning > now else morning + timedelta(days=1)


@pytest.fixture(autouse=True)
def library_items(monkeypatch):
    """Library items followable (through their topics) and their verb, as these tests say."""
    item = registry.Followable(model=Item, key="library-item", label="the library item")
    monkeypatch.setitem(registry._followables, Item, item)
    monkeypatch.setitem(registry._by_key, item.key, item)
    monkeypatch.setitem(
        registry._verbs,
        ITEM_VERB,
        registry.Verb(ITEM_VERB, sentence="New in the library: “{title}”.", subject="{title}"),
    )


@pytest.fixture
def reader(workspace, member):
    """Aminata, member of the workspace, follows it in a daily digest and wants what
    concerns her in the digest too."""
    add_member(workspace, member)
    follow(member, workspace, Delivery.DAILY)
    Preferences.objects.create(user=member, direct=Delivery.DAILY)
    return member


def item_published(title: str, topics: list) -> Item:
    item = ItemFactory(title=title)
    publish(verb=ITEM_VERB, title=item.title, source=item, target=item, also=topics)
    return item


def compose(period="daily", now=None) -> list[OutboxMessage]:
    ids = digests.compose(period, now=now or next_morning())
    return list(OutboxMessage.objects.filter(pk__in=ids))


def carried(message: OutboxMessage) -> list[str]:
    return list(
        Notification.objects.filter(digest=message)
        .order_by("created", "pk")
        .values_list("update__title", flat=True)
    )


def test_the_digest_as_the_member_reads_it(workspace, owner, reader, other_member):
    """Grouped by what she followed: the library item under the topic that brought
    it, not under the item; the mention first, under "About you"; the event with its
    time. Exactly this text."""
    pensions = TopicFactory(name="Pensions")
    follow(reader, pensions, Delivery.DAILY)
    add_member(workspace, other_member)
    post_in(workspace, owner, title="What we learnt in Parakou")
    item_published("Extending social health protection", [pensions])
    mention = post_in(
        workspace, other_member, title="Premiums for informal workers",
        direct={reader.pk: Reason.MENTIONED},
    )  # fmt: skip
    event = EventFactory(workspace=workspace, title="Steering committee")
    publish(
        verb=VERB,
        title=event.title,
        source=workspace,
        target=event,
        actor=owner,
        when=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
    )
    [message] = compose()

    email = emails.build(message)

    parakou, premiums = Post.objects.order_by("pk")
    item = Item.objects.get()
    assert mention.notifications.get(recipient=reader).reason == Reason.MENTIONED
    assert email.to == [reader.email]
    assert email.subject == "GESS: your daily digest, 4 new items"
    unsubscribe = email.extra_headers["List-Unsubscribe"][1:-1]
    assert email.body == (
        "Hello Aminata Diallo,\n"
        "\n"
        "Here is what is new today in what you follow.\n"
        "\n"
        "About you\n"
        "---------\n"
        "* Carlos Rojas posted “Premiums for informal workers” in Mutuals of Borgou.\n"
        f"  http://testserver/en/workspaces/borgou/blog/{premiums.pk}/\n"
        "\n"
        "Topic: Pensions\n"
        "---------------\n"
        "* New in the library: “Extending social health protection”.\n"
        f"  http://testserver{item.get_absolute_url()}\n"
        "\n"
        "Workspace: Mutuals of Borgou\n"
        "----------------------------\n"
        "* Olga Owner posted “What we learnt in Parakou” in Mutuals of Borgou.\n"
        f"  http://testserver/en/workspaces/borgou/blog/{parakou.pk}/\n"
        "* Olga Owner posted “Steering committee” in Mutuals of Borgou.\n"
        "  When: Dec. 1, 2026, 9:30 a.m. (UTC)\n"
        f"  http://testserver/en/workspaces/borgou/events/{event.pk}/\n"
        "\n"
        "-- \n"
        "You receive this because you asked for a daily digest of what you follow.\n"
        "To stop these e-mails in one click:\n"
        f"{unsubscribe}\n"
        "To choose what you follow and how often you hear of it:\n"
        "http://testserver/en/notifications/preferences/\n"
    )
    assert email.extra_headers["Message-ID"] == message.message_id
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_french_reader_gets_a_french_digest(workspace, owner, reader):
    from django.utils import translation
    from django.utils.translation import gettext

    reader.language = "fr"
    reader.save()
    post_in(workspace, owner)
    [message] = compose()

    email = emails.build(message)

    with translation.override("fr"):
        hello = gettext("Hello %(name)s,") % {"name": "Aminata Diallo"}
    assert hello == "Bonjour Aminata Diallo,"
    assert email.body.startswith(hello + "\n")
    links = [line.strip() for line in email.body.splitlines() if "://" in line]
    assert len(links) == 3
    assert all(link.startswith("http://testserver/fr/") for link in links), links


def test_what_she_may_no_longer_read_or_what_was_deleted_is_left_out(workspace, owner, reader):
    """She left the private workspace and one post was deleted: the digest keeps the
    item of the public workspace she still follows, nothing else."""
    secret = WorkspaceFactory(
        name="Closed cell", slug="closed", owner=owner, visibility=Workspace.Visibility.PRIVATE
    )
    add_member(secret, reader)
    follow(reader, secret, Delivery.DAILY)
    post_in(secret, owner, title="Internal budget")
    post_in(workspace, owner, title="Deleted soon")
    post_in(workspace, owner, title="Still here")
    [message] = compose()
    Membership.objects.filter(workspace=secret, user=reader).delete()
    Post.objects.filter(title="Deleted soon").delete()

    email = emails.build(message)

    assert carried(message) == ["Internal budget", "Deleted soon", "Still here"]
    assert email.subject == "GESS: your daily digest, 1 new item"
    assert "Still here" in email.body
    assert "Internal budget" not in email.body and "Closed cell" not in email.body
    assert "Deleted soon" not in email.body


def test_a_digest_left_empty_is_not_sent(workspace, owner, reader):
    """Its workspace was deleted meanwhile: no crash, no e-mail, the digest cancelled."""
    post_in(workspace, owner)
    [message] = compose(now=timezone.now())  # due now, for ``deliver``
    Workspace.objects.all().delete()

    outcome = outbox.deliver([message.pk])

    assert (outcome["sent"], outcome["cancelled"]) == (0, 1)
    assert mail.outbox == []
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.CANCELLED


def test_a_member_with_nothing_waiting_gets_no_digest(workspace, owner, reader, other_member):
    follow(other_member, workspace, Delivery.INSTANT)
    quiet = UserFactory(email="quiet@example.org")
    follow(quiet, workspace, Delivery.DAILY)
    post_in(workspace, owner)
    Notification.objects.filter(recipient=quiet).delete()

    messages = compose()

    assert [message.recipient for message in messages] == [reader]
    assert OutboxMessage.objects.filter(kind__in=["daily", "weekly"]).count() == 1


def test_no_digest_for_an_account_that_cannot_receive_email(workspace, owner, reader):
    """Inactive or without an address: the items stay in the notification centre."""
    silent = UserFactory(email="", display_name="No Address")
    follow(silent, workspace, Delivery.DAILY)
    post_in(workspace, owner)
    reader.is_active = False
    reader.save()

    assert compose() == []
    assert Notification.objects.filter(digest__isnull=True).count() == 2


def test_an_item_is_never_carried_twice(workspace, owner, reader):
    """The next day's digest has only what came since."""
    morning = next_morning()
    post_in(workspace, owner, title="Monday's post")
    [monday] = compose(now=morning)
    post_in(workspace, owner, title="Tuesday's post")

    [tuesday] = compose(now=morning + timedelta(days=1))

    assert carried(monday) == ["Monday's post"]
    assert carried(tuesday) == ["Tuesday's post"]
    assert compose(now=morning + timedelta(days=2)) == []
    email = emails.build(tuesday)
    assert email.subject == "GESS: your daily digest, 1 new item"
    assert "Tuesday's post" in email.body and "Monday's post" not in email.body


def test_composing_twice_in_a_period_makes_one_digest(workspace, owner, reader):
    """A second run the same day composes nothing; what arrived after the first waits
    for the next day."""
    morning = next_morning()
    post_in(workspace, owner, title="Early")
    [first] = compose(now=morning)
    post_in(workspace, owner, title="Late")

    assert compose(now=morning + timedelta(hours=3)) == []
    [next_day] = compose(now=morning + timedelta(days=1))

    assert first.key == f"daily:{reader.pk}:{morning.date().isoformat()}"
    assert next_day.key == f"daily:{reader.pk}:{(morning + timedelta(days=1)).date().isoformat()}"
    assert (carried(first), carried(next_day)) == (["Early"], ["Late"])


def test_daily_and_weekly_digests_are_separate(workspace, owner, reader):
    pensions = TopicFactory(name="Pensions")
    follow(reader, pensions, Delivery.WEEKLY)
    post_in(workspace, owner, title="For the daily")
    item_published("For the weekly", [pensions])

    morning = next_morning()
    [daily] = compose("daily", now=morning)
    [weekly] = compose("weekly", now=morning)

    assert (daily.kind, carried(daily)) == ("daily", ["For the daily"])
    assert (weekly.kind, carried(weekly)) == ("weekly", ["For the weekly"])
    year, week, _day = morning.isocalendar()
    assert weekly.key == f"weekly:{reader.pk}:{year}-W{week:02d}"
    email = emails.build(weekly)
    assert email.subject == "GESS: your weekly digest, 1 new item"
    assert "Here is what is new this week in what you follow.\n" in email.body
    assert "you asked for a weekly digest" in email.body


def test_past_the_limit_the_rest_is_counted_with_a_link_to_the_centre(
    workspace, owner, reader, other_member, monkeypatch
):
    """Five items, three listed: the mention (named first, though it came last) and the
    two oldest; "And 2 more items" links to the notification centre."""
    monkeypatch.setattr(emails, "DIGEST_LIMIT", 3)
    add_member(workspace, other_member)
    for number in range(1, 5):
        post_in(workspace, owner, title=f"Post {number}")
    post_in(workspace, other_member, title="Mention", direct={reader.pk: Reason.MENTIONED})
    [message] = compose()

    email = emails.build(message)

    assert email.subject == "GESS: your daily digest, 5 new items"
    listed = [line for line in email.body.splitlines() if line.startswith("* ")]
    assert listed == [
        "* Carlos Rojas posted “Mention” in Mutuals of Borgou.",
        "* Olga Owner posted “Post 1” in Mutuals of Borgou.",
        "* Olga Owner posted “Post 2” in Mutuals of Borgou.",
    ]
    assert (
        "\n\nAnd 2 more items, in your notifications:\nhttp://testserver/en/notifications/\n\n-- \n"
        in email.body
    )


def test_the_daily_task_composes_and_sends(workspace, owner, reader):
    post_in(workspace, owner)

    assert tasks.send_digests(period="daily") == 1

    assert [(email.to, email.subject) for email in mail.outbox] == [
        ([reader.email], "GESS: your daily digest, 1 new item")
    ]
    assert OutboxMessage.objects.get(kind="daily").state == OutboxMessage.State.SENT
