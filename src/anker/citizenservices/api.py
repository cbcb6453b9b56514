"""REST API of citizen services: services, their channels and monthly figures, life
events and service types. Everyone reads; writes call the services, which check the
same permission rules as the web pages (service owners edit their services, channels and
figures; coordinators keep the life events and service types)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.lookups import block_ref, organisation_ref
from anker.api.pagination import page_body, paginate
from anker.citizenservices import selectors, services
from anker.citizenservices.models import (
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.citizenservices.schemas import (
    ChannelCreate,
    ChannelFilters,
    ChannelOut,
    ChannelPage,
    ChannelUpdate,
    FiguresCreate,
    FiguresFilters,
    FiguresOut,
    FiguresPage,
    FiguresUpdate,
    ServiceCreate,
    ServiceFilters,
    ServiceOut,
    ServicePage,
    ServiceUpdate,
)

# The shared vocabulary's routers live in a module of their own; anker.api mounts all here.
from anker.citizenservices.vocabulary_api import life_events_router, service_types_router

services_router = Router(tags=["citizen services"])
channels_router = Router(tags=["citizen services"])
figures_router = Router(tags=["citizen services"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


def _unknown(field: str, value: str) -> ValidationError:
    return ValidationError(
        {field: [ValidationError(_("There is no %(value)r.") % {"value": value}, code="unknown")]}
    )


def _by_slug(model: Any, slugs: list[str], field: str) -> list[Any]:
    found = {item.slug: item for item in model.objects.filter(slug__in=slugs)}
    for slug in slugs:
        if slug not in found:
            raise _unknown(field, slug)
    return [found[slug] for slug in dict.fromkeys(slugs)]


def _service_arguments(request: HttpRequest, data: dict[str, Any]) -> dict[str, Any]:
    """Request fields → service arguments: every reference by slug."""
    if "organisations" in data:
        data["organisations"] = [
            organisation_ref(slug, field="organisations")
            for slug in dict.fromkeys(data["organisations"])
        ]
    if "life_events" in data:
        data["life_events"] = _by_slug(LifeEvent, data["life_events"], "life_events")
    if "blocks" in data:
        data["blocks"] = [
            block_ref(request.auth, slug, field="blocks") for slug in dict.fromkeys(data["blocks"])
        ]
    if data.get("service_type") is not None:
        data["service_type"] = _by_slug(ServiceType, [data["service_type"]], "service_type")[0]
    return data


def _slug(data: dict[str, Any]) -> dict[str, Any]:
    """A slug sent as null is no slug: the service makes one from the name."""
    if data.get("slug") is None:
        data.pop("slug", None)
    return data


def _service_rows() -> Any:
    return selectors.with_list_data(CitizenService.objects.all()).prefetch_related("blocks__owner")


def _shown(service: CitizenService) -> CitizenService:
    return _service_rows().get(pk=service.pk)


@services_router.get(
    "",
    response={200: ServicePage, 404: Problem, 422: Problem},
    operation_id="listCitizenServices",
    summary="List citizen services",
    **READ_OPTIONS,
)
def list_services(request: HttpRequest, filters: Query[ServiceFilters]) -> dict[str, Any]:
    """Services filtered by name, life event, organisation, type, channel and whether
    they are digital-only, with their channels."""
    found = selectors.service_list(
        query=filters.q or "",
        life_event=filters.life_event or "",
        organisation=filters.organisation or "",
        service_type=filters.service_type or "",
        channel=filters.channel or "",
        digital_only=filters.digital_only,
        ordering=filters.ordering,
    )
    rows = found.select_related("service_type").prefetch_related(
        "organisations", "channels", "life_events", "blocks__owner"
    )
    return page_body(request, paginate(rows, filters))


@services_router.get(
    "/{slug:slug}",
    response={200: ServiceOut, 404: Problem},
    operation_id="getCitizenService",
    summary="Read a citizen service",
    **READ_OPTIONS,
)
def get_service(request: HttpRequest, slug: str) -> CitizenService:
    """One service with its channels, organisations, life events and blocks."""
    return _service_rows().get(slug=slug)


@services_router.post(
    "",
    response={201: ServiceOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createCitizenService",
    summary="Add a citizen service",
)
def create_service(request: HttpRequest, payload: ServiceCreate, response: HttpResponse) -> Status:
    """Editors of every organisation they name as responsible, and coordinators."""
    data = _service_arguments(request, _slug(payload.model_dump(exclude_unset=True)))
    service = services.service_create(actor=request.auth, via="api", **data)
    set_location(request, response, "get_service", slug=service.slug)
    return Status(201, _shown(service))


@services_router.patch(
    "/{slug:slug}",
    response={200: ServiceOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateCitizenService",
    summary="Change a citizen service",
)
def update_service(request: HttpRequest, slug: str, payload: ServiceUpdate) -> CitizenService:
    """Service owners (editors of a responsible organisation) and coordinators."""
    service = CitizenService.objects.prefetch_related("organisations").get(slug=slug)
    data = _service_arguments(request, payload.model_dump(exclude_unset=True))
    services.service_update(actor=request.auth, service=service, via="api", **data)
    return _shown(service)


@services_router.delete(
    "/{slug:slug}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteCitizenService",
    summary="Delete a citizen service",
)
def delete_service(request: HttpRequest, slug: str) -> Status:
    """Editors of every responsible organisation, and coordinators; the channels and
    their figures go with it."""
    service = CitizenService.objects.prefetch_related("organisations").get(slug=slug)
    services.service_delete(actor=request.auth, service=service, via="api")
    return Status(204, None)


# --- channels -------------------------------------------------------------------------


def _channel(uuid: UUID) -> ServiceChannel:
    return selectors.channel_list().prefetch_related("service__organisations").get(uuid=uuid)


@channels_router.get(
    "",
    response={200: ChannelPage, 404: Problem, 422: Problem},
    operation_id="listServiceChannels",
    summary="List service channels",
    **READ_OPTIONS,
)
def list_channels(request: HttpRequest, filters: Query[ChannelFilters]) -> dict[str, Any]:
    """Channels of every service, or of one service or kind."""
    channels = selectors.channel_list()
    if filters.service:
        channels = channels.filter(service__slug=filters.service)
    if filters.kind:
        channels = channels.filter(kind=filters.kind)
    return page_body(request, paginate(channels.order_by("service__name", "kind", "id"), filters))


@channels_router.get(
    "/{uuid:uuid}",
    response={200: ChannelOut, 404: Problem},
    operation_id="getServiceChannel",
    summary="Read a service channel",
    **READ_OPTIONS,
)
def get_channel(request: HttpRequest, uuid: UUID) -> ServiceChannel:
    """One channel with what it promises."""
    return _channel(uuid)


@channels_router.post(
    "",
    response={201: ChannelOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createServiceChannel",
    summary="Add a channel to a service",
)
def create_channel(request: HttpRequest, payload: ChannelCreate, response: HttpResponse) -> Status:
    """Service owners and coordinators; a service has one channel of each kind."""
    data = payload.model_dump()
    slug = data.pop("service")
    try:
        service = CitizenService.objects.prefetch_related("organisations").get(slug=slug)
    except CitizenService.DoesNotExist:
        raise _unknown("service", slug) from None
    channel = services.channel_add(actor=request.auth, service=service, via="api", **data)
    set_location(request, response, "get_channel", uuid=channel.uuid)
    return Status(201, channel)


@channels_router.patch(
    "/{uuid:uuid}",
    response={200: ChannelOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateServiceChannel",
    summary="Change a service channel",
)
def update_channel(request: HttpRequest, uuid: UUID, payload: ChannelUpdate) -> ServiceChannel:
    """Service owners and coordinators. Only the fields sent change."""
    return services.channel_update(
        actor=request.auth,
        channel=_channel(uuid),
        via="api",
        **payload.model_dump(exclude_unset=True),
    )


@channels_router.delete(
    "/{uuid:uuid}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteServiceChannel",
    summary="Remove a service channel",
)
def delete_channel(request: HttpRequest, uuid: UUID) -> Status:
    """Service owners and coordinators; the channel's monthly figures go with it."""
    services.channel_remove(actor=request.auth, channel=_channel(uuid), via="api")
    return Status(204, None)


