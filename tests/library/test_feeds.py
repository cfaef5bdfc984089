"""RSS 2.0 and Atom 1.0 feeds, parsed with ElementTree as a feed reader would."""

import datetime
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from library.models import Item
from tests.library.factories import ItemFactory, TopicFactory

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
ORIGIN = "http://testserver"


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 -- the portal's own response, not untrusted input


def rss(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = parse_xml(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = parse_xml(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def rss_titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(feed):
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


def ago(**kwargs):
    return timezone.now() - datetime.timedelta(**kwargs)


@pytest.fixture
def mixed_items(db, editor):
    """Three published items (newest first: C, B, A) and one of every other status."""
    health = TopicFactory(name="Health", slug="health")
    items = {
        "A": ItemFactory(title="A & first", published_at=ago(days=3), topics=[health]),
        "B": ItemFactory(title="B second", published_at=ago(days=2), tags=["pensions"]),
        "C": ItemFactory(
            title="C third",
            published_at=ago(days=1),
            countries=["SN"],
            topics=[health],
            tags=["pensions"],
            file_text=["Some text."],
            abstract="First <line>\nsecond & last",
        ),
    }
    for status in (Item.Status.DRAFT, Item.Status.PENDING, Item.Status.REJECTED):
        items[status] = ItemFactory(
            title=f"Hidden {status}",
            status=status,
            submitted_by=editor,
            published_at=timezone.now(),
            topics=[health],
            tags=["pensions", "secret-tag"],
            countries=["SN"],
        )
    return items


def test_rss_lists_published_items_newest_first(client, mixed_items):
    channel = rss(client, reverse("library:feed-rss"))

    assert channel.findtext("title") == "GESS library: new resources"
    assert channel.findtext("link") == ORIGIN + reverse("library:index")
    assert rss_titles(channel) == ["C third", "B second", "A & first"]
    assert channel.findtext("language") == "en"


def test_rss_item_fields(client, mixed_items):
    item = mixed_items["C"]
    channel = rss(client, reverse("library:feed-rss"))
    entry = channel.find("item")

    link = ORIGIN + item.get_absolute_url()
    assert entry.findtext("link") == link
    assert entry.findtext("guid") == link
    assert entry.findtext("description") == "<p>First &lt;line&gt;<br>second &amp; last</p>"
    assert parsedate_to_datetime(entry.findtext("pubDate")) == item.published_at.replace(
        microsecond=0
    )
    assert entry.findtext(f"{DC}creator") == "Diallo, Aminata; Rojas, Carlos"
    assert sorted(c.text for c in entry.findall("category")) == ["Health", "pensions"]
    enclosure = entry.find("enclosure")
    assert enclosure.attrib == {
        "url": ORIGIN + reverse("library:download", kwargs={"pk": item.pk}),
        "length": str(item.file_size),
        "type": "application/pdf",
    }
    # Items without a file carry no enclosure.
    assert [e.find("enclosure") for e in channel.findall("item")[1:]] == [None, None]


def test_atom_lists_published_items_with_authors_and_categories(client, mixed_items):
    feed = atom(client, reverse("library:feed-atom"))

    assert feed.findtext(f"{ATOM}title") == "GESS library: new resources"
    assert feed.findtext(f"{ATOM}subtitle") == "Resources newly published in the GESS library."
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == ORIGIN + reverse("library:feed-atom")
    assert atom_titles(feed) == ["C third", "B second", "A & first"]
    entry = feed.find(f"{ATOM}entry")
    item = mixed_items["C"]
    assert entry.find(f"{ATOM}link[@rel='alternate']").get("href") == (
        ORIGIN + item.get_absolute_url()
    )
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Diallo, Aminata; Rojas, Carlos"
    assert sorted(c.get("term") for c in entry.findall(f"{ATOM}category")) == [
        "Health",
        "pensions",
    ]
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert summary.text == "<p>First &lt;line&gt;<br>second &amp; last</p>"
    published = datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}published"))
    assert published == item.published_at
    enclosure = entry.find(f"{ATOM}link[@rel='enclosure']")
    assert enclosure.get("type") == "application/pdf"


def test_feeds_stop_at_thirty_items(client, db):
    for n in range(31):
        ItemFactory(title=f"Item {n:02}", published_at=ago(hours=n))

    assert rss_titles(rss(client, reverse("library:feed-rss"))) == [
        f"Item {n:02}" for n in range(30)
    ]
    assert len(atom_titles(atom(client, reverse("library:feed-atom")))) == 30


@pytest.mark.parametrize(
    ("facet", "slug", "title", "expected"),
    [
        ("topic", "health", "GESS library: new resources on Health", ["C third", "A & first"]),
        (
            "tag",
            "pensions",
            "GESS library: new resources tagged “pensions”",
            ["C third", "B second"],
        ),
        ("country", "SN", "GESS library: new resources about Senegal", ["C third"]),
        ("country", "sn", "GESS library: new resources about Senegal", ["C third"]),
        ("country", "PE", "GESS library: new resources about Peru", []),
    ],
)
def test_facet_feeds(client, mixed_items, facet, slug, title, expected):
    kwargs = {"facet": facet, "slug": slug}
    channel = rss(client, reverse("library:facet-feed-rss", kwargs=kwargs))
    feed = atom(client, reverse("library:facet-feed-atom", kwargs=kwargs))

    assert channel.findtext("title") == title
    assert feed.findtext(f"{ATOM}title") == title
    assert rss_titles(channel) == expected
    assert atom_titles(feed) == expected
    browse = reverse("library:browse", kwargs={"facet": facet, "slug": slug.upper()})
    if facet != "country":
        browse = reverse("library:browse", kwargs=kwargs)
    assert channel.findtext("link") == ORIGIN + browse


@pytest.mark.parametrize(
    ("facet", "slug"),
    [
        ("topic", "no-such-topic"),
        ("tag", "no-such-tag"),
        ("tag", "secret-tag"),  # only unpublished items carry it
        ("country", "XX"),
        ("country", "Senegal"),
        ("type", "report"),
        ("collection", "anything"),
    ],
)
def test_unknown_facets_are_404(client, mixed_items, facet, slug):
    for name in ("library:facet-feed-rss", "library:facet-feed-atom"):
        response = client.get(reverse(name, kwargs={"facet": facet, "slug": slug}))
        assert response.status_code == 404, (name, facet, slug)


def test_signed_in_editor_sees_only_published_items_too(editor_client, mixed_items):
    channel = rss(editor_client, reverse("library:feed-rss"))
    assert rss_titles(channel) == ["C third", "B second", "A & first"]


def test_feed_titles_and_links_follow_the_url_language(client, mixed_items):
    with translation.override("fr"):
        url = reverse("library:feed-rss")
    assert url.startswith("/fr/")
    channel = rss(client, url)

    assert channel.findtext("language") == "fr"
    assert channel.find("item").findtext("link") == (
        f"{ORIGIN}/fr/library/items/{mixed_items['C'].pk}/"
    )


def test_control_characters_do_not_break_the_feed(client, db):
    ItemFactory(title="Bell\x07 title", abstract="Form\x0cfeed")
    channel = rss(client, reverse("library:feed-rss"))
    assert rss_titles(channel) == ["Bell title"]
    assert atom_titles(atom(client, reverse("library:feed-atom"))) == ["Bell title"]


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("library:feed-rss", {}),
        ("library:feed-atom", {}),
        ("library:facet-feed-rss", {"facet": "topic", "slug": "counted"}),
        ("library:facet-feed-atom", {"facet": "tag", "slug": "counted"}),
        ("library:facet-feed-rss", {"facet": "country", "slug": "SN"}),
    ],
)
def test_feed_queries_do_not_grow_with_items(client, db, name, kwargs):
    topic = TopicFactory(name="Counted", slug="counted")

    def make(count):
        for n in range(count):
            ItemFactory(
                title=f"Counted {n}",
                topics=[topic, TopicFactory()],
                tags=["counted", f"tag{n}"],
                countries=["SN"],
                file_text=["x"] if n % 2 else None,
            )

    url = reverse(name, kwargs=kwargs)
    make(1)
    client.get(url)  # warm the sites framework's cache
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    make(29)
    with CaptureQueriesContext(connection) as thirty:
        response = client.get(url)

    assert response.content.decode().count("Counted ") == 30
    assert len(one) == len(thirty)


