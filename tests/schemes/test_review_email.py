"""The proposer is told of the editors' decision by e-mail, in their own language."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from schemes import services
from schemes.models import Scheme, SchemeChange
from tests.accounts.helpers import links_in
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory

# No page is rendered here (the decisions redirect), so no cache to clear: clearing it
# would flush the Redis database the real worker's broker shares.
pytestmark = pytest.mark.django_db

APPROVED_SUBJECT = "%(portal)s: your proposal about “%(scheme)s” is approved"
REFUSED_SUBJECT = "%(portal)s: your proposal about “%(scheme)s” was not accepted"


def review(client, change, capture, **data):
    with capture(execute=True):
        return client.post(reverse("schemes:review-change", args=[change.pk]), data)


def new_scheme(proposer, **fields) -> SchemeChange:
    scheme = SchemeFactory(
        managers=[proposer], status=Scheme.Status.PENDING, published=None, **fields
    )
    return SchemeChange.objects.create(scheme=scheme, kind="create", submitted_by=proposer)


def test_approval_e_mail_names_the_scheme_and_links_to_it(
    editor_client, member, mailoutbox, django_capture_on_commit_callbacks
):
    change = new_scheme(member, name="Mutuelle de Pikine", acronym="MSP")

    review(editor_client, change, django_capture_on_commit_callbacks, decision="approve")

    [message] = mailoutbox
    assert message.to == ["aminata@example.org"]
    assert message.subject == "GESS: your proposal about “Mutuelle de Pikine (MSP)” is approved"
    assert message.body.startswith("Hello Aminata Diallo,\n")
    assert "The editors have approved the scheme “Mutuelle de Pikine (MSP)”" in message.body
    assert links_in(message.body) == [
        f"http://testserver/en/schemes/{change.scheme.pk}/",
        "http://testserver/en/schemes/mine/",
    ]


def test_refusal_e_mail_gives_the_reason(
    editor_client, member, mailoutbox, django_capture_on_commit_callbacks
):
    scheme = SchemeFactory(managers=[member], name="Mutuelle de Thiès")
    change = services.propose_year(
        scheme=scheme,
        user=member,
        year=2024,
        data={"members": 10, "beneficiaries": 10, "currency": "XOF"},
    )

    review(
        editor_client,
        change,
        django_capture_on_commit_callbacks,
        decision="reject",
        reason="Ten members seems too few: please check the register.",
    )

    [message] = mailoutbox
    assert message.subject == "GESS: your proposal about “Mutuelle de Thiès” was not accepted"
    body = " ".join(message.body.split())
    assert "Thank you for the figures of “Mutuelle de Thiès” for 2024." in body
    assert "Ten members seems too few: please check the register." in body
    assert links_in(message.body) == ["http://testserver/en/schemes/mine/"]


def test_e_mail_is_in_the_proposers_language(
    editor_client, mailoutbox, django_capture_on_commit_callbacks
):
    marie = UserFactory(email="marie@example.org", display_name="Marie Ndiaye", language="fr")
    change = new_scheme(marie, name="Mutuelle de Rufisque")

    review(
        editor_client,
        change,
        django_capture_on_commit_callbacks,
        decision="reject",
        reason="Doublon de la mutuelle de Bargny.",
    )

    [message] = mailoutbox
    with translation.override("fr"):
        subject = gettext(REFUSED_SUBJECT) % {"portal": "GESS", "scheme": "Mutuelle de Rufisque"}
        hello = gettext("Hello %(name)s,") % {"name": "Marie Ndiaye"}
    assert message.subject == subject
    assert message.body.startswith(hello + "\n")
    assert "Doublon de la mutuelle de Bargny." in message.body
    assert "http://testserver/fr/schemes/mine/" in links_in(message.body)


def test_nobody_is_told_of_their_own_decision_or_when_gone(
    client, editor, mailoutbox, django_capture_on_commit_callbacks
):
    gone = UserFactory(email="gone@example.org", is_active=False)
    change_of_gone = new_scheme(gone)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(change_of_gone, reviewer=editor)
        services.propose_new(
            user=editor,
            data={"name": "Editor's own", "country": "SN", "scheme_type": "mutual"},
        )

    assert SchemeChange.objects.filter(status="approved").count() == 2
    assert mailoutbox == []


def test_no_e_mail_about_a_proposal_still_waiting(member, mailoutbox):
    change = new_scheme(member)
    assert services.deliver_review_decision(change) is False
    assert mailoutbox == []


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_decision_is_delivered_by_a_real_worker_over_smtp(
    smtp_server, real_celery_worker, editor, member
):
    change = new_scheme(member, name="Mutuelle de Mbour")

    services.reject(change, reviewer=editor, reason="Please add the town.")

    [received] = smtp_server.wait_for(1, timeout=20)
    assert received["envelope"].rcpt_tos == ["aminata@example.org"]
    assert "Please add the town." in received["message"].get_content()
    [(kwargs, state, ran_in_worker)] = real_celery_worker.wait_for_task(
        "schemes.send_review_decision"
    )
    assert (kwargs, state, ran_in_worker) == ({"change_id": change.pk}, "SUCCESS", True)
