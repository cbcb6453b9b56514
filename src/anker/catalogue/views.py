"""Web pages of the catalogue: search with facets, block detail, block editing,
dependencies. Views parse input, call a service or selector and render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from anker.accounts import permissions
from anker.accounts.audit import history_of
from anker.catalogue import selectors, services
from anker.catalogue.forms import (
    BlockForm,
    ComplianceForm,
    DependencyForm,
    EvidenceForm,
    owner_choices,
)
from anker.catalogue.models import BuildingBlock, Dependency, SecurityEvidence, StandardCompliance
from anker.core.forms import add_service_errors, is_htmx

FACET_TITLES = {
    "kind": _lazy("Kind"),
    "lifecycle": _lazy("Lifecycle"),
    "openness": _lazy("Openness"),
    "owner": _lazy("Owner"),
    "capability": _lazy("Capability"),
    "licence": _lazy("Licence"),
    "country": _lazy("Country"),
}


def _block_or_404(request: HttpRequest, slug: str) -> BuildingBlock:
    try:
        return selectors.block_for_reader(user=request.user, slug=slug)
    except BuildingBlock.DoesNotExist as missing:
        raise Http404(_("No such building block.")) from missing


def search(request: HttpRequest) -> HttpResponse:
    filters = {name: request.GET.getlist(name) for name in selectors.FACETS}
    result = selectors.block_search(
        user=request.user,
        query=request.GET.get("q", "")[:200],
        filters=filters,
        ordering=request.GET.get("sort", ""),
        page=request.GET.get("page", 1),
    )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {
        "result": result,
        "rows": [(block, selectors.description_for(block)) for block in result.page.object_list],
        "querystring": query_without_page.urlencode(),
        "active_filters": sum(len(v) for v in filters.values()),
        "facet_titles": FACET_TITLES,
    }
    template = (
        "catalogue/partials/search_body.html" if is_htmx(request) else "catalogue/pages/search.html"
    )
    return render(request, template, context)


def suggest(request: HttpRequest) -> HttpResponse:
    """Options for a name/slug field: the first matches as <option>s (htmx enhancement)."""
    result = selectors.block_search(
        user=request.user,
        query=request.GET.get("dependency", "")[:100],
        page_size=10,
        with_facets=False,
    )
    return render(
        request, "catalogue/partials/suggestions.html", {"blocks": result.page.object_list}
    )


def block_detail(request: HttpRequest, slug: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    relations = selectors.block_relations(
        user=request.user,
        block=block,
        reuse_page=request.GET.get("reusers", 1),
        dependents_page=request.GET.get("needed", 1),
    )
    context = {
        "building_block": block,
        "relations": relations,
        "description": selectors.description_for(block),
        "design": selectors.api_design_scores(block=block),
        "usage": selectors.block_usage(block=block),
        "history": history_of(block.uuid),
        "stale": selectors.is_stale(block),
        "can_edit": permissions.can_edit_block(request.user, block),
        "can_reuse": bool(permissions.editable_organisation_ids(request.user) - {block.owner_id})
        or permissions.is_coordinator(request.user),
    }
    return render(request, "catalogue/pages/block.html", context)


def _owners_for(request: HttpRequest):
    if permissions.is_coordinator(request.user):
        return owner_choices(None)
    return owner_choices(permissions.editable_organisation_ids(request.user))


@login_required
def block_create(request: HttpRequest) -> HttpResponse:
    owners = _owners_for(request)
    if not owners.exists():
        raise PermissionDenied(_("You are not an editor of any organisation."))
    form = BlockForm(
        request.POST or None, owners=owners, initial={"owner": request.GET.get("owner")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            block = services.block_create(actor=request.user, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The building block was added."))
            return redirect(block)
    return render(
        request, "catalogue/pages/block_form.html", {"form": form, "building_block": None}
    )


@login_required
def block_edit(request: HttpRequest, slug: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    permissions.require(permissions.can_edit_block(request.user, block))
    # The form works on its own copy, so the service sees the block as it was.
    form = BlockForm(
        request.POST or None,
        instance=BuildingBlock.objects.get(pk=block.pk),
        owners=_owners_for(request),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.block_update(actor=request.user, block=block, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your changes were saved."))
            return redirect(block)
    return render(
        request, "catalogue/pages/block_form.html", {"form": form, "building_block": block}
    )


@login_required
def block_delete(request: HttpRequest, slug: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    permissions.require(permissions.can_edit_block(request.user, block))
    if request.method == "POST":
        services.block_delete(actor=request.user, block=block)
        messages.success(request, _("The building block was deleted."))
        return redirect("catalogue:search")
    return render(request, "catalogue/pages/block_delete.html", {"building_block": block})


@login_required
@require_POST
def block_verify(request: HttpRequest, slug: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    services.block_verify(actor=request.user, block=block)
    messages.success(request, _("Marked as verified today."))
    return redirect(block)


@login_required
def dependency_add(request: HttpRequest, slug: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    permissions.require(permissions.can_edit_block(request.user, block))
    form = DependencyForm(request.POST or None, visible=selectors.visible_blocks(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.dependency_add(
                actor=request.user,
                dependent=block,
                dependency=form.cleaned_data["dependency"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The dependency was added."))
            return redirect(block)
    return render(
        request, "catalogue/pages/dependency_form.html", {"form": form, "building_block": block}
    )


@login_required
@require_POST
def dependency_remove(request: HttpRequest, slug: str, uuid: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    edge = get_object_or_404(
        Dependency.objects.select_related("dependent", "dependency"), uuid=uuid, dependent=block
    )
    services.dependency_remove(actor=request.user, dependency=edge)
    messages.success(request, _("The dependency was removed."))
    return redirect(block)


@login_required
def compliance_add(request: HttpRequest, slug: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    permissions.require(permissions.can_edit_block(request.user, block))
    standards = selectors.visible_blocks(request.user).filter(kind="standard").exclude(pk=block.pk)
    form = ComplianceForm(request.POST or None, standards=standards)
    if request.method == "POST" and form.is_valid():
        try:
            services.compliance_set(actor=request.user, block=block, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The standard was recorded."))
            return redirect(block)
    context = {"form": form, "building_block": block, "standards": standards.order_by("name")[:200]}
    return render(request, "catalogue/pages/compliance_form.html", context)


@login_required
@require_POST
def compliance_remove(request: HttpRequest, slug: str, uuid: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    record = get_object_or_404(StandardCompliance, uuid=uuid, block=block)
    services.compliance_remove(actor=request.user, record=record)
    messages.success(request, _("The standard was removed."))
    return redirect(block)


@login_required
def evidence_add(request: HttpRequest, slug: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    permissions.require(permissions.can_edit_block(request.user, block))
    form = EvidenceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.evidence_add(actor=request.user, block=block, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The evidence was added."))
            return redirect(block)
    return render(
        request, "catalogue/pages/evidence_form.html", {"form": form, "building_block": block}
    )


@login_required
@require_POST
def evidence_remove(request: HttpRequest, slug: str, uuid: str) -> HttpResponse:
    block = _block_or_404(request, slug)
    evidence = get_object_or_404(SecurityEvidence, uuid=uuid, block=block)
    services.evidence_remove(actor=request.user, evidence=evidence)
    messages.success(request, _("The evidence was removed."))
    return redirect(block)
