"""A member who signs up is subscribed to the open lists that take every new member
(the announcement list, Info-GIMI), receives its announcements by e-mail, and may
leave it; lists that do not ask for it, and closed ones, are left alone."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from forums import services
from forums.models import DiscussionList, Subscriber
from notifications import emails
from notifications.models import Delivery, OutboxMessage, Subscription
from tests.factories import PASSWORD, UserFactory
from tests.forums.factories import DiscussionListFactory, subscribe_as

pytestmark = pytest.mark.django_db


def sign_up(client, email="fatou@example.org", name="Fatou Ndiaye"):
    response = client.post(
        reverse("account_signup"),
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": name,
            "country": "SN",
        },
    )
    assert response["Location"] == reverse("account_email_verification_sent")
    return get_user_model().objects.get(email=email)


@pytest.fixture
def announcer(announcement_list):
    user = UserFactory(email="info@example.org", display_name="Info-GIMI team")
    subscribe_as(user, announcement_list, role=Subscriber.Role.MODERATOR)
    return user


def test_a_new_member_is_subscribed_to_the_announcement_lists_and_hears_from_them(
    client, announcement_list, discussion_list, announcer
):
    closed = {"subscribe_new_members": True, "is_active": False}
    DiscussionListFactory(
        slug="old-news", name="Old news", kind=DiscussionList.Kind.ANNOUNCEMENT, **closed
    )

    fatou = sign_up(client)

    assert list(
        Subscriber.objects.filter(user=fatou).values_list("discussion_list__slug", "role")
    ) == [("info-gimi", Subscriber.Role.SUBSCRIBER)]
    [subscription] = Subscription.objects.filter(user=fatou)
    assert (subscription.target, subscription.delivery) == (announcement_list, Delivery.INSTANT)

    services.start_topic(
        announcer, announcement_list, subject="Call for papers", body="Send us your studies."
    )

    [owed] = OutboxMessage.objects.filter(recipient=fatou)
    email = emails.build(owed)
    assert email.to == ["fatou@example.org"]
    assert email.subject == "[Info-GIMI] Call for papers"
    assert "Info-GIMI team started “Call for papers” on Info-GIMI." in email.body
    assert "\nSend us your studies.\n" in email.body
    assert "http://testserver/en/forum/info-gimi/leave/" in email.body


def test_a_new_member_may_leave_the_announcement_list(client, announcement_list, announcer):
    fatou = sign_up(client)

    assert services.leave(fatou, announcement_list) is True

    assert not Subscriber.objects.filter(user=fatou).exists()
    assert not Subscription.objects.filter(user=fatou).exists()
    services.start_topic(announcer, announcement_list, subject="Later news", body="News.")
    assert not OutboxMessage.objects.filter(recipient=fatou).exists()
    # Members who sign up later are subscribed; Fatou stays out.
    sign_up(client, email="moussa@example.org", name="Moussa Ba")
    assert set(
        Subscriber.objects.filter(discussion_list=announcement_list).values_list(
            "user__email", flat=True
        )
    ) == {"info@example.org", "moussa@example.org"}


def test_without_an_announcement_list_sign_up_subscribes_to_nothing(client, discussion_list):
    fatou = sign_up(client)

    assert not Subscriber.objects.filter(user=fatou).exists()
    assert not Subscription.objects.filter(user=fatou).exists()
