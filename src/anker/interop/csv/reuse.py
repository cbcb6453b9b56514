"""reuse.csv: the reuse edge, identified by its block and organisation.

The rules the reuse services keep hold here too: an organisation does not reuse its own
block, only a stopped reuse has an end date and a reason, a reuser's declaration counts as
its confirmation, and the blocks' reuse counts are recounted once the file is written.
The services themselves are not called: they take the declaring side from the signed-in
user, while a file states it in ``declared_by``, and a system import (the command line)
has no user. A signed-in importer may state only what it may say for an organisation:
a reuser's declaration or confirmation needs the reusing organisation's editors, a
provider's claim the owner's.

A confirmation is never withdrawn by an import: an empty ``confirmed_at`` keeps it."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from anker.accounts import permissions
from anker.catalogue.models import BuildingBlock
from anker.interop.csv import cells
from anker.interop.csv.engine import Column, Entity, Row
from anker.interop.report import Status
from anker.organisations.models import Organisation
from anker.reuse.models import DeclaredBy, Reuse, ReuseMode, ReuseStatus
from anker.reuse.services import reuse_counts_refresh

FIELDS = ("mode", "status", "since", "until", "stop_reason", "evidence_url", "evidence_note")


def _field(name: str, kind: cells.Kind, **options: Any) -> Column:
    return Column(name, kind, lambda reuse: getattr(reuse, name), **options)


class Reuses(Entity):
    name = "reuse"
    label = "reuse"
    filename = "7-reuse.csv"
    model = Reuse
    key = ("block", "organisation")
    references = ("block", "organisation")
    paths = {"block": "block__slug", "organisation": "organisation__slug"}
    columns = (
        Column("block", cells.slug(), lambda r: r.block.slug),
        Column("organisation", cells.slug(), lambda r: r.organisation.slug, doc="the reuser"),
        _field("mode", cells.choice(ReuseMode.values), keep_when_empty=True, doc="empty: as-is"),
        _field(
            "status", cells.choice(ReuseStatus.values), keep_when_empty=True, doc="empty: in-use"
        ),
        _field("since", cells.date),
        _field("until", cells.date, doc="only for stopped"),
        _field("stop_reason", cells.text(), doc="required for stopped"),
        _field("evidence_url", cells.url()),
        _field("evidence_note", cells.text(500)),
        _field(
            "declared_by",
            cells.choice(DeclaredBy.values),
            keep_when_empty=True,
            doc="empty: reuser for a new reuse (provider if one speaks for the owner only)",
        ),
        _field(
            "confirmed_at",
            cells.moment,
            keep_when_empty=True,
            doc="when the reuser confirmed; empty: kept, or now for a reuser's declaration",
        ),
    )

    def queryset(self) -> Any:
        return Reuse.objects.select_related("block", "organisation").order_by(
            "block__slug", "organisation__slug"
        )

    def save(self, record: Reuse | None, row: Row) -> tuple[Status, Reuse]:
        values = row.values
        block = self.lookup(row, BuildingBlock, values["block"], "block", "building block")
        organisation = self.lookup(
            row, Organisation, values["organisation"], "organisation", "organisation"
        )
        said_before = (record.declared_by, record.confirmed_at) if record else ("", None)
        reuse = record or Reuse(block=block, organisation=organisation)
        self.assign(reuse, values, (*FIELDS, "declared_by", "confirmed_at"))
        reuser = self._speaks_for_reuser(reuse, row)
        if record is None and "declared_by" not in values and not reuser:
            reuse.declared_by = DeclaredBy.PROVIDER  # as the services do: the side one speaks for
        if reuse.declared_by == DeclaredBy.REUSER and reuse.confirmed_at is None:
            reuse.confirmed_at = timezone.now()  # the reuser's declaration is its confirmation
        declares = reuse.declared_by == DeclaredBy.REUSER and said_before[0] != DeclaredBy.REUSER
        confirms = reuse.confirmed_at not in (None, said_before[1])
        self.require(
            reuser or not (declares or confirms),
            "confirmed_at" if confirms and not declares else "declared_by",
            "only the reusing organisation declares or confirms its reuse; "
            "a provider records a claim (declared_by provider, confirmed_at empty)",
        )
        status = self.store(reuse, row, related=(block,))
        return status, reuse

    def _speaks_for_reuser(self, reuse: Reuse, row: Row) -> bool:
        """Whether the importer may speak for the reusing organisation (a system import may);
        one who speaks for neither side is refused."""
        actor = row.context.actor
        if actor is None:
            return True
        reuser = permissions.can_edit_for_organisation(actor, reuse.organisation_id)
        provider = permissions.can_edit_for_organisation(actor, reuse.block.owner_id)
        self.require(
            reuser or provider,
            "organisation",
            "only editors of the reusing organisation or of the block's owner record reuse",
        )
        return reuser

    def finish(self, saved: list[Any]) -> None:
        if saved:
            reuse_counts_refresh(block_ids={reuse.block_id for reuse in saved})
