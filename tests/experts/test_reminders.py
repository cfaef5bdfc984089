"""The yearly reminder: experts whose profile has not changed for a year get one e-mail,
in their language, with the link to their profile form; never twice in a year."""

import datetime

import pytest
from django.utils import timezone

from experts.models import ExpertProfile
from experts.tasks import send_cv_reminders
from gess.celery import app
from tests.factories import UserFactory

DAY = datetime.timedelta(days=1)


def profile(email: str, *, updated_days_ago: int, reminded_days_ago=None, **user_fields):
    user = UserFactory(email=email, **user_fields)
    now = timezone.now()
    expert = ExpertProfile.objects.create(user=user, headline=f"Expert {email}")
    ExpertProfile.objects.filter(pk=expert.pk).update(
        updated=now - updated_days_ago * DAY,
        reminded=None if reminded_days_ago is None else now - reminded_days_ago * DAY,
    )
    return expert


def sweep(capture) -> int:
    with capture(execute=True):
        return send_cv_reminders.delay().get()


@pytest.mark.django_db
def test_only_profiles_unchanged_and_unreminded_for_a_year_are_reminded(
    mailoutbox, django_capture_on_commit_callbacks
):
    stale = profile("stale@example.org", updated_days_ago=400, display_name="Stale Expert")
    reminded_long_ago = profile("long-ago@example.org", updated_days_ago=800, reminded_days_ago=366)
    recent = profile("recent@example.org", updated_days_ago=364)
    reminded_lately = profile("lately@example.org", updated_days_ago=500, reminded_days_ago=100)
    gone = profile("gone@example.org", updated_days_ago=700, is_active=False)

    assert sweep(django_capture_on_commit_callbacks) == 2

    assert sorted(message.to[0] for message in mailoutbox) == [
        "long-ago@example.org",
        "stale@example.org",
    ]
    stamped = {p.pk: p.reminded for p in ExpertProfile.objects.all()}
    assert timezone.now() - stamped[stale.pk] < datetime.timedelta(minutes=1)
    assert timezone.now() - stamped[reminded_long_ago.pk] < datetime.timedelta(minutes=1)
    assert stamped[recent.pk] is None
    assert timezone.now() - stamped[reminded_lately.pk] > 99 * DAY
    assert stamped[gone.pk] is None


@pytest.mark.django_db
def test_running_the_sweep_twice_sends_nothing_twice(
    mailoutbox, django_capture_on_commit_callbacks
):
    profile("stale@example.org", updated_days_ago=400)

    assert sweep(django_capture_on_commit_callbacks) == 1
    assert sweep(django_capture_on_commit_callbacks) == 0

    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_reminder_is_written_in_the_experts_language_with_the_link_to_the_form(
    mailoutbox, django_capture_on_commit_callbacks
):
    expert = profile(
        "marie@example.org", updated_days_ago=400, display_name="Marie Curie", language="fr"
    )
    english = profile("john@example.org", updated_days_ago=400, display_name="John Smith")

    sweep(django_capture_on_commit_callbacks)

    by_address = {message.to[0]: message for message in mailoutbox}
    french = by_address["marie@example.org"]
    assert french.body.startswith("Bonjour Marie Curie,")
    assert "http://testserver/fr/experts/me/\n" in french.body
    assert f"http://testserver/fr/experts/{expert.pk}/\n" in french.body
    assert "/en/" not in french.body
    # French typography puts a (no-break) space before ":" and "?".
    expected = "GESS : votre profil d'expert est-il toujours à jour ?"
    assert " ".join(french.subject.split()) == expected

    message = by_address["john@example.org"]
    assert message.subject == "GESS: is your expert profile still up to date?"
    assert message.body.startswith("Hello John Smith,")
    assert "Your expert profile in the GESS expert database was last updated on" in message.body
    assert "http://testserver/en/experts/me/\n" in message.body
    assert f"http://testserver/en/experts/{english.pk}/\n" in message.body
    assert "john@example.org" not in message.body


@pytest.mark.django_db
def test_saving_the_profile_stops_the_reminders(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    from tests.experts.test_my_profile import ME, form_data

    expert = profile("stale@example.org", updated_days_ago=400)
    client.force_login(expert.user)
    client.post(ME, form_data())

    assert sweep(django_capture_on_commit_callbacks) == 0
    assert mailoutbox == []


def test_reminders_travel_on_the_email_queue():
    route = app.amqp.router.route({}, "experts.send_cv_reminder", args=(), kwargs={})

    assert route["queue"].name == "email"


def test_the_sweep_runs_daily_from_beat(settings):
    [entry] = [
        entry
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "experts.send_cv_reminders"
    ]
    assert entry["schedule"] == 24 * 60 * 60
    assert "experts.send_cv_reminders" in app.tasks


@pytest.mark.worker
def test_reminder_is_delivered_by_a_real_worker_over_smtp(smtp_server, real_celery_worker):
    expert = profile(
        "carlos.expert@example.org",
        updated_days_ago=400,
        display_name="Carlos Rojas",
        language="es",
    )

    send_cv_reminders.delay()

    [received] = smtp_server.wait_for(1, timeout=20)
    envelope, message = received["envelope"], received["message"]
    assert envelope.rcpt_tos == ["carlos.expert@example.org"]
    body = message.get_content()
    assert body.startswith("Hola, Carlos Rojas:")
    assert "http://testserver/es/experts/me/" in body
    [(kwargs, state, ran_in_worker)] = real_celery_worker.wait_for_task("experts.send_cv_reminder")
    assert state == "SUCCESS"
    assert ran_in_worker
    assert kwargs == {"profile_id": expert.pk}
    expert.refresh_from_db()
    assert expert.reminded is not None
