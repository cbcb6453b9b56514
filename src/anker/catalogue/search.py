"""Full-text search over building blocks, one small interface over SQLite FTS5 and
PostgreSQL text search. Both match every word of the query as a prefix, ignore case
(and, on SQLite, accents) and rank by relevance."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import connection
from django.db.models import FloatField, QuerySet
from django.db.models.expressions import RawSQL

WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
TABLE = "catalogue_buildingblock"


def terms(query: str) -> list[str]:
    """The words of a free-text query, lower-cased; punctuation and operators dropped so
    that user input can never be read as query syntax."""
    return [word.lower() for word in WORD.findall(query)][:MAX_TERMS]


def build_search_document(
    *,
    name: str,
    slug: str,
    owner: str,
    licence: str = "",
    tags: Iterable[str] = (),
    capabilities: Iterable[tuple[str, str]] = (),
    descriptions: Iterable[tuple[str, str]] = (),
) -> str:
    """The text full-text search reads: name, slug, owner, licence, tags, capability
    names in both languages ((en, nl) pairs) and every (short, long) description."""
    parts = [name, slug, owner, licence, *tags]
    parts += [text for pair in capabilities for text in pair]
    parts += [text for pair in descriptions for text in pair]
    return "\n".join(part for part in parts if part)


def _postgres_query(words: list[str]) -> str:
    return " & ".join(f"{word}:*" for word in words)


def _sqlite_query(words: list[str]) -> str:
    return " ".join(f'"{word}"*' for word in words)


def match(queryset: QuerySet, query: str) -> QuerySet:
    """Blocks of ``queryset`` that contain every word of ``query`` as a prefix.

    Written as ``id IN (…)`` so that it also works where Django nests the queryset as a
    subquery (facet counts)."""
    words = terms(query)
    if not words:
        return queryset
    if connection.vendor == "postgresql":
        condition = f"to_tsvector('simple', {TABLE}.search_document) @@ to_tsquery('simple', %s)"
        ids = RawSQL(f"SELECT id FROM {TABLE} WHERE {condition}", [_postgres_query(words)])
    else:
        ids = RawSQL(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [_sqlite_query(words)]
        )
    return queryset.filter(id__in=ids)


def with_rank(queryset: QuerySet, query: str) -> QuerySet:
    """Add ``search_rank`` (higher is better) for ordering the top-level result list."""
    words = terms(query)
    if not words:
        return queryset.annotate(search_rank=RawSQL("0", [], output_field=FloatField()))
    if connection.vendor == "postgresql":
        score = f"ts_rank(to_tsvector('simple', {TABLE}.search_document), to_tsquery('simple', %s))"
        return queryset.annotate(
            search_rank=RawSQL(score, [_postgres_query(words)], output_field=FloatField())
        )
    # Joining the full-text table lets bm25 be read from the match itself (a correlated
    # sub-select per row is a hundred times slower). bm25 is lower for better matches.
    return queryset.extra(
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = {TABLE}.id", f"{FTS_TABLE} MATCH %s"],
        params=[_sqlite_query(words)],
        select={"search_rank": f"-bm25({FTS_TABLE})"},
    )


# --- the SQLite index ------------------------------------------------------------------
# An FTS5 table with external content, kept in step with the block table by triggers.
# SQLite drops a table's triggers when a migration rebuilds that table, so they are
# (re)created after every migrate; a missing index is then rebuilt from the blocks.

FTS_TABLE = "catalogue_block_fts"
SQLITE_TRIGGERS = {
    "catalogue_block_fts_ai": f"AFTER INSERT ON {TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_document) VALUES (new.id, new.search_document); END",
    "catalogue_block_fts_ad": f"AFTER DELETE ON {TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_document) "
    "VALUES ('delete', old.id, old.search_document); END",
    "catalogue_block_fts_au": f"AFTER UPDATE OF search_document ON {TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_document) "
    "VALUES ('delete', old.id, old.search_document); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_document) VALUES (new.id, new.search_document); END",
}


def ensure_sqlite_index(connection_to_use) -> bool:
    """Create the FTS table and its triggers where missing; rebuild the index when any
    trigger was missing (it may have missed writes). Returns True if it rebuilt."""
    if connection_to_use.vendor != "sqlite":
        return False
    with connection_to_use.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        present = {row[0] for row in cursor.fetchall()}
        if TABLE not in present:
            return False
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(search_document, "
            f"content='{TABLE}', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        missing = [name for name in SQLITE_TRIGGERS if name not in present]
        for name in missing:
            cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {SQLITE_TRIGGERS[name]}")
        if missing:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return bool(missing)
