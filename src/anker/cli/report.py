"""`anker report`: the ecosystem report (anker.insights.report) written to a file, as the
operator sees the ecosystem (every block), optionally narrowed to one organisation."""

from __future__ import annotations

from pathlib import Path

from anker.cli import output
from anker.cli.bootstrap import _
from anker.cli.errors import CliError


def write_report(kind: str, out: Path, org: str | None) -> None:
    from anker.accounts.permissions import OPERATOR
    from anker.insights.report import FORMATS, render_report
    from anker.organisations.models import Organisation

    if kind not in FORMATS:
        raise CliError(
            _("Unknown report format %(format)r: choose from %(formats)s.")
            % {"format": kind, "formats": ", ".join(FORMATS)}
        )
    organisation = None
    if org is not None:
        organisation = Organisation.objects.filter(slug=org).first()
        if organisation is None:
            raise CliError(_("There is no organisation %(slug)r.") % {"slug": org})
    if out.is_dir():
        raise CliError(_("%(path)s is a folder: name the file to write.") % {"path": out})
    if not out.parent.exists():
        raise CliError(_("The folder %(path)s does not exist.") % {"path": out.parent})
    content = render_report(OPERATOR, kind=kind, organisation=organisation)
    out.write_bytes(content)
    output.success(
        _("Wrote the %(format)s report to %(path)s (%(size)s bytes).")
        % {"format": kind.upper(), "path": out, "size": f"{len(content):,}"}
    )
