"""Shared fixtures for the notification tests.

- ``follow(user, obj, delivery)`` subscribes a member; ``notify(workspace, ...)``
  publishes a blog post's update in a workspace, inside a transaction, as a change
  would (with a verb of the tests' own, ``followable_workspace``).
- ``mailbox``: a real SMTP server on loopback (the shared ``Inbox`` served by
  ``serve_smtp``), that counts connections, can refuse recipients (``refuse_with``)
  and can stall on the n-th recipient until released (``stall_at``).
- ``private_redis``: a ``redis-server`` of the test's own on a free port, which a test
  may stop and start again; ``private_broker`` points Celery at it.
- ``worker_thread(app)``: a real Celery worker in a thread, started when the test
  says (after Redis is back, say).
"""

import asyncio
import contextlib
import shutil
import socket
import subprocess
import threading
import time
from collections import Counter

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from notifications import registry
from notifications.models import Delivery, Subscription
from notifications.publish import publish
from tests.conftest import Inbox, serve_smtp
from tests.workspaces.factories import PostFactory

VERB = "notifications-tests-posted"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, timeout: float = 20.0, step: float = 0.05) -> bool:
    """Poll ``condition`` until it is true or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


# --- Something to follow and something to tell ---------------------------------------------


@pytest.fixture
def followable_workspace():
    """The workspace's registration (made by the workspaces app), with a verb of the
    tests' own for the updates ``notify`` publishes."""
    verb_added = registry.verb(VERB) is None
    if verb_added:
        registry.register_verb(
            VERB,
            sentence="{actor} wrote “{title}” in the workspace “{source}”.",
            subject="{actor} wrote: {title}",
        )
    yield registry.by_key("workspace")
    if verb_added:
        registry._verbs.pop(VERB, None)


@pytest.fixture
def follow(db):
    """``follow(user, obj, delivery="instant")``: ``user`` follows ``obj`` that way (a
    member of a workspace follows it already: their subscription is changed)."""

    def follow(user, obj, delivery: str = Delivery.INSTANT) -> Subscription:
        subscription, _created = Subscription.objects.update_or_create(
            user=user,
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=obj.pk,
            defaults={"delivery": delivery},
        )
        return subscription

    return follow


@pytest.fixture
def notify(followable_workspace):
    """``notify(workspace, author=None, title=..., **publish_kwargs)``: a new blog post
    in ``workspace`` and its update, published in one transaction; returns the update."""

    def notify(workspace, *, author=None, title="Door-to-door visits doubled enrolment", **extra):
        with transaction.atomic():
            post = PostFactory(workspace=workspace, author=author, title=title)
            return publish(
                verb=VERB,
                title=post.title,
                source=workspace,
                target=post,
                actor=author,
                excerpt="Peer educators visited every household in Parakou.",
                **extra,
            )

    return notify


# --- A real SMTP server that can misbehave -------------------------------------------------


class Mailbox(Inbox):
    """The shared ``Inbox`` (keeps and waits for what arrives) that also counts
    connections and refuses or stalls on demand. Its hooks run in the server's thread;
    tests read from theirs."""

    def __init__(self):
        super().__init__()
        self.connections = 0
        self.recipients_seen = 0
        # A reply to give every recipient instead of accepting it ("451 …", "550 …").
        self.refuse_with = None
        # Stall on the n-th recipient the server is given (1-based) until released.
        self.stall_at = None
        self.stalled = threading.Event()
        self.released = threading.Event()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        with self._arrived:
            self.connections += 1
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self._arrived:
            self.recipients_seen += 1
            number = self.recipients_seen
        if self.stall_at == number:
            self.stalled.set()
            deadline = time.monotonic() + 60
            while not self.released.is_set() and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
        if self.refuse_with:
            return self.refuse_with
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def per_recipient(self) -> Counter:
        with self._arrived:
            return Counter(
                address for item in self.messages for address in item["envelope"].rcpt_tos
            )


@pytest.fixture
def mailbox(settings):
    """A ``Mailbox`` SMTP server on loopback, Django's SMTP backend pointed at it;
    ``mailbox.port`` is where it listens."""
    handler = Mailbox()
    try:
        with serve_smtp(handler, settings) as port:
            handler.port = port
            yield handler
    finally:
        handler.released.set()


# --- Redis of the test's own, and Celery pointed at it -------------------------------------


class RedisServer:
    """A ``redis-server`` process on ``port``, without persistence: stopping it loses
    what it held, as a crashed Redis without an append-only file would."""

    def __init__(self, port: int):
        self.port = port
        self.process = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not wait_until(self._answers, timeout=10):
            self.stop()
            raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self.process = None


@pytest.fixture
def private_redis():
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def point_broker(app, url: str) -> None:
    """Send Celery's messages to ``url`` from now on: kombu keeps pools of connections
    and producers to the old broker (in a registry of its own, keyed by connection),
    which must be closed and forgotten too."""
    from kombu import pools

    app.conf.broker_url = url
    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def private_broker(private_redis):
    """Celery publishes to ``private_redis`` (database 0) instead of running tasks inline."""
    from gess.celery import app

    saved = (app.conf.broker_url, app.conf.task_always_eager)
    point_broker(app, private_redis.url(0))
    app.conf.task_always_eager = False
    try:
        yield private_redis
    finally:
        point_broker(app, saved[0])
        app.conf.task_always_eager = saved[1]


# --- A real worker, started when the test says ---------------------------------------------


@contextlib.contextmanager
def worker_thread(app):
    """A Celery worker in a thread consuming the portal's queues from the app's broker.

    ``worker.runs(name)`` lists the finished runs of a task as ``(kwargs, state)``;
    ``worker.wait_for_runs(name, count)`` waits (bounded) for that many.
    """
    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun

    finished = []
    lock = threading.Lock()

    def record(sender=None, kwargs=None, state=None, **extra):
        with lock:
            finished.append((sender.name, kwargs, state))

    def runs(name):
        with lock:
            return [(kwargs, state) for task, kwargs, state in finished if task == name]

    saved = (app.conf.task_always_eager, app.conf.worker_hijack_root_logger)
    app.conf.task_always_eager = False
    app.conf.worker_hijack_root_logger = False
    task_postrun.connect(record, weak=False)
    try:
        with start_worker(
            app,
            pool="solo",
            perform_ping_check=False,
            queues=["celery", "email"],
            shutdown_timeout=30,
        ) as worker:
            worker.runs = runs
            worker.wait_for_runs = lambda name, count=1, timeout=20.0: wait_until(
                lambda: len(runs(name)) >= count, timeout
            )
            yield worker
    finally:
        task_postrun.disconnect(record)
        app.conf.task_always_eager, app.conf.worker_hijack_root_logger = saved
