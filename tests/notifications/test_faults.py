"""Delivery when things break: Redis stopped while members post, a worker killed in
the middle of a batch, an SMTP server refusing for a while, a digest task run twice.
Each time, every e-mail owed arrives exactly once, and no page fails."""

import logging
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.db import connection
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError

from core.cache import RedisCache
from gess.celery import app
from notifications.models import Delivery, OutboxMessage, Update
from notifications.tasks import send_digests, sweep_outbox
from tests.factories import UserFactory
from tests.workspaces.factories import WorkspaceFactory, add_member

from .conftest import wait_until, worker_thread

State = OutboxMessage.State
CACHE_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}


def states() -> dict[str, tuple]:
    return {
        email: (state, attempts)
        for email, state, attempts in OutboxMessage.objects.values_list(
            "recipient__email", "state", "attempts"
        )
    }


@pytest.fixture
def workspace(transactional_db):
    return WorkspaceFactory(name="Health mutuals in Benin", slug="health-mutuals-benin")


@pytest.fixture
def author(transactional_db):
    return UserFactory(email="kofi@example.org", display_name="Kofi Mensah")


def followers_of(workspace, follow, count: int, delivery=Delivery.INSTANT) -> list:
    people = [UserFactory(email=f"follower{n}@example.org") for n in range(count)]
    for person in people:
        follow(person, workspace, delivery)
    return people


# --- The cache: an unreachable Redis is an empty cache ---------------------------------------


def test_the_cache_answers_as_an_empty_one_while_redis_is_down(private_redis, caplog):
    cache = RedisCache(private_redis.url(1), {"OPTIONS": CACHE_OPTIONS})
    stock = DjangoRedisCache(private_redis.url(1), {"OPTIONS": CACHE_OPTIONS})
    cache.set("glossary", ["mutuelle"], 60)
    assert cache.get("glossary") == ["mutuelle"]

    private_redis.stop()

    with pytest.raises(RedisConnectionError):  # what Django's own backend does
        stock.get("glossary")
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        assert cache.get("glossary") is None
        assert cache.get("glossary", "fallback") == "fallback"
        assert cache.get_or_set("glossary", ["computed"]) == ["computed"]
        assert cache.get_many(["glossary", "topics"]) == {}
        assert cache.has_key("glossary") is False
        assert cache.add("glossary", ["other"]) is True  # taken, and forgotten at once
        assert cache.get("glossary") is None
        assert cache.set("glossary", ["other"]) is None
        assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert cache.touch("glossary") is False
        assert cache.delete("glossary") is False
        assert cache.delete_many(["a", "b"]) is None
        assert cache.clear() is False
        with pytest.raises(ValueError, match="not found"):
            cache.incr("counter")
    # Said once, not once per call.
    warnings = [r for r in caplog.records if r.name == "core.cache" and r.levelname == "WARNING"]
    assert len(warnings) <= 1

    private_redis.start()  # empty, as a restarted Redis without persistence

    assert cache.get("glossary") is None
    cache.set("glossary", ["mutuelle", "pension"], 60)
    assert cache.get("glossary") == ["mutuelle", "pension"]


