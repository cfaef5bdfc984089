"""Editors review community news: the queue, publish, reject with a note, withdraw, and
the author's e-mail (through the outbox, in the author's language)."""

import pytest
from django.core import mail
from django.urls import reverse

from newsletters import community
from newsletters.models import CommunityNews
from notifications.models import OutboxMessage
from tests.factories import UserFactory

QUEUE = reverse("newsletters:community-review")


def review_url(item) -> str:
    return reverse("newsletters:community-review-item", args=[item.pk])


def decide(client, item, capture, **data):
    with capture(execute=True):
        return client.post(review_url(item), data, follow=True)


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


@pytest.mark.django_db
def test_publish_tells_the_author_by_email(
    editor_client, editor, community_news, django_capture_on_commit_callbacks
):
    author = UserFactory(email="fatou@example.org", display_name="Fatou Ndiaye")
    item = community_news(author=author, title="Thiès\r\nBcc: evil@example.org mutual")

    response = decide(editor_client, item, django_capture_on_commit_callbacks, decision="publish")

    assert response.redirect_chain == [(QUEUE, 302)]
    assert messages_of(response) == [
        "“Thiès\r\nBcc: evil@example.org mutual” is published. Fatou Ndiaye will be told by e-mail."
    ]
    item.refresh_from_db()
    assert (item.status, item.reviewed_by, item.review_note) == ("published", editor, "")
    assert item.published_at is not None
    message = OutboxMessage.objects.get()
    assert (
        message.kind,
        message.recipient,
        message.subject_object,
        message.key,
        message.state,
    ) == (
        "community-news",
        author,
        item,
        f"community-news:{item.pk}:published",
        "sent",
    )
    [email] = mail.outbox
    assert email.to == ["fatou@example.org"]
    assert email.subject == "Your news “Thiès Bcc: evil@example.org mutual” is published"
    assert email.body.startswith(
        "Hello Fatou Ndiaye,\n\n"
        "Thank you for your news “Thiès Bcc: evil@example.org mutual”: an editor has "
        "published it in the community news.\n\n"
        "Read it on the portal:\n"
        f"http://testserver/en/newsletter/community/{item.pk}/\n"
    )
    assert "The editor's note" not in email.body
    assert email.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.django_db
def test_reject_with_a_note_tells_the_author_in_their_language(
    editor_client, community_news, django_capture_on_commit_callbacks
):
    author = UserFactory(email="fatou@example.org", display_name="Fatou Ndiaye", language="en")
    item = community_news(author=author, title="Our new scheme")

    response = decide(
        editor_client,
        item,
        django_capture_on_commit_callbacks,
        decision="reject",
        note="Please tell us where and when.\nA source would help.",
    )

    assert messages_of(response) == [
        "“Our new scheme” is rejected. Fatou Ndiaye will be told by e-mail."
    ]
    item.refresh_from_db()
    assert (item.status, item.review_note, item.published_at) == (
        "rejected",
        "Please tell us where and when.\nA source would help.",
        None,
    )
    [email] = mail.outbox
    assert email.subject == "Your news “Our new scheme” was not published"
    assert (
        "Thank you for your news “Our new scheme”. An editor has read it and decided not "
        "to publish it.\n\n"
        "The editor's note:\n"
        "Please tell us where and when.\nA source would help.\n\n"
        "All the news you have shared, and what became of it:\n"
        "http://testserver/en/newsletter/community/mine/\n"
    ) in email.body
    assert "You receive this because you shared this news on the portal." in email.body


@pytest.mark.django_db
def test_reject_without_a_note_is_refused(editor_client, community_news):
    item = community_news(title="Our new scheme")

    response = editor_client.post(review_url(item), {"decision": "reject", "note": "  "})

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "note": ["Please tell the author why, in a few words."]
    }
    assert "Nothing was saved. Please correct the errors below." in response.content.decode()
    item.refresh_from_db()
    assert item.status == "pending"
    assert not OutboxMessage.objects.exists()


@pytest.mark.parametrize(
    ("first", "second"),
    [("publish", "reject"), ("reject", "publish"), ("publish", "publish")],
)
@pytest.mark.django_db
def test_an_item_decided_meanwhile_is_not_decided_again(
    editor_client, community_news, django_capture_on_commit_callbacks, first, second
):
    item = community_news(title="Our new scheme")
    other_editor = UserFactory(display_name="Other Editor")
    decision = {"publish": community.publish, "reject": community.reject}[first]
    decision(item, other_editor, *(["A reason."] if first == "reject" else []))
    status = CommunityNews.objects.get(pk=item.pk).status

    response = decide(
        editor_client, item, django_capture_on_commit_callbacks, decision=second, note="Mine."
    )

    assert response.redirect_chain == [(QUEUE, 302)]
    assert messages_of(response) == ["This item was already reviewed."]
    item.refresh_from_db()
    assert (item.status, item.reviewed_by) == (status, other_editor)
    assert OutboxMessage.objects.count() == 1


