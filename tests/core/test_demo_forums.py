"""Demo discussion lists and newsletters: three discussion lists with their moderators,
subscribers and topics over several months, a new member's message waiting for its
moderator, Info-GIMI with every member subscribed; community news, a sent newsletter
issue and a draft, readers. ``load_demo`` runs twice, once for the module (it takes a
while); the tests read what it left, and everything is rolled back after them.
Nothing is sent while loading, and the second run adds nothing."""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from PIL import Image

from core.demo import forums as demo_forums
from forums import services
from forums.models import DiscussionList, Message, Subscriber, Topic
from newsletters.models import CommunityNews, IssueEntry, NewsletterIssue, Reader
from notifications.models import Delivery, OutboxMessage, Subscription
from tests.accounts.helpers import visible_text as text
from tests.demo_runs import demo_loaded_twice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

HEALTH, INFORMAL, MUTUELLES, INFO_GIMI = (
    "health-microinsurance",
    "informal-economy",
    "mutuelles-afrique-ouest",
    "info-gimi",
)
DOCKERS = "Perú: un microseguro para los estibadores del mercado de La Victoria"


def snapshot() -> dict:
    """What the two loaders create, with the values a second run could change, and
    what was sent."""
    lists = ContentType.objects.get_for_model(DiscussionList)
    return {
        "lists": sorted(DiscussionList.objects.values_list("slug", "kind", "language", "created")),
        "subscribers": sorted(
            Subscriber.objects.values_list(
                "discussion_list__slug", "user__email", "role", "standing", "approved_messages"
            )
        ),
        "follows": sorted(
            Subscription.objects.filter(content_type=lists).values_list(
                "object_id", "user__email", "delivery"
            )
        ),
        "topics": sorted(
            Topic.objects.values_list(
                "discussion_list__slug", "subject", "created", "last_message_at", "message_count"
            ),
            key=str,
        ),
        "messages": sorted(
            Message.objects.values_list("topic__subject", "author__email", "status", "created")
        ),
        "community news": sorted(
            CommunityNews.objects.values_list("title", "status", "published_at", "image")
        ),
        "issues": sorted(NewsletterIssue.objects.values_list("number", "status", "sent_at")),
        "entries": IssueEntry.objects.count(),
        "readers": sorted(Reader.objects.values_list("user__email", "newsletter")),
        "outbox": OutboxMessage.objects.count(),
        "e-mails": len(mail.outbox),
    }


@pytest.fixture(scope="module")
def runs(django_db_setup, django_db_blocker):
    with demo_loaded_twice(django_db_blocker, snapshot) as runs:
        yield runs


def demo_list(slug: str) -> DiscussionList:
    return DiscussionList.objects.get(slug=slug)


# --- Loading -------------------------------------------------------------------------------


def test_a_second_run_adds_nothing_and_nothing_is_sent(runs):
    assert runs.before["lists"] == [] and runs.before["community news"] == []
    assert runs.second == runs.first
    assert runs.first["outbox"] == runs.second["outbox"] == 0
    assert runs.first["e-mails"] == runs.second["e-mails"] == 0
    members = get_user_model().objects.filter(is_active=True).count()
    for output in (runs.first_output, runs.second_output):
        assert (
            f"discussion lists: 4 lists, {4 if output is runs.first_output else 0} created, "
            f"{30 + members} subscribers, 15 topics, 50 messages, 1 waiting for moderation"
        ) in output
        assert (
            "newsletters: 6 community news, 1 waiting for review, 2 issues, 8 readers"
        ) in output


# --- Discussion lists ----------------------------------------------------------------------


def test_three_discussion_lists_and_info_gimi_with_their_moderators(runs):
    found = {
        item.slug: (item.kind, item.language, item.display_name)
        for item in DiscussionList.objects.all()
    }
    assert found == {
        HEALTH: ("discussion", "en", "Health micro-insurance"),
        INFORMAL: ("discussion", "en", "Extending social security to the informal economy"),
        MUTUELLES: ("discussion", "fr", "Mutual health organisations in West Africa"),
        INFO_GIMI: ("announcement", "", "Info-GIMI"),
    }
    moderators = {
        slug: set(
            Subscriber.objects.filter(
                discussion_list__slug=slug, role=Subscriber.Role.MODERATOR
            ).values_list("user__email", flat=True)
        )
        for slug in found
    }
    assert moderators == {
        HEALTH: {"moussa.diop@gess.example", "kofi.mensah@gess.example"},
        INFORMAL: {"expert@gess.example", "rodrigo.salazar@gess.example"},
        MUTUELLES: {"editor@gess.example", "fatoumata.keita@gess.example"},
        INFO_GIMI: {"editor@gess.example"},
    }
    sizes = Counter(Subscriber.objects.values_list("discussion_list__slug", flat=True))
    assert (sizes[HEALTH], sizes[INFORMAL], sizes[MUTUELLES]) == (10, 11, 9)


