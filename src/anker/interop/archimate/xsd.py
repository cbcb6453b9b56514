"""Checking a document against the Open Group exchange schema, offline.

Why a resolver: the schema imports the W3C ``xml.xsd`` (and the Dublin Core schema, which
exchange files use for ``<metadata>``, imports an older address of it) by web address;
anker never fetches anything while validating, so both addresses are answered with the
local copy that comes with the schema files. A small wrapper schema imports the Diagram
schema (which includes View and Model) and Dublin Core together, as Archi does."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from anker.interop.archimate.parser import EXCHANGE
from anker.interop.xmlsafe import parse_xml

XML_XSD_ADDRESSES = ("http://www.w3.org/2001/xml.xsd", "http://www.w3.org/2001/03/xml.xsd")
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class _LocalXml(etree.Resolver):
    def __init__(self, local: Path) -> None:
        super().__init__()
        self.local = local

    def resolve(self, url, public_id, context):  # noqa: ANN001 - lxml's signature
        if url in XML_XSD_ADDRESSES:
            return self.resolve_filename(str(self.local), context)
        return None


@cache
def exchange_schema(folder: Path) -> etree.XMLSchema:
    """The exchange schema in ``folder`` (archimate3_Diagram.xsd and its includes, plus
    dc.xsd when present); ``xml.xsd`` is looked for there and one folder up."""
    folder = folder.resolve()
    local = folder / "xml.xsd" if (folder / "xml.xsd").exists() else folder.parent / "xml.xsd"
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_LocalXml(local))
    dublin_core = folder / "dc.xsd"
    if not dublin_core.exists():
        dublin_core = folder.parent / "dc.xsd"
    imports = [(EXCHANGE, folder / "archimate3_Diagram.xsd")]
    if dublin_core.exists():
        imports.append((DUBLIN_CORE, dublin_core))
    wrapper = '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{}</xs:schema>'.format(
        "".join(
            f'<xs:import namespace="{namespace}" schemaLocation="{path.as_uri()}"/>'
            for namespace, path in imports
        )
    )
    document = etree.fromstring(wrapper.encode(), parser, base_url=folder.as_uri() + "/")
    return etree.XMLSchema(etree.ElementTree(document))


def validation_errors(data: bytes, folder: Path) -> list[str]:
    """What the schema in ``folder`` finds wrong with ``data`` ("line N: message"), or []."""
    schema = exchange_schema(Path(folder))
    document = parse_xml(data)
    if schema.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]
