"""A scheme's history: every approved change, field by field from → to; proposals
waiting or refused only for editors and the scheme's managers."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from schemes import services
from schemes.models import Scheme, SchemeChange
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory, SchemeYearFactory, risk

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def history_url(scheme) -> str:
    return reverse("schemes:history", args=[scheme.pk])


def edit(scheme, user, **changes) -> SchemeChange | None:
    values = services.deserialise(Scheme, services.scheme_values(scheme))
    return services.propose_edit(scheme=scheme, user=user, data={**values, **changes})


@pytest.fixture
def scheme(member, editor):
    """A scheme proposed by ``member``, approved, then changed twice and reported once."""
    change = services.propose_new(
        user=member,
        data={
            "name": "Mutuelle de Thiès",
            "country": "SN",
            "scheme_type": "mutual",
            "contribution_amount": Decimal("1000"),
            "contribution_currency": "XOF",
            "contribution_frequency": "monthly",
            "risks": [risk("maternity").pk],
        },
    )
    scheme = services.approve(change, reviewer=editor).scheme
    services.approve(
        edit(
            scheme,
            member,
            contribution_frequency="yearly",
            contribution_amount=Decimal("12000"),
            risks=[risk("maternity").pk, risk("funeral").pk],
        ),
        reviewer=editor,
    )
    SchemeYearFactory(scheme=scheme, year=2023, members=1200, beneficiaries=4800)
    services.approve(
        services.propose_year(
            scheme=scheme,
            user=member,
            year=2023,
            data={"members": 1500, "beneficiaries": 4800, "currency": "XOF", "changes": ""},
        ),
        reviewer=editor,
    )
    return scheme


def test_history_shows_each_change_from_and_to_in_words(client, other_member, scheme):
    client.force_login(other_member)

    text = visible_text(client.get(history_url(scheme)))

    assert "History of “Mutuelle de Thiès”" in text
    assert "Yearly figures 2023" in text and "by Aminata Diallo" in text
    assert "Members 1,200 → 1,500" in text
    assert "Beneficiaries" not in text  # unchanged, not listed
    assert "Paid per month → per year" in text
    assert "Contribution 1,000 → 12,000" in text
    assert "Risks and services covered Maternity → Funeral, Maternity" in text
    assert "New scheme" in text and "The scheme was added to the database." in text
    # newest first
    assert text.index("Yearly figures") < text.index("Change to the description")
    assert text.index("Change to the description") < text.index("New scheme")


def test_anonymous_visitors_see_the_changes_but_not_who_made_them(scheme):
    text = visible_text(Client().get(history_url(scheme)))

    assert "Members 1,200 → 1,500" in text
    assert "by a member" in text
    assert "Aminata Diallo" not in text
    assert "aminata@example.org" not in text


def test_waiting_and_refused_proposals_only_for_editors_and_managers(
    client, member, other_member, editor, scheme
):
    edit(scheme, member, locality="Kaolack")
    refused = edit(scheme, UserFactory(display_name="Moussa Sarr"), locality="Fatick")
    services.reject(refused, reviewer=editor, reason="Fatick is another district.")

    for user in (member, editor):
        client.force_login(user)
        text = visible_text(client.get(history_url(scheme)))
        assert "Waiting for review" in text and "Locality Kaolack" in text, user
        assert "Not accepted" in text and "Reason: Fatick is another district." in text, user
    for user in (other_member, None):
        client.logout()
        if user:
            client.force_login(user)
        text = visible_text(client.get(history_url(scheme)))
        assert "Kaolack" not in text and "Fatick" not in text
        assert "Waiting for review" not in text


def test_history_of_an_unpublished_scheme_is_not_found_for_others(client, member, other_member):
    scheme = SchemeFactory(managers=[member], status=Scheme.Status.PENDING)

    assert Client().get(history_url(scheme)).status_code == 404
    client.force_login(other_member)
    assert client.get(history_url(scheme)).status_code == 404
    client.force_login(member)
    assert "No change has been recorded yet." in visible_text(client.get(history_url(scheme)))


@pytest.mark.parametrize("count", [1, 10])
def test_history_query_count_does_not_grow(
    client, other_member, editor, count, django_assert_num_queries
):
    scheme = SchemeFactory(risks=["maternity"])
    slugs = ["life", "funeral", "crop", "property", "accident"]
    for number in range(count):
        proposer = UserFactory(display_name=f"Proposer {number}")
        change = edit(
            scheme,
            proposer,
            locality=f"Town {number}",
            risks=[risk("maternity").pk, risk(slugs[number % 5]).pk],
        )
        services.approve(change, reviewer=editor)
        SchemeChange.objects.filter(pk=change.pk).update(
            reviewed=timezone.now() - datetime.timedelta(days=count - number)
        )
    client.force_login(other_member)
    client.get(history_url(scheme))  # records "last seen", once a minute

    # savepoint and release (ATOMIC_REQUESTS), session, member, member's permissions (2),
    # scheme, "manages?", count, page of changes with proposers, risks named, release
    with django_assert_num_queries(11):
        response = client.get(history_url(scheme))

    text = visible_text(response)
    assert text.count("Change to the description") == count
    assert f"by Proposer {count - 1}" in text
    before = f"Town {count - 2}" if count > 1 else "Thiès"
    assert f"Locality {before} → Town {count - 1}" in text
