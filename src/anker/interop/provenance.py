"""Provenance for imported records: a stable hash of the source record, and the fields
every imported entity carries (format, source, external id, time, hash)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import Any

from django.utils import timezone


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        # A set iterates in a different order in each process: sort, so the hash is stable.
        return sorted((_plain(item) for item in value), key=repr)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def record_hash(record: Any) -> str:
    """SHA-256 of the record in a canonical JSON form: equal records, equal hashes."""
    text = json.dumps(_plain(record), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def provenance(*, format: str, source: str, external_id: str, digest: str = "") -> dict[str, Any]:
    """The provenance fields of a ProvenancedModel, for create or update."""
    return {
        "source_format": format,
        "source_url": source[:1000],
        "external_id": external_id[:500],
        "imported_at": timezone.now(),
        "source_hash": digest,
    }
