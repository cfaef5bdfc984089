"""``manage.py import_indicator_values values.csv [--check]``: the admin's import, from a shell.

Prints the same report as the import page, every problem on its own line, and
exits with status 1 if the file was refused (nothing imported then).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from countryprofiles import imports


class Command(BaseCommand):
    help = "Import indicator values from a CSV file (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The CSV file (UTF-8).")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Check the file and report what it would change, without importing.",
        )

    def handle(self, *args, path: Path, check: bool, **options):
        try:
            with path.open("rb") as file:
                data = file.read(imports.MAX_BYTES + 1)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from None
        report = imports.import_values(data, check_only=check)
        for problem in report.problems:
            self.stderr.write(str(problem))
        if report.refused:
            raise CommandError(report.summary())
        self.stdout.write(self.style.SUCCESS(report.summary()))
