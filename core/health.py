"""Checks behind ``/health/``: database, cache and Celery broker."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": "ok", "backend": connection.vendor}


def check_cache() -> dict:
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    found = cache.get(key) == "1"
    cache.delete(key)
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return {"status": "ok" if found else "error", "backend": backend}


def check_broker() -> dict:
    from gess.celery import app

    if app.conf.task_always_eager:
        return {"status": "ok", "backend": "eager", "detail": "tasks run inline"}
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
        return {"status": "ok", "backend": conn.transport_cls}


CHECKS = {"database": check_database, "cache": check_cache, "broker": check_broker}


def run_checks() -> tuple[bool, dict]:
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as exc:  # noqa: BLE001 - a health probe reports every failure
            # The class name only: messages can carry host names and credentials.
            results[name] = {"status": "error", "error": type(exc).__name__}
    healthy = all(result["status"] == "ok" for result in results.values())
    return healthy, results
