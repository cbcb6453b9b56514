"""The impact pages: what is hit if a block, or every block of an organisation, fails.

The analysis is ``anker.insights.impact``; this module only shapes its result for the
page: the explanation paths as lists (the accessible content, always complete, paginated
per list) and the data of the interactive graph (``insights/impact.js`` draws it with the
vendored Cytoscape.js). The graph draws at most ``MAX_GRAPH_NODES`` nodes, the nearest
to the failing subject first, so that a browser stays responsive; the page says when it
leaves nodes out, and the lists never do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from anker.catalogue.selectors import visible_block_id
from anker.citizenservices.models import ChannelKind
from anker.insights import impact
from anker.insights.impact import Impact
from anker.organisations.models import Organisation
from anker.organisations.selectors import organisation_by_slug

# More nodes make the layout slow and the drawing unreadable on a laptop; the lists
# below the graph carry the rest.
MAX_GRAPH_NODES = 250
# Entries per list page (each list pages on its own query parameter).
PAGE_SIZE = 100
# Nodes at the same distance from the subject are kept in this order when cut.
TYPE_ORDER = {"root": 0, "source": 1, "block": 2, "service": 3, "organisation": 4, "channel": 5}


def block_impact(request: HttpRequest, slug: str) -> HttpResponse:
    block_id = visible_block_id(request.user, slug)
    result = impact.block_impact(request.user, block_id) if block_id is not None else None
    if result is None:
        raise Http404(_("No such building block."))
    return _render(request, result)


def organisation_impact(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        organisation = organisation_by_slug(slug)
    except Organisation.DoesNotExist as missing:
        raise Http404(_("No such organisation.")) from missing
    if organisation.slug != slug:  # merged away: the record it lives on in
        return redirect("insights:organisation-impact", slug=organisation.slug)
    return _render(request, impact.organisation_impact(request.user, organisation))


def _render(request: HttpRequest, result: Impact) -> HttpResponse:
    is_block = result.subject_type == "block"
    data = graph_data(result)
    context = {
        "result": result,
        "is_block": is_block,
        "subject_url": _url("block" if is_block else "organisation", result.subject.slug),
        "counts": {
            "blocks": len(result.blocks),
            "services": len(result.services),
            "channels": len(result.channels),
            "organisations": len(result.organisations),
        },
        "lists": path_lists(request, result),
        "data": data,
        "graph_shown": len(data["nodes"]),
        "graph_total": data["total"],
        "graph_limit": MAX_GRAPH_NODES,
    }
    return render(request, "insights/impact.html", context)


# --- the lists -------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One line of a list: the entity (``name``, its page ``url``), the ``steps`` from the
    failing subject to it, the analysis ``item`` for what else the line shows, and a
    ``label`` where the name alone does not say what it is (a channel's kind)."""

    name: str
    url: str
    steps: list[str]
    item: Any
    label: str = ""


@dataclass(frozen=True)
class PathList:
    page: Page
    entries: list[Entry]
    param: str
    querystring: str


def _url(kind: str, slug: str) -> str:
    name = {
        "block": "catalogue:block",
        "service": "citizenservices:service",
        "organisation": "organisations:detail",
    }[kind]
    return reverse(name, kwargs={"slug": slug})


def _channel_label(kind: str) -> str:
    return str(ChannelKind(kind).label) if kind in ChannelKind.values else kind


