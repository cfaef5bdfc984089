"""'Contact this scheme': a relayed e-mail to the scheme's contact person, whose name and
address never reach a page; signed-in members only, one line of subject, rate-limited."""

import pytest
from django.core import mail

from accounts.models import ContactMessage
from schemes.models import Scheme
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

CONTACT_EMAIL = "bosco.private@example.org"
CONTACT_NAME = "Bosco Habimana"


@pytest.fixture
def contact_person():
    # Not in the directory and refusing its messages: being a scheme's contact is enough.
    return UserFactory(
        email=CONTACT_EMAIL,
        display_name=CONTACT_NAME,
        show_in_directory=False,
        accept_messages=False,
    )


@pytest.fixture
def scheme(contact_person):
    return SchemeFactory(
        name="Mutuelle de santé de Kigali", acronym="MUSARS", country="RW", contact=contact_person
    )


def url(scheme) -> str:
    return f"/en/schemes/{scheme.pk}/contact/"


def send(client, scheme, capture, subject="Enrolment of cooperatives", body="Can we join?"):
    with capture(execute=True):
        return client.post(url(scheme), {"subject": subject, "body": body})


def test_message_is_relayed_with_the_scheme_in_the_subject_and_reply_to_the_sender(
    member_client, member, scheme, contact_person, django_capture_on_commit_callbacks
):
    page = member_client.get(url(scheme))
    assert "Contact Mutuelle de santé de Kigali (MUSARS)" in text(page)
    assert "Their name and address stay private" in text(page)

    response = send(member_client, scheme, django_capture_on_commit_callbacks)

    assert response["Location"] == f"/en/schemes/{scheme.pk}/"
    stored = ContactMessage.objects.get()
    assert (stored.sender, stored.recipient, stored.via) == (member, contact_person, "scheme")
    assert stored.subject == "[MUSARS] Enrolment of cooperatives"
    [sent] = mail.outbox
    assert sent.to == [CONTACT_EMAIL]
    assert sent.reply_to == ["aminata@example.org"]
    assert sent.subject == (
        "GESS: Aminata Diallo sent you a message: [MUSARS] Enrolment of cooperatives"
    )
    assert "Can we join?" in sent.body
    assert "through the scheme database" in sent.body
    assert "people directory" not in sent.body and "expert profile" not in sent.body
    following = member_client.get(response["Location"])
    assert (
        "Your message about Mutuelle de santé de Kigali (MUSARS) is on its way to its "
        "contact person." in text(following)
    )


def test_a_scheme_without_acronym_is_named_in_the_subject(
    member_client, contact_person, django_capture_on_commit_callbacks
):
    scheme = SchemeFactory(name="Mutuelle Jokkoo", acronym="", contact=contact_person)

    send(member_client, scheme, django_capture_on_commit_callbacks, subject="Hello")

    assert ContactMessage.objects.get().subject == "[Mutuelle Jokkoo] Hello"


def test_a_full_length_subject_still_fits_the_record(
    member_client, scheme, django_capture_on_commit_callbacks
):
    send(member_client, scheme, django_capture_on_commit_callbacks, subject="x" * 150)

    subject = ContactMessage.objects.get().subject
    assert len(subject) == 150
    assert subject.startswith("[MUSARS] xxx") and subject.endswith("…")


def test_the_contact_person_is_never_shown(
    client, member_client, editor, scheme, django_capture_on_commit_callbacks
):
    pages = [member_client.get(url(scheme)), member_client.get(f"/en/schemes/{scheme.pk}/")]
    pages.append(send(member_client, scheme, django_capture_on_commit_callbacks, subject="a\nb"))
    client.force_login(editor)
    pages.append(client.get(url(scheme)))

    for page in pages:
        html = page.content.decode()
        assert CONTACT_EMAIL not in html
        assert CONTACT_NAME not in html


