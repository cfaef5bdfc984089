"""Editors' review queue and decisions, the submitter's e-mails, and featured items."""

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.demo.documents import make_pdf
from library import services
from library.models import Item
from tests.accounts.helpers import html, links_in, visible_text
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, ResourceTypeFactory

pytestmark = pytest.mark.django_db

QUEUE = reverse("library:review-queue")


@pytest.fixture
def submitter(db):
    return UserFactory(email="carlos@example.org", display_name="Carlos Rojas", language="en")


def pending(submitter, **fields):
    values = {"status": Item.Status.PENDING, "published_at": None, "submitted_by": submitter}
    return ItemFactory(**{**values, **fields})


def review_url(item):
    return reverse("library:review", args=[item.pk])


def decide(client, item, capture, **data):
    with capture(execute=True):
        return client.post(review_url(item), data)


# --- The queue -------------------------------------------------------------------------------


def test_queue_lists_pending_items_oldest_first_with_their_submitter(editor_client, submitter):
    older = pending(submitter, title="Older submission", countries=["PE"])
    newer = pending(submitter, title="Newer submission")
    Item.objects.filter(pk=older.pk).update(created=timezone.now() - timezone.timedelta(days=2))
    ItemFactory(title="Already published")
    ItemFactory(title="Still a draft", status=Item.Status.DRAFT)

    response = editor_client.get(QUEUE)

    text = visible_text(response)
    assert "2 resources are waiting for review." in text
    assert text.index("Older submission") < text.index("Newer submission")
    assert "Carlos Rojas" in text and "Peru" in text
    assert "Already published" not in text and "Still a draft" not in text
    assert f'href="{review_url(newer)}"' in html(response)


def test_empty_queue_says_so(editor_client):
    assert "No resource is waiting for review." in visible_text(editor_client.get(QUEUE))


@pytest.mark.parametrize("count", [1, 30])
def test_queue_query_count_does_not_grow_with_pending_items(
    editor_client, submitter, count, django_assert_num_queries
):
    for number in range(count):
        pending(
            UserFactory(display_name=f"Submitter {number}"),
            title=f"Pending {number}",
            countries=["SN", "PE"],
        )
    editor_client.get(QUEUE)  # records "last seen", once a minute

    # savepoint and release (ATOMIC_REQUESTS), session, editor, editor's permissions (2),
    # count, page of items with type and submitter, countries of those items
    with django_assert_num_queries(9):
        response = editor_client.get(QUEUE)

    text = visible_text(response)
    assert text.count("Pending ") == count
    assert f"Submitter {count - 1}" in text


# --- Approving -------------------------------------------------------------------------------


def test_editor_approves_and_the_submitter_is_told_by_e_mail(
    editor_client, editor, submitter, mailoutbox, django_capture_on_commit_callbacks
):
    item = pending(submitter, title="Pensions in Peru")

    page = editor_client.get(review_url(item))
    assert "Review “Pensions in Peru”" in visible_text(page)
    assert "Submitted by Carlos Rojas" in visible_text(page)
    assert "carlos@example.org" not in html(page)
    response = decide(editor_client, item, django_capture_on_commit_callbacks, decision="approve")

    assert response.status_code == 302 and response.url == QUEUE
    item.refresh_from_db()
    assert item.status == Item.Status.PUBLISHED
    assert item.reviewed_by == editor
    assert item.published_at is not None and item.reviewed_at is not None
    [message] = mailoutbox
    assert message.to == ["carlos@example.org"]
    assert message.subject == "GESS: your resource “Pensions in Peru” is published"
    assert message.body.startswith("Hello Carlos Rojas,\n")
    assert "The editors have published “Pensions in Peru” in the GESS library" in message.body
    assert f"http://testserver/en/library/items/{item.pk}/" in links_in(message.body)
    landing = editor_client.get(QUEUE)
    assert "“Pensions in Peru” is published. Carlos Rojas will be told by e-mail." in (
        visible_text(landing)
    )
    assert "No resource is waiting for review." in visible_text(landing)
    assert "Pensions in Peru" in visible_text(Client().get(item.get_absolute_url()))


def test_approval_keeps_the_first_publication_date(
    editor_client, submitter, django_capture_on_commit_callbacks
):
    first = timezone.now() - timezone.timedelta(days=100)
    item = pending(submitter, published_at=first)

    decide(editor_client, item, django_capture_on_commit_callbacks, decision="approve")

    item.refresh_from_db()
    assert item.published_at == first


# --- Rejecting -------------------------------------------------------------------------------


