"""The page frame, read from the HTML: landmarks, labels, language, weight, own assets."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/en/", "/en/library/", "/en/accounts/signup/", "/en/accounts/login/"]
MEMBER_PAGES = ["/en/people/", "/en/accounts/profile/", "/en/dashboard/"]
# Landmark elements that stop <header>/<footer> from being the page's banner/contentinfo.
SECTIONING = {"article", "aside", "main", "nav", "section"}


@pytest.fixture
def signed_in(client):
    member = UserFactory(
        email="aminata@example.org", display_name="Aminata Diallo", interests=["pensions"]
    )
    client.force_login(member)
    return client


def soup_of(client, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def landmarks(soup: BeautifulSoup, role: str, element: str) -> list:
    """Elements exposed with ``role``: explicitly, or as a top-level <header>/<footer>."""
    found = soup.select(f'[role="{role}"]')
    for tag in soup.find_all(element):
        if tag.get("role") is None and not any(p.name in SECTIONING for p in tag.parents):
            found.append(tag)
    return found


def assert_page_frame(soup: BeautifulSoup) -> None:
    assert len(soup.find_all("main")) == 1
    assert len(landmarks(soup, "banner", "header")) == 1
    assert len(landmarks(soup, "contentinfo", "footer")) == 1
    navs = soup.find_all("nav")
    assert navs
    for nav in navs:
        assert nav.get("aria-label") or nav.get("aria-labelledby"), nav.attrs
    assert soup.select_one("nav.main-nav[aria-label]") is not None
    assert len(soup.find_all("h1")) == 1
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), "ids are unique, so every label finds its field"


def assert_skip_link_first(soup: BeautifulSoup) -> None:
    first = soup.body.find(["a", "button", "input", "select", "textarea", "summary"])
    assert first.name == "a" and first.get_text(strip=True) == "Skip to content"
    target = soup.find(id=first["href"].removeprefix("#"))
    assert target is not None and target.name == "main"


def unlabelled_fields(soup: BeautifulSoup, scope=None) -> list[str]:
    """Form fields with no <label> (by ``for`` or by nesting) nor an ARIA name."""
    scope = scope or soup
    missing = []
    for field in scope.find_all(["input", "select", "textarea"]):
        if field.name == "input" and field.get("type") in {"hidden", "submit", "button", "reset"}:
            continue
        field_id = field.get("id")
        label = soup.find("label", attrs={"for": field_id}) if field_id else None
        label = label or field.find_parent("label")
        labelled_by = [soup.find(id=i) for i in field.get("aria-labelledby", "").split()]
        named = (
            (label is not None and label.get_text(strip=True))
            or field.get("aria-label")
            or (labelled_by and all(labelled_by))
        )
        if not named:
            missing.append(field.get("name") or field_id or str(field)[:60])
    return missing


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_one_main_a_banner_a_contentinfo_and_labelled_navs(client, path):
    soup = soup_of(client, path)
    assert_page_frame(soup)
    assert_skip_link_first(soup)


@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_member_page_has_one_main_a_banner_a_contentinfo_and_labelled_navs(signed_in, path):
    soup = soup_of(signed_in, path)
    assert_page_frame(soup)
    assert_skip_link_first(soup)


def test_sidebar_sign_in_box_labels_its_fields(client):
    soup = soup_of(client, "/en/")
    box = soup.select_one("aside .signin-box")
    assert box is not None
    assert {field["name"] for field in box.select("input:not([type=hidden])")} == {
        "login",
        "password",
    }
    assert unlabelled_fields(soup, box) == []


@pytest.mark.parametrize("path", ["/en/accounts/signup/", "/en/accounts/login/"])
def test_every_field_of_the_account_forms_has_a_label(client, path):
    soup = soup_of(client, path)
    fields = soup.main.select("input:not([type=hidden]), select, textarea")
    assert len(fields) >= 2
    assert unlabelled_fields(soup, soup.main) == []


def test_every_field_of_the_profile_form_has_a_label(signed_in):
    soup = soup_of(signed_in, "/en/accounts/profile/")
    names = {field.get("name") for field in soup.main.select("input, select, textarea")}
    assert {"display_name", "organisation", "position", "bio", "interests"} <= names
    assert unlabelled_fields(soup, soup.main) == []


def test_every_field_of_the_directory_filters_has_a_label(signed_in):
    soup = soup_of(signed_in, "/en/people/")
    assert soup.select_one('main form[role="search"]') is not None
    assert unlabelled_fields(soup, soup.main) == []


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_html_lang_is_the_language_of_the_page(client, language):
    soup = soup_of(client, f"/{language}/")
    assert soup.html["lang"] == language
    switcher = soup.select_one("form.lang-switch")
    # Each language's name is marked up in that language, for screen readers.
    assert {button["value"]: button["lang"] for button in switcher.find_all("button")} == {
        "en": "en",
        "fr": "fr",
        "es": "es",
    }


def asset_urls(soup: BeautifulSoup) -> list[str]:
    urls = [tag["href"] for tag in soup.find_all("link", href=True)]
    urls += [tag["src"] for tag in soup.find_all(["script", "img"], src=True)]
    for tag in soup.find_all(["img", "source"], srcset=True):
        urls += [part.split()[0] for part in tag["srcset"].split(",") if part.strip()]
    return urls


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_loads_assets_only_from_its_own_origin(client, path):
    soup = soup_of(client, path)
    urls = asset_urls(soup)
    assert any(url.endswith("/css/gess.css") for url in urls)
    foreign = [url for url in urls if urlsplit(url).netloc not in ("", "testserver")]
    assert foreign == []


def test_member_pages_load_assets_only_from_their_own_origin(signed_in):
    for path in MEMBER_PAGES:
        urls = asset_urls(soup_of(signed_in, path))
        foreign = [url for url in urls if urlsplit(url).netloc not in ("", "testserver")]
        assert foreign == [], path


def test_home_page_html_and_css_weigh_less_than_60_kb(client):
    response = client.get("/en/")
    soup = BeautifulSoup(response.content, "html.parser")
    stylesheets = [
        link["href"] for link in soup.find_all("link", href=True) if "stylesheet" in link["rel"]
    ]
    assert stylesheets
    total = len(response.content)
    for href in stylesheets:
        assert href.startswith(settings.STATIC_URL), href
        path = finders.find(href.removeprefix(settings.STATIC_URL))
        assert path, href
        with open(path, "rb") as css:
            total += len(css.read())
    assert total < 60 * 1024, f"{total} bytes"


def test_page_not_found_keeps_the_frame_and_links_home_in_the_same_language(client):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert_page_frame(soup)
    assert soup.html["lang"] == "es"
    assert [a["href"] for a in soup.main.find_all("a")] == ["/es/"]
