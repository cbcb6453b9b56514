"""The ecosystem report: HTML and PDF (WeasyPrint) with every section, from the dashboard
and from `anker report`; narrowed to one organisation with --org; bad input refused."""

from __future__ import annotations

import io

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader
from typer.testing import CliRunner

from anker.catalogue.models import Dependency, Openness
from anker.cli.main import app
from anker.insights.report import ReportError, render_report
from anker.insights.sections import SECTIONS, section
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    city = OrganisationFactory(slug="city", name="City of Harbour")
    agency = OrganisationFactory(slug="agency", name="Tax Agency")
    gate = BlockFactory(slug="gate", name="Login Gate", owner=agency)
    portal = BlockFactory(slug="portal", name="Harbour Portal", owner=city)
    BlockFactory(slug="vault", name="Vault Secret", owner=agency, openness=Openness.RESTRICTED)
    Dependency.objects.create(dependent=portal, dependency=gate)
    CitizenServiceFactory(slug="permit", name="Parking permit", blocks=[portal])
    ReuseFactory(block=gate, organisation=city)
    return {"city": city, "agency": agency}


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def titles() -> list[str]:
    from anker.accounts.permissions import OPERATOR

    return [section(name, OPERATOR).title for name in SECTIONS]


def test_pdf_report_has_every_section_with_its_figures(world):
    from anker.accounts.permissions import OPERATOR

    content = render_report(OPERATOR, kind="pdf")
    assert content.startswith(b"%PDF-")
    text = pdf_text(content)
    assert "Ecosystem report" in text and "Contents" in text
    for title in titles():
        assert title in text
    assert "Login Gate" in text and "Vault Secret" in text  # the operator sees every block
    reuse = section("reuse", OPERATOR)
    assert f"{reuse.headline.value} {reuse.headline.label}" in text.replace("\n", " ")
    assert len(PdfReader(io.BytesIO(content)).pages) >= len(SECTIONS) + 1  # a page each


def test_html_report_is_self_contained_with_absolute_links(world):
    from anker.accounts.permissions import OPERATOR

    html = render_report(OPERATOR, kind="html", base_url="https://anker.example/").decode()
    assert "<svg" in html and "<style>" in html
    assert "<script" not in html and 'rel="stylesheet"' not in html  # nothing to fetch
    assert 'href="https://anker.example/blocks/gate/"' in html
    for title in titles():
        assert f"<h2>{title}</h2>" in html


def test_report_narrowed_to_one_organisation(world):
    from anker.accounts.permissions import OPERATOR

    html = render_report(OPERATOR, kind="html", organisation=world["city"]).decode()
    assert "Ecosystem report: City of Harbour" in html
    never = html.split('id="reuse-never-reused"', 1)[1].split("</section>", 1)[0]
    assert "Harbour Portal" in never and "Vault Secret" not in never
    assert "Login Gate" not in never  # the agency's block, and reused anyway


def test_report_download_from_the_dashboard_as_the_reader_sees_it(world):
    dashboard = Client().get(reverse("insights:dashboard")).content.decode()
    assert f'href="{reverse("insights:report")}?format=pdf"' in dashboard
    response = Client().get(reverse("insights:report"), {"format": "pdf"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="anker-report-')
    text = pdf_text(response.content)
    assert "Login Gate" in text and "Vault Secret" not in text  # anonymous: public only
    html = Client().get(reverse("insights:report"), {"format": "html"})
    assert html["Content-Type"].startswith("text/html")
    assert b'href="http://testserver/blocks/gate/"' in html.content
    wrong = Client().get(reverse("insights:report"), {"format": "docx"})
    assert wrong.status_code == 400 and b"choose html or pdf" in wrong.content


def test_unknown_format_is_an_error():
    from anker.accounts.permissions import OPERATOR

    with pytest.raises(ReportError, match="docx"):
        render_report(OPERATOR, kind="docx")


def test_cli_writes_the_report(world, tmp_path):
    runner = CliRunner()
    out = tmp_path / "report.pdf"
    result = runner.invoke(app, ["report", "--format", "pdf", "--out", str(out), "--org", "city"])
    assert result.exit_code == 0, result.output
    assert "Wrote the PDF report" in result.output
    assert "Ecosystem report: City of Harbour" in pdf_text(out.read_bytes())
    html = tmp_path / "report.html"
    assert runner.invoke(app, ["report", "--out", str(html)]).exit_code == 0
    assert html.read_text().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "docx"], "Unknown report format 'docx'"),
        (["--org", "nowhere"], "There is no organisation 'nowhere'"),
    ],
)
def test_cli_refuses_bad_input_and_writes_nothing(world, tmp_path, arguments, message):
    out = tmp_path / "report.out"
    result = CliRunner().invoke(app, ["report", "--out", str(out), *arguments])
    assert result.exit_code == 1 and message in result.output
    assert not out.exists()


def test_cli_refuses_a_missing_folder(world, tmp_path):
    out = tmp_path / "missing" / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(out)])
    assert result.exit_code == 1 and "does not exist" in result.output


def test_report_of_an_empty_ecosystem_still_has_every_section():
    from anker.accounts.permissions import OPERATOR

    text = pdf_text(render_report(OPERATOR, kind="pdf"))
    for title in titles():
        assert title in text
    assert "There are no building blocks to score." in text


def test_without_pango_the_pdf_is_refused_with_the_reason(world, monkeypatch, tmp_path):
    import builtins

    real_import = builtins.__import__

    def no_pango(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pango)
    response = Client().get(reverse("insights:report"), {"format": "pdf"})
    assert response.status_code == 503
    assert b"needs the Pango library" in response.content and b"libpango" in response.content
    assert Client().get(reverse("insights:report"), {"format": "html"}).status_code == 200
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(app, ["report", "--format", "pdf", "--out", str(out)])
    assert result.exit_code == 1 and "needs the Pango library" in result.output
    assert not out.exists()
