"""Following topics, collections, tags, countries and items: a newly published library
item tells their followers once, by the way each chose, and never tells of an item
that is not published for everyone."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from taggit.models import Tag

from accounts import roles
from library import services
from library.models import Item, LibraryCollection
from notifications import tokens
from notifications.models import Delivery, Notification, OutboxMessage, Subscription, Update
from tests.countryprofiles.factories import make_profile
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory, TopicFactory

pytestmark = pytest.mark.django_db

TITLE = "Mutual health organisations in Senegal"
SENTENCE = f"A new library item, “{TITLE}”, was published."


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def submitter(db):
    return UserFactory(email="kofi@example.org", display_name="Kofi Mensah")


@pytest.fixture
def topic(db):
    return TopicFactory(name="Health insurance", slug="health-insurance")


@pytest.fixture
def collection(db):
    return LibraryCollection.objects.create(name="Guide for Action", slug="guide-for-action")


@pytest.fixture
def tag(db):
    return Tag.objects.create(name="mutuelles", slug="mutuelles")


@pytest.fixture
def senegal(db):
    return make_profile("SN")


def follow(user, obj, delivery=Delivery.INSTANT) -> Subscription:
    return Subscription.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=obj.pk,
        delivery=delivery,
    )


def pending_item(submitter, *, topics=(), collections=(), tags=(), countries=()) -> Item:
    item = ItemFactory(
        title=TITLE,
        abstract="How mutual health organisations can join national health insurance.",
        url="https://example.org/mutuelles",
        status=Item.Status.PENDING,
        published_at=None,
        submitted_by=submitter,
        topics=list(topics),
        tags=list(tags),
        countries=list(countries),
    )
    item.collections.set(collections)
    return item


def approve(client, item, capture):
    """The editor's real decision: the review form, with what runs after commit."""
    with capture(execute=True):
        return client.post(reverse("library:review", args=[item.pk]), {"decision": "approve"})


def updates_sent_to(person) -> list:
    """The notification e-mails (not the submitter's review decision) sent to ``person``."""
    return [
        m for m in mail.outbox if m.to == [person.email] and "List-Unsubscribe" in m.extra_headers
    ]


def test_approved_item_tells_the_follower_of_its_topic_by_email(
    editor_client, submitter, member, topic, django_capture_on_commit_callbacks
):
    subscription = follow(member, topic)
    follow(submitter, topic)
    item = pending_item(submitter, topics=[topic])

    response = approve(editor_client, item, django_capture_on_commit_callbacks)

    assert response["Location"] == reverse("library:review-queue")
    notification = Notification.objects.get(recipient=member)
    assert notification.via == topic
    assert notification.reason == "following"
    [email] = updates_sent_to(member)
    # Named after what the member followed, the topic.
    assert email.subject == f"[Health insurance] New in the library: {TITLE}"
    assert SENTENCE in email.body
    assert "How mutual health organisations can join national health insurance." in email.body
    assert f"http://testserver/en/library/items/{item.pk}/" in email.body
    assert "You receive this because you follow the topic “Health insurance”." in email.body
    # The one-click unsubscribe stops what brought it: the topic followed.
    token = email.extra_headers["List-Unsubscribe"].split("/unsubscribe/")[1].strip("/>")
    assert tokens.read(token) == (member.pk, f"sub:{subscription.pk}")
    # The submitter is told by the review decision, not as a follower of the topic.
    assert not Notification.objects.filter(recipient=submitter).exists()
    assert [m.subject for m in mail.outbox if m.to == [submitter.email]] == [
        f"GESS: your resource “{TITLE}” is published"
    ]


