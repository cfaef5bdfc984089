"""The operations of the discussion lists: probation, moderation, announcement lists,
bans, decisions taken twice."""

import pytest

from forums import services
from forums.models import Message, Subscriber
from tests.factories import UserFactory
from tests.forums.factories import subscribe_as

pytestmark = pytest.mark.django_db


def _row(user, discussion_list) -> Subscriber:
    return Subscriber.objects.get(user=user, discussion_list=discussion_list)


def test_probation_ends_after_the_lists_number_of_approved_messages(
    discussion_list, member, moderator
):
    services.subscribe(member, discussion_list)
    first = services.start_topic(member, discussion_list, subject="Premiums", body="First")
    assert first.published is False
    assert services.approve(first.message, moderator) is True
    second = services.reply(member, first.message.topic, body="Second")
    assert second.published is False
    assert _row(member, discussion_list).standing == Subscriber.Standing.PROBATION
    assert services.approve(second.message, moderator) is True
    found = _row(member, discussion_list)
    assert (found.standing, found.approved_messages) == (Subscriber.Standing.TRUSTED, 2)
    third = services.reply(member, first.message.topic, body="Third")
    assert third.published is True
    topic = first.message.topic
    topic.refresh_from_db()
    assert topic.message_count == 3
    assert topic.last_message_at is not None


def test_moderators_are_never_moderated(discussion_list, moderator):
    posted = services.start_topic(moderator, discussion_list, subject="Welcome", body="Hello")
    assert posted.published is True
    assert posted.message.status == Message.Status.APPROVED


def test_announcement_list_refuses_non_moderators(announcement_list, member):
    services.subscribe(member, announcement_list)
    with pytest.raises(services.NotAllowed):
        services.start_topic(member, announcement_list, subject="Hi", body="Hello all")
    boss = UserFactory(display_name="Ana Announcer")
    subscribe_as(boss, announcement_list, role=Subscriber.Role.MODERATOR)
    assert services.start_topic(boss, announcement_list, subject="News", body="Out").published
    assert Message.objects.filter(author=member).count() == 0


def test_banned_member_cannot_post_nor_subscribe_again(discussion_list, member, moderator):
    found = services.subscribe(member, discussion_list)
    services.ban(found, moderator, reason="Spam")
    with pytest.raises(services.NotAllowed):
        services.start_topic(member, discussion_list, subject="Again", body="Buy now")
    with pytest.raises(services.NotAllowed):
        services.subscribe(member, discussion_list)
    assert services.leave(member, discussion_list) is False
    assert _row(member, discussion_list).is_banned  # leaving does not lift the ban


def test_ban_rejects_the_waiting_messages_of_the_member(discussion_list, member, moderator):
    services.subscribe(member, discussion_list)
    one = services.start_topic(member, discussion_list, subject="A", body="one").message
    two = services.start_topic(member, discussion_list, subject="B", body="two").message
    assert services.ban(_row(member, discussion_list), moderator, reason="Off topic") == 2
    statuses = set(Message.objects.filter(pk__in=[one.pk, two.pk]).values_list("status", flat=True))
    assert statuses == {Message.Status.REJECTED}
    assert services.approve(one, moderator) is False


def test_a_moderator_cannot_be_banned(discussion_list, moderator, editor):
    with pytest.raises(services.NotAllowed):
        services.ban(_row(moderator, discussion_list), editor, reason="No")
    assert _row(moderator, discussion_list).standing == Subscriber.Standing.TRUSTED


@pytest.mark.parametrize("decide", ["approve", "reject"])
def test_a_decision_taken_twice_is_refused_the_second_time(
    decide, discussion_list, member, moderator, editor
):
    services.subscribe(member, discussion_list)
    message = services.start_topic(member, discussion_list, subject="Q", body="q").message
    first = getattr(services, decide)
    assert first(message, moderator) is True
    assert services.approve(message, editor) is False
    assert services.reject(message, editor) is False
    message.refresh_from_db()
    assert message.moderated_by == moderator


def test_a_reply_to_a_message_of_another_topic_is_ignored(discussion_list, moderator):
    here = services.start_topic(moderator, discussion_list, subject="Here", body="a").message
    there = services.start_topic(moderator, discussion_list, subject="There", body="b").message
    answer = services.reply(moderator, here.topic, body="c", reply_to=there).message
    assert answer.reply_to is None
    answer = services.reply(moderator, here.topic, body="d", reply_to=here).message
    assert answer.reply_to == here


def test_no_reply_to_a_topic_whose_first_message_waits(discussion_list, member, moderator):
    services.subscribe(member, discussion_list)
    waiting = services.start_topic(member, discussion_list, subject="W", body="w").message
    with pytest.raises(services.NotAllowed):
        services.reply(moderator, waiting.topic, body="too early")


def test_lift_ban_puts_the_member_back_on_probation(discussion_list, member, moderator):
    found = subscribe_as(member, discussion_list, standing=Subscriber.Standing.TRUSTED)
    services.lift_ban(found, moderator)  # not banned: nothing changes
    assert _row(member, discussion_list).standing == Subscriber.Standing.TRUSTED
    services.ban(found, moderator, reason="Spam")
    with pytest.raises(services.NotAllowed):
        services.set_standing(_row(member, discussion_list), Subscriber.Standing.TRUSTED)
    services.lift_ban(_row(member, discussion_list), moderator)
    found = _row(member, discussion_list)
    assert (found.standing, found.approved_messages, found.ban_reason) == (
        Subscriber.Standing.PROBATION,
        0,
        "",
    )


def test_closed_list_takes_no_subscriber_nor_message(discussion_list, member, moderator):
    discussion_list.is_active = False
    discussion_list.save()
    with pytest.raises(services.NotAllowed):
        services.subscribe(member, discussion_list)
    with pytest.raises(services.NotAllowed):
        services.start_topic(moderator, discussion_list, subject="Late", body="too late")


def test_new_members_are_subscribed_to_the_announcement_lists(announcement_list, discussion_list):
    newcomer = UserFactory(display_name="Nadia Newcomer")
    Subscriber.objects.filter(user=newcomer).delete()  # whatever sign-up did
    assert services.subscribe_new_member(newcomer) == 1
    assert set(
        Subscriber.objects.filter(user=newcomer).values_list("discussion_list__slug", flat=True)
    ) == {"info-gimi"}