def test_topics_and_replies_spread_over_several_months(runs):
    for slug in (HEALTH, INFORMAL, MUTUELLES):
        topics = Topic.objects.filter(discussion_list__slug=slug).exclude(last_message_at=None)
        assert 3 <= topics.count() <= 5, slug
        months = {(t.last_message_at.year, t.last_message_at.month) for t in topics}
        assert len(months) >= 3, slug
        for topic in topics:
            approved = list(topic.messages.approved().order_by("created"))
            assert topic.message_count == len(approved) >= 3, topic.subject
            assert topic.last_message_at == max(m.approved_at for m in approved)
            first, *replies = approved
            assert first.opens_topic and first.author == topic.started_by
            assert all(reply.reply_to == first and not reply.opens_topic for reply in replies)
            assert all(m.body_html.startswith("<p>") for m in approved)
    french = Topic.objects.get(subject="Fonds de garantie : à quoi doit-il servir ?")
    assert french.discussion_list.slug == MUTUELLES
    assert "filet de sécurité" in french.messages.get(opens_topic=True).body_html


def test_first_messages_of_subscribers_were_approved_by_a_moderator(runs):
    sokha = Subscriber.objects.get(
        discussion_list__slug=HEALTH, user__email="sokha.chan@gess.example"
    )
    assert (sokha.standing, sokha.approved_messages) == (Subscriber.Standing.TRUSTED, 2)
    by_sokha = Message.objects.filter(author=sokha.user).order_by("created")
    assert [m.moderated_by.email for m in by_sokha] == ["moussa.diop@gess.example"] * 2
    assert all(m.approved_at > m.created for m in by_sokha)
    moderator_messages = Message.objects.filter(author__email="kofi.mensah@gess.example")
    assert moderator_messages and all(
        m.moderated_by is None and m.approved_at == m.created for m in moderator_messages
    )


def test_a_new_members_message_waits_for_the_demo_moderator(runs):
    waiting = Message.objects.pending().get()
    assert waiting.author.email == "andres@gess.example"
    assert waiting.topic.subject == "Street vendors in Bogotá: who collects the contribution?"
    assert waiting.topic.discussion_list.slug == INFORMAL
    assert (waiting.topic.last_message_at, waiting.topic.message_count) == (None, 0)
    newcomer = Subscriber.objects.get(discussion_list__slug=INFORMAL, user=waiting.author)
    assert (newcomer.standing, newcomer.approved_messages) == (Subscriber.Standing.PROBATION, 0)

    # The demo moderator of the list (who can sign in) approves it.
    lucia = get_user_model().objects.get(email=demo_forums.QUEUE_MODERATOR)
    assert lucia.has_usable_password()
    assert services.subscriber(lucia, demo_list(INFORMAL)).is_moderator
    assert services.approve(waiting, lucia) is True

    topic = Topic.objects.get(pk=waiting.topic_id)
    assert topic.message_count == 1 and topic.last_message_at is not None
    newcomer.refresh_from_db()
    assert newcomer.approved_messages == 1


def test_info_gimi_has_every_member_and_two_announcements(runs):
    info = demo_list(INFO_GIMI)
    assert info.subscribe_new_members and info.is_announcement and info.probation == 0
    everyone = set(get_user_model().objects.filter(is_active=True).values_list("pk", flat=True))
    assert set(info.subscribers.values_list("user", flat=True)) == everyone
    follows = Subscription.objects.to(info)
    assert set(follows.values_list("user", flat=True)) == everyone
    assert set(follows.values_list("delivery", flat=True)) == {Delivery.PORTAL}
    announcements = info.topics.order_by("created")
    assert [(t.subject, t.message_count) for t in announcements] == [
        ("Key issues in microinsurance: the first issue is in the library", 1),
        ("New on the portal: discussion lists and community news", 1),
    ]
    assert {t.started_by.email for t in announcements} == {"editor@gess.example"}


