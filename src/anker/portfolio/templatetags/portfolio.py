"""Template filters of the portfolio pages."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template
from django.utils import formats

register = template.Library()


@register.filter
def number(value: object) -> str:
    """A measured value as written: 6.4 stays 6.4 and 10 stays 10 (Decimal fields hold
    four places), in the reader's number format."""
    if value is None or value == "":
        return ""
    try:
        exact = Decimal(str(value)).normalize()
    except InvalidOperation:
        return str(value)
    places = max(0, -exact.as_tuple().exponent)
    return formats.number_format(exact, decimal_pos=places, use_l10n=True)
