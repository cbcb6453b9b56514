"""Graph walks over a loaded OpenAPI document.

A YAML file is not a tree: anchors and aliases make it a graph that may share nodes
(billion laughs) or even point back at itself. ``normalise`` copies it into plain JSON
data while *counting* what a tree walk would visit, memoised per node, so a bomb is
refused without ever being expanded. ``resolve`` then replaces local ``$ref`` objects by
their targets; each target is resolved once and shared, which keeps the 800 KB Open Zaak
spec fast and cannot loop on reference cycles (a cycle keeps its ``{"$ref": …}``)."""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

MAX_DEPTH = 128  # nesting; real specs stay far below, and it keeps Python's recursion safe
MAX_NODES = 5_000_000  # more nodes than any 5 MB file can hold without sharing
MAX_RESOLVED = 100_000_000  # JSON characters after resolving; Open Zaak (800 KB) gives 8.6 M
_INDEX = re.compile(r"0|[1-9][0-9]*")
_MISSING = object()

Warn = Callable[[str, str], None]


class GraphError(Exception):
    """The document's shape is unusable (too deep, too large, recursive); fatal."""

    def __init__(self, pointer: str, reason: str) -> None:
        super().__init__(f"{pointer}: {reason}")
        self.pointer = pointer
        self.reason = reason


def escape(key: str) -> str:
    """One JSON Pointer segment (RFC 6901), so warnings point at exact keys."""
    return key.replace("~", "~0").replace("/", "~1")


def _key(key: Any) -> str:
    """YAML allows non-string keys (``200:`` is an int); JSON and pointers need strings."""
    if isinstance(key, bool) or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    return key if isinstance(key, str) else str(_scalar(key))


def _scalar(value: Any) -> Any:
    """JSON scalars pass; the few other YAML types (explicit tags) become strings."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


class _Normaliser:
    """Copies a loaded graph once per node; shared nodes stay shared in the copy."""

    def __init__(self) -> None:
        self.memo: dict[int, tuple[Any, int]] = {}
        self.active: set[int] = set()

    def copy(self, node: Any, pointer: str, depth: int) -> tuple[Any, int]:
        """Return (JSON copy, number of nodes a tree walk of it would visit)."""
        if not isinstance(node, dict | list | set):
            return _scalar(node), 1
        ident = id(node)
        if ident in self.memo:
            return self.memo[ident]
        if ident in self.active:
            raise GraphError(pointer, "YAML alias refers to its own ancestor (recursive)")
        if depth > MAX_DEPTH:
            raise GraphError(pointer, f"nested deeper than {MAX_DEPTH} levels")
        self.active.add(ident)
        result, size = self._children(node, pointer, depth)
        self.active.discard(ident)
        if size > MAX_NODES:
            raise GraphError(pointer, f"expands to more than {MAX_NODES} nodes (alias bomb?)")
        self.memo[ident] = (result, size)
        return result, size

    def _children(self, node: dict | list | set, pointer: str, depth: int) -> tuple[Any, int]:
        size = 1
        if isinstance(node, dict):
            mapping: dict[str, Any] = {}
            for key, value in node.items():
                name = _key(key)
                mapping[name], count = self.copy(value, f"{pointer}/{escape(name)}", depth + 1)
                size += count
            return mapping, size
        items = sorted(node, key=repr) if isinstance(node, set) else node
        sequence = []
        for index, value in enumerate(items):
            copied, count = self.copy(value, f"{pointer}/{index}", depth + 1)
            sequence.append(copied)
            size += count
        return sequence, size


def normalise(loaded: Any) -> Any:
    """Plain JSON data (string keys, JSON scalars) from a YAML or JSON load; raises GraphError."""
    return _Normaliser().copy(loaded, "", 0)[0]


def lookup(root: Any, ref: str) -> Any:
    """Follow a local ``#/…`` reference (percent-decoded, RFC 6901); _MISSING if absent."""
    fragment = unquote(ref[1:])
    if not fragment:
        return root
    node = root
    for raw in fragment[1:].split("/"):
        segment = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and segment in node:
            node = node[segment]
        elif isinstance(node, list) and _INDEX.fullmatch(segment) and _index(segment) < len(node):
            node = node[_index(segment)]
        else:
            return _MISSING
    return node