def test_every_subscriber_follows_their_list_and_only_demo_accounts_get_e_mail(runs):
    lists = ContentType.objects.get_for_model(DiscussionList)
    rows = set(Subscriber.objects.values_list("discussion_list", "user"))
    follows = Subscription.objects.filter(content_type=lists)
    assert set(follows.values_list("object_id", "user")) == rows
    by_email = follows.exclude(delivery=Delivery.PORTAL).values_list("user__email", flat=True)
    assert set(by_email) <= {"aminata@gess.example", "carlos@gess.example"} | {
        "editor@gess.example",
        "expert@gess.example",
    }


# --- Community news and newsletters ----------------------------------------------------------


def test_community_news_from_several_countries_and_languages(runs):
    found = {
        (item.country.code, item.language, item.status, item.author.email)
        for item in CommunityNews.objects.select_related("author")
    }
    published = CommunityNews.Status.PUBLISHED
    assert found == {
        ("IN", "en", published, "priya@gess.example"),
        ("CM", "en", published, "kofi.mensah@gess.example"),
        ("SN", "fr", published, "aminata@gess.example"),
        ("MX", "es", published, "mariana@gess.example"),
        ("UY", "en", published, "valeria.mendoza@gess.example"),
        ("BE", "en", published, "pieter.janssens@gess.example"),
        ("PE", "es", CommunityNews.Status.PENDING, "carlos@gess.example"),
    }
    for item in CommunityNews.objects.published():
        assert item.reviewed_by.email == "editor@gess.example"
        assert item.submitted < item.published_at == item.reviewed_at
    waiting = CommunityNews.objects.get(status=CommunityNews.Status.PENDING)
    assert (waiting.published_at, waiting.reviewed_by) == (None, None)


def test_the_picture_is_stored_re_encoded_under_the_portals_name(runs):
    pictured = CommunityNews.objects.exclude(image="").get()
    assert pictured.country.code == "IN"
    assert pictured.image_alt == "A drawing of a fishing boat with a white sail on a blue sea"
    name = pictured.image.name.rsplit("/", 1)[-1]
    assert name.endswith(".webp") and len(name) == len("0" * 32 + ".webp")
    with pictured.image.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "WEBP"
        assert image.size == (480, 320)


def test_issue_one_was_sent_with_every_kind_of_entry_and_issue_two_is_a_draft(runs):
    first, second = NewsletterIssue.objects.order_by("number")
    assert (first.number, first.status, second.number, second.status) == (1, "sent", 2, "draft")
    assert all((first.title, first.title_fr, first.title_es))
    assert all((first.introduction, first.introduction_fr, first.introduction_es))
    assert first.sent_by.email == "editor@gess.example" and first.sent_at > first.created
    assert first.recipients == Reader.objects.filter(newsletter=True).count() == 8
    entries = first.entries.select_related("community_news", "library_item", "event")
    assert Counter(entry.section for entry in entries) == {
        "community": 2,
        "library": 2,
        "event": 1,
        "pick": 1,
    }
    shown = {
        (entry.section, entry.position): (
            entry.community_news or entry.library_item or entry.event or entry.title
        )
        for entry in entries
    }
    assert str(shown[("community", 0)]) == "Kerala's fishers' federation widens its insurance cover"
    assert str(shown[("library", 0)]) == "Key issues in microinsurance, No. 1: legislation"
    assert shown[("event", 0)].kind == "event" and shown[("event", 0)].live
    assert shown[("pick", 0)].startswith("Solution Exchange")
    assert all(
        entry.community_news.status == CommunityNews.Status.PUBLISHED
        for entry in IssueEntry.objects.exclude(community_news=None)
    )
    assert (second.sent_at, second.recipients, second.entries.count()) == (None, 0, 2)


def test_the_demo_member_reads_the_newsletter(runs):
    aminata = Reader.objects.get(user__email="aminata@gess.example")
    assert aminata.newsletter and aminata.platform_news


# --- The admin -----------------------------------------------------------------------------


def test_the_demo_editor_finds_the_demo_items_in_the_admin(runs, client):
    editor = get_user_model().objects.get(email="editor@gess.example")
    client.force_login(editor)

    listing = text(client.get("/admin/newsletters/community-news/"))
    for item in CommunityNews.objects.all():
        assert item.title in listing
    waiting = text(client.get("/admin/newsletters/community-news/", {"status": "pending"}))
    assert DOCKERS in waiting
    assert "Kerala's fishers' federation" not in waiting

    issues = text(client.get("/admin/newsletters/issues/"))
    assert "Mutuals that cover HIV treatment, fishers who save for old age" in issues
    assert "Regional networks and the informal economy" in issues

    readers = text(client.get("/admin/newsletters/readers/"))
    assert "Aminata Sow" in readers and "Carlos Quispe Mamani" in readers
