"""The OpenAPI document: generated, committed, valid, complete; and its docs page is
served from our own static files under the site's strict Content-Security-Policy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.test import Client
from openapi_spec_validator import validate

from anker.api.openapi import REGENERATE, document
from anker.core.middleware import CONTENT_SECURITY_POLICY

COMMITTED = Path(__file__).resolve().parents[2] / "src" / "anker" / "api" / "openapi.json"
METHODS = {"get", "post", "patch", "put", "delete"}


@pytest.fixture(scope="module")
def spec() -> dict:
    return json.loads(COMMITTED.read_text(encoding="utf-8"))


def operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def test_committed_document_is_current():
    assert document() == COMMITTED.read_text(encoding="utf-8"), (
        f"src/anker/api/openapi.json is out of date; regenerate it with:  {REGENERATE}"
    )


def test_document_is_valid_openapi(spec):
    validate(spec)


@pytest.mark.parametrize("path", ["/api/openapi.json", "/api/v1/openapi.json"])
def test_served_document_is_the_committed_one(db, spec, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == spec


def test_every_operation_is_documented(spec):
    ids = []
    for path, method, operation in operations(spec):
        where = f"{method.upper()} {path}"
        assert re.fullmatch(r"[a-z][A-Za-z]+", operation.get("operationId", "")), where
        assert operation.get("summary"), where
        assert operation.get("description"), where
        assert operation.get("tags"), where
        for status, response in operation["responses"].items():
            assert "API-Version" in response.get("headers", {}), f"{where} {status}"
            if int(status) >= 400:
                assert list(response["content"]) == ["application/problem+json"], (
                    f"{where} {status}"
                )
        ids.append(operation["operationId"])
    assert len(ids) == len(set(ids)) >= 25


def test_paths_follow_the_dutch_api_design_rules(spec):
    assert spec["openapi"].startswith("3.")
    for path in spec["paths"]:
        assert path.startswith("/api/v1/"), "the major version is in the URI"
        assert not path.endswith("/"), "no trailing slashes"
        assert re.fullmatch(r"[a-z0-9/{}\-]+", path.replace("{slug}", "").replace("{uuid}", "")), (
            path
        )


def test_every_schema_field_has_a_description(spec):
    for name, schema in spec["components"]["schemas"].items():
        assert schema.get("description"), f"schema {name}"
        for field, details in schema.get("properties", {}).items():
            assert details.get("description"), f"{name}.{field}"


# Import reports and harvest sources name files, addresses and who imported them: like
# the web pages, they are for signed-in users and token holders only.
SIGNED_IN_READS = (
    "/api/v1/imports",
    "/api/v1/harvest-sources",
    # Exchange requests carry confidential terms; notifications are personal.
    "/api/v1/exchange-requests",
    "/api/v1/notifications",
)


def test_writes_declare_their_security_and_reads_make_it_optional(spec):
    for path, method, operation in operations(spec):
        security = operation.get("security")
        assert security, f"{method} {path}"
        if method == "get" and path.startswith(SIGNED_IN_READS):
            assert {} not in security, f"{method} {path}: for signed-in users"
        elif method == "get":
            assert {} in security, f"{method} {path}: reads need no credentials"
        else:
            assert {} not in security, f"{method} {path}: writes need credentials"
    assert set(spec["components"]["securitySchemes"]) == {"BearerToken", "SessionCookie"}


@pytest.mark.parametrize("path", ["/api/docs", "/api/v1/docs"])
def test_docs_page_uses_only_our_own_static_files(db, path):
    response = Client().get(path)
    assert response.status_code == 200
    html = response.content.decode()
    references = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert references, "the page loads swagger-ui"
    assert all(ref.startswith("/static/") for ref in references), references
    assert "swagger-ui-bundle.js" in html
    # No inline script may run: every <script> either loads a file or is JSON data.
    for attributes in re.findall(r"<script([^>]*)>", html):
        assert "src=" in attributes or 'type="application/json"' in attributes, attributes
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "/api/v1/openapi.json" in html


def test_docs_static_files_are_served(db):
    client = Client()
    for name in ["swagger-ui-bundle.js", "swagger-ui-init.js", "swagger-ui.css"]:
        response = client.get(f"/static/ninja/{name}")
        assert response.status_code == 200, name