def test_follower_of_several_things_hears_once_the_most_immediate_way(
    editor_client,
    submitter,
    member,
    other_member,
    topic,
    collection,
    tag,
    senegal,
    django_capture_on_commit_callbacks,
):
    follow(member, topic, Delivery.WEEKLY)
    follow(member, tag, Delivery.INSTANT)
    follow(member, senegal, Delivery.PORTAL)
    follow(other_member, collection, Delivery.DAILY)
    follow(other_member, senegal, Delivery.WEEKLY)
    item = pending_item(
        submitter, topics=[topic], collections=[collection], tags=[tag], countries=["SN", "PE"]
    )

    approve(editor_client, item, django_capture_on_commit_callbacks)

    [update] = Update.objects.filter(verb="library-item-published")
    assert update.source == item and update.target == item and update.actor == submitter
    told = {n.recipient: (n.delivery, n.via) for n in Notification.objects.filter(update=update)}
    assert told == {member: (Delivery.INSTANT, tag), other_member: (Delivery.DAILY, collection)}
    assert len(updates_sent_to(member)) == 1
    assert updates_sent_to(other_member) == []  # in tomorrow's digest
    assert OutboxMessage.objects.filter(kind="update").count() == 1


def test_followers_of_the_country_hear_of_items_about_it_only(
    editor_client, submitter, member, other_member, senegal, django_capture_on_commit_callbacks
):
    peru = make_profile("PE")
    follow(member, senegal)
    follow(other_member, peru)
    item = pending_item(submitter, countries=["SN"])

    approve(editor_client, item, django_capture_on_commit_callbacks)

    assert Notification.objects.get(recipient=member).via == senegal
    assert not Notification.objects.filter(recipient=other_member).exists()
    [email] = updates_sent_to(member)
    assert SENTENCE in email.body
    assert "You receive this because you follow the country “Senegal”." in email.body


def test_a_country_without_a_live_profile_brings_nobody(
    editor_client, submitter, member, django_capture_on_commit_callbacks
):
    draft = make_profile("SN", live=False)
    follow(member, draft)
    item = pending_item(submitter, countries=["SN"])

    approve(editor_client, item, django_capture_on_commit_callbacks)

    assert Update.objects.filter(verb="library-item-published").count() == 1
    assert not Notification.objects.exists()
    assert updates_sent_to(member) == []


def test_editor_following_a_pending_item_hears_when_another_editor_publishes_it(
    editor_client, submitter, django_capture_on_commit_callbacks
):
    colleague = UserFactory(email="ngozi@example.org", display_name="Ngozi Editor")
    colleague.groups.add(Group.objects.get(name=roles.EDITORS))
    item = pending_item(submitter)
    follow(colleague, item)

    approve(editor_client, item, django_capture_on_commit_callbacks)

    assert Notification.objects.get(recipient=colleague).via == item
    [email] = updates_sent_to(colleague)
    assert f"You receive this because you follow the library item “{TITLE}”." in email.body


def test_french_follower_gets_the_french_address(
    editor_client, submitter, topic, django_capture_on_commit_callbacks
):
    reader = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", language="fr")
    follow(reader, topic)
    item = pending_item(submitter, topics=[topic])

    approve(editor_client, item, django_capture_on_commit_callbacks)

    [email] = updates_sent_to(reader)
    assert f"http://testserver/fr/library/items/{item.pk}/" in email.body
    with translation.override("fr"):
        assert gettext("Hello %(name)s,") % {"name": "Awa Ndiaye"} in email.body


def test_pending_rejected_and_draft_items_tell_nobody(
    editor_client, submitter, member, topic, django_capture_on_commit_callbacks
):
    follow(member, topic)
    with django_capture_on_commit_callbacks(execute=True):
        draft = services.create_item(
            submitter=submitter,
            data=services.ItemData(
                fields={
                    "title": "A draft",
                    "url": "https://example.org/a",
                    "resource_type": ResourceTypeFactory(),
                },
                relations={"topics": [topic]},
            ),
            submit=False,
        )
        services.update_item(
            draft, data=services.ItemData(relations={"topics": [topic]}), submit=True
        )
    rejected = pending_item(submitter, topics=[topic])
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("library:review", args=[rejected.pk]),
            {"decision": "reject", "reason": "Out of scope."},
        )

    rejected.refresh_from_db()
    assert rejected.status == Item.Status.REJECTED
    draft.refresh_from_db()
    assert draft.status == Item.Status.PENDING
    assert not Update.objects.exists()
    assert not Notification.objects.exists()
    assert updates_sent_to(member) == []


