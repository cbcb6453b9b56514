"""Reads of the capability map: the tree with block counts, one capability's blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet

from anker.accounts import permissions
from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock
from anker.core.cache import cached


@dataclass
class CapabilityNode:
    capability: Capability
    block_count: int
    children: list[CapabilityNode] = field(default_factory=list)

    @property
    def total_count(self) -> int:
        """Blocks realising this capability or any capability below it (a block that
        realises several is counted once per capability)."""
        return self.block_count + sum(child.total_count for child in self.children)


def capability_block_counts(*, user: Any) -> dict[int, int]:
    """Visible blocks per capability, counted on the link table."""
    through = BuildingBlock.capabilities.through
    visible = permissions.visible_blocks(user, BuildingBlock.objects.all()).values("id")
    rows = (
        through.objects.filter(buildingblock_id__in=visible)
        .values("capability_id")
        .annotate(n=Count("buildingblock_id"))
        .values_list("capability_id", "n")
    )
    return dict(rows)


def capability_tree(*, user: Any) -> list[CapabilityNode]:
    """The whole map as a forest, in two queries, with visible block counts."""
    counts = cached(
        "capability-counts",
        (permissions.visibility_key(user),),
        lambda: capability_block_counts(user=user),
    )
    nodes = {
        c.id: CapabilityNode(capability=c, block_count=counts.get(c.id, 0))
        for c in Capability.objects.order_by("position", "name", "id")
    }
    roots: list[CapabilityNode] = []
    for node in nodes.values():
        parent = nodes.get(node.capability.parent_id)
        (parent.children if parent else roots).append(node)
    return roots


def capability_path(capability: Capability) -> list[Capability]:
    """Ancestors from the root down to (not including) ``capability``."""
    path, node, seen = [], capability.parent, set()
    while node is not None and node.id not in seen:
        seen.add(node.id)
        path.insert(0, node)
        node = node.parent
    return path


def capability_blocks(*, user: Any, capability: Capability) -> QuerySet[BuildingBlock]:
    return (
        permissions.visible_blocks(user, capability.blocks.all())
        .select_related("owner")
        .order_by("name", "id")
    )


def capability_list() -> QuerySet[Capability]:
    """Every capability with its parent, for flat lists (API, exports)."""
    return Capability.objects.select_related("parent")
