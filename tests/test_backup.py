"""Backups on real files: verified copies, rotation, external copies, restore, check."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ccb_desktop import __version__
from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.db.migrations import MIGRATION_SET, migrations
from ccb_desktop.domain.backups import backups_to_keep, external_backup_due
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.errors import NewerDatabaseError, StorageError
from ccb_desktop.services.backup import BackupService, newest_good_backup, replace_damaged_file
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.members import MemberService


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        conn.close()


def _count_or_none(path: Path) -> int | None:
    try:
        return _count(path)
    except sqlite3.DatabaseError:
        return None  # even the table is only in the WAL


def test_backup_holds_what_is_still_in_the_wal(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    """The backup API copies committed rows that live only in the WAL; a plain copy does not."""
    db.execute("PRAGMA wal_autocheckpoint=0")
    fill_demo(db, members=30, clock=clock, with_meetings=False)
    plain = db_path.with_name("plain-copy.sqlite")
    shutil.copyfile(db_path, plain)  # what a naive backup would do
    info = BackupService(db, db_path, clock).make_automatic()
    assert info.members == 30
    assert _count(info.path) == 30
    assert _count_or_none(plain) != 30  # the reason the backup API is used
    assert not Path(str(info.path) + "-wal").exists()


def test_backup_is_stamped_and_checked(db: Database, db_path: Path, clock: FixedClock) -> None:
    fill_demo(db, members=12, clock=clock)
    service = BackupService(db, db_path, clock)
    info = service.make_automatic()
    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name == "chi_hoi-20261129-093000.sqlite"
    assert (info.made_by, info.made_at) == (__version__, "2026-11-29T09:30:00")
    assert info.meetings > 0
    assert service.backed_up_today()
    assert service.preview(info.path).members == 12


def test_rotation_keeps_seven_days_and_twelve_months() -> None:
    """Newest per day for the last 7 days with backups, newest per month for 12 months."""
    stamps = [dt.datetime(2026, 11, 29, 8) - dt.timedelta(hours=12 * i) for i in range(2 * 400)]
    keep = backups_to_keep(stamps)
    days = sorted({s.date() for s in keep}, reverse=True)
    assert days[:7] == [dt.date(2026, 11, 29) - dt.timedelta(days=i) for i in range(7)]
    months = {(s.year, s.month) for s in keep}
    assert len(months) == 12
    assert len(keep) == 7 + 11  # this month's newest is also today's


def test_rotation_deletes_retired_backups(db: Database, db_path: Path) -> None:
    """Backups made over 40 days: only the kept ones remain in the folder."""
    for day in range(40):
        moment = dt.datetime(2026, 10, 1, 9) + dt.timedelta(days=day)
        BackupService(db, db_path, FixedClock(moment)).make_automatic()
    remaining = BackupService(db, db_path, FixedClock(dt.datetime(2026, 11, 9))).automatic_backups()
    assert len(remaining) == 7 + 1  # the last 7 days and October's newest
    assert remaining[-1][0] == dt.datetime(2026, 10, 31, 9)


def test_external_backup_is_named_for_the_unit_and_stops_the_reminder(
    db: Database, db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    begun = FixedClock(dt.datetime.combine(clock.today() - dt.timedelta(days=30), dt.time(9)))
    fill_demo(db, members=5, clock=begun, with_meetings=False)  # the register begun 30 days ago
    service = BackupService(db, db_path, clock)
    assert service.external_reminder_due()
    usb = tmp_path / "usb"
    usb.mkdir()
    info = service.make_external(usb)
    assert info.path.name == "CCB-chi-hoi-khu-pho-3-2026-11-29.sqlite"
    assert not service.external_reminder_due()
    assert service.last_external() == dt.date(2026, 11, 29)
    assert external_backup_due(dt.date(2026, 10, 29), dt.date(2026, 11, 29))
    assert not external_backup_due(dt.date(2026, 10, 31), dt.date(2026, 11, 29))


def test_restore_brings_back_the_copy_and_keeps_the_current_data(
    db: Database, db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """After a restore the data is the copy's; what was there before is itself backed up."""
    members = MemberService(db, clock)
    members.add(Member("Nguyễn Văn", "An"))
    copy = BackupService(db, db_path, clock).make_external(tmp_path)
    members.add(Member("Trần", "Bình"))
    members.add(Member("Lê", "Cường"))
    safety = BackupService(db, db_path, clock).restore(copy.path)
    db.close()
    reopened = open_database(db_path)
    try:
        names = [m.full_name for m in MemberService(reopened, clock).search(MemberFilter())]
        assert names == ["Nguyễn Văn An"]
        assert (
            reopened.execute(
                "SELECT count(*) FROM settings WHERE key LIKE 'backup.made%'"
            ).fetchone()[0]
            == 0
        )
    finally:
        reopened.close()
    assert _count(safety.path) == 3


