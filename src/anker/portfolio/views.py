"""Pages of the portfolio: the board by stage, an initiative with its timeline and KPI
charts, the stage gate, and the forms for initiatives, KPIs and measurements. Views
parse input, call a service or a selector, and render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anker.accounts import permissions
from anker.accounts.audit import history_of
from anker.catalogue.forms import owner_choices
from anker.catalogue.selectors import visible_blocks
from anker.core.forms import add_service_errors, is_htmx
from anker.portfolio import selectors, services
from anker.portfolio.charts import kpi_chart
from anker.portfolio.evidence import kpi_trends, reuse_facts, trend_label
from anker.portfolio.forms import DecisionForm, InitiativeForm, KpiForm, MeasurementForm
from anker.portfolio.models import Initiative, Kpi, KpiMeasurement
from anker.portfolio.stages import EvidenceLevel, Stage, is_evidence_gated, moves_from


def _initiative_or_404(slug: str) -> Initiative:
    try:
        return selectors.initiative_by_slug(slug)
    except Initiative.DoesNotExist as missing:
        raise Http404(_("No such initiative.")) from missing


def _filters(request: HttpRequest) -> dict[str, Any]:
    return {
        "query": request.GET.get("q", "")[:200],
        "organisation": request.GET.get("organisation", "")[:120],
        "capability": request.GET.get("capability", "")[:120],
        "stalled": request.GET.get("stalled") == "1",
    }


def board(request: HttpRequest) -> HttpResponse:
    """The board by stage; with ``?stage=`` one stage as a paged table."""
    filters = _filters(request)
    stage = request.GET.get("stage", "")
    filtered = selectors.initiative_list(stages=[stage] if stage in Stage.values else (), **filters)
    query = request.GET.copy()
    query.pop("page", None)
    without_stage = query.copy()
    without_stage.pop("stage", None)
    context = {
        "filters": filters,
        "stage": Stage(stage) if stage in Stage.values else None,
        "stages": Stage.choices,
        "organisations": selectors.filter_organisations(),
        "capabilities": selectors.filter_capabilities(),
        "querystring": query.urlencode(),
        "board_querystring": without_stage.urlencode(),
        "can_create": permissions.is_coordinator(request.user)
        or bool(permissions.editable_organisation_ids(request.user)),
    }
    if context["stage"]:
        context["page"] = Paginator(filtered.order_by("stage_since", "id"), 50).get_page(
            request.GET.get("page", 1)
        )
    else:
        context["columns"] = selectors.board(filtered=filtered)
    template = (
        "portfolio/partials/board_body.html" if is_htmx(request) else "portfolio/pages/board.html"
    )
    return render(request, template, context)


def _kpi_panels(kpis: list[Kpi]) -> list[dict[str, Any]]:
    panels = []
    for kpi in kpis:
        measurements = list(kpi.measurements.all())
        panels.append(
            {
                "kpi": kpi,
                "measurements": measurements,
                "chart": kpi_chart(
                    [(m.measured_on, m.value) for m in measurements],
                    target=kpi.target,
                    baseline=kpi.baseline,
                ),
            }
        )
    return panels


def initiative_detail(request: HttpRequest, slug: str) -> HttpResponse:
    initiative = _initiative_or_404(slug)
    can_edit = permissions.can_edit_initiative(request.user, initiative)
    return render(
        request,
        "portfolio/pages/initiative.html",
        {
            "initiative": initiative,
            "blocks": selectors.initiative_blocks(user=request.user, initiative=initiative),
            "kpis": _kpi_panels(list(selectors.kpi_list(initiative=initiative))),
            "timeline": selectors.timeline(initiative),
            "history": history_of(initiative.uuid, limit=20),
            "can_edit": can_edit,
            "can_decide": permissions.can_decide_stage(request.user, initiative)
            and bool(moves_from(initiative.stage)),
            "can_delete": permissions.can_delete_initiative(request.user, initiative),
            "can_measure": permissions.can_record_measurement(request.user, initiative),
        },
    )


def _owners(request: HttpRequest) -> Any:
    if permissions.is_coordinator(request.user):
        return owner_choices(None)
    return owner_choices(permissions.editable_organisation_ids(request.user))


def _save_initiative(request: HttpRequest, form: InitiativeForm, initiative: Initiative | None):
    """Call the service with the form's data; None (and errors on the form) if refused."""
    try:
        if initiative is None:
            return services.initiative_create(actor=request.user, **form.service_arguments())
        return services.initiative_update(
            actor=request.user, initiative=initiative, **form.service_arguments()
        )
    except ValidationError as error:
        add_service_errors(form, error)
        return None


@login_required
def initiative_create(request: HttpRequest) -> HttpResponse:
    owners = _owners(request)
    if not owners.exists():
        raise PermissionDenied(_("You are not an editor of any organisation."))
    form = InitiativeForm(
        request.POST or None,
        owners=owners,
        visible_blocks=visible_blocks(request.user),
        initial={"owner": request.GET.get("owner")},
    )
    if request.method == "POST" and form.is_valid():
        if initiative := _save_initiative(request, form, None):
            messages.success(request, _("The initiative was added."))
            return redirect(initiative)
    return render(request, "portfolio/pages/initiative_form.html", {"form": form})


