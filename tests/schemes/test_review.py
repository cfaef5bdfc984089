"""Editors' queue of proposals and their decisions: approve applies, refuse needs a reason."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from schemes import services
from schemes.models import Scheme, SchemeChange
from tests.accounts.helpers import html, visible_text
from tests.factories import UserFactory
from tests.schemes.factories import NetworkFactory, SchemeFactory, SchemeYearFactory, risk
from tests.schemes.test_propose import form_of, messages_of, scheme_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

QUEUE = reverse("schemes:review")


def review_url(change) -> str:
    return reverse("schemes:review-change", args=[change.pk])


def proposed_edit(scheme, user, **changes) -> SchemeChange:
    values = services.deserialise(Scheme, services.scheme_values(scheme))
    return services.propose_edit(scheme=scheme, user=user, data={**values, **changes})


def table_rows(response) -> list[str]:
    """The rows of the proposal table as text, "label | current | proposed"."""
    import re

    body = re.search(
        r'<table class="compare-table proposal-table">(.*?)</table>', html(response), re.S
    )
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1), re.S)[1:]
    return [
        " | ".join(
            visible_text(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        )
        for row in rows
    ]


# --- The queue ---------------------------------------------------------------------------


def test_queue_lists_pending_proposals_oldest_first(editor_client, member, other_member):
    scheme = SchemeFactory(name="Mutuelle de Thiès", managers=[member], risks=["maternity"])
    older = proposed_edit(scheme, member, locality="Mbour")
    newer = services.propose_year(
        scheme=scheme,
        user=other_member,
        year=2024,
        data={"members": 10, "beneficiaries": 20, "currency": "XOF"},
    )
    SchemeChange.objects.filter(pk=older.pk).update(
        submitted=timezone.now() - datetime.timedelta(days=3)
    )
    done = proposed_edit(scheme, UserFactory(), locality="Kaolack")
    SchemeChange.objects.filter(pk=done.pk).update(status="approved")

    response = editor_client.get(QUEUE)

    text = visible_text(response)
    assert "1 proposal to review" not in text and "2 proposals to review" in text
    assert "Change to the description Mutuelle de Thiès Senegal Aminata Diallo" in text
    assert "Yearly figures 2024 Mutuelle de Thiès Senegal Carlos Rojas" in text
    assert text.index("Aminata Diallo") < text.index("Carlos Rojas")
    assert f'href="{review_url(older)}"' in html(response)
    assert f'href="{review_url(newer)}"' in html(response)
    assert f'href="{review_url(done)}"' not in html(response)


def test_empty_queue_says_so(editor_client):
    text = visible_text(editor_client.get(QUEUE))
    assert "0 proposals to review" in text and "No proposal is waiting for review." in text


@pytest.mark.parametrize("count", [1, 10])
def test_queue_query_count_does_not_grow(editor_client, count, django_assert_num_queries):
    for number in range(count):
        proposer = UserFactory(display_name=f"Proposer {number}")
        scheme = SchemeFactory(name=f"Scheme {number}", managers=[proposer])
        proposed_edit(scheme, proposer, locality=f"Town {number}")
    editor_client.get(QUEUE)  # records "last seen", once a minute

    # savepoint and release (ATOMIC_REQUESTS), session, editor, editor's permissions (2),
    # count, page of proposals with scheme and proposer
    with django_assert_num_queries(8):
        response = editor_client.get(QUEUE)

    text = visible_text(response)
    assert text.count("Change to the description") == count
    assert f"Proposer {count - 1}" in text


def test_only_editors_review(client, member, other_member):
    scheme = SchemeFactory(managers=[member])
    change = proposed_edit(scheme, member, locality="Mbour")
    for user in (member, other_member):
        client.force_login(user)
        assert client.get(QUEUE).status_code == 403
        assert client.get(review_url(change)).status_code == 403
        assert client.post(review_url(change), {"decision": "approve"}).status_code == 403
    client.logout()
    for response in (client.get(QUEUE), client.post(review_url(change), {"decision": "approve"})):
        assert response["Location"].startswith("/en/accounts/login/?next=")
    change.refresh_from_db()
    assert change.status == "pending"


# --- The proposal ------------------------------------------------------------------------


def test_proposal_page_shows_current_and_proposed_values_in_words(editor_client, member):
    network = NetworkFactory(name="La Concertation", acronym="")
    scheme = SchemeFactory(
        name="Mutuelle de Thiès",
        managers=[member],
        risks=["maternity"],
        contribution_frequency="monthly",
    )
    change = services.propose_edit(
        scheme=scheme,
        user=member,
        data={
            **services.deserialise(Scheme, services.scheme_values(scheme)),
            "risks": [risk("maternity").pk, risk("funeral").pk],
            "networks": [network.pk],
            "contribution_frequency": "yearly",
            "contribution_amount": Decimal("12000"),
            "contribution_currency": "GHS",
            "country": "GH",
        },
        note="The general assembly voted a yearly contribution.",
    )

    response = editor_client.get(review_url(change))

    text = visible_text(response)
    assert "Change to the description: Mutuelle de Thiès" in text
    assert "Proposed by Aminata Diallo" in text
    assert "The general assembly voted a yearly contribution." in text
    rows = table_rows(response)
    assert "Country changed | Senegal | Ghana" in rows
    assert "Risks and services covered changed | Maternity | Funeral, Maternity" in rows
    assert "Networks and federations changed | — | La Concertation" in rows
    assert "Paid changed | per month | per year" in rows
    assert "Contribution changed | 1,000 | 12,000" in rows
    assert "Currency changed | West African CFA Franc (XOF) | Ghanaian Cedi (GHS)" in rows
    assert "Name | Mutuelle de Thiès | unchanged" in rows
    assert html(response).count("<mark>") == 6
    assert "aminata@example.org" not in html(response)


def test_a_scheme_changed_since_the_proposal_shows_its_current_value(editor_client, editor, member):
    scheme = SchemeFactory(managers=[member], locality="Thiès")
    change = proposed_edit(scheme, member, locality="Mbour")
    proposed_edit(scheme, editor, locality="Tivaouane")  # applied at once

    assert "Locality changed | Tivaouane | Mbour" in table_rows(
        editor_client.get(review_url(change))
    )
    editor_client.post(review_url(change), {"decision": "approve"})

    scheme.refresh_from_db()
    assert scheme.locality == "Mbour"  # the last writer wins
    change.refresh_from_db()
    assert change.previous == {"locality": "Tivaouane"}


def test_new_scheme_page_lists_its_values(editor_client, member):
    member_client = Client()
    member_client.force_login(member)
    member_client.post(reverse("schemes:create"), scheme_form_data())
    change = SchemeChange.objects.get()

    response = editor_client.get(review_url(change))

    rows = table_rows(response)
    assert "New scheme: Mutuelle de santé de Pikine" in visible_text(response)
    assert "Name | Mutuelle de santé de Pikine" in rows
    assert "Type | Health mutual (mutuelle)" in rows
    assert "Year started | 2005" in rows
    assert "Risks and services covered | Maternity, Primary care" in rows
    assert "Approve and publish the scheme" in visible_text(response)


# --- Deciding ----------------------------------------------------------------------------


def test_approving_a_new_scheme_publishes_it(editor_client, editor, member):
    scheme = SchemeFactory(
        managers=[member], status=Scheme.Status.PENDING, published=None, name="Mutuelle Neuve"
    )
    change = SchemeChange.objects.create(scheme=scheme, kind="create", submitted_by=member)

    response = editor_client.post(review_url(change), {"decision": "approve"})

    assert response["Location"] == QUEUE
    assert messages_of(response) == [
        "“Mutuelle Neuve” is published. Aminata Diallo will be told by e-mail."
    ]
    scheme.refresh_from_db()
    assert scheme.status == Scheme.Status.PUBLISHED and scheme.published is not None
    change.refresh_from_db()
    assert (change.status, change.reviewed_by) == ("approved", editor)
    assert change.reviewed is not None


def test_approving_a_change_applies_its_fields_and_relations(editor_client, member):
    scheme = SchemeFactory(managers=[member], risks=["maternity"], name="Mutuelle de Thiès")
    change = proposed_edit(
        scheme, member, risks=[risk("life").pk], contribution_amount=Decimal("1500")
    )

    response = editor_client.post(review_url(change), {"decision": "approve"})

    assert messages_of(response)[0].startswith("The changes to “Mutuelle de Thiès” are published.")
    scheme.refresh_from_db()
    assert [r.slug for r in scheme.risks.all()] == ["life"]
    assert scheme.contribution_amount == Decimal("1500")
    change.refresh_from_db()
    assert change.previous == {
        "risks": [risk("maternity").pk],
        "contribution_amount": "1000.00",
    }


def test_refusing_needs_a_reason(editor_client, member):
    scheme = SchemeFactory(managers=[member])
    change = proposed_edit(scheme, member, locality="Mbour")

    response = editor_client.post(review_url(change), {"decision": "reject", "reason": "  "})

    assert response.status_code == 200
    assert "Please say why, the proposer will read it." in visible_text(response)
    change.refresh_from_db()
    assert change.status == "pending"
    with pytest.raises(services.ReviewRefused, match="Please say why"):
        services.reject(change, reviewer=member, reason="")


def test_refusing_a_new_scheme_keeps_it_unpublished(editor_client, member):
    scheme = SchemeFactory(managers=[member], status=Scheme.Status.PENDING, published=None)
    change = SchemeChange.objects.create(scheme=scheme, kind="create", submitted_by=member)

    response = editor_client.post(
        review_url(change), {"decision": "reject", "reason": "This is a bank, not a scheme."}
    )

    assert response["Location"] == QUEUE
    scheme.refresh_from_db()
    assert scheme.status == Scheme.Status.REJECTED
    change.refresh_from_db()
    assert (change.status, change.reason) == ("rejected", "This is a bank, not a scheme.")
    assert Client().get(reverse("schemes:history", args=[scheme.pk])).status_code == 404


def test_refusing_figures_leaves_the_year_alone(editor_client, member):
    scheme = SchemeFactory(managers=[member])
    SchemeYearFactory(scheme=scheme, year=2023, members=1200)
    change = services.propose_year(
        scheme=scheme,
        user=member,
        year=2023,
        data={"members": 99999, "beneficiaries": 99999, "currency": "XOF"},
    )

    editor_client.post(review_url(change), {"decision": "reject", "reason": "A typo?"})

    assert scheme.years.get(year=2023).members == 1200
    scheme.refresh_from_db()
    assert scheme.latest_members == 1200


def test_a_decided_proposal_cannot_be_decided_again(editor_client, editor, member):
    scheme = SchemeFactory(managers=[member])
    change = proposed_edit(scheme, member, locality="Mbour")
    services.reject(change, reviewer=editor, reason="No.")

    response = editor_client.post(review_url(change), {"decision": "approve"})

    assert messages_of(response) == [
        "This proposal is not waiting for review any more (it is “Not accepted”)."
    ]
    scheme.refresh_from_db()
    assert scheme.locality != "Mbour"
    page = visible_text(editor_client.get(review_url(change)))
    assert "Not accepted · by Edith Editor" in page and "Reason No." in page
    assert "Approve and publish" not in page


def test_the_year_proposal_compares_with_the_year_recorded(editor_client, member):
    scheme = SchemeFactory(managers=[member])
    SchemeYearFactory(scheme=scheme, year=2023, members=1200, beneficiaries=4800)
    change = services.propose_year(
        scheme=scheme,
        user=member,
        year=2023,
        data={
            "members": 1250,
            "beneficiaries": 4800,
            "contributions_collected": Decimal("14400000"),
            "claims_paid": Decimal("9800000"),
            "currency": "XOF",
            "changes": "",
        },
    )

    rows = table_rows(editor_client.get(review_url(change)))

    assert "Members changed | 1,200 | 1,250" in rows
    assert "Beneficiaries | 4,800 | unchanged" in rows
    assert "Contributions collected | 14,400,000 | unchanged" in rows


def test_a_members_edit_reaches_the_editor_who_approves_it(member, editor_client):
    """The whole chain through the pages: a member's edit, the editor's approval."""
    scheme = SchemeFactory(managers=[member], risks=["maternity"], locality="Thiès")
    client = Client()
    client.force_login(member)
    client.post(reverse("schemes:edit", args=[scheme.pk]), form_of(scheme, locality="Mbour"))
    change = SchemeChange.objects.get()

    editor_client.post(review_url(change), {"decision": "approve"})

    scheme.refresh_from_db()
    assert scheme.locality == "Mbour"
    assert "0 proposals to review" in visible_text(editor_client.get(QUEUE))
