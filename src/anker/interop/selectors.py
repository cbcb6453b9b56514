"""Reads of import runs and harvest sources."""

from __future__ import annotations

from django.db.models import QuerySet

from anker.interop.models import ImportRun, Source


def import_runs(*, format: str = "") -> QuerySet[ImportRun]:
    runs = ImportRun.objects.select_related("actor")
    return runs.filter(format=format) if format else runs


def sources() -> QuerySet[Source]:
    return Source.objects.select_related("organisation")