# --- monthly figures ------------------------------------------------------------------


def _month(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[5:7]), 1)


def _figures(uuid: UUID) -> ChannelFigures:
    return (
        selectors.figures_list().prefetch_related("channel__service__organisations").get(uuid=uuid)
    )


@figures_router.get(
    "",
    response={200: FiguresPage, 404: Problem, 422: Problem},
    operation_id="listChannelFigures",
    summary="List monthly channel figures",
    **READ_OPTIONS,
)
def list_figures(request: HttpRequest, filters: Query[FiguresFilters]) -> dict[str, Any]:
    """Requests, completion rate, satisfaction and cost per transaction per channel and
    month, oldest month first."""
    figures = selectors.figures_list()
    if filters.service:
        figures = figures.filter(channel__service__slug=filters.service)
    if filters.channel:
        figures = figures.filter(channel__uuid=filters.channel)
    if filters.kind:
        figures = figures.filter(channel__kind=filters.kind)
    if filters.since:
        figures = figures.filter(month__gte=_month(filters.since))
    if filters.until:
        figures = figures.filter(month__lte=_month(filters.until))
    ordered = figures.order_by("month", "channel__service__name", "channel__kind", "id")
    return page_body(request, paginate(ordered, filters))


@figures_router.get(
    "/{uuid:uuid}",
    response={200: FiguresOut, 404: Problem},
    operation_id="getChannelFigures",
    summary="Read a month's channel figures",
    **READ_OPTIONS,
)
def get_figures(request: HttpRequest, uuid: UUID) -> ChannelFigures:
    """One channel's figures for one month."""
    return _figures(uuid)


