"""Every page lives under /en/, /fr/ or /es/, and one form switches between them."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fr", "es"])
# Not named "page": pytest-playwright would take that for its browser page fixture.
@pytest.mark.parametrize("section", ["", "library/", "countries/", "workspaces/"])
def test_french_and_spanish_prefixes_serve_the_page_in_that_language(client, language, section):
    response = client.get(f"/{language}/{section}")
    assert response.status_code == 200
    assert response["Content-Language"] == language
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    current = soup.select_one('form.lang-switch button[aria-current="true"]')
    assert current["value"] == language


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("es-PE,es;q=0.9", "/es/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),  # not offered: the default language
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_browsers_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unprefixed_page_redirects_to_its_address_in_the_browsers_language(client):
    response = client.get("/library/", HTTP_ACCEPT_LANGUAGE="es")
    assert (response.status_code, response["Location"]) == (302, "/es/library/")


@pytest.mark.parametrize("path", ["/en/library/", "/fr/countries/", "/es/library/?page=2"])
def test_language_switcher_posts_to_set_language_with_the_current_page(client, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    form = soup.select_one("header form.lang-switch")
    assert form["action"] == reverse("set_language") == "/i18n/setlang/"
    assert form["method"].lower() == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None
    assert form.find("input", attrs={"name": "next"})["value"] == path
    buttons = form.find_all("button", attrs={"name": "language"})
    assert [(b["value"], b.get_text(strip=True)) for b in buttons] == settings.LANGUAGES
    assert all(b.get("type") == "submit" for b in buttons)


def test_switching_language_keeps_the_page_and_is_remembered(client):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/en/library/"})
    assert (response.status_code, response["Location"]) == (302, "/fr/library/")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"

    # Later visits to an address without a language go to French, whatever the browser says.
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Location"] == "/fr/"


def test_language_switcher_refuses_to_send_anyone_to_another_site(client):
    response = client.post(
        "/i18n/setlang/", {"language": "es", "next": "https://evil.example/phish"}
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
