"""What each role sees and may do on a list, the pages' content, bad input and query
counts."""

import pytest
from django.test import Client
from django.urls import reverse

from forums import services
from forums.models import DiscussionList, Message, Subscriber, Topic
from tests.factories import UserFactory
from tests.forums.factories import (
    DiscussionListFactory,
    MessageFactory,
    subscribe_as,
    topic_with_messages,
)

pytestmark = pytest.mark.django_db

ANONYMOUS, OUTSIDER, PROBATION, TRUSTED, BANNED, MODERATOR, EDITOR = ROLES = (
    "anonymous",
    "outsider",
    "probation",
    "trusted",
    "banned",
    "moderator",
    "editor",
)
SIGN_IN, OK, REFUSED = "sign-in", "ok", "refused"


@pytest.fixture
def cast(discussion_list, moderator, editor) -> dict:
    """A user per role on ``discussion_list`` (the anonymous visitor is ``None``)."""
    people = {ANONYMOUS: None, OUTSIDER: UserFactory(display_name="Olga Outsider")}
    people[MODERATOR] = moderator
    people[EDITOR] = editor
    for role, standing in (
        (PROBATION, Subscriber.Standing.PROBATION),
        (TRUSTED, Subscriber.Standing.TRUSTED),
    ):
        people[role] = UserFactory(display_name=f"{role.title()} Person")
        subscribe_as(people[role], discussion_list, standing=standing)
    people[BANNED] = UserFactory(display_name="Bruno Banned")
    services.ban(subscribe_as(people[BANNED], discussion_list), moderator, reason="Spam")
    return people


