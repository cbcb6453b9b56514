"""Pages of life events (every service a citizen meets in one, and the channels each
offers) and of service types (the services of one type compared across organisations),
with the coordinator's pages to keep both lists."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.citizenservices import selectors, services
from anker.citizenservices.forms import LifeEventForm, ServiceTypeForm
from anker.citizenservices.models import LifeEvent, ServiceType
from anker.citizenservices.views.common import save_form

PAGE_SIZE = 50


def _life_event_or_404(slug: str) -> LifeEvent:
    try:
        return selectors.life_event_by_slug(slug)
    except LifeEvent.DoesNotExist as missing:
        raise Http404(_("No such life event.")) from missing


def _service_type_or_404(slug: str) -> ServiceType:
    try:
        return selectors.service_type_by_slug(slug)
    except ServiceType.DoesNotExist as missing:
        raise Http404(_("No such service type.")) from missing


def _require_coordinator(request: HttpRequest) -> None:
    permissions.require(
        permissions.can_edit_service_vocabulary(request.user), services.VOCABULARY_ONLY
    )


def life_event_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "citizenservices/pages/life_event_list.html",
        {
            "life_events": list(selectors.life_event_list()),
            "can_edit": permissions.can_edit_service_vocabulary(request.user),
        },
    )


def life_event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Every service a citizen meets in the life event, and which channels each offers."""
    life_event = _life_event_or_404(slug)
    organisation = request.GET.get("organisation", "")[:120]
    found = selectors.service_list(life_event=life_event.slug, organisation=organisation)
    page = Paginator(selectors.with_list_data(found), PAGE_SIZE).get_page(
        request.GET.get("page", 1)
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "citizenservices/pages/life_event.html",
        {
            "life_event": life_event,
            "summary": selectors.life_event_summary(life_event),
            "page": page,
            "rows": selectors.channel_matrix(list(page.object_list)),
            "columns": selectors.channel_columns(),
            "organisations": selectors.organisations_with_services().filter(
                citizen_services__life_events=life_event
            ),
            "organisation": organisation,
            "querystring": query.urlencode(),
            "can_edit": permissions.can_edit_service_vocabulary(request.user),
        },
    )


@login_required
def life_event_create(request: HttpRequest) -> HttpResponse:
    _require_coordinator(request)
    form = LifeEventForm(request.POST or None)
    return save_form(
        request,
        form,
        save=lambda: services.life_event_create(actor=request.user, **form.cleaned_data),
        done=_("The life event was added."),
        template="citizenservices/pages/vocabulary_form.html",
        context={"title": _("Add a life event"), "back": "citizenservices:life-events"},
    )


@login_required
def life_event_edit(request: HttpRequest, slug: str) -> HttpResponse:
    life_event = _life_event_or_404(slug)
    _require_coordinator(request)
    form = LifeEventForm(request.POST or None, instance=LifeEvent.objects.get(pk=life_event.pk))
    return save_form(
        request,
        form,
        save=lambda: services.life_event_update(
            actor=request.user, life_event=life_event, **form.cleaned_data
        ),
        done=_("Your changes were saved."),
        template="citizenservices/pages/vocabulary_form.html",
        context={
            "title": _("Edit %(name)s") % {"name": life_event.label},
            "back": "citizenservices:life-events",
        },
    )


@login_required
def life_event_delete(request: HttpRequest, slug: str) -> HttpResponse:
    life_event = _life_event_or_404(slug)
    _require_coordinator(request)
    error = ""
    if request.method == "POST":
        try:
            services.life_event_delete(actor=request.user, life_event=life_event)
        except ValidationError as refused:
            error = " ".join(refused.messages)
        else:
            messages.success(request, _("The life event was deleted."))
            return redirect("citizenservices:life-events")
    return render(
        request,
        "citizenservices/pages/vocabulary_delete.html",
        {"item": life_event, "error": error, "back": life_event.get_absolute_url()},
        status=422 if error else 200,
    )


def service_type_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "citizenservices/pages/service_type_list.html",
        {
            "service_types": list(selectors.service_type_list()),
            "can_edit": permissions.can_edit_service_vocabulary(request.user),
        },
    )


def service_type_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The services of one type side by side: channels and service levels per
    organisation, and where the targets differ."""
    service_type = _service_type_or_404(slug)
    found = list(selectors.services_of_type(service_type))
    return render(
        request,
        "citizenservices/pages/service_type.html",
        {
            "service_type": service_type,
            "rows": selectors.channel_matrix(found),
            "columns": selectors.channel_columns(),
            "spread": selectors.service_level_spread(found),
            "digital_only": sum(1 for service in found if service.is_digital_only),
            "can_edit": permissions.can_edit_service_vocabulary(request.user),
        },
    )


@login_required
def service_type_create(request: HttpRequest) -> HttpResponse:
    _require_coordinator(request)
    form = ServiceTypeForm(request.POST or None)
    return save_form(
        request,
        form,
        save=lambda: services.service_type_create(actor=request.user, **form.cleaned_data),
        done=_("The service type was added."),
        template="citizenservices/pages/vocabulary_form.html",
        context={"title": _("Add a service type"), "back": "citizenservices:service-types"},
    )


@login_required
def service_type_edit(request: HttpRequest, slug: str) -> HttpResponse:
    service_type = _service_type_or_404(slug)
    _require_coordinator(request)
    form = ServiceTypeForm(
        request.POST or None, instance=ServiceType.objects.get(pk=service_type.pk)
    )
    return save_form(
        request,
        form,
        save=lambda: services.service_type_update(
            actor=request.user, service_type=service_type, **form.cleaned_data
        ),
        done=_("Your changes were saved."),
        template="citizenservices/pages/vocabulary_form.html",
        context={
            "title": _("Edit %(name)s") % {"name": service_type.label},
            "back": "citizenservices:service-types",
        },
    )


@login_required
def service_type_delete(request: HttpRequest, slug: str) -> HttpResponse:
    service_type = _service_type_or_404(slug)
    _require_coordinator(request)
    if request.method == "POST":
        services.service_type_delete(actor=request.user, service_type=service_type)
        messages.success(request, _("The service type was deleted."))
        return redirect("citizenservices:service-types")
    return render(
        request,
        "citizenservices/pages/vocabulary_delete.html",
        {"item": service_type, "error": "", "back": service_type.get_absolute_url()},
    )
