"""Editors find community news, newsletter issues and readers in Wagtail's admin
("Newsletters" menu): they correct or withdraw community news but add none, issues
open on the portal, readers are only looked at; members are turned away."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsletters.models import CommunityNews, NewsletterIssue, Reader
from notifications.models import OutboxMessage
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

COMMUNITY = "/admin/newsletters/community-news/"
ISSUES = "/admin/newsletters/issues/"
READERS = "/admin/newsletters/readers/"
Status = CommunityNews.Status


@pytest.fixture
def news(community_news, published_news):
    author = UserFactory(email="oumar@example.org", display_name="Oumar Traoré")
    return {
        "pending": community_news(title="MUSARS opens a branch in Koutiala", author=author),
        "published": published_news(
            title="Kerala's fishers insure their boats", country="IN", author=author
        ),
        "rejected": community_news(
            title="Buy our insurance now", status=Status.REJECTED, author=author
        ),
    }


def edit_form(item: CommunityNews, **values) -> dict:
    data = {
        "title": item.title,
        "text": item.text,
        "country": item.country.code,
        "language": item.language,
        "link": item.link,
        "image_alt": item.image_alt,
    }
    data.update(values)
    return data


# --- Community news ------------------------------------------------------------------------


def test_editor_lists_community_news_and_filters_it_by_status(editor_client, news):
    listing = text(editor_client.get(COMMUNITY))
    for title in (
        "MUSARS opens a branch in Koutiala",
        "Kerala's fishers insure their boats",
        "Buy our insurance now",
    ):
        assert title in listing
    assert "Waiting for review" in listing and "Published" in listing and "Rejected" in listing
    assert "Oumar Traoré" in listing and "India" in listing

    waiting = text(editor_client.get(COMMUNITY, {"status": "pending"}))
    assert "MUSARS opens a branch in Koutiala" in waiting
    assert "Kerala's fishers" not in waiting and "Buy our insurance" not in waiting

    found = text(editor_client.get(COMMUNITY, {"q": "kerala"}))
    assert "Kerala's fishers insure their boats" in found and "MUSARS" not in found


def test_the_list_costs_the_same_queries_for_one_item_or_many(editor_client, published_news):
    published_news(title="The only item")
    editor_client.get(COMMUNITY)  # the member's "last seen" is recorded once a minute
    with CaptureQueriesContext(connection) as one:
        assert "The only item" in text(editor_client.get(COMMUNITY))
    for number in range(12):
        published_news(title=f"Item {number}", author=UserFactory())
    with CaptureQueriesContext(connection) as many:
        assert "Item 11" in text(editor_client.get(COMMUNITY))
    assert len(many) == len(one)


def test_only_published_items_offer_withdraw_and_none_is_added_or_deleted(editor_client, news):
    html = editor_client.get(COMMUNITY).content.decode()
    assert f'href="{COMMUNITY}withdraw/{news["published"].pk}/"' in html
    assert f"withdraw/{news['pending'].pk}/" not in html
    assert f"withdraw/{news['rejected'].pk}/" not in html
    assert f'href="{COMMUNITY}new/"' not in html
    assert f"{COMMUNITY}delete/" not in html
    assert 'href="/en/newsletter/community/review/"' in html  # the queue, on the portal

    for refused in (f"{COMMUNITY}new/", f"{COMMUNITY}delete/{news['pending'].pk}/"):
        response = editor_client.get(refused)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert CommunityNews.objects.count() == 3


def test_editor_corrects_an_item(editor_client, news):
    item = news["published"]

    response = editor_client.post(
        f"{COMMUNITY}edit/{item.pk}/",
        edit_form(item, title="Kerala's fishers insure their boats and nets"),
    )

    assert response["Location"] == COMMUNITY
    item.refresh_from_db()
    assert item.title == "Kerala's fishers insure their boats and nets"
    assert item.status == Status.PUBLISHED
    assert not OutboxMessage.objects.exists()


def test_a_link_that_is_not_a_web_address_is_refused(editor_client, news):
    item = news["published"]

    response = editor_client.post(
        f"{COMMUNITY}edit/{item.pk}/", edit_form(item, link="ftp://files.example.org/news")
    )

    assert response.status_code == 200
    assert "Please give a web address that starts with http:// or https://." in text(response)
    item.refresh_from_db()
    assert item.link == ""


def test_editor_withdraws_a_published_item_with_a_note_to_its_author(editor_client, news):
    item = news["published"]
    url = f"{COMMUNITY}withdraw/{item.pk}/"

    form = text(editor_client.get(url))
    assert "Withdraw community news" in form and "Kerala's fishers insure their boats" in form
    assert "Note to the author" in form

    refused = editor_client.post(url, {"note": "  "})
    assert refused.status_code == 200 and "This field is required." in text(refused)
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED

    response = editor_client.post(url, {"note": "The figures were not checked."}, follow=True)

    assert response.redirect_chain == [(COMMUNITY, 302)]
    assert "“Kerala's fishers insure their boats” was withdrawn; its author is told why." in text(
        response
    )
    item.refresh_from_db()
    assert (item.status, item.review_note) == (Status.REJECTED, "The figures were not checked.")
    told = OutboxMessage.objects.get()
    assert (told.kind, told.recipient.email) == ("community-news", "oumar@example.org")
    # Withdrawn already: the page is gone.
    assert editor_client.get(url, follow=True).status_code == 404


def test_withdraw_refuses_items_that_are_not_published_and_unknown_ids(editor_client, news):
    for item in (news["pending"], news["rejected"]):
        response = editor_client.post(f"{COMMUNITY}withdraw/{item.pk}/", {"note": "No"})
        # An admin address that does not exist: the portal's 404, in the editor's language.
        assert (response.status_code, response["Location"]) == (
            302,
            f"/en{COMMUNITY}withdraw/{item.pk}/",
        )
        assert editor_client.get(response["Location"]).status_code == 404
    assert editor_client.get(f"{COMMUNITY}withdraw/999999/", follow=True).status_code == 404
    assert list(CommunityNews.objects.order_by("pk").values_list("status", flat=True)) == [
        Status.PENDING,
        Status.PUBLISHED,
        Status.REJECTED,
    ]


# --- Issues and readers --------------------------------------------------------------------


def test_issues_are_listed_and_open_on_the_portal(editor_client, editor):
    sent = NewsletterIssue.objects.create(
        number=1, title="Fishers and mutuals", status="sent", recipients=42, created_by=editor
    )
    draft = NewsletterIssue.objects.create(number=2, title="Regional networks", created_by=editor)

    response = editor_client.get(ISSUES)

    page = text(response)
    assert "Fishers and mutuals" in page and "Regional networks" in page
    assert "Sent" in page and "Draft" in page and "42" in page
    html = response.content.decode()
    assert 'href="/en/newsletter/issues/1/"' in html
    assert f'href="/en/newsletter/editor/{draft.pk}/"' in html
    assert 'href="/en/newsletter/editor/"' in html  # compose, on the portal
    assert f'href="{ISSUES}new/"' not in html and f"{ISSUES}edit/" not in html
    for refused in (f"{ISSUES}new/", f"{ISSUES}edit/{sent.pk}/", f"{ISSUES}delete/{sent.pk}/"):
        response = editor_client.get(refused)
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_readers_are_listed_but_not_changed(editor_client, reader):
    chosen = reader(display_name="Aminata Sow", platform_news=True)
    reader(display_name="Carlos Quispe", newsletter=False, platform_news=True)

    page = text(editor_client.get(READERS))
    assert "Aminata Sow" in page and "Carlos Quispe" in page

    only_newsletter = text(editor_client.get(READERS, {"newsletter": "true"}))
    assert "Aminata Sow" in only_newsletter and "Carlos Quispe" not in only_newsletter

    row = Reader.objects.get(user=chosen)
    for refused in (f"{READERS}new/", f"{READERS}edit/{row.pk}/", f"{READERS}delete/{row.pk}/"):
        response = editor_client.get(refused)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    posted = editor_client.post(f"{READERS}edit/{row.pk}/", {"newsletter": ""})
    assert posted["Location"] == "/admin/"
    row.refresh_from_db()
    assert row.newsletter


# --- Who gets in ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", [COMMUNITY, ISSUES, READERS])
def test_members_are_turned_away(client, member, url):
    client.force_login(member)

    refused = client.get(url)

    assert (refused.status_code, refused["Location"]) == (302, f"/admin/login/?next={url}")


def test_admin_access_without_newsletters_permissions_is_refused(client, news):
    user = UserFactory(email="curator@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)

    for url in (COMMUNITY, ISSUES, READERS):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    item = news["published"]
    for url in (f"{COMMUNITY}withdraw/{item.pk}/", f"{COMMUNITY}edit/{item.pk}/"):
        posted = client.post(url, {"note": "Gone", **edit_form(item, title="Changed")})
        assert (posted.status_code, posted["Location"]) == (302, "/admin/")
    item.refresh_from_db()
    assert (item.status, item.title) == (Status.PUBLISHED, "Kerala's fishers insure their boats")
