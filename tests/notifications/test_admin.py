"""The outbox in the Django admin: what each e-mail's state is, why it failed, and the
action that sends it again; read-only, and only for those allowed."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone

from notifications import outbox
from notifications.models import OutboxMessage
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory

State = OutboxMessage.State
LIST = "/django-admin/notifications/outboxmessage/"
pytestmark = pytest.mark.django_db


@pytest.fixture
def workspace(db):
    return WorkspaceFactory(name="Health mutuals in Benin", slug="health-mutuals-benin")


@pytest.fixture
def superuser_client(client):
    admin = UserFactory(email="root@example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    return client


def staff_client(client, *codenames):
    staff = UserFactory(email="staff@example.org", is_staff=True)
    staff.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="notifications", codename__in=codenames)
    )
    client.force_login(staff)
    return client


def owed(workspace, follow, notify, count: int = 3) -> list[OutboxMessage]:
    """``count`` e-mails owed to followers of ``workspace``: one sent, one failed, the rest
    waiting."""
    for n in range(count):
        person = UserFactory(email=f"follower{n}@example.org", display_name=f"Follower {n}")
        follow(person, workspace)
    notify(workspace, title="Radio spots did little")
    messages = list(OutboxMessage.objects.order_by("recipient__email"))
    OutboxMessage.objects.filter(pk=messages[0].pk).update(
        state=State.SENT, attempts=1, sent_at=timezone.now(), subject="Radio spots did little"
    )
    OutboxMessage.objects.filter(pk=messages[1].pk).update(
        state=State.FAILED,
        attempts=outbox.MAX_ATTEMPTS,
        last_error="SMTPRecipientsRefused: {'follower1@example.org': (451, b'Try again later')}",
    )
    return messages


def rows(response) -> list[str]:
    """The changelist's rows, as text."""
    html = response.content.decode()
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return [
        " ".join(re.sub(r"<[^>]+>", " ", row).split())
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    ]


def test_the_list_shows_each_emails_state_attempts_and_last_error(
    superuser_client, workspace, follow, notify
):
    owed(workspace, follow, notify)

    response = superuser_client.get(LIST)

    listed = rows(response)
    assert len(listed) == 3
    by_recipient = {
        name: next(row for row in listed if name in row)
        for name in ("Follower 0", "Follower 1", "Follower 2")
    }
    assert " sent 1 " in by_recipient["Follower 0"]
    assert "Radio spots did little" in by_recipient["Follower 0"]
    assert " failed 8 " in by_recipient["Follower 1"]
    assert "SMTPRecipientsRefused" in by_recipient["Follower 1"]
    assert " waiting 0 " in by_recipient["Follower 2"]


def test_the_list_filters_by_state(superuser_client, workspace, follow, notify):
    owed(workspace, follow, notify)

    listed = rows(superuser_client.get(LIST, {"state__exact": "failed"}))

    assert len(listed) == 1
    assert "Follower 1" in listed[0] and " failed 8 " in listed[0]
    assert "SMTPRecipientsRefused" in listed[0]


def test_the_list_costs_the_same_queries_for_one_or_many_emails(
    superuser_client, workspace, follow, notify, django_assert_max_num_queries
):
    owed(workspace, follow, notify, count=2)
    with django_assert_max_num_queries(50) as few:
        superuser_client.get(LIST)
    owed(workspace, follow, notify, count=30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = superuser_client.get(LIST)

    assert len(rows(response)) == 32


def test_sending_a_failed_email_again_delivers_it(
    superuser_client, workspace, follow, notify, django_capture_on_commit_callbacks
):
    failed = owed(workspace, follow, notify)[1]

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            LIST, {"action": "resend", "_selected_action": [failed.pk]}, follow=True
        )

    assert "1 e-mail will be sent again." in response.content.decode()
    [sent] = mail.outbox
    assert sent.to == ["follower1@example.org"]
    assert sent.subject.endswith("Radio spots did little")
    failed.refresh_from_db()
    assert (failed.state, failed.attempts, failed.to_address) == (
        State.SENT,
        1,
        "follower1@example.org",
    )


def test_staff_without_the_permission_cannot_see_the_outbox(client, workspace, follow, notify):
    owed(workspace, follow, notify)
    staff = staff_client(client)

    response = staff.get(LIST)

    assert response.status_code == 403
    assert "Follower" not in response.content.decode()
    assert "Outgoing e-mails" not in staff.get("/django-admin/").content.decode()


def test_staff_who_may_only_view_read_the_list_but_cannot_resend(
    client, workspace, follow, notify, django_capture_on_commit_callbacks
):
    failed = owed(workspace, follow, notify)[1]
    viewer = staff_client(client, "view_outboxmessage")

    page = viewer.get(LIST).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        viewer.post(LIST, {"action": "resend", "_selected_action": [failed.pk]})

    assert "SMTPRecipientsRefused" in page
    assert "Send the selected e-mails again" not in page
    assert mail.outbox == []
    failed.refresh_from_db()
    assert failed.state == State.FAILED


def test_the_outbox_is_read_only(superuser_client, workspace, follow, notify):
    message = owed(workspace, follow, notify)[1]

    listing = superuser_client.get(LIST).content.decode()
    page = superuser_client.get(f"{LIST}{message.pk}/change/")
    add = superuser_client.get(f"{LIST}add/")
    delete = superuser_client.post(f"{LIST}{message.pk}/delete/", {"post": "yes"})

    assert f'href="{LIST}add/"' not in listing
    assert "Delete selected" not in listing
    html = page.content.decode()
    assert page.status_code == 200
    assert "SMTPRecipientsRefused" in html
    assert 'name="_save"' not in html
    assert add.status_code == 403
    assert delete.status_code == 403
    assert OutboxMessage.objects.filter(pk=message.pk, state=State.FAILED).exists()
