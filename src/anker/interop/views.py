"""Pages that show what every import did, record by record; an upload that imports a
file with the same report; and the harvest sources."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from anker.accounts import permissions
from anker.core.forms import add_service_errors
from anker.interop import selectors, services
from anker.interop.forms import SourceForm, UploadForm
from anker.interop.models import ImportRun, Source


@login_required
def run_list(request: HttpRequest) -> HttpResponse:
    runs = selectors.import_runs(format=request.GET.get("format", "")[:20])
    page = Paginator(runs, 50).get_page(request.GET.get("page", 1))
    return render(
        request,
        "interop/pages/runs.html",
        {"page": page, "can_import": permissions.can_import(request.user)},
    )


STATUS_LABELS = {
    "accepted": gettext_lazy("accepted"),
    "updated": gettext_lazy("updated"),
    "unchanged": gettext_lazy("unchanged"),
    "rejected": gettext_lazy("rejected"),
}


@login_required
def run_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    run = get_object_or_404(ImportRun.objects.select_related("actor", "harvest_source"), uuid=uuid)
    outcomes = [
        {**outcome, "status_label": STATUS_LABELS.get(outcome["status"], outcome["status"])}
        for outcome in run.outcomes
    ]
    return render(request, "interop/pages/run.html", {"run": run, "outcomes": outcomes})


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    permissions.require(permissions.can_import(request.user), _("Only coordinators import."))
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        try:
            run = services.import_upload(
                actor=request.user,
                format_name=form.cleaned_data["format"],
                filename=file.name,
                upload=file,
                owner=form.cleaned_data["organisation"],
                via="web",
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("interop:run", uuid=run.uuid)
    return render(request, "interop/pages/upload.html", {"form": form})


@login_required
def source_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "interop/pages/sources.html",
        {
            "sources": selectors.sources(),
            "can_manage": permissions.can_manage_sources(request.user),
        },
    )


def _require_manager(request: HttpRequest) -> None:
    permissions.require(
        permissions.can_manage_sources(request.user),
        _("Only coordinators configure harvest sources."),
    )


@login_required
def source_form(request: HttpRequest, uuid: str | None = None) -> HttpResponse:
    _require_manager(request)
    source = get_object_or_404(Source, uuid=uuid) if uuid else None
    form = SourceForm(request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        try:
            if source is None:
                services.source_create(actor=request.user, **form.service_arguments())
                messages.success(request, _("The source was added."))
            else:
                services.source_update(
                    actor=request.user, source=source, **form.service_arguments()
                )
                messages.success(request, _("The source was saved."))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("interop:sources")
    return render(request, "interop/pages/source_form.html", {"form": form, "source": source})


@login_required
def source_delete(request: HttpRequest, uuid: str) -> HttpResponse:
    _require_manager(request)
    source = get_object_or_404(Source, uuid=uuid)
    if request.method == "POST":
        services.source_delete(actor=request.user, source=source)
        messages.success(request, _("The source was removed; its import reports stay."))
        return redirect("interop:sources")
    return render(request, "interop/pages/source_delete.html", {"source": source})


@login_required
@require_POST
def source_harvest(request: HttpRequest, uuid: str) -> HttpResponse:
    """Harvest now, in the request: a source is one address, fetched with a timeout and
    a size limit, so the coordinator sees the report at once."""
    _require_manager(request)
    source = get_object_or_404(Source, uuid=uuid)
    runs = services.harvest(source, actor=request.user, via="web")
    return redirect("interop:run", uuid=runs[-1].uuid)
