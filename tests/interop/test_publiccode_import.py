"""publiccode.yml into the database: identity, idempotence, provenance, audit, usedBy
and dependsOn, transactions, and the real files of ../shared/data/publiccode."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from anker.accounts.models import AuditEvent
from anker.catalogue.models import BuildingBlock, Dependency
from anker.interop import registry, sources
from anker.interop.models import ImportRun
from anker.interop.publiccode import importer
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "publiccode"

FILE = """\
publiccodeYmlVersion: "0.4"
name: Signalen
url: "https://github.com/example/signalen"
landingURL: "https://signalen.example"
softwareVersion: "2.1"
platforms: [web]
categories: [issue-tracking, Citizen-Engagement]
developmentStatus: stable
softwareType: standalone/web
description:
  nl:
    shortDescription: Meldingen openbare ruimte
    longDescription: Inwoners melden problemen in de openbare ruimte.
    features: [Melden, Volgen]
  en:
    shortDescription: Reports about public space
    longDescription: Residents report problems in public space.
    features: [Report]
legal:
  license: EUPL-1.2
  mainCopyrightOwner: Gemeente Amsterdam
maintenance:
  type: community
  contacts:
    - name: Team Signalen
      email: signalen@example.org
dependsOn:
  open:
    - name: PostgreSQL
      versionMin: "12"
usedBy:
  - Gemeente Utrecht
  - Gemeente Utrecht
  - Gemeente Amsterdam
