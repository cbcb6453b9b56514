"""Reading a CSV file into its header and rows, and writing one.

Spreadsheets decide what arrives: Dutch Excel writes ``;`` between cells (the list
separator of its locale), others ``,``; "CSV UTF-8" starts with a byte-order mark and the
older "CSV" is Windows-1252. So the delimiter is sniffed from the header row, a BOM is
dropped, and a file that is not UTF-8 is refused with a reason that says how to save it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DELIMITERS = ";,\t"
EXPORT_DELIMITER = ","
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SAVE_AS = "save it in the spreadsheet as 'CSV UTF-8' (Excel: 'CSV UTF-8 (door komma's gescheiden)')"


class TableError(Exception):
    """A file that cannot be read as a table at all; ``line`` where known."""

    def __init__(self, reason: str, line: int | None = None, path: str = "") -> None:
        super().__init__(reason)
        self.reason, self.line, self.path = reason, line, path


@dataclass(frozen=True)
class Table:
    header: list[str]  # as written in the file
    rows: list[tuple[int, list[str]]]  # (row number, counting the header as 1; cells)
    header_line: int = 1


def decode(data: bytes) -> str:
    """The text of a UTF-8 file, with or without a BOM; TableError for anything else."""
    if data.startswith(UTF16_BOMS):
        raise TableError(f"the file is UTF-16 text, not UTF-8; {SAVE_AS}")
    try:
        return data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise TableError(
            f"the file is not UTF-8 (byte 0x{data[error.start]:02x} cannot be read; "
            f"probably Windows-1252); {SAVE_AS}",
            line,
        ) from None


def sniff(header_line: str) -> str:
    """The delimiter: the candidate that splits the header row most. Column names never
    hold a delimiter, so the header is a surer guide than the data rows, whose cells
    hold ``;``-separated lists."""
    counts = {candidate: header_line.count(candidate) for candidate in DELIMITERS}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else EXPORT_DELIMITER


def read(data: bytes) -> Table:
    """The table in ``data``: the first non-empty row is the header."""
    text = decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise TableError("the file is empty; the first row must name the columns")
    delimiter = sniff(first)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise TableError(f"not a readable CSV file: {error}") from None
    numbered = [(number, cells) for number, cells in enumerate(records, start=1)]
    filled = [index for index, (_n, cells) in enumerate(numbered) if any(c.strip() for c in cells)]
    if not filled:
        raise TableError("the file is empty; the first row must name the columns")
    start = filled[0]
    header_line, header = numbered[start]
    return Table(header=header, rows=numbered[start + 1 :], header_line=header_line)


def write(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A UTF-8 file with a BOM (Excel then reads it as UTF-8, and the importer drops it),
    comma-separated as RFC 4180 says."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=EXPORT_DELIMITER)
        writer.writerow(header)
        writer.writerows(rows)
