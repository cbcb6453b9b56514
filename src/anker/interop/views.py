"""Pages that show what every import did, record by record."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from anker.interop import selectors
from anker.interop.models import ImportRun


@login_required
def run_list(request: HttpRequest) -> HttpResponse:
    runs = selectors.import_runs(format=request.GET.get("format", "")[:20])
    page = Paginator(runs, 50).get_page(request.GET.get("page", 1))
    return render(request, "interop/pages/runs.html", {"page": page})


STATUS_LABELS = {
    "accepted": _("accepted"),
    "updated": _("updated"),
    "unchanged": _("unchanged"),
    "rejected": _("rejected"),
}


@login_required
def run_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    run = get_object_or_404(ImportRun.objects.select_related("actor"), uuid=uuid)
    outcomes = [
        {**outcome, "status_label": STATUS_LABELS.get(outcome["status"], outcome["status"])}
        for outcome in run.outcomes
    ]
    return render(request, "interop/pages/run.html", {"run": run, "outcomes": outcomes})
