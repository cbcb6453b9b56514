"""CSV export: for every entity type, the columns exported from the demo ecosystem are
the columns its import reads. The demo loads once for the module (tests/conftest.py)."""

from __future__ import annotations

import pytest

from anker.interop.csv import formats, table
from anker.interop.csv.engine import column_names
from anker.interop.registry import FORMATS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("entity", formats.ENTITIES, ids=lambda entity: entity.name)
def test_export_columns_are_the_import_columns(demo_ecosystem, entity, tmp_path):
    path = FORMATS[f"csv-{entity.name}"].exporter(tmp_path) and tmp_path / entity.filename
    header = table.read(path.read_bytes()).header
    assert header == [column.name for column in entity.export_columns()]
    assert [name for name in header if entity.column(name) is None] == []
    assert {column.name for column in entity.columns} <= set(header)
    assert formats.entity_of(column_names(header)) is entity
