"""A workspace's events: members add them in the time zone they think in, the event is
stored in UTC and shown in that zone; its author or a moderator changes or deletes it;
the events page lists what is coming, then what is over, and says how to follow them in
a calendar program. Every wrong value is refused with a clear message and nothing saved."""

import datetime as dt
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from notifications.models import Delivery, Notification, Subscription
from tests.accounts.helpers import input_value, selected_options, textarea_value, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import EventFactory, WorkspaceFactory, add_member
from workspaces.events import zone_names
from workspaces.models import Activity, CalendarFeed, Event, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

UTC = dt.UTC
DASH = "\u2013"  # between the times an event starts and ends
IN_A_MONTH = (timezone.now() + dt.timedelta(days=30)).date()


@pytest.fixture
def workspace(owner, member):
    workspace = WorkspaceFactory(name="Health mutuals of the coast", owner=owner)
    add_member(workspace, member)
    return workspace


def text(response) -> str:
    return visible_text(response)


def url(name: str, workspace, **kwargs) -> str:
    return reverse(f"workspaces:{name}", kwargs={"slug": workspace.slug, **kwargs})


def form(**changes) -> dict:
    data = {
        "title": "Steering committee in Mombasa",
        "date": IN_A_MONTH.isoformat(),
        "start_time": "09:30",
        "end_time": "12:00",
        "end_date": "",
        "time_zone": "Africa/Nairobi",
        "location": "Mombasa, County offices",
        "online_url": "https://meet.example.org/steering",
        "description": "Review of the pilot's first six months.",
    }
    data.update(changes)
    return data


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=UTC)


def events_state(workspace) -> tuple:
    return (
        list(
            Event.objects.filter(workspace=workspace).values_list(
                "title", "start", "end", "location", "online_url", "description", "sequence"
            )
        ),
        Activity.objects.filter(workspace=workspace).count(),
    )


# --- Adding ---------------------------------------------------------------------------------


def test_a_member_adds_an_event_in_their_time_zone_and_it_is_stored_in_utc(
    client, workspace, member, django_capture_on_commit_callbacks
):
    client.force_login(member)

    with django_capture_on_commit_callbacks() as queued:
        response = client.post(url("event-create", workspace), form())

    event = Event.objects.get(workspace=workspace)
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    # 09:30 and 12:00 in Nairobi (UTC+3, no summer time) are 06:30 and 09:00 UTC.
    assert event.start == at(IN_A_MONTH, 6, 30)
    assert event.end == at(IN_A_MONTH, 9)
    assert (event.title, event.location, event.created_by) == (
        "Steering committee in Mombasa",
        "Mombasa, County offices",
        member,
    )
    assert event.sequence == 0
    # The members hear about it: one activity, e-mailed once the change is saved.
    [activity] = Activity.objects.filter(workspace=workspace)
    assert (activity.verb, activity.actor, activity.summary) == (
        Activity.Verb.EVENT_ADDED,
        member,
        "Steering committee in Mombasa",
    )
    assert (activity.target_id, activity.target_type.model) == (event.pk, "event")
    assert len(queued) == 1

    page = text(client.get(response["Location"]))
    assert "The event is added. The members will hear about it." in page
    assert "Mombasa, County offices" in page
    assert "Review of the pilot's first six months." in page


def test_the_followers_who_want_e_mails_are_e_mailed_about_a_new_event(
    client, workspace, member, owner, other_member, mailoutbox, django_capture_on_commit_callbacks
):
    add_member(workspace, other_member)
    Subscription.objects.filter(user=other_member).update(delivery=Delivery.WEEKLY)
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("event-create", workspace), form())

    event = Event.objects.get()
    [message] = mailoutbox
    assert message.to == [owner.email]  # not the author, not who chose no e-mails
    assert message.subject == (
        "[Health mutuals of the coast] Aminata Diallo announced an event: "
        "Steering committee in Mombasa"
    )
    assert f"http://testserver{event.get_absolute_url()}" in message.body
    assert "When: " in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://testserver/en/notifications/unsubscribe/"
    )
    # The other member reads of it in this week's digest.
    [weekly] = Notification.objects.filter(recipient=other_member)
    assert (weekly.update.title, weekly.delivery) == ("Steering committee in Mombasa", "weekly")


