"""News & Events: the index, upcoming events, a news item, and what editors may save."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from editorial.models import NewsPage
from tests.factories import UserFactory

from .helpers import add_news, text_of, translate

pytestmark = pytest.mark.django_db


def upcoming_text(response):
    return text_of(response, 'class="upcoming-events"', "</section>")


def all_news_text(response):
    return text_of(response, 'class="all-news"', "</section>")


@pytest.fixture
def calendar(news_index):
    """Past and future events, with and without an end date, and a plain news item."""
    today = timezone.localdate()
    add_news(
        news_index,
        "Regional training on financing social protection",
        kind="event",
        date=today - timedelta(days=30),
        event_start=today + timedelta(days=300),
        event_end=today + timedelta(days=311),
        location="Dakar, Senegal",
    )
    add_news(
        news_index,
        "Workshop on the CIPRES guideline",
        kind="event",
        date=today - timedelta(days=20),
        event_start=today + timedelta(days=100),
        location="Lomé, Togo",
    )
    add_news(
        news_index,
        "Webinar happening today",
        kind="event",
        date=today - timedelta(days=10),
        event_start=today,
    )
    add_news(
        news_index,
        "Conference that is still running",
        kind="event",
        date=today - timedelta(days=40),
        event_start=today - timedelta(days=1),
        event_end=today + timedelta(days=1),
    )
    add_news(
        news_index,
        "Microinsurance conference in Mumbai",
        kind="event",
        date=date(2007, 9, 25),
        event_start=date(2007, 11, 13),
        event_end=date(2007, 11, 15),
    )
    add_news(news_index, "Rwanda makes health insurance compulsory", date=date(2007, 9, 3))
    return news_index


def test_news_index_lists_upcoming_events_soonest_first(client, calendar):
    response = client.get("/en/news/")

    upcoming = upcoming_text(response)
    assert upcoming.startswith("Upcoming events")
    order = [
        "Conference that is still running",
        "Webinar happening today",
        "Workshop on the CIPRES guideline",
        "Regional training on financing social protection",
    ]
    positions = [upcoming.index(title) for title in order]
    assert positions == sorted(positions)
    assert "Lomé, Togo" in upcoming
    assert "Microinsurance conference in Mumbai" not in upcoming, "a past event"
    assert "Rwanda makes health insurance compulsory" not in upcoming, "not an event"


def test_news_index_lists_everything_newest_first(client, calendar):
    everything = all_news_text(client.get("/en/news/"))

    assert everything.startswith("News and events")
    titles = [
        "Webinar happening today",
        "Workshop on the CIPRES guideline",
        "Regional training on financing social protection",
        "Conference that is still running",
        "Microinsurance conference in Mumbai",
        "Rwanda makes health insurance compulsory",
    ]
    positions = [everything.index(title) for title in titles]
    assert positions == sorted(positions)


def test_news_index_without_upcoming_events_has_no_such_section(client, news_index):
    add_news(news_index, "Rwanda makes health insurance compulsory")

    response = client.get("/en/news/")

    assert "Upcoming events" not in text_of(response)
    assert "Rwanda makes health insurance compulsory" in all_news_text(response)


def test_drafts_and_private_items_are_not_on_the_news_index(client, news_index):
    start = timezone.localdate() + timedelta(days=60)
    add_news(news_index, "Published event", kind="event", event_start=start)
    add_news(news_index, "Draft event", kind="event", event_start=start, live=False)
    private = add_news(news_index, "Members-only event", kind="event", event_start=start)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/en/news/")

    for section in (upcoming_text(response), all_news_text(response)):
        assert "Published event" in section
        assert "Draft event" not in section
        assert "Members-only event" not in section


def test_news_and_events_link_leads_to_the_index_in_the_visitors_language(
    client, news_index, locales
):
    translate(news_index, locales["fr"], title="Actualités et événements")

    assert client.get("/en/news-and-events/").url == "/en/news/"
    assert client.get("/fr/news-and-events/").url == "/fr/news/"
    response = client.get("/fr/news-and-events/", follow=True)
    assert "Actualités et événements" in text_of(response, "<main", "</main>")
    # No Spanish translation yet: the English index rather than a dead end.
    assert client.get("/es/news-and-events/", follow=True).status_code == 200


def test_an_event_page_shows_when_and_where(client, news_index):
    add_news(
        news_index,
        "Regional workshop on social mutual organisations",
        kind="event",
        date=date(2023, 9, 1),
        event_start=date(2023, 10, 10),
        event_end=date(2023, 10, 12),
        location="Dakar, Senegal",
        summary="24 participants validated the working paper.",
    )

    response = client.get("/en/news/regional-workshop-on-social-mutual-organisations/")

    text = text_of(response, "<main", "</main>")
    assert "Regional workshop on social mutual organisations" in text
    assert "24 participants validated the working paper." in text
    assert "Oct. 10, 2023 \u2013 Oct. 12, 2023" in text
    assert "Dakar, Senegal" in text


def test_an_event_needs_a_start_date(news_index):
    event = NewsPage(title="Workshop", slug="workshop", kind="event", summary="Soon.")

    with pytest.raises(ValidationError) as error:
        news_index.add_child(instance=event)

    assert error.value.message_dict == {"event_start": ["An event needs a start date."]}


def test_an_event_cannot_end_before_it_starts(news_index):
    event = NewsPage(
        title="Workshop",
        slug="workshop",
        kind="event",
        summary="Soon.",
        event_start=date(2027, 3, 18),
        event_end=date(2027, 3, 16),
    )

    with pytest.raises(ValidationError) as error:
        news_index.add_child(instance=event)

    assert error.value.message_dict == {"event_end": ["An event cannot end before it starts."]}


def test_editors_see_why_an_event_without_start_date_is_refused(client, news_index):
    editor = UserFactory(email="editor@example.org", is_staff=True, is_superuser=True)
    editor.last_seen = timezone.now()  # see test_home_page: LastSeenMiddleware's lazy-user bug
    editor.save(update_fields=["last_seen"])
    client.force_login(editor)
    url = f"/admin/pages/add/editorial/newspage/{news_index.pk}/"

    response = client.post(
        url,
        {
            "title": "Regional workshop in Lomé",
            "slug": "regional-workshop-lome",
            "kind": "event",
            "date": "2026-11-02",
            "summary": "CIPRES member States compare notes.",
            "event_start": "",
            "event_end": "",
            "location": "Lomé, Togo",
            "body-count": "0",
            "action-publish": "action-publish",
        },
    )

    assert response.status_code == 200, "the form is shown again"
    assert "An event needs a start date." in response.content.decode()
    assert not NewsPage.objects.filter(slug="regional-workshop-lome").exists()
