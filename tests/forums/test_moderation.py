"""Moderation through the web: a first message waits, a moderator approves it, it is
shown in the topic and the archive; rejecting, banning, decisions taken twice, the
subscribers page; fixed query counts."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forums import services
from forums.models import Message, Subscriber
from tests.factories import UserFactory
from tests.forums.factories import DiscussionListFactory, subscribe_as

pytestmark = pytest.mark.django_db


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_post_waits_then_moderator_approves_it(discussion_list, member, moderator):
    author = _signed_in(member)
    author.post(reverse("forum:subscribe", kwargs={"slug": discussion_list.slug}))
    author.post(
        reverse("forum:new-topic", kwargs={"slug": discussion_list.slug}),
        {"subject": "Enrolment drives", "body": "Door to door works **best**."},
    )
    message = Message.objects.get()
    public = Client()
    assert public.get(message.topic.get_absolute_url()).status_code == 404
    assert "Enrolment drives" not in public.get(discussion_list.get_absolute_url()).content.decode()

    mod = _signed_in(moderator)
    queue = mod.get(reverse("forum:list-moderation", kwargs={"slug": discussion_list.slug}))
    page = queue.content.decode()
    assert "Enrolment drives" in page and "Aminata Diallo" in page
    assert "New: messages are moderated" in page and "0 messages approved" in page
    url = reverse("forum:moderate", kwargs={"slug": discussion_list.slug, "pk": message.pk})
    response = mod.post(url, {"action": "approve"}, follow=True)
    assert "The message is published." in response.content.decode()
    assert "No message waits for moderation on this list." in response.content.decode()

    page = public.get(message.topic.get_absolute_url()).content.decode()
    assert "Door to door works <strong>best</strong>." in page
    when = Message.objects.get().created
    archive = reverse(
        "forum:archive",
        kwargs={"slug": discussion_list.slug, "year": when.year, "month": when.month},
    )
    page = public.get(archive).content.decode()
    assert "Enrolment drives" in page and f"#message-{message.pk}" in page

    # A second moderator acting on the same message.
    response = _signed_in(UserFactory()).post(url, {"action": "reject"})
    assert response.status_code == 403
    response = mod.post(url, {"action": "reject"}, follow=True)
    assert "This message was already moderated." in response.content.decode()
    assert Message.objects.get().status == Message.Status.APPROVED


def test_reject_with_reason_and_ban_from_the_queue(
    discussion_list, member, other_member, moderator
):
    services.subscribe(member, discussion_list)
    services.subscribe(other_member, discussion_list)
    rejected = services.start_topic(member, discussion_list, subject="Off", body="off").message
    spam = services.start_topic(other_member, discussion_list, subject="Buy", body="buy").message
    spam_two = services.start_topic(
        other_member, discussion_list, subject="Buy 2", body="b"
    ).message
    mod = _signed_in(moderator)
    url = reverse("forum:moderate", kwargs={"slug": discussion_list.slug, "pk": rejected.pk})
    mod.post(url, {"action": "reject", "reason": "Out of the list's theme"})
    rejected.refresh_from_db()
    assert (rejected.status, rejected.rejection_reason) == ("rejected", "Out of the list's theme")

    url = reverse("forum:moderate", kwargs={"slug": discussion_list.slug, "pk": spam.pk})
    page = mod.post(url, {"action": "ban", "reason": ""}).content.decode()
    assert "Say why the author is banned." in page
    assert Message.objects.get(pk=spam.pk).status == Message.Status.PENDING
    response = mod.post(url, {"action": "ban", "reason": "Advertising"}, follow=True)
    assert "Carlos Rojas is banned from the list" in response.content.decode()
    assert set(
        Message.objects.filter(pk__in=[spam.pk, spam_two.pk]).values_list("status", flat=True)
    ) == {"rejected"}
    assert Subscriber.objects.get(user=other_member).ban_reason == "Advertising"


def test_a_message_of_another_list_is_a_404(discussion_list, moderator, member):
    elsewhere = DiscussionListFactory(slug="pensions")
    services.subscribe(member, elsewhere)
    message = services.start_topic(member, elsewhere, subject="P", body="p").message
    url = reverse("forum:moderate", kwargs={"slug": discussion_list.slug, "pk": message.pk})
    assert _signed_in(moderator).post(url, {"action": "approve"}).status_code == 404
    assert Message.objects.get().status == Message.Status.PENDING


def test_subscribers_page_actions(discussion_list, moderator, member, other_member):
    found = subscribe_as(member, discussion_list)
    mod = _signed_in(moderator)
    page = mod.get(
        reverse("forum:subscribers", kwargs={"slug": discussion_list.slug})
    ).content.decode()
    assert "Moussa Moderator" in page and "Aminata Diallo" in page and "Moderator" in page
    url = reverse("forum:subscriber", kwargs={"slug": discussion_list.slug, "pk": found.pk})
    page = mod.post(url, {"action": "trust"}, follow=True).content.decode()
    assert "Aminata Diallo is trusted" in page
    assert Subscriber.objects.get(pk=found.pk).standing == Subscriber.Standing.TRUSTED
    page = mod.post(url, {"action": "ban"}, follow=True).content.decode()
    assert "Say why this member is banned." in page
    mod.post(url, {"action": "ban", "reason": "Insults"})
    assert Subscriber.objects.get(pk=found.pk).is_banned
    page = mod.post(url, {"action": "trust"}, follow=True).content.decode()
    assert "Aminata Diallo is banned: lift the ban first." in page
    page = mod.post(url, {"action": "lift"}, follow=True).content.decode()
    assert "The ban is lifted" in page
    assert Subscriber.objects.get(pk=found.pk).standing == Subscriber.Standing.PROBATION
    own = Subscriber.objects.get(user=moderator)
    url = reverse("forum:subscriber", kwargs={"slug": discussion_list.slug, "pk": own.pk})
    page = mod.post(url, {"action": "ban", "reason": "x"}, follow=True).content.decode()
    assert "Moussa Moderator moderates this list and cannot be banned." in page
    assert not Subscriber.objects.get(pk=own.pk).is_banned
    elsewhere = subscribe_as(other_member, DiscussionListFactory(slug="pensions"))
    url = reverse("forum:subscriber", kwargs={"slug": discussion_list.slug, "pk": elsewhere.pk})
    assert mod.post(url, {"action": "trust"}).status_code == 404


def test_queue_lists_the_moderators_lists_and_editors_see_all(
    discussion_list, moderator, member, editor
):
    other = DiscussionListFactory(slug="pensions", name="Pensions")
    services.subscribe(member, discussion_list)
    services.start_topic(member, discussion_list, subject="A", body="a")
    page = _signed_in(moderator).get(reverse("forum:moderation")).content.decode()
    assert "Health insurance" in page and "Pensions" not in page and "1 message waits" in page
    page = _signed_in(editor).get(reverse("forum:moderation")).content.decode()
    assert "Health insurance" in page and other.name in page


def test_moderation_pages_query_counts(discussion_list, moderator, django_assert_num_queries):
    mod = _signed_in(moderator)
    pages = [
        reverse("forum:list-moderation", kwargs={"slug": discussion_list.slug}),
        reverse("forum:subscribers", kwargs={"slug": discussion_list.slug}),
        reverse("forum:moderation"),
    ]
    counts = {}
    author = UserFactory()
    services.subscribe(author, discussion_list)
    services.start_topic(author, discussion_list, subject="One", body="one")
    for url in pages:
        mod.get(url)
        with CaptureQueriesContext(connection) as captured:
            mod.get(url)
        counts[url] = len(captured.captured_queries)
    for number in range(6):
        someone = UserFactory()
        services.subscribe(someone, discussion_list)
        services.start_topic(someone, discussion_list, subject=f"Topic {number}", body="x")
        services.subscribe(someone, DiscussionListFactory())
        subscribe_as(UserFactory(), discussion_list, role=Subscriber.Role.MODERATOR)
    for url in pages:
        with django_assert_num_queries(counts[url]):
            mod.get(url)