def test_the_event_is_shown_in_the_time_zone_it_was_given_in(client, workspace, member):
    client.force_login(member)
    client.post(url("event-create", workspace), form())
    event = Event.objects.get()

    page = text(client.get(event.get_absolute_url()))

    weekday = IN_A_MONTH.strftime("%A")
    assert f"{weekday} " in page
    assert f"09:30{DASH}12:00 (Africa/Nairobi)" in page
    # Changing it starts from the same times, in the same zone.
    edit = client.get(url("event-edit", workspace, pk=event.pk))
    assert input_value(edit, "start_time") == "09:30"
    assert input_value(edit, "end_time") == "12:00"
    assert selected_options(edit, "time_zone") == ["Africa/Nairobi"]


def test_the_form_offers_every_city_zone_and_starts_from_the_portal_s_zone(
    client, workspace, member, settings
):
    client.force_login(member)

    response = client.get(url("event-create", workspace))

    assert selected_options(response, "time_zone") == [settings.TIME_ZONE]
    for name in ("UTC", "Africa/Abidjan", "America/Lima", "Asia/Dhaka", "Pacific/Fiji"):
        assert f'<option value="{name}"' in response.content.decode()
    assert "US/Eastern" not in zone_names()  # old aliases are left out
    assert "Add an event" in text(response)


def test_an_event_over_several_days_ends_on_its_last_day(client, workspace, member):
    client.force_login(member)
    last_day = IN_A_MONTH + dt.timedelta(days=2)

    client.post(
        url("event-create", workspace),
        form(time_zone="UTC", start_time="08:00", end_date=last_day.isoformat(), end_time="17:00"),
    )

    event = Event.objects.get()
    assert (event.start, event.end) == (at(IN_A_MONTH, 8), at(last_day, 17))
    page = text(client.get(event.get_absolute_url()))
    assert f"{last_day.strftime('%A')} " in page
    assert "17:00 (UTC)" in page


def test_an_event_without_an_end_or_a_place(client, workspace, member):
    client.force_login(member)

    client.post(url("event-create", workspace), form(end_time="", location="", time_zone="UTC"))

    event = Event.objects.get()
    assert (event.start, event.end, event.location) == (at(IN_A_MONTH, 9, 30), None, "")
    page = text(client.get(event.get_absolute_url()))
    assert "09:30 (UTC)" in page
    assert "https://meet.example.org/steering" in page


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"end_time": "08:00", "time_zone": "UTC"},
            "end_time",
            "The event cannot end before it starts.",
        ),
        (
            {"end_date": (IN_A_MONTH - dt.timedelta(days=1)).isoformat(), "end_time": "15:00"},
            "end_time",
            "The event cannot end before it starts.",
        ),
        (
            {"end_date": IN_A_MONTH.isoformat(), "end_time": ""},
            "end_time",
            "Please give the time it ends on that day as well.",
        ),
        ({"title": "   "}, "title", "This field is required."),
        ({"date": "15/03/2026"}, "date", "Enter a valid date."),
        ({"date": ""}, "date", "This field is required."),
        ({"start_time": "25:00"}, "start_time", "Enter a valid time."),
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone", "Select a valid choice."),
        ({"online_url": "javascript:alert(1)"}, "online_url", "Enter a valid URL."),
        ({"online_url": "ftp://files.example.org/x"}, "online_url", "Enter a valid URL."),
        ({"title": "x" * 201}, "title", "Ensure this value has at most 200 characters"),
        ({"description": "y" * 5001}, "description", "at most 5000 characters"),
    ],
)
def test_a_wrong_value_is_refused_with_a_clear_message_and_nothing_is_saved(
    client, workspace, member, changes, field, message
):
    client.force_login(member)
    before = events_state(workspace)

    response = client.post(url("event-create", workspace), form(**changes))

    assert response.status_code == 200
    page = text(response)
    assert "Nothing was saved. Please correct the errors below." in page
    assert message in page
    assert 'class="field has-error' in response.content.decode()
    assert events_state(workspace) == before
    # What was typed stays in the form.
    assert unescape(textarea_value(response, "description")) == form(**changes)["description"]


