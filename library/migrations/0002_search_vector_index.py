"""A GIN index on the search vector, on PostgreSQL only (SQLite has no such index)."""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS library_item_search_vector_gin ON library_item USING gin (search_vector)"
DROP = "DROP INDEX IF EXISTS library_item_search_vector_gin"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