# --- Autodiscovery links for the browse pages ----------------------------------------


def _feed_links(**context):
    from html.parser import HTMLParser

    from django.template.loader import render_to_string

    links = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "link":
                links.append(dict(attrs))

    html = render_to_string("library/includes/feed_links.html", context)
    Reader().feed(html)
    return html, links


def test_feed_links_announce_the_library_feeds(db):
    _, links = _feed_links()
    assert links == [
        {
            "rel": "alternate",
            "type": "application/rss+xml",
            "title": "GESS library: new resources (RSS)",
            "href": reverse("library:feed-rss"),
        },
        {
            "rel": "alternate",
            "type": "application/atom+xml",
            "title": "GESS library: new resources (Atom)",
            "href": reverse("library:feed-atom"),
        },
    ]


def test_feed_links_announce_a_facets_feeds(client, mixed_items):
    html, links = _feed_links(feed_facet="tag", feed_slug="pensions", feed_name='<"b">')
    assert '<"b">' not in html
    assert [(link["type"], link["title"], link["href"]) for link in links[2:]] == [
        (
            "application/rss+xml",
            'GESS library: new resources tagged “<"b">” (RSS)',
            reverse("library:facet-feed-rss", kwargs={"facet": "tag", "slug": "pensions"}),
        ),
        (
            "application/atom+xml",
            'GESS library: new resources tagged “<"b">” (Atom)',
            reverse("library:facet-feed-atom", kwargs={"facet": "tag", "slug": "pensions"}),
        ),
    ]
    for link in links[2:]:  # and the announced feeds exist
        assert client.get(link["href"]).status_code == 200
    _, links = _feed_links(feed_facet="type", feed_slug="report")
    assert len(links) == 2
    _, links = _feed_links(feed_facet="country", feed_slug="SN", feed_name="Senegal")
    assert [link["title"] for link in links[2:]] == [
        "GESS library: new resources about Senegal (RSS)",
        "GESS library: new resources about Senegal (Atom)",
    ]
