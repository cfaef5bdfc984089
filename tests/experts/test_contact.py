"""'Contact this expert': a relayed e-mail, never the expert's address."""

import pytest
from django.core import mail

from accounts.models import ContactMessage
from experts.models import ExpertProfile
from tests.experts.test_search import make_expert
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def expert():
    # An expert who is not listed in the people directory and refuses its messages:
    # their visible expert profile still accepts being contacted about it.
    user = UserFactory(
        email="awa@example.org",
        display_name="Awa Ndiaye",
        show_in_directory=False,
        accept_messages=False,
    )
    return make_expert(
        "Awa Ndiaye", user=user, headline="Actuary", visibility=ExpertProfile.Visibility.MEMBERS
    )


def url(profile) -> str:
    return f"/en/experts/{profile.pk}/contact/"


def test_message_is_relayed_with_reply_to_the_sender(
    member_client, member, expert, django_capture_on_commit_callbacks
):
    page = member_client.get(url(expert)).content.decode()
    assert "Contact Awa Ndiaye" in page
    assert "awa@example.org" not in page
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            url(expert), {"subject": "Costing study in Senegal", "body": "Are you available?"}
        )
    assert response["Location"] == f"/en/experts/{expert.pk}/"
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["awa@example.org"]
    assert sent.reply_to == ["aminata@example.org"]
    assert "Costing study in Senegal" in sent.subject
    assert "Aminata Diallo" in sent.subject
    assert "Are you available?" in sent.body
    # Worded for the expert database, with the link to change who sees the profile.
    assert "through your expert profile" in sent.body
    assert "people directory" not in sent.body
    assert "/en/experts/me/" in sent.body
    following = member_client.get(response["Location"]).content.decode()
    assert "Your message to Awa Ndiaye is on its way." in following
    assert "awa@example.org" not in following


def test_a_line_break_in_the_subject_is_refused(
    member_client, expert, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            url(expert), {"subject": "Hello\r\nBcc: victim@example.org", "body": "Hi"}
        )
    assert "The subject must fit on one line." in response.content.decode()
    assert mail.outbox == []
    assert not ContactMessage.objects.exists()


def test_hourly_limit_per_sender(
    settings, member_client, expert, django_capture_on_commit_callbacks
):
    settings.CONTACT_MESSAGES_PER_HOUR = 2
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3):
            response = member_client.post(url(expert), {"subject": f"Try {number}", "body": "Hi"})
    assert len(mail.outbox) == 2
    assert "You have sent 2 messages in the last hour." in response.content.decode()
    assert ContactMessage.objects.count() == 2


def test_anonymous_visitor_is_sent_to_sign_in(client, expert):
    response = client.get(url(expert))
    assert response["Location"] == f"/en/accounts/login/?next={url(expert)}"
    response = client.post(url(expert), {"subject": "Hi", "body": "Hi"})
    assert response["Location"].startswith("/en/accounts/login/")
    assert mail.outbox == []


def test_no_message_to_oneself_or_to_a_profile_one_cannot_see(client, expert, member_client):
    client.force_login(expert.user)
    assert client.get(url(expert)).status_code == 404
    assert client.post(url(expert), {"subject": "Me", "body": "Me"}).status_code == 404
    hidden = make_expert("Hidden Person", visibility=ExpertProfile.Visibility.HIDDEN)
    response = member_client.post(url(hidden), {"subject": "Hi", "body": "Hi"})
    assert response.status_code == 404
    assert "Hidden Person" not in response.content.decode()
    inactive = make_expert("Gone Person", user=UserFactory(is_active=False))
    assert member_client.get(url(inactive)).status_code == 404
    assert mail.outbox == []
    assert not ContactMessage.objects.exists()


def test_empty_form_says_what_is_missing(member_client, expert):
    response = member_client.post(url(expert), {"subject": "", "body": ""})
    assert "Please correct the errors below." in response.content.decode()
    assert "This field is required." in response.content.decode()
    assert mail.outbox == []
