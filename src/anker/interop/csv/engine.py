"""The one row-import engine: an entity type declares its columns and how a row is
written; the engine reads the file, checks the header, reads every cell, rejects a row
with its row number, column and reason, and writes the others in one transaction.

A row is written only when it says something new: a row equal to the record (compared in
the columns the file has) is "unchanged" and nothing is written, not even the import time.
Each row is written in a savepoint, so a row that fails in the database is rejected alone."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, models, transaction

from anker.accounts.audit import audit_record, snapshot
from anker.accounts.models import AuditAction
from anker.core.models import ProvenancedModel
from anker.interop.csv import table
from anker.interop.csv.cells import CellError, Kind
from anker.interop.provenance import provenance, record_hash
from anker.interop.registry import ImportContext
from anker.interop.report import ImportReport, Outcome, Status

FORMAT = "csv"
# Records entered by hand, by the demo or by CSV take CSV identity (external id = slug);
# a record another standard's import keeps stays that import's, so its source finds it.
OWN_FORMATS = frozenset({"", "manual", "demo", FORMAT})
INDEX_CHUNK = 300  # keys a query asks for at once (SQLite limits a query's parameters)


@dataclass(frozen=True)
class Column:
    """One column: its cell kind, and the record's value in the kind's canonical form.

    ``required``: a new record needs it and it may not be emptied. ``keep_when_empty``: an
    empty cell leaves the stored value (a new record gets the default); for fields that
    cannot be blank."""

    name: str
    kind: Kind
    get: Callable[[Any], Any]
    required: bool = False
    keep_when_empty: bool = False
    doc: str = ""


class RowError(Exception):
    """A row that cannot be written: (column, reason) for each problem."""

    def __init__(self, *problems: tuple[str, str]) -> None:
        super().__init__("; ".join(f"{column}: {reason}" for column, reason in problems))
        self.problems = list(problems)


@dataclass
class Row:
    """A row that read well, on its way to being written."""

    line: int
    values: dict[str, Any]
    context: ImportContext
    source: str
    digest: str = ""
    known: dict[tuple[type, str], Any] = field(default_factory=dict)  # shared by a file's rows
    before: dict[str, Any] | None = None  # the record as the audit log shows it, before the row


class Entity(ABC):
    """An entity type as a CSV file. Subclasses declare the class variables, say which
    records they cover (``queryset``) and write a row (``save``); the engine does
    everything else."""

    name: ClassVar[str]  # plural, as in the format name csv-<name>
    label: ClassVar[str]  # singular, as in the report
    filename: ClassVar[str]
    model: ClassVar[type[models.Model]]
    key: ClassVar[tuple[str, ...]]
    columns: ClassVar[tuple[Column, ...]]
    parent: ClassVar[str] = ""  # a column that may name another row of the same file
    fields: ClassVar[dict[str, str]] = {}  # model field → column, where they differ
    references: ClassVar[tuple[str, ...]] = ()  # foreign keys that save looks up itself
    paths: ClassVar[dict[str, str]] = {"slug": "slug"}  # key column → the field that holds it

    def column(self, name: str) -> Column | None:
        return next((column for column in self.columns if column.name == name), None)

    def export_columns(self) -> list[Column]:
        return list(self.columns)

    @abstractmethod
    def queryset(self) -> models.QuerySet:
        """Every record, with what the columns read fetched along, in a stable order."""

    def records(self) -> Iterable[Any]:
        """What the export writes."""
        return self.queryset()

    def index(self, rows: list[Row]) -> dict[tuple[Any, ...], Any]:
        """The records the rows name, by key: a query per few hundred rows, not one a row."""
        found: dict[tuple[Any, ...], Any] = {}
        for start in range(0, len(rows), INDEX_CHUNK):
            chunk = rows[start : start + INDEX_CHUNK]
            wanted = {
                f"{path}__in": {row.values[column] for row in chunk}
                for column, path in self.paths.items()
            }
            for record in self.queryset().filter(**wanted):
                found.setdefault(self.key_of(record), record)
        return found

    def key_of(self, record: Any) -> tuple[Any, ...]:
        return tuple(self.column(name).get(record) for name in self.key)  # type: ignore[union-attr]

    @abstractmethod
    def save(self, record: Any | None, row: Row) -> tuple[Status, Any]:
        """Create (``record`` is None) or update the record from the row; returns the
        outcome and the record."""

    def describe(self, record: Any) -> dict[str, Any] | None:
        """The record for the audit log; taken before ``save`` changes it."""
        return snapshot(record)

    def finish(self, saved: list[Any]) -> None:  # noqa: B027 -- optional hook, no-op by default
        """After the last row (a count to refresh, for example)."""

    def record_name(self, values: dict[str, Any]) -> str:
        return " → ".join(str(values.get(column, "")) for column in self.key)

    # --- helpers for save ------------------------------------------------------------

    def lookup(
        self, row: Row, model: type[models.Model], slug: str, column: str, label: str
    ) -> Any:
        """The record of another type that ``slug`` names. Those are remembered for the
        file (it does not change them); this type's own are read afresh, as rows change them."""
        found = row.known.get((model, slug))
        if found is None:
            found = model._default_manager.filter(slug=slug).first()
        if found is None:
            raise RowError((column, f"unknown {label} {slug!r}"))
        if model is not self.model:
            row.known[(model, slug)] = found
        return found

    def assign(self, instance: models.Model, values: dict[str, Any], names: Iterable[str]) -> None:
        """Set the fields the row has a column for; the others keep their value."""
        for name in names:
            if name in values:
                setattr(instance, name, values[name])

    def set_parent(self, instance: Any, row: Row) -> None:
        """The parent named in the ``parent`` column; a tree stays a tree."""
        if self.parent not in row.values:
            return
        slug = row.values[self.parent]
        instance.parent = (
            self.lookup(row, self.model, slug, self.parent, self.label) if slug else None
        )
        seen: set[int] = set()
        node = instance.parent
        while node is not None:
            if node.pk == instance.pk or node.pk in seen:
                reason = f"{node.slug!r} would make the {self.label} its own ancestor"
                raise RowError((self.parent, reason))
            seen.add(node.pk)
            node = node.parent

    def require(self, allowed: bool, column: str, reason: str) -> None:
        if not allowed:
            raise RowError((column, reason))

    def validate(self, instance: models.Model, exclude: Sequence[str] = ()) -> None:
        """The model's own rules, as reasons per column."""
        try:
            # Uniqueness is the key the row was found by; references were looked up; the
            # database still refuses a duplicate, which rejects the row.
            instance.full_clean(
                exclude=[*exclude, *self.references],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as error:
            raise self.problems(error) from None

    def problems(self, error: ValidationError) -> RowError:
        messages = getattr(error, "message_dict", {NON_FIELD_ERRORS: error.messages})
        return RowError(
            *(
                ("" if name == NON_FIELD_ERRORS else self.fields.get(name, name), " ".join(texts))
                for name, texts in messages.items()
            )
        )

    def store(
        self,
        instance: models.Model,
        row: Row,
        *,
        related: Sequence[models.Model | None] = (None,),
        exclude: Sequence[str] = (),
        then: Callable[[Any], None] | None = None,
    ) -> Status:
        """Validate, stamp provenance, save, let ``then`` write related rows, and audit
        (once per ``related`` record, so that each side's history shows an edge)."""
        before = row.before if instance.pk else None
        if isinstance(instance, ProvenancedModel):
            stamp(instance, row, "/".join(str(row.values[name]) for name in self.key))
        self.validate(instance, exclude)
        instance.save()
        if then is not None:
            then(instance)
        after = self.describe(instance)
        for other in related:
            audit_record(
                actor=row.context.actor,
                action=AuditAction.UPDATE if before else AuditAction.CREATE,
                instance=instance,
                before=before,
                after=after,
                via=row.context.via,
                related=other,
            )
        return "updated" if before else "accepted"


def identity(record: Any | None, source: str, external_id: str) -> tuple[str, str, str]:
    """(format, external id, source) the record keeps after this import."""
    if record is None or record.source_format in OWN_FORMATS:
        return FORMAT, external_id, source
    return record.source_format, record.external_id, record.source_url


def stamp(instance: ProvenancedModel, row: Row, external_id: str) -> None:
    fmt, kept_id, source = identity(instance, row.source, external_id)
    values = provenance(format=fmt, source=source, external_id=kept_id, digest=row.digest)
    for name, value in values.items():
        setattr(instance, name, value)


def imported_before(record: Any, digest: str) -> bool:
    """The same row was imported into this record before: a change made by hand since
    then stands, as it does for every other format's unchanged source."""
    return isinstance(record, ProvenancedModel) and bool(digest) and record.source_hash == digest


# --- reading a file ------------------------------------------------------------------


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    rejected: list[Outcome] = field(default_factory=list)


def column_names(header: list[str], line: int = 1) -> list[str]:
    """The header's names, in lower case with ``_`` for blanks; TableError for a name that
    stands twice (which of the two cells would count?)."""
    names = ["_".join(name.strip().lower().split()) for name in header]
    twice = sorted({name for name in names if name and names.count(name) > 1})
    if twice:
        raise table.TableError(f"columns named more than once: {', '.join(twice)}", line)
    return names


def header_columns(
    entity: Entity, names: list[str], report: ImportReport, line: int = 1
) -> dict[int, Column]:
    """Column by cell position. An unknown column is a warning; a missing key column makes
    the file one the entity type cannot read (TableError)."""
    missing = [name for name in entity.key if name not in names]
    if missing:
        expected = ", ".join(column.name for column in entity.export_columns())
        raise table.TableError(
            f"missing columns: {', '.join(missing)}; the {entity.name} file's columns are: "
            f"{expected}",
            line,
            ", ".join(missing),
        )
    found: dict[int, Column] = {}
    for position, name in enumerate(names):
        column = entity.column(name)
        if column is not None:
            found[position] = column
        elif name:
            report.warnings.append(f"column {name!r} is not known; ignored")
    return found


def read_row(
    entity: Entity, columns: dict[int, Column], cells: list[str]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The row's values by column name, and the problems of its cells."""
    values: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    for position, column in columns.items():
        text = cells[position].strip() if position < len(cells) else ""
        if not text and (column.required or column.name in entity.key):
            problems.append((column.name, "required"))
        elif text or not column.keep_when_empty:
            try:
                values[column.name] = column.kind.read(text)
            except CellError as error:
                problems.append((column.name, error.reason))
    return values, problems


def parse(
    entity: Entity, rows: table.Table, source: str, context: ImportContext, report: ImportReport
) -> Parsed:
    """Every row read: those that read well to be written, the others rejected."""
    names = column_names(rows.header, rows.header_line)
    columns = header_columns(entity, names, report, rows.header_line)
    parsed, seen, known = Parsed(), {}, {}
    for line, cells in rows.rows:
        if not any(cell.strip() for cell in cells):
            continue
        values, problems = read_row(entity, columns, cells)
        if any(cell.strip() for cell in cells[len(names) :]):
            problems.append(("", f"{len(cells)} cells, but the header names {len(names)}"))
        key = tuple(values.get(name) for name in entity.key)
        if None not in key and key in seen:
            problems.append((entity.key[-1], f"duplicate of row {seen[key]}"))
        elif None not in key:
            seen[key] = line
        if problems:
            parsed.rejected.append(rejection(entity, values, line, problems))
        else:
            digest = record_hash({name: values[name] for name in sorted(values)})
            parsed.rows.append(Row(line, values, context, source, digest, known))
    return parsed


def rejection(
    entity: Entity, values: dict[str, Any], line: int, problems: list[tuple[str, str]]
) -> Outcome:
    """One outcome per row: its columns, and each reason (named by column when several)."""
    name = entity.record_name(values) if all(k in values for k in entity.key) else f"row {line}"
    reason = (
        problems[0][1]
        if len(problems) == 1
        else "; ".join(f"{column or 'row'}: {text}" for column, text in problems)
    )
    return Outcome(
        record=name,
        status="rejected",
        field=", ".join(dict.fromkeys(column for column, _text in problems)),
        reason=reason,
        line=line,
    )


# --- writing -------------------------------------------------------------------------


def parents_first(entity: Entity, rows: list[Row]) -> list[Row]:
    """Rows in an order where a row that names another row of the file comes after it."""
    if not entity.parent:
        return rows
    by_key = {row.values[entity.key[0]]: row for row in rows}
    ordered: list[Row] = []
    placed: set[str] = set()
    for row in rows:
        chain: list[Row] = []
        node: Row | None = row
        while node is not None and node.values[entity.key[0]] not in placed:
            if node in chain:
                break  # a cycle: the row that closes it is refused when written
            chain.append(node)
            node = by_key.get(node.values.get(entity.parent))
        for item in reversed(chain):
            placed.add(item.values[entity.key[0]])
            ordered.append(item)
    return ordered


def unchanged(entity: Entity, record: Any, row: Row) -> bool:
    if imported_before(record, row.digest):
        return True
    return all(entity.column(name).get(record) == value for name, value in row.values.items())  # type: ignore[union-attr]


def write_row(entity: Entity, row: Row, record: Any | None) -> tuple[Outcome, Any]:
    name = entity.record_name(row.values)
    missing = [c.name for c in entity.columns if c.required and c.name not in row.values]
    try:
        if record is not None and unchanged(entity, record, row):
            return Outcome(name, "unchanged", f"{entity.label} {name}", line=row.line), None
        if record is None and missing:
            raise RowError(*((column, f"required for a new {entity.label}") for column in missing))
        row.before = entity.describe(record) if record is not None else None
        with transaction.atomic():
            status, saved = entity.save(record, row)
    except RowError as error:
        return rejection(entity, row.values, row.line, error.problems), None
    except ValidationError as error:
        return rejection(entity, row.values, row.line, entity.problems(error).problems), None
    except DatabaseError as error:
        return rejection(entity, row.values, row.line, [("", f"not stored: {error}")]), None
    return Outcome(name, status, f"{entity.label} {name}", line=row.line), saved


def import_entity(
    entity: Entity, fmt: str, source: str, data: bytes, context: ImportContext
) -> ImportReport:
    """Import one file of ``entity`` rows; valid rows are written in one transaction."""
    report = ImportReport(format=fmt, source=source)
    try:
        parsed = parse(entity, table.read(data), source, context, report)
    except table.TableError as error:
        return report.reject(Path(source).name, error)
    outcomes = list(parsed.rejected)
    with transaction.atomic():
        saved = []
        records = entity.index(parsed.rows)
        for row in parents_first(entity, parsed.rows):
            key = tuple(row.values[name] for name in entity.key)
            outcome, record = write_row(entity, row, records.get(key))
            outcomes.append(outcome)
            if record is not None:
                saved.append(record)
        entity.finish(saved)
    for outcome in sorted(outcomes, key=lambda outcome: outcome.line or 0):
        report.add(outcome)
    return report


# --- export --------------------------------------------------------------------------


def export_entity(entity: Entity, folder: Path) -> Path:
    """The entity's file in ``folder``, with exactly the columns the import reads."""
    columns = entity.export_columns()
    rows = (
        [column.kind.show(column.get(record)) for column in columns] for record in entity.records()
    )
    path = folder / entity.filename
    table.write(path, [column.name for column in columns], rows)
    return path
