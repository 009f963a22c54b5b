"""Opening data files: fresh, again, foreign, damaged, from a newer or an older version."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from ccb_desktop.db.connection import open_database, schema_version
from ccb_desktop.db.migrations import MIGRATION_SET, known_migration_names
from ccb_desktop.errors import NewerDatabaseError, StorageError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_every_migration_and_wal(db_path: Path) -> None:
    """A fresh file has all tables, the newest schema version, WAL and foreign keys on."""
    db = open_database(db_path)
    try:
        assert {"members", "movements", "service_periods", "settings"} <= set(db.table_names())
        assert schema_version(db) == known_migration_names()[-1]
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    """Opening an up-to-date file again leaves one record per migration and no backup."""
    open_database(db_path).close()
    db = open_database(db_path)
    try:
        names = [r["name"] for r in db.query("SELECT name FROM _sqlite_migrations")]
        assert names == known_migration_names()
    finally:
        db.close()
    assert list(db_path.parent.glob("*.before-*")) == []


def test_a_file_from_a_newer_version_is_refused_unchanged(db_path: Path) -> None:
    """An unknown migration means a newer program wrote it: refuse, and touch nothing."""
    open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "9999_from_the_future", "2030-01-01"],
    )
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    before = _digest(db_path)
    with pytest.raises(NewerDatabaseError) as raised:
        open_database(db_path)
    assert str(db_path) in raised.value.msg.render()
    assert _digest(db_path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    """A SQLite file without our migrations is not ours: refuse it, change nothing."""
    path = tmp_path / "other.sqlite"
    other = Database(path)
    other["customers"].insert({"name": "x"})
    other.close()
    before = _digest(path)
    with pytest.raises(StorageError):
        open_database(path)
    assert _digest(path) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    """A spreadsheet renamed .sqlite is refused with a message, not a traceback."""
    path = tmp_path / "danh_sach.sqlite"
    path.write_bytes(b"PK\x03\x04 this is really an xlsx")
    with pytest.raises(StorageError) as raised:
        open_database(path)
    assert "danh_sach.sqlite" in raised.value.msg.render()
    assert path.read_bytes().startswith(b"PK")


def test_a_damaged_file_is_refused(db_path: Path) -> None:
    """A file whose pages are garbage after the header gives a StorageError."""
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        open_database(db_path)


def test_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    """`members list` on a typo'd path says so instead of creating an empty file."""
    path = tmp_path / "khong_co.sqlite"
    with pytest.raises(StorageError):
        open_database(path, create=False)
    assert not path.exists()


def test_older_file_is_backed_up_then_upgraded(db_path: Path) -> None:
    """When a newer version adds a step, the old file is copied aside first, data intact."""
    db = open_database(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('unit.chi_hoi_name', 'Chi hội 3')")
    db.close()

    newer = Migrations(MIGRATION_SET)
    for name in known_migration_names():
        from ccb_desktop.db import migrations as current

        step = next(m for m in current.migrations.pending(Database(memory=True)) if m.name == name)
        newer(name=name)(step.fn)

    @newer(name="9000_test_step")
    def _add_table(database: Database) -> None:
        database.create_table("extra", {"id": int}, pk="id", strict=True)

    upgraded = open_database(db_path, schema=newer)
    try:
        assert "extra" in upgraded.table_names()
        assert schema_version(upgraded) == "9000_test_step"
    finally:
        upgraded.close()
    backups = list(db_path.parent.glob("chi_hoi.before-*"))
    assert len(backups) == 1
    copy = Database(backups[0])
    try:
        assert "extra" not in copy.table_names()
        assert copy.execute("SELECT value FROM settings").fetchone()[0] == "Chi hội 3"
    finally:
        copy.close()
