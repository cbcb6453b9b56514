"""An API block's page shows its API Design Rules score, failed rules and history."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from anker.catalogue.models import ApiDesignScore, BlockKind
from anker.interop.openapi.importer import import_openapi
from anker.interop.registry import ImportContext
from tests.factories import BlockFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

SPEC = """\
openapi: 3.0.3
info: {title: Afvalkalender API, version: 1.2.0}
servers: [{url: "https://api.waterveen.example/afval"}]
paths:
  /ophaalDagen:
    get:
      responses: {"200": {description: ok, headers: {API-Version: {schema: {type: string}}}}}
"""


def page(client: Client, slug: str) -> str:
    response = client.get(f"/blocks/{slug}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_shows_the_latest_score_its_failed_rules_and_the_history(client: Client):
    owner = OrganisationFactory(name="Gemeente Waterveen")
    source = "https://api.waterveen.example/afval/openapi.yaml"
    import_openapi(source, SPEC.encode(), ImportContext(owner=owner))
    fixed = SPEC.replace("/afval", "/afval/v1")
    import_openapi(source, fixed.encode(), ImportContext(owner=owner))
    first, latest = ApiDesignScore.objects.order_by("created", "id")
    block = latest.block
    html = page(client, block.slug)
    assert "API Design Rules" in html
    assert f"<strong>{latest.score}%</strong>" in html
    passed = latest.rules_checked - latest.rules_failed
    assert f"{passed} of {latest.rules_checked} rules passed" in html
    assert "<code>adr-2.2.0-rc.1</code>" in html
    # the failed rules, each with its message and where in the document
    assert "<code>nlgov:paths-kebab-case</code>" in html
    assert "/ophaalDagen is not kebab-case." in html
    assert "<code>paths./ophaalDagen</code>" in html
    assert "<code>info-contact</code>" in html
    # fixed in the second version: no longer listed as failed
    assert "nlgov:include-major-version-in-uri" not in html
    # the history: both versions, newest first
    history = html[html.index("Score history") :]
    assert history.index(f"<td>{latest.score}%</td>") < history.index(f"<td>{first.score}%</td>")
    assert latest.score > first.score


def test_blocks_without_scores_show_no_design_section(client: Client):
    api = BlockFactory(kind=BlockKind.API)
    software = BlockFactory()
    ApiDesignScore.objects.create(block=software, ruleset="adr-2.2.0-rc.1", score=50)
    assert "API Design Rules" not in page(client, api.slug)
    assert "API Design Rules" not in page(client, software.slug)  # scores only count for APIs


def test_a_long_finding_list_says_how_many_more_there_are(client: Client):
    block = BlockFactory(kind=BlockKind.API)
    items = [
        {"path": f"paths./p{i}", "message": "Path must not end with slash."} for i in range(20)
    ]
    findings = [
        {"rule": "path-keys-no-trailing-slash", "severity": "error", "count": 45, "items": items},
        {"rule": "nlgov:schema-camel-case", "severity": "warning", "count": 1, "items": []},
    ]
    ApiDesignScore.objects.create(
        block=block,
        ruleset="adr-2.2.0-rc.1",
        score=96,
        rules_checked=28,
        rules_failed=1,
        findings=findings,
    )
    html = page(client, block.slug)
    assert "45 findings" in html
    assert "and 25 more" in html
    assert "Advice" in html and "<code>nlgov:schema-camel-case</code>" in html


def test_the_design_section_costs_the_same_queries_for_a_long_history(client: Client):
    block = BlockFactory(kind=BlockKind.API)

    def add(count: int) -> None:
        for score in range(count):
            ApiDesignScore.objects.create(block=block, ruleset="adr-2.2.0-rc.1", score=score)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            page(client, block.slug)
        return len(captured)

    add(1)
    few = queries()
    add(30)
    assert queries() == few
