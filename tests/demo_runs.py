"""``load_demo`` run twice in one rolled-back transaction, for modules that check the
demo content and that a second run changes nothing. It is slow, so a module runs it
once (a module-scoped fixture) and its tests read the result."""

from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO

from django.core.management import call_command
from django.db import transaction


@dataclass
class DemoRuns:
    before: object  # snapshot() before the first run
    first_output: str
    first: object  # snapshot() after the first run
    second_output: str
    second: object  # snapshot() after the second run


def _load_demo() -> str:
    out = StringIO()
    call_command("load_demo", "--force", stdout=out)
    return out.getvalue()


@contextmanager
def demo_loaded_twice(django_db_blocker, snapshot=lambda: None):
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            before = snapshot()
            first_output = _load_demo()
            first = snapshot()
            second_output = _load_demo()
            yield DemoRuns(before, first_output, first, second_output, snapshot())
        finally:
            transaction.set_rollback(True)
