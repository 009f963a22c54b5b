"""Hostile and broken data files (issue 20): foreign schema objects, index-only damage, 0 bytes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop.app import ApplicationContext, _offer_restore
from ccb_desktop.cli import main
from ccb_desktop.db.backup import inspect
from ccb_desktop.db.connection import open_database
from ccb_desktop.errors import DamagedFileError, StorageError
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui import dialogs
from tests.damaged_files import corrupt_one_index

BLANK_PHONES = (
    "CREATE TRIGGER blank_phones AFTER INSERT ON actions BEGIN UPDATE members SET phone = ''; END"
)


def _phones(path: Path) -> int:
    """Members with a phone number, counted with our own SQL."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM members WHERE phone <> ''").fetchone()[0])
    finally:
        conn.close()


def _objects(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def _tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def register(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=20, clock=clock, with_meetings=False)
    db.close()
    assert _phones(path) > 0
    return path


@pytest.fixture
def hostile_backup(register: Path, clock: FixedClock) -> Path:
    """A backup carrying a trigger that blanks every phone on the next action."""
    db = open_database(register)
    info = BackupService(db, register, clock).make_automatic()
    db.close()
    _tamper(info.path, BLANK_PHONES)
    return info.path


def test_the_hostile_trigger_really_blanks_phones_if_left(hostile_backup: Path) -> None:
    """The hostile file is hostile: run with plain sqlite3, the trigger blanks every phone."""
    _tamper(hostile_backup, "INSERT INTO actions (label, at) VALUES ('x', 'now')")
    assert _phones(hostile_backup) == 0


def test_check_names_the_foreign_trigger_and_exits_3(
    hostile_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` no longer calls such a copy intact: it names the trigger and exits 3."""
    assert main(["check", "--data", str(hostile_backup)]) == 3
    assert "blank_phones" in capsys.readouterr().err


def test_restore_removes_the_foreign_trigger_and_says_so(
    register: Path, hostile_backup: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """Restore: the trigger never reaches the data file, is named, and phones survive actions."""
    phones = _phones(register)
    assert main(["restore", str(hostile_backup), "--data", str(register)]) == 0
    assert "blank_phones" in capsys.readouterr().out
    assert "blank_phones" not in _objects(register)
    db = open_database(register)
    try:
        with db.atomic():  # any recorded action, as the next click would make
            db.execute("INSERT INTO actions (label, at) VALUES ('test', 'now')")
    finally:
        db.close()
    assert _phones(register) == phones


def test_opening_a_file_with_foreign_objects_removes_them_and_names_them(
    register: Path,
) -> None:
    """Opening any file: extra trigger, view and table removed; an altered own trigger restored."""
    conn = sqlite3.connect(register)
    own = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'history_members_update'"
    ).fetchone()[0]
    conn.close()
    _tamper(
        register,
        BLANK_PHONES,
        "CREATE VIEW spy AS SELECT family_name, phone FROM members",
        "CREATE TABLE stash (x)",
        "DROP TRIGGER history_members_update",
        # Same name as the program's trigger, another body: records nothing.
        "CREATE TRIGGER history_members_update AFTER UPDATE ON members BEGIN SELECT 1; END",
    )
    db = open_database(register)
    try:
        assert set(db.removed_objects) == {
            "blank_phones",
            "spy",
            "stash",
            "history_members_update",
        }
        sql = db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'history_members_update'"
        ).fetchone()[0]
        assert sql == own  # the program's own trigger is back, so changes are recorded
    finally:
        db.close()
    assert not {"blank_phones", "spy", "stash"} & _objects(register)
    assert _phones(register) > 0
    reopened = open_database(register)
    assert reopened.removed_objects == ()  # nothing left to remove
    reopened.close()


def test_the_window_says_what_opening_removed(
    register: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    """The window's open path (start-up and File → Open) tells the secretary, naming the trigger."""
    from ccb_desktop.app import _tell_removed

    _tamper(register, BLANK_PHONES)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: told.append(text))
    context = ApplicationContext(on_removed=_tell_removed)
    context.open(register)
    context.close()
    assert len(told) == 1 and "blank_phones" in told[0] and str(register) in told[0]


def test_a_table_of_the_program_with_other_columns_is_refused(register: Path) -> None:
    """A table rebuilt by another program (a generated column) cannot be repaired: refused."""
    _tamper(
        register,
        "ALTER TABLE settings ADD COLUMN spy TEXT GENERATED ALWAYS AS (key || value) VIRTUAL",
    )
    with pytest.raises(DamagedFileError):
        open_database(register)
    with pytest.raises(DamagedFileError):
        inspect(register)


def test_index_only_damage_is_found_at_open_with_the_restore_offer(
    register: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    """An index out of step with its table: refused at open, the newest backup offered."""
    db = open_database(register)
    BackupService(db, register, clock).make_automatic()
    db.close()
    corrupt_one_index(register)
    with pytest.raises(DamagedFileError) as raised:
        ApplicationContext(clock).open(register)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True
    )
    kept = _offer_restore(register, raised.value)
    assert kept is not None and kept.exists() and asked
    reopened = open_database(register)
    assert reopened.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    reopened.close()


def test_a_zero_byte_data_file_is_not_a_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0 bytes: open refuses it (not silently an empty register), as `check` does (exit 3)."""
    empty = tmp_path / "chi_hoi.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(DamagedFileError):
        ApplicationContext().open(empty)
    assert empty.read_bytes() == b""
    assert main(["check", "--data", str(empty)]) == 3
    assert main(["members", "list", "--data", str(empty)]) == 2
    capsys.readouterr()


def test_a_zero_byte_file_with_a_backup_gets_the_restore_offer(
    register: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    """The 0-byte file is kept aside and the backup put in its place when the secretary agrees."""
    db = open_database(register)
    BackupService(db, register, clock).make_automatic()
    db.close()
    register.write_bytes(b"")
    with pytest.raises(StorageError) as raised:
        ApplicationContext(clock).open(register)
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    kept = _offer_restore(register, raised.value)
    assert kept is not None and kept.stat().st_size == 0
    assert _phones(register) > 0


@pytest.mark.slow
def test_smoke_never_waits_on_a_message_box(register: Path, tmp_path: Path) -> None:
    """--smoke when the backup at close fails: the message goes to stderr, exit non-zero, no hang."""
    (register.parent / "backups").write_text("not a folder", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ccb_desktop", "--smoke", "--data", str(register)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 3
    assert "sao lưu" in result.stderr.lower()


def test_the_restore_preview_names_what_will_be_removed(
    hostile_backup: Path,
    register: Path,
    clock: FixedClock,
    qapp,
    vietnamese,  # type: ignore[no-untyped-def]
) -> None:
    """The restore window's preview names the foreign trigger before anything changes."""
    from ccb_desktop.ui.backup_dialogs import describe

    text = describe(inspect(hostile_backup))
    assert "blank_phones" in text and "gỡ bỏ" in text


def test_no_restore_offer_for_a_file_that_is_only_unwritable(
    register: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    """A read-only or busy file is not damaged: it is explained, never replaced by a backup."""
    from ccb_desktop.errors import error

    db = open_database(register)
    BackupService(db, register, clock).make_automatic()
    db.close()
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: asked.append("asked") or True)
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a: told.append(text))
    problem = error(StorageError, "The data file {path} cannot be written.", path=str(register))
    assert _offer_restore(register, problem) is None
    assert asked == [] and told and str(register) in told[0]
    assert _phones(register) > 0 and not list(register.parent.glob("*.damaged-*"))