def test_settings_use_the_tolerant_cache_with_redis():
    """The settings as a server with REDIS_URL reads them (in a fresh interpreter)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gess.settings.test",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "PYTHONPATH": str(django_settings.BASE_DIR),
    }
    printed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; c = settings.CACHES['default'];"
            "print(c['BACKEND'], c['LOCATION'], sorted(c['OPTIONS']))",
        ],
        env=env,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()

    assert printed == (
        "core.cache.RedisCache redis://127.0.0.1:6379/3 "
        "['socket_connect_timeout', 'socket_timeout']"
    )


# --- a. Redis stopped while members post ------------------------------------------------------


@pytest.mark.worker
def test_members_sign_in_and_post_while_redis_is_down_and_the_sweep_sends_once_it_is_back(
    settings, private_broker, mailbox, client, password, workspace, follow, followable_workspace
):
    """Redis is both the broker and the cache here, as in production."""
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": private_broker.url(1),
            "OPTIONS": CACHE_OPTIONS,
        }
    }
    del settings.ACCOUNT_RATE_LIMITS  # allauth's defaults, as in production: kept in the cache
    followers = followers_of(workspace, follow, 3)
    member = UserFactory(email="aminata@example.org", display_name="Aminata Diallo")
    add_member(workspace, member)

    private_broker.stop()
    started = time.monotonic()
    signed_in = client.post(
        "/en/accounts/login/", {"login": "aminata@example.org", "password": password}
    )
    response = client.post(
        "/en/workspaces/health-mutuals-benin/blog/new/",
        {"title": "Radio spots did little", "body": "Visits did a lot."},
        follow=True,
    )
    elapsed = time.monotonic() - started

    assert signed_in.status_code == 302 and signed_in["Location"] == "/en/dashboard/"
    [(url, status)] = response.redirect_chain
    assert status == 302 and url.startswith("/en/workspaces/health-mutuals-benin/blog/")
    assert response.status_code == 200
    assert "Radio spots did little" in response.content.decode()
    assert elapsed < 5  # not held up by retries to reach Redis, nor by allauth's lock
    assert Update.objects.get().actor == member
    assert states() == {person.email: (State.PENDING, 0) for person in followers}
    # The health check names what is down.
    health = client.get("/health/").json()
    assert health["status"] == "error"
    assert health["checks"]["cache"]["status"] == "error"
    assert health["checks"]["broker"]["status"] == "error"
    assert health["checks"]["database"]["status"] == "ok"
    assert mailbox.messages == []

    private_broker.start()
    with worker_thread(app) as worker:
        sweep_outbox.delay()  # what Celery beat sends every minute
        received = mailbox.wait_for(3, timeout=30)
        assert worker.wait_for_runs("notifications.send_messages")

    assert len(received) == 3
    assert mailbox.per_recipient() == {person.email: 1 for person in followers}
    assert [state for _kwargs, state in worker.runs("notifications.sweep_outbox")] == ["SUCCESS"]
    assert states() == {person.email: (State.SENT, 1) for person in followers}
    # With Redis back, the cache holds again.
    from django.core.cache import cache

    cache.set("after", "back", 60)
    assert cache.get("after") == "back"


# --- b. A worker killed in the middle of a batch --------------------------------------------

# A worker of the portal's own in a separate process: the test settings, Django's SMTP
# backend pointed at the test's server (the test settings keep e-mail in memory), the
# broker and the claim's lease from the environment.
WORKER = textwrap.dedent(
    """
    import os

    import django

    django.setup()
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = int(os.environ["TEST_SMTP_PORT"])
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 30

    from gess.celery import app

    app.conf.task_always_eager = False
    app.worker_main([
        "worker", "--queues", "email,celery", "--pool", "solo", "--loglevel", "WARNING",
        "--without-gossip", "--without-mingle", "--without-heartbeat",
        "--hostname", "fault-test-%s@%%h" % os.getpid(),
    ])
    """
)


def start_worker_process(broker_url: str, smtp_port: int, log, lease: int = 600):
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gess.settings.test",
        "DATABASE_URL": f"postgres://{credentials}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": "",
        "CELERY_BROKER_URL": broker_url,
        "NOTIFICATIONS_CLAIM_LEASE": str(lease),
        "TEST_SMTP_PORT": str(smtp_port),
        "PYTHONPATH": str(django_settings.BASE_DIR),
    }
    return subprocess.Popen(
        [sys.executable, "-c", WORKER],
        env=env,
        cwd=django_settings.BASE_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def stop(process) -> None:
    if process is not None and process.poll() is None:
        process.kill()
        process.wait(timeout=10)


@pytest.mark.worker
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the worker runs in another process, which must see the test database: "
    "SQLite's test database lives in this process's memory",
)
def test_a_worker_killed_mid_batch_leaves_each_email_to_arrive_exactly_once(
    private_broker, mailbox, workspace, author, follow, notify
):
    followers = followers_of(workspace, follow, 6)
    mailbox.stall_at = 3  # the server stalls on the third e-mail's recipient…
    first = second = None
    with tempfile.TemporaryFile() as log:
        try:
            notify(workspace, author=author)  # one task, six e-mails
            first = start_worker_process(private_broker.url(0), mailbox.port, log)
            assert mailbox.stalled.wait(timeout=30), "the worker never reached the third"
            assert len(mailbox.messages) == 2

            first.send_signal(signal.SIGKILL)  # … and the worker dies there
            first.wait(timeout=10)
            mailbox.released.set()
            by_state = sorted(OutboxMessage.objects.values_list("state", "attempts"))
            assert by_state == [
                (State.PENDING, 0),
                (State.PENDING, 0),
                (State.PENDING, 0),
                (State.SENDING, 1),
                (State.SENT, 1),
                (State.SENT, 1),
            ]

            lease = 2
            second = start_worker_process(private_broker.url(0), mailbox.port, log, lease=lease)
            abandoned = OutboxMessage.objects.get(state=State.SENDING)
            # The sweep of a beat after the lease is over.
            wait_until(
                lambda: timezone.now() > abandoned.claimed_at + timedelta(seconds=lease + 0.5),
                timeout=10,
            )
            sweep_outbox.delay()
            received = mailbox.wait_for(6, timeout=40)
            assert len(received) == 6, log.seek(0) or log.read().decode()[-3000:]
            assert len(mailbox.wait_for(7, timeout=2)) == 6
        finally:
            stop(first)
            stop(second)

    assert mailbox.per_recipient() == {person.email: 1 for person in followers}
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {State.SENT}
    abandoned.refresh_from_db()
    assert abandoned.attempts == 2


# --- c. An SMTP server refusing for a while ---------------------------------------------------


@pytest.mark.worker
def test_smtp_refusing_for_a_while_is_retried_after_the_backoff_and_delivered_once(
    mailbox, real_celery_worker, workspace, author, follow, notify
):
    followers = followers_of(workspace, follow, 2)
    mailbox.refuse_with = "451 4.3.0 Mailbox busy, try again later"

    notify(workspace, author=author)

    assert wait_until(lambda: len(real_celery_worker.finished) >= 1, timeout=30)
    assert states() == {person.email: (State.PENDING, 1) for person in followers}
    assert mailbox.messages == []
    # Before the backoff is over, the sweep hands nothing over.
    sweep_outbox.delay()
    assert wait_until(lambda: len(real_celery_worker.finished) >= 2, timeout=30)
    assert len(real_celery_worker.wait_for_task("notifications.send_messages")) == 1

    mailbox.refuse_with = None
    OutboxMessage.objects.update(next_attempt=timezone.now())  # the backoff is over
    sweep_outbox.delay()

    received = mailbox.wait_for(2, timeout=30)
    assert len(received) == 2
    assert len(mailbox.wait_for(3, timeout=2)) == 2
    assert mailbox.per_recipient() == {person.email: 1 for person in followers}
    for message in OutboxMessage.objects.all():
        assert (message.state, message.attempts, message.last_error) == (State.SENT, 2, "")
    runs = real_celery_worker.wait_for_task("notifications.send_messages")
    assert all(state == "SUCCESS" and in_worker for _kwargs, state, in_worker in runs)


# --- d. The same digest task twice ------------------------------------------------------------


@pytest.mark.worker
def test_the_daily_digest_task_run_twice_sends_one_digest_each(
    smtp_server, real_celery_worker, workspace, author, follow, notify
):
    followers = followers_of(workspace, follow, 2, Delivery.DAILY)
    notify(workspace, author=author, title="Radio spots did little")
    notify(workspace, author=author, title="Visits did a lot")
    assert not OutboxMessage.objects.exists()  # daily: nothing at once

    send_digests.delay(period="daily")
    send_digests.delay(period="daily")

    received = smtp_server.wait_for(2, timeout=30)
    assert wait_until(
        lambda: len(real_celery_worker.wait_for_task("notifications.send_digests")) >= 2, 30
    )
    assert len(smtp_server.wait_for(3, timeout=3)) == 2
    assert sorted(item["envelope"].rcpt_tos[0] for item in received) == [
        person.email for person in followers
    ]
    for item in received:
        assert str(item["message"]["Subject"]) == "GESS: your daily digest, 2 new items"
        body = item["message"].get_content()
        assert "Radio spots did little" in body and "Visits did a lot" in body
    runs = real_celery_worker.wait_for_task("notifications.send_digests")
    assert [(kwargs, state) for kwargs, state, _in_worker in runs] == [
        ({"period": "daily"}, "SUCCESS")
    ] * 2
    assert sorted(OutboxMessage.objects.values_list("kind", "state")) == [
        ("daily", State.SENT),
        ("daily", State.SENT),
    ]