@login_required
def initiative_edit(request: HttpRequest, slug: str) -> HttpResponse:
    initiative = _initiative_or_404(slug)
    permissions.require(permissions.can_edit_initiative(request.user, initiative))
    form = InitiativeForm(
        request.POST or None,
        instance=Initiative.objects.get(pk=initiative.pk),
        owners=_owners(request),
        visible_blocks=visible_blocks(request.user),
    )
    if request.method == "POST" and form.is_valid():
        if _save_initiative(request, form, initiative):
            messages.success(request, _("Your changes were saved."))
            return redirect(initiative)
    return render(
        request, "portfolio/pages/initiative_form.html", {"form": form, "initiative": initiative}
    )


@login_required
def initiative_delete(request: HttpRequest, slug: str) -> HttpResponse:
    initiative = _initiative_or_404(slug)
    permissions.require(
        permissions.can_delete_initiative(request.user, initiative),
        _("Only the owner's administrators and coordinators delete initiatives; stop it instead."),
    )
    if request.method == "POST":
        services.initiative_delete(actor=request.user, initiative=initiative)
        messages.success(request, _("The initiative was deleted."))
        return redirect("portfolio:board")
    return render(request, "portfolio/pages/initiative_delete.html", {"initiative": initiative})


def _gate_facts(initiative: Initiative, moves: list[tuple[str, str]]) -> dict[str, Any] | None:
    """What the evidence check will look at, shown before a move to scaling or anchored."""
    if not any(is_evidence_gated(decision, stage) for decision, stage in moves):
        return None
    today = timezone.localdate()
    trends = kpi_trends(initiative, today)
    return {
        "reuse": reuse_facts(initiative, today),
        "kpis": [(trend, trend_label(trend.trend)) for trend in trends],
    }


@login_required
def decide(request: HttpRequest, slug: str) -> HttpResponse:
    """The stage gate: choose a move the transition table allows, with evidence."""
    initiative = _initiative_or_404(slug)
    permissions.require(
        permissions.can_decide_stage(request.user, initiative),
        _("Only editors of the owner organisation and coordinators record stage decisions."),
    )
    moves = moves_from(initiative.stage)
    form = DecisionForm(request.POST or None, moves=moves) if moves else None
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            decision = services.stage_decide(
                actor=request.user, initiative=initiative, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("The decision was recorded: %(name)s is now at %(stage)s.")
                % {"name": initiative.name, "stage": decision.get_to_stage_display()},
            )
            return redirect(initiative)
    return render(
        request,
        "portfolio/pages/decision_form.html",
        {
            "initiative": initiative,
            "form": form,
            "facts": _gate_facts(initiative, moves),
            "levels": EvidenceLevel.choices,
        },
    )


def _kpi_for_editor(request: HttpRequest, uuid: str) -> Kpi:
    kpi = get_object_or_404(Kpi.objects.select_related("initiative__owner"), uuid=uuid)
    permissions.require(permissions.can_edit_initiative(request.user, kpi.initiative))
    return kpi


@login_required
def kpi_create(request: HttpRequest, slug: str) -> HttpResponse:
    initiative = _initiative_or_404(slug)
    permissions.require(permissions.can_edit_initiative(request.user, initiative))
    form = KpiForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.kpi_create(
                actor=request.user, initiative=initiative, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The KPI was added."))
            return redirect(initiative)
    return render(
        request, "portfolio/pages/kpi_form.html", {"form": form, "initiative": initiative}
    )


@login_required
def kpi_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    kpi = _kpi_for_editor(request, uuid)
    form = KpiForm(request.POST or None, instance=Kpi.objects.get(pk=kpi.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.kpi_update(actor=request.user, kpi=kpi, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your changes were saved."))
            return redirect(kpi.initiative)
    return render(
        request,
        "portfolio/pages/kpi_form.html",
        {"form": form, "initiative": kpi.initiative, "kpi": kpi},
    )


@login_required
@require_POST
def kpi_delete(request: HttpRequest, uuid: str) -> HttpResponse:
    kpi = _kpi_for_editor(request, uuid)
    services.kpi_delete(actor=request.user, kpi=kpi)
    messages.success(request, _("The KPI and its measurements were removed."))
    return redirect(kpi.initiative)


@login_required
def measurement_add(request: HttpRequest, uuid: str) -> HttpResponse:
    kpi = get_object_or_404(Kpi.objects.select_related("initiative__owner"), uuid=uuid)
    permissions.require(
        permissions.can_record_measurement(request.user, kpi.initiative),
        _("Only editors of the owner or of a partner organisation record measurements."),
    )
    form = MeasurementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.measurement_record(actor=request.user, kpi=kpi, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The measurement was recorded."))
            return redirect(kpi.initiative)
    return render(
        request,
        "portfolio/pages/measurement_form.html",
        {"form": form, "kpi": kpi, "initiative": kpi.initiative},
    )


@login_required
@require_POST
def measurement_delete(request: HttpRequest, uuid: str) -> HttpResponse:
    measurement = get_object_or_404(
        KpiMeasurement.objects.select_related("kpi__initiative"), uuid=uuid
    )
    services.measurement_delete(actor=request.user, measurement=measurement)
    messages.success(request, _("The measurement was removed."))
    return redirect(measurement.kpi.initiative)
