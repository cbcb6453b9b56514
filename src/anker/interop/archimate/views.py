"""The views of anker's ArchiMate export: one diagram per capability domain (a
capability without a parent), with the domain, its sub-capabilities level by level, the
blocks that realise any of them, and the composition and realisation lines between them.

Why a simple grid: Archi draws what it is given and lets the architect move things; what
matters is that every node has the bounds Archi needs and that each line joins the two
nodes of its relationship. Node and view identifiers derive from the records' UUIDs, so
an export of an unchanged ecosystem is the same file."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock
from anker.interop.archimate.document import derived_id, sub
from anker.interop.archimate.parser import XML_LANG, XSI_TYPE

WIDTH, HEIGHT, GAP_X, GAP_Y, MARGIN, PER_ROW = 180, 60, 20, 40, 20, 6
CAPABILITY = "architecture.capability"
BLOCK = "catalogue.buildingblock"


def add_views(writer: Any) -> None:
    """Append ``<views>`` with one diagram per domain to the writer's model."""
    children: dict[int | None, list[Capability]] = defaultdict(list)
    for capability in Capability.objects.order_by("position", "name", "id"):
        children[capability.parent_id].append(capability)
    realising: dict[int, list[BuildingBlock]] = defaultdict(list)
    links = BuildingBlock.capabilities.through.objects.select_related("buildingblock")
    for link in links.order_by("buildingblock__name", "buildingblock_id"):
        realising[link.capability_id].append(link.buildingblock)
    diagrams = None
    for domain in children[None]:
        levels = _levels(domain, children)
        blocks = list({b.id: b for c in sum(levels, []) for b in realising[c.id]}.values())
        rows = [*_rows(levels), *_chunks(blocks)]
        if diagrams is None:
            diagrams = sub(sub(writer.root, "views"), "diagrams")
        view = sub(diagrams, "view", identifier=derived_id("view", domain.uuid))
        view.set(XSI_TYPE, "Diagram")
        sub(view, "name", domain.name).set(XML_LANG, "en")
        if domain.name_nl:
            sub(view, "name", domain.name_nl).set(XML_LANG, "nl")
        nodes = _nodes(writer, view, domain, rows)
        _connections(writer, view, domain, nodes)


def _levels(domain: Capability, children: dict[int | None, list[Capability]]) -> list[list]:
    """The domain, then each further level of its sub-capabilities (a cycle-safe walk)."""
    levels, seen, level = [], {domain.id}, [domain]
    while level:
        levels.append(level)
        level = [c for parent in level for c in children[parent.id] if c.id not in seen]
        seen.update(c.id for c in level)
    return levels


def _rows(levels: list[list]) -> list[list]:
    return [row for level in levels for row in _chunks(level)]


def _chunks(items: list) -> list[list]:
    return [items[start : start + PER_ROW] for start in range(0, len(items), PER_ROW)]


def _nodes(writer: Any, view: Any, domain: Any, rows: list) -> dict[str, str]:
    """One node per record; returns element identifier → node identifier."""
    nodes: dict[str, str] = {}
    for row_index, row in enumerate(rows):
        for column, record in enumerate(row):
            label = CAPABILITY if isinstance(record, Capability) else BLOCK
            element = writer.ids.get((label, record.pk))
            if not element or element in nodes:
                continue
            node_id = derived_id("node", domain.uuid, record.uuid)
            node = sub(view, "node", identifier=node_id, elementRef=element)
            node.set(XSI_TYPE, "Element")
            node.set("x", str(MARGIN + column * (WIDTH + GAP_X)))
            node.set("y", str(MARGIN + row_index * (HEIGHT + GAP_Y)))
            node.set("w", str(WIDTH))
            node.set("h", str(HEIGHT))
            nodes[element] = node_id
    return nodes


def _connections(writer: Any, view: Any, domain: Any, nodes: dict[str, str]) -> None:
    """Lines for the relationships between two nodes of this view."""
    for (relation, source, target), relationship in writer.edges.items():
        if relation not in ("part-of", "realises") or source not in nodes or target not in nodes:
            continue
        identifier = derived_id("line", domain.uuid, relationship)
        line = sub(view, "connection", identifier=identifier, relationshipRef=relationship)
        line.set(XSI_TYPE, "Relationship")
        line.set("source", nodes[source])
        line.set("target", nodes[target])
