"""The report every import returns: what was accepted, updated, unchanged or rejected,
naming for each rejection the record, the field and the reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Status = Literal["accepted", "updated", "unchanged", "rejected"]
STATUSES: tuple[Status, ...] = ("accepted", "updated", "unchanged", "rejected")


@dataclass(frozen=True)
class Outcome:
    record: str  # what the source calls the record (its name, id or row)
    status: Status
    entity: str = ""  # what it became in anker, e.g. "building block waterveen-portaal"
    field: str = ""  # for a rejection: the key path or column
    reason: str = ""
    line: int | None = None


@dataclass
class ImportReport:
    format: str
    source: str
    outcomes: list[Outcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)

    def reject(self, record: str, error: Exception) -> ImportReport:
        """Record a source that failed to parse; parsers' errors carry path, reason, line."""
        self.add(
            Outcome(
                record=record,
                status="rejected",
                field=getattr(error, "path", ""),
                reason=getattr(error, "reason", str(error)),
                line=getattr(error, "line", None),
            )
        )
        return self

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {status: self.count(status) for status in STATUSES}

    @property
    def rejections(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "rejected"]

    def as_json(self) -> list[dict]:
        return [asdict(outcome) for outcome in self.outcomes]
