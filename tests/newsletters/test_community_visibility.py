"""Who sees community news where: anonymous / member / author / editor by pending /
published / rejected, for the item page, the list, the feed, the image, the portal
search and the country section; the list, the feed and the section themselves."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from core import search as site_search
from countryprofiles import sections
from newsletters.models import CommunityNews
from tests.factories import UserFactory

LIST = reverse("newsletters:community")
FEED = reverse("newsletters:community-feed")

# status → may each role open the item's page and image? (lists, feed, search and
# country section show published items only, to everyone)
MAY_OPEN = {
    "pending": {"anonymous": False, "member": False, "author": True, "editor": True},
    "published": {"anonymous": True, "member": True, "author": True, "editor": True},
    "rejected": {"anonymous": False, "member": False, "author": True, "editor": True},
}


def feed_items(client) -> list[ET.Element]:
    response = client.get(FEED)
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content)  # noqa: S314 (the portal's own feed)
    return channel.find("channel").findall("item")


@pytest.mark.parametrize("status", ["pending", "published", "rejected"])
@pytest.mark.django_db
def test_visibility_table(client, editor, community_news, status):
    author = UserFactory(display_name="Fatou Ndiaye")
    item = community_news(
        author=author,
        status=status,
        title="Zanzibar mutual opens",
        text="A mutual for fishermen.",
        country="TZ",
        image=True,
        image_alt="Fishermen",
    )
    people = {
        "anonymous": None,
        "member": UserFactory(display_name="Someone Else"),
        "author": author,
        "editor": editor,
    }
    image_url = reverse("newsletters:community-image", args=[item.pk])
    listed = status == "published"
    for role, person in people.items():
        client.logout()
        if person:
            client.force_login(person)
        expected = MAY_OPEN[status][role]
        seen = f"{status} / {role}"

        page = client.get(item.get_absolute_url())
        assert page.status_code == (200 if expected else 404), seen
        if expected:
            html = page.content.decode()
            assert ("Not published." in html) is (status != "published"), seen
            assert f'<img src="{image_url}" alt="Fishermen">' in html, seen

        picture = client.get(image_url)
        assert picture.status_code == (200 if expected else 404), seen
        if expected:
            assert picture["Content-Type"] == "image/webp", seen
            assert picture["X-Content-Type-Options"] == "nosniff", seen
            assert b"".join(picture.streaming_content)[:4] == b"RIFF", seen
            cache = picture["Cache-Control"]
            if status == "published":
                assert "public" in cache and "max-age=3600" in cache, seen
            else:
                assert "private" in cache and "public" not in cache, seen

        titles = [entry.title for entry in client.get(LIST).context["page"].object_list]
        assert titles == (["Zanzibar mutual opens"] if listed else []), seen
        assert [entry.findtext("title") for entry in feed_items(client)] == (
            ["Zanzibar mutual opens"] if listed else []
        ), seen

        user = person or AnonymousUser()
        found = site_search.providers()
        [provider] = [p for p in found if p.key == "community-news"]
        assert provider.search("zanzibar fishermen", user, 5).count == (1 if listed else 0), seen
        [section] = [s for s in sections.sections() if s.key == "community-news"]
        assert [hit.title for hit in section.answer("tz", user, 5).hits] == (
            ["Zanzibar mutual opens"] if listed else []
        ), seen


@pytest.mark.django_db
def test_unknown_item_and_item_without_image_are_404(client, published_news):
    item = published_news()
    assert client.get(reverse("newsletters:community-detail", args=[999])).status_code == 404
    assert client.get(reverse("newsletters:community-image", args=[999])).status_code == 404
    assert client.get(reverse("newsletters:community-image", args=[item.pk])).status_code == 404


@pytest.mark.django_db
def test_detail_shows_text_escaped_with_paragraphs_and_a_nofollow_link(client, published_news):
    author = UserFactory(display_name="Fatou Ndiaye")
    item = published_news(
        author=author,
        title="Health <b>for</b> all",
        text="First <script>alert(1)</script> paragraph.\n\nSecond paragraph.",
        link="https://example.org/more",
        country="SN",
    )

    html = client.get(item.get_absolute_url()).content.decode()

    assert "<h1>Health &lt;b&gt;for&lt;/b&gt; all</h1>" in html
    assert (
        "<p>First &lt;script&gt;alert(1)&lt;/script&gt; paragraph.</p>\n\n<p>Second paragraph.</p>"
        in html
    )
    assert '<a href="https://example.org/more" rel="nofollow noopener">Read more</a>' in html
    assert "by Fatou Ndiaye" in html
    assert f'<a href="{LIST}?country=SN">Senegal</a>' in html


@pytest.mark.django_db
def test_list_newest_first_with_excerpt_country_author_and_thumbnail(client, published_news):
    now = timezone.now()
    older = published_news(
        title="Older",
        published_at=now - timedelta(days=2),
        author=UserFactory(display_name="Ana Paz"),
    )
    newer = published_news(
        title="Newer",
        published_at=now - timedelta(days=1),
        image=True,
        country="PE",
        text="word " * 60,
    )

    response = client.get(LIST)

    assert [item.title for item in response.context["page"].object_list] == ["Newer", "Older"]
    html = response.content.decode()
    assert f'<img src="{reverse("newsletters:community-image", args=[newer.pk])}" alt=""' in html
    assert "word " * 39 + "word …" in html
    assert "by Ana Paz" in html and "Peru" in html
    assert f'href="{older.get_absolute_url()}"' in html
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Community news (RSS)" '
        f'href="{FEED}">' in html
    )


@pytest.mark.parametrize(
    ("query", "expected", "notice"),
    [
        ("?country=SN", ["Dakar"], "Showing news about <strong>Senegal</strong>"),
        ("?country=sn", ["Dakar"], "Showing news about <strong>Senegal</strong>"),
        ("?country=XX", ["Lima", "Dakar"], None),
        ("?country=<script>", ["Lima", "Dakar"], None),
        ("?country=NE", [], "No community news about Niger has been published yet."),
    ],
)
@pytest.mark.django_db
def test_list_filters_by_country_and_ignores_unknown_codes(
    client, published_news, query, expected, notice
):
    now = timezone.now()
    published_news(title="Dakar", country="SN", published_at=now - timedelta(days=1))
    published_news(title="Lima", country="PE", published_at=now)

    response = client.get(LIST + query)

    assert [item.title for item in response.context["page"].object_list] == expected
    html = response.content.decode()
    if notice:
        assert notice in html
    else:
        assert "Showing news about" not in html


@pytest.mark.django_db
def test_list_is_paginated_keeping_the_country(client, published_news):
    now = timezone.now()
    for n in range(21):
        published_news(title=f"News {n:02}", country="SN", published_at=now - timedelta(hours=n))

    first = client.get(LIST + "?country=SN")
    second = client.get(LIST + "?country=SN&page=2")

    assert len(first.context["page"].object_list) == 20
    assert 'href="?country=SN&amp;page=2"' in first.content.decode()
    assert [item.title for item in second.context["page"].object_list] == ["News 20"]


@pytest.mark.parametrize("count", [1, 25])
@pytest.mark.django_db
def test_list_query_count_does_not_grow(client, published_news, django_assert_num_queries, count):
    for _ in range(count):
        published_news(image=True)

    # count, the page of items with their authors; and the request's savepoint around them
    with django_assert_num_queries(4):
        response = client.get(LIST)
    assert len(response.context["page"].object_list) == min(count, 20)


@pytest.mark.django_db
def test_feed_carries_the_thirty_latest_published(client, published_news, community_news):
    now = timezone.now()
    author = UserFactory(display_name="Fatou Ndiaye")
    for n in range(31):
        published_news(
            title=f"News {n:02}",
            text="Line one.\n\nA <b>bold</b> claim.",
            author=author,
            published_at=now - timedelta(hours=n + 1),
        )
    community_news(title="Waiting")
    community_news(title="Refused", status="rejected")
    first = CommunityNews.objects.get(title="News 00")

    response = client.get(FEED)
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (the portal's own feed)

    assert "public" in response["Cache-Control"]
    assert channel.findtext("title") == "Community news"
    assert channel.findtext("link") == "http://testserver" + LIST
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [f"News {n:02}" for n in range(30)]
    top = items[0]
    assert top.findtext("link") == f"http://testserver{first.get_absolute_url()}"
    assert top.findtext("description") == (
        "<p>Line one.</p>\n\n<p>A &lt;b&gt;bold&lt;/b&gt; claim.</p>"
    )
    assert top.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Fatou Ndiaye"
    assert top.findtext("pubDate") == first.published_at.strftime("%a, %d %b %Y %H:%M:%S +0000")


@pytest.mark.parametrize("count", [1, 8])
@pytest.mark.django_db
def test_country_section_lists_published_news_in_fixed_queries(
    published_news, community_news, django_assert_num_queries, count
):
    now = timezone.now()
    for n in range(count):
        published_news(title=f"Senegal {n}", country="SN", published_at=now - timedelta(hours=n))
    published_news(title="Peru", country="PE")
    community_news(title="Waiting", country="SN")
    [section] = [s for s in sections.sections() if s.key == "community-news"]

    with django_assert_num_queries(2):
        answer = section.answer("sn", AnonymousUser(), 5)

    assert str(section.label) == "Community news"
    assert answer.count == count
    assert [hit.title for hit in answer.hits] == [f"Senegal {n}" for n in range(min(count, 5))]
    assert answer.more_url == f"{LIST}?country=SN"


@pytest.mark.django_db
def test_search_needs_every_word_in_title_or_text(published_news):
    published_news(title="Pensions in Peru", text="A universal pension.")
    published_news(title="Health in Senegal", text="Mutual health organisations.")
    [provider] = [p for p in site_search.providers() if p.key == "community-news"]

    assert [hit.title for hit in provider.search("health mutual", None, 5).hits] == [
        "Health in Senegal"
    ]
    assert provider.search("pension senegal", None, 5).count == 0
    assert provider.search("   ", None, 5).count == 0