def test_a_time_the_clocks_skip_is_refused(client, workspace, member):
    """In Paris the clocks go from 02:00 to 03:00 on the last Sunday of March 2027."""
    client.force_login(member)

    response = client.post(
        url("event-create", workspace),
        form(date="2027-03-28", start_time="02:30", end_time="04:00", time_zone="Europe/Paris"),
    )

    assert (
        "This time does not exist in Europe/Paris on that day: the clocks are put forward. "
        "Please choose another time." in text(response)
    )
    assert not Event.objects.exists()


def test_summer_time_is_taken_into_account(client, workspace, member):
    client.force_login(member)

    client.post(
        url("event-create", workspace),
        form(date="2027-07-01", start_time="14:00", end_time="15:00", time_zone="America/Santiago"),
    )
    client.post(
        url("event-create", workspace),
        form(date="2027-01-10", start_time="14:00", end_time="15:00", time_zone="America/Santiago"),
    )

    # Chile is UTC-4 in July (winter) and UTC-3 in January (summer).
    starts = sorted(Event.objects.values_list("start", flat=True))
    assert starts == [
        dt.datetime(2027, 1, 10, 17, tzinfo=UTC),
        dt.datetime(2027, 7, 1, 18, tzinfo=UTC),
    ]


@pytest.mark.parametrize("who", ["outsider", "anonymous"])
def test_only_members_add_events(client, workspace, who):
    if who == "outsider":
        client.force_login(UserFactory())

    response = client.post(url("event-create", workspace), form())

    assert not Event.objects.exists()
    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


def test_nobody_adds_an_event_to_an_archived_workspace(client, workspace, member):
    workspace.archived = timezone.now()
    workspace.save()
    client.force_login(member)

    assert client.post(url("event-create", workspace), form()).status_code == 403
    assert not Event.objects.exists()
    assert "Add an event" not in text(client.get(url("events", workspace)))


# --- Changing and deleting ---------------------------------------------------------------------


@pytest.fixture
def event(workspace, member):
    return EventFactory(
        workspace=workspace,
        created_by=member,
        title="Steering committee in Mombasa",
        start=at(IN_A_MONTH, 6, 30),
        end=at(IN_A_MONTH, 9),
        location="Mombasa, County offices",
    )


def test_the_author_moves_the_event_and_calendars_are_told(client, workspace, member, event):
    client.force_login(member)
    uid = event.uid

    response = client.post(
        url("event-edit", workspace, pk=event.pk),
        form(start_time="14:00", end_time="16:30", time_zone="UTC", title="Steering committee"),
    )

    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    event.refresh_from_db()
    assert (event.title, event.start, event.end) == (
        "Steering committee",
        at(IN_A_MONTH, 14),
        at(IN_A_MONTH, 16, 30),
    )
    assert (event.uid, event.sequence) == (uid, 1)
    assert event.updated > event.created
    assert "The event is saved." in text(client.get(response["Location"]))
    # Editing is not news: no activity is recorded.
    assert not Activity.objects.filter(workspace=workspace).exists()


def test_the_edit_form_starts_from_the_event(client, workspace, member, event):
    client.force_login(member)

    response = client.get(url("event-edit", workspace, pk=event.pk))

    zone = event.time_zone
    assert input_value(response, "title") == "Steering committee in Mombasa"
    assert input_value(response, "date") == IN_A_MONTH.isoformat()
    assert input_value(response, "start_time") == "06:30"
    assert input_value(response, "end_time") == "09:00"
    assert input_value(response, "end_date") is None
    assert selected_options(response, "time_zone") == [zone]
    assert "Change “Steering committee in Mombasa”" in text(response)


def test_saving_without_a_change_changes_nothing(client, workspace, member, event):
    client.force_login(member)
    data = form(start_time="06:30", end_time="09:00", time_zone="UTC")
    data.update(title=event.title, location=event.location, description=event.description)
    data["online_url"] = ""

    response = client.post(url("event-edit", workspace, pk=event.pk), data, follow=True)

    event.refresh_from_db()
    assert event.sequence == 0
    assert "Nothing was changed." in text(response)


