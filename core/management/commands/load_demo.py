"""Build a portal that looks alive, from facts in the seed documents.

Idempotent: running it twice leaves the same content. Refuses to run with
DEBUG off unless --force is given, because it creates accounts with
published passwords.
"""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from core.demo import (
    cooperation,
    countries,
    editorial,
    experts,
    forums,
    glossary,
    library,
    newsletters,
    notifications,
    schemes,
    users,
    workspaces,
)

# Loggers that report every page saved, published or indexed.
CHATTY_LOGGERS = ("wagtail", "django_tasks", "modelsearch")


@contextmanager
def _quiet(names, level=logging.WARNING):
    loggers = [logging.getLogger(name) for name in names]
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, old_level in zip(loggers, previous, strict=True):
            logger.setLevel(old_level)


class Command(BaseCommand):
    help = "Load demo users and content (local use only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never in production)."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "load_demo creates accounts with published passwords; it runs only with "
                "DEBUG on. Use --force to override on a throw-away database."
            )
        # Translations are copied with the English slug and given their own before they
        # are first published, so no redirect is needed from a URL that never went live.
        with (
            _quiet(CHATTY_LOGGERS),
            override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False),
            transaction.atomic(),
        ):
            members = users.load()
            community = users.load_community()
            pages = editorial.load()
            library_counts = library.load()
            glossary_counts = glossary.load()
            # After the library: cooperation actions link its items.
            country_counts = countries.load_countries()
            cooperation_counts = cooperation.load_cooperation()
            # After the users, whose demo expert gets a profile, and the countries.
            expert_counts = experts.load_experts()
            # After the countries, whose demo populations bound the schemes' figures.
            scheme_counts = schemes.load_schemes()
            workspace_counts = workspaces.load_workspaces()
            # After the users and experts (subscribers, authors) and the library and
            # editorial events (the newsletter's entries).
            forum_counts = forums.load_forums()
            newsletter_counts = newsletters.load_newsletters()
            # Last: members follow the demo's workspaces, countries and topics.
            notification_counts = notifications.load_notifications()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {len(members)} demo accounts, "
                f"{len(community)} community members."
            )
        )
        for label, counts in (
            ("library", library_counts),
            ("glossary", glossary_counts),
            ("countries", country_counts),
            ("cooperation", cooperation_counts),
            ("experts", expert_counts),
            ("schemes", scheme_counts),
            ("workspaces", workspace_counts),
            ("discussion lists", forum_counts),
            ("newsletters", newsletter_counts),
            ("notifications", notification_counts),
        ):
            if counts:
                summary = ", ".join(f"{count} {name}" for name, count in counts.items())
                self.stdout.write(f"  {label}: {summary}")
        for code in editorial.LANGUAGES:
            total = sum(count for (language, _), count in pages.items() if language == code)
            news = pages[(code, "newspage")]
            self.stdout.write(
                f"  {code}: {total} live pages, including {news} news items and events"
            )