@figures_router.post(
    "",
    response={200: FiguresOut, 201: FiguresOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="recordChannelFigures",
    summary="Record a month's channel figures",
)
def record_figures(request: HttpRequest, payload: FiguresCreate, response: HttpResponse) -> Status:
    """Service owners and coordinators. Answers 201 for a new month, 200 when the
    month's figures were replaced."""
    data = payload.model_dump()
    channel_id = data.pop("channel")
    try:
        channel = selectors.channel_list().get(uuid=channel_id)
    except ServiceChannel.DoesNotExist:
        raise _unknown("channel", str(channel_id)) from None
    figures, created = services.figures_record(
        actor=request.auth, channel=channel, month=_month(data.pop("month")), via="api", **data
    )
    set_location(request, response, "get_figures", uuid=figures.uuid)
    return Status(201 if created else 200, _figures(figures.uuid))


@figures_router.patch(
    "/{uuid:uuid}",
    response={200: FiguresOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateChannelFigures",
    summary="Change a month's channel figures",
)
def update_figures(request: HttpRequest, uuid: UUID, payload: FiguresUpdate) -> ChannelFigures:
    """Service owners and coordinators. Only the figures sent change."""
    figures = services.figures_update(
        actor=request.auth,
        figures=_figures(uuid),
        via="api",
        **payload.model_dump(exclude_unset=True),
    )
    return _figures(figures.uuid)


@figures_router.delete(
    "/{uuid:uuid}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteChannelFigures",
    summary="Remove a month's channel figures",
)
def delete_figures(request: HttpRequest, uuid: UUID) -> Status:
    """Service owners and coordinators."""
    services.figures_delete(actor=request.auth, figures=_figures(uuid), via="api")
    return Status(204, None)


__all__ = [
    "channels_router",
    "figures_router",
    "life_events_router",
    "service_types_router",
    "services_router",
]
