"""Full-text search over building blocks, one small interface over SQLite FTS5 and
PostgreSQL text search. Both match every word of the query as a prefix, ignore case
(and, on SQLite, accents) and rank by relevance."""

from __future__ import annotations

import re

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


def build_search_document(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _postgres_query(words: list[str]) -> str:
    return " & ".join(f"{word}:*" for word in words)


def _sqlite_query(words: list[str]) -> str:
    return " ".join(f'"{word}"*' for word in words)


def match(queryset: QuerySet, query: str) -> QuerySet:
    """Blocks of ``queryset`` that contain every word of ``query`` as a prefix."""
    words = terms(query)
    if not words:
        return queryset
    if connection.vendor == "postgresql":
        condition = f"to_tsvector('simple', {TABLE}.search_document) @@ to_tsquery('simple', %s)"
        return queryset.extra(where=[condition], params=[_postgres_query(words)])
    condition = f"{TABLE}.id IN (SELECT rowid FROM catalogue_block_fts WHERE catalogue_block_fts MATCH %s)"
    return queryset.extra(where=[condition], params=[_sqlite_query(words)])


def with_rank(queryset: QuerySet, query: str) -> QuerySet:
    """Annotate ``search_rank`` (higher is better) on an already matched queryset."""
    words = terms(query)
    if not words:
        return queryset.annotate(search_rank=RawSQL("0", [], output_field=FloatField()))
    if connection.vendor == "postgresql":
        score = f"ts_rank(to_tsvector('simple', {TABLE}.search_document), to_tsquery('simple', %s))"
        return queryset.annotate(
            search_rank=RawSQL(score, [_postgres_query(words)], output_field=FloatField())
        )
    # bm25 is lower for better matches; negate it so that higher is better everywhere.
    score = (
        "(SELECT -bm25(catalogue_block_fts) FROM catalogue_block_fts "
        f"WHERE catalogue_block_fts MATCH %s AND rowid = {TABLE}.id)"
    )
    return queryset.annotate(search_rank=RawSQL(score, [_sqlite_query(words)], output_field=FloatField()))