def client_as(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def outcome(response) -> str:
    if response.status_code == 302 and "/accounts/login/" in response["Location"]:
        return SIGN_IN
    if response.status_code == 403:
        return REFUSED
    assert response.status_code in (200, 302), response.status_code
    return OK


# What each role gets: (what is asked, the expected outcome per role in ROLES' order).
TABLE = {
    "read list": ("GET", "forum:list", (OK, OK, OK, OK, OK, OK, OK)),
    "start a topic": ("GET", "forum:new-topic", (SIGN_IN, REFUSED, OK, OK, REFUSED, OK, REFUSED)),
    "moderate": (
        "GET",
        "forum:list-moderation",
        (SIGN_IN, REFUSED, REFUSED, REFUSED, REFUSED, OK, OK),
    ),
    "subscribers": (
        "GET",
        "forum:subscribers",
        (SIGN_IN, REFUSED, REFUSED, REFUSED, REFUSED, OK, OK),
    ),
    "queue": ("GET", "forum:moderation", (SIGN_IN, REFUSED, REFUSED, REFUSED, REFUSED, OK, OK)),
    "subscribe": ("POST", "forum:subscribe", (SIGN_IN, OK, OK, OK, REFUSED, OK, OK)),
}


def test_permission_table(cast, discussion_list):
    for action, (method, name, expected) in TABLE.items():
        kwargs = {} if name == "forum:moderation" else {"slug": discussion_list.slug}
        url = reverse(name, kwargs=kwargs)
        for role, wanted in zip(ROLES, expected, strict=True):
            client = client_as(cast[role])
            response = client.post(url) if method == "POST" else client.get(url)
            assert (action, role, outcome(response)) == (action, role, wanted)


def test_refusals_say_why(cast, discussion_list, announcement_list):
    url = reverse("forum:new-topic", kwargs={"slug": discussion_list.slug})
    page = client_as(cast[OUTSIDER]).get(url).content.decode()
    assert "Only the list&#x27;s subscribers post on it: subscribe first." in page
    assert reverse("forum:subscribe", kwargs={"slug": discussion_list.slug}) in page
    page = client_as(cast[BANNED]).get(url).content.decode()
    assert "You may no longer post on this list." in page
    services.subscribe(cast[TRUSTED], announcement_list)
    url = reverse("forum:new-topic", kwargs={"slug": announcement_list.slug})
    page = client_as(cast[TRUSTED]).get(url).content.decode()
    assert "This is an announcement list: only its moderators post on it." in page
    discussion_list.is_active = False
    discussion_list.save()
    url = reverse("forum:new-topic", kwargs={"slug": discussion_list.slug})
    response = client_as(cast[MODERATOR]).get(url)
    assert response.status_code == 403
    assert "This list is closed" in response.content.decode()


def test_banned_member_sees_it_on_the_list_page(cast, discussion_list):
    page = client_as(cast[BANNED]).get(discussion_list.get_absolute_url()).content.decode()
    assert "You may no longer post on this list." in page
    assert "Start a topic" not in page
    assert reverse("forum:subscribe", kwargs={"slug": discussion_list.slug}) not in page


def test_subscriber_page_offers_delivery_and_leaving(member_client, member, discussion_list):
    response = member_client.post(reverse("forum:subscribe", kwargs={"slug": discussion_list.slug}))
    assert response["Location"] == discussion_list.get_absolute_url()
    page = member_client.get(discussion_list.get_absolute_url()).content.decode()
    assert "You are subscribed to Health insurance" in page
    assert reverse("notifications:follow", args=["list", discussion_list.pk]) in page
    assert reverse("forum:leave", kwargs={"slug": discussion_list.slug}) in page
    assert "Start a topic" in page
    response = member_client.post(reverse("forum:leave", kwargs={"slug": discussion_list.slug}))
    assert not Subscriber.objects.filter(user=member).exists()
    page = member_client.get(response["Location"]).content.decode()
    assert "You have left Health insurance" in page


def test_leaving_an_announcement_list_is_allowed(member_client, member, announcement_list):
    services.subscribe(member, announcement_list)
    member_client.post(reverse("forum:leave", kwargs={"slug": announcement_list.slug}))
    assert not Subscriber.objects.filter(user=member, discussion_list=announcement_list).exists()


def test_index_lists_open_lists_first_in_the_visitors_language(
    client, member, discussion_list, announcement_list, moderator
):
    closed = DiscussionListFactory(
        slug="old", name="Old list", name_fr="Ancienne liste", is_active=False
    )
    topic_with_messages(discussion_list, moderator, "Premiums", count=2)
    services.subscribe(member, announcement_list)
    client.force_login(member)
    page = client.get(reverse("forum:index")).content.decode()
    assert page.index("Health insurance") < page.index("Closed lists") < page.index("Old list")
    assert "Discussion list" in page and "Announcement list" in page
    assert page.count(">Subscribed<") == 1
    page = client.get("/fr" + reverse("forum:index")[3:]).content.decode()
    assert "Assurance maladie" in page and closed.name_fr in page


def test_index_query_count_does_not_grow(client, member, django_assert_num_queries, moderator):
    client.force_login(member)
    DiscussionListFactory()
    client.get(reverse("forum:index"))  # warm the session's and the user's caches
    with django_assert_num_queries(8) as one:
        client.get(reverse("forum:index"))
    for _ in range(5):
        topic_with_messages(DiscussionListFactory(), moderator, "Pensions")
    with django_assert_num_queries(len(one.captured_queries)):
        page = client.get(reverse("forum:index")).content.decode()
    assert page.count('<span class="badge">Discussion list</span>') == 7  # and the moderator's


def test_list_page_shows_topics_archive_and_feed(client, discussion_list, moderator, member):
    topic = topic_with_messages(discussion_list, moderator, "Premium collection", count=3)
    services.subscribe(member, discussion_list)
    services.start_topic(member, discussion_list, subject="Secret waiting", body="x")
    page = client.get(discussion_list.get_absolute_url()).content.decode()
    assert "Premium collection" in page and "Secret waiting" not in page
    assert "Moussa Moderator" in page  # the moderators, and the topic's starter
    assert reverse("forum:topic", kwargs={"slug": discussion_list.slug, "pk": topic.pk}) in page
    assert reverse("forum:feed", kwargs={"slug": discussion_list.slug}) in page
    month = topic.last_message_at
    archive = reverse(
        "forum:archive",
        kwargs={"slug": discussion_list.slug, "year": month.year, "month": month.month},
    )
    assert archive in page and "3 messages" in page


def test_list_page_query_count_does_not_grow(
    client, discussion_list, moderator, django_assert_num_queries
):
    topic_with_messages(discussion_list, moderator, "One")
    with django_assert_num_queries(7) as one:
        client.get(discussion_list.get_absolute_url())
    for number in range(10):
        topic_with_messages(discussion_list, UserFactory(), f"Topic {number}", count=2)
    with django_assert_num_queries(len(one.captured_queries)):
        page = client.get(discussion_list.get_absolute_url()).content.decode()
    assert "Topic 9" in page


def test_topic_shows_own_waiting_messages_to_their_author_only(
    client, discussion_list, moderator, member, other_member
):
    topic = topic_with_messages(discussion_list, moderator, "Rural mutuals", body="Opening text")
    services.subscribe(member, discussion_list)
    waiting = services.reply(member, topic, body="My *waiting* reply").message
    rejected = MessageFactory(
        topic=topic, author=member, body="Rejected words", status=Message.Status.REJECTED
    )
    client.force_login(member)
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "My <em>waiting</em> reply" in page and "Waiting for moderation" in page
    assert "Rejected words" not in page
    client.force_login(other_member)
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "Opening text" in page
    assert "Waiting for moderation" not in page and "My <em>waiting</em> reply" not in page
    assert f'id="message-{waiting.pk}"' not in page and f'id="message-{rejected.pk}"' not in page


def test_a_topic_waiting_for_moderation_is_a_404_for_others(
    client, discussion_list, moderator, member, other_member, editor
):
    services.subscribe(member, discussion_list)
    topic = services.start_topic(
        member, discussion_list, subject="Hidden", body="Secret"
    ).message.topic
    for user, status in (
        (None, 404),
        (other_member, 404),
        (member, 200),
        (moderator, 200),
        (editor, 200),
    ):
        c = client_as(user)
        response = c.get(topic.get_absolute_url())
        page = response.content.decode()
        assert (user and user.display_name, response.status_code) == (
            user and user.display_name,
            status,
        )
        # Who may read it sees the waiting message; nobody else learns a word of it.
        assert ("Secret" in page, "Hidden" in page) == ((status == 200),) * 2


def test_reply_to_link_fills_the_form_and_shows_in_reply_to(
    client, discussion_list, moderator, member
):
    topic = topic_with_messages(discussion_list, moderator, "Subsidies", body="Opening")
    first = topic.messages.get()
    subscribe_as(member, discussion_list, standing=Subscriber.Standing.TRUSTED)
    client.force_login(member)
    page = client.get(f"{topic.get_absolute_url()}?reply_to={first.pk}").content.decode()
    assert f'name="reply_to" value="{first.pk}"' in page
    assert "In reply to the message of Moussa Moderator." in page
    url = reverse("forum:reply", kwargs={"slug": discussion_list.slug, "pk": topic.pk})
    response = client.post(url, {"body": "I agree", "reply_to": first.pk})
    answer = Message.objects.get(body="I agree")
    assert response["Location"] == answer.get_absolute_url()
    assert answer.reply_to == first and answer.status == Message.Status.APPROVED
    page = client.get(topic.get_absolute_url()).content.decode()
    assert f'<a href="#message-{first.pk}">in reply to Moussa Moderator</a>' in page


def test_bad_input_saves_nothing(client, discussion_list, moderator, member):
    subscribe_as(member, discussion_list, standing=Subscriber.Standing.TRUSTED)
    client.force_login(member)
    url = reverse("forum:new-topic", kwargs={"slug": discussion_list.slug})
    page = client.post(url, {"subject": "x" * 201, "body": ""}).content.decode()
    assert "Keep the subject under 200 characters (it has 201)." in page
    assert "Write a message to start the topic." in page
    page = client.post(
        url, {"subject": "Fine", "body": "<script>alert(1)</script>"}
    ).content.decode()
    assert "Nothing is left of this message once unsafe content is removed." in page
    assert not Topic.objects.exists()
    topic = topic_with_messages(discussion_list, moderator, "Elsewhere")
    other = topic_with_messages(discussion_list, moderator, "Other")
    url = reverse("forum:reply", kwargs={"slug": discussion_list.slug, "pk": topic.pk})
    page = client.post(url, {"body": "  "}).content.decode()
    assert "Write your reply before sending it." in page
    assert Message.objects.count() == 2
    client.post(url, {"body": "Answer", "reply_to": other.messages.get().pk})
    assert Message.objects.get(body="Answer").reply_to is None  # another topic's: ignored
    client.post(url, {"body": "Answer two", "reply_to": "nonsense"})
    assert Message.objects.get(body="Answer two").reply_to is None


def test_wrong_ids_are_404(client, discussion_list, moderator):
    elsewhere = DiscussionListFactory(slug="pensions")
    topic = topic_with_messages(elsewhere, moderator, "Pensions topic")
    client.force_login(moderator)
    for url in (
        # A topic of another list, under this list's address.
        reverse("forum:topic", kwargs={"slug": discussion_list.slug, "pk": topic.pk}),
        reverse("forum:list", kwargs={"slug": "nowhere"}),
        reverse("forum:topic", kwargs={"slug": discussion_list.slug, "pk": 999999}),
    ):
        response = client.get(url)
        page = response.content.decode()
        assert (url, response.status_code) == (url, 404)
        assert "Page not found" in page
        assert "Pensions topic" not in page


def test_waiting_message_redirects_with_explanation(client, discussion_list, member, moderator):
    services.subscribe(member, discussion_list)
    client.force_login(member)
    url = reverse("forum:new-topic", kwargs={"slug": discussion_list.slug})
    response = client.post(url, {"subject": "Question on premiums", "body": "How?"}, follow=True)
    assert response.redirect_chain[-1][0] == discussion_list.get_absolute_url()
    assert (
        "Your message waits for a moderator&#x27;s approval: members&#x27; first messages are read "
        "before they are published." in response.content.decode()
    )
    assert Message.objects.get().status == Message.Status.PENDING


def test_closed_list_archive_is_readable(client, discussion_list, moderator):
    topic = topic_with_messages(discussion_list, moderator, "Old debate", body="Old words")
    DiscussionList.objects.filter(pk=discussion_list.pk).update(is_active=False)
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "Old words" in page and "nothing more can be posted" in page
    client.force_login(moderator)
    url = reverse("forum:reply", kwargs={"slug": discussion_list.slug, "pk": topic.pk})
    assert client.post(url, {"body": "late"}).status_code == 403
    assert not Message.objects.filter(body="late").exists()
