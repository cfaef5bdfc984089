"""Inventory campaigns: editors open one a year; every active manager of a published
scheme receives one e-mail with a link per scheme, at most once."""

import datetime
import re
import socket

import pytest
from django.utils import timezone

from schemes import inventory
from schemes.models import InventoryCampaign, InventoryInvitation, Scheme
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory
from tests.schemes.factories import SchemeFactory, SchemeYearFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

URL = "/en/schemes/inventory/"
THIS_YEAR = timezone.localdate().year


@pytest.fixture
def managers():
    """Two managers of three published schemes, one of a pending scheme only, an inactive
    one (alone on a published scheme) and a published scheme nobody manages."""
    awa = UserFactory(email="awa@example.org", display_name="Awa Ndiaye")
    marc = UserFactory(email="marc@example.org", display_name="Marc Dubois", language="fr")
    pending_only = UserFactory(email="pending@example.org")
    gone = UserFactory(email="gone@example.org", is_active=False)
    SchemeFactory(name="Mutuelle Jokkoo", acronym="MJ", managers=[awa])
    SchemeFactory(name="Mutuelle de Fandène", managers=[awa, marc])
    SchemeFactory(name="MUSARS Kigali", country="RW", managers=[marc])
    SchemeFactory(name="Mutuelle en attente", status=Scheme.Status.PENDING, managers=[marc])
    SchemeFactory(name="Projet pilote", status=Scheme.Status.PENDING, managers=[pending_only])
    SchemeFactory(name="Mutuelle orpheline", managers=[gone])
    SchemeFactory(name="Mutuelle sans gérant")
    return {"awa": awa, "marc": marc, "pending": pending_only, "gone": gone}


def open_form(**values) -> dict:
    return {"year": str(THIS_YEAR - 1), "deadline": "", "message": "", **values}


# --- Who may open campaigns ------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(URL)

    assert response["Location"] == f"/en/accounts/login/?next={URL}"


def test_member_and_manager_are_refused(client, managers):
    for user in (UserFactory(email="plain@example.org"), managers["awa"]):
        client.force_login(user)
        response = client.get(URL)
        assert response.status_code == 403
        assert "Open a campaign" not in response.content.decode()
        posted = client.post(URL, open_form())
        assert posted.status_code == 403
    assert not InventoryCampaign.objects.exists()


def test_editor_sees_who_will_be_written_to_and_last_year_by_default(editor_client, managers):
    response = editor_client.get(URL)

    page = text(response)
    assert "2 managers of 3 published schemes will receive an e-mail." in page
    assert "2 published schemes have no active manager and will not be asked" in page
    assert f'name="year" value="{THIS_YEAR - 1}"' in response.content.decode()
    assert "No campaign has been opened yet." in page


def test_the_count_is_singular_for_one_manager_of_one_scheme(editor_client):
    SchemeFactory(managers=[UserFactory()])

    page = text(editor_client.get(URL))

    assert "1 manager of 1 published scheme will receive an e-mail." in page
    assert "no active manager" not in page


# --- Opening one ----------------------------------------------------------------------


def test_editor_opens_a_campaign_and_each_manager_gets_one_email(
    editor_client, editor, managers, mailoutbox, django_capture_on_commit_callbacks
):
    deadline = timezone.localdate() + datetime.timedelta(days=30)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            URL,
            open_form(year="2024", deadline=deadline.isoformat(), message="Merci !"),
            follow=True,
        )

    page = text(response)
    assert "The campaign for 2024 is open: 2 managers will receive an e-mail." in page
    campaign = InventoryCampaign.objects.get()
    assert (campaign.year, campaign.deadline, campaign.message) == (2024, deadline, "Merci !")
    assert campaign.opened_by == editor
    assert sorted(message.to[0] for message in mailoutbox) == [
        "awa@example.org",
        "marc@example.org",
    ]
    assert set(InventoryInvitation.objects.values_list("manager__email", flat=True)) == {
        "awa@example.org",
        "marc@example.org",
    }
    assert not InventoryInvitation.objects.filter(sent__isnull=True).exists()
    # The list of campaigns, read again once the e-mails have gone.
    listing = text(editor_client.get(URL))
    assert "2024 Edith Editor" in listing
    assert "2 of 2" in listing


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"year": "1899"}, "The inventory starts in 1900."),
        ({"year": str(THIS_YEAR + 1)}, f"{THIS_YEAR + 1} has not begun"),
        ({"year": ""}, "This field is required."),
        ({"year": "next"}, "Enter a whole number."),
        ({"deadline": "2001-01-01"}, "The deadline cannot be in the past."),
    ],
)
def test_bad_campaigns_are_refused_with_a_clear_error(
    editor_client, managers, mailoutbox, values, error
):
    response = editor_client.post(URL, open_form(**values))

    page = text(response)
    assert "Please correct the errors below." in page
    assert error in page
    assert not InventoryCampaign.objects.exists()
    assert mailoutbox == []


def test_a_year_has_one_campaign(editor_client, editor, managers, mailoutbox):
    InventoryCampaign.objects.create(
        year=2024, opened_by=editor, opened=timezone.make_aware(datetime.datetime(2025, 3, 4))
    )

    response = editor_client.post(URL, open_form(year="2024"))

    assert "The campaign for 2024 was already opened on March 4, 2025." in text(response)
    assert InventoryCampaign.objects.count() == 1
    assert mailoutbox == []


def test_the_current_year_and_todays_deadline_are_accepted(
    editor_client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            URL, open_form(year=str(THIS_YEAR), deadline=timezone.localdate().isoformat())
        )

    assert response["Location"] == URL
    assert InventoryCampaign.objects.get().year == THIS_YEAR
    assert mailoutbox == []  # nobody manages a published scheme


