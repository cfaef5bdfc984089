"""Build a portal that looks alive, from facts in the seed documents.

Idempotent: running it twice leaves the same content. Refuses to run with
DEBUG off unless --force is given, because it creates accounts with
published passwords.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.demo import users


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
        with transaction.atomic():
            members = users.load()
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {len(members)} demo accounts."))
