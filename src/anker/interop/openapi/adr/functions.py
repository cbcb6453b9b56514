"""The ruleset's built-in functions (``truthy``, ``pattern``, ``casing``, ``or``,
``schema``) with the JavaScript semantics the rules were written for.

A check takes the targeted value and returns its failures as (path below the target,
error message); an empty list means the value passes. Like Spectral, ``pattern`` and
``casing`` skip values that are not strings and ``or`` skips values that are not objects,
while ``truthy`` and ``schema`` fail on a missing value."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError

from anker.interop.openapi.adr.document import MISSING, Path

Failure = tuple[Path, str]
Check = Callable[[Any], list[Failure]]

_LITERAL = re.compile(r"^/(.+)/([a-z]*)$", re.DOTALL)


@functools.cache
def js_regex(pattern: str) -> re.Pattern[str]:
    """A JavaScript regular expression, plain (``^v\\d``) or as a literal with flags
    (``/^time$/i``). JavaScript's ``\\d`` and ``\\w`` are ASCII-only, and so are these."""
    flags = re.ASCII
    literal = _LITERAL.match(pattern)
    if literal:
        pattern = literal.group(1)
        flags |= re.IGNORECASE if "i" in literal.group(2) else 0
        flags |= re.MULTILINE if "m" in literal.group(2) else 0
        flags |= re.DOTALL if "s" in literal.group(2) else 0
    return re.compile(pattern, flags)


def js_match(pattern: str, value: Any) -> bool:
    """``value.match(/pattern/)`` in a filter: False for non-strings (an array index)."""
    return isinstance(value, str) and js_regex(pattern).search(value) is not None


def js_truthy(value: Any) -> bool:
    """JavaScript truthiness: empty objects and arrays are true, 0 and "" are not."""
    if value is MISSING or value is None or value is False:
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value != 0 and value == value  # NaN is falsy
    if isinstance(value, str):
        return value != ""
    return True


def js_int(value: Any) -> int | None:
    """JavaScript's ``parseInt(String(value))``, or None for NaN."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    match = re.match(r"\s*([+-]?\d+)", str(value), re.ASCII)
    return int(match.group(1)) if match else None


def show(value: Any) -> str:
    """A value in a message: strings as they are, anything else as JSON."""
    if value is MISSING:
        return "undefined"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)[:200]


def property_prefix(path: Path) -> str:
    """Spectral's ``"name" property `` before a message about a nested value."""
    return f'"{path[-1]}" property ' if path else ""


# --- the built-in functions -----------------------------------------------------------


def truthy() -> Check:
    def check(value: Any) -> list[Failure]:
        return [] if js_truthy(value) else [((), "must be truthy")]

    return check


def pattern(*, match: str | None = None, not_match: str | None = None) -> Check:
    def check(value: Any) -> list[Failure]:
        if not isinstance(value, str):
            return []
        failures = []
        if match is not None and not js_regex(match).search(value):
            failures.append(((), f'"{value}" must match the pattern "{match}"'))
        if not_match is not None and js_regex(not_match).search(value):
            failures.append(((), f'"{value}" must not match the pattern "{not_match}"'))
        return failures

    return check


_CASES = {
    "camel": "[a-z][a-z0-9]*(?:[A-Z0-9](?:[a-z0-9]+|$))*",
    "pascal": "[A-Z][a-z0-9]*(?:[A-Z0-9](?:[a-z0-9]+|$))*",
}


def casing(kind: str) -> Check:
    """``casing`` with the default options. The ruleset's ``separator: {char: ""}`` builds
    the JavaScript class ``[]``, which matches nothing, so it changes nothing."""
    regex = re.compile(f"^{_CASES[kind]}$", re.ASCII)

    def check(value: Any) -> list[Failure]:
        if not isinstance(value, str) or not value or regex.match(value):
            return []
        return [((), f"must be {kind} case")]

    return check


def any_of_keys(keys: Sequence[str]) -> Check:
    """``or``: at least one of ``keys`` is a member of the object."""

    def check(value: Any) -> list[Failure]:
        if not isinstance(value, dict) or any(key in value for key in keys):
            return []
        if len(keys) > 4:
            listed = '" or "'.join(keys[:3])
            others = f"{len(keys) - 3} other properties must be defined"
            return [((), f'At least one of "{listed}" or {others}')]
        listed = '" or "'.join(keys)
        return [((), f'At least one of "{listed}" must be defined')]

    return check


def schema(definition: dict[str, Any]) -> Check:
    """``schema`` (JSON Schema draft 7, Spectral's default): the first failure, as Ajv
    stops at the first one when not asked for all; a failed ``anyOf`` is reported where
    it applies, not inside one of its branches."""
    validator = jsonschema.Draft7Validator(definition)

    def check(value: Any) -> list[Failure]:
        if value is MISSING:
            return [((), "must exist")]
        error = next(iter(validator.iter_errors(value)), None)
        if error is None:
            return []
        path = tuple(error.absolute_path)
        return [(path, ajv_message(error, path))]

    return check


# --- messages as Ajv words them -------------------------------------------------------


def ajv_message(error: ValidationError, path: Path, *, type_word: bool = True) -> str:
    """An error in Ajv's words, as Spectral shows them: ``"contact" property must have
    required property "email"``; ``type_word``: ``type must be string``, as the schema
    function words it (the document schema check says ``must be string``)."""
    keyword = str(error.validator)
    value: Any = error.validator_value
    if keyword == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = next((name for name in value if name not in present), value[0] if value else "")
        text = f'must have required property "{missing}"'
    elif keyword == "type":
        types = ",".join(value) if isinstance(value, list) else value
        text = f"{'type ' if type_word else ''}must be {types}"
    elif keyword == "enum":
        text = "must be equal to one of the allowed values: " + ", ".join(
            json.dumps(item, ensure_ascii=False) for item in value
        )
    elif keyword in ("minItems", "maxItems", "minLength", "maxLength"):
        more = "more" if keyword.startswith("max") else "fewer"
        unit = "items" if keyword.endswith("Items") else "characters"
        text = f"must not have {more} than {value} {unit}"
    elif keyword == "pattern":
        text = f'must match pattern "{value}"'
    elif keyword in ("anyOf", "oneOf"):
        which = "a schema" if keyword == "anyOf" else "exactly one schema"
        text = f"must match {which} in {keyword}"
    elif keyword == "const":
        text = "must be equal to constant"
    else:
        text = error.message
    return property_prefix(path) + text
