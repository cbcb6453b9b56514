"""REST API of the capability map. Everyone reads it; only coordinators change it
(the services enforce that and audit every change)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Status

from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.lookups import capability_ref
from anker.api.pagination import page_body, paginate
from anker.architecture import services
from anker.architecture.models import Capability
from anker.architecture.schemas import (
    ORDERINGS,
    CapabilityCreate,
    CapabilityFilters,
    CapabilityOut,
    CapabilityPage,
    CapabilityUpdate,
)
from anker.architecture.selectors import capability_list

router = Router(tags=["capabilities"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


def _with_parent(data: dict[str, Any]) -> dict[str, Any]:
    if data.get("parent") is not None:
        data["parent"] = capability_ref(data["parent"], field="parent")
    return data


@router.get(
    "",
    response={200: CapabilityPage, 404: Problem, 422: Problem},
    operation_id="listCapabilities",
    summary="List capabilities",
    **READ_OPTIONS,
)
def list_capabilities(request: HttpRequest, filters: Query[CapabilityFilters]) -> dict[str, Any]:
    """The capability map as a flat list; ``parent`` and ``root`` walk the tree."""
    capabilities = capability_list()
    if filters.parent:
        capabilities = capabilities.filter(parent__slug=filters.parent)
    if filters.root is not None:
        capabilities = capabilities.filter(parent__isnull=filters.root)
    if filters.q:
        capabilities = capabilities.filter(
            Q(name__icontains=filters.q) | Q(name_nl__icontains=filters.q)
        )
    return page_body(
        request, paginate(capabilities.order_by(*ORDERINGS[filters.ordering]), filters)
    )


@router.get(
    "/{slug:slug}",
    response={200: CapabilityOut, 404: Problem},
    operation_id="getCapability",
    summary="Read a capability",
    **READ_OPTIONS,
)
def get_capability(request: HttpRequest, slug: str) -> Capability:
    """One capability."""
    return capability_list().get(slug=slug)


@router.post(
    "",
    response={201: CapabilityOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createCapability",
    summary="Add a capability",
)
def create_capability(
    request: HttpRequest,
    payload: CapabilityCreate,
    response: HttpResponse,
) -> Status:
    """Coordinators only."""
    data = _with_parent(payload.model_dump(exclude_unset=True))
    data["slug"] = data.get("slug") or ""
    capability = services.capability_create(actor=request.auth, via="api", **data)
    set_location(request, response, "get_capability", slug=capability.slug)
    return Status(201, capability)


@router.patch(
    "/{slug:slug}",
    response={200: CapabilityOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateCapability",
    summary="Change a capability",
)
def update_capability(request: HttpRequest, slug: str, payload: CapabilityUpdate) -> Capability:
    """Coordinators only. A capability cannot move below itself."""
    data = _with_parent(payload.model_dump(exclude_unset=True))
    return services.capability_update(
        actor=request.auth,
        capability=capability_list().get(slug=slug),
        via="api",
        **data,
    )


@router.delete(
    "/{slug:slug}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteCapability",
    summary="Delete a capability",
)
def delete_capability(request: HttpRequest, slug: str) -> Status:
    """Coordinators only; refused (422) while it has sub-capabilities."""
    services.capability_delete(
        actor=request.auth, capability=capability_list().get(slug=slug), via="api"
    )
    return Status(204, None)
