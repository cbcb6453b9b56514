"""The API Design Rules checks against the official ADR linter's own test cases.

Each folder of ``adr/v2.2.0-rc.1/testcases`` holds an OpenAPI document and the output
Spectral gives for it with the ruleset (``expected-output.txt``). anker's Python rules
must give exactly the same findings: the same (rule, severity, path) set and the same
messages. Spectral prints paths dotted (``paths./x.get.responses[404].content``); anker
prints its paths the same way, so they are compared as strings."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from anker.interop.openapi import adr
from anker.interop.openapi.adr.document import print_path
from anker.interop.openapi.parser import OpenApiError, _decode, _load, parse
from anker.interop.openapi.refs import normalise

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ADR = SHARED / "schemas" / "adr" / "v2.2.0-rc.1"
CASES = sorted(p.name for p in (ADR / "testcases").iterdir()) if ADR.is_dir() else []
OPENAPI = SHARED / "openapi"

needs_shared = pytest.mark.skipif(not ADR.is_dir(), reason="../shared/data is not beside")

# One finding line of Spectral's "stylish" output: position, severity, code, message and
# (unless the finding is on the whole document) path, padded apart by two or more spaces.
LINE = re.compile(r"^\s*\d+:\d+\s+(?P<rest>\S.*)$")


def expected_findings(folder: Path) -> set[tuple[str, str, str, str]]:
    """(rule, severity, path, message) of each finding in ``expected-output.txt``."""
    found = set()
    for line in (folder / "expected-output.txt").read_text(encoding="utf-8").splitlines():
        match = LINE.match(line)
        if match:
            severity, rule, message, *path = re.split(r"\s{2,}", match["rest"].strip())
            found.add((rule, severity, path[0] if path else "", message))
    return found


def published(data: bytes) -> object:
    """The document as published, loaded as the importer loads it."""
    return normalise(_load(_decode(data)))


def test_the_expected_outputs_are_read() -> None:
    if not CASES:
        pytest.skip("../shared/data is not beside the project")
    assert len(CASES) == 26
    assert len(expected_findings(ADR / "testcases" / "cor-api")) == 25
    assert expected_findings(ADR / "testcases" / "servers-missing") == {
        ("oas3-api-servers", "error", "", 'OpenAPI "servers" must be present and non-empty array.')
    }


@needs_shared
@pytest.mark.parametrize("case", CASES)
def test_the_official_testcases_give_the_expected_findings(case: str) -> None:
    folder = ADR / "testcases" / case
    document = json.loads((folder / "openapi.json").read_text(encoding="utf-8"))
    found = {(f.rule, f.severity, f.path, f.message) for f in adr.check(document)}
    expected = expected_findings(folder)
    assert {f[:3] for f in found} == {f[:3] for f in expected}
    assert found == expected


@needs_shared
def test_the_score_counts_error_rules_only() -> None:
    folder = ADR / "testcases"
    baseline = adr.score(json.loads((folder / "baseline" / "openapi.json").read_bytes()))
    assert (baseline.score, baseline.rules_checked, baseline.rules_failed) == (100, 28, ())
    cor = adr.score(json.loads((folder / "cor-api" / "openapi.json").read_bytes()))
    assert cor.rules_failed == (
        "nlgov:paths-kebab-case",
        "nlgov:use-date-instead-of-datetime",
        "nlgov:use-problem-schema",
    )
    assert cor.score == round(100 * 25 / 28) == 89
    missing = adr.score(
        json.loads((folder / "openapi-versie-missing" / "openapi.json").read_bytes())
    )
    # not OpenAPI: only the ruleset's own 18 error rules apply; the format warning is advice
    assert (missing.rules_checked, missing.rules_failed, missing.score) == (
        18,
        ("nlgov:openapi-root-exists",),
        94,
    )


def test_findings_are_reported_where_they_are_written() -> None:
    """A finding in a referenced schema is one finding, at the schema; a ``$ref`` with a
    sibling ``description`` is also reported where it is written, as Spectral does."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {
            "/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}},
            "/b": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}},
        },
        "components": {
            "responses": {"Ok": {"description": "ok"}},
            "schemas": {
                "Person": {
                    "type": "object",
                    "properties": {"birthDate": {"$ref": "#/components/schemas/Day"}},
                },
                "Event": {
                    "type": "object",
                    "properties": {
                        "date": {"$ref": "#/components/schemas/Day", "description": "when"}
                    },
                },
                "Day": {"type": "string"},
            },
        },
    }
    findings = adr.check(document)
    assert [f.path for f in findings if f.rule == "nlgov:missing-header"] == [
        "components.responses.Ok"
    ]
    assert sorted(
        f.path for f in findings if f.rule == "nlgov:specify-format-for-date-and-time"
    ) == [
        "components.schemas.Day",
        "components.schemas.Event.properties.date",
    ]


