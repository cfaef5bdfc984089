"""Browser journeys: Debian's Chromium driven by Playwright against pytest-django's live server.

No browser is ever downloaded. Chromium is taken from ``$CHROMIUM_PATH``,
``/usr/bin/chromium`` or ``chromium`` on ``PATH``. Without it the journeys are
skipped with a reason on a developer's machine, but fail under ``CI=true`` so
that CI can never pass by skipping them.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an asyncio loop in the test thread; Django would
# otherwise refuse the ORM calls that the tests and the live server make there.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

# The machine may have no network: these flags stop Chromium from stalling on
# background connections (updates, sync, QUIC probes) and from needing a GPU.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the browser journeys after every other test.

    Their transactional database is flushed after each journey, which the
    non-transactional tests must never see, and Playwright's event loop,
    once started, stays up for the rest of the session.
    """
    browser = [item for item in items if item.get_closest_marker("browser")]
    if browser:
        others = [item for item in items if not item.get_closest_marker("browser")]
        items[:] = others + browser


def find_chromium() -> str | None:
    candidates = [
        os.environ.get("CHROMIUM_PATH", ""),
        "/usr/bin/chromium",
        shutil.which("chromium"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        reason = (
            "Chromium not found (set CHROMIUM_PATH, or install Debian's chromium: "
            "sudo apt-get install chromium); the browser journeys need it."
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, chromium_path):
    """pytest-playwright's launch options, pointed at the system Chromium."""
    return {
        **browser_type_launch_args,
        "executable_path": chromium_path,
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS],
    }


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    """Relative URLs in ``page.goto("/en/")`` go to the live server."""
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture(scope="session")
def _django_connections(django_db_setup):
    """The test database connections, taken before Playwright starts its event loop."""
    from django.db import connections

    return {conn.alias: conn for conn in connections.all()}


@pytest.fixture(scope="session")
def playwright(_django_connections, playwright):
    """pytest-playwright's Playwright, keeping Django on the same database connections.

    Once the sync API's event loop runs in this thread, Django's connection
    handler (thread-local in sync code, context-local in async code) would hand
    the tests fresh connection objects: ones the live server does not share and
    that lack the serialized test data. Handing the original ones back keeps
    one database view for tests, live server and teardown.
    """
    from django.db import connections

    for alias, conn in _django_connections.items():
        connections[alias] = conn
    return playwright


@pytest.fixture(scope="module", autouse=True)
def _empty_database(django_db_setup, django_db_blocker, playwright):
    """Empty the test database before a module of journeys restores its snapshot.

    A transactional test that ran before (a real Celery worker's, say) ends
    with a flush that re-creates rows through post_migrate (default site,
    permissions, groups) under new ids; restoring the snapshot on top of them
    would break unique constraints.
    """
    from django.core.management import call_command
    from django.db import connections

    with django_db_blocker.unblock():
        for conn in connections.all():
            call_command(
                "flush",
                database=conn.alias,
                interactive=False,
                inhibit_post_migrate=True,
                verbosity=0,
            )


@pytest.fixture(autouse=True)
def _browser_db(django_db_serialized_rollback, live_server):
    """Every journey runs against the live server on a transactional database.

    The flush after each transactional test deletes the rows the data
    migrations created (Wagtail's root and home page, the site, the spoken
    languages); serialized rollback puts them back before each journey.
    """


@pytest.fixture
def page(page):
    page.set_default_timeout(10_000)
    page.set_default_navigation_timeout(15_000)
    return page
