"""Full-text index over BuildingBlock.search_document.

SQLite: an FTS5 table with external content, kept in step by triggers.
PostgreSQL: a GIN index on the 'simple' tsvector (no stemming, so Dutch, English,
French and Italian text are treated alike)."""

from django.db import migrations

SQLITE_UP = [
    "CREATE VIRTUAL TABLE catalogue_block_fts USING fts5("
    "search_document, content='catalogue_buildingblock', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER catalogue_block_fts_ai AFTER INSERT ON catalogue_buildingblock BEGIN "
    "INSERT INTO catalogue_block_fts(rowid, search_document) VALUES (new.id, new.search_document); END",
    "CREATE TRIGGER catalogue_block_fts_ad AFTER DELETE ON catalogue_buildingblock BEGIN "
    "INSERT INTO catalogue_block_fts(catalogue_block_fts, rowid, search_document) "
    "VALUES ('delete', old.id, old.search_document); END",
    "CREATE TRIGGER catalogue_block_fts_au AFTER UPDATE OF search_document ON catalogue_buildingblock BEGIN "
    "INSERT INTO catalogue_block_fts(catalogue_block_fts, rowid, search_document) "
    "VALUES ('delete', old.id, old.search_document); "
    "INSERT INTO catalogue_block_fts(rowid, search_document) VALUES (new.id, new.search_document); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS catalogue_block_fts_au",
    "DROP TRIGGER IF EXISTS catalogue_block_fts_ad",
    "DROP TRIGGER IF EXISTS catalogue_block_fts_ai",
    "DROP TABLE IF EXISTS catalogue_block_fts",
]
POSTGRES_UP = [
    "CREATE INDEX catalogue_block_search_gin ON catalogue_buildingblock "
    "USING GIN (to_tsvector('simple', search_document))",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS catalogue_block_search_gin"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        ),
    ]