def _index(segment: str) -> int:
    """A list index; beyond any list's length (and Python's int parsing limit) if huge."""
    return int(segment) if len(segment) < 19 else 2**63


class _Resolver:
    """Resolves local $refs, memoised per container; ``active`` holds the containers and
    reference objects being walked, so a $ref back to one of them is a cycle."""

    def __init__(self, root: Any, warn: Warn) -> None:
        self.root = root
        self.warn = warn
        self.done: dict[int, Any] = {}
        self.targets: dict[str, Any] = {}
        self.active: set[int] = set()
        self.reported: set[tuple[str, str]] = set()

    def node(self, node: Any, pointer: str, depth: int) -> Any:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return self.reference(node, pointer, depth)
        if not isinstance(node, dict | list):
            return node
        if id(node) in self.done:
            return self.done[id(node)]
        self.active.add(id(node))
        # Plain loops, not comprehensions: one Python frame per level of nesting.
        result: Any
        if isinstance(node, dict):
            result = {}
            for key, value in node.items():
                result[key] = self.node(value, f"{pointer}/{escape(key)}", depth + 1)
        else:
            result = []
            for index, item in enumerate(node):
                result.append(self.node(item, f"{pointer}/{index}", depth + 1))
        self.active.discard(id(node))
        self.done[id(node)] = result
        return result

    def reference(self, node: dict, pointer: str, depth: int) -> Any:
        """The target of ``node``'s $ref, or ``node`` itself when it cannot be followed."""
        ref = node["$ref"]
        if not ref.startswith("#"):
            return self._keep(node, pointer, f"external $ref '{ref}' left unresolved")
        if ref != "#" and not ref.startswith("#/"):
            return self._keep(node, pointer, f"$ref '{ref}' is not a JSON pointer; left as is")
        if ref not in self.targets:
            self.targets[ref] = lookup(self.root, ref)
        raw = self.targets[ref]
        if raw is _MISSING:
            return self._keep(node, pointer, f"unresolvable $ref '{ref}'")
        if id(node) in self.active or id(raw) in self.active:
            return node  # a cycle: stays a reference, as the contract promises
        if depth > MAX_DEPTH:
            return self._keep(node, pointer, f"$ref '{ref}' nested too deep; left as is")
        self.active.add(id(node))
        target = self.node(raw, ref[1:], depth + 1)
        if len(node) > 1 and isinstance(target, dict):
            # 3.1 lets summary/description (and schema keywords) sit next to $ref. Walked
            # key by key: a temporary dict must not enter the id-keyed memo.
            target = dict(target)
            for key, value in node.items():
                if key != "$ref":
                    target[key] = self.node(value, f"{pointer}/{escape(key)}", depth + 1)
        self.active.discard(id(node))
        return target

    def _keep(self, node: dict, pointer: str, reason: str) -> dict:
        if (pointer, reason) not in self.reported:
            self.reported.add((pointer, reason))
            self.warn(pointer, reason)
        return node


def json_weight(node: Any, memo: dict[int, int] | None = None) -> int:
    """Roughly the characters ``json.dumps`` would write; memoised, so never expands."""
    if isinstance(node, str):
        return len(node) + 2
    if not isinstance(node, dict | list):
        return 5
    memo = {} if memo is None else memo
    if id(node) not in memo:
        total = 2
        if isinstance(node, dict):
            for key, value in node.items():
                total += len(key) + 4 + json_weight(value, memo)
        else:
            for value in node:
                total += 2 + json_weight(value, memo)
        memo[id(node)] = total
    return memo[id(node)]


def resolve(document: Any, warn: Warn) -> Any:
    """The document with local $refs replaced by (shared) targets; raises GraphError
    when the result would be too large to serialise (a "$ref bomb")."""
    resolved = _Resolver(document, warn).node(document, "", 0)
    if json_weight(resolved) > MAX_RESOLVED:
        raise GraphError("", f"local $refs expand to more than {MAX_RESOLVED} characters")
    return resolved