def test_the_scheme_page_links_to_the_relay(member_client, scheme):
    html = member_client.get(f"/en/schemes/{scheme.pk}/").content.decode()

    assert f'href="{url(scheme)}"' in html


def test_anonymous_visitor_is_sent_to_sign_in(client, scheme):
    response = client.get(url(scheme))

    assert response["Location"] == f"/en/accounts/login/?next={url(scheme)}"


def test_schemes_the_member_may_not_see_or_without_contact_are_not_found(
    client, member, contact_person
):
    pending = SchemeFactory(status=Scheme.Status.PENDING, contact=contact_person)
    refused = SchemeFactory(status=Scheme.Status.REJECTED, contact=contact_person)
    without = SchemeFactory(contact=None)
    client.force_login(member)

    for scheme in (pending, refused, without):
        page = client.get(url(scheme))
        assert page.status_code == 404
        assert "Send the message" not in page.content.decode()
        client.post(url(scheme), {"subject": "Hi", "body": "Hi"})
    assert not ContactMessage.objects.exists()


def test_the_manager_of_a_pending_scheme_may_write_to_its_contact(
    member_client, member, contact_person, django_capture_on_commit_callbacks
):
    pending = SchemeFactory(status=Scheme.Status.PENDING, contact=contact_person, managers=[member])

    response = send(member_client, pending, django_capture_on_commit_callbacks)

    assert response["Location"] == f"/en/schemes/{pending.pk}/"
    assert [message.to for message in mail.outbox] == [[CONTACT_EMAIL]]


def test_the_contact_person_cannot_write_to_themselves(
    client, scheme, contact_person, django_capture_on_commit_callbacks
):
    client.force_login(contact_person)

    page = text(client.get(url(scheme)))
    response = send(client, scheme, django_capture_on_commit_callbacks)

    assert "You are the contact person of this scheme: you cannot write to yourself." in page
    assert "Send the message" not in page
    assert "you cannot write to yourself" in text(response)
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_an_inactive_contact_receives_nothing(
    member_client, scheme, contact_person, django_capture_on_commit_callbacks
):
    contact_person.is_active = False
    contact_person.save()

    response = send(member_client, scheme, django_capture_on_commit_callbacks)

    assert "The contact person of this scheme no longer receives messages." in text(response)
    assert CONTACT_NAME not in response.content.decode()
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("subject", "body", "error"),
    [
        ("Hello\r\nBcc: victim@example.org", "Hi", "The subject must fit on one line."),
        ("Hello\nBcc: victim@example.org", "Hi", "The subject must fit on one line."),
        ("x" * 151, "Hi", "Ensure this value has at most 150 characters (it has 151)."),
        ("Hello", "y" * 5001, "Ensure this value has at most 5000 characters (it has 5001)."),
        ("", "Hi", "This field is required."),
    ],
)
def test_bad_messages_are_refused_with_a_clear_error(
    member_client, scheme, django_capture_on_commit_callbacks, subject, body, error
):
    response = send(member_client, scheme, django_capture_on_commit_callbacks, subject, body)

    assert error in text(response)
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_hourly_limit_per_sender_is_shared_with_the_other_relays(
    settings, member_client, member, scheme, django_capture_on_commit_callbacks
):
    settings.CONTACT_MESSAGES_PER_HOUR = 2
    other = UserFactory(email="someone@example.org")
    ContactMessage.objects.create(sender=member, recipient=other, subject="Hi", body="Hi")

    first = send(member_client, scheme, django_capture_on_commit_callbacks, subject="One")
    refused = send(member_client, scheme, django_capture_on_commit_callbacks, subject="Two")

    assert first.status_code == 302
    assert "You have sent 2 messages in the last hour." in text(refused)
    assert list(ContactMessage.objects.filter(via="scheme").values_list("subject", flat=True)) == [
        "[MUSARS] One"
    ]
    assert [message.subject.rsplit(": ", 1)[1] for message in mail.outbox] == ["[MUSARS] One"]
