"""Exact caching of counts over the whole ecosystem.

A cached figure is keyed by the ecosystem's *version*: the newest audit event, the number
of blocks and their latest change. Every write through the services records an audit
event and every bulk load changes the blocks, so a changed ecosystem has a new version
and a cached figure can never be stale; it is only ever reused for the same data."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db.models import Max

T = TypeVar("T")
TIMEOUT = 600


def ecosystem_version() -> str:
    """Four index-only reads: cheap even at a million reuse links."""
    from anker.accounts.models import AuditEvent
    from anker.catalogue.models import BuildingBlock
    from anker.organisations.models import Organisation

    # Separate aggregates: each then reads one index (together they scan the table).
    block_count = BuildingBlock.objects.count()
    latest_block = BuildingBlock.objects.aggregate(latest=Max("modified"))["latest"]
    latest_event = AuditEvent.objects.aggregate(latest=Max("id"))["latest"]
    latest_organisation = Organisation.objects.aggregate(latest=Max("modified"))["latest"]
    return f"{latest_event}|{block_count}|{latest_block}|{latest_organisation}"


def cached(name: str, parts: tuple, compute: Callable[[], T], *, version: str | None = None) -> T:
    """The value of ``compute()`` for these ``parts`` of this ecosystem version."""
    text = "|".join(str(part) for part in (version or ecosystem_version(), *parts))
    key = f"anker:{name}:{hashlib.sha256(text.encode()).hexdigest()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
