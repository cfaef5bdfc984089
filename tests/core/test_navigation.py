"""The main navigation: real links where a section exists, "coming soon" where not."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation

from core import navigation
from core.navigation import NavEntry

pytestmark = pytest.mark.django_db

PRETEND_NAV = (
    NavEntry("home", "Home", "wagtail_serve", url_args=("",)),
    NavEntry(
        "resources",
        "Resources",
        children=(
            NavEntry("library", "Library", "library:index"),
            NavEntry("atlas", "Atlas", "atlas:index"),
        ),
    ),
    NavEntry("forum", "Forum", "forum-that-does-not-exist:index"),
)


def main_nav(html: bytes | str) -> BeautifulSoup:
    nav = BeautifulSoup(html, "html.parser").select_one("nav.main-nav")
    assert nav is not None
    return nav


def nav_item(nav, label: str):
    """The <li> whose link, "coming soon" text or submenu title starts with ``label``."""
    for item in nav.select("li"):
        own = item.find(["a", "span", "summary"])
        if own is not None and own.get_text(" ", strip=True).startswith(label):
            return item
    raise AssertionError(f"no navigation entry {label!r}")


def render_nav(rf, path: str) -> BeautifulSoup:
    with translation.override("en"):
        return main_nav(
            render_to_string(
                "includes/main_nav.html",
                {"main_nav": navigation.resolve(PRETEND_NAV, path=path)},
                request=rf.get(path),
            )
        )


def test_entry_whose_url_is_not_installed_says_coming_soon_and_has_no_link(rf):
    nav = render_nav(rf, "/en/")
    for label in ("Forum", "Atlas"):
        item = nav_item(nav, label)
        assert item.find("a") is None
        assert item.get_text(" ", strip=True) == f"{label} (coming soon)"
    assert nav_item(nav, "Library").find("a")["href"] == "/en/library/"


def test_resolve_gives_no_url_for_a_missing_pattern_and_never_marks_it_active():
    with translation.override("en"):
        entries = navigation.resolve(PRETEND_NAV, path="/en/")
    by_key = {entry.key: entry for entry in entries}
    assert by_key["forum"].url is None
    assert by_key["forum"].active is False
    atlas = next(child for child in by_key["resources"].children if child.key == "atlas")
    assert (atlas.url, atlas.active) == (None, False)


def test_every_real_entry_is_a_link_or_says_coming_soon(client):
    nav = main_nav(client.get("/en/").content)
    seen = []
    with translation.override("en"):
        for entry in navigation.resolve(path="/en/"):
            for shown in [entry, *entry.children]:
                if shown.children:
                    continue
                item = nav_item(nav, str(shown.label))
                link = item.find("a")
                if shown.url:
                    assert link is not None and link["href"] == shown.url
                    assert "coming soon" not in item.get_text()
                else:
                    assert link is None
                    assert "(coming soon)" in item.get_text(" ", strip=True)
                seen.append(str(shown.label))
    assert {"Home", "Library", "Countries", "Workspaces"} <= set(seen)


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/en/", "Home"),
        ("/en/library/", "Library"),
        ("/en/countries/", "Countries"),
        ("/en/workspaces/", "Workspaces"),
    ],
)
def test_only_the_current_section_has_aria_current_page(client, path, current):
    nav = main_nav(client.get(path).content)
    marked = nav.select('[aria-current="page"]')
    assert [link.get_text(strip=True) for link in marked] == [current]
    assert marked[0].name == "a"
    assert marked[0]["href"] == path


def test_submenu_title_marks_the_section_holding_the_current_page(client):
    nav = main_nav(client.get("/en/library/").content)
    resources = nav_item(nav, "Resources")
    assert "is-active" in resources["class"]
    assert resources.find("summary")["aria-current"] == "true"
    assert nav_item(nav, "Home").find("a").get("aria-current") is None

    nav = main_nav(client.get("/en/countries/").content)
    assert nav_item(nav, "Resources").find("summary").get("aria-current") is None


def test_home_entry_is_active_only_on_the_home_page():
    def active(path):
        with translation.override("en"):
            entries = navigation.resolve(PRETEND_NAV, path=path)
        return {entry.key for entry in entries if entry.active}

    assert active("/en/") == {"home"}
    assert active("/en/library/") == {"resources"}
    assert active("/en/library/some-report/") == {"resources"}
    assert active("/en/elsewhere/") == set()


def test_navigation_links_follow_the_language_of_the_page(client):
    nav = main_nav(client.get("/fr/").content)
    hrefs = [link["href"] for link in nav.select("a[href]")]
    assert hrefs
    assert all(href.startswith("/fr/") for href in hrefs), hrefs
