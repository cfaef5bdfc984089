"""The world map: drawn by the server, every country with a profile a link to it."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from countryprofiles.worldmap import _data, build_map
from tests.countryprofiles.factories import make_profile

pytestmark = pytest.mark.django_db


class MapLinks(HTMLParser):
    """Collects the links inside the page's map ``<svg>``: href, aria-label, shape."""

    def __init__(self):
        super().__init__()
        self.in_svg = False
        self.current = None
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg" and "world-map__svg" in attrs.get("class", ""):
            self.in_svg = True
        elif self.in_svg and tag == "a":
            self.current = {"href": attrs.get("href"), "label": attrs.get("aria-label")}
        elif self.current is not None and tag in ("path", "circle"):
            self.current["shape"] = tag

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False
        elif tag == "a" and self.current is not None:
            self.links.append(self.current)
            self.current = None


def map_links(html: str) -> list[dict]:
    parser = MapLinks()
    parser.feed(html)
    return parser.links


def test_the_map_data_covers_the_world_and_stays_small():
    data = _data()
    assert len(data["shapes"]) > 170
    for code in ("SN", "IN", "CO", "BR", "CN", "ZA", "FR"):
        assert data["shapes"][code].startswith("M")
    # Countries too small for the 1:110m outlines get a dot.
    assert "CV" in data["points"] and "MU" in data["points"]
    x, y = data["points"]["CV"]
    assert 0 < x < data["width"] and 0 < y < data["height"]
    # Every path only uses move, relative line and close commands on whole pixels.
    assert all(re.fullmatch(r"(M-?\d+ -?\d+l[-\d ]*z)+", path) for path in data["shapes"].values())
    assert sum(len(path) for path in data["shapes"].values()) < 40_000


def test_each_profile_is_a_link_on_the_map_and_nothing_else_is(client):
    make_profile("SN")
    make_profile("IN")
    make_profile("CV")  # too small to draw: a dot
    make_profile("CO", live=False)  # a draft is not on the map

    response = client.get(reverse("countryprofiles:index"))
    links = map_links(response.content.decode())

    assert links == [
        {"href": "/en/countries/cv/", "label": "Cabo Verde", "shape": "circle"},
        {"href": "/en/countries/in/", "label": "India", "shape": "path"},
        {"href": "/en/countries/sn/", "label": "Senegal", "shape": "path"},
    ]
    # Each link leads to the profile it names.
    for link in links:
        page = client.get(link["href"])
        assert f"<h1>{link['label']}" in page.content.decode()


def test_map_names_and_addresses_follow_the_language(client):
    make_profile("SN")
    make_profile("DE")
    with translation.override("fr"):
        response = client.get(reverse("countryprofiles:index"))
    links = map_links(response.content.decode())
    assert [(link["label"], link["href"]) for link in links] == [
        ("Allemagne", "/fr/countries/de/"),
        ("Sénégal", "/fr/countries/sn/"),
    ]


def test_countries_without_profile_are_one_plain_shape():
    profile = make_profile("SN")
    world = build_map([profile])
    assert [country.code for country in world.linked] == ["SN"]
    assert _data()["shapes"]["SN"] not in world.background
    assert _data()["shapes"]["IN"] in world.background
