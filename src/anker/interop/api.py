"""REST API of imports (upload a file, read the reports) and harvest sources.

Thin on purpose: parse, call a service (which checks permissions, validates and
audits), answer with the same report the CLI and the web UI show."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from anker.api.auth import WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.lookups import organisation_ref
from anker.api.pagination import PageQuery, page_body, paginate
from anker.interop import selectors, services
from anker.interop.models import ImportRun, Source
from anker.interop.schemas import (
    ImportFilters,
    ImportRunDetail,
    ImportRunPage,
    SourceCreate,
    SourceOut,
    SourcePage,
    SourceUpdate,
)

imports_router = Router(tags=["imports"])
sources_router = Router(tags=["imports"])
READ_ERRORS = {401: Problem, 404: Problem, 422: Problem}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


@imports_router.get(
    "",
    response={200: ImportRunPage, **READ_ERRORS},
    auth=WRITE,
    operation_id="listImports",
    summary="List import reports",
)
def list_imports(request: HttpRequest, filters: Query[ImportFilters]) -> dict[str, Any]:
    """Every import, newest first; signed-in users and token holders only."""
    runs = selectors.import_runs(format=filters.format or "").select_related("harvest_source")
    return page_body(request, paginate(runs, filters))


@imports_router.get(
    "/{uuid}",
    response={200: ImportRunDetail, **READ_ERRORS},
    auth=WRITE,
    operation_id="getImport",
    summary="Read an import report",
)
def get_import(request: HttpRequest, uuid: str) -> ImportRun:
    """One import with every record's outcome: accepted, updated, unchanged or rejected
    (with the field, the line and the reason)."""
    return get_object_or_404(ImportRun.objects.select_related("harvest_source"), uuid=uuid)


@imports_router.post(
    "",
    response={201: ImportRunDetail, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="importFile",
    summary="Import a file",
)
def import_file(
    request: HttpRequest,
    response: HttpResponse,
    format: Form[str],
    file: File[UploadedFile],
    organisation: Form[str | None] = None,
) -> Status:
    """Coordinators only. Send the file as multipart/form-data with the `format`
    (publiccode, openapi, dcat, archimate, csv…) and, optionally, the slug of the
    `organisation` that owns what the file describes. The file imports whole or not at
    all; the report says what became of every record."""
    owner = organisation_ref(organisation, field="organisation") if organisation else None
    run = services.import_upload(
        actor=request.auth,
        format_name=format,
        filename=file.name or "upload",
        upload=file,
        owner=owner,
        via="api",
    )
    set_location(request, response, "get_import", uuid=run.uuid)
    return Status(201, run)


def _source_fields(data: dict[str, Any]) -> dict[str, Any]:
    if data.get("organisation") is not None:
        data["organisation"] = organisation_ref(data["organisation"], field="organisation")
    return data


@sources_router.get(
    "",
    response={200: SourcePage, **READ_ERRORS},
    auth=WRITE,
    operation_id="listHarvestSources",
    summary="List harvest sources",
)
def list_sources(request: HttpRequest, filters: Query[PageQuery]) -> dict[str, Any]:
    """Every configured source, by name."""
    return page_body(request, paginate(selectors.sources(), filters))


@sources_router.get(
    "/{uuid}",
    response={200: SourceOut, **READ_ERRORS},
    auth=WRITE,
    operation_id="getHarvestSource",
    summary="Read a harvest source",
)
def get_source(request: HttpRequest, uuid: str) -> Source:
    """One source, with when it was last harvested."""
    return get_object_or_404(selectors.sources(), uuid=uuid)


@sources_router.post(
    "",
    response={201: SourceOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createHarvestSource",
    summary="Add a harvest source",
)
def create_source(request: HttpRequest, payload: SourceCreate, response: HttpResponse) -> Status:
    """Coordinators only."""
    source = services.source_create(
        actor=request.auth, via="api", **_source_fields(payload.model_dump())
    )
    set_location(request, response, "get_source", uuid=source.uuid)
    return Status(201, source)


@sources_router.patch(
    "/{uuid}",
    response={200: SourceOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateHarvestSource",
    summary="Change a harvest source",
)
def update_source(request: HttpRequest, uuid: str, payload: SourceUpdate) -> Source:
    """Coordinators only. Only the fields sent change."""
    return services.source_update(
        actor=request.auth,
        source=get_object_or_404(Source, uuid=uuid),
        via="api",
        **_source_fields(payload.model_dump(exclude_unset=True)),
    )


@sources_router.delete(
    "/{uuid}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteHarvestSource",
    summary="Remove a harvest source",
)
def delete_source(request: HttpRequest, uuid: str) -> Status:
    """Coordinators only. Its import reports stay."""
    services.source_delete(
        actor=request.auth, source=get_object_or_404(Source, uuid=uuid), via="api"
    )
    return Status(204, None)


@sources_router.post(
    "/{uuid}/harvest",
    response={200: list[ImportRunDetail], **WRITE_ERRORS},
    auth=WRITE,
    operation_id="harvestSource",
    summary="Harvest a source now",
)
def harvest_source(request: HttpRequest, uuid: str) -> list[ImportRun]:
    """Coordinators only. Fetches the source (with a timeout and a size limit) and
    imports it; answers with the reports."""
    from anker.accounts import permissions

    permissions.require(permissions.can_manage_sources(request.auth))
    source = get_object_or_404(Source, uuid=uuid)
    return services.harvest(source, actor=request.auth, via="api")
