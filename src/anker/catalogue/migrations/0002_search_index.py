"""Full-text index over BuildingBlock.search_document.

SQLite: an FTS5 table with external content, kept in step by triggers (created by
``anker.catalogue.search.ensure_sqlite_index``, which also runs after every migrate).
PostgreSQL: a GIN index on the 'simple' tsvector (no stemming, so Dutch, English,
French and Italian text are treated alike)."""

from django.db import migrations

POSTGRES_UP = (
    "CREATE INDEX catalogue_block_search_gin ON catalogue_buildingblock "
    "USING GIN (to_tsvector('simple', search_document))"
)
POSTGRES_DOWN = "DROP INDEX IF EXISTS catalogue_block_search_gin"


def create(apps, schema_editor):
    from anker.catalogue.search import ensure_sqlite_index

    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_UP)
    else:
        ensure_sqlite_index(schema_editor.connection)


def drop(apps, schema_editor):
    from anker.catalogue.search import FTS_TABLE, SQLITE_TRIGGERS

    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_DOWN)
        return
    for name in SQLITE_TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
