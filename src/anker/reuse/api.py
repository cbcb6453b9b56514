"""REST API of reuse, the two-sided edge: list, read, declare, change, confirm, remove.

Either side may record it: the reusing organisation (a confirmed declaration) or the
block's owner (a claim the reuser then confirms). The services decide who may; a reuse
of a block the reader may not see is hidden like the block itself."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Status

from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.lookups import block_ref, organisation_ref
from anker.api.pagination import page_body, paginate
from anker.reuse import services
from anker.reuse.models import Reuse
from anker.reuse.schemas import (
    ORDERINGS,
    ReuseCreate,
    ReuseFilters,
    ReuseOut,
    ReusePage,
    ReuseUpdate,
)
from anker.reuse.selectors import reuse_list

router = Router(tags=["reuse"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


@router.get(
    "",
    response={200: ReusePage, 404: Problem, 422: Problem},
    operation_id="listReuse",
    summary="List reuse",
    **READ_OPTIONS,
)
def list_reuse(request: HttpRequest, filters: Query[ReuseFilters]) -> dict[str, Any]:
    """Who reuses what, filtered by block, organisation and status."""
    reuse = reuse_list(user=request.auth)
    if filters.block:
        reuse = reuse.filter(block__slug=filters.block)
    if filters.organisation:
        reuse = reuse.filter(organisation__slug=filters.organisation)
    if filters.status:
        reuse = reuse.filter(status__in=[str(status) for status in filters.status])
    return page_body(request, paginate(reuse.order_by(*ORDERINGS[filters.ordering]), filters))


@router.get(
    "/{uuid:uuid}",
    response={200: ReuseOut, 404: Problem},
    operation_id="getReuse",
    summary="Read a reuse",
    **READ_OPTIONS,
)
def get_reuse(request: HttpRequest, uuid: UUID) -> Reuse:
    """One reuse, if the reader may see its block."""
    return reuse_list(user=request.auth).get(uuid=uuid)


@router.post(
    "",
    response={201: ReuseOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createReuse",
    summary="Declare a reuse",
)
def create_reuse(request: HttpRequest, payload: ReuseCreate, response: HttpResponse) -> Status:
    """Editors of the reusing organisation (a declaration) or of the block's owner
    (a claim); one reuse per block and organisation."""
    fields = payload.model_dump(exclude_unset=True)
    block = block_ref(request.auth, fields.pop("block"), field="block")
    organisation = organisation_ref(fields.pop("organisation"), field="organisation")
    reuse = services.reuse_declare(
        actor=request.auth,
        block=block,
        organisation=organisation,
        via="api",
        **fields,
    )
    set_location(request, response, "get_reuse", uuid=reuse.uuid)
    return Status(201, reuse)


@router.patch(
    "/{uuid:uuid}",
    response={200: ReuseOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateReuse",
    summary="Change a reuse",
)
def update_reuse(request: HttpRequest, uuid: UUID, payload: ReuseUpdate) -> Reuse:
    """Editors of either side. Stopping needs a reason; the end date defaults to today."""
    reuse = reuse_list(user=request.auth).get(uuid=uuid)
    return services.reuse_update(
        actor=request.auth,
        reuse=reuse,
        via="api",
        **payload.model_dump(exclude_unset=True),
    )


@router.post(
    "/{uuid:uuid}/confirm",
    response={200: ReuseOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="confirmReuse",
    summary="Confirm a provider's claim",
)
def confirm_reuse(request: HttpRequest, uuid: UUID) -> Reuse:
    """Editors of the reusing organisation confirm what the provider claimed."""
    reuse = reuse_list(user=request.auth).get(uuid=uuid)
    return services.reuse_confirm(actor=request.auth, reuse=reuse, via="api")


@router.delete(
    "/{uuid:uuid}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteReuse",
    summary="Remove a reuse",
)
def delete_reuse(request: HttpRequest, uuid: UUID) -> Status:
    """Editors of either side (and coordinators)."""
    reuse = reuse_list(user=request.auth).get(uuid=uuid)
    services.reuse_delete(actor=request.auth, reuse=reuse, via="api")
    return Status(204, None)
