"""The one typed registry of the open standards anker reads and writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from anker.interop.report import ImportReport


@dataclass(frozen=True)
class ImportContext:
    """Who imports, for which organisation (``--org``), through which channel, with
    which format-specific options (``--mapping`` gives ``options["mapping"]``, a path)."""

    actor: Any = None
    owner: Any = None
    via: str = "cli"
    options: dict[str, Any] = field(default_factory=dict)


Importer = Callable[[str, bytes, ImportContext], ImportReport]
Exporter = Callable[[Path], int]  # writes files into a folder, returns how many


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    suffixes: tuple[str, ...]
    importer: Importer | None = None
    exporter: Exporter | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    # Largest source accepted, in bytes; None: sources.MAX_BYTES. Reference architectures
    # (a whole GEMMA model is 17 MB) need more than a publiccode.yml.
    max_bytes: int | None = None


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


def get(name: str) -> Format:
    """The format called ``name``; KeyError names the formats there are."""
    load()
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(sorted(FORMATS)) or "none"
        raise KeyError(f"unknown format {name!r}; known formats: {known}") from None


# Importing each of these modules registers its format (one line per format).
FORMAT_MODULES: tuple[str, ...] = (
    "anker.interop.publiccode.importer",
    "anker.interop.openapi.importer",
    "anker.interop.archimate.importer",
    "anker.interop.dcat.importer",
    "anker.interop.csv.formats",
    "anker.interop.cpsv.importer",
)


def load() -> None:
    for module in FORMAT_MODULES:
        import_module(module)
