"""The weekly platform news: what a week holds, composing its e-mails, the e-mail, the
web archive."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction

from countryprofiles.models import CountryProfilePage
from editorial.models import HomePage, NewsIndexPage, NewsPage
from library.models import Item
from newsletters import platform
from newsletters.models import CommunityNews, PlatformNews, Reader
from newsletters.tasks import send_platform_news
from notifications import tokens
from notifications.models import OutboxMessage
from tests.countryprofiles.factories import make_profile
from tests.editorial.helpers import add_news, text_of, translate
from tests.factories import UserFactory
from tests.library.factories import ItemFactory
from tests.newsletters.factories import CommunityNewsFactory
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces.models import Workspace

BASE = "http://testserver"
# A Monday; the week runs to Sunday 22 November 2026 (UTC).
WEEK = date(2026, 11, 16)


def at(day: int, hour: int = 10, minute: int = 0, second: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=UTC)


# The first and last moments of the week, and the moments just outside it.
FIRST_MOMENT = at(16, 0)
LAST_MOMENT = at(22, 23, 59, 59)
JUST_BEFORE = at(15, 23, 59, 59)
JUST_AFTER = at(23, 0)


def set_page_dates(page, **dates):
    Page.objects.filter(pk=page.pk).update(**dates)
    return type(page).objects.get(pk=page.pk)


def titles(contents, key: str) -> list[str]:
    (section,) = [section for section in contents.sections if section.key == key]
    return [entry.title for entry in section.entries]


def section(contents, key: str):
    return next(section for section in contents.sections if section.key == key)


# --- Fixtures ------------------------------------------------------------------------------


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "fr", "es")
    }


@pytest.fixture
def news_index(locales, fresh_cache):
    """News & Events under the English home page (the site root), and its French copy."""
    home = HomePage.objects.get(locale=locales["en"])
    index = NewsIndexPage(title="News & Events", slug="news")
    home.add_child(instance=index)
    translate(home, locales["fr"])
    translate(index, locales["fr"], title="Actualités et événements")
    return NewsIndexPage.objects.get(pk=index.pk)


@pytest.fixture
def add_event(news_index):
    """``add_event(title, start, published=datetime, **fields)``: a live, public event."""

    def make(title: str, start: date, *, published: datetime, **fields) -> NewsPage:
        page = add_news(news_index, title, kind=NewsPage.Kind.EVENT, event_start=start, **fields)
        return set_page_dates(page, first_published_at=published, last_published_at=published)

    return make


@pytest.fixture
def profile():
    """``profile(code, published=datetime)``: a live country profile last published then."""

    def make(code: str, *, published: datetime) -> CountryProfilePage:
        return set_page_dates(make_profile(code), last_published_at=published)

    return make


@pytest.fixture
def week_news(db):
    return PlatformNews.objects.create(week=WEEK)


# --- Weeks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "monday"),
    [
        (at(23, 7), WEEK),  # Monday 07:00 UTC, when beat runs it
        (at(23, 0), WEEK),
        (at(29, 23, 59), WEEK),  # Sunday evening: the week before still
        (at(22, 23, 59), date(2026, 11, 9)),  # the week is not over yet
        (datetime(2026, 11, 23, 0, 30, tzinfo=UTC).astimezone(), WEEK),
    ],
)
def test_the_default_week_is_the_one_that_just_ended(now, monday):
    assert platform.last_week(now) == monday


def test_a_week_in_an_address_is_a_monday_in_iso_form():
    assert platform.parse_week("2026-11-16") == WEEK
    for bad in ["2026-11-17", "2026-11-32", "16-11-2026", "2026-W47", "20261116", "", "x" * 50]:
        assert platform.parse_week(bad) is None


# --- What a week holds ---------------------------------------------------------------------


@pytest.mark.django_db
def test_library_items_first_published_in_the_week(member):
    ItemFactory(title="Published first thing Monday", published_at=FIRST_MOMENT)
    ItemFactory(title="Published last thing Sunday", published_at=LAST_MOMENT)
    ItemFactory(title="Published the Sunday before", published_at=JUST_BEFORE)
    ItemFactory(title="Published the Monday after", published_at=JUST_AFTER)
    ItemFactory(title="Still waiting for review", status=Item.Status.PENDING, published_at=None)
    ItemFactory(title="A draft", status=Item.Status.DRAFT, published_at=at(18))
    ItemFactory(title="Rejected", status=Item.Status.REJECTED, published_at=at(18))
    item = ItemFactory(title="Published, then withdrawn", published_at=at(18))
    Item.objects.filter(pk=item.pk).update(status=Item.Status.PENDING)

    contents = platform.week_contents(WEEK, member)
    assert titles(contents, "library") == [
        "Published first thing Monday",
        "Published last thing Sunday",
    ]
    first = section(contents, "library").entries[0]
    published = Item.objects.get(title="Published first thing Monday")
    assert first.url == f"{BASE}/en/library/items/{published.pk}/"


@pytest.mark.django_db
def test_country_profiles_published_in_the_week(member, profile):
    profile("SN", published=at(17))
    profile("TG", published=LAST_MOMENT)
    profile("BJ", published=JUST_BEFORE)
    draft = make_profile("PE", live=False)
    set_page_dates(draft, last_published_at=at(17))
    restricted = profile("IN", published=at(18))
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)

    contents = platform.week_contents(WEEK, member)
    assert titles(contents, "countries") == ["Senegal", "Togo"]
    assert section(contents, "countries").entries[0].url == f"{BASE}/en/countries/sn/"
    with translation.override("fr"):
        contents = platform.week_contents(WEEK, member)
    assert titles(contents, "countries") == ["Sénégal", "Togo"]
    assert section(contents, "countries").entries[0].url == f"{BASE}/fr/countries/sn/"


@pytest.mark.django_db
def test_a_private_workspace_is_listed_to_its_members_only(member, other_member, editor):
    WorkspaceFactory(name="Open to everyone", created=at(16, 9))
    WorkspaceFactory(
        name="For signed-in members", visibility=Workspace.Visibility.MEMBERS, created=at(17)
    )
    private = WorkspaceFactory(
        name="Steering committee", visibility=Workspace.Visibility.PRIVATE, created=at(18)
    )
    add_member(private, member)
    add_member(private, editor)
    WorkspaceFactory(name="Created the week before", created=JUST_BEFORE)
    WorkspaceFactory(name="Created the week after", created=JUST_AFTER)

    everything = ["Open to everyone", "For signed-in members", "Steering committee"]
    assert titles(platform.week_contents(WEEK, member), "workspaces") == everything
    assert titles(platform.week_contents(WEEK, other_member), "workspaces") == everything[:2]
    from django.contrib.auth.models import AnonymousUser

    assert titles(platform.week_contents(WEEK, AnonymousUser()), "workspaces") == everything[:1]
    found = section(platform.week_contents(WEEK, member), "workspaces")
    assert found.more == 0
    assert (
        found.entries[0].url
        == f"{BASE}/en/workspaces/{Workspace.objects.get(name=everything[0]).slug}/"
    )
    assert found.entries[0].note == "Project"


@pytest.mark.django_db
def test_events_announced_in_the_week_and_events_coming_up(member, add_event):
    add_event("Webinar announced on Monday", date(2027, 3, 1), published=FIRST_MOMENT)
    add_event("Workshop starting the Monday after", date(2026, 11, 23), published=at(1))
    add_event(
        "Conference in 29 days",
        date(2026, 12, 22),
        published=at(2),
        event_end=date(2026, 12, 24),
    )
    add_event("Course in 30 days", date(2026, 12, 23), published=at(2))
    add_event("Meeting that started during the week", date(2026, 11, 20), published=at(2))
    add_event("Announced the week before", date(2027, 5, 1), published=JUST_BEFORE)
    draft = add_event("A draft event", date(2026, 11, 25), published=at(18))
    Page.objects.filter(pk=draft.pk).update(live=False)
    news = add_news(
        NewsIndexPage.objects.get(locale__language_code="en"),
        "A news item",
        date=date(2026, 11, 18),
    )
    set_page_dates(news, first_published_at=at(18))

    found = section(platform.week_contents(WEEK, member), "events")
    assert [(heading, [entry.title for entry in entries]) for heading, entries in found.groups] == [
        ("Announced this week", ["Webinar announced on Monday"]),
        (
            "Coming up in the next 30 days",
            ["Workshop starting the Monday after", "Conference in 29 days"],
        ),
    ]
    assert [entry.note for entry in found.entries] == [
        "1 March 2027",
        "23 November 2026",
        "22 December 2026 to 24 December 2026",
    ]
    assert found.entries[0].url.startswith(f"{BASE}/en/news/webinar-announced-on-monday")


@pytest.mark.django_db
def test_an_event_is_shown_in_the_readers_language_when_translated(member, add_event, locales):
    seminar = add_event("Seminar on health insurance", date(2026, 12, 1), published=at(17))
    translate(seminar, locales["fr"], title="Séminaire sur l'assurance maladie")
    add_event("Only in English", date(2026, 12, 2), published=at(17))

    with translation.override("fr"):
        found = section(platform.week_contents(WEEK, member), "events")
    assert [entry.title for entry in found.entries] == [
        "Séminaire sur l'assurance maladie",
        "Only in English",
    ]
    assert found.entries[0].url.startswith(f"{BASE}/fr/")
    assert found.entries[0].note == "1 décembre 2026"
    found = section(platform.week_contents(WEEK, member), "events")
    assert [entry.title for entry in found.entries] == [
        "Seminar on health insurance",
        "Only in English",
    ]


@pytest.mark.django_db
def test_community_news_published_in_the_week(member):
    published = CommunityNews.Status.PUBLISHED
    CommunityNewsFactory(
        title="Published on Sunday night", status=published, published_at=LAST_MOMENT
    )
    CommunityNewsFactory(
        title="Published the week before", status=published, published_at=JUST_BEFORE
    )
    CommunityNewsFactory(title="Waiting for review", published_at=at(18))
    CommunityNewsFactory(
        title="Rejected", status=CommunityNews.Status.REJECTED, published_at=at(18)
    )
    contents = platform.week_contents(WEEK, member)
    assert titles(contents, "community") == ["Published on Sunday night"]
    item = CommunityNews.objects.get(title="Published on Sunday night")
    assert (
        section(contents, "community").entries[0].url
        == f"{BASE}/en/newsletter/community/{item.pk}/"
    )


@pytest.mark.django_db
def test_a_section_lists_ten_and_counts_the_rest(member, reader):
    for number in range(13):
        ItemFactory(title=f"Study {number:02d}", published_at=at(17, 8, number))
    found = section(platform.week_contents(WEEK, member), "library")
    assert [entry.title for entry in found.entries] == [f"Study {n:02d}" for n in range(10)]
    assert found.more == 3
    assert found.more_url == f"{BASE}/en/library/"
    reader(platform_news=True)
    (email,) = send()
    assert "* Study 09\n" in email.body
    assert "Study 10" not in email.body
    assert f"And 3 more:\n  {BASE}/en/library/\n" in email.body


@pytest.mark.django_db
def test_a_week_with_nothing_in_it_is_empty(member, other_member):
    private = WorkspaceFactory(visibility=Workspace.Visibility.PRIVATE, created=at(18))
    add_member(private, member)
    assert not platform.week_contents(WEEK, member).empty
    assert platform.week_contents(WEEK, other_member).empty


@pytest.mark.django_db
def test_what_a_week_holds_costs_a_fixed_number_of_queries(member, add_event, profile):
    def fill(count: int, offset: int):
        for number in range(offset, offset + count):
            ItemFactory(published_at=at(17))
            private = WorkspaceFactory(visibility=Workspace.Visibility.PRIVATE, created=at(17))
            add_member(private, member)
            WorkspaceFactory(created=at(17))
            add_event(f"Event {number}", date(2026, 12, 1), published=at(17))
            CommunityNewsFactory(status=CommunityNews.Status.PUBLISHED, published_at=at(17))
        for code in ["SN", "TG", "BJ", "PE", "IN", "BR", "KE"][offset : offset + count]:
            profile(code, published=at(17))

    def count_queries() -> tuple:
        member.refresh_from_db()  # a fresh user: permissions not cached yet
        platform.week_contents(WEEK, member)  # Wagtail's site root paths, cached
        member.refresh_from_db()
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            contents = platform.week_contents(WEEK, member)
        return len(captured), contents

    fill(1, 0)
    one, contents = count_queries()
    assert contents.count == 6
    fill(6, 1)
    many, contents = count_queries()
    # 7 of each, and twice as many workspaces (10 listed, 4 counted).
    assert contents.count == 7 * 4 + 14
    assert section(contents, "workspaces").more == 4
    assert many == one


# --- Composing the week's e-mails ----------------------------------------------------------


def owed(news) -> list[tuple[str, str]]:
    return sorted(
        OutboxMessage.objects.filter(
            kind="platform-news",
            object_type=ContentType.objects.get_for_model(PlatformNews),
            object_id=news.pk,
        ).values_list("recipient__email", "key")
    )


@pytest.mark.django_db
def test_compose_owes_one_email_to_each_active_reader_who_asked(reader):
    wanted = reader(email="awa@example.org", platform_news=True)
    reader(email="newsletter.only@example.org", newsletter=True, platform_news=False)
    reader(email="gone@example.org", platform_news=True, is_active=False)
    no_address = reader(email="no.address@example.org", platform_news=True)
    type(no_address).objects.filter(pk=no_address.pk).update(email="")
    UserFactory(email="never.chose@example.org")

    ids = platform.compose(WEEK)

    news = PlatformNews.objects.get(week=WEEK)
    assert owed(news) == [("awa@example.org", f"platform-news:2026-11-16:{wanted.pk}")]
    assert ids == list(
        OutboxMessage.objects.filter(kind="platform-news").values_list("pk", flat=True)
    )
    assert news.recipients == 1
    message = OutboxMessage.objects.get(pk=ids[0])
    assert message.subject_object == news
    assert message.state == OutboxMessage.State.PENDING


@pytest.mark.django_db
def test_compose_twice_owes_nothing_more(reader):
    first_reader = reader(platform_news=True)
    first = platform.compose(WEEK)
    assert len(first) == 1
    assert platform.compose(WEEK) == []
    # Someone who asks after the week was composed gets it at the next run.
    later = reader(platform_news=True)
    second = platform.compose(WEEK)
    assert len(second) == 1
    assert OutboxMessage.objects.get(pk=second[0]).recipient == later
    assert set(OutboxMessage.objects.values_list("recipient", flat=True)) == {
        first_reader.pk,
        later.pk,
    }
    assert PlatformNews.objects.get(week=WEEK).recipients == 2
    assert PlatformNews.objects.count() == 1


@pytest.mark.django_db
def test_compose_by_default_takes_the_week_that_ended(reader):
    reader(platform_news=True)
    platform.compose(now=at(23, 7))
    assert list(PlatformNews.objects.values_list("week", flat=True)) == [WEEK]


@pytest.mark.django_db
def test_compose_costs_the_same_for_3_and_30_readers(reader):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ContentType.objects.get_for_model(PlatformNews)  # cached for the process
    for _n in range(3):
        reader(platform_news=True)
    with CaptureQueriesContext(connection) as three:
        assert len(platform.compose(WEEK)) == 3
    for _n in range(30):
        reader(platform_news=True)
    with CaptureQueriesContext(connection) as thirty:
        assert len(platform.compose(date(2026, 11, 23))) == 33
    assert len(thirty) == len(three)
    assert OutboxMessage.objects.count() == 36


# --- The e-mail ----------------------------------------------------------------------------


@pytest.fixture
def full_week(add_event, profile):
    ItemFactory(title="Extending health insurance to informal workers", published_at=at(17))
    profile("SN", published=at(18))
    WorkspaceFactory(name="Mutuals in Benin", created=at(18))
    add_event("Regional workshop in Dakar", date(2026, 12, 3), published=at(19))
    CommunityNewsFactory(
        title="A new mutual in Thiès", status=CommunityNews.Status.PUBLISHED, published_at=at(20)
    )


def send(week=WEEK) -> list:
    mail.outbox.clear()
    send_platform_news.delay(week=week.isoformat())
    return list(mail.outbox)


@pytest.mark.django_db
def test_the_email_lists_the_week_with_links_and_unsubscribe(reader, full_week):
    person = reader(email="awa@example.org", display_name="Awa Ndiaye", platform_news=True)
    (email,) = send()
    assert email.to == ["awa@example.org"]
    assert email.subject == "What's new on GESS: week of 16 November 2026"
    body = email.body
    assert body.startswith(
        "Hello Awa Ndiaye,\n\nHere is what was new on GESS in the week of 16 November 2026."
    )
    for heading in [
        "New in the library\n------------------",
        "Country profiles updated\n------------------------",
        "New workspaces\n--------------",
        "Events\n------",
        "Community news\n--------------",
    ]:
        assert heading in body
    assert (
        "* Extending health insurance to informal workers\n  http://testserver/en/library/items/"
        in body
    )
    assert "* Senegal\n  http://testserver/en/countries/sn/" in body
    assert "* Mutuals in Benin (Project)\n  http://testserver/en/workspaces/" in body
    assert (
        "Announced this week:\n* Regional workshop in Dakar (3 December 2026)\n  http://testserver/en/news/"
        in body
    )
    assert "* A new mutual in Thiès\n  http://testserver/en/newsletter/community/" in body
    assert (
        "Read it on the portal:\nhttp://testserver/en/newsletter/platform-news/2026-11-16/" in body
    )
    assert "You receive this because you asked for the weekly platform news." in body
    assert f"To choose which newsletters you receive:\n{BASE}/en/newsletter/subscription/" in body
    unsubscribe = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe in body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = unsubscribe.rstrip("/").rsplit("/", 1)[1]
    assert tokens.read(token) == (person.pk, "platform-news")
    assert OutboxMessage.objects.get().state == OutboxMessage.State.SENT


@pytest.mark.django_db
def test_the_french_email_uses_french_dates_and_links(reader, full_week):
    reader(email="fatou@example.org", language="fr", platform_news=True)
    (email,) = send()
    assert "16 novembre 2026" in email.subject
    assert "16 novembre 2026" in email.body
    assert "* Sénégal\n  http://testserver/fr/countries/sn/" in email.body
    assert "(3 décembre 2026)" in email.body
    assert f"{BASE}/fr/newsletter/subscription/" in email.body
    with translation.override("fr"):
        expected = platform._format_date(WEEK)
    assert expected == "16 novembre 2026"


@pytest.mark.django_db
def test_an_empty_week_is_cancelled_not_sent(reader, other_member):
    reader(email="awa@example.org", platform_news=True)
    private = WorkspaceFactory(visibility=Workspace.Visibility.PRIVATE, created=at(18))
    add_member(private, other_member)
    assert send() == []
    assert OutboxMessage.objects.get().state == OutboxMessage.State.CANCELLED


@pytest.mark.django_db
def test_each_reader_sees_only_what_they_may(reader):
    member = reader(email="member@example.org", platform_news=True)
    reader(email="outsider@example.org", platform_news=True)
    private = WorkspaceFactory(
        name="Steering committee", visibility=Workspace.Visibility.PRIVATE, created=at(18)
    )
    add_member(private, member)
    WorkspaceFactory(name="Open workshop space", created=at(18))
    emails_sent = {email.to[0]: email.body for email in send()}
    assert "Steering committee" in emails_sent["member@example.org"]
    assert "Steering committee" not in emails_sent["outsider@example.org"]
    assert "Open workshop space" in emails_sent["outsider@example.org"]


@pytest.mark.django_db
def test_a_title_cannot_add_lines_or_headers(reader):
    reader(email="awa@example.org", platform_news=True)
    ItemFactory(title="Harmless\r\nBcc: victim@example.org", published_at=at(17))
    (email,) = send()
    assert "* Harmless Bcc: victim@example.org\n" in email.body
    assert email.bcc == []


@pytest.mark.django_db
def test_the_unsubscribe_scope_turns_the_platform_news_off(reader):
    person = reader(platform_news=True, newsletter=True)
    from notifications import unsubscribe

    found = unsubscribe.resolve(person.pk, "platform-news")
    assert found is not None
    user, scope, value = found
    assert scope.describe(user, value) == "The weekly platform news"
    assert scope.apply(user, value) == 1
    assert scope.apply(user, value) == 0
    assert Reader.objects.filter(user=person).values_list("newsletter", "platform_news")[0] == (
        True,
        False,
    )


# --- The web archive -----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_archive_lists_composed_weeks_newest_first(client):
    PlatformNews.objects.create(week=date(2026, 11, 9))
    response = client.get(reverse("newsletters:platform"))
    assert "Week of 9 November 2026" in text_of(response, "<h1>")

    def queries() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("newsletters:platform"))
        return len(captured), response

    one, _response = queries()
    for weeks_back in range(2, 30):
        PlatformNews.objects.create(week=date(2026, 11, 16) - timedelta(weeks=weeks_back))
    PlatformNews.objects.create(week=WEEK)
    many, response = queries()
    assert many == one
    text = text_of(response, "<h1>")
    assert text.index("Week of 16 November 2026") < text.index("Week of 9 November 2026")
    assert text.count("Week of") == 20
    assert "Page 1 of 2" in text
    assert 'href="/en/newsletter/platform-news/2026-11-16/"' in response.content.decode()


@pytest.mark.django_db
def test_a_week_page_shows_what_the_visitor_may_see(client, member, week_news):
    private = WorkspaceFactory(
        name="Steering committee", visibility=Workspace.Visibility.PRIVATE, created=at(18)
    )
    add_member(private, member)
    WorkspaceFactory(name="Open to everyone", created=at(18))
    WorkspaceFactory(
        name="For signed-in members", visibility=Workspace.Visibility.MEMBERS, created=at(18)
    )
    url = reverse("newsletters:platform-week", kwargs={"week": "2026-11-16"})

    text = text_of(client.get(url), "<h1>")
    assert "What's new: week of 16 November 2026" in text
    assert "Open to everyone" in text
    assert "For signed-in members" not in text
    assert "Steering committee" not in text

    client.force_login(member)
    text = text_of(client.get(url), "<h1>")
    assert (
        "New workspaces Steering committee Project Open to everyone Project "
        "For signed-in members Project"
    ) in text


@pytest.mark.django_db
def test_an_empty_week_page_says_so(client, week_news):
    response = client.get(reverse("newsletters:platform-week", kwargs={"week": "2026-11-16"}))
    assert "Nothing new that you may see was published on the portal that week." in text_of(
        response, "<h1>"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("week", ["2026-11-17", "2026-13-01", "not-a-date", "2026-11-09"])
def test_a_bad_or_uncomposed_week_is_not_found(client, week_news, week):
    response = client.get(reverse("newsletters:platform-week", kwargs={"week": week}))
    assert response.status_code == 404
    assert "What's new" not in response.content.decode()


@pytest.mark.django_db
def test_a_week_page_costs_a_fixed_number_of_queries(client, member, week_news):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(member)
    url = reverse("newsletters:platform-week", kwargs={"week": "2026-11-16"})

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        return len(captured), text_of(response, "<h1>")

    client.get(url)  # the member's "last seen" is written once in a while
    ItemFactory(title="Study 0", published_at=at(17))
    WorkspaceFactory(name="Workspace 0", created=at(17))
    one, text = queries()
    assert "Study 0" in text and "Workspace 0" in text
    for number in range(1, 15):
        ItemFactory(title=f"Study {number}", published_at=at(17))
        private = WorkspaceFactory(
            name=f"Workspace {number}", visibility=Workspace.Visibility.PRIVATE, created=at(17)
        )
        add_member(private, member)
    many, text = queries()
    assert "Study 9" in text and "Study 10" not in text
    assert "And 5 more" in text
    assert many == one
