"""REST API of reuse, the two-sided edge: list, read, declare, change, confirm, remove;
and of exchange requests, the workflow through which an organisation asks for a block.

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
from anker.reuse.models import ExchangeRequest, Reuse
from anker.reuse.schemas import (
    ORDERINGS,
    ExchangeApproval,
    ExchangeReason,
    ExchangeRequestCreate,
    ExchangeRequestFilters,
    ExchangeRequestOut,
    ExchangeRequestPage,
    ExchangeRequestUpdate,
    ReuseCreate,
    ReuseFilters,
    ReuseOut,
    ReusePage,
    ReuseUpdate,
)
from anker.reuse.selectors import (
    exchange_request_for_reader,
    exchange_request_list,
    reuse_list,
)

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


# --- exchange requests ----------------------------------------------------------------------
# Requests are seen by both parties' members and coordinators only: every operation needs
# a token or a session, and a request the caller is no party to answers 404.

exchange_router = Router(tags=["exchange"])
EXCHANGE_READ_ERRORS = {401: Problem, 404: Problem, 422: Problem}


def _exchange(request: HttpRequest, uuid: UUID) -> ExchangeRequest:
    return exchange_request_for_reader(user=request.auth, uuid=uuid)


@exchange_router.get(
    "",
    response={200: ExchangeRequestPage, **EXCHANGE_READ_ERRORS},
    auth=WRITE,
    operation_id="listExchangeRequests",
    summary="List exchange requests",
)
def list_exchange_requests(
    request: HttpRequest, filters: Query[ExchangeRequestFilters]
) -> dict[str, Any]:
    """Requests your organisations made or received (every request for coordinators),
    filtered; `waiting=true` gives the overview of what waits for you, with `age_days`."""
    requests = exchange_request_list(
        user=request.auth,
        statuses=[str(status) for status in filters.status],
        direction=filters.direction or "",
        block=filters.block or "",
        requester=filters.requester or "",
        owner=filters.owner or "",
        waiting=filters.waiting,
        ordering=filters.ordering,
    ).select_related("reuse", "requested_by", "decided_by")
    return page_body(request, paginate(requests, filters))


@exchange_router.get(
    "/{uuid:uuid}",
    response={200: ExchangeRequestOut, **EXCHANGE_READ_ERRORS},
    auth=WRITE,
    operation_id="getExchangeRequest",
    summary="Read an exchange request",
)
def get_exchange_request(request: HttpRequest, uuid: UUID) -> ExchangeRequest:
    """One request you are party to, with the steps you may take now."""
    return _exchange(request, uuid)


@exchange_router.post(
    "",
    response={201: ExchangeRequestOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createExchangeRequest",
    summary="Ask for access to a block",
)
def create_exchange_request(
    request: HttpRequest, payload: ExchangeRequestCreate, response: HttpResponse
) -> Status:
    """Editors and org-admins of the requesting organisation (or coordinators) ask the
    block's owner; one open request per block and organisation."""
    fields = payload.model_dump(exclude_unset=True)
    block = block_ref(request.auth, fields.pop("block"), field="block")
    requester = organisation_ref(fields.pop("requester"), field="requester")
    exchange = services.exchange_request_create(
        actor=request.auth, block=block, requester=requester, via="api", **fields
    )
    set_location(request, response, "get_exchange_request", uuid=exchange.uuid)
    return Status(201, _exchange(request, exchange.uuid))


@exchange_router.patch(
    "/{uuid:uuid}",
    response={200: ExchangeRequestOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateExchangeRequest",
    summary="Change a pending exchange request",
)
def update_exchange_request(
    request: HttpRequest, uuid: UUID, payload: ExchangeRequestUpdate
) -> ExchangeRequest:
    """The requesting organisation amends purpose, terms or mode before the decision."""
    services.exchange_request_update(
        actor=request.auth,
        exchange=_exchange(request, uuid),
        via="api",
        **payload.model_dump(exclude_unset=True),
    )
    return _exchange(request, uuid)


def _step(request: HttpRequest, uuid: UUID, action: str, **arguments: Any) -> ExchangeRequest:
    services.EXCHANGE_STEPS[action](
        actor=request.auth, exchange=_exchange(request, uuid), via="api", **arguments
    )
    return _exchange(request, uuid)


@exchange_router.post(
    "/{uuid:uuid}/approve",
    response={200: ExchangeRequestOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="approveExchangeRequest",
    summary="Approve an exchange request",
)
def approve_exchange_request(
    request: HttpRequest, uuid: UUID, payload: ExchangeApproval
) -> ExchangeRequest:
    """The owner's org-admins (or coordinators) agree to a pending request. The reuse is
    recorded (evaluating) until the requester starts using the block."""
    return _step(request, uuid, "approve", note=payload.note)


@exchange_router.post(
    "/{uuid:uuid}/reject",
    response={200: ExchangeRequestOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="rejectExchangeRequest",
    summary="Reject an exchange request",
)
def reject_exchange_request(
    request: HttpRequest, uuid: UUID, payload: ExchangeReason
) -> ExchangeRequest:
    """The owner's org-admins (or coordinators) decline a pending request, with a reason."""
    return _step(request, uuid, "reject", reason=payload.reason)


@exchange_router.post(
    "/{uuid:uuid}/withdraw",
    response={200: ExchangeRequestOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="withdrawExchangeRequest",
    summary="Withdraw an exchange request",
)
def withdraw_exchange_request(request: HttpRequest, uuid: UUID) -> ExchangeRequest:
    """The requesting organisation takes back a request the owner has not decided on."""
    return _step(request, uuid, "withdraw")


@exchange_router.post(
    "/{uuid:uuid}/activate",
    response={200: ExchangeRequestOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="activateExchangeRequest",
    summary="Start using an approved exchange",
)
def activate_exchange_request(request: HttpRequest, uuid: UUID) -> ExchangeRequest:
    """The requesting organisation starts using what was approved: the reuse is confirmed
    as in use and the block becomes visible to its members."""
    return _step(request, uuid, "activate")


@exchange_router.post(
    "/{uuid:uuid}/end",
    response={200: ExchangeRequestOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="endExchangeRequest",
    summary="End an exchange",
)
def end_exchange_request(
    request: HttpRequest, uuid: UUID, payload: ExchangeReason
) -> ExchangeRequest:
    """Either party ends an approved or active exchange, with a reason: the reuse stops
    today with that reason."""
    return _step(request, uuid, "end", reason=payload.reason)
