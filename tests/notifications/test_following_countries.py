"""Following a country: its followers hear when its profile is published (through the
admin or the moderation workflow) and when an import changes its indicator values;
followers of other countries hear nothing, and a page that is not live tells nobody."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from accounts import roles
from countryprofiles import imports
from countryprofiles.models import CountryProfilePage
from notifications.models import Delivery, Notification, OutboxMessage, Subscription, Update
from tests.countryprofiles.factories import CuratorshipFactory, IndicatorFactory, make_profile
from tests.countryprofiles.test_admin import edit_url, form_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SENTENCE = "The country profile of Senegal was updated."


@pytest.fixture
def senegal(db):
    return make_profile("SN", in_brief="<p>Senegal extends coverage.</p>")


@pytest.fixture
def india(db):
    return make_profile("IN", in_brief="<p>India's e-Shram registry.</p>")


def follow(user, obj, delivery=Delivery.INSTANT) -> Subscription:
    return Subscription.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=obj.pk,
        delivery=delivery,
    )


def updates_sent_to(person) -> list:
    return [
        m for m in mail.outbox if m.to == [person.email] and "List-Unsubscribe" in m.extra_headers
    ]


def country_updates() -> list:
    """What was recorded as news of countries (also the profiles' first publication
    when the tests set them up)."""
    return list(Update.objects.filter(verb="country-updated").values_list("pk", "source_id"))


def publish_in_admin(client, page, text, capture, **extra):
    with capture(execute=True):
        return client.post(
            edit_url(page),
            form_data(page, text, **{"action-publish": "action-publish", **extra}),
        )


def test_editor_publishing_a_profile_tells_the_followers_of_that_country_only(
    editor_client, member, other_member, senegal, india, django_capture_on_commit_callbacks
):
    follow(member, senegal)
    follow(other_member, india)

    response = publish_in_admin(
        editor_client, senegal, "<p>New pension reform.</p>", django_capture_on_commit_callbacks
    )

    assert response.status_code == 302
    assert "New pension reform." in CountryProfilePage.objects.get(pk=senegal.pk).in_brief
    [email] = updates_sent_to(member)
    assert email.subject == "[Senegal] Country profile updated: Senegal"
    assert SENTENCE in email.body
    assert "http://testserver/en/countries/sn/" in email.body
    assert "You receive this because you follow the country “Senegal”." in email.body
    assert Notification.objects.get(recipient=member).via == senegal
    assert not Notification.objects.filter(recipient=other_member).exists()
    assert updates_sent_to(other_member) == []


def test_french_follower_reads_the_country_name_in_french_and_a_french_address(
    editor_client, senegal, django_capture_on_commit_callbacks
):
    reader = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", language="fr")
    follow(reader, senegal)

    publish_in_admin(editor_client, senegal, "<p>Réforme.</p>", django_capture_on_commit_callbacks)

    [email] = updates_sent_to(reader)
    assert email.subject.startswith("[Sénégal] ")
    assert "http://testserver/fr/countries/sn/" in email.body


def test_a_draft_or_a_scheduled_publication_tells_nobody(
    editor_client, member, senegal, django_capture_on_commit_callbacks
):
    follow(member, senegal)
    before = country_updates()
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(edit_url(senegal), form_data(senegal, "<p>Only a draft.</p>"))
        # Scheduled for next week (Wagtail sends page_published, the page is not live yet).
        draft = CountryProfilePage.objects.get(pk=senegal.pk).get_latest_revision_as_object()
        draft.go_live_at = timezone.now() + datetime.timedelta(days=7)
        draft.save_revision().publish()

    assert "Only a draft." not in CountryProfilePage.objects.get(pk=senegal.pk).in_brief
    assert country_updates() == before
    assert updates_sent_to(member) == []


def test_curators_submission_approved_tells_followers_but_not_the_curator(
    client, editor, member, senegal, django_capture_on_commit_callbacks
):
    curator = UserFactory(email="awa@example.org", display_name="Awa Curator")
    curator.groups.add(Group.objects.get(name=roles.MEMBERS))
    CuratorshipFactory(user=curator, country="SN")
    follow(curator, senegal)
    follow(member, senegal, Delivery.DAILY)
    client.force_login(curator)
    client.post(
        edit_url(senegal),
        form_data(senegal, "<p>Reviewed text.</p>", **{"action-submit": "action-submit"}),
    )
    before = country_updates()

    client.force_login(editor)
    task = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[senegal.pk, "approve", task.pk]),
            {"comment": "Thanks"},
        )

    [(update_id, source_id)] = set(country_updates()) - set(before)
    update = Update.objects.get(pk=update_id)
    assert (source_id, update.actor) == (senegal.pk, curator)
    notification = Notification.objects.get(update=update)
    assert (notification.recipient, notification.delivery) == (member, Delivery.DAILY)
    assert updates_sent_to(member) == []  # in tomorrow's digest
    assert updates_sent_to(curator) == []


def test_profile_withdrawn_before_the_email_leaves_is_not_sent(
    member, senegal, django_capture_on_commit_callbacks
):
    follow(member, senegal)
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        senegal.save_revision().publish()
    CountryProfilePage.objects.filter(pk=senegal.pk).update(live=False)

    for callback in waiting:
        callback()

    assert updates_sent_to(member) == []
    assert OutboxMessage.objects.get(recipient=member).state == OutboxMessage.State.CANCELLED


# --- Indicator values imported ---------------------------------------------------------------

HEADER = "country,indicator,year,value,source\n"


@pytest.fixture
def coverage(db):
    return IndicatorFactory(code="coverage", name="Coverage", maximum=Decimal(100))


def test_an_import_that_changes_a_countrys_values_tells_its_followers(
    member, other_member, senegal, india, coverage, django_capture_on_commit_callbacks
):
    follow(member, senegal)
    follow(other_member, india)
    before = country_updates()
    data = HEADER + "SN,coverage,2022,19.6,ILO\nPE,coverage,2022,40,ILO\n"

    with django_capture_on_commit_callbacks(execute=True):
        report = imports.import_values(data.encode())

    assert (report.created, report.updated) == (2, 0)
    [email] = updates_sent_to(member)
    assert SENTENCE in email.body
    assert "http://testserver/en/countries/sn/" in email.body
    assert updates_sent_to(other_member) == []  # India's values did not change
    # Peru has values but no profile: nobody to tell, nothing recorded.
    assert [source for _, source in set(country_updates()) - set(before)] == [senegal.pk]


def test_an_import_that_changes_nothing_or_only_checks_tells_nobody(
    member, senegal, coverage, django_capture_on_commit_callbacks
):
    follow(member, senegal)
    before = country_updates()
    data = (HEADER + "SN,coverage,2022,19.6,ILO\n").encode()
    with django_capture_on_commit_callbacks(execute=True):
        imports.import_values(data, check_only=True)
    assert country_updates() == before
    with django_capture_on_commit_callbacks(execute=True):
        imports.import_values(data)
    assert len(updates_sent_to(member)) == 1

    with django_capture_on_commit_callbacks(execute=True):
        report = imports.import_values(data)

    assert report.unchanged == 1
    assert len(country_updates()) == len(before) + 1
    assert len(updates_sent_to(member)) == 1
