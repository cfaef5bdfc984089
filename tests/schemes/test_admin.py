"""Editors keep schemes, risks, networks and campaigns in Wagtail's admin ("Schemes" menu),
assign managers and contact persons there, and find the proposed changes; members are
turned away."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts import roles
from schemes.models import InventoryCampaign, Network, Scheme, SchemeChange
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory, SchemeYearFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SCHEMES = "/admin/schemes-schemes/"
CHANGES = "/admin/schemes-changes/"
CAMPAIGNS = "/admin/schemes-campaigns/"
RISKS = "/admin/schemes-risks/"
NETWORKS = "/admin/schemes-networks/"


@pytest.fixture
def schemes():
    pending = SchemeFactory(
        name="Mutuelle en attente", acronym="MEA", status=Scheme.Status.PENDING, published=None
    )
    published = SchemeFactory(
        name="MUSARS Kigali", acronym="MUSARS", country="RW", scheme_type=Scheme.Type.COMMUNITY
    )
    SchemeYearFactory(scheme=published, year=2023)
    return pending, published


def assignment_form(scheme: Scheme, **values) -> dict:
    """What the admin's edit form posts for ``scheme``, with ``values`` changed."""
    data = {
        "managers": [user.pk for user in scheme.managers.all()],
        "contact": scheme.contact_id or "",
    }
    if scheme.is_demo:
        data["is_demo"] = "on"
    data.update(values)
    return data


def test_editors_and_administrators_hold_the_schemes_permissions():
    wanted = {codename for _, codename in roles.SCHEMES_PERMISSIONS}
    assert "change_scheme" in wanted and "view_inventoryinvitation" in wanted
    for name in (roles.EDITORS, roles.ADMINISTRATORS):
        held = set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="schemes")
            .values_list("codename", flat=True)
        )
        assert held == wanted, name
    for name in (roles.MEMBERS, roles.EXPERTS, roles.COUNTRY_CURATORS):
        assert (
            not Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="schemes")
            .exists()
        )


def test_editor_lists_every_scheme_and_searches_and_filters_them(editor_client, schemes):
    listing = text(editor_client.get(SCHEMES))
    assert "Mutuelle en attente" in listing and "Waiting for review" in listing
    assert "MUSARS Kigali" in listing and "Rwanda" in listing and "2023" in listing
    assert "Community-based scheme" in listing

    found = text(editor_client.get(SCHEMES, {"q": "musars"}))
    assert "MUSARS Kigali" in found and "Mutuelle en attente" not in found

    pending = text(editor_client.get(SCHEMES, {"status": "pending"}))
    assert "Mutuelle en attente" in pending and "MUSARS Kigali" not in pending

    by_type = text(editor_client.get(SCHEMES, {"scheme_type": "community"}))
    assert "MUSARS Kigali" in by_type and "Mutuelle en attente" not in by_type

    by_country = text(editor_client.get(SCHEMES, {"country": "RW"}))
    assert "MUSARS Kigali" in by_country and "Mutuelle en attente" not in by_country


def test_editor_assigns_a_manager_and_a_contact(editor_client, schemes, member):
    pending, _ = schemes
    contact = UserFactory(email="bosco@example.org", display_name="Bosco Habimana")
    edit = f"{SCHEMES}edit/{pending.pk}/"

    form = editor_client.get(edit).content.decode()
    for field in ("managers", "contact", "is_demo"):
        assert f'name="{field}"' in form
    # The description and the status are the portal's: validated, reviewed, recorded.
    for field in ("name", "status", "risks", "contribution_currency", "years", "latest_members"):
        assert f'name="{field}"' not in form

    response = editor_client.post(
        edit, assignment_form(pending, managers=[member.pk], contact=contact.pk)
    )

    assert response["Location"] == SCHEMES
    pending.refresh_from_db()
    assert list(pending.managers.all()) == [member]
    assert pending.contact == contact
    assert pending.status == Scheme.Status.PENDING
    assert pending in Scheme.objects.managed_by(member)


