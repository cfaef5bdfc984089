"""A workspace's events: the list (upcoming, then past), one event, adding, changing and
deleting one, and the iCalendar addresses: the workspace's own (``events.ics``, read
like its pages) and each member's personal one (a secret token, no session).

Every view of one workspace goes through ``workspace_view``; events are always looked
up within the workspace of the URL, and changing one is ``workspaces.change_content``.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import calendars
from .events import PAST_SHOWN, EventForm, create_event, delete_event, localise, update_event
from .events import past as past_events
from .events import upcoming as upcoming_events
from .models import CalendarFeed, Event, Workspace, new_token
from .views_workspace import (
    _private_if_not_public,
    _sign_in,
    render_in,
    workspace_view,
)

FORM_METHODS = ["GET", "HEAD", "POST"]


def _event(request, workspace: Workspace, pk: int, perm: str | None = None) -> Event:
    """The event ``pk`` of ``workspace`` (never of another), if the visitor has ``perm``."""
    event = get_object_or_404(Event, workspace=workspace, pk=pk)
    event.workspace = workspace
    if perm and not request.user.has_perm(perm, event):
        raise PermissionDenied
    return event


def _webcal(address: str) -> str:
    """The same address for calendar programs (``webcal://``), which subscribe to it."""
    return "webcal://" + address.split("://", 1)[-1]


# --- Reading ----------------------------------------------------------------------------


@require_safe
@workspace_view()
def index(request, workspace):
    upcoming = localise(upcoming_events(workspace))
    past_list = list(past_events(workspace)[: PAST_SHOWN + 1])
    context = {
        "upcoming": upcoming,
        "past": localise(past_list[:PAST_SHOWN]),
        "more_past": len(past_list) > PAST_SHOWN,
        "can_add": request.user.has_perm("workspaces.contribute", workspace),
    }
    if workspace.visibility == Workspace.Visibility.PUBLIC:
        address = request.build_absolute_uri(_calendar_path(workspace))
        context["public_feed"] = {"url": address, "webcal": _webcal(address)}
    if request.user.is_authenticated:
        feed = CalendarFeed.objects.filter(user=request.user).first()
        if feed is not None:
            address = request.build_absolute_uri(feed.get_absolute_url())
            context["personal_feed"] = {"url": address, "webcal": _webcal(address)}
    response = render_in(request, workspace, "events", "workspaces/events/index.html", context)
    if request.user.is_authenticated:
        # The personal address is a secret: no shared cache may keep the page.
        patch_cache_control(response, private=True)
    return response


def _calendar_path(workspace: Workspace) -> str:
    return reverse("workspaces:events-ics", kwargs={"slug": workspace.slug})


@require_safe
@workspace_view()
def detail(request, workspace, pk):
    event = _event(request, workspace, pk)
    [event] = localise([event])
    context = {
        "event": event,
        "can_change": request.user.has_perm("workspaces.change_content", event),
        "can_delete": request.user.has_perm("workspaces.delete_content", event),
        "ics_url": f"{_calendar_path(workspace)}?event={event.pk}",
        "is_past": (event.end or event.start) < timezone.now(),
    }
    return render_in(request, workspace, "events", "workspaces/events/event.html", context)


# --- Changing ---------------------------------------------------------------------------


@require_http_methods(FORM_METHODS)
@workspace_view("workspaces.contribute")
def create(request, workspace):
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        event = create_event(workspace, actor=request.user, values=form.values())
        messages.success(request, _("The event is added. The members will hear about it."))
        return redirect(event.get_absolute_url())
    return render_in(
        request, workspace, "events", "workspaces/events/form.html", {"form": form, "event": None}
    )


@require_http_methods(FORM_METHODS)
@workspace_view()
def edit(request, workspace, pk):
    if not request.user.is_authenticated:
        return _sign_in(request, workspace)
    event = _event(request, workspace, pk, "workspaces.change_content")
    form = EventForm(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        if update_event(event, values=form.values()):
            messages.success(request, _("The event is saved."))
        else:
            messages.info(request, _("Nothing was changed."))
        return redirect(event.get_absolute_url())
    return render_in(
        request, workspace, "events", "workspaces/events/form.html", {"form": form, "event": event}
    )


@require_http_methods(FORM_METHODS)
@workspace_view()
def delete(request, workspace, pk):
    if not request.user.is_authenticated:
        return _sign_in(request, workspace)
    event = _event(request, workspace, pk, "workspaces.delete_content")
    if request.method == "POST":
        title = event.title
        delete_event(event)
        messages.success(request, _("The event “%(title)s” is deleted.") % {"title": title})
        return redirect("workspaces:events", slug=workspace.slug)
    [event] = localise([event])
    return render_in(
        request, workspace, "events", "workspaces/events/delete.html", {"event": event}
    )


# --- iCalendar --------------------------------------------------------------------------


def _ics(calendar, filename: str, attachment: bool = False) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_safe
@workspace_view()
def workspace_calendar(request, workspace):
    """The workspace's events from 90 days back, or with ``?event=<id>`` that one event
    (the "Add to my calendar" file)."""
    events = workspace.events.all()
    one = request.GET.get("event", "")
    if one:
        if not one.isdigit():
            raise Http404
        events = [_event(request, workspace, int(one))]
        filename = f"event-{one}.ics"
    else:
        events = events.filter(calendars.window()).order_by("start", "pk")
        filename = f"{workspace.slug}.ics"
    response = _ics(calendars.workspace_calendar(workspace, events), filename, attachment=bool(one))
    return _private_if_not_public(response, workspace)


@require_safe
def personal_calendar(request, token):
    """A member's own calendar address: no session (calendar programs cannot sign in);
    the token stands for the member, and what it shows is checked at every fetch."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    response = _ics(calendars.personal_calendar(feed.user), "workspaces.ics")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@login_required
@require_POST
def calendar_reset(request):
    """Make the member's personal calendar address, or a new one that turns the old off."""
    feed, created = CalendarFeed.objects.get_or_create(user=request.user)
    if created:
        messages.success(
            request,
            _("Your personal calendar address is ready. Add it to your calendar program."),
        )
    else:
        feed.token = new_token()
        feed.created = timezone.now()
        feed.save(update_fields=["token", "created"])
        messages.success(
            request,
            _(
                "Your personal calendar address is new: the old one no longer works. "
                "Give the new one to your calendar program."
            ),
        )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = ""
    return redirect(back or "workspaces:index")
