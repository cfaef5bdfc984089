"""A workspace's events: the form that takes them, and creating, changing and deleting them.

The form asks for a date, a start time, an optional end (time, and day when it ends on
another day) and the time zone those are in (by default ``settings.TIME_ZONE``). The
event is stored with aware datetimes in UTC, and shown in the time zone it was given in,
named ("Africa/Abidjan"), so that everyone reads the time the organisers meant.

A time that does not exist in the zone (the hour skipped when the clocks go forward) is
refused, as is an end before the start. Each change raises the event's ``sequence`` so
that calendar programs update their copy (``calendars.py``).
"""

import datetime as dt
import zoneinfo
from functools import cache

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .activity import record
from .models import Activity, Event, Workspace

PAST_SHOWN = 50  # past events listed on the events page, newest first
# Regions whose zones are offered (the others are aliases kept for old systems).
_REGIONS = {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe"}
_REGIONS |= {"Indian", "Pacific"}


@cache
def zone_names() -> tuple[str, ...]:
    """The time zones a form offers: UTC, then every "Region/City" zone by name."""
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and name.split("/", 1)[0] in _REGIONS
    )
    return ("UTC", *names)


def zone_label(name: str) -> str:
    return name.replace("_", " ")


def default_zone() -> str:
    return settings.TIME_ZONE if settings.TIME_ZONE in zone_names() else "UTC"


def zone_of(event: Event) -> str:
    """The time zone the event was given in (the default one when it is not known)."""
    name = event.time_zone or ""
    return name if name in zone_names() else default_zone()


def localise(events) -> list[Event]:
    """Give each event what its pages show: ``local_start`` and ``local_end`` (naive, in
    the event's own time zone, so that templates do not convert them again),
    ``zone_name`` and ``zone_label``, and ``same_day``."""
    events = list(events)
    for event in events:
        name = zone_of(event)
        zone = zoneinfo.ZoneInfo(name)
        event.zone_name = name
        event.zone_label = zone_label(name)
        event.local_start = event.start.astimezone(zone).replace(tzinfo=None)
        event.local_end = event.end.astimezone(zone).replace(tzinfo=None) if event.end else None
        event.same_day = event.local_end is None or (
            event.local_end.date() == event.local_start.date()
        )
    return events


# --- The form ---------------------------------------------------------------------------


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


def _aware(day: dt.date, time: dt.time, zone: zoneinfo.ZoneInfo) -> dt.datetime | None:
    """``day`` at ``time`` in ``zone``, in UTC; ``None`` when the clocks skip that time."""
    local = dt.datetime.combine(day, time).replace(tzinfo=zone)
    utc = local.astimezone(dt.UTC)
    if utc.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return utc


class EventForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    date = forms.DateField(
        label=_("Date"), widget=DateInput, help_text=_("For example 2026-03-15.")
    )
    start_time = forms.TimeField(
        label=_("Starts at"), widget=TimeInput, help_text=_("For example 09:30.")
    )
    end_time = forms.TimeField(label=_("Ends at"), widget=TimeInput, required=False)
    end_date = forms.DateField(
        label=_("Ends on another day"),
        widget=DateInput,
        required=False,
        help_text=_("Only for an event over several days: the day it ends."),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        help_text=_("The times above are in this time zone; the event is shown in it."),
    )
    location = forms.CharField(
        label=_("Place"),
        max_length=200,
        required=False,
        help_text=_("The town and the building, or leave empty for an online event."),
    )
    online_url = forms.URLField(
        label=_("Link to join online"),
        max_length=500,
        required=False,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The agenda, who it is for, what to prepare."),
    )

    def __init__(self, *args, event: Event | None = None, **kwargs):
        if event is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_for(event)
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [(name, zone_label(name)) for name in zone_names()]
        self.fields["time_zone"].initial = default_zone()

    @staticmethod
    def initial_for(event: Event) -> dict:
        [event] = localise([event])
        initial = {
            "title": event.title,
            "date": event.local_start.date(),
            "start_time": event.local_start.time(),
            "time_zone": event.zone_name,
            "location": event.location,
            "online_url": event.online_url,
            "description": event.description,
        }
        if event.local_end is not None:
            initial["end_time"] = event.local_end.time()
            if not event.same_day:
                initial["end_date"] = event.local_end.date()
        return initial

    def clean(self):
        data = super().clean()
        day, start_time, name = data.get("date"), data.get("start_time"), data.get("time_zone")
        if day is None or start_time is None or not name:
            return data
        zone = zoneinfo.ZoneInfo(name)
        label = zone_label(name)
        start = _aware(day, start_time, zone)
        if start is None:
            self.add_error("start_time", _skipped(label))
            return data
        end = None
        end_time, end_date = data.get("end_time"), data.get("end_date")
        if end_date is not None and end_time is None:
            self.add_error("end_time", _("Please give the time it ends on that day as well."))
            return data
        if end_time is not None:
            end = _aware(end_date or day, end_time, zone)
            if end is None:
                self.add_error("end_time", _skipped(label))
                return data
            if end < start:
                self.add_error("end_time", _("The event cannot end before it starts."))
                return data
        data["start"], data["end"] = start, end
        return data

    def values(self) -> dict:
        """The event's fields, as ``create_event`` and ``update_event`` take them."""
        data = self.cleaned_data
        values = {
            "title": data["title"],
            "description": data["description"],
            "start": data["start"],
            "end": data["end"],
            "location": data["location"],
            "online_url": data["online_url"],
            "time_zone": data["time_zone"],
        }
        return values


def _skipped(zone: str) -> str:
    return _(
        "This time does not exist in %(zone)s on that day: the clocks are put forward. "
        "Please choose another time."
    ) % {"zone": zone}


# --- Changing ---------------------------------------------------------------------------


def create_event(workspace: Workspace, *, actor, values: dict) -> Event:
    """Save a new event and tell the members (an ``EVENT_ADDED`` activity, e-mailed)."""
    with transaction.atomic():
        event = Event.objects.create(workspace=workspace, created_by=actor, **values)
        record(
            workspace,
            actor=actor,
            verb=Activity.Verb.EVENT_ADDED,
            target=event,
            summary=event.title,
            notify=True,
        )
    return event


def update_event(event: Event, *, values: dict) -> bool:
    """Save the changes to an event, raising its ``sequence``; whether anything changed."""
    changed = [name for name, value in values.items() if getattr(event, name) != value]
    if not changed:
        return False
    for name in changed:
        setattr(event, name, values[name])
    event.sequence += 1
    event.updated = timezone.now()
    event.save(update_fields=[*changed, "sequence", "updated"])
    return True


def delete_event(event: Event) -> None:
    event.delete()


# --- Listing ----------------------------------------------------------------------------


def _still_on(now: dt.datetime) -> Q:
    """Events not over at ``now``: ending later, or without an end and starting later."""
    return Q(end__gte=now) | Q(end__isnull=True, start__gte=now)


def upcoming(workspace: Workspace) -> QuerySet:
    """The events not over yet, soonest first."""
    return workspace.events.filter(_still_on(timezone.now())).order_by("start", "pk")


def past(workspace: Workspace) -> QuerySet:
    """The events that are over, the latest first."""
    return workspace.events.exclude(_still_on(timezone.now())).order_by("-start", "-pk")