def test_editing_or_approving_again_a_published_item_is_not_news(
    editor_client, editor, submitter, member, topic, django_capture_on_commit_callbacks
):
    follow(member, topic)
    item = pending_item(submitter, topics=[topic])
    approve(editor_client, item, django_capture_on_commit_callbacks)
    assert len(updates_sent_to(member)) == 1

    item.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        services.update_item(
            item, data=services.ItemData(fields={"title": "A corrected title"}, tags=["new-tag"])
        )
        # An editor sends it back to review in the admin, then approves it again.
        editor_client.post(
            reverse("wagtailsnippets_library_item:edit", args=[item.pk]),
            {
                "resource_type": item.resource_type_id,
                "title": "A corrected title",
                "topics": [topic.pk],
                "status": "pending",
            },
        )
    approve(editor_client, item, django_capture_on_commit_callbacks)

    item.refresh_from_db()
    assert item.status == Item.Status.PUBLISHED and item.title == "A corrected title"
    assert Update.objects.count() == 1
    assert Notification.objects.count() == 1
    assert len(updates_sent_to(member)) == 1


def test_editor_publishing_directly_in_the_admin_tells_the_followers(
    editor_client, editor, member, topic, tag, django_capture_on_commit_callbacks
):
    follow(member, tag)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailsnippets_library_item:add"),
            {
                "resource_type": ResourceTypeFactory().pk,
                "title": TITLE,
                "url": "https://example.org/mutuelles",
                "topics": [topic.pk],
                "tags": "mutuelles",
                "status": "published",
            },
        )

    assert response.status_code == 302
    item = Item.objects.get(title=TITLE)
    assert item.published_at is not None
    assert Notification.objects.get(recipient=member).via == tag
    [email] = updates_sent_to(member)
    assert SENTENCE in email.body
    assert "You receive this because you follow the tag “mutuelles”." in email.body
    assert f"http://testserver/en/library/items/{item.pk}/" in email.body


def test_item_unpublished_before_the_email_leaves_is_not_sent(
    editor_client, submitter, member, topic, django_capture_on_commit_callbacks
):
    follow(member, topic)
    item = pending_item(submitter, topics=[topic])
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        editor_client.post(reverse("library:review", args=[item.pk]), {"decision": "approve"})
    Item.objects.filter(pk=item.pk).update(status=Item.Status.DRAFT)

    for callback in waiting:
        callback()

    assert updates_sent_to(member) == []
    assert OutboxMessage.objects.get(recipient=member).state == OutboxMessage.State.CANCELLED


def test_approving_costs_the_same_queries_for_one_follower_or_twenty(
    editor, submitter, senegal, django_assert_max_num_queries
):
    counts = []
    for followers in (1, 20):
        topic = TopicFactory()
        tag = Tag.objects.create(name=f"tag {followers}", slug=f"tag-{followers}")
        for number in range(followers):
            person = UserFactory(email=f"reader{followers}-{number}@example.org")
            follow(person, topic)
            follow(person, tag, Delivery.DAILY)
        item = pending_item(submitter, topics=[topic], tags=[tag], countries=["SN"])

        # The review (9: savepoints, lock, save, Wagtail's reference index), the item's
        # submitter, countries, their live profiles, topics, collections and tags, the
        # fan-out (update, notifications, unread counts, outbox), then on PostgreSQL the
        # search vector (3).
        with django_assert_max_num_queries(23) as queries:
            services.approve_item(item, reviewer=editor)
        counts.append(len(queries))
        assert Notification.objects.filter(update__source_id=item.pk).count() == followers

    assert counts[0] == counts[1]