def path_lists(request: HttpRequest, result: Impact) -> dict[str, PathList]:
    """The explanation paths of every hit entity, grouped by type, one page of each."""
    names = {ref.slug: ref.name for ref in result.sources}
    names.update((item.block.slug, item.block.name) for item in result.blocks)
    prefix = [] if result.subject_type == "block" else [result.subject.name]

    def steps(path: list[str], *after: str) -> list[str]:
        return [*prefix, *(names[slug] for slug in reversed(path)), *after]

    def block(item: Any) -> Entry:
        return Entry(item.block.name, _url("block", item.block.slug), steps(item.path), item)

    def service(item: Any) -> Entry:
        name = item.service.name
        return Entry(name, _url("service", item.service.slug), steps(item.path, name), item)

    def channel(item: Any) -> Entry:
        url = _url("service", item.service.slug) + "#channels-heading"
        label = _channel_label(item.kind)
        path = steps(item.path, item.service.name, label)
        return Entry(item.service.name, url, path, item, label)

    def organisation(item: Any) -> Entry:
        name = item.organisation.name
        url = _url("organisation", item.organisation.slug)
        return Entry(name, url, steps(item.path, name), item)

    def source(ref: Any) -> Entry:
        return Entry(ref.name, _url("block", ref.slug), [*prefix, ref.name], ref)

    groups: dict[str, tuple[list, Callable[[Any], Entry]]] = {
        "blocks": (result.blocks, block),
        "services": (result.services, service),
        "channels": (result.channels, channel),
        "organisations": (result.organisations, organisation),
    }
    if result.subject_type == "organisation":
        groups["sources"] = (result.sources, source)
    return {param: _paged(request, param, items, entry) for param, (items, entry) in groups.items()}


def _paged(request: HttpRequest, param: str, items: list, entry: Callable) -> PathList:
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get(param, 1))
    query = request.GET.copy()
    query.pop(param, None)
    return PathList(page, [entry(item) for item in page.object_list], param, query.urlencode())


# --- the graph -------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A node the graph may draw: ``distance`` steps from the subject, hanging from
    ``parent`` (the node before it on its explanation path), linking to the page of the
    ``page`` entity (a (kind, slug) pair) at ``anchor``."""

    distance: int
    type: str
    id: str
    parent: str | None
    label: str
    page: tuple[str, str]
    anchor: str = ""


def _block(slug: str) -> str:
    return f"block:{slug}"


def _candidates(result: Impact) -> Iterator[Candidate]:
    subject = result.subject
    if result.subject_type == "block":
        offset = 0
        yield Candidate(
            0, "root", _block(subject.slug), None, subject.name, ("block", subject.slug)
        )
    else:
        offset = 1  # the organisation, then its blocks, then what depends on them
        root = f"organisation:{subject.slug}"
        yield Candidate(0, "root", root, None, subject.name, ("organisation", subject.slug))
        for ref in result.sources:
            yield Candidate(1, "source", _block(ref.slug), root, ref.name, ("block", ref.slug))
    for item in result.blocks:
        ref = item.block
        distance = len(item.path) - 1 + offset
        parent = _block(item.path[1])
        yield Candidate(distance, "block", _block(ref.slug), parent, ref.name, ("block", ref.slug))
    for item in result.services:
        ref, node = item.service, f"service:{item.service.slug}"
        page = ("service", ref.slug)
        yield Candidate(
            len(item.path) + offset, "service", node, _block(item.path[0]), ref.name, page
        )
    for item in result.organisations:
        ref, node = item.organisation, f"organisation:{item.organisation.slug}"
        page = ("organisation", ref.slug)
        distance = len(item.path) + offset
        yield Candidate(distance, "organisation", node, _block(item.path[0]), ref.name, page)
    for item in result.channels:
        slug = item.service.slug
        yield Candidate(
            len(item.path) + 1 + offset,
            "channel",
            f"channel:{slug}:{item.kind}",
            f"service:{slug}",
            _channel_label(item.kind),
            ("service", slug),
            "#channels-heading",
        )


def graph_data(result: Impact, limit: int | None = None) -> dict[str, Any]:
    """Nodes and edges of the graph: the subject (``root``), for an organisation its blocks
    (``source``), then every hit block, service, organisation and channel, each joined to
    the node before it on its explanation path. At most ``limit`` nodes, the nearest
    first: a node's parent is always nearer, so every drawn node's path is drawn too.
    ``total`` is the number of nodes there would be without the limit (by default
    ``MAX_GRAPH_NODES``)."""
    limit = MAX_GRAPH_NODES if limit is None else limit
    candidates = sorted(_candidates(result), key=lambda c: (c.distance, TYPE_ORDER[c.type]))
    shown = candidates[:limit]
    return {
        "root": shown[0].id,
        "nodes": [
            {"id": c.id, "label": c.label, "type": c.type, "url": _url(*c.page) + c.anchor}
            for c in shown
        ],
        "edges": [{"source": c.parent, "target": c.id} for c in shown if c.parent is not None],
        "total": len(candidates),
        "limit": limit,
    }
