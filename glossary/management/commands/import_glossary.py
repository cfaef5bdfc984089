"""``manage.py import_glossary terms.csv``: create or update glossary terms from a CSV file.

The file has the columns of the glossary's CSV export. It is imported whole or
not at all: if any row is wrong, every problem is listed and nothing changes.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from glossary import csvfile


class Command(BaseCommand):
    help = "Import glossary terms from a CSV file (all rows or none), updating terms by slug."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The CSV file (UTF-8).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and change nothing."
        )

    def handle(self, *args, path: Path, dry_run: bool = False, **options):
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        try:
            result = csvfile.import_csv(data, dry_run=dry_run)
        except csvfile.ImportRefused as refused:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  {error}" for error in refused.errors)
            ) from None
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.created} terms {verb} created and {result.updated} {verb} updated."
            )
        )