@pytest.mark.parametrize("count", [1, 4])
def test_campaign_list_queries_do_not_grow_with_campaigns(
    editor_client, editor, django_assert_num_queries, count
):
    for year in range(2020, 2020 + count):
        campaign = InventoryCampaign.objects.create(year=year, opened_by=editor)
        InventoryInvitation.objects.create(campaign=campaign, manager=UserFactory())

    # session, user, permissions (user, groups), audience (3 counts), campaigns, and the
    # "last seen" stamp (savepoint, update, release)
    with django_assert_num_queries(11):
        response = editor_client.get(URL)

    assert text(response).count(" of 1") == count


# --- The fan-out and the e-mail ---------------------------------------------------------


def test_fan_out_creates_the_invitations_in_bulk(
    managers, django_assert_num_queries, django_capture_on_commit_callbacks
):
    campaign = InventoryCampaign.objects.create(year=2024)
    for number in range(5):
        SchemeFactory(managers=[UserFactory(email=f"extra{number}@example.org")])

    # campaign, manager ids, insert, invitations to queue: whatever the number of managers
    with django_capture_on_commit_callbacks() as queued, django_assert_num_queries(4):
        assert inventory.fan_out(campaign.pk) == 7

    assert len(queued) == 7
    assert InventoryInvitation.objects.filter(campaign=campaign).count() == 7


def test_fan_out_again_queues_only_what_is_not_sent(
    managers, mailoutbox, django_capture_on_commit_callbacks
):
    campaign = InventoryCampaign.objects.create(year=2024)
    with django_capture_on_commit_callbacks(execute=True):
        assert inventory.fan_out(campaign.pk) == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert inventory.fan_out(campaign.pk) == 0
    assert len(mailoutbox) == 2

    latecomer = UserFactory(email="late@example.org")
    SchemeFactory(name="Nouvelle mutuelle", managers=[latecomer])
    with django_capture_on_commit_callbacks(execute=True):
        assert inventory.fan_out(campaign.pk) == 1
    assert [message.to for message in mailoutbox[2:]] == [["late@example.org"]]


def test_an_invitation_is_sent_at_most_once(managers, mailoutbox):
    campaign = InventoryCampaign.objects.create(year=2024)
    invitation = InventoryInvitation.objects.create(campaign=campaign, manager=managers["awa"])

    assert inventory.deliver_invitation(invitation.pk) is True
    assert inventory.deliver_invitation(invitation.pk) is False

    assert len(mailoutbox) == 1
    invitation.refresh_from_db()
    assert timezone.now() - invitation.sent < datetime.timedelta(minutes=1)


def test_a_failed_send_releases_the_invitation_for_the_retry(settings, managers, mailoutbox):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    campaign = InventoryCampaign.objects.create(year=2024)
    invitation = InventoryInvitation.objects.create(campaign=campaign, manager=managers["awa"])

    with pytest.raises(OSError):
        inventory.deliver_invitation(invitation.pk)

    invitation.refresh_from_db()
    assert invitation.sent is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert inventory.deliver_invitation(invitation.pk) is True
    assert len(mailoutbox) == 1


def test_the_email_lists_only_the_managers_published_schemes(client, managers, mailoutbox):
    campaign = InventoryCampaign.objects.create(
        year=2024, deadline=datetime.date(2099, 5, 31), message="Thank you for your help."
    )
    invitation = InventoryInvitation.objects.create(campaign=campaign, manager=managers["awa"])
    schemes = {scheme.name: scheme for scheme in Scheme.objects.all()}

    inventory.deliver_invitation(invitation.pk)

    [message] = mailoutbox
    assert message.to == ["awa@example.org"]
    assert message.subject == "Please update the figures of your schemes for 2024"
    body = message.body
    assert body.startswith("Hello Awa Ndiaye,")
    jokkoo, fandene = schemes["Mutuelle Jokkoo"], schemes["Mutuelle de Fandène"]
    assert f"Mutuelle Jokkoo (MJ)\nhttp://testserver/en/schemes/{jokkoo.pk}/figures/2024/\n" in body
    assert f"Mutuelle de Fandène\nhttp://testserver/en/schemes/{fandene.pk}/figures/2024/\n" in body
    assert body.count("/figures/2024/") == 2
    for other in ("MUSARS", "en attente", "Projet pilote", "orpheline", "sans gérant", "marc@"):
        assert other not in body
    assert "pre-filled with last year's answers" in body
    assert "Please answer by May 31, 2099." in body
    assert "A message from the editors:\n\nThank you for your help." in body
    assert "http://testserver/en/schemes/mine/" in body
    # The links open the manager's form, pre-filled with the year before.
    SchemeYearFactory(scheme=jokkoo, year=2023, members=731)
    client.force_login(managers["awa"])
    form = client.get(f"/en/schemes/{jokkoo.pk}/figures/2024/").content.decode()
    assert re.search(r'<input[^>]*name="members"[^>]*value="731"', form)


def test_a_manager_gone_or_left_with_no_published_scheme_gets_nothing(managers, mailoutbox):
    campaign = InventoryCampaign.objects.create(year=2024)
    gone = InventoryInvitation.objects.create(campaign=campaign, manager=managers["gone"])
    pending = InventoryInvitation.objects.create(campaign=campaign, manager=managers["pending"])

    assert inventory.deliver_invitation(gone.pk) is False
    assert inventory.deliver_invitation(pending.pk) is False

    assert mailoutbox == []
    assert not InventoryInvitation.objects.filter(sent__isnull=False).exists()
