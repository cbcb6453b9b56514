"""Rules, how a rule's function is applied to its targets, and the run over a document.

A rule is the Python form of one entry in the ruleset: its code, severity, message
template, the document formats it applies to, and ``check``, which yields each failure
as (path where the value is written, error message). ``lint`` is Spectral's ``then``:
it applies a function to each matched node, or to a ``field`` of it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from anker.interop.openapi.adr.document import Document, Node, Path, print_path
from anker.interop.openapi.adr.functions import Check, js_int, show

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"

OAS2, OAS3, OAS3_0, OAS3_1 = "oas2", "oas3", "oas3.0", "oas3.1"
ANY_OAS = frozenset({OAS2, OAS3})  # the spectral:oas ruleset's own formats
ONLY_OAS3 = frozenset({OAS3})

Failure = tuple[Path, str]
RESOLVE_DEPTH = 3  # the deepest a rule's schema looks into its target


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    message: str
    check: Callable[[Document], Iterable[Failure]]
    formats: frozenset[str] | None = None  # None: every document, even an unrecognised one


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    path: str


RULES: list[Rule] = []


def rule(
    code: str, severity: Severity, message: str, *, formats: frozenset[str] | None = None
) -> Callable[[Callable[[Document], Iterable[Failure]]], Rule]:
    """Register the decorated ``check(document)`` as a rule of the ruleset."""

    def register(check: Callable[[Document], Iterable[Failure]]) -> Rule:
        new = Rule(code=code, severity=severity, message=message, check=check, formats=formats)
        RULES.append(new)
        return new

    return register


def lint(
    doc: Document, nodes: Iterable[Node], check: Check, field: str | None = None
) -> Iterator[Failure]:
    """Apply ``check`` to each node, or to its ``field``: ``@key`` checks each member
    name, ``a.b`` the value at that path (missing values are checked too)."""
    for node in nodes:
        if field == "@key":
            targets = [(key, (key,)) for key in node.value] if isinstance(node.value, dict) else []
        elif field:
            relative = tuple(field.split("."))
            targets = [(doc.walk(node, relative)[0], relative)]
        else:
            targets = [(node.value, ())]
        for value, relative in targets:
            for below, error in check(doc.resolved(value, RESOLVE_DEPTH)):
                yield doc.walk(node, (*relative, *below))[1], error


def formats_of(document: Any) -> frozenset[str]:
    """The formats Spectral recognises the document as (none for a non-OpenAPI file)."""
    found: set[str] = set()
    if not isinstance(document, dict):
        return frozenset()
    if "swagger" in document and js_int(document["swagger"]) == 2:
        found.add(OAS2)
    if "openapi" in document and js_int(document["openapi"]) == 3:
        found.add(OAS3)
        version = str(document["openapi"])
        if re.fullmatch(r"3\.0(\.\d*)?", version):
            found.add(OAS3_0)
        elif re.fullmatch(r"3\.1(\.\d*)?", version):
            found.add(OAS3_1)
    return frozenset(found)


UNRECOGNISED = (
    "The provided document does not match any of the registered formats "
    "[OpenAPI 2.0 (Swagger), OpenAPI 3.x, OpenAPI 3.0.x, OpenAPI 3.1.x]"
)


@dataclass(frozen=True)
class Outcome:
    """Every finding, and which rules were run on the document."""

    findings: tuple[Finding, ...]
    rules_run: tuple[Rule, ...]


def run(document: Any) -> Outcome:
    """Run every rule that applies to the document's format. Like Spectral, a rule
    reports one finding per place, however many routes lead there."""
    doc = Document(document)
    formats = formats_of(document)
    findings = [] if formats else [Finding("unrecognized-format", WARNING, UNRECOGNISED, "")]
    rules_run = []
    for candidate in RULES:
        if candidate.formats is not None and not candidate.formats & formats:
            continue
        rules_run.append(candidate)
        seen: set[Path] = set()
        for path, error in candidate.check(doc):
            if path not in seen:
                seen.add(path)
                message = _message(candidate.message, doc, path, error)
                where = print_path(path)
                findings.append(Finding(candidate.code, candidate.severity, message, where))
    findings.sort(key=lambda finding: (finding.rule, finding.path))
    return Outcome(findings=tuple(findings), rules_run=tuple(rules_run))


_TEMPLATE = re.compile(r"{{(property|value|error|path)}}")


def _message(template: str, doc: Document, path: Path, error: str) -> str:
    """Fill in Spectral's ``{{property}}``, ``{{value}}``, ``{{error}}`` and ``{{path}}``."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "error":
            return error
        if name == "property":
            return str(path[-1]) if path else ""
        if name == "path":
            escaped = (str(s).replace("~", "~0").replace("/", "~1") for s in path)
            return "#" + "".join(f"/{segment}" for segment in escaped)
        return show(doc.lookup(path)[0])  # the value as written there

    return _TEMPLATE.sub(fill, template).strip()
