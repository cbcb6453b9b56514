"""Cell kinds: how the text of a cell becomes a value, and a value the text of a cell.

``read`` gets the cell without surrounding blanks and returns the value in one canonical
form (lists sorted and without repeats, codes in their stored case), so that a row read
from a file and a record read from the database compare equal exactly when nothing
changed. A cell that cannot be read raises CellError with a reason a person can act on."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils import timezone

LIST_SEPARATOR = ";"
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{1,8})*$", re.IGNORECASE)
TRUE, FALSE = ("yes", "true", "1", "ja", "y", "j"), ("no", "false", "0", "nee", "n")


class CellError(ValueError):
    """A cell that does not hold what its column asks for."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Kind:
    read: Callable[[str], Any]
    show: Callable[[Any], str] = str
    allowed: str = ""  # the allowed values, as docs/formats/csv.md lists them


def _checked_length(value: str, limit: int) -> str:
    if len(value) > limit:
        raise CellError(f"at most {limit} characters (this has {len(value)})")
    return value


def text(limit: int | None = None) -> Kind:
    return Kind(read=lambda value: _checked_length(value, limit) if limit else value)


def slug(limit: int = 120) -> Kind:
    def read(value: str) -> str:
        if value and not SLUG.match(value):
            raise CellError(f"{value!r} is not a slug: use letters, digits, - and _ only")
        return _checked_length(value, limit)

    return Kind(read=read)


def choice(values: Iterable[str]) -> Kind:
    known = tuple(values)
    allowed = ", ".join(known)

    def read(value: str) -> str:
        found = next((item for item in known if item.lower() == value.lower()), None)
        if found is None:
            raise CellError(f"unknown value {value!r}; allowed: {allowed}")
        return found

    return Kind(read=read, allowed=allowed)


def _validated(validator: Callable[[str], None], reason: str, limit: int) -> Kind:
    def read(value: str) -> str:
        if value:
            try:
                validator(value)
            except ValidationError:
                raise CellError(f"{value!r} {reason}") from None
        return _checked_length(value, limit)

    return Kind(read=read)


def url(limit: int = 500) -> Kind:
    web = URLValidator(schemes=["http", "https"])
    return _validated(web, "is not a web address (http:// or https://…)", limit)


def email() -> Kind:
    return _validated(EmailValidator(), "is not an e-mail address", 254)


def _date(value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CellError(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None


def _moment(value: str) -> dt.datetime | None:
    """A date and time; one without a time zone is in anker's, a date alone its midnight."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise CellError(
            f"{value!r} is not an ISO 8601 date and time (YYYY-MM-DDTHH:MM:SS+01:00)"
        ) from None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


date = Kind(read=_date, show=_iso, allowed="YYYY-MM-DD")
moment = Kind(read=_moment, show=_iso, allowed="YYYY-MM-DDTHH:MM:SS+00:00")


def _count(value: str) -> int:
    if not value.isdigit():
        raise CellError(f"{value!r} is not a whole number of 0 or more")
    return int(value)


count = Kind(read=_count)


def _truth(value: str) -> bool:
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    raise CellError(f"{value!r} is not yes or no")


truth = Kind(read=_truth, show=lambda value: "yes" if value else "no", allowed="yes, no")


def _country(value: str) -> str:
    if value and not COUNTRY.match(value.upper()):
        raise CellError(f"{value!r} is not an ISO 3166-1 alpha-2 country code such as NL")
    return value.upper()


country = Kind(read=_country, allowed="ISO 3166-1 alpha-2, e.g. NL, BE")


def is_language(code: str) -> bool:
    return bool(LANGUAGE.match(code)) and len(code) <= 10


def listing(item: Kind, *, fold: bool = False, limit: int | None = None) -> Kind:
    """A ``;``-separated list: sorted, without repeats (``fold``: in lower case)."""

    def read(value: str) -> tuple[str, ...]:
        parts = (part.strip() for part in value.split(LIST_SEPARATOR))
        items = sorted({item.read(part.lower() if fold else part) for part in parts if part})
        if limit is not None and len(items) > limit:
            raise CellError(f"at most {limit} items (this has {len(items)})")
        return tuple(items)

    return Kind(read=read, show=lambda items: "; ".join(items), allowed=item.allowed)


def identifier(schemes: Iterable[str]) -> Kind:
    """``scheme:value``, e.g. ``oin:00000001002306608000``."""
    known = tuple(schemes)

    def read(value: str) -> str:
        scheme, separator, code = value.partition(":")
        scheme, code = scheme.strip().lower(), code.strip()
        if not separator or not code or scheme not in known:
            raise CellError(f"{value!r} is not scheme:value with a scheme of {', '.join(known)}")
        return f"{scheme}:{_checked_length(code, 100)}"

    return Kind(read=read, allowed=", ".join(f"{scheme}:…" for scheme in known))
