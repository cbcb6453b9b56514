"""The insights dashboard: a headline figure and a chart per analytic, each leading to a
page with every figure and the entities behind it; and the ecosystem report, as HTML or
PDF, downloadable from the dashboard. Every figure comes from ``insights.sections``,
which calls the same analytics as the API and the command line."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from anker.insights import report as reports
from anker.insights.sections import SECTIONS, section

DASHBOARD_ROWS = 5  # table rows a dashboard card shows; the section page shows all


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    sections = [section(name, request.user, limit=DASHBOARD_ROWS) for name in SECTIONS]
    return render(
        request,
        "insights/dashboard.html",
        {"sections": sections, "formats": reports.FORMATS},
    )


@require_GET
def section_page(request: HttpRequest, name: str) -> HttpResponse:
    if name not in SECTIONS:
        raise Http404
    return render(
        request, "insights/section.html", {"section": section(name, request.user, limit=None)}
    )


@require_GET
def report(request: HttpRequest) -> HttpResponse:
    """The ecosystem report as the reader sees it, as a download (``?format=html|pdf``)."""
    kind = request.GET.get("format", "html")
    if kind not in reports.FORMATS:
        return HttpResponse(
            _("Unknown report format %(format)r: choose html or pdf.") % {"format": kind},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    base_url = request.build_absolute_uri("/")
    try:
        content = reports.render_report(request.user, kind=kind, base_url=base_url)
    except reports.ReportError as error:  # no Pango on this server: say so, not a 500
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type=reports.CONTENT_TYPES[kind])
    response["Content-Disposition"] = f'attachment; filename="{reports.filename(kind)}"'
    return response
