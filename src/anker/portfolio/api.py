"""REST API of the portfolio: initiatives, the stage gate, KPIs and measurements, skills.

Reading is open to everyone, as the portfolio pages are; linked building blocks follow
the block visibility rule. Writes call the services, which check permissions, validate
and audit, so that the API and the web UI obey the same rules."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from anker.accounts.permissions import visible_blocks_q
from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.lookups import block_ref, capability_refs, organisation_ref
from anker.api.pagination import page_body, paginate
from anker.portfolio import selectors, services
from anker.portfolio.evidence import evidence_check
from anker.portfolio.models import Initiative, InitiativeBlock, Kpi
from anker.portfolio.schemas import (
    EvidenceCheckOut,
    EvidenceCheckQuery,
    InitiativeCreate,
    InitiativeFilters,
    InitiativeOut,
    InitiativePage,
    InitiativeUpdate,
    KpiCreate,
    KpiFilters,
    KpiOut,
    KpiPage,
    KpiUpdate,
    MeasurementCreate,
    MeasurementFilters,
    MeasurementOut,
    MeasurementPage,
    SkillFilters,
    SkillPage,
    StageDecisionCreate,
    StageDecisionFilters,
    StageDecisionOut,
    StageDecisionPage,
    StageTransitionOut,
)
from anker.portfolio.stages import TRANSITIONS

TAGS = ["portfolio"]
initiatives_router = Router(tags=TAGS)
decisions_router = Router(tags=TAGS)
kpis_router = Router(tags=TAGS)
measurements_router = Router(tags=TAGS)
skills_router = Router(tags=TAGS)
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}


def _initiative_ref(slug: str, *, field: str) -> Initiative:
    try:
        return Initiative.objects.select_related("owner").get(slug=slug)
    except Initiative.DoesNotExist:
        raise ValidationError(
            {
                field: [
                    ValidationError(
                        _("There is no initiative %(slug)r.") % {"slug": slug}, code="unknown"
                    )
                ]
            }
        ) from None


def _citizen_service_refs(slugs: list[str]) -> list[Any]:
    from anker.citizenservices.models import CitizenService

    found = {s.slug: s for s in CitizenService.objects.filter(slug__in=slugs)}
    for slug in slugs:
        if slug not in found:
            message = _("There is no citizen service %(slug)r.") % {"slug": slug}
            raise ValidationError({"citizen_services": [ValidationError(message, code="unknown")]})
    return [found[slug] for slug in dict.fromkeys(slugs)]


def _for_reader(request: HttpRequest, initiatives: QuerySet[Initiative]) -> QuerySet[Initiative]:
    """Initiatives with everything the schema shows, blocks limited to the visible ones."""
    links = InitiativeBlock.objects.filter(visible_blocks_q(request.auth, prefix="block__"))
    return initiatives.select_related("owner").prefetch_related(
        "partners",
        "skills",
        "capabilities",
        "citizen_services",
        Prefetch("block_links", queryset=links.select_related("block"), to_attr="visible_links"),
    )


def _shown(request: HttpRequest, initiative: Initiative) -> Initiative:
    return _for_reader(request, Initiative.objects.filter(id=initiative.id)).get()


def _relations(request: HttpRequest, data: dict[str, Any]) -> dict[str, Any]:
    """Slugs in the request → the objects the services take."""
    if "owner" in data:
        data["owner"] = organisation_ref(data["owner"], field="owner")
    if "partners" in data:
        data["partners"] = [organisation_ref(s, field="partners") for s in data["partners"]]
    if "capabilities" in data:
        data["capabilities"] = capability_refs(data["capabilities"], field="capabilities")
    if "citizen_services" in data:
        data["citizen_services"] = _citizen_service_refs(data["citizen_services"])
    for role in ("produces", "uses"):
        if role in data:
            data[role] = [block_ref(request.auth, slug, field=role) for slug in data[role]]
    return data


@initiatives_router.get(
    "",
    response={200: InitiativePage, 404: Problem, 422: Problem},
    operation_id="listInitiatives",
    summary="List initiatives",
    **READ_OPTIONS,
)
def list_initiatives(request: HttpRequest, filters: Query[InitiativeFilters]) -> dict[str, Any]:
    """The portfolio, filtered by stage, organisation (owner or partner), capability
    (with the capabilities below it), skill, and stalled pilots."""
    initiatives = selectors.initiative_list(
        query=filters.q or "",
        stages=[str(stage) for stage in filters.stage],
        organisation=filters.organisation or "",
        capability=filters.capability or "",
        skill=filters.skill or "",
        citizen_service=filters.citizen_service or "",
        stalled=filters.stalled,
        ordering=filters.ordering,
    )
    return page_body(request, paginate(_for_reader(request, initiatives), filters))


@initiatives_router.get(
    "/{slug:slug}",
    response={200: InitiativeOut, 404: Problem},
    operation_id="getInitiative",
    summary="Read an initiative",
    **READ_OPTIONS,
)
def get_initiative(request: HttpRequest, slug: str) -> Initiative:
    """One initiative with its partners, goals, skills, capabilities and blocks."""
    return _for_reader(request, Initiative.objects.filter(slug=slug)).get()


@initiatives_router.post(
    "",
    response={201: InitiativeOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createInitiative",
    summary="Add an initiative",
)
def create_initiative(
    request: HttpRequest, payload: InitiativeCreate, response: HttpResponse
) -> Status:
    """For an organisation the caller edits for (coordinators: any). It may enter at any
    active stage; later moves are stage decisions."""
    data = _relations(request, payload.model_dump(exclude_unset=True))
    data["slug"] = data.get("slug") or ""
    initiative = services.initiative_create(actor=request.auth, via="api", **data)
    set_location(request, response, "get_initiative", slug=initiative.slug)
    return Status(201, _shown(request, initiative))


@initiatives_router.patch(
    "/{slug:slug}",
    response={200: InitiativeOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateInitiative",
    summary="Change an initiative",
)
def update_initiative(request: HttpRequest, slug: str, payload: InitiativeUpdate) -> Initiative:
    """Editors of the owner and coordinators. Only the fields sent change; lists replace."""
    initiative = Initiative.objects.select_related("owner").get(slug=slug)
    data = _relations(request, payload.model_dump(exclude_unset=True))
    services.initiative_update(actor=request.auth, initiative=initiative, via="api", **data)
    return _shown(request, initiative)


@initiatives_router.delete(
    "/{slug:slug}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteInitiative",
    summary="Delete an initiative",
)
def delete_initiative(request: HttpRequest, slug: str) -> Status:
    """The owner's org-admins and coordinators; the stage history goes with it. An
    initiative that ended is better stopped with a stage decision."""
    initiative = Initiative.objects.select_related("owner").get(slug=slug)
    services.initiative_delete(actor=request.auth, initiative=initiative, via="api")
    return Status(204, None)


@initiatives_router.get(
    "/{slug:slug}/evidence-check",
    response={200: EvidenceCheckOut, 404: Problem, 422: Problem},
    operation_id="checkInitiativeEvidence",
    summary="Check the evidence for a move",
    **READ_OPTIONS,
)
def check_evidence(
    request: HttpRequest, slug: str, filters: Query[EvidenceCheckQuery]
) -> dict[str, Any]:
    """What the stage gate would warn about if the initiative moved to scaling or
    anchored today with the evidence level given: reuse of what it produced and the
    movement of its KPIs."""
    initiative = Initiative.objects.select_related("owner").get(slug=slug)
    check = evidence_check(
        initiative,
        to_stage=filters.to_stage,
        evidence_level=filters.evidence_level,
        as_of=timezone.localdate(),
    )
    return {
        "to_stage": check.to_stage,
        "evidence_level": check.evidence_level,
        "facts": check.stored_facts(),
        "warnings": [{"code": w.code, "message": w.message} for w in check.warnings],
    }


# --- stage decisions ---------------------------------------------------------------------


@decisions_router.get(
    "",
    response={200: StageDecisionPage, 404: Problem, 422: Problem},
    operation_id="listStageDecisions",
    summary="List stage decisions",
    **READ_OPTIONS,
)
def list_decisions(request: HttpRequest, filters: Query[StageDecisionFilters]) -> dict[str, Any]:
    """The stage history of the portfolio: every gate decision, filtered."""
    decisions = selectors.decision_list()
    if filters.initiative:
        decisions = decisions.filter(initiative__slug=filters.initiative)
    if filters.decision:
        decisions = decisions.filter(decision__in=[str(d) for d in filters.decision])
    if filters.to_stage:
        decisions = decisions.filter(to_stage__in=[str(s) for s in filters.to_stage])
    if filters.decided_from:
        decisions = decisions.filter(decided_on__gte=filters.decided_from)
    if filters.decided_until:
        decisions = decisions.filter(decided_on__lte=filters.decided_until)
    if filters.ordering == "-decided_on":
        decisions = decisions.order_by("-decided_on", "-id")
    return page_body(request, paginate(decisions, filters))


@decisions_router.get(
    "/transitions",
    response={200: list[StageTransitionOut]},
    operation_id="listStageTransitions",
    summary="List the allowed stage transitions",
    **READ_OPTIONS,
)
def list_transitions(request: HttpRequest) -> list[dict[str, Any]]:
    """The stage gate's transition table: every (stage, decision) that is allowed, with
    the stages it may lead to. Anything not listed is refused."""
    return [
        {"from_stage": from_stage, "decision": decision, "to_stages": list(targets)}
        for (from_stage, decision), targets in TRANSITIONS.items()
    ]


@decisions_router.get(
    "/{uuid:uuid}",
    response={200: StageDecisionOut, 404: Problem},
    operation_id="getStageDecision",
    summary="Read a stage decision",
    **READ_OPTIONS,
)
def get_decision(request: HttpRequest, uuid: UUID) -> Any:
    """One gate decision with the warnings and facts it was taken with."""
    return selectors.decision_list().get(uuid=uuid)


@decisions_router.post(
    "",
    response={201: StageDecisionOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="recordStageDecision",
    summary="Record a stage decision",
)
def record_decision(
    request: HttpRequest, payload: StageDecisionCreate, response: HttpResponse
) -> Status:
    """Editors of the owner and coordinators. The transition table decides which moves
    are possible (422 otherwise). A move to scaling or anchored needs evidence; if the
    data contradict it, the answer is 422 with each warning under
    `acknowledge_warnings` until the request acknowledges them."""
    data = payload.model_dump(exclude_unset=True)
    initiative = _initiative_ref(data.pop("initiative"), field="initiative")
    decision = services.stage_decide(actor=request.auth, initiative=initiative, via="api", **data)
    set_location(request, response, "get_decision", uuid=decision.uuid)
    return Status(201, selectors.decision_list().get(id=decision.id))


# --- KPIs --------------------------------------------------------------------------------


@kpis_router.get(
    "",
    response={200: KpiPage, 404: Problem, 422: Problem},
    operation_id="listKpis",
    summary="List KPIs",
    **READ_OPTIONS,
)
def list_kpis(request: HttpRequest, filters: Query[KpiFilters]) -> dict[str, Any]:
    """KPIs with their measurements, by initiative."""
    kpis = selectors.kpi_list().order_by("initiative_id", "position", "id")
    if filters.initiative:
        kpis = kpis.filter(initiative__slug=filters.initiative)
    return page_body(request, paginate(kpis, filters))


@kpis_router.get(
    "/{uuid:uuid}",
    response={200: KpiOut, 404: Problem},
    operation_id="getKpi",
    summary="Read a KPI",
    **READ_OPTIONS,
)
def get_kpi(request: HttpRequest, uuid: UUID) -> Kpi:
    """One KPI with its measurements, oldest first."""
    return selectors.kpi_list().get(uuid=uuid)


@kpis_router.post(
    "",
    response={201: KpiOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="createKpi",
    summary="Add a KPI",
)
def create_kpi(request: HttpRequest, payload: KpiCreate, response: HttpResponse) -> Status:
    """Editors of the initiative's owner and coordinators."""
    data = payload.model_dump(exclude_unset=True)
    initiative = _initiative_ref(data.pop("initiative"), field="initiative")
    kpi = services.kpi_create(actor=request.auth, initiative=initiative, via="api", **data)
    set_location(request, response, "get_kpi", uuid=kpi.uuid)
    return Status(201, selectors.kpi_list().get(id=kpi.id))


