"""Background tasks (django-tasks, database backend): `anker worker` runs them."""

from __future__ import annotations

from django_tasks import task


@task()
def harvest_source(source_id: int) -> dict[str, int]:
    """Harvest one configured source; returns the summed counts of its runs."""
    from anker.interop.models import Source
    from anker.interop.services import harvest

    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return {}
    runs = harvest(source, via="schedule")
    return {
        status: sum(getattr(run, status) for run in runs)
        for status in ("accepted", "updated", "unchanged", "rejected")
    }