def test_restore_of_an_older_version_is_upgraded(
    db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    """A backup made before the meetings existed is restored and migrated to today's schema."""
    old = tmp_path / "old-version.sqlite"
    old_db = Database(old)
    migrations.apply(old_db, stop_before="0002_meetings")
    old_db.execute(
        "INSERT INTO members (given_name, family_name, sex, status, search_key, sort_key, created_at, updated_at) "
        "VALUES ('An', 'Lê', 'nam', 'dang_sinh_hoat', 'le an', 'x', 'now', 'now')"
    )
    old_db.close()
    assert main(["restore", str(old), "--data", str(db_path)]) == 0
    db = open_database(db_path)
    try:
        assert "meetings" in db.table_names()
        assert db.execute("SELECT given_name FROM members").fetchall() == [("An",)]
    finally:
        db.close()


def test_a_backup_from_a_newer_version_is_refused(
    db: Database, db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    MemberService(db, clock).add(Member("Lê", "An"))
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(BackupService(db, db_path, clock).make_external(tmp_path).path, newer)
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, '9999_future', 'x')",
        [MIGRATION_SET],
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerDatabaseError):
        BackupService(db, db_path, clock).restore(newer)
    assert MemberService(db, clock).count() == 1


def test_check_command_reports_intact_and_damaged_files(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`check` exits 0 on a good file and non-zero, in Vietnamese, on a damaged one."""
    fill_demo(db, members=40, clock=clock)
    copy = BackupService(db, db_path, clock).make_external(tmp_path).path
    assert main(["check", "--data", str(copy)]) == 0
    assert "40 hội viên" in capsys.readouterr().out
    data = bytearray(copy.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\x00\xff" * 4096
    copy.write_bytes(bytes(data))
    assert main(["check", "--data", str(copy)]) == 3
    assert "bị hỏng" in capsys.readouterr().err


def test_backup_command_writes_a_checked_copy(
    db: Database, db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    fill_demo(db, members=8, clock=clock, with_meetings=False)
    out = tmp_path / "copy" / "ban-sao.sqlite"
    assert main(["backup", "--data", str(db_path), "--out", str(out)]) == 0
    assert _count(out) == 8


def test_a_damaged_data_file_is_replaced_by_the_newest_good_backup(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    """The damaged file is kept under another name; the newest good backup takes its place."""
    fill_demo(db, members=20, clock=clock, with_meetings=False)
    BackupService(db, db_path, clock).make_automatic()
    db.close()
    data = bytearray(db_path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xaa" * 4096
    db_path.write_bytes(bytes(data))
    Path(str(db_path) + "-wal").unlink(missing_ok=True)
    with pytest.raises(StorageError):
        open_database(db_path)
    good = newest_good_backup(db_path)
    assert good is not None and good.members == 20
    kept = replace_damaged_file(db_path, good.path, dt.datetime(2026, 11, 29, 10))
    assert kept.name == "chi_hoi.damaged-20261129-100000.sqlite"
    assert kept.read_bytes()[len(data) // 2 : len(data) // 2 + 4] == b"\xaa" * 4
    assert _count(db_path) == 20
