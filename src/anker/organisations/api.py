"""REST API of organisations: list, read, create, change, delete and merge.

Thin on purpose: parse, call a selector or a service (which checks permissions,
validates and audits), answer."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Status

from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.lookups import organisation_ref
from anker.api.pagination import page_body, paginate
from anker.organisations import services
from anker.organisations.models import Organisation
from anker.organisations.schemas import (
    OrganisationCreate,
    OrganisationFilters,
    OrganisationMerge,
    OrganisationOut,
    OrganisationPage,
    OrganisationUpdate,
)
from anker.organisations.selectors import organisation_by_slug, organisation_list

router = Router(tags=["organisations"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


def _listed(organisation: Organisation) -> Organisation:
    """The organisation as the list shows it, with its counts."""
    return (
        organisation_list()
        .select_related("parent")
        .prefetch_related("identifiers")
        .get(id=organisation.id)
    )


def _active(slug: str) -> Organisation:
    """Writes address the record itself: a slug merged away is not followed."""
    return Organisation.objects.get(slug=slug, merged_into__isnull=True)


def _service_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Request fields → service arguments: the parent by slug, identifiers as pairs."""
    if data.get("parent") is not None:
        data["parent"] = organisation_ref(data["parent"], field="parent")
    if data.get("identifiers") is not None:
        data["identifiers"] = [(i["scheme"], i["value"]) for i in data["identifiers"]]
    if data.get("is_public_sector", False) is None:
        del data["is_public_sector"]
    return data


@router.get(
    "",
    response={200: OrganisationPage, 422: Problem},
    operation_id="listOrganisations",
    summary="List organisations",
    **READ_OPTIONS,
)
def list_organisations(request: HttpRequest, filters: Query[OrganisationFilters]) -> dict[str, Any]:
    """Active organisations (records merged away are left out), filtered and paged."""
    organisations = (
        organisation_list(
            query=filters.q or "",
            kind=filters.kind or "",
            country=filters.country or "",
            ordering=filters.ordering,
        )
        .select_related("parent")
        .prefetch_related("identifiers")
    )
    return page_body(request, paginate(organisations, filters))


@router.get(
    "/{slug:slug}",
    response={200: OrganisationOut, 404: Problem},
    operation_id="getOrganisation",
    summary="Read an organisation",
    **READ_OPTIONS,
)
def get_organisation(request: HttpRequest, slug: str) -> Organisation:
    """One organisation. The slug of a record merged away answers with the organisation
    it was merged into."""
    return _listed(organisation_by_slug(slug))


@router.post(
    "",
    response={201: OrganisationOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createOrganisation",
    summary="Add an organisation",
)
def create_organisation(
    request: HttpRequest,
    payload: OrganisationCreate,
    response: HttpResponse,
) -> Status:
    """Coordinators only."""
    organisation = services.organisation_create(
        actor=request.auth,
        via="api",
        **_service_fields(payload.model_dump(exclude_unset=True)),
    )
    set_location(request, response, "get_organisation", slug=organisation.slug)
    return Status(201, _listed(organisation))


@router.patch(
    "/{slug:slug}",
    response={200: OrganisationOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateOrganisation",
    summary="Change an organisation",
)
def update_organisation(
    request: HttpRequest, slug: str, payload: OrganisationUpdate
) -> Organisation:
    """The organisation's administrators and coordinators. Only the fields sent change."""
    organisation = services.organisation_update(
        actor=request.auth,
        organisation=_active(slug),
        via="api",
        **_service_fields(payload.model_dump(exclude_unset=True)),
    )
    return _listed(organisation)


@router.delete(
    "/{slug:slug}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteOrganisation",
    summary="Delete an organisation",
)
def delete_organisation(request: HttpRequest, slug: str) -> Status:
    """Coordinators only; refused (422) while the organisation still owns building
    blocks: hand them over or merge the records instead."""
    services.organisation_delete(actor=request.auth, organisation=_active(slug), via="api")
    return Status(204, None)


@router.post(
    "/{slug:slug}/merge",
    response={200: OrganisationOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="mergeOrganisation",
    summary="Merge an organisation into another",
)
def merge_organisation(request: HttpRequest, slug: str, payload: OrganisationMerge) -> Organisation:
    """Coordinators only. Blocks, reuse, identifiers, members and child organisations
    move to the target; this record stays as a pointer, so its slug keeps resolving."""
    target = services.organisation_merge(
        actor=request.auth,
        source=_active(slug),
        target=organisation_ref(payload.target, field="target"),
        via="api",
    )
    return _listed(target)
