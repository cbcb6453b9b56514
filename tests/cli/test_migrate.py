"""`anker migrate` on the test database, which pytest-django has already migrated."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from anker.cli.database import pending_migrations
from anker.cli.main import app


@pytest.mark.django_db
def test_migrate_reports_an_up_to_date_schema(cli: CliRunner) -> None:
    result = cli.invoke(app, ["migrate"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output
    assert pending_migrations() == 0
