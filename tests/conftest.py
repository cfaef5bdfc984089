import contextlib
import socket

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from accounts import roles
from tests.factories import PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the default language.

    A request to a /fr/ or /es/ URL leaves that language active in the test
    thread; without this, what a test sees would depend on the test before it.
    """
    with translation.override(django_settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def fresh_cache():
    """Wagtail caches the site root paths (page ids, languages): start and end clean.

    Not autouse: on Redis, clearing the cache flushes the database the Celery
    broker shares, which tests with a real worker must not see mid-flight.
    """
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(db):
    user = UserFactory(email="editor@example.org", display_name="Edith Editor")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def member(db):
    return UserFactory(email="aminata@example.org", display_name="Aminata Diallo", country="SN")


@pytest.fixture
def other_member(db):
    return UserFactory(email="carlos@example.org", display_name="Carlos Rojas", country="PE")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


# --- A real SMTP server and a real Celery worker (tests marked "worker") ----------------


class Inbox:
    """Collects what the SMTP server receives, as parsed e-mail messages."""

    def __init__(self):
        import threading

        self.messages = []
        self._arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        from email import message_from_bytes
        from email.policy import default

        message = message_from_bytes(envelope.original_content or envelope.content, policy=default)
        with self._arrived:
            self.messages.append({"envelope": envelope, "message": message})
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, count: int = 1, timeout: float = 20.0) -> list:
        """Wait (at most ``timeout`` seconds) until ``count`` messages have arrived."""
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.messages) >= count, timeout=timeout)
            return list(self.messages)


@contextlib.contextmanager
def serve_smtp(handler, settings):
    """Run an aiosmtpd ``handler`` on a free loopback port, with Django's SMTP backend
    pointed at it; yields the port."""
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(settings):
    """An SMTP server on loopback, with Django's SMTP backend pointed at it.

    Yields the inbox: ``smtp_server.wait_for(1)`` returns the received messages.
    """
    inbox = Inbox()
    with serve_smtp(inbox, settings):
        yield inbox


@pytest.fixture
def real_celery_worker(transactional_db):
    """A Celery worker in a thread, consuming the portal's queues from the configured broker.

    Tasks are sent to the broker instead of running inline. The broker is
    Redis when REDIS_URL is set, else the in-process "memory://" transport.
    ``worker.wait_for_task(name)`` waits (bounded) for a task of that name to
    finish and returns ``(kwargs, state, ran_in_worker)`` for each such run.
    """
    import threading

    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun

    from gess.celery import app

    finished = []
    done = threading.Condition()

    def record(sender=None, kwargs=None, state=None, **extra):
        ran_in_worker = (
            not getattr(sender.request, "is_eager", False)
            and threading.current_thread() is not threading.main_thread()
        )
        with done:
            finished.append((sender.name, kwargs, state, ran_in_worker))
            done.notify_all()

    def wait_for_task(name, timeout=20.0):
        with done:
            done.wait_for(lambda: any(item[0] == name for item in finished), timeout=timeout)
            return [item[1:] for item in finished if item[0] == name]

    saved = {
        "task_always_eager": app.conf.task_always_eager,
        "worker_hijack_root_logger": app.conf.worker_hijack_root_logger,
    }
    app.conf.task_always_eager = False
    app.conf.worker_hijack_root_logger = False  # leave pytest's logging alone
    # Tasks left in a shared broker by an earlier, interrupted run must not be taken for ours.
    with app.connection_for_write() as connection:
        for queue in ("celery", "email"):
            connection.default_channel.queue_purge(queue)
    task_postrun.connect(record, weak=False)
    try:
        with start_worker(
            app,
            pool="solo",
            perform_ping_check=False,
            queues=["celery", "email"],
            shutdown_timeout=30,
        ) as worker:
            worker.finished = finished
            worker.wait_for_task = wait_for_task
            yield worker
    finally:
        task_postrun.disconnect(record)
        for key, value in saved.items():
            setattr(app.conf, key, value)
