"""Recompute the full-text index of every library item (PostgreSQL; nothing to do on SQLite)."""

from django.core.management.base import BaseCommand

from library.models import Item
from library.search import INDEX_BATCH_SIZE, is_postgresql, update_index


class Command(BaseCommand):
    help = "Recompute the search index (search_vector) of all library items, in batches."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=INDEX_BATCH_SIZE,
            help=f"Items per UPDATE (default {INDEX_BATCH_SIZE}).",
        )

    def handle(self, *args, batch_size: int, **options):
        if not is_postgresql():
            self.stdout.write("Not on PostgreSQL: library search reads the items directly.")
            return
        ids = list(Item.objects.order_by("pk").values_list("pk", flat=True))
        update_index(ids, batch_size=max(1, batch_size))
        self.stdout.write(self.style.SUCCESS(f"Indexed {len(ids)} library items."))
