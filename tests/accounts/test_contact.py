"""The "Contact me" relay: e-mail without revealing addresses, limits and refusals."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import ContactMessage
from tests.accounts.helpers import html, input_value, textarea_value, visible_text
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

RECIPIENT_EMAIL = "carlos.private@example.org"


@pytest.fixture
def sender(db):
    return UserFactory(email="aminata@example.org", display_name="Aminata Diallo")


@pytest.fixture
def recipient(db):
    return UserFactory(email=RECIPIENT_EMAIL, display_name="Carlos Rojas", country="PE")


@pytest.fixture
def send(client, sender, django_capture_on_commit_callbacks):
    """Send a message as ``sender`` through the form; the e-mail goes once the request commits."""

    def post(recipient, subject="Pensions in Peru", body="Could we talk about coverage?"):
        client.force_login(sender)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("accounts:contact", args=[recipient.pk]),
                {"subject": subject, "body": body},
            )

    return post


def test_contact_sends_one_email_to_the_recipient_with_reply_to_the_sender(
    client, send, sender, recipient, mailoutbox
):
    response = send(recipient, body="Could we talk about coverage?\n\nBest, Aminata")

    assert response.status_code == 302
    assert response.url == recipient.get_absolute_url()
    [message] = mailoutbox
    assert message.to == [RECIPIENT_EMAIL]
    assert message.cc == [] and message.bcc == []
    assert message.reply_to == ["aminata@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.subject == "GESS: Aminata Diallo sent you a message: Pensions in Peru"
    assert message.body.startswith("Hello Carlos Rojas,\n")
    assert "Aminata Diallo sent you this message through the people directory." in message.body
    assert "Subject: Pensions in Peru" in message.body
    assert "Could we talk about coverage?\n\nBest, Aminata" in message.body
    assert "http://testserver/en/accounts/profile/" in message.body
    stored = ContactMessage.objects.get()
    assert (stored.sender, stored.recipient) == (sender, recipient)
    assert stored.subject == "Pensions in Peru"
    assert stored.sent_at is not None

    page = client.get(response.url)
    assert "Your message to Carlos Rojas is on its way." in visible_text(page)


def test_email_is_written_in_the_recipients_language(send, recipient, mailoutbox):
    recipient.language = "fr"
    recipient.save()

    send(recipient)

    [message] = mailoutbox
    # Links in the e-mail lead to the recipient's language version of the portal.
    assert "http://testserver/fr/accounts/profile/" in message.body
    assert "/en/" not in message.body


def test_markup_in_a_message_is_sent_as_plain_text(send, recipient, mailoutbox):
    send(recipient, subject="<b>Hi</b>", body="<script>alert(1)</script> &amp;")

    [message] = mailoutbox
    assert message.content_subtype == "plain"
    assert getattr(message, "alternatives", []) == []
    assert "<script>alert(1)</script> &amp;" in message.body
    assert "<b>Hi</b>" in message.subject


def test_line_breaks_in_the_subject_cannot_add_headers(send, recipient, mailoutbox):
    send(recipient, subject="Hello\r\nBcc: everyone@example.org")

    [message] = mailoutbox
    assert message.bcc == []
    assert message.subject == (
        "GESS: Aminata Diallo sent you a message: Hello Bcc: everyone@example.org"
    )
    assert "\n" not in message.message()["Subject"]


def test_recipients_address_never_reaches_the_sender(client, send, sender, recipient):
    client.force_login(sender)
    pages = [
        client.get(reverse("accounts:directory")),
        client.get(recipient.get_absolute_url()),
        client.get(reverse("accounts:contact", args=[recipient.pk])),
        client.post(reverse("accounts:contact", args=[recipient.pk]), {"subject": ""}),
        send(recipient),
    ]
    pages.append(client.get(pages[-1].url))

    for response in pages:
        assert RECIPIENT_EMAIL not in html(response)
        assert "carlos.private" not in html(response)
    assert "Their address stays private" in visible_text(pages[2])


def test_member_page_offers_contact_only_when_the_member_accepts_messages(
    client, sender, recipient
):
    client.force_login(sender)
    contact_url = reverse("accounts:contact", args=[recipient.pk])

    assert f'href="{contact_url}"' in html(client.get(recipient.get_absolute_url()))

    recipient.accept_messages = False
    recipient.save()
    page = client.get(recipient.get_absolute_url())
    assert contact_url not in html(page)
    assert "Contact me" not in visible_text(page)


def test_member_who_does_not_accept_messages_cannot_be_contacted(
    client, sender, recipient, mailoutbox, django_capture_on_commit_callbacks
):
    recipient.accept_messages = False
    recipient.save()
    client.force_login(sender)
    url = reverse("accounts:contact", args=[recipient.pk])

    page = client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        post = client.post(url, {"subject": "Hello", "body": "Anyone there?"})

    for response in (page, post):
        assert response.status_code == 403
        assert "Carlos Rojas does not accept messages." in visible_text(response)
    assert mailoutbox == []
    assert not ContactMessage.objects.exists()


def test_members_cannot_message_themselves(client, sender, mailoutbox):
    client.force_login(sender)
    url = reverse("accounts:contact", args=[sender.pk])

    response = client.post(url, {"subject": "Me", "body": "Myself"})

    assert response.status_code == 403
    assert "You cannot send a message to yourself." in visible_text(response)
    assert mailoutbox == []
    assert not ContactMessage.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, recipient, mailoutbox):
    url = reverse("accounts:contact", args=[recipient.pk])

    response = client.post(url, {"subject": "Hello", "body": "Spam"})

    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={url}"
    assert mailoutbox == []
    assert not ContactMessage.objects.exists()


def test_unknown_member_is_not_found(client, sender):
    client.force_login(sender)

    assert client.get(reverse("accounts:contact", args=[999_999])).status_code == 404
    assert client.get(reverse("accounts:member", args=[999_999])).status_code == 404


def test_missing_fields_are_reported_and_the_text_kept(client, sender, recipient, mailoutbox):
    client.force_login(sender)

    response = client.post(
        reverse("accounts:contact", args=[recipient.pk]),
        {"subject": "", "body": "My typed message"},
    )

    assert response.status_code == 200
    text = visible_text(response)
    assert "Please correct the errors below." in text
    assert "This field is required." in text
    assert textarea_value(response, "body") == "My typed message"
    assert mailoutbox == []


def test_too_long_subject_and_message_are_refused(client, sender, recipient):
    client.force_login(sender)

    response = client.post(
        reverse("accounts:contact", args=[recipient.pk]),
        {"subject": "s" * 151, "body": "b" * 5001},
    )

    text = visible_text(response)
    assert "Ensure this value has at most 150 characters (it has 151)." in text
    assert "Ensure this value has at most 5000 characters (it has 5001)." in text
    assert not ContactMessage.objects.exists()


def test_hourly_limit_refuses_the_next_message_and_keeps_it_in_the_form(
    send, recipient, mailoutbox, settings
):
    settings.CONTACT_MESSAGES_PER_HOUR = 3
    for number in range(3):
        assert send(recipient, subject=f"Message {number}").status_code == 302

    response = send(recipient, subject="One too many", body="Please read this too.")

    assert response.status_code == 200
    assert (
        "You have sent 3 messages in the last hour. Please wait before sending more."
        in visible_text(response)
    )
    assert input_value(response, "subject") == "One too many"
    assert textarea_value(response, "body") == "Please read this too."
    assert ContactMessage.objects.count() == 3
    assert len(mailoutbox) == 3


def test_hourly_limit_speaks_of_one_message_in_the_singular(send, recipient, settings):
    settings.CONTACT_MESSAGES_PER_HOUR = 1
    send(recipient)

    response = send(recipient)

    assert "You have sent 1 message in the last hour." in visible_text(response)


def test_messages_older_than_an_hour_do_not_count(send, sender, recipient, mailoutbox, settings):
    settings.CONTACT_MESSAGES_PER_HOUR = 1
    send(recipient, subject="Yesterday")
    ContactMessage.objects.update(created=timezone.now() - timedelta(minutes=61))

    response = send(recipient, subject="Today")

    assert response.status_code == 302
    assert [m.subject.rsplit(": ", 1)[-1] for m in mailoutbox] == ["Yesterday", "Today"]


def test_limit_counts_messages_to_everyone(send, recipient, mailoutbox, settings):
    settings.CONTACT_MESSAGES_PER_HOUR = 1
    send(UserFactory(display_name="Someone Else"))

    response = send(recipient)

    assert response.status_code == 200
    assert len(mailoutbox) == 1
