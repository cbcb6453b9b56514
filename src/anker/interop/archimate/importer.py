"""ArchiMate → anker: organisations, capabilities, building blocks and the relations
between them, from an Open Group exchange file or an Archi ``.archimate`` file.

What becomes what is the mapping's decision (``mapping.py``, default in
``default-mapping.yaml``, a user's file with ``--mapping``). Identity is the element's
identifier: a new release of the same model, from any file or address, updates the same
records, reports unchanged elements as unchanged and never duplicates. A model imports
whole or not at all (one transaction); an element or relationship that cannot be taken
is rejected with its field and reason while the rest imports. Elements that vanished
from a newer release are kept and named in a warning: deleting is a person's decision.

Owners: a block's owner is the organisation the model relates to it (see the mapping's
``owner`` relation), else ``--org``, else the organisation "Unknown provider" that the
publiccode importer also uses; a warning says how many blocks got a fallback owner."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock
from anker.interop.archimate.exporter import export_folder
from anker.interop.archimate.mapping import Mapping, MappingError, Target, load_mapping
from anker.interop.archimate.parser import ArchimateError, Concept, Model, parse
from anker.interop.archimate.records import (
    FORMAT,
    Element,
    prepare,
    write_block,
    write_capability,
    write_external,
    write_organisation,
)
from anker.interop.archimate.relations import RelationError, Relations, Unsupported
from anker.interop.models import ExternalElement
from anker.interop.publiccode.importer import _unknown_provider
from anker.interop.registry import Format, ImportContext, register
from anker.interop.report import ImportReport, Outcome
from anker.organisations.models import Organisation

WRITERS = {"organisation": write_organisation, "capability": write_capability}
MAX_NAMED = 10  # how many records a warning names before it counts the rest


def import_archimate(source: str, data: bytes, context: ImportContext) -> ImportReport:
    """Import one ArchiMate model; it imports whole or not at all."""
    report = ImportReport(format=FORMAT, source=source)
    record = Path(source).name
    try:
        mapping = load_mapping(context.options.get("mapping"))
        model = parse(data)
    except (MappingError, ArchimateError) as error:
        return report.reject(record, error)
    report.warnings.extend(model.warnings)
    with transaction.atomic():
        ModelImport(model, mapping, source, context, report).run()
    return report


class ModelImport:
    """One model into anker: elements first (organisations and capabilities, then blocks,
    which need their owners), then relationships, then the closing work."""

    def __init__(
        self,
        model: Model,
        mapping: Mapping,
        source: str,
        context: ImportContext,
        report: ImportReport,
    ) -> None:
        self.model, self.mapping, self.source = model, mapping, source
        self.context, self.report = context, report
        self.targets: dict[str, Target] = {}  # element identifier → what it becomes
        self.records: dict[str, Any] = {}  # element identifier → the anker record
        self.statuses: dict[str, str] = {}
        self.ignored: Counter[str] = Counter()
        self.fallback_owners = 0
        self.relations = Relations(source, context)
        self.known = {c.identifier for c in (*model.elements, *model.relationships)}

    def run(self) -> None:
        elements = [element for element in map(self._prepare, self.model.elements) if element]
        for element in elements:
            if element.target.entity in WRITERS:
                self._write(element, lambda e=element: WRITERS[e.target.entity](
                    e, self.source, self.context))  # fmt: skip
            elif element.target.entity == "external":
                self._write(element, lambda e=element: write_external(e, self.source))
        owners = self._owners()
        for element in elements:
            if element.target.entity == "block":
                owner = self._owner(element, owners)
                self._write(element, lambda e=element, o=owner: write_block(
                    e, o, self.source, self.context))  # fmt: skip
        for concept in self.model.relationships:
            self._relationship(concept, owners)
        self._finish()

    def _reject(self, concept: Concept, field: str, reason: str) -> None:
        self.report.add(
            Outcome(
                record=concept.label(),
                status="rejected",
                field=field,
                reason=reason,
                line=concept.line,
            )
        )

    def _prepare(self, concept: Concept) -> Element | None:
        if concept.problem:
            self._reject(concept, concept.problem.field, concept.problem.reason)
            return None
        target = self.mapping.target(concept)
        self.targets[concept.identifier] = target
        if target.entity == "ignore":
            self.ignored[concept.type] += 1
            return None
        if not concept.name:
            self._reject(concept, "element/name", f"no name: anker needs one for a {target}")
            return None
        return prepare(concept, target, self.mapping, self.report.warnings.append)

    def _write(self, element: Element, write: Callable[[], tuple[str, Any]]) -> None:
        """Write one record in a savepoint: a record the database refuses is rejected
        with the reason, and the rest of the model still imports."""
        concept = element.concept
        try:
            with transaction.atomic():
                status, record = write()
        except (DatabaseError, ValidationError, ValueError) as error:
            self._reject(concept, "element", f"cannot be saved: {error}")
            return
        self.records[concept.identifier] = record
        self.statuses[concept.identifier] = status
        label = getattr(record, "slug", "") or concept.type
        self.report.add(
            Outcome(record=concept.label(), status=status, entity=f"{element.target} {label}")
        )

    def _owners(self) -> dict[str, Concept]:
        """Block identifier → the first relationship the mapping reads as its owner."""
        owners: dict[str, Concept] = {}
        for concept in self.model.relationships:
            if concept.problem or self._relation(concept) != "owner":
                continue
            if concept.target in owners:
                self.report.warnings.append(
                    f"{concept.type} [{concept.identifier}]: the block has more than one owner "
                    "in the model; anker keeps the first"
                )
                continue
            owners[concept.target] = concept
        return owners

    def _relation(self, concept: Concept) -> str:
        source, target = self.targets.get(concept.source), self.targets.get(concept.target)
        if source is None or target is None:
            return "ignore"
        if "ignore" in (source.entity, target.entity) or "external" in (
            source.entity,
            target.entity,
        ):
            return "ignore"
        return self.mapping.relation(concept, source, target)

    def _owner(self, element: Element, owners: dict[str, Concept]) -> Any:
        relationship = owners.get(element.concept.identifier)
        owner = self.records.get(relationship.source) if relationship else None
        if isinstance(owner, Organisation):
            return owner
        self.fallback_owners += 1
        return self.context.owner or _unknown_provider()

    def _relationship(self, concept: Concept, owners: dict[str, Concept]) -> None:
        if concept.problem:
            self._reject(concept, concept.problem.field, concept.problem.reason)
            return
        for end, ref in (("source", concept.source), ("target", concept.target)):
            if ref not in self.known:
                self._reject(concept, f"relationship/@{end}", f"{ref} is not in the model")
                return
        relation = self._relation(concept)
        if relation == "ignore":
            self.ignored[f"{concept.type} relationship"] += 1
            return
        source, target = self.records.get(concept.source), self.records.get(concept.target)
        if source is None or target is None:
            end = "source" if source is None else "target"
            self._reject(concept, f"relationship/@{end}", f"its {end} element was not imported")
            return
        if relation == "owner":
            self._owner_outcome(concept, owners, target)
            return
        try:
            with transaction.atomic():
                status, entity = self.relations.apply(relation, concept, source, target)
        except Unsupported as why:
            self.ignored[f"{concept.type} relationship {why}"] += 1
            return
        except (RelationError, DatabaseError, ValidationError, ValueError) as error:
            self._reject(concept, "relationship", str(error))
            return
        self.report.add(Outcome(record=concept.label(), status=status, entity=entity))

    def _owner_outcome(self, concept: Concept, owners: dict[str, Concept], block: Any) -> None:
        if owners.get(concept.target) is not concept:
            return  # a second owner: warned about in _owners
        if not isinstance(block, BuildingBlock) or not isinstance(
            self.records[concept.source], Organisation
        ):
            reason = "owner needs an organisation as source and a building block as target"
            self._reject(concept, "relationship", reason)
            return
        if block.owner_id != self.records[concept.source].id:
            self._reject(concept, "relationship", f"{block.name} is anker's own; owner not changed")
            return
        status = self.statuses.get(concept.target, "unchanged")
        self.report.add(
            Outcome(
                record=concept.label(),
                status=status,
                entity=f"{block.owner.slug} owns {block.slug}",
            )
        )

    def _finish(self) -> None:
        self.relations.finish()
        warnings = self.report.warnings
        warnings.extend(self.relations.warnings)
        if self.ignored:
            counts = ", ".join(f"{n} {kind}" for kind, n in self.ignored.most_common())
            warnings.append(f"not mapped, so not imported: {counts}")
        if self.fallback_owners:
            owner = self.context.owner.name if self.context.owner else "Unknown provider"
            warnings.append(
                f"{self.fallback_owners} blocks have no owner in the model; owned by {owner}"
            )
        self._remember_model()

    def _remember_model(self) -> None:
        """Keep which identifiers this model had, so that the next release can say what
        vanished from it."""
        model = self.model
        key = f"model:{model.identifier or model.name or Path(self.source).name}"[:500]
        elements = sorted(c.identifier for c in model.elements if c.identifier)
        relationships = sorted(c.identifier for c in model.relationships if c.identifier)
        earlier = ExternalElement.objects.filter(source_format=FORMAT, external_id=key).first()
        if earlier is not None and earlier.element_type != "Model":
            return  # an element of some model is called so: nothing is remembered
        if earlier is not None:
            gone = sorted(set(earlier.data.get("elements", [])) - set(elements))
            if gone:
                self.report.warnings.append(_vanished(gone))
            lost = set(earlier.data.get("relationships", [])) - set(relationships)
            if lost:
                self.report.warnings.append(
                    f"{len(lost)} relationships of the earlier import of this model are no "
                    "longer in it; anker keeps what they made"
                )
        ExternalElement.objects.update_or_create(
            source_format=FORMAT,
            external_id=key,
            defaults={
                "element_type": "Model",
                "name": model.name[:500],
                "source_url": self.source[:1000],
                "data": {"elements": elements, "relationships": relationships},
            },
        )


def _vanished(identifiers: list[str]) -> str:
    """A warning naming the first vanished records (by name where anker has them)."""
    shown = identifiers[:MAX_NAMED]
    names: dict[str, str] = {}
    for model in (Organisation, Capability, BuildingBlock, ExternalElement):
        found = model.objects.filter(source_format=FORMAT, external_id__in=shown)
        names.update(found.values_list("external_id", "name"))
    listed = ", ".join(f"{names[i]} [{i}]" if names.get(i) else i for i in shown)
    more = f" and {len(identifiers) - MAX_NAMED} more" if len(identifiers) > MAX_NAMED else ""
    return (
        f"{len(identifiers)} elements of the earlier import of this model are no longer in it; "
        f"anker keeps what they became: {listed}{more}"
    )


register(
    Format(
        name=FORMAT,
        label="ArchiMate",
        suffixes=(".xml", ".archimate"),
        importer=import_archimate,
        exporter=export_folder,
        max_bytes=50 * 1024 * 1024,
        notes=(
            "Open Group Model Exchange File Format 3.0/3.1 and Archi .archimate files",
            "--mapping FILE: a YAML file over the default mapping",
        ),
    )
)
