"""Small helpers for writing exchange-format XML: qualified names, text XML can carry,
and identifiers derived from UUIDs so that an unchanged ecosystem exports the same file."""

from __future__ import annotations

import re
import uuid
from typing import Any

from lxml import etree

from anker.interop.archimate.parser import EXCHANGE

NAMESPACE = uuid.UUID("5f0c1f5e-8d0a-4c59-9a53-1c2f7a0e4a11")  # anker's ids for edges, views
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def q(name: str) -> str:
    """``name`` in the exchange namespace."""
    return f"{{{EXCHANGE}}}{name}"


def sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> Any:
    """A child element in the exchange namespace, with its text and attributes."""
    node = etree.SubElement(parent, q(name), {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        node.text = clean(text)
    return node


def clean(text: str) -> str:
    """Text XML can carry: characters XML 1.0 forbids are dropped."""
    return _CONTROL.sub("", str(text))


_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


def language(code: str) -> str:
    """``code`` as an ``xml:lang`` value (``zh_Hant`` → ``zh-Hant``), or "" when it
    cannot be one: an invalid language tag would make the file fail the schema."""
    code = (code or "").strip().replace("_", "-")
    return code if _LANGUAGE.match(code) else ""


def derived_id(*parts: Any) -> str:
    """A stable identifier (an XML NCName) for something with no record of its own."""
    return f"id-{uuid.uuid5(NAMESPACE, ':'.join(str(part) for part in parts))}"
