"""`anker createadmin`: a superuser with the platform role admin, never a duplicate."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from anker.accounts.models import PlatformRole, User
from anker.cli.main import app

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery-staple"


def test_creates_superuser_with_admin_role(cli: CliRunner) -> None:
    result = cli.invoke(
        app,
        [
            "createadmin",
            "--username",
            "beheer",
            "--email",
            "beheer@anker.example",
            "--password",
            PASSWORD,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "beheer" in result.output
    user = User.objects.get(username="beheer")
    assert user.is_superuser and user.is_staff
    assert user.platform_role == PlatformRole.ADMIN
    assert user.email == "beheer@anker.example"
    assert user.check_password(PASSWORD)


def test_password_from_environment(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANKER_ADMIN_PASSWORD", PASSWORD)
    result = cli.invoke(app, ["createadmin"])
    assert result.exit_code == 0, result.output
    assert User.objects.get(username="admin").check_password(PASSWORD)


def test_refuses_existing_user(cli: CliRunner) -> None:
    User.objects.create_user(username="admin", password=PASSWORD)
    result = cli.invoke(app, ["createadmin", "--password", PASSWORD])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert "Traceback" not in result.output
    assert User.objects.filter(username="admin").count() == 1
    assert not User.objects.get(username="admin").is_superuser


def test_without_password_or_terminal_says_how(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANKER_ADMIN_PASSWORD", raising=False)
    result = cli.invoke(app, ["createadmin"])
    assert result.exit_code == 1
    assert "ANKER_ADMIN_PASSWORD" in result.output
    assert not User.objects.exists()


def test_refuses_weak_password(cli: CliRunner) -> None:
    result = cli.invoke(app, ["createadmin", "--password", "123"])
    assert result.exit_code == 1
    assert "too short" in result.output
    assert not User.objects.exists()
