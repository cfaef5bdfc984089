"""Rebuild the full-text index of every library item, in the backend that
``LIBRARY_SEARCH_BACKEND`` names: ``search_vector`` on PostgreSQL (nothing to do on
SQLite), or Wagtail's search backend (its database tables, Elasticsearch or OpenSearch).
"""

from django.core.management.base import BaseCommand

from library.models import Item
from library.search import search_backend


class Command(BaseCommand):
    help = (
        "Recompute the search index of all library items, in batches: search_vector "
        "(LIBRARY_SEARCH_BACKEND=database) or Wagtail's search backend (=wagtail)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=None,
            help="Items per batch (default 500 for the database, 100 for Wagtail's backend).",
        )

    def handle(self, *args, batch_size: int | None, **options):
        backend = search_backend()
        if not backend.keeps_index:
            self.stdout.write("Not on PostgreSQL: library search reads the items directly.")
            return
        ids = list(Item.objects.order_by("pk").values_list("pk", flat=True))
        backend.update_index(ids, batch_size=None if batch_size is None else max(1, batch_size))
        self.stdout.write(self.style.SUCCESS(f"Indexed {len(ids)} library items."))