def test_a_wrong_change_saves_nothing(client, workspace, member, event):
    client.force_login(member)
    before = events_state(workspace)

    response = client.post(
        url("event-edit", workspace, pk=event.pk), form(end_time="05:00", time_zone="UTC")
    )

    assert "The event cannot end before it starts." in text(response)
    assert events_state(workspace) == before


def test_a_moderator_changes_anyone_s_event_another_member_may_not(
    client, workspace, event, other_member
):
    moderator = UserFactory(display_name="Mo Moderator")
    add_member(workspace, moderator, Membership.Role.MODERATOR)
    add_member(workspace, other_member)

    client.force_login(other_member)
    assert client.get(url("event-edit", workspace, pk=event.pk)).status_code == 403
    assert client.post(url("event-edit", workspace, pk=event.pk), form()).status_code == 403
    assert client.post(url("event-delete", workspace, pk=event.pk)).status_code == 403
    page = text(client.get(event.get_absolute_url()))
    assert "Change" not in page.split("Add to my calendar")[1].split("All the events")[0]

    client.force_login(moderator)
    client.post(url("event-edit", workspace, pk=event.pk), form(title="Moved by Mo"))
    event.refresh_from_db()
    assert event.title == "Moved by Mo"


def test_the_author_of_an_event_in_an_archived_workspace_may_not_change_it(
    client, workspace, member, event
):
    Workspace.objects.filter(pk=workspace.pk).update(archived=timezone.now())
    client.force_login(member)

    assert client.post(url("event-edit", workspace, pk=event.pk), form()).status_code == 403
    assert client.post(url("event-delete", workspace, pk=event.pk)).status_code == 403
    assert Event.objects.get().title == "Steering committee in Mombasa"


def test_an_event_is_found_only_under_its_own_workspace(client, workspace, member, owner):
    elsewhere = WorkspaceFactory(name="Another place", owner=owner)
    other = EventFactory(workspace=elsewhere, created_by=member, title="Elsewhere")
    add_member(elsewhere, member)
    client.force_login(member)

    for name in ("event", "event-edit", "event-delete"):
        assert client.get(url(name, workspace, pk=other.pk)).status_code == 404
    assert client.post(url("event-delete", workspace, pk=other.pk)).status_code == 404
    assert Event.objects.filter(pk=other.pk).exists()


def test_deleting_asks_first_then_deletes(client, workspace, member, event):
    client.force_login(member)

    confirm = client.get(url("event-delete", workspace, pk=event.pk))
    assert "Delete “Steering committee in Mombasa”" in text(confirm)
    assert "Deleting the event cannot be undone." in text(confirm)
    assert Event.objects.exists()

    response = client.post(url("event-delete", workspace, pk=event.pk))

    assert response.status_code == 302
    assert response["Location"] == url("events", workspace)
    assert not Event.objects.exists()
    page = text(client.get(response["Location"]))
    assert "The event “Steering committee in Mombasa” is deleted." in page
    assert "No event is planned yet." in page


# --- The events page and one event's page ---------------------------------------------------------


def test_the_events_page_lists_what_is_coming_then_what_is_over(
    client, workspace, member, django_assert_max_num_queries
):
    now = timezone.now()
    EventFactory(workspace=workspace, title="Validation workshop", start=now + dt.timedelta(days=9))
    EventFactory(workspace=workspace, title="Kick-off meeting", start=now + dt.timedelta(days=2))
    EventFactory(
        workspace=workspace,
        title="Under way now",
        start=now - dt.timedelta(hours=1),
        end=now + dt.timedelta(hours=1),
    )
    EventFactory(
        workspace=workspace,
        title="Baseline launch",
        start=now - dt.timedelta(days=30),
        end=now - dt.timedelta(days=30) + dt.timedelta(hours=2),
    )
    EventFactory(
        workspace=workspace, title="Deadline passed", start=now - dt.timedelta(days=3), end=None
    )
    client.force_login(member)

    with django_assert_max_num_queries(12):
        response = client.get(url("events", workspace))

    page = text(response)
    coming, over = page.split("Coming up")[1].split("Past events")
    assert coming.index("Under way now") < coming.index("Kick-off meeting")
    assert coming.index("Kick-off meeting") < coming.index("Validation workshop")
    assert over.index("Deadline passed") < over.index("Baseline launch")
    assert "Kick-off meeting" not in over
    assert "Add an event" in page


