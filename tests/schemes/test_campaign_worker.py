"""An inventory campaign end to end: the editor's form, the broker, a real Celery worker
and a real SMTP server; each manager receives one e-mail, in their language."""

import time

import pytest
from django.urls import resolve
from django.utils import translation
from django.utils.translation import gettext

from gess.celery import app
from schemes.models import InventoryCampaign, InventoryInvitation, Scheme
from schemes.tasks import send_inventory_campaign
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory


def test_campaign_emails_travel_on_the_email_queue():
    for name in ("schemes.send_inventory_campaign", "schemes.send_inventory_invitation"):
        route = app.amqp.router.route({}, name, args=(), kwargs={})
        assert route["queue"].name == "email"


def wait_for_runs(worker, name: str, count: int, timeout: float = 20.0) -> bool:
    """Wait (bounded) until the worker has finished ``count`` runs of task ``name``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(1 for item in worker.finished if item[0] == name) >= count:
            return True
        time.sleep(0.05)
    return False


def links_in(body: str) -> list[str]:
    return [line for line in body.splitlines() if line.startswith("http://testserver/")]


def report_links(body: str, language: str) -> dict[int, str]:
    """The scheme of each link to a yearly report form, in ``language``, resolved as the
    portal resolves it."""
    found = {}
    for link in links_in(body):
        path = link.removeprefix("http://testserver")
        assert path.startswith(f"/{language}/"), path
        with translation.override(language):
            match = resolve(path)
        if match.view_name == "schemes:report-year":
            assert match.kwargs["year"] == 2024
            found[match.kwargs["pk"]] = path
    return found


@pytest.mark.worker
def test_campaign_is_delivered_once_by_a_real_worker_over_smtp(
    client, editor, smtp_server, real_celery_worker
):
    awa = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", language="en")
    marc = UserFactory(email="marc@example.org", display_name="Marc Dubois", language="fr")
    pending_only = UserFactory(email="pending@example.org")
    gone = UserFactory(email="gone@example.org", is_active=False)
    jokkoo = SchemeFactory(name="Mutuelle Jokkoo", managers=[awa])
    fandene = SchemeFactory(name="Mutuelle de Fandène", managers=[awa, marc])
    musars = SchemeFactory(name="MUSARS Kigali", country="RW", managers=[marc, gone])
    SchemeFactory(name="Projet pilote", status=Scheme.Status.PENDING, managers=[pending_only])
    client.force_login(editor)

    response = client.post(
        "/en/schemes/inventory/", {"year": "2024", "deadline": "", "message": ""}
    )

    assert response["Location"] == "/en/schemes/inventory/"
    received = smtp_server.wait_for(2, timeout=30)
    real_celery_worker.wait_for_task("schemes.send_inventory_campaign")
    runs = real_celery_worker.wait_for_task("schemes.send_inventory_invitation")
    assert len(received) == 2
    assert all(state == "SUCCESS" and in_worker for _, state, in_worker in runs)
    by_address = {item["envelope"].rcpt_tos[0]: item["message"] for item in received}
    assert set(by_address) == {"awa@example.org", "marc@example.org"}

    english = by_address["awa@example.org"]
    assert str(english["Subject"]) == "Please update the figures of your schemes for 2024"
    body = english.get_content()
    assert body.startswith("Hello Awa Ndiaye,")
    assert set(report_links(body, "en")) == {jokkoo.pk, fandene.pk}
    assert "MUSARS" not in body and "Projet pilote" not in body

    french = by_address["marc@example.org"]
    with translation.override("fr"):
        subject = gettext("Please update the figures of your schemes for %(year)s") % {"year": 2024}
        greeting = gettext("Hello %(name)s,") % {"name": "Marc Dubois"}
    assert " ".join(str(french["Subject"]).split()) == " ".join(subject.split())
    body = french.get_content()
    assert body.startswith(greeting)
    assert set(report_links(body, "fr")) == {fandene.pk, musars.pk}
    assert "Jokkoo" not in body and "Projet pilote" not in body

    campaign = InventoryCampaign.objects.get()
    assert InventoryInvitation.objects.filter(campaign=campaign, sent__isnull=False).count() == 2

    # At most once: the fan-out run again queues nothing and sends nothing.
    send_inventory_campaign.delay(campaign_id=campaign.pk)
    assert wait_for_runs(real_celery_worker, "schemes.send_inventory_campaign", 2)
    assert len(smtp_server.wait_for(3, timeout=3)) == 2
    assert len(real_celery_worker.wait_for_task("schemes.send_inventory_invitation")) == 2
