"""Writing what an ArchiMate relationship became: a capability a block realises, a
dependency, a sub-capability or suborganisation, a reuse edge or a standards-compliance
record. (Ownership is set with the block, in ``importer``.)

Each relation is idempotent: it is compared with what anker holds and written only when
it differs, so an unchanged model reports every relation unchanged. A relation is only
added or changed, never removed: a relationship that vanished from a newer release of the
model is reported in a warning and left for a person to retire (docs/formats/archimate.md).
Relations between records anker does not own (records it exported itself, or
organisations it already knew) are added too, but such a record's own fields (its parent)
are left as anker has them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from anker.accounts.audit import audit_record, snapshot
from anker.accounts.models import AuditAction
from anker.architecture.models import Capability
from anker.catalogue.models import BlockKind, BuildingBlock, Dependency, StandardCompliance
from anker.catalogue.services import block_snapshot, refresh_search_document
from anker.interop.archimate.parser import Concept
from anker.interop.archimate.records import FORMAT, keep_properties
from anker.interop.provenance import provenance
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from anker.reuse.models import DeclaredBy, Reuse, ReuseMode, ReuseStatus
from anker.reuse.services import reuse_counts_refresh

Result = tuple[str, str]  # (status, what it became in anker)


class RelationError(ValueError):
    """Why one relationship cannot become the relation its mapping names."""


class Unsupported(ValueError):
    """A relationship that is fine in ArchiMate but says nothing anker can hold (a block
    that flows to itself); counted in a warning, not rejected."""


def _own(record: Any) -> bool:
    return getattr(record, "source_format", "") == FORMAT


def _properties(concept: Concept) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, value in concept.properties:
        values.setdefault(key, value)
    return values


def _kept(concept: Concept) -> list[tuple[str, str]]:
    return [(key, value) for key, value in concept.properties if not key.startswith("anker:")]


def _identity(model: type, concept: Concept) -> dict[str, Any]:
    """The UUID anker exported the relation with, for a new row, where still free: a
    round trip into an empty database keeps the relation's identity."""
    value = _properties(concept).get("anker:uuid", "")
    try:
        candidate = uuid.UUID(value)
    except ValueError:
        return {}
    return {} if model.objects.filter(uuid=candidate).exists() else {"uuid": candidate}


def _expect(relation: str, source: Any, target: Any, kinds: tuple[type, type]) -> None:
    if not (isinstance(source, kinds[0]) and isinstance(target, kinds[1])):
        raise RelationError(
            f"{relation} needs a {kinds[0]._meta.verbose_name} as source and a "
            f"{kinds[1]._meta.verbose_name} as target"
        )


