"""The ecosystem report: every insights section in one self-contained document, as HTML
(styles inline, charts as inline SVG, links absolute) or as PDF through WeasyPrint.

WeasyPrint earns its place: it lays out HTML and CSS, inline SVG included, as paginated
PDF in pure Python (with the system's Pango), so the report and the dashboard share
their templates. It is given a URL fetcher that refuses everything: the report needs no
file and no address, and rendering it must never reach the network."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.insights.sections import SECTIONS, section

FORMATS = ("html", "pdf")
CONTENT_TYPES = {"html": "text/html; charset=utf-8", "pdf": "application/pdf"}
REPORT_ROWS = 15  # rows per table in the report; the dashboard's section pages show all


class ReportError(Exception):
    """The report cannot be made: an unknown format, or no Pango for the PDF."""


def filename(kind: str, organisation: Any = None) -> str:
    scope = f"-{organisation.slug}" if organisation is not None else ""
    return f"anker-report{scope}-{timezone.localdate().isoformat()}.{kind}"


def _refuse(url: str, *args: Any, **kwargs: Any) -> dict:
    raise ValueError(f"the report loads nothing from outside ({url})")


def render_html(user: Any, *, organisation: Any = None, base_url: str = "") -> str:
    """The report as one HTML document, as ``user`` sees the ecosystem (narrowed to
    ``organisation`` when given). Links start with ``base_url`` (default: ANKER_SITE_URL)."""
    sections = [
        section(name, user, limit=REPORT_ROWS, organisation=organisation) for name in SECTIONS
    ]
    base = (base_url or settings.SITE_URL).rstrip("/")
    return render_to_string(
        "insights/report.html",
        {
            "sections": sections,
            "organisation": organisation,
            "generated_at": timezone.localtime(),
            "link_base": base,
            "report_rows": REPORT_ROWS,
        },
    )


def render_report(user: Any, *, kind: str, organisation: Any = None, base_url: str = "") -> bytes:
    """The report as bytes of ``kind`` (html or pdf)."""
    if kind not in FORMATS:
        raise ReportError(
            _("Unknown report format %(format)r: choose html or pdf.") % {"format": kind}
        )
    html = render_html(user, organisation=organisation, base_url=base_url)
    if kind == "html":
        return html.encode("utf-8")
    return _pdf(html)


def _pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as error:  # WeasyPrint loads the system's Pango when imported
        raise ReportError(
            _(
                "The PDF report needs the Pango library on the server (Debian: "
                "libpango-1.0-0 and libpangoft2-1.0-0); the HTML report works without it. "
                "(%(error)s)"
            )
            % {"error": error}
        ) from error
    return HTML(string=html, url_fetcher=_refuse).write_pdf()
