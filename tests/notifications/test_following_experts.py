"""Following an expert: their followers hear when the expert saves a profile members may
see, at most once a day; a hidden profile tells nobody, and a profile hidden before
the e-mail leaves is not sent."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from experts.models import ExpertProfile
from notifications.models import Delivery, Notification, OutboxMessage, Subscription, Update
from tests.experts.test_my_profile import form_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ME = reverse("experts:my-profile")
SENTENCE = "Aminata Diallo updated their expert profile."


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


def save(client, capture, **changes):
    """The expert saves their profile through their own form (/experts/me/)."""
    with capture(execute=True):
        response = client.post(ME, form_data(**changes))
    assert response.status_code == 302, response.content.decode()[:500]
    return ExpertProfile.objects.get()  # the one expert of these tests


def expert_updates(profile) -> list:
    return list(
        Update.objects.filter(verb="expert-updated", source_id=profile.pk).order_by("created")
    )


def a_day_passes(profile) -> None:
    """Date the profile's updates back by more than a day (the quiet time)."""
    Update.objects.filter(verb="expert-updated", source_id=profile.pk).update(
        created=timezone.now() - datetime.timedelta(hours=25)
    )


def test_followers_hear_when_the_expert_updates_a_visible_profile(
    member_client, member, other_member, django_capture_on_commit_callbacks
):
    profile = save(member_client, django_capture_on_commit_callbacks)  # members only
    assert len(expert_updates(profile)) == 1  # published: nobody could follow it yet
    follow(other_member, profile)
    follow(member, profile)  # the expert's own follow: they are not told of their own save
    a_day_passes(profile)

    save(member_client, django_capture_on_commit_callbacks, headline="Pension actuary")

    [email] = updates_sent_to(other_member)
    assert email.subject == "[Aminata Diallo] Expert profile updated: Aminata Diallo"
    assert SENTENCE in email.body
    assert f"http://testserver/en/experts/{profile.pk}/" in email.body
    assert "You receive this because you follow the expert “Aminata Diallo”." in email.body
    assert Notification.objects.get(recipient=other_member).via == profile
    assert not Notification.objects.filter(recipient=member).exists()


def test_saves_within_a_day_make_one_update(
    member_client, other_member, django_capture_on_commit_callbacks
):
    profile = save(member_client, django_capture_on_commit_callbacks)
    follow(other_member, profile)
    a_day_passes(profile)

    for headline in ("First change", "Second change", "Third change"):
        save(member_client, django_capture_on_commit_callbacks, headline=headline)

    assert len(updates_sent_to(other_member)) == 1
    assert expert_updates(profile)[-1].title == "First change"

    a_day_passes(profile)
    save(member_client, django_capture_on_commit_callbacks, headline="Next day")

    assert len(updates_sent_to(other_member)) == 2
    assert expert_updates(profile)[-1].title == "Next day"


def test_a_hidden_profile_tells_nobody_until_it_is_shown_again(
    member_client, other_member, editor, django_capture_on_commit_callbacks
):
    profile = save(member_client, django_capture_on_commit_callbacks, visibility="public")
    follow(other_member, profile)
    follow(editor, profile)  # editors may open hidden profiles, and still are not told
    a_day_passes(profile)
    published = len(expert_updates(profile))

    save(member_client, django_capture_on_commit_callbacks, visibility="hidden")
    save(member_client, django_capture_on_commit_callbacks, visibility="hidden", headline="Quiet")

    assert len(expert_updates(profile)) == published
    assert updates_sent_to(other_member) == [] and updates_sent_to(editor) == []

    save(member_client, django_capture_on_commit_callbacks, visibility="members")

    assert len(updates_sent_to(other_member)) == 1
    assert len(updates_sent_to(editor)) == 1


def test_a_profile_created_hidden_is_not_news(member_client, django_capture_on_commit_callbacks):
    profile = save(member_client, django_capture_on_commit_callbacks, visibility="hidden")

    assert expert_updates(profile) == []


def test_profile_hidden_before_the_email_leaves_is_not_sent(
    member_client, member, other_member, django_capture_on_commit_callbacks
):
    profile = save(member_client, django_capture_on_commit_callbacks)
    follow(other_member, profile)
    a_day_passes(profile)
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        member_client.post(ME, form_data(headline="Changed"))
    ExpertProfile.objects.filter(pk=profile.pk).update(visibility=ExpertProfile.Visibility.HIDDEN)

    for callback in waiting:
        callback()

    assert updates_sent_to(other_member) == []
    assert OutboxMessage.objects.get(recipient=other_member).state == OutboxMessage.State.CANCELLED


def test_french_follower_gets_the_french_address(member_client, django_capture_on_commit_callbacks):
    profile = save(member_client, django_capture_on_commit_callbacks)
    reader = UserFactory(email="awa@example.org", display_name="Awa Ndiaye", language="fr")
    follow(reader, profile)
    a_day_passes(profile)

    save(member_client, django_capture_on_commit_callbacks, headline="Actuaire")

    [email] = updates_sent_to(reader)
    assert f"http://testserver/fr/experts/{profile.pk}/" in email.body
    assert email.subject.startswith("[Aminata Diallo] ")
