"""Reasons for invalid input in the reader's language.

pydantic's own messages are English only; the API speaks Dutch and English like the
web UI, so the common error types get a translatable reason here. Unknown types fall
back to pydantic's message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext as _


def _choices(ctx: dict[str, Any]) -> str:
    return _("Choose one of: %(expected)s.") % {"expected": ctx.get("expected", "")}


REASONS: dict[str, Callable[[dict[str, Any]], str]] = {
    "missing": lambda ctx: _("This field is required."),
    "extra_forbidden": lambda ctx: _("This field is not known; check its spelling."),
    "enum": _choices,
    "literal_error": _choices,
    "string_type": lambda ctx: _("Give text."),
    "string_too_short": lambda ctx: (
        _("Give at least %(n)s characters.") % {"n": ctx.get("min_length")}
    ),
    "string_too_long": lambda ctx: (
        _("Give at most %(n)s characters.") % {"n": ctx.get("max_length")}
    ),
    "string_pattern_mismatch": lambda ctx: _("This value does not have the expected form."),
    "int_parsing": lambda ctx: _("Give a whole number."),
    "int_type": lambda ctx: _("Give a whole number."),
    "int_from_float": lambda ctx: _("Give a whole number."),
    "greater_than_equal": lambda ctx: _("Give at least %(n)s.") % {"n": ctx.get("ge")},
    "less_than_equal": lambda ctx: _("Give at most %(n)s.") % {"n": ctx.get("le")},
    "bool_parsing": lambda ctx: _("Give true or false."),
    "bool_type": lambda ctx: _("Give true or false."),
    "date_parsing": lambda ctx: _("Give a date as YYYY-MM-DD."),
    "date_from_datetime_parsing": lambda ctx: _("Give a date as YYYY-MM-DD."),
    "date_type": lambda ctx: _("Give a date as YYYY-MM-DD."),
    "list_type": lambda ctx: _("Give a list."),
    "too_long": lambda ctx: _("Give at most %(n)s items.") % {"n": ctx.get("max_length")},
    "uuid_parsing": lambda ctx: _("Give a UUID."),
    "uuid_type": lambda ctx: _("Give a UUID."),
    "model_attributes_type": lambda ctx: _("Give a JSON object."),
    "dict_type": lambda ctx: _("Give a JSON object."),
}


def pydantic_reason(error: dict[str, Any]) -> str:
    """The reason for one pydantic error, translated where we know its type."""
    ctx = error.get("ctx") or {}
    kind = str(error.get("type", ""))
    if kind == "value_error" and "error" in ctx:
        # Our own validators raise ValueError with an already translated message.
        return str(ctx["error"])
    reason = REASONS.get(kind)
    return reason(ctx) if reason else str(error.get("msg", _("This value is not valid.")))
