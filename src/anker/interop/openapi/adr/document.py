"""The published OpenAPI document as the ADR rules see it, and the few JSONPath steps the
ruleset's ``given`` expressions need.

Spectral lints the document with its ``$ref``s resolved, then reports each finding at the
place where the offending value is *written*: a finding in a schema that forty responses
reference is one finding, under ``components``. ``Document`` gives the same view without
copying: stepping into a ``{"$ref": "#/…"}`` continues at its target, and every ``Node``
carries the path where its value is written plus the key it was reached by (``@property``
in the ruleset's filters). Because a node is identified by where it is written, a walk of
all descendants visits each written value once per edge, so reference cycles end and a
large, heavily referenced document stays linear."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

Segment = str | int
Path = tuple[Segment, ...]


class _Missing:
    """A value that is not there (JavaScript's ``undefined``)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True, slots=True)
class Node:
    """A value of the resolved document. ``path`` is where the value is written, ``key``
    the key (or index) it was reached by, which differs from ``path[-1]`` behind a
    ``$ref``. ``at`` is where Spectral reports a finding on the node itself: ``path``,
    except for a ``$ref`` with sibling keys (``{$ref, description}``) reached without
    passing another reference, which is reported where the ``$ref`` is written.
    ``direct``: no reference was passed on the way here."""

    value: Any
    path: Path
    key: Segment | None = None
    at: Path = ()
    direct: bool = True


def pointer_path(ref: str) -> Path | None:
    """The path of a local reference ``#/a/b``; None for anything else (external refs)."""
    if not ref.startswith("#"):
        return None
    fragment = unquote(ref[1:])
    if not fragment:
        return ()
    if not fragment.startswith("/"):
        return None
    return tuple(s.replace("~1", "/").replace("~0", "~") for s in fragment[1:].split("/"))


class Document:
    """Navigation over one published document, following local ``$ref``s."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self._below: dict[tuple[tuple[Path, bool], ...], list[Node]] = {}

    def node(self) -> Node:
        return Node(self.root, ())

    def lookup(self, path: Iterable[Segment]) -> tuple[Any, Path]:
        """The value written at ``path`` (no references followed), with list indexes as
        ints; MISSING when the path does not exist."""
        value, found = self.root, []
        for segment in path:
            value, step = _step(value, segment)
            if value is MISSING:
                return MISSING, tuple(found)
            found.append(step)
        return value, tuple(found)

    def follow(self, value: Any, path: Path) -> tuple[Any, Path]:
        """``value`` itself, or the target of its (chain of) local references."""
        seen: set[Path] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            target_path = pointer_path(value["$ref"])
            if target_path is None or target_path in seen:
                break
            seen.add(target_path)
            target, found = self.lookup(target_path)
            if target is MISSING:
                break
            value, path = target, found
        return value, path

    def enter(self, parent: Node, key: Segment, raw: Any) -> Node:
        """The child ``raw`` of ``parent``, written under ``key``, references followed."""
        written = (*parent.path, key)
        value, path = self.follow(raw, written)
        if path == written:
            return Node(value, path, key, path, parent.direct)
        beside = parent.direct and len(raw) > 1  # a $ref with siblings, not behind another
        return Node(value, path, key, written if beside else path, False)

    def children(self, node: Node) -> Iterator[Node]:
        value = node.value
        items: Iterable[tuple[Segment, Any]]
        if isinstance(value, dict):
            items = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            return
        for key, raw in items:
            yield self.enter(node, key, raw)

    def walk(self, node: Node, relative: Iterable[Segment]) -> tuple[Any, Path]:
        """Follow ``relative`` from ``node`` (through references): the value, or MISSING,
        and where a finding there is reported: the deepest part that exists (Spectral's
        "closest path")."""
        for segment in relative:
            raw, step = _step(node.value, segment)
            if raw is MISSING:
                return MISSING, node.at
            node = self.enter(node, step, raw)
        return node.value, node.at

    def resolved(self, value: Any, depth: int) -> Any:
        """``value`` with references followed ``depth`` levels down (the rules' schemas
        look no deeper than that), as the resolved document has it."""
        value = self.follow(value, ())[0]
        if depth <= 0:
            return value
        if isinstance(value, dict):
            return {key: self.resolved(item, depth - 1) for key, item in value.items()}
        if isinstance(value, list):
            return [self.resolved(item, depth - 1) for item in value]
        return value

    def descendants(self, starts: list[Node]) -> list[Node]:
        """Every node below ``starts`` (JSONPath ``..``), one per edge of the resolved
        graph; each written value is expanded at most twice (reached directly, and
        behind a reference), which ends cycles and keeps large documents linear."""
        cache_key = tuple((node.path, node.direct) for node in starts)
        if cache_key not in self._below:
            found: list[Node] = []
            expanded: set[tuple[Path, bool]] = set()
            stack = list(starts)
            while stack:
                node = stack.pop()
                if (node.path, node.direct) in expanded:
                    continue
                expanded.add((node.path, node.direct))
                for below in self.children(node):
                    found.append(below)
                    stack.append(below)
            self._below[cache_key] = _unique(found)
        return self._below[cache_key]


def _step(value: Any, segment: Segment) -> tuple[Any, Segment]:
    if isinstance(value, dict):
        key = str(segment)
        return (value[key], key) if key in value else (MISSING, segment)
    if isinstance(value, list):
        index = segment if isinstance(segment, int) else _index(segment)
        if index is not None and 0 <= index < len(value):
            return value[index], index
    return MISSING, segment


def _index(segment: str) -> int | None:
    return int(segment) if segment.isascii() and segment.isdigit() else None


def _unique(nodes: Iterable[Node]) -> list[Node]:
    seen: set[tuple[Path, Path, Segment | None, bool]] = set()
    result = []
    for node in nodes:
        identity = (node.path, node.at, node.key, node.direct)
        if identity not in seen:
            seen.add(identity)
            result.append(node)
    return result


# --- JSONPath steps -------------------------------------------------------------------
# A ``given`` expression is written as a sequence of steps, each mapping the matched
# nodes to the next ones: ``$.paths[*].servers[*]`` is
# ``query(doc, child("paths"), children(), child("servers"), children())``.

Predicate = Callable[[Node], bool]
Step = Callable[[Document, list[Node]], list[Node]]


def child(*keys: str) -> Step:
    """``.name`` or ``[a,b]``: the named members of objects."""

    def step(doc: Document, nodes: list[Node]) -> list[Node]:
        found = []
        for node in nodes:
            if isinstance(node.value, dict):
                present = (key for key in keys if key in node.value)
                found.extend(doc.enter(node, key, node.value[key]) for key in present)
        return found

    return step


def children(where: Predicate | None = None) -> Step:
    """``[*]`` / ``.*``, or ``[?(…)]`` with a predicate: the members of objects and arrays."""

    def step(doc: Document, nodes: list[Node]) -> list[Node]:
        found = (c for node in nodes for c in doc.children(node))
        return [c for c in found if where is None or where(c)]

    return step


def descendants(where: Predicate | None = None) -> Step:
    """``..`` followed by a filter: every node below, optionally filtered."""

    def step(doc: Document, nodes: list[Node]) -> list[Node]:
        below = doc.descendants(nodes)
        return below if where is None else [node for node in below if where(node)]

    return step


def deep(*keys: str) -> Step:
    """``..name``: every node below that is reached by one of ``keys``."""
    return descendants(lambda node: node.key in keys)


def query(doc: Document, *steps: Step) -> list[Node]:
    """The nodes a path expression matches, starting at the root (``$``)."""
    nodes = [doc.node()]
    for step in steps:
        nodes = _unique(step(doc, nodes))
    return nodes


def names(nodes: list[Node]) -> list[Node]:
    """JSONPath-plus ``~``: the matched nodes' keys as the values to check."""
    return [Node(node.key, node.path, node.key, node.at, node.direct) for node in nodes]


# --- printing -------------------------------------------------------------------------


def print_path(path: Path) -> str:
    """A path as Spectral prints it: ``paths./pets.get.responses[404].content``."""
    out = []
    for index, segment in enumerate(path):
        text = str(segment)
        if isinstance(segment, int) or (text and not _has_space(text) and _js_numeric(text)):
            out.append(f"[{text}]")
        elif not text:
            out.append("['']")
        elif _has_space(text):
            out.append(f"['{text}']")
        else:
            out.append(text if index == 0 else f".{text}")
    return "".join(out).replace("~1", "/").replace("~0", "~")


def _has_space(text: str) -> bool:
    return any(character.isspace() for character in text)


def _js_numeric(text: str) -> bool:
    """Whether JavaScript's ``Number(text)`` is a number (not NaN)."""
    return bool(_NUMBER.fullmatch(text))


_NUMBER = re.compile(
    r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?Infinity|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+",
    re.ASCII,
)
