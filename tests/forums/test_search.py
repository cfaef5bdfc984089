"""The discussion lists in the portal search: subjects and approved messages only."""

import pytest
from django.urls import reverse

from forums import search, services
from forums.models import Message
from tests.factories import UserFactory
from tests.forums.factories import MessageFactory, TopicFactory, topic_with_messages

pytestmark = pytest.mark.django_db


def test_search_finds_subjects_and_approved_text_only(discussion_list, moderator, member):
    by_subject = topic_with_messages(discussion_list, moderator, "Zakat and social protection")
    by_text = topic_with_messages(
        discussion_list, moderator, "Islamic finance", body="The zakat funds in Sudan"
    )
    hidden = TopicFactory(discussion_list=discussion_list, subject="Other", started_by=moderator)
    MessageFactory(
        topic=hidden,
        author=moderator,
        body="zakat pending",
        status=Message.Status.PENDING,
        opens_topic=True,
    )
    rejected = topic_with_messages(discussion_list, moderator, "Rejected reply topic")
    MessageFactory(
        topic=rejected, author=moderator, body="zakat rejected", status=Message.Status.REJECTED
    )
    services.subscribe(member, discussion_list)
    services.start_topic(member, discussion_list, subject="Zakat waiting", body="w")
    answer = search.search("zakat", None, 10)
    assert answer.count == 2
    assert {hit.url for hit in answer.hits} == {
        by_subject.get_absolute_url(),
        by_text.get_absolute_url(),
    }
    text_hit = next(hit for hit in answer.hits if hit.url == by_text.get_absolute_url())
    assert "zakat funds in Sudan" in text_hit.summary and "Health insurance" in text_hit.meta
    assert search.search("zakat sudan", None, 10).count == 1
    assert search.search("   ", None, 10).count == 0


def test_portal_search_page_shows_topics(client, discussion_list, moderator):
    topic_with_messages(discussion_list, moderator, "Unemployment insurance in Vietnam")
    page = client.get(reverse("core:search"), {"q": "vietnam"}).content.decode()
    assert "Discussion lists" in page and "Unemployment insurance in Vietnam" in page


def test_search_query_count_does_not_grow(discussion_list, moderator, django_assert_num_queries):
    topic_with_messages(discussion_list, moderator, "Cash transfers one")
    with django_assert_num_queries(2):
        assert search.search("cash", None, 10).count == 1
    for number in range(8):
        topic_with_messages(discussion_list, UserFactory(), f"Cash transfers {number}", count=2)
    with django_assert_num_queries(2):
        assert len(search.search("cash", None, 5).hits) == 5
