"""REST API of the catalogue: building blocks and the dependencies between them.

Reads go through the catalogue selectors, so the API finds, filters, orders and hides
exactly what the web catalogue does. A block the reader may not see answers 404, also
to writes, so that its existence is not revealed. Writes call the services, which
check permissions, validate and audit."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any
from uuid import UUID

from django.db.models import Q, prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Status

from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.lookups import block_ref, capability_refs, organisation_ref
from anker.api.pagination import not_a_page, page_body, page_size, paginate
from anker.catalogue import selectors, services
from anker.catalogue.models import BuildingBlock, Dependency
from anker.catalogue.schemas import (
    BlockCreate,
    BlockDetailOut,
    BlockFilters,
    BlockOut,
    BlockPage,
    BlockUpdate,
    DependencyCreate,
    DependencyFilters,
    DependencyOut,
    DependencyPage,
)
from anker.catalogue.selectors import FACETS, block_for_reader, block_search

blocks_router = Router(tags=["building blocks"])
dependencies_router = Router(tags=["dependencies"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


def _relations(data: dict[str, Any]) -> dict[str, Any]:
    """Request fields → service arguments: descriptions by language, capabilities and
    owner by slug."""
    if "descriptions" in data:
        data["descriptions"] = {
            d["language"]: (d.get("short_description", ""), d.get("long_description", ""))
            for d in data["descriptions"]
        }
    if "capabilities" in data:
        data["capabilities"] = capability_refs(data["capabilities"], field="capabilities")
    if "owner" in data:
        data["owner"] = organisation_ref(data["owner"], field="owner")
    return data


def _shown(block: BuildingBlock) -> BuildingBlock:
    """A block fresh from the database, as the detail shows it (after a write the
    instance may hold relations the service replaced)."""
    return (
        BuildingBlock.objects.select_related("owner")
        .prefetch_related("descriptions", "tags", "capabilities")
        .get(id=block.id)
    )


@blocks_router.get(
    "",
    response={200: BlockPage, 404: Problem, 422: Problem},
    operation_id="listBuildingBlocks",
    summary="Search building blocks",
    **READ_OPTIONS,
)
def list_blocks(request: HttpRequest, filters: Query[BlockFilters]) -> dict[str, Any]:
    """The catalogue search: full text, facet filters, ordering, pages."""
    chosen = {name: [str(value) for value in getattr(filters, name)] for name in FACETS}
    result = block_search(
        user=request.auth,
        query=filters.q or "",
        filters=chosen,
        ordering=filters.ordering or "",
        page=filters.page,
        page_size=page_size(filters),
        with_facets=filters.facets,
    )
    if result.page.number != filters.page:
        raise not_a_page(filters.page)
    blocks = list(result.page.object_list)
    prefetch_related_objects(blocks, "tags", "capabilities")
    body = page_body(request, result.page, blocks)
    if filters.facets:
        body["facets"] = {
            name: [asdict(v) for v in values] for name, values in result.facets.items()
        }
    return body


@blocks_router.get(
    "/{slug:slug}",
    response={200: BlockDetailOut, 404: Problem},
    operation_id="getBuildingBlock",
    summary="Read a building block",
    **READ_OPTIONS,
)
def get_block(request: HttpRequest, slug: str) -> BuildingBlock:
    """One building block, if the reader may see it, with its standards and evidence."""
    block = _shown(block_for_reader(user=request.auth, slug=slug))
    block.visible_compliance = selectors.block_relations(user=request.auth, block=block).compliance
    block.design_score = selectors.latest_design_score(block=block)
    return block


@blocks_router.post(
    "",
    response={201: BlockOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createBuildingBlock",
    summary="Add a building block",
)
def create_block(request: HttpRequest, payload: BlockCreate, response: HttpResponse) -> Status:
    """For an organisation the caller edits for (coordinators: any)."""
    data = _relations(payload.model_dump(exclude_unset=True))
    data["slug"] = data.get("slug") or ""
    block = services.block_create(actor=request.auth, via="api", **data)
    set_location(request, response, "get_block", slug=block.slug)
    return Status(201, _shown(block))


@blocks_router.patch(
    "/{slug:slug}",
    response={200: BlockOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateBuildingBlock",
    summary="Change a building block",
)
def update_block(request: HttpRequest, slug: str, payload: BlockUpdate) -> BuildingBlock:
    """Editors of the owner (and coordinators). Only the fields sent change; handing
    the block to another owner needs edit rights there too."""
    block = block_for_reader(user=request.auth, slug=slug)
    data = _relations(payload.model_dump(exclude_unset=True))
    return _shown(services.block_update(actor=request.auth, block=block, via="api", **data))


@blocks_router.delete(
    "/{slug:slug}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteBuildingBlock",
    summary="Delete a building block",
)
def delete_block(request: HttpRequest, slug: str) -> Status:
    """Editors of the owner (and coordinators). Its reuse and dependencies go with it."""
    block = block_for_reader(user=request.auth, slug=slug)
    services.block_delete(actor=request.auth, block=block, via="api")
    return Status(204, None)


@blocks_router.post(
    "/{slug:slug}/verify",
    response={200: BlockOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="verifyBuildingBlock",
    summary="Confirm a block's data is current",
)
def verify_block(request: HttpRequest, slug: str) -> BuildingBlock:
    """Sets "last verified" to now, by the caller: the freshness the catalogue shows."""
    block = block_for_reader(user=request.auth, slug=slug)
    return _shown(services.block_verify(actor=request.auth, block=block, via="api"))


# --- dependencies -------------------------------------------------------------------


@dependencies_router.get(
    "",
    response={200: DependencyPage, 404: Problem, 422: Problem},
    operation_id="listDependencies",
    summary="List dependencies",
    **READ_OPTIONS,
)
def list_dependencies(request: HttpRequest, filters: Query[DependencyFilters]) -> dict[str, Any]:
    """Dependencies between the blocks the reader may see, oldest first."""
    dependencies = selectors.dependency_list(user=request.auth)
    if filters.block:
        dependencies = dependencies.filter(
            Q(dependent__slug=filters.block) | Q(dependency__slug=filters.block)
        )
    if filters.dependent:
        dependencies = dependencies.filter(dependent__slug=filters.dependent)
    if filters.dependency:
        dependencies = dependencies.filter(dependency__slug=filters.dependency)
    return page_body(request, paginate(dependencies.order_by("id"), filters))


@dependencies_router.get(
    "/{uuid:uuid}",
    response={200: DependencyOut, 404: Problem},
    operation_id="getDependency",
    summary="Read a dependency",
    **READ_OPTIONS,
)
def get_dependency(request: HttpRequest, uuid: UUID) -> Dependency:
    """One dependency, if the reader may see both blocks."""
    return selectors.dependency_list(user=request.auth).get(uuid=uuid)


@dependencies_router.post(
    "",
    response={201: DependencyOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createDependency",
    summary="Record a dependency",
)
def create_dependency(
    request: HttpRequest,
    payload: DependencyCreate,
    response: HttpResponse,
) -> Status:
    """Editors of the dependent block's owner decide what their block needs."""
    edge = services.dependency_add(
        actor=request.auth,
        via="api",
        note=payload.note,
        dependent=block_ref(request.auth, payload.dependent, field="dependent"),
        dependency=block_ref(request.auth, payload.dependency, field="dependency"),
    )
    set_location(request, response, "get_dependency", uuid=edge.uuid)
    return Status(201, edge)


@dependencies_router.delete(
    "/{uuid:uuid}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteDependency",
    summary="Remove a dependency",
)
def delete_dependency(request: HttpRequest, uuid: UUID) -> Status:
    """Editors of the dependent block's owner (and coordinators)."""
    edge = selectors.dependency_list(user=request.auth).get(uuid=uuid)
    services.dependency_remove(actor=request.auth, dependency=edge, via="api")
    return Status(204, None)
