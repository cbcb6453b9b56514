"""The OpenAPI importer keeps an API Design Rules score per imported version."""

from __future__ import annotations

from pathlib import Path

import pytest

from anker.catalogue.models import ApiDesignScore, BuildingBlock
from anker.interop.openapi import adr
from anker.interop.openapi.importer import import_openapi
from anker.interop.registry import ImportContext
from anker.interop.report import ImportReport
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
SOURCE = "https://api.waterveen.example/afval/openapi.yaml"
SHARED_OPENAPI = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "openapi"

# Fails, among others: no version in the server URL, a trailing slash, no problem
# details for the 404, no API-Version header, a licence but no contact url.
SPEC = """\
openapi: 3.0.3
info:
  title: Afvalkalender API
  version: 1.2.0
  contact:
    name: Gemeente Waterveen
    email: api@waterveen.example
  license:
    name: EUPL-1.2
servers:
  - url: https://api.waterveen.example/afval
paths:
  /ophaaldagen/:
    get:
      operationId: ophaaldagen
      responses:
        "200": {description: ok}
        "404":
          description: niet gevonden
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Fout"}
components:
  schemas:
    Fout:
      type: object
      properties:
        title: {type: string}
"""


def run(data: str) -> ImportReport:
    return import_openapi(SOURCE, data.encode(), ImportContext())


def scores() -> list[ApiDesignScore]:
    return list(ApiDesignScore.objects.order_by("created", "id"))


def test_an_import_stores_the_score_with_its_failed_rules():
    OrganisationFactory(name="Gemeente Waterveen")
    assert run(SPEC).count("accepted") == 1
    block = BuildingBlock.objects.get(external_id=SOURCE)
    [score] = block.api_design_scores.all()
    assert score.ruleset == adr.RULESET == "adr-2.2.0-rc.1"
    assert score.rules_checked == 28
    failed = {group["rule"] for group in score.findings if group["severity"] == "error"}
    assert failed == {
        "nlgov:include-major-version-in-uri",
        "nlgov:info-contact-fields-exist",
        "nlgov:missing-header",
        "nlgov:use-problem-schema",
        "path-keys-no-trailing-slash",
    }
    assert score.rules_failed == len(failed)
    assert score.score == round(100 * (28 - 5) / 28) == 82
    assert len(score.source_hash) == 64
    slash = next(g for g in score.findings if g["rule"] == "path-keys-no-trailing-slash")
    assert slash["count"] == 1
    assert slash["items"] == [
        {"path": "paths./ophaaldagen/", "message": "Path must not end with slash."}
    ]


def test_an_unchanged_document_adds_no_score():
    OrganisationFactory(name="Gemeente Waterveen")
    run(SPEC)
    report = run(SPEC)
    assert report.count("unchanged") == 1
    assert len(scores()) == 1


def test_a_changed_document_adds_a_score_to_the_history():
    OrganisationFactory(name="Gemeente Waterveen")
    run(SPEC)
    better = SPEC.replace("/afval\n", "/afval/v1\n").replace("/ophaaldagen/:", "/ophaaldagen:")
    assert run(better).count("updated") == 1
    first, second = scores()
    assert second.score > first.score
    assert second.source_hash != first.source_hash
    failed = {group["rule"] for group in second.findings if group["severity"] == "error"}
    assert "path-keys-no-trailing-slash" not in failed
    assert "nlgov:include-major-version-in-uri" not in failed


def test_a_change_the_catalogue_does_not_show_still_adds_a_score():
    """The block is unchanged (same facts), but the document is not: it is scored."""
    OrganisationFactory(name="Gemeente Waterveen")
    run(SPEC)
    problem = SPEC.replace("application/json:", "application/problem+json:")
    assert run(problem).count("unchanged") == 1
    first, second = scores()
    assert "nlgov:use-problem-schema" in {g["rule"] for g in first.findings}
    assert "nlgov:use-problem-schema" not in {g["rule"] for g in second.findings}


def test_a_block_imported_before_scoring_existed_is_scored_on_its_next_import():
    OrganisationFactory(name="Gemeente Waterveen")
    run(SPEC)
    ApiDesignScore.objects.all().delete()
    assert run(SPEC).count("unchanged") == 1
    assert len(scores()) == 1


def test_a_fault_in_the_scoring_does_not_cost_the_import(monkeypatch):
    OrganisationFactory(name="Gemeente Waterveen")

    def broken(document):
        raise RuntimeError("bug")

    monkeypatch.setattr(adr, "score", broken)
    report = run(SPEC)
    assert report.count("accepted") == 1
    assert "/: API design rules not scored (RuntimeError)" in report.warnings
    assert not scores()


def test_the_api_shows_the_latest_design_score(client) -> None:
    """GET /api/v1/building-blocks/{slug} carries the newest score with its findings."""
    owner = OrganisationFactory(slug="api-owner")
    data = (
        SHARED_OPENAPI / "italia__developers-italia-api__software-catalog-api.oas.yaml"
    ).read_bytes()
    report = import_openapi("italia.yaml", data, ImportContext(owner=owner))
    block = BuildingBlock.objects.get(kind="api")
    assert report.count("accepted") == 1
    body = client.get(f"/api/v1/building-blocks/{block.slug}").json()
    score = body["design_score"]
    stored = ApiDesignScore.objects.get(block=block)
    assert (score["score"], score["rules_failed"], score["ruleset"]) == (
        stored.score,
        stored.rules_failed,
        "adr-2.2.0-rc.1",
    )
    assert {finding["rule"] for finding in score["findings"]} == {
        group["rule"] for group in stored.findings
    }
