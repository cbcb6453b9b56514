"""CSV export: the demo ecosystem exported and imported into an empty database is the same
ecosystem, entity by entity and relation by relation (the exported columns are the
columns the import reads: test_csv_export_columns.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from anker.accounts.models import AuditEvent
from anker.architecture.models import Capability
from anker.catalogue.models import (
    BlockDescription,
    BlockLink,
    BuildingBlock,
    Dependency,
    StandardCompliance,
)
from anker.demo.load import load_demo, wipe_ecosystem
from anker.interop.csv import table
from anker.interop.models import ImportRun
from anker.interop.registry import FORMATS, ImportContext
from anker.organisations.models import Organisation, OrganisationIdentifier
from anker.reuse.models import Reuse
from tests.factories import BlockFactory, DescriptionFactory

pytestmark = pytest.mark.django_db
FILES = [
    "1-organisations.csv",
    "2-capabilities.csv",
    "3-blocks.csv",
    "4-dependencies.csv",
    "5-compliance.csv",
    "6-links.csv",
    "7-reuse.csv",
]
# Identity and provenance differ by design; a verification is a person's act, not data.
NOT_COMPARED = {
    "id", "uuid", "created", "modified", "source_format", "source_url", "external_id",
    "imported_at", "source_hash", "last_verified_at", "search_document",
}  # fmt: skip


def search_words() -> dict[str, list[str]]:
    """Each block's search text as a sorted list of lines: the demo writes tags in its data
    order, the services in name order; what can be found is the same."""
    return {
        slug: sorted(document.splitlines())
        for slug, document in BuildingBlock.objects.values_list("slug", "search_document")
    }


def ecosystem() -> dict[str, list[tuple]]:
    """Every entity and relation, read with the ORM (not with the code under test)."""
    block_fields = [
        field.name
        for field in BuildingBlock._meta.concrete_fields
        if not field.is_relation and field.name not in NOT_COMPARED
    ]
    queries = {
        "organisations": Organisation.objects.values_list(
            "slug", "name", "kind", "is_public_sector", "parent__slug", "country", "website",
            "description",
        ),
        "identifiers": OrganisationIdentifier.objects.values_list(
            "organisation__slug", "scheme", "value"
        ),
        "capabilities": Capability.objects.values_list(
            "slug", "name", "name_nl", "parent__slug", "description", "position"
        ),
        "blocks": BuildingBlock.objects.values_list("owner__slug", *block_fields),
        "tags": BuildingBlock.tags.through.objects.values_list("buildingblock__slug", "tag__name"),
        "realises": BuildingBlock.capabilities.through.objects.values_list(
            "buildingblock__slug", "capability__slug"
        ),
        "descriptions": BlockDescription.objects.values_list(
            "block__slug", "language", "short_description", "long_description"
        ),
        "dependencies": Dependency.objects.values_list(
            "dependent__slug", "dependency__slug", "note"
        ),
        "compliance": StandardCompliance.objects.values_list(
            "block__slug", "standard__slug", "status", "explanation"
        ),
        "links": BlockLink.objects.values_list(
            "block__slug", "kind", "url", "title", "media_type", "licence", "position"
        ),
        "reuse": Reuse.objects.values_list(
            "block__slug", "organisation__slug", "mode", "status", "since", "until",
            "stop_reason", "evidence_url", "evidence_note", "declared_by", "confirmed_at",
        ),
    }  # fmt: skip
    return {name: sorted(query, key=repr) for name, query in queries.items()}


def test_the_demo_round_trips_through_csv_files(tmp_path):
    from anker.cli.main import app

    load_demo(reset=True)
    before, words = ecosystem(), search_words()
    result = CliRunner().invoke(app, ["export", "csv", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in tmp_path.iterdir()) == FILES

    wipe_ecosystem()
    result = CliRunner().invoke(app, ["import", "csv", str(tmp_path)])
    assert result.exit_code == 0, result.output
    runs = ImportRun.objects.order_by("id")
    assert [Path(run.source).name for run in runs] == FILES
    assert all(run.rejected == run.updated == 0 and not run.warnings for run in runs)
    assert sum(run.accepted for run in runs) == sum(len(rows) for rows in before.values()) - (
        len(before["identifiers"])
        + len(before["tags"])
        + len(before["realises"])
        + len(before["descriptions"])
    )
    assert ecosystem() == before
    assert search_words() == words
    assert BuildingBlock.objects.filter(source_format="csv").count() == len(before["blocks"])

    # Importing the same files again changes nothing at all.
    events = AuditEvent.objects.count()
    reports = [
        FORMATS["csv"].importer(str(path), path.read_bytes(), ImportContext())
        for path in sorted(tmp_path.iterdir())
    ]
    assert all(report.counts["unchanged"] == len(report.outcomes) for report in reports)
    assert AuditEvent.objects.count() == events


def test_links_round_trip(tmp_path):
    block = BlockFactory(slug="dataset")
    BlockLink.objects.create(
        block=block, kind="download", url="https://data.example/a.csv", title="CSV, UTF-8",
        media_type="text/csv", licence="CC0-1.0", position=2,
    )  # fmt: skip
    BlockLink.objects.create(block=block, kind="access", url="https://data.example/", position=1)
    rows = sorted(BlockLink.objects.values_list("kind", "url", "title", "media_type", "licence"))
    FORMATS["csv-links"].exporter(tmp_path)
    BlockLink.objects.all().delete()
    path = tmp_path / "6-links.csv"
    report = FORMATS["csv-links"].importer(str(path), path.read_bytes(), ImportContext())
    assert report.count("accepted") == 2
    assert (
        sorted(BlockLink.objects.values_list("kind", "url", "title", "media_type", "licence"))
        == rows
    )
    assert list(BlockLink.objects.values_list("position", flat=True)) == [1, 2]


def test_descriptions_in_any_language_round_trip(tmp_path):
    block = BlockFactory(slug="portal")
    DescriptionFactory(block=block, language="pt-BR", short_description="Olá", long_description="")
    FORMATS["csv-blocks"].exporter(tmp_path)
    path = tmp_path / "3-blocks.csv"
    header = table.read(path.read_bytes()).header
    assert header[-2:] == ["short_description_pt-br", "long_description_pt-br"]
    importer = FORMATS["csv-blocks"].importer
    assert importer(str(path), path.read_bytes(), ImportContext()).count("unchanged") == 1
    changed = path.read_text(encoding="utf-8-sig").replace("Olá", "Oi")
    assert importer(str(path), changed.encode(), ImportContext()).count("updated") == 1
    assert list(block.descriptions.values_list("language", "short_description")) == [
        ("pt-BR", "Oi")
    ]
