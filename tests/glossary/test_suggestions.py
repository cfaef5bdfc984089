"""Members suggest new terms or corrections; editors accept or refuse them, and the
member hears of the decision by e-mail, in their own language."""

import inspect

import pytest
from django.core import mail

from glossary import services
from glossary.models import Suggestion, Term
from glossary.tasks import send_suggestion_decision

from .factories import SuggestionFactory
from .helpers import main_html, main_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_member(member):
    member.language = "fr"
    member.save(update_fields=["language"])
    return member


@pytest.fixture
def new_term(french_member):
    return SuggestionFactory(
        suggested_by=french_member,
        term_en="Health savings account",
        term_fr="Compte d'épargne santé",
        definition_en="Money set aside by a household to pay for care.",
        comment="Used in the 2023 study.",
    )


@pytest.fixture
def correction(member, mho):
    return SuggestionFactory(
        suggested_by=member,
        term=mho,
        term_en="",
        definition_en="",
        definition_fr="Une organisation à but non lucratif de ses membres.",
    )


def test_anonymous_visitors_are_sent_to_sign_in_to_suggest(client, db):
    response = client.get("/en/glossary/suggest/")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/glossary/suggest/"
    response = client.post("/en/glossary/suggest/", {"term_en": "Anything"})
    assert response["Location"].startswith("/en/accounts/login/")
    assert not Suggestion.objects.exists()


