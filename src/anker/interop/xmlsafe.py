"""The one way anker parses XML it did not write: no DTD, no entities, no network.

lxml is told not to load DTDs, not to resolve entities and not to touch the network;
on top of that any document that declares a DOCTYPE with an internal subset (the
carrier of billion-laughs and XXE payloads) is refused before parsing, so an entity
can never be expanded, however the parser is configured elsewhere."""

from __future__ import annotations

import re

from lxml import etree

MAX_XML_BYTES = 50 * 1024 * 1024

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


class XmlError(ValueError):
    """Why a document is not acceptable XML, with the line where lxml found it."""

    def __init__(self, reason: str, line: int | None = None, path: str = "") -> None:
        super().__init__(reason if line is None else f"{reason} (line {line})")
        self.reason = reason
        self.line = line
        self.path = path


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def refuse_entities(data: bytes) -> None:
    """Raise XmlError when ``data`` declares entities or a DTD internal subset."""
    head = data[:200_000]
    for pattern in (_ENTITY, _DOCTYPE):
        match = pattern.search(head) or pattern.search(data)
        if match:
            line = data.count(b"\n", 0, match.start()) + 1
            raise XmlError(
                "the document declares a DTD or entities, which anker never expands "
                "(they can fetch files or blow up memory)",
                line=line,
            )


def parse_xml(data: bytes) -> etree._Element:
    """The root element of ``data``; XmlError names the reason and line otherwise."""
    if len(data) > MAX_XML_BYTES:
        raise XmlError(f"larger than {MAX_XML_BYTES // (1024 * 1024)} MiB")
    refuse_entities(data)
    try:
        return etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno and error.lineno > 0 else None
        message = str(error.msg or error).split(", line ")[0]
        raise XmlError(f"not well-formed XML: {message}", line=line) from None
