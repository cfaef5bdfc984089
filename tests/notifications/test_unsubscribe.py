"""One-click unsubscribe (/<lang>/notifications/unsubscribe/<token>/): no sign-in, a GET
that only asks, a POST (the page's button or RFC 8058's one-click) that stops the e-mails
and keeps the notifications in the portal."""

import pytest
from django.test import Client

from notifications import emails, tokens
from notifications.models import Delivery, Notification, OutboxMessage, Preferences, Subscription
from notifications.publish import publish
from tests.factories import UserFactory
from tests.notifications.test_centre import VERB, followable_workspaces  # noqa: F401
from tests.workspaces.factories import PostFactory, WorkspaceFactory

pytestmark = pytest.mark.django_db

ONE_CLICK = "List-Unsubscribe=One-Click"
FORM = "application/x-www-form-urlencoded"


def address(user, scope: str) -> str:
    return f"/en/notifications/unsubscribe/{tokens.make(user.pk, scope)}/"


@pytest.fixture
def workspace(db):
    return WorkspaceFactory(name="Mutuals of Benin")


@pytest.fixture
def subscription(member, workspace):
    Subscription.objects.filter(user=member).delete()
    return Subscription.objects.create(user=member, target=workspace, delivery=Delivery.INSTANT)


def delivery(subscription) -> str:
    subscription.refresh_from_db()
    return subscription.delivery


def test_get_asks_and_changes_nothing(client, subscription):
    response = client.get(address(subscription.user, f"sub:{subscription.pk}"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Stop receiving: E-mails about the workspace “Mutuals of Benin”." in html
    assert "You will still see these updates in your notifications on the portal." in html
    assert '<form method="post">' in html
    assert '<button type="submit">Unsubscribe</button>' in html
    assert "no-store" in response["Cache-Control"]
    assert delivery(subscription) == "instant"


def test_the_button_stops_the_emails_and_keeps_the_notifications(subscription, workspace):
    publish(verb=VERB, title="Kept", source=workspace, target=PostFactory(workspace=workspace))
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(address(subscription.user, f"sub:{subscription.pk}"))

    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "Done: you will no longer receive this: E-mails about the workspace “Mutuals of Benin”."
        in html
    )
    assert "You still see these updates in your notifications on the portal." in html
    assert 'href="/en/notifications/preferences/"' in html
    assert delivery(subscription) == "portal"
    assert Notification.objects.filter(recipient=subscription.user, update__title="Kept").exists()


def test_one_click_post_without_csrf_token(subscription):
    mail_program = Client(enforce_csrf_checks=True)

    response = mail_program.post(
        address(subscription.user, f"sub:{subscription.pk}"), ONE_CLICK, content_type=FORM
    )

    assert response.status_code == 200
    assert delivery(subscription) == "portal"


def test_the_link_of_a_real_email_unsubscribes_in_one_click(member, subscription, workspace):
    publish(
        verb=VERB,
        title="Premiums after the harvest",
        source=workspace,
        target=PostFactory(workspace=workspace),
    )
    message = OutboxMessage.objects.get(recipient=member)
    email = emails.build(message)
    link = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert email.extra_headers["List-Unsubscribe-Post"] == ONE_CLICK
    assert link.startswith("http://testserver/en/notifications/unsubscribe/")

    response = Client(enforce_csrf_checks=True).post(link, ONE_CLICK, content_type=FORM)

    assert response.status_code == 200
    assert delivery(subscription) == "portal"


def test_twice_is_harmless(subscription):
    link = address(subscription.user, f"sub:{subscription.pk}")
    Client().post(link)

    html = Client().post(link).content.decode()

    assert "This was already stopped: E-mails about the workspace “Mutuals of Benin”." in html
    assert delivery(subscription) == "portal"


@pytest.mark.parametrize(
    "spoil",
    [
        lambda token: token[:-3],  # cut short when copied
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),  # altered
        lambda token: "not-a-token",
        lambda token: tokens.make(999999, "all"),  # signed, but names nobody
    ],
)
def test_bad_tokens_get_a_friendly_400(client, subscription, spoil):
    token = spoil(tokens.make(subscription.user.pk, f"sub:{subscription.pk}"))
    link = f"/en/notifications/unsubscribe/{token}/"

    for response in (
        client.get(link),
        Client(enforce_csrf_checks=True).post(link, ONE_CLICK, content_type=FORM),
    ):
        html = response.content.decode()
        assert response.status_code == 400
        assert "<h1>This unsubscribe link is not valid</h1>" in html
        assert "Nothing was changed." in html
        assert 'href="/en/notifications/preferences/"' in html
    assert delivery(subscription) == "instant"


def test_the_token_of_a_deleted_subscription_or_account_is_not_valid(client, subscription):
    link = address(subscription.user, f"sub:{subscription.pk}")
    subscription.delete()
    assert client.get(link).status_code == 400

    leaver = UserFactory(email="leaver@example.org")
    link = address(leaver, "all")
    leaver.delete()
    response = client.post(link, ONE_CLICK, content_type=FORM)
    assert response.status_code == 400
    assert "This unsubscribe link is not valid" in response.content.decode()


def test_direct_scope_stops_mention_and_reply_emails(client, member):
    link = address(member, "direct")
    assert "Stop receiving: E-mails when someone mentions you or answers you." in (
        client.get(link).content.decode()
    )

    client.post(link)

    assert Preferences.for_user(member).direct == "portal"


def test_daily_scope_stops_the_daily_digest_only(client, member):
    daily = Subscription.objects.create(
        user=member, target=WorkspaceFactory(name="Daily"), delivery=Delivery.DAILY
    )
    weekly = Subscription.objects.create(
        user=member, target=WorkspaceFactory(name="Weekly"), delivery=Delivery.WEEKLY
    )
    link = address(member, "daily")
    assert "Stop receiving: The daily digest." in client.get(link).content.decode()

    client.post(link)

    assert (delivery(daily), delivery(weekly)) == ("portal", "weekly")


def test_weekly_scope_stops_the_weekly_digest(client, member):
    weekly = Subscription.objects.create(
        user=member, target=WorkspaceFactory(name="Weekly"), delivery=Delivery.WEEKLY
    )
    Preferences.objects.create(user=member, direct=Delivery.WEEKLY)

    client.post(address(member, "weekly"))

    assert delivery(weekly) == "portal"
    assert Preferences.for_user(member).direct == "portal"


def test_all_scope_stops_every_email(client, member):
    first = Subscription.objects.create(
        user=member, target=WorkspaceFactory(name="One"), delivery=Delivery.INSTANT
    )
    second = Subscription.objects.create(
        user=member, target=WorkspaceFactory(name="Two"), delivery=Delivery.DAILY
    )
    link = address(member, "all")
    assert (
        "Stop receiving: Every e-mail about what you follow." in client.get(link).content.decode()
    )

    html = client.post(link).content.decode()

    assert "Done: you will no longer receive this: Every e-mail about what you follow." in html
    assert (delivery(first), delivery(second)) == ("portal", "portal")
    assert Preferences.for_user(member).direct == "portal"