def test_the_events_page_costs_the_same_for_3_or_30_events(
    client, workspace, member, django_assert_num_queries
):
    client.force_login(member)
    for n in range(3):
        EventFactory(workspace=workspace, title=f"Meeting {n}")
    client.get(url("events", workspace))  # warm caches (content types, session)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url("events", workspace))
    for n in range(27):
        EventFactory(workspace=workspace, title=f"Later meeting {n}")

    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url("events", workspace))

    assert "Later meeting 26" in text(response)


def test_a_public_workspace_gives_its_calendar_address_to_everyone(client, workspace):
    response = client.get(url("events", workspace))

    page = text(response)
    address = f"http://testserver{url('events-ics', workspace)}"
    assert address in page
    assert f'href="webcal://testserver{url("events-ics", workspace)}"' in response.content.decode()
    assert "Get my calendar address" not in page  # anonymous visitors have none


def test_a_signed_in_reader_gets_a_personal_address_then_may_renew_it(client, workspace, member):
    workspace.visibility = Workspace.Visibility.MEMBERS
    workspace.save()
    client.force_login(member)

    first = client.get(url("events", workspace))
    assert "Get my calendar address" in text(first)
    assert url("events-ics", workspace) not in first.content.decode()  # not public
    assert "private" in first["Cache-Control"]

    response = client.post(
        reverse("workspaces:calendar-reset"), {"next": url("events", workspace)}, follow=True
    )

    feed = CalendarFeed.objects.get(user=member)
    page = text(response)
    assert "Your personal calendar address is ready." in page
    assert f"http://testserver{feed.get_absolute_url()}" in page
    assert "Make a new address" in page
    assert "Keep this address to yourself" in page
    assert "private" in response["Cache-Control"]


def test_the_event_page_says_when_where_and_how_to_add_it_to_a_calendar(
    client, workspace, member, event
):
    event.online_url = "https://meet.example.org/steering"
    event.description = "Agenda: the pilot.\nBring the figures, see https://example.org/figures"
    event.save()

    response = client.get(event.get_absolute_url())

    page = text(response)
    html = response.content.decode()
    assert "Steering committee in Mombasa" in page
    assert "When" in page and f"06:30{DASH}09:00 (UTC)" in page
    assert "Where Mombasa, County offices" in page
    assert '<a href="https://meet.example.org/steering" rel="nofollow noopener noreferrer">' in html
    assert "Bring the figures" in page
    assert f'href="{url("events-ics", workspace)}?event={event.pk}"' in html
    assert "Add to my calendar" in page
    # An anonymous visitor of a public workspace may neither change nor delete it.
    assert url("event-edit", workspace, pk=event.pk) not in html
    assert url("event-delete", workspace, pk=event.pk) not in html


def test_a_description_cannot_carry_markup(client, workspace, member, event):
    event.description = '<script>alert("x")</script><a href="javascript:evil()">click</a>'
    event.save()

    html = client.get(event.get_absolute_url()).content.decode()

    assert "<script>alert" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;" in html


def test_a_past_event_says_so(client, workspace, event):
    Event.objects.filter(pk=event.pk).update(
        start=timezone.now() - dt.timedelta(days=2), end=timezone.now() - dt.timedelta(days=2)
    )

    assert "This event is over." in text(client.get(event.get_absolute_url()))


def test_the_pages_of_a_workspace_not_public_are_not_kept_by_shared_caches(
    client, workspace, member, event
):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.MEMBERS)
    client.force_login(member)

    for address in (
        event.get_absolute_url(),
        url("event-edit", workspace, pk=event.pk),
        url("event-create", workspace),
    ):
        assert "private" in client.get(address)["Cache-Control"], address