"""


def run(data: str, name: str = "signalen/publiccode.yml", owner=None):
    fmt = registry.get("publiccode")
    return sources.import_source(fmt, name, data.encode(), ImportContext(owner=owner))


def test_a_file_becomes_a_block_with_its_relations():
    result = run(FILE)
    assert (result.accepted, result.rejected) == (1, 0)
    block = BuildingBlock.objects.get(external_id="https://github.com/example/signalen")
    assert (block.kind, block.lifecycle, block.licence, block.maintenance) == (
        "software",
        "production",
        "EUPL-1.2",
        "community",
    )
    assert block.owner.name == "Gemeente Amsterdam" and block.owner.kind == "local"
    assert block.homepage_url == "https://signalen.example" and block.version == "2.1"
    assert sorted(block.tags.values_list("name", flat=True)) == [
        "citizen-engagement",
        "issue-tracking",
    ]
    assert {d.language: d.short_description for d in block.descriptions.all()} == {
        "nl": "Meldingen openbare ruimte",
        "en": "Reports about public space",
    }
    assert "- Melden" in block.descriptions.get(language="nl").long_description
    assert (block.source_format, block.source_url) == ("publiccode", "signalen/publiccode.yml")
    assert len(block.source_hash) == 64 and block.imported_at is not None
    # dependsOn: a placeholder block of an unknown provider
    dependency = Dependency.objects.get(dependent=block)
    assert dependency.dependency.name == "PostgreSQL"
    assert dependency.dependency.owner.slug == "unknown-provider"
    from anker.catalogue.selectors import block_search

    assert [b.name for b in block_search(user=None, query="postgresql").page] == ["PostgreSQL"]
    # usedBy: one claim (duplicates and the owner itself left out), not yet confirmed
    reuse = Reuse.objects.get(block=block)
    assert reuse.organisation.name == "Gemeente Utrecht"
    assert (reuse.declared_by, reuse.confirmed_at) == ("provider", None)
    block.refresh_from_db()
    assert block.reuse_count == 1
    assert AuditEvent.objects.filter(entity_uuid=block.uuid, action="create", via="cli").exists()
    assert ImportRun.objects.get().outcomes[0]["entity"] == f"building block {block.slug}"


def test_importing_twice_changes_nothing():
    run(FILE)
    counts = (
        BuildingBlock.objects.count(),
        Organisation.objects.count(),
        Reuse.objects.count(),
        Dependency.objects.count(),
        AuditEvent.objects.count(),
    )
    again = run(FILE, name="https://example.org/publiccode.yml")
    assert (again.accepted, again.updated, again.unchanged) == (0, 0, 1)
    assert counts == (
        BuildingBlock.objects.count(),
        Organisation.objects.count(),
        Reuse.objects.count(),
        Dependency.objects.count(),
        AuditEvent.objects.count(),
    )


def test_a_changed_file_updates_in_place_and_is_audited():
    run(FILE)
    changed = FILE.replace("developmentStatus: stable", "developmentStatus: obsolete").replace(
        "  - Gemeente Utrecht\n  - Gemeente Utrecht\n", "  - Gemeente Zwolle\n"
    )
    result = run(changed)
    assert result.updated == 1 and BuildingBlock.objects.filter(name="Signalen").count() == 1
    block = BuildingBlock.objects.get(name="Signalen")
    assert block.lifecycle == "deprecated"
    event = AuditEvent.objects.get(entity_uuid=block.uuid, action="update")
    assert ("lifecycle", "production", "deprecated") in event.changes
    # The withdrawn claim is gone; the new one is there.
    assert list(block.reuses.values_list("organisation__name", flat=True)) == ["Gemeente Zwolle"]


def test_a_confirmed_reuse_survives_a_withdrawn_claim():
    run(FILE)
    Reuse.objects.update(confirmed_at="2026-01-01T00:00:00Z")
    run(FILE.replace("  - Gemeente Utrecht\n  - Gemeente Utrecht\n", ""))
    assert Reuse.objects.filter(organisation__name="Gemeente Utrecht").exists()


def test_the_owner_can_be_given():
    owner = OrganisationFactory(name="Digitaal Bureau")
    run(FILE, owner=owner)
    assert BuildingBlock.objects.get(name="Signalen").owner == owner


def test_a_broken_file_is_rejected_and_stores_nothing():
    result = run("name: [unclosed\nurl: x\n")
    assert (result.accepted, result.rejected) == (0, 1)
    rejection = result.outcomes[0]
    assert rejection["line"] is not None and rejection["reason"]
    assert not BuildingBlock.objects.exists() and not Organisation.objects.exists()


def test_a_failure_half_way_leaves_the_database_untouched(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importer, "_set_used_by", explode)
    result = run(FILE)
    assert result.rejected == 1 and "disk on fire" in result.outcomes[0]["reason"]
    assert not BuildingBlock.objects.exists() and not Organisation.objects.exists()


@pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/data/publiccode is not beside the project"
)
def test_the_whole_real_folder_imports_from_the_command_line():
    from anker.cli.main import app

    result = CliRunner().invoke(app, ["import", "publiccode", str(SHARED)])
    runs = ImportRun.objects.all()
    files = [p for p in SHARED.iterdir() if p.suffix in (".yml", ".yaml")]
    assert runs.count() == len(files)
    rejected = [o for run in runs for o in run.outcomes if o["status"] == "rejected"]
    imported = sum(run.accepted + run.updated + run.unchanged for run in runs)
    assert imported + len(rejected) == len(files)
    assert imported >= len(files) - 5
    assert all(o["reason"] for o in rejected)
    assert result.exit_code == (2 if rejected else 0), result.output
    assert "rejected" in result.output
    # Every imported block is findable and owned.
    assert (
        BuildingBlock.objects.filter(source_format="publiccode", owner__isnull=False).count() >= 40
    )
    # usedBy lists of real files become provider claims.
    assert Reuse.objects.filter(declared_by="provider", source_format="publiccode").count() > 50


def test_the_import_report_is_shown_to_signed_in_users(client, actors):
    run("name: [unclosed\nurl: x\n", name="broken.yml")
    result = run(FILE)
    assert client.get("/imports/").status_code == 302  # sign in first
    client.force_login(actors.viewer)
    listing = client.get("/imports/").content.decode()
    assert "broken.yml" in listing and "signalen/publiccode.yml" in listing
    page = client.get(f"/imports/{result.uuid}/").content.decode()
    assert "building block signalen" in page and "accepted" in page


def test_unknown_formats_and_missing_paths_are_clear_errors(tmp_path):
    from anker.cli.main import app

    result = CliRunner().invoke(app, ["import", "csv-of-dreams", str(tmp_path)])
    assert result.exit_code == 1 and "Error: unknown format 'csv-of-dreams'" in result.output
    assert "dcat, openapi, publiccode" in result.output and "KeyError" not in result.output
    result = CliRunner().invoke(app, ["import", "publiccode", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "no such file or folder" in result.output


def test_owner_falls_back_to_the_repository_account_with_a_warning():
    text = FILE.replace("  mainCopyrightOwner: Gemeente Amsterdam\n", "")
    result = run(text)
    assert result.accepted == 1
    assert BuildingBlock.objects.get(name="Signalen").owner.name == "example"


def test_warnings_are_kept_with_the_import():
    result = run(FILE.replace("  mainCopyrightOwner: Gemeente Amsterdam\n", ""))
    assert any("repository URL" in warning for warning in result.warnings)


def test_record_hash_does_not_depend_on_set_order():
    from anker.interop.provenance import record_hash

    assert record_hash({"tags": {"b", "a", "c"}}) == record_hash({"tags": {"c", "b", "a"}})
    assert record_hash({"tags": ["a", "b"]}) != record_hash({"tags": ["b", "a"]})