def test_reference_cycles_end() -> None:
    node = {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": {"Node": node}},
    }
    assert adr.score(document).rules_checked == 28


def test_paths_print_as_spectral_prints_them() -> None:
    assert print_path(("paths", "/a/{id}", "get", "responses", "404", "content")) == (
        "paths./a/{id}.get.responses[404].content"
    )
    assert print_path(("servers", 0, "url")) == "servers[0].url"
    assert print_path(("x", "with space", "")) == "x['with space']['']"


def test_examples_are_validated_against_their_schema() -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {},
        "components": {
            "schemas": {
                "Count": {"type": "integer", "example": "three"},
                "Maybe": {"type": "integer", "nullable": True, "example": None},
                "Stamp": {"type": "string", "format": "date-time", "example": "2022-03-10T12:15"},
            }
        },
    }
    findings = [f for f in adr.check(document) if f.rule == "oas3-valid-schema-example"]
    assert [(f.path, f.message) for f in findings] == [
        ("components.schemas.Count.example", '"example" property type must be integer')
    ]


@pytest.mark.skipif(not OPENAPI.is_dir(), reason="../shared/data/openapi is not beside")
def test_the_shared_api_documents_are_scored() -> None:
    """Every real document anker can read gets a score; the numbers are in docs/formats."""
    scores = {}
    for path in sorted(OPENAPI.iterdir()):
        data = path.read_bytes()
        try:
            parse(data)
        except OpenApiError:
            continue  # the GSA file is not valid JSON
        result = adr.score(published(data))
        scores[path.name.split("__")[1]] = (result.score, result.rules_checked)
    assert scores == {
        "Haal-Centraal-BRP-bevragen": (86, 28),
        "pay-publicapi": (68, 28),
        "developers-italia-api": (89, 28),
        "open-notificaties": (87, 23),  # Swagger 2.0: the five oas3-* rules do not apply
        "open-zaak": (89, 28),
    }


SPECTRAL = os.environ.get("ANKER_SPECTRAL") or shutil.which("spectral")


@pytest.mark.slow
@pytest.mark.skipif(not (SPECTRAL and OPENAPI.is_dir()), reason="Spectral CLI not installed")
@pytest.mark.parametrize(
    "name", sorted(p.name for p in OPENAPI.iterdir()) if OPENAPI.is_dir() else []
)
def test_the_shared_documents_agree_with_spectral(name: str) -> None:
    """With the Spectral CLI at hand (``ANKER_SPECTRAL=…/spectral``), anker's findings on
    the real documents equal Spectral's, except where Spectral fetches remote $refs
    (``invalid-ref`` without network) or garbles paths below a reference whose keys need
    URI-escaping (callback expressions such as ``{$request.body#/url}``)."""
    data = (OPENAPI / name).read_bytes()
    try:
        parse(data)
    except OpenApiError:
        pytest.skip("anker does not read this document")
    run = subprocess.run(
        [SPECTRAL, "lint", "-q", "-f", "json", "-r", str(ADR / "linter.yaml"), str(OPENAPI / name)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    severities = {0: "error", 1: "warning", 2: "info", 3: "hint"}

    def comparable(rule: str, path: str) -> bool:
        return rule != "invalid-ref" and "callbacks" not in path

    theirs = {
        (r["code"], severities[r["severity"]], print_path(tuple(r["path"])))
        for r in json.loads(run.stdout)
    }
    ours = {(f.rule, f.severity, f.path) for f in adr.check(published(data))}
    assert {f for f in ours if comparable(f[0], f[2])} == {
        f for f in theirs if comparable(f[0], f[2])
    }