def test_member_suggests_a_new_term(member_client, member, mho):
    response = member_client.post(
        "/en/glossary/suggest/",
        {
            "term": "",
            "term_en": "Health savings account",
            "definition_en": "Money set aside to pay for care.",
            "term_es": "Cuenta de ahorro para la salud",
            "comment": "Seen in the Kenyan scheme.",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/glossary/"
    suggestion = Suggestion.objects.get()
    assert (suggestion.suggested_by, suggestion.term, suggestion.status) == (
        member,
        None,
        Suggestion.Status.PENDING,
    )
    assert (suggestion.term_en, suggestion.term_es, suggestion.comment) == (
        "Health savings account",
        "Cuenta de ahorro para la salud",
        "Seen in the Kenyan scheme.",
    )
    page = member_client.get(response["Location"])
    assert "Thank you. The editors will read your suggestion" in main_text(page)


def test_member_suggests_a_correction_from_the_term_page(member_client, member, mho, draft):
    form = member_client.get("/en/glossary/suggest/?term=mutual-health-organisation")
    assert f'<option value="{mho.pk}" selected>Mutual health organisation</option>' in (
        main_html(form)
    )
    assert "Zebra draft" not in main_html(form)  # drafts cannot be corrected by members

    response = member_client.post(
        "/en/glossary/suggest/",
        {"term": mho.pk, "definition_fr": "Une meilleure définition.", "comment": ""},
    )

    assert response["Location"] == "/en/glossary/mutual-health-organisation/"
    suggestion = Suggestion.objects.get()
    assert (suggestion.term, suggestion.definition_fr) == (mho, "Une meilleure définition.")


def test_an_empty_suggestion_is_refused_with_a_message(member_client, mho):
    response = member_client.post("/en/glossary/suggest/", {"term": "", "comment": ""})

    assert response.status_code == 200
    assert "Please give the new term in at least one language." in main_text(response)
    response = member_client.post("/en/glossary/suggest/", {"term": mho.pk})
    assert "Please propose a term or a definition, or say what should change." in (
        main_text(response)
    )
    assert not Suggestion.objects.exists()


def test_editors_see_pending_suggestions_side_by_side_with_the_current_text(
    editor_client, new_term, correction
):
    response = editor_client.get("/en/glossary/suggestions/")

    assert response.status_code == 200
    page = main_text(response)
    assert "2 suggestions to review" in page
    assert "New term: Health savings account" in page
    assert "Correction to: Mutual health organisation" in page
    assert "Proposed definition Une organisation à but non lucratif de ses membres." in page
    assert "Current definition Un système d'assurance santé volontaire" in page
    assert "Used in the 2023 study." in page


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_only_editors_see_and_decide_suggestions(client, member, new_term, who):
    if who == "member":
        client.force_login(member)

    queue = client.get("/en/glossary/suggestions/")
    decide = client.post(f"/en/glossary/suggestions/{new_term.pk}/decide/", {"decision": "accept"})

    expected = 302 if who == "anonymous" else 403
    assert (queue.status_code, decide.status_code) == (expected, expected)
    new_term.refresh_from_db()
    assert new_term.status == Suggestion.Status.PENDING
    assert mail.outbox == []


def test_accepting_a_new_term_makes_a_draft_and_tells_the_member_in_their_language(
    editor_client, editor, new_term, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/en/glossary/suggestions/{new_term.pk}/decide/",
            {"decision": "accept", "note": "We will add the Spanish."},
        )

    new_term.refresh_from_db()
    draft = new_term.created_term
    assert (new_term.status, new_term.decided_by) == (Suggestion.Status.ACCEPTED, editor)
    assert (draft.slug, draft.status, draft.term_fr) == (
        "health-savings-account",
        Term.Status.DRAFT,
        "Compte d'épargne santé",
    )
    assert response["Location"] == f"/admin/snippets/glossary/term/edit/{draft.pk}/"
    assert editor_client.get("/en/glossary/").content.count(b"Health savings account") == 0

    [message] = mail.outbox
    assert message.to == ["aminata@example.org"]
    assert "Compte d'épargne santé" in message.subject  # the title in the member's language
    assert message.body.startswith("Bonjour Aminata Diallo,")
    assert "We will add the Spanish." in message.body
    assert "http://testserver/fr/glossary/" in message.body  # the glossary, in French
    new_term.refresh_from_db()
    assert new_term.decision_sent_at is not None


def test_refusing_a_correction_tells_the_member_with_the_note(
    editor_client, correction, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/en/glossary/suggestions/{correction.pk}/decide/",
            {"decision": "refuse", "note": "The ILO definition stands."},
        )

    assert response["Location"] == "/en/glossary/suggestions/"
    correction.refresh_from_db()
    assert correction.status == Suggestion.Status.REFUSED
    assert correction.created_term is None
    [message] = mail.outbox
    assert message.to == ["aminata@example.org"]
    assert message.subject == (
        "GESS glossary: your suggestion “Mutual health organisation” was not accepted"
    )
    assert message.body.startswith("Hello Aminata Diallo,")
    assert "The ILO definition stands." in message.body
    assert "http://testserver/en/glossary/mutual-health-organisation/" in message.body
    queue = editor_client.get("/en/glossary/suggestions/")
    assert "No suggestion is waiting." in main_text(queue)
    assert "Refused Mutual health organisation · Aminata Diallo · by Edith Editor" in (
        main_text(queue)
    )


def test_a_suggestion_is_decided_and_announced_once(
    editor_client, new_term, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            f"/en/glossary/suggestions/{new_term.pk}/decide/", {"decision": "refuse"}
        )
        second = editor_client.post(
            f"/en/glossary/suggestions/{new_term.pk}/decide/", {"decision": "accept"}
        )

    assert second["Location"] == "/en/glossary/suggestions/"
    new_term.refresh_from_db()
    assert new_term.status == Suggestion.Status.REFUSED
    assert len(mail.outbox) == 1
    send_suggestion_decision(suggestion_id=new_term.pk)  # a retried task sends nothing more
    assert len(mail.outbox) == 1


def test_the_email_waits_for_the_decision_to_be_committed(
    editor, new_term, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.refuse_suggestion(suggestion=new_term, editor=editor)

    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1


def test_the_task_has_a_name_and_takes_keyword_ids_only(db):
    assert send_suggestion_decision.name == "glossary.send_suggestion_decision"
    parameters = inspect.signature(send_suggestion_decision.run).parameters
    assert [(p.name, p.kind) for p in parameters.values()] == [
        ("suggestion_id", inspect.Parameter.KEYWORD_ONLY)
    ]
    send_suggestion_decision(suggestion_id=987654)  # gone: nothing to send, no error
    assert mail.outbox == []


@pytest.mark.parametrize("count", [1, 12])
def test_the_queue_costs_the_same_queries_for_few_or_many_suggestions(
    editor_client, django_assert_max_num_queries, mho, count
):
    SuggestionFactory.create_batch(count, term=mho)
    SuggestionFactory.create_batch(count, status=Suggestion.Status.REFUSED)
    editor_client.get("/en/glossary/suggestions/")

    with django_assert_max_num_queries(12) as queries:
        response = editor_client.get("/en/glossary/suggestions/")

    assert f"{count} suggestion" in main_text(response)
    assert len([q for q in queries.captured_queries if "glossary_" in q["sql"]]) == 2
