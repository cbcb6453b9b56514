"""Bytes → an rdflib graph, refusing what could hurt: oversized input, XML entities and
DTDs (``xmlsafe.refuse_entities`` before rdflib sees RDF/XML), and JSON-LD contexts that
name a document (rdflib would fetch it from the network, or open it as a local file).

The serialisation is read off the content, not the file name: a DCAT file named .rdf
may hold Turtle, and a harvested URL has no suffix at all. Parse errors become a
DcatError with the line where the parser gives one."""

from __future__ import annotations

import json
import re
from typing import Any
from xml.sax import SAXParseException

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from anker.interop.sources import MAX_BYTES
from anker.interop.xmlsafe import XmlError, refuse_entities

LABELS = {"turtle": "Turtle", "xml": "RDF/XML", "json-ld": "JSON-LD"}
_XML_START = re.compile(rb"<(\?xml|!--|!DOCTYPE|[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?[\s/>])")
_LOCATED = re.compile(r"^[^:]*:(?P<line>\d+):\d+: (?P<why>.+)$")
MAX_JSON_DEPTH = 200


class DcatError(ValueError):
    """Why a source is not RDF anker can read, with the line where known."""

    def __init__(self, reason: str, line: int | None = None, path: str = "") -> None:
        super().__init__(reason)
        self.reason, self.line, self.path = reason, line, path


def serialisation(data: bytes) -> str:
    """ "turtle", "xml" or "json-ld", from the first characters. A Turtle file may also
    begin with "<" (an IRI), which is why a tag name is required for XML."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200]
    if head.startswith((b"{", b"[")):
        return "json-ld"
    if _XML_START.match(head):
        return "xml"
    return "turtle"


def read_graph(data: bytes) -> tuple[Graph, list[str]]:
    """The graph in ``data`` and warnings about what was left out of it."""
    if len(data) > MAX_BYTES:
        raise DcatError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
    syntax = serialisation(data)
    warnings: list[str] = []
    payload: bytes | str = data
    if syntax == "xml":
        try:
            refuse_entities(data)
        except XmlError as error:
            raise DcatError(error.reason, line=error.line) from None
    elif syntax == "json-ld":
        payload = _local_json_ld(data, warnings)
    graph = Graph()
    try:
        graph.parse(data=payload, format=syntax)
    except DcatError:
        raise
    except Exception as error:  # noqa: BLE001 -- rdflib raises many types; all mean "not RDF"
        raise _parse_error(syntax, error) from None
    return graph, warnings


def _parse_error(syntax: str, error: Exception) -> DcatError:
    label = LABELS[syntax]
    if isinstance(error, BadSyntax):
        line = _bad_syntax_line(error)
        return DcatError(f"not valid {label} at line {line}: {error._why}", line=line)
    if isinstance(error, SAXParseException):
        line = error.getLineNumber()
        return DcatError(f"not valid {label} at line {line}: {error.getMessage()}", line=line)
    if isinstance(error, json.JSONDecodeError):
        return DcatError(f"not valid JSON at line {error.lineno}: {error.msg}", line=error.lineno)
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    located = _LOCATED.match(message)  # rdflib's RDF/XML handler: "<source>:line:column: …"
    if located:
        line = int(located["line"])
        return DcatError(f"not valid {label} at line {line}: {located['why'][:300]}", line=line)
    return DcatError(f"not valid {label}: {message[:300]}")


def _bad_syntax_line(error: BadSyntax) -> int:
    """The line of the error, counted in the text rdflib parsed: rdflib's own counter
    counts a line break twice after an object list that spans lines ("a" ,\\n "b")."""
    text, index = getattr(error, "_str", None), getattr(error, "_i", None)
    if isinstance(text, bytes | str) and isinstance(index, int):
        newline = b"\n" if isinstance(text, bytes) else "\n"
        return text[:index].count(newline) + 1  # type: ignore[arg-type]
    return error.lines + 1


def _local_json_ld(data: bytes, warnings: list[str]) -> str:
    """The JSON-LD document with every context that names a document removed (a string
    in ``@context``, ``@import``): anker never fetches, and terms they would define are
    then simply not understood."""
    try:
        document = json.loads(data)
    except json.JSONDecodeError as error:
        raise _parse_error("json-ld", error) from None
    except (UnicodeDecodeError, RecursionError) as error:
        raise DcatError(f"not valid JSON: {type(error).__name__}") from None
    dropped: list[str] = []
    document = _without_remote_contexts(document, dropped, 0)
    if dropped:
        names = ", ".join(sorted(set(dropped))[:5])
        warnings.append(f"@context: documents named as contexts are not fetched: {names}")
    return json.dumps(document)


def _without_remote_contexts(value: Any, dropped: list[str], depth: int) -> Any:
    if depth > MAX_JSON_DEPTH:
        raise DcatError(f"not read: JSON nested deeper than {MAX_JSON_DEPTH} levels")
    if isinstance(value, list):
        return [_without_remote_contexts(item, dropped, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    result = {}
    for key, item in value.items():
        if key == "@import":
            dropped.append(str(item)[:200])
            continue
        if key == "@context":
            item = _local_contexts(item, dropped)
        result[key] = _without_remote_contexts(item, dropped, depth + 1)
    return result


def _local_contexts(context: Any, dropped: list[str]) -> Any:
    items = context if isinstance(context, list) else [context]
    kept = []
    for item in items:
        if isinstance(item, str):
            dropped.append(item[:200])
        else:
            kept.append(item)
    return kept if isinstance(context, list) else (kept[0] if kept else {})
