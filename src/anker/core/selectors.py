"""What the home page shows: the ecosystem in figures and recently changed blocks."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from anker.accounts import permissions
from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse, ReuseStatus


def home_overview(*, user: Any) -> dict[str, Any]:
    blocks = permissions.visible_blocks(user, BuildingBlock.objects.all())
    active_reuse = Reuse.objects.filter(~Q(status=ReuseStatus.STOPPED)).filter(
        permissions.visible_blocks_q(user, prefix="block__")
    )
    most_reused = (
        blocks.filter(reuse_count__gt=0)
        .select_related("owner")
        .order_by("-reuse_count", "name", "id")[:6]
    )
    return {
        "counts": {
            "organisations": Organisation.objects.filter(merged_into__isnull=True).count(),
            "blocks": blocks.count(),
            "reuses": active_reuse.count(),
            "capabilities": Capability.objects.count(),
        },
        "most_reused": list(most_reused),
        "recent": list(blocks.select_related("owner").order_by("-modified", "-id")[:6]),
    }
