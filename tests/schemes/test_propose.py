"""Members propose new schemes and changes; editors' own are applied at once; the
member's "My schemes" page. (The helpers here serve the other proposal tests too.)"""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from schemes import services
from schemes.models import Scheme, SchemeChange
from tests.accounts.helpers import html, input_value, label_texts, selected_options, visible_text
from tests.factories import UserFactory
from tests.schemes.factories import NetworkFactory, SchemeFactory, SchemeYearFactory, risk

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

CREATE = reverse("schemes:create")
MINE = reverse("schemes:mine")
QUEUE = reverse("schemes:review")


def scheme_form_data(**overrides) -> dict:
    """A complete, valid submission of the scheme form (None leaves a field out)."""
    data = {
        "name": "Mutuelle de santé de Pikine",
        "acronym": "MSP",
        "country": "SN",
        "locality": "Pikine",
        "scheme_type": "mutual",
        "legal_status": "mutual",
        "year_started": "2005",
        "promoter": "Union des mutuelles de Dakar",
        "support_organisations": "ILO STEP",
        "networks": [],
        "target_population": "Traders of the Pikine market and their families.",
        "risks": [risk("primary-care").pk, risk("maternity").pk],
        "contribution_amount": "500",
        "contribution_currency": "XOF",
        "contribution_frequency": "monthly",
        "contribution_basis": "person",
        "benefits_package": "Consultations and deliveries.",
        "provider_contracts": "",
        "website": "",
        "note": "",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def form_of(scheme: Scheme, **overrides) -> dict:
    """The edit form as it is pre-filled for ``scheme``, with ``overrides``."""
    values = services.deserialise(Scheme, services.scheme_values(scheme))
    values = {name: "" if value is None else value for name, value in values.items()}
    return scheme_form_data(**{**values, "note": "", **overrides})


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def edit_url(scheme) -> str:
    return reverse("schemes:edit", args=[scheme.pk])


def history_url(scheme) -> str:
    return reverse("schemes:history", args=[scheme.pk])


# --- Proposing a new scheme --------------------------------------------------------------


def test_form_is_labelled_and_starts_from_the_members_country_and_its_currency(member_client):
    page = member_client.get(CREATE)

    text = visible_text(page)
    assert "Propose a scheme" in text
    assert "The editors read it before it is public" in text
    labels = set(label_texts(page).values())
    assert {"Name:", "Country:", "Type:", "Currency:", "Note to the editors:"} <= labels
    assert "Primary care" in labels and "Funeral" in labels  # one checkbox per risk
    assert selected_options(page, "country") == ["SN"]
    assert selected_options(page, "contribution_currency") == ["XOF"]
    for hidden in ("managers", "contact", "status", "is_demo"):
        assert f'name="{hidden}"' not in html(page)


def test_member_proposes_a_scheme_that_waits_for_review_unseen_by_others(
    client, member, other_member, editor
):
    client.force_login(member)
    network = NetworkFactory(name="Union des mutuelles de Dakar", acronym="UMD")

    response = client.post(
        CREATE, scheme_form_data(networks=[network.pk], note="Seen at the Pikine market.")
    )

    scheme = Scheme.objects.get()
    assert response.status_code == 302 and response["Location"] == scheme.get_absolute_url()
    assert messages_of(response) == [
        "Thank you. Editors will review the scheme before it is public."
    ]
    assert scheme.status == Scheme.Status.PENDING and scheme.published is None
    assert (scheme.name, scheme.country.code, scheme.contribution_currency) == (
        "Mutuelle de santé de Pikine",
        "SN",
        "XOF",
    )
    assert scheme.created_by == member and scheme.contact == member
    assert list(scheme.managers.all()) == [member]
    assert {r.slug for r in scheme.risks.all()} == {"primary-care", "maternity"}
    assert list(scheme.networks.all()) == [network]
    change = SchemeChange.objects.get()
    assert (change.kind, change.status, change.submitted_by) == ("create", "pending", member)
    assert change.note == "Seen at the Pikine market."
    assert change.data["contribution_amount"] == "500.00"
    assert change.data["risks"] == sorted([risk("primary-care").pk, risk("maternity").pk])

    # Nobody else sees it: not anonymous visitors, not other members ...
    assert Client().get(history_url(scheme)).status_code == 404
    client.force_login(other_member)
    assert client.get(history_url(scheme)).status_code == 404
    # ... but its proposer, and the editors, in their queue.
    client.force_login(member)
    assert "Mutuelle de santé de Pikine" in visible_text(client.get(history_url(scheme)))
    client.force_login(editor)
    queue = visible_text(client.get(QUEUE))
    assert "1 proposal to review" in queue
    assert "New scheme Mutuelle de santé de Pikine (MSP) Senegal Aminata Diallo" in queue


def test_editors_scheme_is_published_at_once_and_recorded(editor_client, editor, mailoutbox):
    response = editor_client.post(CREATE, scheme_form_data())

    scheme = Scheme.objects.get()
    assert messages_of(response) == ["The scheme is published."]
    assert scheme.status == Scheme.Status.PUBLISHED and scheme.published is not None
    change = SchemeChange.objects.get()
    assert (change.status, change.reviewed_by, change.submitted_by) == ("approved", editor, editor)
    assert "Mutuelle de santé de Pikine" in visible_text(Client().get(history_url(scheme)))
    assert mailoutbox == []  # nobody to tell


def test_a_refused_form_saves_nothing_and_says_why(member_client):
    response = member_client.post(CREATE, scheme_form_data(risks=[], name=""))

    text = visible_text(response)
    assert "Nothing was sent. Please correct the errors below." in text
    assert "Tick at least one risk or service the scheme covers." in text
    assert "This field is required." in text
    assert not Scheme.objects.exists() and not SchemeChange.objects.exists()
    assert input_value(response, "locality") == "Pikine"  # what was typed stays


# --- Proposing changes -------------------------------------------------------------------


def test_edit_form_starts_from_the_published_values(client, member):
    scheme = SchemeFactory(managers=[member], risks=["maternity"], acronym="MST")
    client.force_login(member)

    page = client.get(edit_url(scheme))

    assert f"Change “{scheme.name}”" in visible_text(page)
    assert input_value(page, "name") == scheme.name
    assert input_value(page, "acronym") == "MST"
    assert input_value(page, "contribution_amount") == "1000.00"
    assert selected_options(page, "contribution_frequency") == ["monthly"]
    assert f'value="{risk("maternity").pk}" id="id_risks_' in html(page)


def test_managers_change_waits_for_review_and_only_names_what_changed(client, member):
    scheme = SchemeFactory(managers=[member], risks=["maternity"], name="Mutuelle de Thiès")
    client.force_login(member)

    response = client.post(
        edit_url(scheme),
        form_of(scheme, contribution_amount="1500", risks=[risk("maternity").pk, risk("life").pk]),
    )

    assert response["Location"] == scheme.get_absolute_url()
    assert messages_of(response) == [
        "Thank you. Editors will review your changes before they are public."
    ]
    change = SchemeChange.objects.get()
    assert (change.kind, change.status) == ("edit", "pending")
    assert change.data == {
        "contribution_amount": "1500.00",
        "risks": sorted([risk("maternity").pk, risk("life").pk]),
    }
    scheme.refresh_from_db()
    assert scheme.contribution_amount == 1000  # unchanged until approved
    assert [r.slug for r in scheme.risks.all()] == ["maternity"]


def test_a_second_proposal_replaces_the_first_and_the_form_shows_it(client, member):
    scheme = SchemeFactory(managers=[member], risks=["maternity"])
    client.force_login(member)
    client.post(edit_url(scheme), form_of(scheme, locality="Mbour"))

    page = client.get(edit_url(scheme))
    assert "The form shows the changes you proposed on" in visible_text(page)
    assert input_value(page, "locality") == "Mbour"
    client.post(edit_url(scheme), form_of(scheme, locality="Tivaouane", note="Moved again."))

    change = SchemeChange.objects.get()
    assert change.data == {"locality": "Tivaouane"} and change.note == "Moved again."


def test_sending_the_form_unchanged_sends_nothing(client, member):
    scheme = SchemeFactory(managers=[member], risks=["maternity"])
    client.force_login(member)

    response = client.post(edit_url(scheme), form_of(scheme))

    assert messages_of(response) == [
        "Nothing differs from the current description: nothing was sent."
    ]
    assert not SchemeChange.objects.exists()


def test_editors_change_is_applied_at_once_and_recorded(editor_client, editor):
    scheme = SchemeFactory(risks=["maternity"], locality="Thiès")

    response = editor_client.post(edit_url(scheme), form_of(scheme, locality="Mbour"))

    assert messages_of(response) == ["Your changes are saved."]
    scheme.refresh_from_db()
    assert scheme.locality == "Mbour"
    change = SchemeChange.objects.get()
    assert (change.kind, change.status, change.reviewed_by) == ("edit", "approved", editor)
    assert (change.previous, change.data) == ({"locality": "Thiès"}, {"locality": "Mbour"})


def test_proposer_corrects_an_unpublished_scheme_in_place(client, member):
    client.force_login(member)
    client.post(CREATE, scheme_form_data())
    scheme = Scheme.objects.get()

    response = client.post(edit_url(scheme), form_of(scheme, locality="Guédiawaye"))

    assert messages_of(response)[-1] == (
        "Thank you. Editors will review the scheme before it is public."
    )
    scheme.refresh_from_db()
    assert scheme.locality == "Guédiawaye" and scheme.status == Scheme.Status.PENDING
    change = SchemeChange.objects.get()  # still one proposal: the new scheme, corrected
    assert change.kind == "create" and change.data["locality"] == "Guédiawaye"


def test_a_refused_scheme_corrected_goes_back_to_the_editors(client, member, editor):
    client.force_login(member)
    client.post(CREATE, scheme_form_data())
    scheme = Scheme.objects.get()
    services.reject(scheme.changes.get(), reviewer=editor, reason="Which town?")

    client.post(edit_url(scheme), form_of(scheme, locality="Rufisque"))

    scheme.refresh_from_db()
    assert scheme.status == Scheme.Status.PENDING
    assert [(c.kind, c.status) for c in scheme.changes.order_by("pk")] == [
        ("create", "rejected"),
        ("create", "pending"),
    ]


# --- Who may do what -----------------------------------------------------------------------


def test_permissions_by_role(client, member, other_member, editor):
    published = SchemeFactory(managers=[member])
    pending = SchemeFactory(managers=[member], status=Scheme.Status.PENDING)
    year = timezone.localdate().year - 1
    anonymous, ok, forbidden, missing = None, 200, 403, 404
    expected = [
        # user, url, status
        (anonymous, CREATE, "login"),
        (anonymous, MINE, "login"),
        (anonymous, edit_url(published), "login"),
        (anonymous, reverse("schemes:report-year", args=[published.pk, year]), "login"),
        (member, CREATE, ok),
        (member, MINE, ok),
        (member, edit_url(published), ok),
        (member, edit_url(pending), ok),
        (member, reverse("schemes:report-year", args=[pending.pk, year]), ok),
        (other_member, edit_url(published), forbidden),
        (other_member, reverse("schemes:report-year", args=[published.pk, year]), forbidden),
        (other_member, edit_url(pending), missing),
        (editor, edit_url(published), ok),
        (editor, edit_url(pending), ok),
        (editor, reverse("schemes:report-year", args=[published.pk, year]), ok),
    ]
    for user, url, status in expected:
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get(url)
        if status == "login":
            assert response.status_code == 302, url
            assert response["Location"].startswith("/en/accounts/login/?next="), url
        else:
            assert response.status_code == status, (getattr(user, "email", None), url)
    client.force_login(other_member)
    client.post(edit_url(published), form_of(published, locality="Elsewhere"))
    assert not SchemeChange.objects.exists()


# --- My schemes ----------------------------------------------------------------------------


def test_my_schemes_lists_managed_schemes_and_proposals_with_their_fate(client, member, editor):
    last_year = timezone.localdate().year - 1
    reported = SchemeFactory(managers=[member], name="Mutuelle Reported", risks=["life"])
    SchemeYearFactory(scheme=reported, year=last_year, members=12400, beneficiaries=40000)
    fresh = SchemeFactory(managers=[member], name="Mutuelle Fresh")
    SchemeFactory(name="Somebody else's mutual")
    client.force_login(member)
    client.post(CREATE, scheme_form_data(name="Mutuelle Proposed"))
    client.post(edit_url(reported), form_of(reported, locality="Kaolack"))
    services.reject(
        SchemeChange.objects.get(kind="edit"), reviewer=editor, reason="Kaolack is wrong."
    )

    page = client.get(MINE)

    text = visible_text(page)
    assert "Mutuelle Fresh" in text and "Mutuelle Proposed" in text
    assert "Somebody else's mutual" not in text
    assert f"12,400 members in {last_year}" in text
    assert "Waiting for review" in text and "Not accepted" in text
    assert "Reason: Kaolack is wrong." in text
    this_year = last_year + 1
    reports = {
        fresh: reverse("schemes:report-year", args=[fresh.pk, last_year]),
        reported: reverse("schemes:report-year", args=[reported.pk, this_year]),
    }
    for url in reports.values():
        assert f'href="{url}"' in html(page)
    assert f"Report figures for {this_year}" in text and f"Report figures for {last_year}" in text
    assert "Proposals to review" not in text


def test_my_schemes_is_empty_for_a_new_member(client):
    client.force_login(UserFactory())
    text = visible_text(client.get(MINE))
    assert "You do not manage any scheme yet." in text
    assert "You have not proposed anything yet." in text
