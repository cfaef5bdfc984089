"""The home page in each language, and its "What's new?" list."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from editorial.models import WHATS_NEW_LIMIT

from .helpers import add_news, text_of, translate, whats_new_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_news(news_index, homes, locales):
    """Two news items in English with their French and Spanish translations."""
    indexes = {
        "en": news_index,
        "fr": translate(news_index, locales["fr"], title="Actualités et événements"),
        "es": translate(news_index, locales["es"], title="Noticias y eventos"),
    }
    rwanda = add_news(
        indexes["en"], "Rwanda makes health insurance compulsory", date=date(2007, 9, 3)
    )
    translate(
        rwanda,
        locales["fr"],
        title="Le Rwanda rend l'assurance maladie obligatoire",
        slug="rwanda-assurance-maladie",
        summary="Trois mutuelles pilotes en 1999, puis tout le pays.",
    )
    translate(
        rwanda,
        locales["es"],
        title="Ruanda hace obligatorio el seguro de salud",
        slug="ruanda-seguro-de-salud",
        summary="Tres mutuales piloto en 1999, luego todo el país.",
    )
    lome = add_news(
        indexes["en"], "CIPRES Supervisory Committee trained in Lomé", date=date(2023, 11, 24)
    )
    translate(
        lome,
        locales["fr"],
        title="La Commission de surveillance de la CIPRES formée à Lomé",
        slug="cipres-lome",
        summary="Dix recommandations.",
    )
    translate(
        lome,
        locales["es"],
        title="La Comisión de Supervisión de la CIPRES, formada en Lomé",
        slug="cipres-lome",
        summary="Diez recomendaciones.",
    )
    return indexes


def test_english_home_shows_its_intro_and_the_latest_news_newest_first(client, translated_news):
    response = client.get("/en/")

    assert response.status_code == 200
    assert "Welcome to the portal for the extension of social protection." in text_of(response)
    whats_new = whats_new_text(response)
    assert whats_new.startswith("What's new?")
    lome = whats_new.index("CIPRES Supervisory Committee trained in Lomé")
    rwanda = whats_new.index("Rwanda makes health insurance compulsory")
    assert lome < rwanda, "the newest item comes first"
    assert 'href="/en/news/cipres-supervisory-committee-trained-in-lome/"' in response.text


def test_french_home_shows_french_titles_and_no_english_ones(client, translated_news):
    response = client.get("/fr/")

    assert "Bienvenue sur le portail." in text_of(response)
    whats_new = whats_new_text(response)
    assert "Le Rwanda rend l'assurance maladie obligatoire" in whats_new
    assert "La Commission de surveillance de la CIPRES formée à Lomé" in whats_new
    assert "Rwanda makes health insurance compulsory" not in whats_new
    assert "CIPRES Supervisory Committee" not in whats_new
    assert "Ruanda" not in whats_new
    assert 'href="/fr/news/cipres-lome/"' in response.text
    assert "Welcome to the portal" not in text_of(response)


def test_spanish_home_shows_spanish_titles_and_no_others(client, translated_news):
    response = client.get("/es/")

    assert "Bienvenidos al portal." in text_of(response)
    whats_new = whats_new_text(response)
    assert "Ruanda hace obligatorio el seguro de salud" in whats_new
    assert "La Comisión de Supervisión de la CIPRES, formada en Lomé" in whats_new
    assert "Rwanda makes" not in whats_new
    assert "Le Rwanda" not in whats_new
    assert 'href="/es/news/ruanda-seguro-de-salud/"' in response.text


def test_whats_new_keeps_only_the_latest_items(client, news_index):
    for day in range(1, WHATS_NEW_LIMIT + 3):
        add_news(news_index, f"Item of day {day:02d}", date=date(2024, 1, day))

    whats_new = whats_new_text(client.get("/en/"))

    shown = [day for day in range(1, WHATS_NEW_LIMIT + 3) if f"Item of day {day:02d}" in whats_new]
    assert shown == list(range(3, WHATS_NEW_LIMIT + 3))


def test_an_upcoming_event_shows_its_own_dates_and_place(client, news_index):
    start = timezone.localdate() + timedelta(days=200)
    add_news(
        news_index,
        "Regional training on financing social protection",
        kind="event",
        date=timezone.localdate(),
        event_start=start,
        event_end=start + timedelta(days=11),
        location="Dakar, Senegal",
    )

    response = client.get("/en/")

    assert f'datetime="{start:%Y-%m-%d}"' in response.text
    assert "Event" in whats_new_text(response)
    assert "Dakar, Senegal" in whats_new_text(response)


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "member"])
def test_drafts_and_private_items_never_appear(client, member, news_index, signed_in):
    if signed_in:
        # A recent last_seen spares the request LastSeenMiddleware's write, which fails on
        # the lazy request.user (type(user).objects); reported, not ours to fix here.
        member.last_seen = timezone.now()
        member.save(update_fields=["last_seen"])
        client.force_login(member)
    add_news(news_index, "Published workshop report")
    add_news(news_index, "Draft about the Dakar workshop", live=False)
    private = add_news(news_index, "Members-only note on CIPRES")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    secret = add_news(news_index, "Password-protected minutes")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    whats_new = whats_new_text(client.get("/en/"))

    assert "Published workshop report" in whats_new
    assert "Draft about the Dakar workshop" not in whats_new
    assert "Members-only note on CIPRES" not in whats_new
    assert "Password-protected minutes" not in whats_new


def test_items_under_a_private_section_never_appear(client, news_index):
    add_news(news_index, "Internal news item")
    PageViewRestriction.objects.create(page=news_index, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/en/")

    assert "Internal news item" not in whats_new_text(response)
    assert "Nothing new yet." in whats_new_text(response)


def _queries_for(client, url):
    client.get(url)  # warm the caches (site root paths) as a running site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("url", ["/en/", "/en/news/"])
def test_listing_pages_run_a_fixed_number_of_queries(client, news_index, url):
    add_news(news_index, "The first item", kind="event", event_start=date(2027, 3, 16))
    one, response = _queries_for(client, url)
    assert "The first item" in text_of(response)

    for number in range(2, 21):
        add_news(news_index, f"Item number {number}", date=date(2024, 1, number))
    twenty, response = _queries_for(client, url)
    assert "Item number 20" in text_of(response)

    assert twenty == one