def test_rejection_needs_a_reason(editor_client, submitter, mailoutbox):
    item = pending(submitter)

    response = editor_client.post(review_url(item), {"decision": "reject", "reason": "  "})

    assert "Please say why the resource is not accepted." in visible_text(response)
    item.refresh_from_db()
    assert item.status == Item.Status.PENDING
    assert mailoutbox == []


def test_rejection_e_mail_carries_the_reason_in_the_submitters_language(
    editor_client, submitter, mailoutbox, django_capture_on_commit_callbacks
):
    submitter.language = "fr"
    submitter.save()
    item = pending(submitter, title="Mutuelles au Sénégal")

    decide(
        editor_client,
        item,
        django_capture_on_commit_callbacks,
        decision="reject",
        reason="Merci d'ajouter l'année de publication.\nEt l'éditeur.",
    )

    item.refresh_from_db()
    assert item.status == Item.Status.REJECTED
    assert item.rejection_reason == "Merci d'ajouter l'année de publication.\nEt l'éditeur."
    [message] = mailoutbox
    assert message.to == ["carlos@example.org"]
    assert "Mutuelles au Sénégal" in message.subject
    assert "Merci d'ajouter l'année de publication.\nEt l'éditeur." in message.body
    # Rendered with the submitter's language active: links lead to the French portal.
    assert links_in(message.body) == [f"http://testserver/fr/library/items/{item.pk}/edit/"]
    assert "/en/" not in message.body


def test_rejection_e_mail_in_english_links_to_the_edit_page(
    editor_client, submitter, mailoutbox, django_capture_on_commit_callbacks
):
    item = pending(submitter, title="Pensions in Peru")

    decide(
        editor_client,
        item,
        django_capture_on_commit_callbacks,
        decision="reject",
        reason="Out of scope.",
    )

    [message] = mailoutbox
    assert message.subject == "GESS: your resource “Pensions in Peru” was not accepted"
    assert "The editors could not publish it as it is, for this reason:\n\nOut of scope." in (
        message.body
    )
    assert "You can correct the resource and submit it again:" in message.body
    assert f"http://testserver/en/library/items/{item.pk}/edit/" in message.body


def test_markup_in_the_reason_is_sent_as_plain_text(
    editor_client, submitter, mailoutbox, django_capture_on_commit_callbacks
):
    item = pending(submitter, title="<b>Bold</b> & co")

    decide(
        editor_client,
        item,
        django_capture_on_commit_callbacks,
        decision="reject",
        reason="<script>alert(1)</script> &amp;",
    )

    [message] = mailoutbox
    assert "<script>alert(1)</script> &amp;" in message.body
    assert "“<b>Bold</b> & co”" in message.subject


# --- Decisions that no longer hold ----------------------------------------------------------


def test_item_no_longer_pending_cannot_be_decided_again(
    editor_client, submitter, mailoutbox, django_capture_on_commit_callbacks
):
    item = pending(submitter, title="Pensions in Peru")
    decide(editor_client, item, django_capture_on_commit_callbacks, decision="approve")
    mailoutbox.clear()

    page = editor_client.get(review_url(item), follow=True)
    late = decide(
        editor_client, item, django_capture_on_commit_callbacks, decision="reject", reason="No"
    )

    assert "“Pensions in Peru” is not waiting for review (it is “Published”)." in (
        visible_text(page)
    )
    assert late.status_code == 302 and late.url == item.get_absolute_url()
    item.refresh_from_db()
    assert item.status == Item.Status.PUBLISHED
    assert mailoutbox == []


def test_two_editors_deciding_at_once_only_the_first_counts(editor, submitter, mailoutbox):
    item = pending(submitter)
    stale = Item.objects.get(pk=item.pk)  # the second editor's copy, loaded before the first acts
    services.approve_item(item, reviewer=editor)

    with pytest.raises(services.ReviewRefused) as refused:
        services.reject_item(stale, reviewer=editor, reason="Too late")

    assert "not waiting for review any more (it is now “Published”)" in str(refused.value)
    item.refresh_from_db()
    assert item.status == Item.Status.PUBLISHED


def test_e_mail_is_not_sent_when_the_decision_no_longer_holds(editor, submitter, mailoutbox):
    item = pending(submitter)
    services.reject_item(item, reviewer=editor, reason="Incomplete")
    Item.objects.filter(pk=item.pk).update(status=Item.Status.PENDING)  # submitted again

    from library.tasks import send_review_decision

    send_review_decision.delay(item_id=item.pk, decision="rejected")

    assert mailoutbox == []


