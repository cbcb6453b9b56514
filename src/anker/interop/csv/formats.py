"""The CSV formats in the registry: ``csv-<entity>`` for one entity type's file, and
``csv``, which exports every entity type into a folder and imports a file of any of them,
telling the type from the header row.

The files are numbered (1-organisations.csv … 7-reuse.csv) because a folder is imported
in name order, and each type names only types that come before it."""

from __future__ import annotations

from pathlib import Path

from anker.interop.csv import table
from anker.interop.csv.blocks import Blocks
from anker.interop.csv.edges import Compliance, Dependencies, Links
from anker.interop.csv.engine import (
    FORMAT,
    Entity,
    column_names,
    export_entity,
    header_columns,
    import_entity,
)
from anker.interop.csv.organisations import Capabilities, Organisations
from anker.interop.csv.reuse import Reuses
from anker.interop.registry import Format, ImportContext, register
from anker.interop.report import ImportReport

ENTITIES: tuple[Entity, ...] = (
    Organisations(),
    Capabilities(),
    Blocks(),
    Dependencies(),
    Compliance(),
    Links(),
    Reuses(),
)
SUFFIXES = (".csv",)


def export_all(folder: Path) -> int:
    """Every entity type's file into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for entity in ENTITIES:
        export_entity(entity, folder)
    return len(ENTITIES)


def entity_of(header: list[str], line: int = 1) -> Entity:
    """The entity type whose columns the header fits best: it must have the type's key
    columns, and counts one for each column it knows and minus one for each it does not.
    TableError, naming the expected headers, when none or several fit."""
    names = column_names(header, line)
    scores: dict[str, tuple[int, Entity]] = {}
    for entity in ENTITIES:
        try:
            known = len(header_columns(entity, names, ImportReport(FORMAT, "")))
        except table.TableError:
            continue
        scores[entity.name] = (2 * known - len([name for name in names if name]), entity)
    best = max((score for score, _entity in scores.values()), default=None)
    fitting = [entity for score, entity in scores.values() if score == best]
    if len(fitting) == 1:
        return fitting[0]
    expected = "; ".join(
        f"{entity.name}: {', '.join(column.name for column in entity.columns)}"
        for entity in (fitting or ENTITIES)
    )
    doubt = "fit several entity types" if fitting else "fit no entity type"
    raise table.TableError(
        f"the columns {doubt}; import it as csv-<type> or use the headers of one type: {expected}",
        line,
    )


def import_any(source: str, data: bytes, context: ImportContext) -> ImportReport:
    """A file of any entity type, told by its header row."""
    try:
        rows = table.read(data)
        entity = entity_of(rows.header, rows.header_line)
    except table.TableError as error:
        return ImportReport(format=FORMAT, source=source).reject(Path(source).name, error)
    return import_entity(entity, FORMAT, source, data, context)


def _register(entity: Entity) -> None:
    name = f"{FORMAT}-{entity.name}"
    register(
        Format(
            name=name,
            label=f"CSV ({entity.name})",
            suffixes=SUFFIXES,
            importer=lambda source, data, context: import_entity(
                entity, name, source, data, context
            ),
            exporter=lambda folder: _export_one(entity, folder),
            notes=(f"columns: {', '.join(column.name for column in entity.columns)}",),
        )
    )


def _export_one(entity: Entity, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    export_entity(entity, folder)
    return 1


for _entity in ENTITIES:
    _register(_entity)
register(
    Format(
        name=FORMAT,
        label="CSV",
        suffixes=SUFFIXES,
        importer=import_any,
        exporter=export_all,
        notes=("one file per entity type; the type is told by the header row",),
    )
)