def test_schemes_are_not_added_in_the_admin(editor_client, schemes):
    listing = editor_client.get(SCHEMES).content.decode()
    assert f'href="{SCHEMES}new/"' not in listing

    response = editor_client.get(f"{SCHEMES}new/")

    assert response.status_code == 302
    assert Scheme.objects.count() == 2


def test_assigning_keeps_the_latest_figures(editor_client, schemes, member):
    _, published = schemes

    editor_client.post(
        f"{SCHEMES}edit/{published.pk}/", assignment_form(published, managers=[member.pk])
    )

    published.refresh_from_db()
    assert list(published.managers.all()) == [member]
    assert (published.latest_year, published.latest_members) == (2023, 1200)


def test_edit_errors_are_shown(editor_client, schemes):
    pending, _ = schemes

    response = editor_client.post(
        f"{SCHEMES}edit/{pending.pk}/", assignment_form(pending, contact=999999)
    )

    page = text(response)
    assert "The scheme could not be saved due to errors." in page
    assert "Select a valid choice." in page
    pending.refresh_from_db()
    assert pending.contact is None


def test_proposed_changes_open_the_portals_review_page(editor_client, schemes, member):
    pending, _ = schemes
    change = SchemeChange.objects.create(
        scheme=pending, kind=SchemeChange.Kind.CREATE, submitted_by=member
    )

    response = editor_client.get(CHANGES)

    page = text(response)
    assert "Mutuelle en attente (MEA)" in page and "New scheme" in page
    assert "Aminata Diallo" in page
    html = response.content.decode()
    assert f'href="/en/schemes/review/{change.pk}/"' in html
    assert f'href="{CHANGES}new/"' not in html
    assert 'href="/en/schemes/review/"' in html  # the queue, on the portal
    assert f"{CHANGES}edit/" not in html
    for refused in (f"{CHANGES}new/", f"{CHANGES}edit/{change.pk}/"):
        response = editor_client.get(refused)
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_campaigns_are_listed_but_opened_on_the_portal(editor_client, editor):
    campaign = InventoryCampaign.objects.create(year=2024, opened_by=editor)

    response = editor_client.get(CAMPAIGNS)

    assert "2024" in text(response) and "Edith Editor" in text(response)
    assert f'href="{CAMPAIGNS}new/"' not in response.content.decode()
    assert 'href="/en/schemes/inventory/"' in response.content.decode()
    refused = editor_client.get(f"{CAMPAIGNS}new/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    editor_client.post(
        f"{CAMPAIGNS}edit/{campaign.pk}/", {"deadline": "2099-06-30", "message": "Merci"}
    )
    campaign.refresh_from_db()
    assert (str(campaign.deadline), campaign.message, campaign.year) == (
        "2099-06-30",
        "Merci",
        2024,
    )


def test_editor_keeps_risks_and_networks(editor_client):
    assert "Maternity" in text(editor_client.get(RISKS))

    response = editor_client.post(
        f"{NETWORKS}new/", {"name": "Union technique de la mutualité", "acronym": "UTM"}
    )

    assert response["Location"] == NETWORKS
    assert "Union technique de la mutualité (UTM)" in text(editor_client.get(NETWORKS))
    assert Network.objects.get().acronym == "UTM"


@pytest.mark.parametrize("url", [SCHEMES, CHANGES, CAMPAIGNS, RISKS, NETWORKS])
def test_members_are_turned_away(client, member, url):
    client.force_login(member)

    refused = client.get(url)

    assert (refused.status_code, refused["Location"]) == (302, f"/admin/login/?next={url}")


def test_admin_access_without_schemes_permissions_is_refused(client, schemes):
    pending, _ = schemes
    user = UserFactory(email="curator@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)

    for url in (SCHEMES, CHANGES, CAMPAIGNS, RISKS, NETWORKS):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    posted = client.post(
        f"{SCHEMES}edit/{pending.pk}/", assignment_form(pending, managers=[user.pk])
    )
    assert (posted.status_code, posted["Location"]) == (302, "/admin/")
    assert not pending.managers.exists()
