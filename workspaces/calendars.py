"""Workspace events as iCalendar (RFC 5545), for calendar programs to subscribe to.

``workspace_calendar`` is one workspace's events (its ``events.ics`` address, or one
event for "Add to my calendar"); ``personal_calendar`` is a member's private address:
the events of the workspaces they are a member of when their calendar program fetches it,
from 90 days back. Each event keeps its ``UID`` for life and raises its ``SEQUENCE``
when it changes, so that calendar programs update it rather than add another; times are
in UTC (each program shows them in its own time zone).
"""

import datetime as dt
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from core.mail import absolute_url

from .models import Event, Workspace

PAST_DAYS = 90  # how far back a feed goes
REFRESH = dt.timedelta(hours=6)  # how often calendar programs are asked to fetch it again
PRODID = "-//ILO//GESS workspaces//EN"


def host() -> str:
    """The portal's host name, which makes every event's UID unique worldwide."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "gess.invalid"


def window() -> Q:
    """The events a feed carries: those not over more than ``PAST_DAYS`` days ago."""
    since = timezone.now() - dt.timedelta(days=PAST_DAYS)
    return Q(start__gte=since) | Q(end__gte=since)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    return value.astimezone(dt.UTC) if value is not None else None


def vevent(event: Event, workspace: Workspace) -> VEvent:
    """One event: what, when (UTC), where, and its page on the portal."""
    url = absolute_url(reverse("workspaces:event", kwargs={"slug": workspace.slug, "pk": event.pk}))
    parts = [workspace.name, event.description.strip()]
    if event.online_url:
        parts.append(_("Join online: %(url)s") % {"url": event.online_url})
    parts.append(url)
    return VEvent.new(
        uid=f"{event.uid}@{host()}",
        sequence=event.sequence,
        stamp=_utc(event.updated),
        created=_utc(event.created),
        last_modified=_utc(event.updated),
        start=_utc(event.start),
        end=_utc(event.end),
        summary=event.title,
        description="\n\n".join(part for part in parts if part),
        location=event.location or event.online_url or None,
        url=url,
    )


def _calendar(name: str, uid: str) -> Calendar:
    calendar = Calendar.new(
        name=name, prodid=PRODID, uid=f"{uid}@{host()}", refresh_interval=REFRESH
    )
    calendar.add("X-PUBLISHED-TTL", REFRESH)  # the same, for programs that read only this
    return calendar


def workspace_calendar(workspace: Workspace, events) -> Calendar:
    """``events`` (of ``workspace``) as a calendar named after the workspace."""
    calendar = _calendar(
        _("%(workspace)s · events") % {"workspace": workspace.name}, f"workspace-{workspace.pk}"
    )
    for event in events:
        calendar.add_component(vevent(event, workspace))
    return calendar


def personal_events(user):
    """The events of the workspaces ``user`` is a member of now (and may still read),
    within the feed's window: one's own calendar, not every public workspace's."""
    return (
        Event.objects.readable_by(user)
        .filter(workspace__in=Workspace.objects.of_member(user).values("pk"))
        .filter(window())
        .select_related("workspace")
        .order_by("start", "pk")
    )


def personal_calendar(user) -> Calendar:
    """The member's own calendar: the events of their workspaces, in their language."""
    with translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE):
        calendar = _calendar(
            _("%(portal)s · events of your workspaces") % {"portal": settings.PORTAL_NAME},
            f"calendar-{user.pk}",
        )
        for event in personal_events(user):
            calendar.add_component(vevent(event, event.workspace))
    return calendar
