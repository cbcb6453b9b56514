"""Checks every service shares."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def reject_unknown_fields(fields: dict[str, Any], editable: Iterable[str]) -> None:
    """Refuse, by name, any field a caller may not set (ids, owners, counters…)."""
    unknown = sorted(set(fields) - set(editable))
    if unknown:
        raise ValidationError({name: [_("This field cannot be set.")] for name in unknown})