@kpis_router.patch(
    "/{uuid:uuid}",
    response={200: KpiOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="updateKpi",
    summary="Change a KPI",
)
def update_kpi(request: HttpRequest, uuid: UUID, payload: KpiUpdate) -> Kpi:
    """Editors of the initiative's owner and coordinators."""
    kpi = selectors.kpi_list().get(uuid=uuid)
    services.kpi_update(
        actor=request.auth, kpi=kpi, via="api", **payload.model_dump(exclude_unset=True)
    )
    return selectors.kpi_list().get(id=kpi.id)


@kpis_router.delete(
    "/{uuid:uuid}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteKpi",
    summary="Delete a KPI",
)
def delete_kpi(request: HttpRequest, uuid: UUID) -> Status:
    """Editors of the initiative's owner and coordinators; its measurements go with it."""
    services.kpi_delete(actor=request.auth, kpi=selectors.kpi_list().get(uuid=uuid), via="api")
    return Status(204, None)


# --- measurements ------------------------------------------------------------------------


@measurements_router.get(
    "",
    response={200: MeasurementPage, 404: Problem, 422: Problem},
    operation_id="listKpiMeasurements",
    summary="List KPI measurements",
    **READ_OPTIONS,
)
def list_measurements(request: HttpRequest, filters: Query[MeasurementFilters]) -> dict[str, Any]:
    """Dated KPI values, oldest first."""
    measurements = selectors.measurement_list().order_by("measured_on", "id")
    if filters.kpi:
        measurements = measurements.filter(kpi__uuid=filters.kpi)
    if filters.initiative:
        measurements = measurements.filter(kpi__initiative__slug=filters.initiative)
    return page_body(request, paginate(measurements, filters))


@measurements_router.get(
    "/{uuid:uuid}",
    response={200: MeasurementOut, 404: Problem},
    operation_id="getKpiMeasurement",
    summary="Read a KPI measurement",
    **READ_OPTIONS,
)
def get_measurement(request: HttpRequest, uuid: UUID) -> Any:
    """One dated KPI value."""
    return selectors.measurement_list().get(uuid=uuid)


@measurements_router.post(
    "",
    response={201: MeasurementOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="recordKpiMeasurement",
    summary="Record a KPI measurement",
)
def record_measurement(
    request: HttpRequest, payload: MeasurementCreate, response: HttpResponse
) -> Status:
    """Editors of the owner or of a partner organisation, and coordinators; one value
    per KPI and date."""
    data = payload.model_dump()
    try:
        kpi = Kpi.objects.select_related("initiative").get(uuid=data.pop("kpi"))
    except Kpi.DoesNotExist:
        raise ValidationError(
            {"kpi": [ValidationError(_("There is no such KPI."), code="unknown")]}
        ) from None
    measurement = services.measurement_record(actor=request.auth, kpi=kpi, via="api", **data)
    set_location(request, response, "get_measurement", uuid=measurement.uuid)
    return Status(201, selectors.measurement_list().get(id=measurement.id))


@measurements_router.delete(
    "/{uuid:uuid}",
    response={204: None, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="deleteKpiMeasurement",
    summary="Delete a KPI measurement",
)
def delete_measurement(request: HttpRequest, uuid: UUID) -> Status:
    """Editors of the owner and coordinators; a partner's editor what they recorded."""
    measurement = selectors.measurement_list().get(uuid=uuid)
    services.measurement_delete(actor=request.auth, measurement=measurement, via="api")
    return Status(204, None)


# --- skills ------------------------------------------------------------------------------


@skills_router.get(
    "",
    response={200: SkillPage, 404: Problem, 422: Problem},
    operation_id="listSkills",
    summary="List skills",
    **READ_OPTIONS,
)
def list_skills(request: HttpRequest, filters: Query[SkillFilters]) -> dict[str, Any]:
    """Skills initiatives need, the most needed first."""
    skills = selectors.skill_list()
    if filters.q:
        skills = skills.filter(name__icontains=filters.q)
    return page_body(request, paginate(skills, filters))