def test_editor_reviewing_their_own_submission_gets_no_e_mail(
    editor_client, editor, mailoutbox, django_capture_on_commit_callbacks
):
    item = pending(editor)

    decide(editor_client, item, django_capture_on_commit_callbacks, decision="approve")

    item.refresh_from_db()
    assert item.status == Item.Status.PUBLISHED
    assert mailoutbox == []


# --- The whole journey -----------------------------------------------------------------------


def test_submit_extract_approve_and_find(
    client, member, editor, mailoutbox, django_capture_on_commit_callbacks
):
    """A member submits a PDF; its text is read after upload; an editor approves; the member
    is told; every visitor finds the resource by a word that is only inside the file."""
    member_client, editor_client = Client(), Client()
    member_client.force_login(member)
    editor_client.force_login(editor)
    data = make_pdf(["Community schemes in the Sahel reach xylocarpine farmers."])

    with django_capture_on_commit_callbacks(execute=True):
        submitted = member_client.post(
            reverse("library:submit"),
            {
                "resource_type": ResourceTypeFactory().pk,
                "title": "Community schemes in the Sahel",
                "countries": ["ML", "NE"],
                "upload": SimpleUploadedFile("Sahel.pdf", data),
                "action": "submit",
            },
        )
    item = Item.objects.get()
    assert submitted.url == item.get_absolute_url()
    assert item.status == Item.Status.PENDING
    assert "xylocarpine" in item.extracted_text
    assert client.get(item.get_absolute_url()).status_code == 404  # not public yet
    assert "Community schemes in the Sahel" in visible_text(editor_client.get(QUEUE))

    decide(editor_client, item, django_capture_on_commit_callbacks, decision="approve")

    [message] = mailoutbox
    assert message.to == [member.email]
    assert message.subject == "GESS: your resource “Community schemes in the Sahel” is published"
    page = client.get(item.get_absolute_url())
    assert "Community schemes in the Sahel" in visible_text(page)
    download = client.get(reverse("library:download", args=[item.pk]))
    assert b"".join(download.streaming_content) == data
    found = client.get(reverse("library:search"), {"q": "xylocarpine"})
    assert "Community schemes in the Sahel" in visible_text(found)


# --- Featured on the home page ----------------------------------------------------------------


@pytest.fixture
def home_page():
    """The home page at the site root (migration editorial.0002); Wagtail caches its paths."""
    cache.clear()
    yield "/en/"
    cache.clear()


def test_editor_features_a_published_item_on_the_home_page(editor_client, home_page):
    visitor = Client()
    item = ItemFactory(title="Social protection floors in Africa", publisher="ILO")
    feature = reverse("library:feature", args=[item.pk])

    response = editor_client.post(feature, {"featured": "1"})

    assert response.url == item.get_absolute_url()
    assert "“Social protection floors in Africa” is now featured on the home page." in (
        visible_text(editor_client.get(response.url))
    )
    home = visitor.get(home_page)
    assert "Featured resources" in visible_text(home)
    assert "Social protection floors in Africa" in visible_text(home)
    assert f'href="{item.get_absolute_url()}"' in html(home)

    editor_client.post(feature, {"featured": "0"})

    assert "Social protection floors in Africa" not in visible_text(visitor.get(home_page))
    item.refresh_from_db()
    assert item.featured is False


def test_home_page_never_shows_unpublished_featured_items(client, home_page):
    ItemFactory(title="Featured draft", status=Item.Status.DRAFT, featured=True)

    text = visible_text(client.get(home_page))

    assert "Featured draft" not in text
    assert "Featured resources" not in text


def test_unpublished_item_cannot_be_featured(editor_client):
    item = ItemFactory(status=Item.Status.PENDING)

    response = editor_client.post(reverse("library:feature", args=[item.pk]), {"featured": "1"})

    assert response.status_code == 403
    item.refresh_from_db()
    assert item.featured is False


@pytest.mark.parametrize("count", [1, services.FEATURED_LIMIT])
def test_home_page_shows_featured_items_in_a_fixed_number_of_queries(
    client, home_page, count, django_assert_num_queries
):
    for number in range(count):
        ItemFactory(title=f"Featured resource {number}", featured=True)
    client.get(home_page)  # Wagtail caches the site's root paths on the first visit

    with django_assert_num_queries(QUERIES_ON_HOME_PAGE):
        response = client.get(home_page)

    assert visible_text(response).count("Featured resource ") == count


# Wagtail's site, locale, page, aliases and view restrictions (5), savepoint and release,
# then while rendering "What's new?" (1), the featured items with their type (1), and the
# workspaces' blocks: latest blog posts (1) and last updated workspaces (1).
QUERIES_ON_HOME_PAGE = 12
