"""The weekly platform news (MINI-NEWS): what was new on the portal in a week.

- ``week_contents(week, user)`` says what a week (Monday to Sunday, UTC) holds as
  ``user`` may see it, in the active language: library items first published that
  week, country profiles published that week, workspaces created that week that
  ``user`` may see (``Workspace.objects.listed_to``), events (announced that week,
  or starting within 30 days after it) and community news published that week.
  Each section is capped at ``SECTION_LIMIT`` entries with a count of the rest and
  a link to the full list; one query per section whatever the number of things
  (the workspaces', events' and profiles' visibility checks are in the same query,
  plus one for Wagtail's view restrictions of each kind of page).
- ``compose(week)`` writes one ``OutboxMessage`` (kind ``platform-news``) per active
  reader who asked for the platform news and has an e-mail address, in one
  ``INSERT … SELECT``; a week composed twice owes nothing more.
- ``render`` (the outbox's renderer for that kind) writes the e-mail when it leaves,
  in the reader's language, with what they may see then; a week that holds nothing
  they may see is not sent.
- The ``platform-news`` unsubscribe scope turns ``Reader.platform_news`` off.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Window,
)
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

from core.mail import absolute_url
from notifications import emails, outbox
from notifications.models import OutboxMessage
from notifications.unsubscribe import Scope, register_scope

from .models import CommunityNews, PlatformNews, Reader

KIND = "platform-news"
SCOPE = "platform-news"
# The most entries a section lists; the rest are counted, with a link to the full list.
SECTION_LIMIT = 10
# Events starting within this many days after the week are listed as coming up.
EVENTS_AHEAD = timedelta(days=30)


# --- Weeks ---------------------------------------------------------------------------------


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def last_week(now: datetime | None = None) -> date:
    """The Monday of the week (Monday to Sunday, UTC) that ended before ``now``."""
    now = now or timezone.now()
    return monday_of(now.astimezone(UTC).date()) - timedelta(days=7)


def bounds(week: date) -> tuple[datetime, datetime]:
    """The first moment of the week and the first moment after it, in UTC."""
    start = datetime.combine(week, time.min, tzinfo=UTC)
    return start, start + timedelta(days=7)


def parse_week(value: str) -> date | None:
    """The Monday an address names ("2026-11-16"), or ``None`` for anything else."""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if len(value) != 10 or day.weekday() != 0:
        return None
    return day


# --- What a week holds ---------------------------------------------------------------------


@dataclass
class Entry:
    title: str
    url: str
    # A few words after the title (an event's dates, a workspace's kind).
    note: str = ""


@dataclass
class Section:
    key: str
    heading: str
    entries: list[Entry]
    # How many more there are than listed, and where to see them all.
    more: int = 0
    more_url: str = ""
    # For events: the ones announced this week, then the ones coming up.
    groups: list[tuple[str, list[Entry]]] = field(default_factory=list)

    @property
    def rule(self) -> str:
        return "-" * len(self.heading)


@dataclass
class WeekContents:
    week: date
    sections: list[Section]

    @property
    def empty(self) -> bool:
        return not any(section.entries for section in self.sections)

    @property
    def count(self) -> int:
        return sum(len(section.entries) + section.more for section in self.sections)


def _capped(queryset: QuerySet) -> tuple[list, int]:
    """The first ``SECTION_LIMIT`` rows and how many more there are, in one query."""
    rows = list(queryset.annotate(_total=Window(Count("pk")))[:SECTION_LIMIT])
    total = rows[0]._total if rows else 0
    return rows, max(total - len(rows), 0)


def _in_language(queryset: QuerySet, model, language: str) -> QuerySet:
    """Wagtail pages in ``language`` and, where a page has no live translation in it,
    in the default language (the page editors wrote first)."""
    translated = model.objects.live().filter(
        translation_key=OuterRef("translation_key"), locale__language_code=language
    )
    return queryset.filter(
        Q(locale__language_code=language)
        | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated))
    )


def _library(start, end) -> Section:
    from library.models import Item

    items = Item.objects.published().filter(published_at__gte=start, published_at__lt=end)
    rows, more = _capped(items.order_by("published_at", "pk").only("pk", "title"))
    return Section(
        key="library",
        heading=_("New in the library"),
        entries=[
            Entry(emails.plain(item.title), absolute_url(item.get_absolute_url())) for item in rows
        ],
        more=more,
        more_url=absolute_url(reverse("library:index")),
    )


def _countries(start, end, language) -> Section:
    from countryprofiles.models import CountryProfilePage

    pages = CountryProfilePage.objects.live().public()
    pages = _in_language(pages, CountryProfilePage, language).filter(
        last_published_at__gte=start, last_published_at__lt=end
    )
    rows, more = _capped(pages.order_by("last_published_at", "pk").only("pk", "country"))
    entries = [
        Entry(
            page.country_name,
            absolute_url(
                reverse("countryprofiles:detail", kwargs={"code": page.country.code.lower()})
            ),
        )
        for page in rows
    ]
    return Section(
        key="countries",
        heading=_("Country profiles updated"),
        entries=entries,
        more=more,
        more_url=absolute_url(reverse("countryprofiles:index")),
    )


def _workspaces(start, end, user) -> Section:
    from workspaces.models import Workspace

    # ``listed_to`` may join memberships (and so be DISTINCT): used as a subquery, the
    # count of the rest is a count of workspaces.
    listed = Workspace.objects.listed_to(user).values("pk")
    found = Workspace.objects.filter(pk__in=listed, created__gte=start, created__lt=end)
    rows, more = _capped(found.order_by("created", "pk").only("pk", "name", "slug", "kind"))
    return Section(
        key="workspaces",
        heading=_("New workspaces"),
        entries=[
            Entry(
                emails.plain(workspace.name),
                absolute_url(workspace.get_absolute_url()),
                str(workspace.get_kind_display()),
            )
            for workspace in rows
        ],
        more=more,
        more_url=absolute_url(reverse("workspaces:index")),
    )


def _page_url(page) -> str:
    url = page.get_url() or ""
    return absolute_url(url) if url.startswith("/") else url


def _event_note(page) -> str:
    start = page.event_start
    end = page.event_end
    if end and end != start:
        return _("%(start)s to %(end)s") % {
            "start": _format_date(start),
            "end": _format_date(end),
        }
    return _format_date(start)


def _format_date(day: date) -> str:
    """``day`` as "16 November 2026", in the active language."""
    return format_date(day, "j F Y")


def _events(start, end, language) -> Section:
    from editorial.models import NewsPage

    first_day = end.date()
    announced = Q(first_published_at__gte=start, first_published_at__lt=end)
    coming_up = Q(event_start__gte=first_day, event_start__lt=first_day + EVENTS_AHEAD)
    pages = NewsPage.objects.live().public().filter(kind=NewsPage.Kind.EVENT)
    pages = _in_language(pages, NewsPage, language).filter(announced | coming_up)
    pages = pages.annotate(
        _announced=ExpressionWrapper(announced, output_field=BooleanField())
    ).defer_streamfields()
    rows, more = _capped(pages.order_by("-_announced", "event_start", "pk"))
    new = [
        Entry(emails.plain(page.title), _page_url(page), _event_note(page))
        for page in rows
        if page._announced
    ]
    soon = [
        Entry(emails.plain(page.title), _page_url(page), _event_note(page))
        for page in rows
        if not page._announced
    ]
    groups = []
    if new:
        groups.append((_("Announced this week"), new))
    if soon:
        groups.append((_("Coming up in the next 30 days"), soon))
    return Section(
        key="events",
        heading=_("Events"),
        entries=new + soon,
        more=more,
        more_url=absolute_url(reverse("editorial:news")),
        groups=groups,
    )


def _community(start, end) -> Section:
    news = CommunityNews.objects.published().filter(published_at__gte=start, published_at__lt=end)
    rows, more = _capped(news.order_by("published_at", "pk").only("pk", "title"))
    return Section(
        key="community",
        heading=_("Community news"),
        entries=[
            Entry(emails.plain(item.title), absolute_url(item.get_absolute_url())) for item in rows
        ],
        more=more,
        more_url=absolute_url(reverse("newsletters:community")),
    )


def week_contents(week: date, user) -> WeekContents:
    """What the week starting on ``week`` holds as ``user`` (a member, or an anonymous
    visitor) may see it, named and linked in the active language, with full links."""
    start, end = bounds(week)
    language = translation.get_language() or settings.LANGUAGE_CODE
    language = language.split("-")[0]
    sections = [
        _library(start, end),
        _countries(start, end, language),
        _workspaces(start, end, user),
        _events(start, end, language),
        _community(start, end),
    ]
    return WeekContents(week=week, sections=sections)


# --- Composing a week's e-mails ------------------------------------------------------------


def readers() -> QuerySet:
    """The members who receive the platform news: active, with an address, who asked."""
    return (
        get_user_model()
        .objects.filter(is_active=True, newsletter_reader__platform_news=True)
        .exclude(email="")
    )


def compose(week: date | None = None, now: datetime | None = None) -> list[int]:
    """Compose the platform news of ``week`` (by default the week that just ended):
    one outbox message per reader, in one statement; the ids of the messages this
    call composed. Composed again, the week owes nothing more (readers who have
    their message already are left out, and the key is unique)."""
    now = now or timezone.now()
    week = week or last_week(now)
    news, _created = PlatformNews.objects.get_or_create(week=week)
    try:
        with transaction.atomic():
            ids = outbox.owe(KIND, readers(), news, key=f"{KIND}:{week.isoformat()}", now=now)
            if ids:
                PlatformNews.objects.filter(pk=news.pk).update(
                    recipients=F("recipients") + len(ids)
                )
            return ids
    except IntegrityError:  # another run composed the same messages meanwhile
        return []


# --- The e-mail ----------------------------------------------------------------------------


def render(message: OutboxMessage) -> EmailMessage | None:
    """The platform news e-mail of ``message`` as it leaves now, or ``None`` when the week
    holds nothing its reader may see (or the week's row is gone)."""
    news = message.subject_object
    if not isinstance(news, PlatformNews):
        return None
    person = message.recipient
    with translation.override(person.language or settings.LANGUAGE_CODE):
        contents = week_contents(news.week, person)
        if contents.empty:
            return None
        context = {
            "news": news,
            "contents": contents,
            "week_date": _format_date(news.week),
            "web_url": absolute_url(news.get_absolute_url()),
            "subscription_url": absolute_url(reverse("newsletters:subscription")),
        }
    return emails.compose(
        message, template="newsletters/emails/platform", context=context, scope=SCOPE
    )


emails.register_renderer(KIND, render)


# --- One-click unsubscribe -----------------------------------------------------------------


def _describe(user, value: str) -> str:
    return _("The weekly platform news")


def _stop(user, value: str) -> int:
    """Turn the platform news off; 0 when it was off already."""
    return Reader.objects.filter(user=user, platform_news=True).update(platform_news=False)


register_scope(SCOPE, Scope(_describe, _stop, in_portal=False, manage="newsletters:subscription"))