class Relations:
    """The relations of one import, with what they changed for the closing work
    (reuse counts, search text of blocks whose capabilities changed)."""

    def __init__(self, source: str, context: ImportContext) -> None:
        self.source, self.context = source, context
        self.parented: set[tuple[str, int]] = set()  # (model, id) given a parent this run
        self.realised: dict[int, tuple[BuildingBlock, set[int]]] = {}  # block → capability ids
        self.added: dict[int, list[Capability]] = {}  # block id → capabilities to add
        self.reused: set[int] = set()
        self.warnings: list[str] = []

    def apply(self, relation: str, concept: Concept, source: Any, target: Any) -> Result:
        handler = {
            "realises": self.realises,
            "depends-on": lambda c, s, t: self.depends(c, s, t),
            "dependency-of": lambda c, s, t: self.depends(c, t, s),
            "part-of": self.part_of,
            "reuse": self.reuse,
            "complies": self.complies,
        }[relation]
        return handler(concept, source, target)

    def realises(self, concept: Concept, block: Any, capability: Any) -> Result:
        """Added to the block in ``finish``, once per block: one audit event per block
        rather than per capability."""
        _expect("realises", block, capability, (BuildingBlock, Capability))
        label = f"{block.slug} realises {capability.slug}"
        if block.id not in self.realised:
            self.realised[block.id] = (block, set(block.capabilities.values_list("id", flat=True)))
        _block, capabilities = self.realised[block.id]
        if capability.id in capabilities:
            return "unchanged", label
        capabilities.add(capability.id)
        self.added.setdefault(block.id, []).append(capability)
        return "accepted", label

    def finish(self) -> None:
        """Write the capabilities realised, renew those blocks' search text, recount reuse."""
        for block_id, capabilities in self.added.items():
            block = BuildingBlock.objects.select_related("owner").get(id=block_id)
            before = block_snapshot(block)
            block.capabilities.add(*capabilities)
            audit_record(
                actor=self.context.actor,
                action=AuditAction.UPDATE,
                instance=block,
                before=before,
                after=block_snapshot(block),
                via=self.context.via,
            )
            refresh_search_document(block)
        reuse_counts_refresh(block_ids=self.reused)

    def depends(self, concept: Concept, dependent: Any, dependency: Any) -> Result:
        _expect("a dependency", dependent, dependency, (BuildingBlock, BuildingBlock))
        if dependent.id == dependency.id:
            raise Unsupported("from a block to itself: not a dependency")
        label = f"dependency {dependent.slug} → {dependency.slug}"
        found = Dependency.objects.filter(dependent=dependent, dependency=dependency).first()
        values = {"note": concept.name[:500]}
        if found is None:
            found = Dependency.objects.create(
                dependent=dependent,
                dependency=dependency,
                **values,
                **self._provenance(concept),
                **_identity(Dependency, concept),
            )
            keep_properties(found, _kept(concept), new=True)
            return "accepted", label
        return self._update(found, concept, values), label

    def _provenance(self, concept: Concept) -> dict[str, Any]:
        return provenance(format=FORMAT, source=self.source, external_id=concept.identifier)

    def _update(self, found: Any, concept: Concept, values: dict[str, Any]) -> str:
        """Bring a relation row this model made up to date; leave others' rows alone."""
        if not _own(found) or found.external_id != concept.identifier[:500]:
            return "unchanged"
        changed = any(getattr(found, name) != value for name, value in values.items())
        if changed:
            for name, value in values.items():
                setattr(found, name, value)
            found.source_url = self.source[:1000]
            found.save()
        kept = keep_properties(found, _kept(concept))
        return "updated" if changed or kept else "unchanged"

    def part_of(self, concept: Concept, whole: Any, part: Any) -> Result:
        if not (type(whole) is type(part) and isinstance(whole, Capability | Organisation)):
            raise RelationError("part-of needs two capabilities or two organisations")
        label = f"{part.slug} is part of {whole.slug}"
        key = (part._meta.model_name, part.id)
        if key in self.parented:
            self.warnings.append(
                f"{concept.type} [{concept.identifier}]: {part.name} is part of more than one "
                "whole in the model; anker keeps the first"
            )
            return "unchanged", label
        self.parented.add(key)
        if part.parent_id == whole.id:
            return "unchanged", label
        if not _own(part):
            self.warnings.append(f"{label} in the model; {part.name} is anker's own: not changed")
            return "unchanged", label
        node = whole
        while node is not None:
            if node.id == part.id:
                raise RelationError(f"{part.name} would become part of itself")
            node = node.parent
        before, status = snapshot(part), "accepted" if part.parent_id is None else "updated"
        part.parent = whole
        part.save(update_fields=["parent", "modified"])
        audit_record(
            actor=self.context.actor,
            action=AuditAction.UPDATE,
            instance=part,
            before=before,
            after=snapshot(part),
            via=self.context.via,
        )
        return status, label

    def reuse(self, concept: Concept, block: Any, organisation: Any) -> Result:
        _expect("reuse", block, organisation, (BuildingBlock, Organisation))
        if block.owner_id == organisation.id:
            raise RelationError(f"{organisation.name} owns {block.name}; it does not reuse it")
        label = f"{organisation.slug} reuses {block.slug}"
        values = reuse_values(_properties(concept))
        found = Reuse.objects.filter(block=block, organisation=organisation).first()
        self.reused.add(block.id)
        if found is None:
            found = Reuse.objects.create(
                block=block,
                organisation=organisation,
                **values,
                **self._provenance(concept),
                **_identity(Reuse, concept),
            )
            keep_properties(found, _kept(concept), new=True)
            return "accepted", label
        return self._update(found, concept, values), label

    def complies(self, concept: Concept, block: Any, standard: Any) -> Result:
        _expect("complies", block, standard, (BuildingBlock, BuildingBlock))
        if standard.id == block.id:
            raise Unsupported("from a standard to itself: not compliance")
        if standard.kind != BlockKind.STANDARD:
            raise RelationError(f"{standard.name} is not a standard (its kind is {standard.kind})")
        label = f"{block.slug} complies with {standard.slug}"
        properties = _properties(concept)
        status = properties.get("anker:status", "")
        values = {
            "status": status if status in ("complies", "partially", "explained") else "complies",
            "explanation": properties.get("anker:explanation", ""),
        }
        found, created = StandardCompliance.objects.get_or_create(
            block=block,
            standard=standard,
            defaults={**values, **_identity(StandardCompliance, concept)},
        )
        changed = not created and any(getattr(found, k) != v for k, v in values.items())
        if changed:
            StandardCompliance.objects.filter(id=found.id).update(**values)
        kept = keep_properties(found, _kept(concept), new=created)
        status_word = "accepted" if created else "updated" if changed or kept else "unchanged"
        return status_word, label


def reuse_values(properties: dict[str, str]) -> dict[str, Any]:
    """A reuse edge's fields from anker's properties; a model that only draws the
    relationship states a provider's claim of use, as publiccode.yml's usedBy does."""
    status = properties.get("anker:status", "")
    mode = properties.get("anker:mode", "")
    declared = properties.get("anker:declared-by", "")
    values: dict[str, Any] = {
        "status": status if status in ReuseStatus.values else ReuseStatus.IN_USE,
        "mode": mode if mode in ReuseMode.values else ReuseMode.AS_IS,
        "declared_by": declared if declared in DeclaredBy.values else DeclaredBy.PROVIDER,
        "since": _date(properties.get("anker:since", "")),
        "until": _date(properties.get("anker:until", "")),
        "stop_reason": properties.get("anker:stop-reason", ""),
        "evidence_note": properties.get("anker:evidence-note", "")[:500],
        "confirmed_at": _moment(properties.get("anker:confirmed-at", "")),
    }
    url = properties.get("anker:evidence-url", "")
    values["evidence_url"] = url[:500] if url.startswith(("http://", "https://")) else ""
    return values


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10]) if value.strip() else None
    except ValueError:
        return None


def _moment(value: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(value.strip()) if value.strip() else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment
