"""Reads of the reuse edge shared by views, API and CLI."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from anker.accounts.permissions import visible_blocks_q
from anker.reuse.models import Reuse


def reuse_list(*, user: Any) -> QuerySet[Reuse]:
    """Reuse of the blocks the reader may see."""
    return Reuse.objects.filter(visible_blocks_q(user, prefix="block__")).select_related(
        "block", "organisation"
    )
