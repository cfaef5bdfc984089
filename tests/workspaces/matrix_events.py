"""The part of the permission matrix of events, calendars, searching a workspace, its
activity page and the member's choice of notifications for it (``email-updates``, the
address kept from the former e-mail updates choice; the rows are in
``test_permission_matrix``).

Besides ``seed``, ``kwargs_for``, ``form_data``, ``texts_shown`` and ``state``:

- ``URL_NAMES`` maps a row's view to its URL name where they differ: the search inside a
  workspace (``workspaces:search``) is the row ``workspace-search``, since ``search`` is
  the portal's search page in the main matrix.
- ``GLOBAL_VIEWS`` have no ``slug``: ``calendar-ics`` (the role's own personal calendar
  address; the anonymous visitor has none and gets a made-up one) and
  ``calendar-reset``. ``kwargs_for`` takes the ``role`` for ``calendar-ics``.
- ``url_of(view, workspace, people, role, slug="")`` gives the whole address (with the
  query of ``workspace-search``), for every row.
- ``body(response)``: calendars fold long lines (RFC 5545); read them unfolded.
"""

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from notifications.models import Subscription
from tests.workspaces.conftest import MEMBER
from workspaces.events import create_event
from workspaces.models import Activity, CalendarFeed, Event, Workspace

EVENT_TITLE = "Steering committee on Zanzibar mutuals"
EVENT_PLACE = "Stone Town, Zanzibar"
SEARCHED = "Zanzibar steering"
MADE_UP_TOKEN = "no-such-calendar-address"

URL_NAMES = {"workspace-search": "search"}
GLOBAL_VIEWS = {"calendar-ics", "calendar-reset"}
VIEWS = {
    "events", "event-create", "event", "event-edit", "event-delete", "events-ics",
    "calendar-ics", "calendar-reset", "workspace-search", "activity", "email-updates",
}  # fmt: skip
CONTENT = [EVENT_TITLE, EVENT_PLACE]


def seed(workspace, people) -> None:
    """Mia Member's event in the workspace (announced as members' events are), and a
    personal calendar address for everyone with an account."""
    start = (timezone.now() + dt.timedelta(days=14)).replace(microsecond=0)
    create_event(
        workspace,
        actor=people[MEMBER],
        values={
            "title": EVENT_TITLE,
            "description": "The pilot's first results, with the health insurance fund.",
            "start": start,
            "end": start + dt.timedelta(hours=3),
            "location": EVENT_PLACE,
            "online_url": "",
        },
    )
    for user in people.values():
        if user is not None:
            CalendarFeed.objects.get_or_create(user=user)


def _event(workspace) -> Event:
    return Event.objects.get(workspace=workspace, title=EVENT_TITLE)


def kwargs_for(view: str, workspace, people, role: str | None = None) -> dict:
    """The URL's arguments beyond ``slug`` (for ``GLOBAL_VIEWS``: all of them)."""
    if view in ("event", "event-edit", "event-delete"):
        return {"pk": _event(workspace).pk}
    if view == "calendar-ics":
        user = people[role] if role else None
        token = CalendarFeed.objects.get(user=user).token if user else MADE_UP_TOKEN
        return {"token": token}
    return {}


def url_of(view: str, workspace, people, role: str | None = None, slug: str = "") -> str:
    kwargs = kwargs_for(view, workspace, people, role)
    if view not in GLOBAL_VIEWS:
        kwargs["slug"] = slug or workspace.slug
    address = reverse(f"workspaces:{URL_NAMES.get(view, view)}", kwargs=kwargs)
    if view == "workspace-search":
        address += f"?q={SEARCHED.replace(' ', '+')}"
    return address


def form_data(view: str, workspace, people) -> dict:
    """The smallest valid form each POST row takes."""
    day = (timezone.now() + dt.timedelta(days=21)).date().isoformat()
    event = {
        "date": day,
        "start_time": "10:00",
        "end_time": "12:30",
        "time_zone": "Africa/Dar_es_Salaam",
        "location": EVENT_PLACE,
    }
    return {
        "event-create": {**event, "title": "Field visit to the Zanzibar mutuals"},
        "event-edit": {**event, "title": "Moved: steering committee on Zanzibar mutuals"},
        "email-updates": {"delivery": "portal"},
    }.get(view, {})


def texts_shown(view: str) -> list[str]:
    """What an "ok" page shows, beyond the workspace's name."""
    return {
        "events": [EVENT_TITLE],
        "event": [EVENT_TITLE, EVENT_PLACE, "Add to my calendar"],
        "event-create": ["Add an event"],
        "event-edit": [EVENT_TITLE, "Save the event"],
        "event-delete": [EVENT_TITLE, "Delete the event"],
        "events-ics": ["BEGIN:VCALENDAR", f"SUMMARY:{EVENT_TITLE}"],
        "calendar-ics": ["BEGIN:VCALENDAR", f"SUMMARY:{EVENT_TITLE}"],
        "workspace-search": ["1 result for", EVENT_TITLE],
        "activity": ["Mia Member", "announced an event", EVENT_TITLE],
        "email-updates": ["Notifications for this workspace", "Save my choice"],
    }.get(view, [])


def state(workspace_id: int) -> tuple:
    """Everything these rows' requests could change."""
    return (
        sorted(
            Event.objects.filter(workspace_id=workspace_id).values_list(
                "pk", "title", "start", "end", "location", "sequence"
            )
        ),
        Activity.objects.filter(workspace_id=workspace_id).count(),
        sorted(
            Subscription.objects.filter(
                content_type=ContentType.objects.get_for_model(Workspace), object_id=workspace_id
            ).values_list("user_id", "delivery")
        ),
        sorted(CalendarFeed.objects.values_list("user_id", "token")),
    )


def body(response) -> str:
    """The response's text; a calendar's folded lines joined again."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8", errors="replace")
    if response.get("Content-Type", "").startswith("text/calendar"):
        text = text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")
    return text
