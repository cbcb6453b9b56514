"""Pages of citizen services: the list (with life events and a channel matrix), a
service with its channels, blocks and organisations, and the edit pages of a service,
its channels and its monthly figures."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anker.accounts import permissions
from anker.accounts.audit import history_of
from anker.citizenservices import selectors, services
from anker.citizenservices.forms import ChannelForm, CitizenServiceForm, FiguresForm
from anker.citizenservices.models import (
    ChannelFigures,
    ChannelKind,
    CitizenService,
    ServiceChannel,
    ServiceType,
)
from anker.citizenservices.views.common import save_form
from anker.core.forms import is_htmx

PAGE_SIZE = 50


def _service_or_404(slug: str) -> CitizenService:
    try:
        return selectors.service_by_slug(slug)
    except CitizenService.DoesNotExist as missing:
        raise Http404(_("No such citizen service.")) from missing


def _digital_only(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def service_list(request: HttpRequest) -> HttpResponse:
    """Every service with its channel matrix, filterable; the life events above it."""
    filters = {
        name: request.GET.get(name, "")[:120]
        for name in ("q", "life_event", "organisation", "service_type", "channel", "digital_only")
    }
    services_found = selectors.service_list(
        query=filters["q"],
        life_event=filters["life_event"],
        organisation=filters["organisation"],
        service_type=filters["service_type"],
        channel=filters["channel"],
        digital_only=_digital_only(filters["digital_only"]),
    )
    page = Paginator(selectors.with_list_data(services_found), PAGE_SIZE).get_page(
        request.GET.get("page", 1)
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "rows": selectors.channel_matrix(list(page.object_list)),
        "columns": selectors.channel_columns(),
        "filters": filters,
        "querystring": query.urlencode(),
    }
    if is_htmx(request):
        return render(request, "citizenservices/partials/service_results.html", context)
    context.update(
        {
            "life_events": list(selectors.life_event_list()),
            "service_types": ServiceType.objects.order_by("name", "id"),
            "organisations": selectors.organisations_with_services(),
            "can_create": bool(permissions.editable_organisation_ids(request.user))
            or permissions.is_coordinator(request.user),
        }
    )
    return render(request, "citizenservices/pages/service_list.html", context)


def service_detail(request: HttpRequest, slug: str) -> HttpResponse:
    service = _service_or_404(slug)
    row = selectors.channel_matrix([service])[0]
    blocks = selectors.service_blocks(user=request.user, service=service)
    context = {
        "service": service,
        "row": row,
        "figures": selectors.service_figures(service, today=timezone.localdate()),
        "blocks": list(blocks),
        "hidden_blocks": service.blocks.count() - len(blocks),
        "history": history_of(service.uuid, limit=30),
        "can_edit": permissions.can_edit_citizen_service(request.user, service),
        "can_delete": permissions.can_delete_citizen_service(request.user, service),
        "missing_kinds": any(cell.channel is None for cell in row.cells),
    }
    return render(request, "citizenservices/pages/service.html", context)


def _require_some_organisation(request: HttpRequest) -> None:
    if not (
        permissions.is_coordinator(request.user)
        or permissions.editable_organisation_ids(request.user)
    ):
        raise PermissionDenied(_("You are not an editor of any organisation."))


@login_required
def service_create(request: HttpRequest) -> HttpResponse:
    _require_some_organisation(request)
    form = CitizenServiceForm(request.POST or None, user=request.user)
    return save_form(
        request,
        form,
        save=lambda: services.service_create(actor=request.user, **form.service_arguments()),
        done=_("The citizen service was added."),
        template="citizenservices/pages/service_form.html",
        context={"service": None},
    )


@login_required
def service_edit(request: HttpRequest, slug: str) -> HttpResponse:
    service = _service_or_404(slug)
    permissions.require(permissions.can_edit_citizen_service(request.user, service))
    form = CitizenServiceForm(
        request.POST or None,
        instance=CitizenService.objects.get(pk=service.pk),
        user=request.user,
    )
    return save_form(
        request,
        form,
        save=lambda: services.service_update(
            actor=request.user, service=service, **form.service_arguments()
        ),
        done=_("Your changes were saved."),
        template="citizenservices/pages/service_form.html",
        context={"service": service},
    )


@login_required
def service_delete(request: HttpRequest, slug: str) -> HttpResponse:
    service = _service_or_404(slug)
    permissions.require(
        permissions.can_delete_citizen_service(request.user, service),
        _("Only someone who edits for every responsible organisation deletes a service."),
    )
    if request.method == "POST":
        services.service_delete(actor=request.user, service=service)
        messages.success(request, _("The citizen service was deleted."))
        return redirect("citizenservices:list")
    return render(request, "citizenservices/pages/service_delete.html", {"service": service})


def _channel_or_404(service: CitizenService, uuid: str) -> ServiceChannel:
    return get_object_or_404(
        ServiceChannel.objects.select_related("service"), uuid=uuid, service=service
    )


@login_required
def channel_add(request: HttpRequest, slug: str) -> HttpResponse:
    service = _service_or_404(slug)
    permissions.require(permissions.can_edit_citizen_service(request.user, service))
    taken = {channel.kind for channel in service.channels.all()}
    if taken >= set(ChannelKind.values):
        messages.info(request, _("The service already has every channel."))
        return redirect(service)
    form = ChannelForm(request.POST or None, taken=taken)
    return save_form(
        request,
        form,
        save=lambda: services.channel_add(
            actor=request.user, service=service, **form.service_arguments()
        ),
        done=_("The channel was added."),
        template="citizenservices/pages/channel_form.html",
        context={"service": service, "channel": None},
        next_url=lambda channel: service.get_absolute_url(),
    )


@login_required
def channel_edit(request: HttpRequest, slug: str, uuid: str) -> HttpResponse:
    service = _service_or_404(slug)
    channel = _channel_or_404(service, uuid)
    permissions.require(permissions.can_edit_citizen_service(request.user, service))
    form = ChannelForm(request.POST or None, instance=ServiceChannel.objects.get(pk=channel.pk))
    return save_form(
        request,
        form,
        save=lambda: services.channel_update(
            actor=request.user, channel=channel, **form.service_arguments()
        ),
        done=_("Your changes were saved."),
        template="citizenservices/pages/channel_form.html",
        context={"service": service, "channel": channel},
        next_url=lambda saved: service.get_absolute_url(),
    )


@login_required
def channel_delete(request: HttpRequest, slug: str, uuid: str) -> HttpResponse:
    service = _service_or_404(slug)
    channel = _channel_or_404(service, uuid)
    permissions.require(permissions.can_edit_citizen_service(request.user, service))
    if request.method == "POST":
        services.channel_remove(actor=request.user, channel=channel)
        messages.success(request, _("The channel was removed."))
        return redirect(service)
    return render(
        request,
        "citizenservices/pages/channel_delete.html",
        {"service": service, "channel": channel},
    )


@login_required
def figures_record(request: HttpRequest, slug: str, uuid: str) -> HttpResponse:
    """Record a month's figures of a channel (replacing the month's figures, if any)."""
    service = _service_or_404(slug)
    channel = _channel_or_404(service, uuid)
    permissions.require(permissions.can_edit_citizen_service(request.user, service))
    form = FiguresForm(request.POST or None)
    recent = ChannelFigures.objects.filter(channel=channel).order_by("-month", "-id")[:24]
    return save_form(
        request,
        form,
        save=lambda: services.figures_record(
            actor=request.user, channel=channel, **form.cleaned_data
        ),
        done=_("The figures were recorded."),
        template="citizenservices/pages/figures_form.html",
        context={"service": service, "channel": channel, "recent": list(recent)},
        next_url=lambda saved: service.get_absolute_url(),
    )


@login_required
@require_POST
def figures_delete(request: HttpRequest, slug: str, uuid: str, figures: str) -> HttpResponse:
    service = _service_or_404(slug)
    channel = _channel_or_404(service, uuid)
    record = get_object_or_404(
        ChannelFigures.objects.select_related("channel__service"), uuid=figures, channel=channel
    )
    services.figures_delete(actor=request.user, figures=record)
    messages.success(request, _("The figures were removed."))
    return redirect("citizenservices:figures", slug=service.slug, uuid=channel.uuid)
