"""The contact relay end to end: web request, broker, Celery worker, SMTP server."""

import pytest
from django.urls import reverse

from accounts.models import ContactMessage
from gess.celery import app
from tests.factories import UserFactory


def test_contact_emails_travel_on_the_email_queue():
    route = app.amqp.router.route({}, "accounts.send_contact_message", args=(), kwargs={})

    assert route["queue"].name == "email"


@pytest.mark.worker
def test_contact_message_is_delivered_by_a_real_worker_over_smtp(
    client, smtp_server, real_celery_worker
):
    sender = UserFactory(email="aminata@example.org", display_name="Aminata Diallo")
    recipient = UserFactory(
        email="carlos.private@example.org", display_name="Carlos Rojas", language="es"
    )
    client.force_login(sender)

    response = client.post(
        reverse("accounts:contact", args=[recipient.pk]),
        {"subject": "Pensions in Peru", "body": "Could we talk about coverage?"},
    )

    assert response.status_code == 302
    [received] = smtp_server.wait_for(1, timeout=20)
    envelope, message = received["envelope"], received["message"]
    assert envelope.rcpt_tos == ["carlos.private@example.org"]
    assert message["To"] == "carlos.private@example.org"
    assert message["Reply-To"] == "aminata@example.org"
    # Written in the recipient's interface language (Spanish), whatever the sender's.
    subject = str(message["Subject"]).strip()
    assert subject == "GESS: Aminata Diallo le envió un mensaje: Pensions in Peru"
    body = message.get_content()
    assert body.startswith("Hola, Carlos Rojas:")
    assert "Could we talk about coverage?" in body
    assert "http://testserver/es/accounts/profile/" in body
    assert "aminata@example.org" not in body  # the address travels in Reply-To only

    [(kwargs, state, ran_in_worker)] = real_celery_worker.wait_for_task(
        "accounts.send_contact_message"
    )
    assert state == "SUCCESS"
    assert ran_in_worker
    stored = ContactMessage.objects.get()
    assert kwargs == {"message_id": stored.pk}
    assert stored.sent_at is not None
