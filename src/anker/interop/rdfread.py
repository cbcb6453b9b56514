"""Reading records out of an RDF graph, the same way for every RDF format (DCAT-AP,
CPSV-AP): a record's identity, its literal values in a stable order, and how a record
that cannot be read is reported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from anker.interop.dcat.terms import clean

MAX_IDENTITY = 500  # the external id column


@dataclass(frozen=True)
class Problem:
    """A record of the graph that was not imported: which, where, why."""

    record: str
    field: str
    reason: str


class RecordError(ValueError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = field, reason


def sort_key(node: Node) -> tuple[int, str]:
    """Addresses in order, blank nodes last: the same graph reads the same every time."""
    return (1, "") if isinstance(node, BNode) else (0, str(node))


def first(values: Iterable[str]) -> str:
    return next(iter(values), "")


def literals(graph: Graph, subject: Node, *predicates: Node) -> list[str]:
    """The non-empty literal values of ``predicates``, sorted."""
    values = {
        clean(str(obj))
        for predicate in predicates
        for obj in graph.objects(subject, predicate)
        if isinstance(obj, Literal)
    }
    return sorted(value for value in values if value)


def identity(graph: Graph, subject: Node) -> str:
    """A record's identity: its address, else its ``dct:identifier``."""
    if isinstance(subject, URIRef):
        return clean(str(subject))
    return first(literals(graph, subject, DCTERMS.identifier))
