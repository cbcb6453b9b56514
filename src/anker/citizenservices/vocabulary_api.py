"""REST API of the shared vocabulary of citizen services: life events and service types.
Everyone reads; coordinators write (the services check it)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Status

from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.pagination import PageQuery, page_body, paginate
from anker.citizenservices import selectors, services
from anker.citizenservices.models import LifeEvent, ServiceType
from anker.citizenservices.schemas import (
    LifeEventCreate,
    LifeEventOut,
    LifeEventPage,
    LifeEventUpdate,
    ServiceTypeCreate,
    ServiceTypeOut,
    ServiceTypePage,
    ServiceTypeUpdate,
)

life_events_router = Router(tags=["life events"])
service_types_router = Router(tags=["service types"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


def _slug(data: dict[str, Any]) -> dict[str, Any]:
    """A slug sent as null is no slug: the service makes one from the name."""
    if data.get("slug") is None:
        data.pop("slug", None)
    return data


# --- life events ----------------------------------------------------------------------


def _life_event(slug: str) -> LifeEvent:
    return selectors.life_event_list().get(slug=slug)


@life_events_router.get(
    "",
    response={200: LifeEventPage, 404: Problem, 422: Problem},
    operation_id="listLifeEvents",
    summary="List life events",
    **READ_OPTIONS,
)
def list_life_events(request: HttpRequest, filters: Query[PageQuery]) -> dict[str, Any]:
    """Every life event with its number of services and of digital-only services."""
    return page_body(request, paginate(selectors.life_event_list(), filters))


@life_events_router.get(
    "/{slug:slug}",
    response={200: LifeEventOut, 404: Problem},
    operation_id="getLifeEvent",
    summary="Read a life event",
    **READ_OPTIONS,
)
def get_life_event(request: HttpRequest, slug: str) -> LifeEvent:
    """One life event with its counts; its services are listed by ``listCitizenServices``
    with ``life_event``."""
    return _life_event(slug)


@life_events_router.post(
    "",
    response={201: LifeEventOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createLifeEvent",
    summary="Add a life event",
)
def create_life_event(
    request: HttpRequest, payload: LifeEventCreate, response: HttpResponse
) -> Status:
    """Coordinators only."""
    data = payload.model_dump(exclude_unset=True)
    event = services.life_event_create(actor=request.auth, via="api", **_slug(data))
    set_location(request, response, "get_life_event", slug=event.slug)
    return Status(201, _life_event(event.slug))


@life_events_router.patch(
    "/{slug:slug}",
    response={200: LifeEventOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateLifeEvent",
    summary="Change a life event",
)
def update_life_event(request: HttpRequest, slug: str, payload: LifeEventUpdate) -> LifeEvent:
    """Coordinators only. Only the fields sent change."""
    event = services.life_event_update(
        actor=request.auth,
        life_event=LifeEvent.objects.get(slug=slug),
        via="api",
        **payload.model_dump(exclude_unset=True),
    )
    return _life_event(event.slug)


@life_events_router.delete(
    "/{slug:slug}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteLifeEvent",
    summary="Delete a life event",
)
def delete_life_event(request: HttpRequest, slug: str) -> Status:
    """Coordinators only; the standard life events anker ships cannot be deleted (422)."""
    services.life_event_delete(
        actor=request.auth, life_event=LifeEvent.objects.get(slug=slug), via="api"
    )
    return Status(204, None)


# --- service types --------------------------------------------------------------------


def _service_type(slug: str) -> ServiceType:
    return selectors.service_type_list().get(slug=slug)


@service_types_router.get(
    "",
    response={200: ServiceTypePage, 404: Problem, 422: Problem},
    operation_id="listServiceTypes",
    summary="List service types",
    **READ_OPTIONS,
)
def list_service_types(request: HttpRequest, filters: Query[PageQuery]) -> dict[str, Any]:
    """Every service type with how many services and organisations offer it."""
    return page_body(request, paginate(selectors.service_type_list(), filters))


@service_types_router.get(
    "/{slug:slug}",
    response={200: ServiceTypeOut, 404: Problem},
    operation_id="getServiceType",
    summary="Read a service type",
    **READ_OPTIONS,
)
def get_service_type(request: HttpRequest, slug: str) -> ServiceType:
    """One service type; its services are listed by ``listCitizenServices`` with
    ``service_type``."""
    return _service_type(slug)


@service_types_router.post(
    "",
    response={201: ServiceTypeOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createServiceType",
    summary="Add a service type",
)
def create_service_type(
    request: HttpRequest, payload: ServiceTypeCreate, response: HttpResponse
) -> Status:
    """Coordinators only."""
    data = payload.model_dump(exclude_unset=True)
    service_type = services.service_type_create(actor=request.auth, via="api", **_slug(data))
    set_location(request, response, "get_service_type", slug=service_type.slug)
    return Status(201, _service_type(service_type.slug))


@service_types_router.patch(
    "/{slug:slug}",
    response={200: ServiceTypeOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateServiceType",
    summary="Change a service type",
)
def update_service_type(request: HttpRequest, slug: str, payload: ServiceTypeUpdate) -> ServiceType:
    """Coordinators only. Only the fields sent change."""
    service_type = services.service_type_update(
        actor=request.auth,
        service_type=ServiceType.objects.get(slug=slug),
        via="api",
        **payload.model_dump(exclude_unset=True),
    )
    return _service_type(service_type.slug)


@service_types_router.delete(
    "/{slug:slug}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteServiceType",
    summary="Delete a service type",
)
def delete_service_type(request: HttpRequest, slug: str) -> Status:
    """Coordinators only; its services stay, without a type."""
    services.service_type_delete(
        actor=request.auth, service_type=ServiceType.objects.get(slug=slug), via="api"
    )
    return Status(204, None)
