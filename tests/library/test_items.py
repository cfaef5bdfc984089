"""The item page, downloads, counters and comments, as visitors and members see them."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from core.demo.documents import make_docx, make_pdf
from core.models import Language
from library.models import Approach, Branch, Comment, Item, LibraryCollection, Theme
from tests.accounts.helpers import html, visible_text
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, TopicFactory

pytestmark = pytest.mark.django_db


def item_url(item, name="library:item"):
    return reverse(name, args=[item.pk])


@pytest.fixture
def described_item(member):
    pensions = TopicFactory(name="Pensions", name_fr="Retraites")
    health = TopicFactory(name="Health insurance")
    principles = Approach.objects.create(name="Principles", slug="principles")
    approach = Approach.objects.create(
        name="Participation", slug="participation", parent=principles
    )
    theme = Theme.objects.create(name="Feasibility", slug="feasibility")
    branch = Branch.objects.create(name="Old age", slug="old-age")
    collection = LibraryCollection.objects.create(name="Guide for Action", slug="guide-for-action")
    item = ItemFactory(
        title="Mutual health organisations in Senegal",
        abstract="First paragraph with <b>markup</b> & more.\n\nSecond paragraph.",
        authors="Diallo, Aminata; Rojas, Carlos",
        publisher="ILO",
        publication_year=2021,
        doi="10.1000/xyz123",
        isbn="978-0-306-40615-7",
        url="https://www.ilo.org/report",
        regions=["africa"],
        submitted_by=member,
        countries=["SN", "ML"],
        topics=[pensions, health],
        tags=["mutuelles", "Community-based"],
        file_text=["Full text"],
    )
    item.languages.set([Language.objects.get(code="fr"), Language.objects.get(code="wo")])
    item.approaches.set([approach])
    item.themes.set([theme])
    item.branches.set([branch])
    item.collections.set([collection])
    return item


# --- The page ------------------------------------------------------------------------------


def test_item_page_shows_every_piece_of_metadata_with_links_to_browse(client, described_item):
    item = described_item

    response = client.get(item_url(item))

    assert response.status_code == 200
    text = visible_text(response)
    page = html(response)
    assert "Mutual health organisations in Senegal" in text
    assert "Diallo, Aminata; Rojas, Carlos" in text
    assert "Publisher ILO" in text
    assert "Published 2021" in text
    assert "Regions Africa" in text
    assert "DOI 10.1000/xyz123" in text
    assert "ISBN 978-0-306-40615-7" in text
    assert 'href="https://doi.org/10.1000/xyz123"' in page
    assert 'href="https://www.ilo.org/report" rel="nofollow noopener noreferrer external"' in page
    assert f'href="{reverse("library:browse", args=["type", "report"])}"' in page
    for facet, slug in [
        ("country", "SN"),
        ("country", "ML"),
        ("language", "fr"),
        ("language", "wo"),
        ("tag", "mutuelles"),
        ("tag", "community-based"),
        ("topic", "pensions"),
        ("topic", "health-insurance"),
        ("approach", "participation"),
        ("theme", "feasibility"),
        ("branch", "old-age"),
        ("collection", "guide-for-action"),
    ]:
        assert f'href="{reverse("library:browse", args=[facet, slug])}"' in page, (facet, slug)
    assert "Countries Mali Senegal" in text
    assert "Approaches Participation" in text
    assert f'href="{item_url(item, "library:item-ris")}"' in page
    assert f'href="{item_url(item, "library:item-bibtex")}"' in page
    assert f'href="{item_url(item, "library:download")}"' in page
    assert "Download “document.pdf”" in text


def test_abstract_is_escaped_and_keeps_its_paragraphs(client, described_item):
    page = html(client.get(item_url(described_item)))

    assert "<p>First paragraph with &lt;b&gt;markup&lt;/b&gt; &amp; more.</p>" in page
    assert "<p>Second paragraph.</p>" in page
    assert "<b>markup</b>" not in page


def test_item_page_speaks_the_visitors_language(client, described_item):
    with translation.override("fr"):
        url = item_url(described_item)
        browse_pensions = reverse("library:browse", args=["topic", "pensions"])

    response = client.get(url)

    assert "Retraites" in visible_text(response)
    assert f'href="{browse_pensions}"' in html(response)
    assert browse_pensions.startswith("/fr/")


def test_item_page_carries_the_citation_metadata_block(client, described_item):
    response = client.get(item_url(described_item))

    head = re.search(r"<head>.*</head>", html(response), re.S).group(0)
    assert 'name="citation_title" content="Mutual health organisations in Senegal"' in head


def test_views_are_counted_once_per_session(client, described_item):
    url = item_url(described_item)

    client.get(url)
    client.get(url)
    other = Client()
    third = other.get(url)

    described_item.refresh_from_db()
    assert described_item.view_count == 2
    assert "Views 2" in visible_text(third)


def test_views_of_unpublished_items_are_not_counted(member_client, member):
    item = ItemFactory(status=Item.Status.PENDING, submitted_by=member, published_at=None)

    member_client.get(item_url(item))

    item.refresh_from_db()
    assert item.view_count == 0


# --- Status notices and actions --------------------------------------------------------------


def test_submitter_sees_why_their_item_was_rejected_and_can_submit_again(member_client, member):
    item = ItemFactory(
        status=Item.Status.REJECTED,
        submitted_by=member,
        rejection_reason="Please add the publication year.",
    )

    response = member_client.get(item_url(item))

    text = visible_text(response)
    assert "Rejected This resource was not accepted." in text
    assert "Reason given by the editors: Please add the publication year." in text
    assert f'href="{reverse("library:edit", args=[item.pk])}"' in html(response)
    assert "Edit and submit again" in text
    assert "Comments" not in text


def test_submitter_sees_their_pending_item_with_a_notice(member_client, member):
    item = ItemFactory(status=Item.Status.PENDING, submitted_by=member)

    text = visible_text(member_client.get(item_url(item)))

    assert "Pending review This resource is waiting for an editor's review." in text
    assert "Review" not in text.replace("Pending review", "").replace("editor's review", "")


def test_editor_sees_review_and_feature_actions(editor_client):
    pending = ItemFactory(status=Item.Status.PENDING)
    published = ItemFactory()

    pending_page = html(editor_client.get(item_url(pending)))
    published_page = html(editor_client.get(item_url(published)))

    assert f'href="{reverse("library:review", args=[pending.pk])}"' in pending_page
    assert reverse("library:feature", args=[pending.pk]) not in pending_page
    assert f'action="{reverse("library:feature", args=[published.pk])}"' in published_page
    assert "Feature on the home page" in published_page


def test_member_sees_no_editing_actions_on_someone_elses_item(member_client):
    item = ItemFactory()

    page = html(member_client.get(item_url(item)))

    assert reverse("library:edit", args=[item.pk]) not in page
    assert reverse("library:review", args=[item.pk]) not in page
    assert reverse("library:feature", args=[item.pk]) not in page


# --- Downloads -------------------------------------------------------------------------------


def test_download_serves_the_file_as_an_attachment_and_counts_it(client):
    data = make_pdf(["The full report"])
    item = ItemFactory()
    item.file.save("document.pdf", ContentFile(data), save=False)
    item.file_name, item.file_size, item.file_type = "Senegal report.pdf", len(data), "pdf"
    item.save()

    first = client.get(item_url(item, "library:download"))
    second = client.get(item_url(item, "library:download"))

    assert b"".join(first.streaming_content) == data
    assert first["Content-Type"] == "application/pdf"
    assert first["Content-Disposition"] == 'attachment; filename="Senegal report.pdf"'
    assert first["Content-Length"] == str(len(data))
    assert first["X-Content-Type-Options"] == "nosniff"
    assert first["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert second.status_code == 200
    item.refresh_from_db()
    assert item.download_count == 2
    assert "/media/" not in html(client.get(item_url(item)))


def test_download_of_a_non_ascii_name_uses_rfc_5987(client):
    data = make_docx(["Texto"])
    item = ItemFactory()
    item.file.save("document.docx", ContentFile(data), save=False)
    item.file_name, item.file_size, item.file_type = "Protección social.docx", len(data), "docx"
    item.save()

    response = client.get(item_url(item, "library:download"))

    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''Protecci%C3%B3n%20social.docx"
    )


def test_download_name_with_quotes_cannot_break_the_header(client):
    item = ItemFactory(file_text=["x"])
    Item.objects.filter(pk=item.pk).update(file_name='a"; filename=evil.html')

    response = client.get(item_url(item, "library:download"))

    assert response["Content-Disposition"] == ('attachment; filename="a\\"; filename=evil.html"')


def test_unknown_file_type_is_served_as_plain_bytes(client):
    item = ItemFactory(file_text=["x"])
    Item.objects.filter(pk=item.pk).update(file_type="html")

    response = client.get(item_url(item, "library:download"))

    assert response["Content-Type"] == "application/octet-stream"


def test_download_without_a_file_or_with_a_lost_file_is_a_404(client, media_root):
    without = ItemFactory(url="https://www.ilo.org/report")
    lost = ItemFactory(file_text=["x"])
    (media_root / lost.file.name).unlink()

    assert client.get(item_url(without, "library:download")).status_code == 404
    assert client.get(item_url(lost, "library:download")).status_code == 404
    lost.refresh_from_db()
    assert lost.download_count == 0


def test_head_request_does_not_count_a_download(client):
    item = ItemFactory(file_text=["x"])

    response = client.head(item_url(item, "library:download"))

    assert response.status_code == 200
    item.refresh_from_db()
    assert item.download_count == 0


# --- Comments --------------------------------------------------------------------------------


def test_member_comments_on_a_published_item(member_client, member):
    item = ItemFactory()

    response = member_client.post(
        item_url(item, "library:comment"), {"body": "Very useful, thank you!\n\nAminata"}
    )

    assert response.status_code == 302
    assert response.url == f"{item.get_absolute_url()}#comments"
    page = member_client.get(response.url)
    text = visible_text(page)
    assert "Your comment has been posted." in text
    assert "Aminata Diallo" in text and "Very useful, thank you!" in text
    assert "<p>Very useful, thank you!</p>\n\n<p>Aminata</p>" in html(page)
    assert list(Comment.objects.values_list("author", "body")) == [
        (member.pk, "Very useful, thank you!\n\nAminata")
    ]


def test_empty_comment_is_refused_with_a_message(member_client):
    item = ItemFactory()

    response = member_client.post(item_url(item, "library:comment"), {"body": "   "})

    assert response.status_code == 200
    assert "This field is required." in visible_text(response)
    assert Comment.objects.count() == 0


def test_markup_in_a_comment_is_shown_as_text(member_client):
    item = ItemFactory()
    member_client.post(item_url(item, "library:comment"), {"body": "<script>alert(1)</script>"})

    page = html(member_client.get(item_url(item)))

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page


def test_anonymous_visitor_sees_how_many_comments_and_is_invited_to_sign_in(client):
    item = ItemFactory()
    author = UserFactory(display_name="Carlos Rojas")
    Comment.objects.create(item=item, author=author, body="Interesting data on Peru.")
    Comment.objects.create(item=item, author=author, body="Spam", is_removed=True)

    response = client.get(item_url(item))

    text = visible_text(response)
    assert "There is 1 comment." in text
    assert "Sign in to read the comments and to comment." in text
    assert "Interesting data on Peru." not in text
    assert "Carlos Rojas" not in text


def test_comments_removed_by_an_editor_are_hidden(member_client):
    item = ItemFactory()
    author = UserFactory(display_name="Carlos Rojas")
    Comment.objects.create(item=item, author=author, body="Kept comment")
    Comment.objects.create(item=item, author=author, body="Removed comment", is_removed=True)

    text = visible_text(member_client.get(item_url(item)))

    assert "Kept comment" in text
    assert "Removed comment" not in text


def test_anonymous_comment_goes_to_sign_in(client):
    item = ItemFactory()

    response = client.post(item_url(item, "library:comment"), {"body": "Hello"})

    assert response.status_code == 302
    assert "/accounts/login/" in response.url
    assert Comment.objects.count() == 0


@pytest.mark.parametrize("count", [1, 30])
def test_item_page_query_count_does_not_grow_with_comments(
    member_client, count, django_assert_num_queries
):
    item = ItemFactory(topics=[TopicFactory()], tags=["pensions"], countries=["SN"])
    for number in range(count):
        Comment.objects.create(item=item, author=UserFactory(), body=f"Comment number {number}")
    member_client.get(item_url(item))  # the view is counted once; later visits only read

    with django_assert_num_queries(QUERIES_ON_ITEM_PAGE):
        response = member_client.get(item_url(item))

    assert visible_text(response).count("Comment number") == count


# savepoint and release (ATOMIC_REQUESTS), session, member, member's permissions (2), item
# with its type, then languages, countries, the five taxonomies, tags, comments with their
# authors; the citation metadata in <head> reads languages, topics and tags once more; the
# follow button reads the member's subscription to the item.
QUERIES_ON_ITEM_PAGE = 20
