"""The database comes from ANKER_DATABASE_URL; the default SQLite file runs in WAL mode."""

from __future__ import annotations

from django.db.backends.sqlite3.base import DatabaseWrapper

from anker.conf import base


def test_default_is_a_sqlite_file_in_the_data_directory_in_wal_mode(
    monkeypatch, tmp_path, django_db_blocker
):
    monkeypatch.setenv("ANKER_DATABASE_URL", "")
    monkeypatch.setattr(base, "DATA_DIR", tmp_path)
    config = base._database()
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "anker.sqlite3")
    wrapper = DatabaseWrapper({**config, "TIME_ZONE": None, "AUTOCOMMIT": True})
    with django_db_blocker.unblock(), wrapper.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA cache_size")
        assert cursor.fetchone()[0] == -65536
    wrapper.close()


def test_postgresql_url_is_understood(monkeypatch):
    monkeypatch.setenv("ANKER_DATABASE_URL", "postgresql://anker:secret@db.example:5433/ecosystem")
    config = base._database()
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == (
        "db.example",
        5433,
        "ecosystem",
        "anker",
    )
