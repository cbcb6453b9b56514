"""Pages to declare, change, confirm and remove a reuse; and the exchange pages: ask for
access, the request with its workflow steps, our requests, and what waits for us."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from anker.accounts import permissions
from anker.accounts.audit import history_of
from anker.catalogue.models import BuildingBlock
from anker.catalogue.selectors import block_for_reader
from anker.core.forms import add_service_errors
from anker.organisations.models import Organisation
from anker.reuse import selectors, services
from anker.reuse.forms import ExchangeRequestForm, ExchangeStepForm, ReuseForm
from anker.reuse.models import ExchangeAction, ExchangeRequest, ExchangeStatus, Reuse


def _declarable_organisations(user, block: BuildingBlock):
    """As the provider (or coordinator) any organisation; as a reuser one's own."""
    organisations = Organisation.objects.filter(merged_into__isnull=True).exclude(id=block.owner_id)
    if permissions.can_edit_block(user, block):
        return organisations.order_by("name")
    return organisations.filter(id__in=permissions.editable_organisation_ids(user)).order_by("name")


@login_required
def declare(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        block = block_for_reader(user=request.user, slug=slug)
    except BuildingBlock.DoesNotExist as missing:
        raise Http404 from missing
    organisations = _declarable_organisations(request.user, block)
    if not organisations.exists():
        raise PermissionDenied(_("You edit for no organisation that could reuse this block."))
    form = ReuseForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            services.reuse_declare(
                actor=request.user,
                block=block,
                organisation=form.cleaned_data["organisation"],
                **form.service_fields(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The reuse was recorded."))
            return redirect(block)
    return render(
        request,
        "reuse/pages/reuse_form.html",
        {"form": form, "building_block": block, "reuse": None},
    )


def _reuse_for_editor(request: HttpRequest, uuid: str) -> Reuse:
    reuse = get_object_or_404(
        Reuse.objects.select_related("block__owner", "organisation"), uuid=uuid
    )
    if not permissions.can_view_block(request.user, reuse.block):
        raise Http404
    permissions.require(permissions.can_edit_reuse(request.user, reuse))
    return reuse


@login_required
def edit(request: HttpRequest, uuid: str) -> HttpResponse:
    reuse = _reuse_for_editor(request, uuid)
    form = ReuseForm(request.POST or None, instance=Reuse.objects.get(pk=reuse.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.reuse_update(actor=request.user, reuse=reuse, **form.service_fields())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The reuse was updated."))
            return redirect(reuse.block)
    can_confirm = not reuse.is_confirmed and permissions.can_edit_for_organisation(
        request.user, reuse.organisation_id
    )
    return render(
        request,
        "reuse/pages/reuse_form.html",
        {"form": form, "building_block": reuse.block, "reuse": reuse, "can_confirm": can_confirm},
    )


@login_required
@require_POST
def confirm(request: HttpRequest, uuid: str) -> HttpResponse:
    reuse = _reuse_for_editor(request, uuid)
    services.reuse_confirm(actor=request.user, reuse=reuse)
    messages.success(request, _("You confirmed the reuse."))
    return redirect(reuse.block)


@login_required
@require_POST
def delete(request: HttpRequest, uuid: str) -> HttpResponse:
    reuse = _reuse_for_editor(request, uuid)
    services.reuse_delete(actor=request.user, reuse=reuse)
    messages.success(request, _("The reuse record was removed."))
    return redirect(reuse.block)


# --- exchange requests ----------------------------------------------------------------------

EXCHANGE_PAGE_SIZE = 50


def _requesting_organisations(user, block: BuildingBlock):
    """Organisations the user may ask on behalf of (a coordinator: any), never the owner."""
    organisations = Organisation.objects.filter(merged_into__isnull=True).exclude(id=block.owner_id)
    if not permissions.is_coordinator(user):
        organisations = organisations.filter(id__in=permissions.editable_organisation_ids(user))
    return organisations.order_by("name")


@login_required
def exchange_create(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        block = block_for_reader(user=request.user, slug=slug)
    except BuildingBlock.DoesNotExist as missing:
        raise Http404 from missing
    organisations = _requesting_organisations(request.user, block)
    if not organisations.exists():
        raise PermissionDenied(_("You edit for no organisation that could ask for this block."))
    form = ExchangeRequestForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            exchange = services.exchange_request_create(
                actor=request.user,
                block=block,
                requester=form.cleaned_data["requester"],
                **form.service_fields(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, _("Your request was sent to %(owner)s.") % {"owner": block.owner.name}
            )
            return redirect(exchange)
    return render(
        request,
        "reuse/pages/exchange_form.html",
        {"form": form, "building_block": block, "exchange": None},
    )


def _exchange_or_404(request: HttpRequest, uuid: str) -> ExchangeRequest:
    try:
        return selectors.exchange_request_for_reader(user=request.user, uuid=uuid)
    except ExchangeRequest.DoesNotExist as missing:
        raise Http404 from missing


def _detail(
    request: HttpRequest, exchange: ExchangeRequest, failed: ExchangeStepForm | None = None
) -> HttpResponse:
    """The request page; ``failed`` is a step whose errors are shown on its form or, when
    that step is no longer on offer (someone else was quicker), above the steps."""
    steps = [
        failed if failed and failed.action == step.action else ExchangeStepForm(action=step.action)
        for step in selectors.exchange_steps(user=request.user, exchange=exchange)
    ]
    shown = failed is not None and failed in steps
    return render(
        request,
        "reuse/pages/exchange_detail.html",
        {
            "exchange": exchange,
            "block_visible": permissions.can_view_block(request.user, exchange.block),
            "steps": steps,
            "step_errors": [] if failed is None or shown else _messages(failed),
            "can_change": exchange.status == ExchangeStatus.REQUESTED
            and permissions.can_act_for_requester(request.user, exchange),
            "history": history_of(exchange.uuid, limit=20),
        },
    )


def _messages(form: ExchangeStepForm) -> list[str]:
    return [message for errors in form.errors.values() for message in errors]


@login_required
def exchange_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    return _detail(request, _exchange_or_404(request, uuid))


STEP_DONE = {
    ExchangeAction.APPROVE: gettext_lazy("You approved the request; the reuse is recorded."),
    ExchangeAction.REJECT: gettext_lazy("You rejected the request."),
    ExchangeAction.WITHDRAW: gettext_lazy("You withdrew the request."),
    ExchangeAction.ACTIVATE: gettext_lazy(
        "The exchange is active: the reuse is confirmed as in use."
    ),
    ExchangeAction.END: gettext_lazy("The exchange ended; the reuse is recorded as stopped."),
}


@login_required
@require_POST
def exchange_step(request: HttpRequest, uuid: str, action: str) -> HttpResponse:
    """One workflow step. A missing reason shows the page again with the error."""
    if action not in services.EXCHANGE_STEPS:
        raise Http404
    exchange = _exchange_or_404(request, uuid)
    form = ExchangeStepForm(request.POST, action=action)
    if form.is_valid():
        try:
            services.EXCHANGE_STEPS[action](
                actor=request.user, exchange=exchange, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, str(STEP_DONE[action]))
            return redirect(exchange)
    return _detail(request, _exchange_or_404(request, uuid), failed=form)


@login_required
def exchange_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    exchange = _exchange_or_404(request, uuid)
    permissions.require(
        permissions.can_act_for_requester(request.user, exchange),
        _("Only the requesting organisation changes its request."),
    )
    form = ExchangeRequestForm(
        request.POST or None, instance=ExchangeRequest.objects.get(pk=exchange.pk)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.exchange_request_update(
                actor=request.user, exchange=exchange, **form.service_fields()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your changes were saved."))
            return redirect(exchange)
    return render(
        request,
        "reuse/pages/exchange_form.html",
        {"form": form, "building_block": exchange.block, "exchange": exchange},
    )


@login_required
def exchange_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    direction = request.GET.get("direction", "")
    requests = selectors.exchange_request_list(
        user=request.user,
        statuses=[status] if status in ExchangeStatus.values else None,
        direction=direction if direction in selectors.EXCHANGE_DIRECTIONS else "",
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "reuse/pages/exchange_list.html",
        {
            "page": Paginator(requests, EXCHANGE_PAGE_SIZE).get_page(request.GET.get("page", 1)),
            "statuses": ExchangeStatus.choices,
            "status": status,
            "direction": direction,
            "querystring": query.urlencode(),
        },
    )


@login_required
def exchange_waiting(request: HttpRequest) -> HttpResponse:
    """Requests waiting for us, oldest first, with their age."""
    waiting = selectors.exchange_waiting(user=request.user)
    return render(
        request,
        "reuse/pages/exchange_waiting.html",
        {
            "to_decide": Paginator(waiting.to_decide, EXCHANGE_PAGE_SIZE).get_page(
                request.GET.get("decide", 1)
            ),
            "to_start": Paginator(waiting.to_start, EXCHANGE_PAGE_SIZE).get_page(
                request.GET.get("start", 1)
            ),
            "is_coordinator": permissions.is_coordinator(request.user),
        },
    )
