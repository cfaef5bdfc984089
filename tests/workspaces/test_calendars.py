"""iCalendar addresses: a workspace's own ``events.ics`` (read like its pages) and each
member's personal address (a secret token, no session) carrying the events of the
workspaces they are a member of at the moment their calendar program fetches it."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import EventFactory, WorkspaceFactory, add_member
from workspaces import membership
from workspaces.models import CalendarFeed, Event, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

UTC = dt.UTC
SOON = (timezone.now() + dt.timedelta(days=10)).replace(microsecond=0, second=0)


@pytest.fixture
def public(owner, member, other_member):
    workspace = WorkspaceFactory(name="Open observatory", slug="open-observatory", owner=owner)
    add_member(workspace, member)
    add_member(workspace, other_member)
    return workspace


@pytest.fixture
def closed(owner, member):
    workspace = WorkspaceFactory(
        name="Closed cell", slug="closed-cell", visibility=Workspace.Visibility.PRIVATE, owner=owner
    )
    add_member(workspace, member)
    return workspace


@pytest.fixture
def open_event(public, owner):
    return EventFactory(
        workspace=public,
        created_by=owner,
        title="Open webinar on mutuals",
        description="Who joins, who pays.",
        start=SOON,
        end=SOON + dt.timedelta(hours=2),
        location="Dakar",
        online_url="https://meet.example.org/mutuals",
    )


@pytest.fixture
def secret_event(closed, owner):
    return EventFactory(
        workspace=closed, created_by=owner, title="Closed strategy meeting", start=SOON, end=None
    )


def parse(response) -> Calendar:
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def titles(calendar: Calendar) -> list[str]:
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def ics_url(workspace) -> str:
    return reverse("workspaces:events-ics", kwargs={"slug": workspace.slug})


def personal_url(user) -> str:
    feed, _ = CalendarFeed.objects.get_or_create(user=user)
    return feed.get_absolute_url()


# --- A workspace's own calendar --------------------------------------------------------------


def test_a_public_workspace_s_calendar_for_anyone(client, public, open_event):
    response = client.get(ics_url(public))

    calendar = parse(response)
    assert str(calendar["X-WR-CALNAME"]) == "Open observatory · events"
    assert str(calendar["NAME"]) == "Open observatory · events"
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"{open_event.uid}@testserver"
    assert int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART") == SOON.astimezone(UTC)
    assert event.decoded("DTEND") == (SOON + dt.timedelta(hours=2)).astimezone(UTC)
    assert event.decoded("DTSTART").tzinfo is not None
    assert "DTSTAMP" in event
    assert str(event["SUMMARY"]) == "Open webinar on mutuals"
    assert str(event["LOCATION"]) == "Dakar"
    page = f"http://testserver{open_event.get_absolute_url()}"
    assert str(event["URL"]) == page
    description = str(event["DESCRIPTION"])
    assert description.startswith("Open observatory\n\nWho joins, who pays.")
    assert "Join online: https://meet.example.org/mutuals" in description
    assert description.endswith(page)
    assert b"DTSTART:" in response.content and b"Z\r\n" in response.content  # in UTC
    assert "private" not in response.get("Cache-Control", "")


def test_an_online_event_gives_its_link_as_its_place(client, public, open_event):
    Event.objects.filter(pk=open_event.pk).update(location="")

    [event] = parse(client.get(ics_url(public))).walk("VEVENT")

    assert str(event["LOCATION"]) == "https://meet.example.org/mutuals"


def test_the_calendar_goes_back_90_days_only(client, public, open_event):
    now = timezone.now()
    EventFactory(workspace=public, title="Last month", start=now - dt.timedelta(days=30))
    EventFactory(workspace=public, title="Two years ago", start=now - dt.timedelta(days=730))
    EventFactory(
        workspace=public,
        title="Long course still on",
        start=now - dt.timedelta(days=120),
        end=now + dt.timedelta(days=2),
    )

    found = titles(parse(client.get(ics_url(public))))

    assert sorted(found) == ["Last month", "Long course still on", "Open webinar on mutuals"]


def test_a_changed_event_keeps_its_uid_and_raises_its_sequence(client, public, owner, open_event):
    client.force_login(owner)
    client.post(
        reverse("workspaces:event-edit", kwargs={"slug": public.slug, "pk": open_event.pk}),
        {
            "title": "Open webinar on mutuals (moved)",
            "date": SOON.date().isoformat(),
            "start_time": "15:00",
            "end_time": "16:00",
            "time_zone": "UTC",
            "location": "Dakar",
        },
    )

    [event] = parse(Client().get(ics_url(public))).walk("VEVENT")

    assert str(event["UID"]) == f"{open_event.uid}@testserver"
    assert int(event["SEQUENCE"]) == 1
    assert str(event["SUMMARY"]) == "Open webinar on mutuals (moved)"
    assert event.decoded("DTSTART") == dt.datetime.combine(SOON.date(), dt.time(15), UTC)


def test_add_to_my_calendar_gives_the_one_event(client, public, open_event):
    EventFactory(workspace=public, title="Another event")

    response = client.get(f"{ics_url(public)}?event={open_event.pk}")

    assert titles(parse(response)) == ["Open webinar on mutuals"]
    assert response["Content-Disposition"] == f'attachment; filename="event-{open_event.pk}.ics"'


@pytest.mark.parametrize("value", ["abc", "-1", "999999", "99999999999999999999999", "1.0"])
def test_add_to_my_calendar_of_an_unknown_event_is_not_found(client, public, value):
    assert client.get(f"{ics_url(public)}?event={value}").status_code == 404


def test_add_to_my_calendar_never_gives_another_workspace_s_event(client, public, secret_event):
    response = client.get(f"{ics_url(public)}?event={secret_event.pk}")

    assert response.status_code == 404
    assert b"Closed strategy meeting" not in response.content


def test_a_members_only_calendar_needs_a_signed_in_reader(client, public, open_event, member):
    Workspace.objects.filter(pk=public.pk).update(visibility=Workspace.Visibility.MEMBERS)

    anonymous = client.get(ics_url(public))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("account_login"))

    client.force_login(member)  # not a member, but signed in: portal members may read it
    response = client.get(ics_url(public))
    assert titles(parse(response)) == ["Open webinar on mutuals"]
    assert "private" in response["Cache-Control"]


def test_a_private_calendar_is_not_found_for_outsiders(client, closed, secret_event):
    client.force_login(UserFactory())

    response = client.get(ics_url(closed))

    assert response.status_code == 404
    assert b"Closed" not in response.content


# --- The personal calendar ---------------------------------------------------------------------


def test_a_member_gets_an_address_and_their_calendar_program_reads_it_without_signing_in(
    client, member, public, closed, open_event, secret_event
):
    client.force_login(member)
    response = client.post(
        reverse("workspaces:calendar-reset"),
        {"next": reverse("workspaces:events", kwargs={"slug": closed.slug})},
    )
    feed = CalendarFeed.objects.get(user=member)
    assert response["Location"] == reverse("workspaces:events", kwargs={"slug": closed.slug})

    program = Client()  # no session
    answer = program.get(feed.get_absolute_url())

    calendar = parse(answer)
    assert sorted(titles(calendar)) == ["Closed strategy meeting", "Open webinar on mutuals"]
    assert str(calendar["X-WR-CALNAME"]) == "GESS · events of your workspaces"
    assert answer["Cache-Control"] == "private, no-store"
    assert "noindex" in answer["X-Robots-Tag"]
    [secret] = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith("Closed")]
    assert str(secret["DESCRIPTION"]).startswith("Closed cell")  # it names its workspace
    assert "DTEND" not in secret


def test_a_private_workspace_never_reaches_another_s_calendar(
    member, other_member, public, closed, open_event, secret_event
):
    answer = Client().get(personal_url(other_member))

    assert titles(parse(answer)) == ["Open webinar on mutuals"]
    assert b"Closed" not in answer.content


def test_a_calendar_carries_one_s_own_workspaces_only(public, closed, open_event, secret_event):
    """Not every workspace one may read: a site administrator, or a member of no
    workspace, gets an empty calendar until they join one."""
    from django.contrib.auth.models import Group

    from accounts import roles

    admin = UserFactory()
    admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    reader = UserFactory()

    assert titles(parse(Client().get(personal_url(admin)))) == []
    assert titles(parse(Client().get(personal_url(reader)))) == []
    add_member(public, reader)
    assert titles(parse(Client().get(personal_url(reader)))) == ["Open webinar on mutuals"]


def test_a_removed_member_s_calendar_loses_the_workspace_at_once(
    member, owner, closed, secret_event
):
    address = personal_url(member)
    assert titles(parse(Client().get(address))) == ["Closed strategy meeting"]

    membership.remove_member(Membership.objects.get(workspace=closed, user=member), by=owner)

    answer = Client().get(address)
    assert titles(parse(answer)) == []
    assert b"Closed" not in answer.content


def test_a_member_who_leaves_loses_it_too(client, member, closed, secret_event):
    address = personal_url(member)
    client.force_login(member)

    client.post(reverse("workspaces:leave", kwargs={"slug": closed.slug}))

    assert not Membership.objects.filter(workspace=closed, user=member).exists()
    assert titles(parse(Client().get(address))) == []


def test_a_new_address_turns_the_old_one_off(client, member, closed, secret_event):
    old = personal_url(member)
    client.force_login(member)
    back = reverse("workspaces:events", kwargs={"slug": closed.slug})

    response = client.post(reverse("workspaces:calendar-reset"), {"next": back}, follow=True)

    new = CalendarFeed.objects.get(user=member).get_absolute_url()
    assert new != old
    assert Client().get(old).status_code == 404
    assert titles(parse(Client().get(new))) == ["Closed strategy meeting"]
    page = visible_text(response)
    assert "Your personal calendar address is new: the old one no longer works." in page
    assert f"http://testserver{new}" in page
    assert f"http://testserver{old}" not in page


def test_renewing_goes_back_only_to_the_portal(client, member):
    client.force_login(member)

    response = client.post(
        reverse("workspaces:calendar-reset"), {"next": "https://evil.example.com/"}
    )

    assert response["Location"] == reverse("workspaces:index")


def test_renewing_needs_a_signed_in_member(client):
    response = client.post(reverse("workspaces:calendar-reset"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not CalendarFeed.objects.exists()
    assert client.get(reverse("workspaces:calendar-reset")).status_code in (302, 405)


def test_an_unknown_address_is_not_found(client, member):
    personal_url(member)

    response = client.get(reverse("workspaces:calendar-ics", kwargs={"token": "made-up-token"}))

    assert response.status_code == 404


def test_a_deactivated_account_s_address_stops_working(member, closed, secret_event):
    address = personal_url(member)
    member.is_active = False
    member.save()

    response = Client().get(address)

    assert response.status_code == 404
    assert b"Closed strategy meeting" not in response.content


def test_the_calendar_is_written_in_the_member_s_language(member, public, open_event):
    member.language = "fr"
    member.save()

    calendar = parse(Client().get(personal_url(member)))

    [event] = calendar.walk("VEVENT")
    assert "/fr/workspaces/" in str(event["URL"])


def test_the_personal_calendar_costs_the_same_for_2_or_20_events(
    member, public, closed, django_assert_num_queries
):
    address = personal_url(member)
    for n in range(2):
        EventFactory(workspace=closed if n % 2 else public, title=f"Event {n}")
    client = Client()
    client.get(address)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(address)
    for n in range(18):
        EventFactory(workspace=closed if n % 2 else public, title=f"More {n}")

    with django_assert_num_queries(len(few.captured_queries)):
        answer = client.get(address)

    assert len(titles(parse(answer))) == 20
