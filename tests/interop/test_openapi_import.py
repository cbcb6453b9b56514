"""OpenAPI and Swagger documents into the database: one api block per document."""

from __future__ import annotations

from pathlib import Path

import pytest

from anker.accounts.models import AuditEvent
from anker.catalogue.models import ApiSpecification, BuildingBlock
from anker.interop import registry, sources
from anker.interop.registry import ImportContext
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "openapi"

SPEC = """\
openapi: 3.0.3
info:
  title: Afvalkalender API
  version: 1.2.0
  description: |
    Ophaaldagen van afval per adres.
    Tweede regel.
  contact:
    name: Gemeente Waterveen
    email: api@waterveen.example
    url: https://developer.waterveen.example
  license:
    name: EUPL-1.2
servers:
  - url: https://api.waterveen.example/afval/v1
tags:
  - name: ophaaldagen
paths:
  /ophaaldagen:
    get:
      responses: {"200": {description: ok}}
  /adressen/{id}:
    get:
      responses: {"200": {description: ok}}
    delete:
      responses: {"204": {description: gone}}
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
"""


def run(data: str, name: str = "https://api.waterveen.example/afval/openapi.yaml", owner=None):
    return sources.import_source(
        registry.get("openapi"), name, data.encode(), ImportContext(owner=owner)
    )


def test_a_document_becomes_an_api_block_owned_by_its_contact():
    waterveen = OrganisationFactory(name="Gemeente Waterveen")
    result = run(SPEC)
    assert (result.accepted, result.rejected) == (1, 0)
    block = BuildingBlock.objects.get(kind="api")
    assert (block.name, block.version, block.licence, block.owner) == (
        "Afvalkalender API",
        "1.2.0",
        "EUPL-1.2",
        waterveen,
    )
    assert block.spec_url == "https://api.waterveen.example/afval/openapi.yaml"
    assert block.contact_email == "api@waterveen.example"
    assert (
        block.descriptions.get(language="en").short_description
        == "Ophaaldagen van afval per adres."
    )
    assert list(block.tags.values_list("name", flat=True)) == ["ophaaldagen"]
    spec = ApiSpecification.objects.get(block=block)
    assert (spec.family, spec.spec_version, spec.paths, spec.operations) == (
        "openapi3",
        "3.0.3",
        2,
        3,
    )
    assert spec.servers[0]["url"] == "https://api.waterveen.example/afval/v1"
    assert spec.security_schemes[0]["type"] == "apiKey"
    assert AuditEvent.objects.filter(entity_uuid=block.uuid, action="create").exists()


def test_reimport_is_unchanged_and_a_new_release_updates_in_place():
    OrganisationFactory(name="Gemeente Waterveen")
    run(SPEC)
    assert run(SPEC).unchanged == 1
    result = run(SPEC.replace("version: 1.2.0", "version: 1.3.0"))
    assert result.updated == 1
    assert BuildingBlock.objects.get(kind="api").version == "1.3.0"
    # A lifecycle a person set is kept: the import only starts new blocks in production.
    BuildingBlock.objects.filter(kind="api").update(lifecycle="deprecated")
    run(SPEC.replace("version: 1.2.0", "version: 1.4.0"))
    assert BuildingBlock.objects.get(kind="api").lifecycle == "deprecated"
    assert BuildingBlock.objects.filter(kind="api").count() == 1


def test_without_a_known_owner_the_document_is_rejected_with_the_reason():
    result = run(SPEC)
    assert result.rejected == 1
    assert (
        result.outcomes[0]["field"] == "/info/contact" and "--org" in result.outcomes[0]["reason"]
    )
    assert not BuildingBlock.objects.exists()


def test_invalid_documents_are_rejected_with_place_and_reason():
    owner = OrganisationFactory()
    result = run('{"openapi": "3.0.0", "info": {"title": "x",}}', name="broken.json", owner=owner)
    assert result.rejected == 1 and result.outcomes[0]["line"] == 1
    result = run("openapi: 3.0.0\ninfo: {version: '1'}\npaths: {}\n", owner=owner)
    assert result.outcomes[0]["field"] == "/info/title"
    assert not BuildingBlock.objects.exists()


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/openapi is not beside the project")
def test_every_real_document_imports_or_is_rejected_for_a_reason():
    owner = OrganisationFactory(name="Test owner")
    context = ImportContext(owner=owner)
    fmt = registry.get("openapi")
    outcomes = {}
    for name, data in sources.read_sources(str(SHARED), fmt):
        run_ = sources.import_source(fmt, name, data, context)
        outcomes[Path(name).name] = run_.outcomes[0]
    rejected = {name: o for name, o in outcomes.items() if o["status"] == "rejected"}
    assert set(rejected) == {"GSA__open-gsa-redesign__datadotgov-v1-openapi.json"}, rejected
    assert rejected["GSA__open-gsa-redesign__datadotgov-v1-openapi.json"]["line"]
    assert BuildingBlock.objects.filter(kind="api", owner=owner).count() == len(outcomes) - 1
    zaken = ApiSpecification.objects.get(block__spec_url="", block__name__icontains="zaken")
    assert zaken.operations > 50


@pytest.mark.parametrize(
    "name, identifier",
    [
        ("EUPL-1.2", "EUPL-1.2"),
        ("EUPL 1.2", "EUPL-1.2"),
        ("Apache 2.0", "Apache-2.0"),
        ("European Union Public License, version 1.2 (EUPL-1.2)", "EUPL-1.2"),
        ("Proprietary licence of the city", ""),
    ],
)
def test_licence_names_become_spdx_identifiers_only_when_clear(name, identifier):
    owner = OrganisationFactory()
    run(SPEC.replace("name: EUPL-1.2", f"name: {name}"), owner=owner)
    assert BuildingBlock.objects.get(kind="api").licence == identifier