@pytest.mark.django_db
def test_withdrawing_a_published_item(
    editor_client, community_news, client, django_capture_on_commit_callbacks
):
    author = UserFactory(email="fatou@example.org", display_name="Fatou Ndiaye")
    item = community_news(author=author, title="Our new scheme", status="published")
    detail = editor_client.get(item.get_absolute_url()).content.decode()
    assert "Withdraw this news" in detail

    response = decide(
        editor_client,
        item,
        django_capture_on_commit_callbacks,
        decision="withdraw",
        note="The scheme asked us to take it down.",
    )

    assert response.redirect_chain == [(item.get_absolute_url(), 302)]
    assert messages_of(response) == [
        "“Our new scheme” is withdrawn: it is no longer shown. Fatou Ndiaye will be told by e-mail."
    ]
    assert "Not published." in response.content.decode()
    item.refresh_from_db()
    assert item.status == "rejected"
    assert list(CommunityNews.objects.published()) == []
    [email] = mail.outbox
    assert email.subject == "Your news “Our new scheme” has been withdrawn"
    assert "An editor has withdrawn your news “Our new scheme”" in email.body
    assert "The scheme asked us to take it down." in email.body
    # Gone for everyone else.
    client.logout()
    assert client.get(item.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_email_is_cancelled_when_the_decision_no_longer_holds(
    editor, community_news, django_capture_on_commit_callbacks
):
    """Published, then withdrawn before the e-mail left: no "is published" e-mail."""
    item = community_news(title="Our new scheme")
    community.publish(item, editor)
    CommunityNews.objects.filter(pk=item.pk).update(status="rejected")
    with django_capture_on_commit_callbacks(execute=True):
        from notifications.outbox import enqueue_on_commit

        enqueue_on_commit(list(OutboxMessage.objects.values_list("pk", flat=True)))

    assert mail.outbox == []
    assert OutboxMessage.objects.get().state == "cancelled"


@pytest.mark.django_db
def test_editor_reviewing_own_news_is_not_emailed(
    editor_client, editor, community_news, django_capture_on_commit_callbacks
):
    item = community_news(author=editor, title="Editor's own")

    response = decide(editor_client, item, django_capture_on_commit_callbacks, decision="publish")

    assert messages_of(response) == ["“Editor's own” is published."]
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_queue_lists_waiting_items_oldest_first_with_image_preview(editor_client, community_news):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    community_news(title="Newer", submitted=now - timedelta(days=1))
    older = community_news(
        title="Older", submitted=now - timedelta(days=3), image=True, image_alt="A clinic"
    )
    community_news(title="Published", status="published")
    community_news(title="Rejected", status="rejected")

    response = editor_client.get(QUEUE)

    assert [item.title for item in response.context["page"].object_list] == ["Older", "Newer"]
    html = response.content.decode()
    assert "2 items are waiting for review, oldest first." in html
    image_url = reverse("newsletters:community-image", args=[older.pk])
    assert f'<img src="{image_url}" alt="A clinic"' in html
    assert f'action="{review_url(older)}"' in html
    assert 'name="decision" value="publish"' in html and 'name="decision" value="reject"' in html


@pytest.mark.parametrize("count", [1, 12])
@pytest.mark.django_db
def test_queue_query_count_does_not_grow(
    editor_client, community_news, django_assert_num_queries, count
):
    for _ in range(count):
        community_news(image=True)
    editor_client.get(QUEUE)  # permissions cached on the user for the session

    # session, user, the user's and the groups' permissions, count, the page of items with
    # their authors; and the savepoint of the request around them
    with django_assert_num_queries(8):
        response = editor_client.get(QUEUE)
    assert len(response.context["page"].object_list) == count


@pytest.mark.django_db
def test_review_pages_need_the_permission(client, member_client, community_news):
    item = community_news()
    for url in (QUEUE, review_url(item)):
        assert member_client.get(url).status_code == 403
        assert member_client.post(url, {"decision": "publish"}).status_code == 403
    client.logout()
    for url in (QUEUE, review_url(item)):
        response = client.post(url, {"decision": "publish"})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    item.refresh_from_db()
    assert item.status == "pending"


@pytest.mark.django_db
def test_review_of_an_unknown_item_is_404(editor_client):
    assert (
        editor_client.get(reverse("newsletters:community-review-item", args=[999])).status_code
        == 404
    )
