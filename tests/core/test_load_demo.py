"""``manage.py load_demo``: demo accounts and editorial content in English, French and Spanish."""

import re
from collections import Counter
from html import unescape
from io import StringIO
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, Revision

from core.demo import news
from core.demo.experts import INVENTED as INVENTED_EXPERTS
from core.demo.users import COMMUNITY, ONLINE
from countryprofiles.models import CountryProfileIndexPage, CountryProfilePage
from editorial.models import HomePage, NewsPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

README = Path(django_settings.BASE_DIR) / "README.md"


def readme_accounts():
    """(e-mail, password, role) for each row of the README's demo accounts table."""
    rows = re.findall(r"^\| (\S+@gess\.example) \| (\S+) \| (.+?) \|$", README.read_text(), re.M)
    assert len(rows) == 5, "the README lists the five demo accounts"
    return rows


def visible_text(response):
    html = response.content.decode()
    html = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def load_demo(settings):
    settings.DEBUG = True

    def run(*args):
        out = StringIO()
        call_command("load_demo", *args, stdout=out)
        return out.getvalue()

    return run


def snapshot():
    """Everything load_demo creates, counted (country profiles: test_demo_countries.py)."""
    pages = Page.objects.filter(depth__gt=1).not_type(CountryProfileIndexPage, CountryProfilePage)
    return {
        "users": get_user_model().objects.count(),
        "e-mail addresses": EmailAddress.objects.count(),
        "group memberships": get_user_model().groups.through.objects.count(),
        "interests": sum(user.interests.count() for user in get_user_model().objects.all()),
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "pages": Counter(pages.values_list("locale__language_code", "content_type__model")),
        "live pages": pages.live().count(),
        "pages with unpublished changes": pages.filter(has_unpublished_changes=True).count(),
        "revisions": Revision.objects.count(),
        "redirects": Redirect.objects.count(),
    }


def test_refuses_to_run_without_debug(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match=re.escape("runs only with DEBUG on. Use --force")):
        call_command("load_demo")

    assert not get_user_model().objects.filter(email__endswith="@gess.example").exists()
    assert not NewsPage.objects.exists()


def test_running_twice_gives_the_same_content(load_demo, settings):
    output = load_demo()
    first = snapshot()
    settings.DEBUG = False  # --force overrides the DEBUG check
    again = load_demo("--force")

    assert snapshot() == first
    per_language = {"homepage": 1, "standardpage": 1, "newsindexpage": 1, "newspage": 12}
    assert first["pages"] == Counter(
        {(code, model): n for code in ("en", "fr", "es") for model, n in per_language.items()}
    )
    assert len(news.NEWS) == 12
    assert first["users"] == 5 + len(COMMUNITY) + len(INVENTED_EXPERTS)
    assert first["e-mail addresses"] == 5
    assert first["locales"] == ["en", "es", "fr"]
    assert first["live pages"] == 45
    assert first["pages with unpublished changes"] == 0
    assert first["redirects"] == 0
    for text in (output, again):
        assert f"Demo content loaded: 5 demo accounts, {len(COMMUNITY)} community members." in text
        assert "fr: 15 live pages, including 12 news items and events" in text


def test_demo_accounts_log_in_with_the_readme_passwords(load_demo, client):
    load_demo()

    for email, password, role in readme_accounts():
        response = client.post(
            "/en/accounts/login/", {"login": email, "password": password}, follow=True
        )
        user = get_user_model().objects.get(email=email)
        assert response.context["user"] == user, f"{email} ({role}) can log in"
        assert user.display_name in response.content.decode()
        client.logout()

    admin = get_user_model().objects.get(email="admin@gess.example")
    assert admin.is_superuser and admin.is_staff


def test_home_page_in_each_language_with_its_own_news(load_demo, client):
    load_demo()
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == [
        "en",
        "es",
        "fr",
    ]
    newest = max(news.NEWS, key=lambda item: item["date"])
    oldest = min(news.NEWS, key=lambda item: item["date"])
    others = {"en": ("fr", "es"), "fr": ("en", "es"), "es": ("en", "fr")}
    intros = {
        "en": "GESS is the knowledge and collaboration portal for the extension of social",
        "fr": "GESS est le portail de connaissances et de collaboration",
        "es": "GESS es el portal de conocimiento y colaboración",
    }
    about = {"en": "/en/about/", "fr": "/fr/a-propos/", "es": "/es/acerca-de/"}

    for code in ("en", "fr", "es"):
        response = client.get(f"/{code}/")
        text = visible_text(response)
        assert intros[code] in text
        assert newest[code]["title"] in text
        assert oldest[code]["title"] not in text, "only the latest items"
        for other in others[code]:
            assert newest[other]["title"] not in text
        assert f'href="{about[code]}"' in response.content.decode()

        index = visible_text(client.get(f"/{code}/news/"))
        for item in news.NEWS:
            assert item[code]["title"] in index
            for other in others[code]:
                assert item[other]["title"] not in index


def test_demo_events_still_to_come_are_listed_as_upcoming(load_demo, client):
    load_demo()
    events = [item for item in news.NEWS if item["kind"] == "event"]
    assert len([event for event in events if event["event_start"].year == 2027]) >= 2
    today = timezone.localdate()
    to_come = [
        event for event in events if (event.get("event_end") or event["event_start"]) >= today
    ]
    past = [event for event in events if event not in to_come]

    response = client.get("/es/news/")

    html = response.content.decode()
    if not to_come:  # once 2027 is over
        assert 'class="upcoming-events"' not in html
        return
    start = html.index('class="upcoming-events"')
    upcoming = unescape(html[start : html.index("</section>", start)])
    for event in to_come:
        assert event["es"]["title"] in upcoming
        assert event["es"]["location"] in upcoming
    for event in past:
        assert event["es"]["title"] not in upcoming


def test_demo_directory_shows_the_community_and_who_is_online(load_demo, client):
    load_demo()
    client.login(email="aminata@gess.example", password="demo-member-2026")

    html = unescape(client.get("/en/people/").content.decode())

    online = html.split("Online now", 1)[1].split("</section>", 1)[0]
    community = {email: name for email, name, *_ in COMMUNITY}
    assert sorted(re.findall(r">([^<>]+)</a></li>", online)) == sorted(
        community[email] for email in ONLINE
    )
    assert f"{5 + len(COMMUNITY) + len(INVENTED_EXPERTS)} members found" in html
    # Community members are shown, not usable: they have no password.
    assert not client.login(email="oumar@gess.example", password="")
