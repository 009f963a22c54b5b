"""Nothing a typo can do destroys the register: protected targets, demo, locks (issue 20)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.errors import StorageError
from ccb_desktop.files import refuse_protected_target
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _members(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def register(tmp_path: Path, clock: FixedClock) -> Path:
    """A real register with members and one automatic backup, closed (no WAL left)."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=12, clock=clock, with_meetings=False)
    BackupService(db, path, clock).make_automatic()
    db.close()
    return path


def _family(register: Path) -> list[Path]:
    """The files a report or backup must never replace, made real where they can be."""
    backup = next((register.parent / "backups").glob("*.sqlite"))
    lock = register.with_name(register.name + ".lock")
    lock.write_text("host\n1\nuser\n", encoding="utf-8")
    log = register.parent / "ccb_desktop.log"
    log.write_text("2026-11-29 INFO opened\n", encoding="utf-8")
    return [register, backup, lock, log]


@pytest.mark.parametrize("which", ["data", "backup", "lock", "log"])
def test_export_over_the_data_file_or_its_family_is_refused(
    register: Path, which: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export members --out` naming the data file, a backup, the lock or the log: exit 2, untouched."""
    family = dict(zip(["data", "backup", "lock", "log"], _family(register), strict=True))
    target = family[which]
    before = _digest(target)
    code = main(["export", "members", "--data", str(register), "--out", str(target)])
    assert code == 2
    assert _digest(target) == before
    assert "sao lưu" in capsys.readouterr().err  # the Vietnamese message names what it is
    assert _members(register) == 12


def test_the_same_file_by_another_spelling_is_refused(register: Path) -> None:
    """A relative path, a `..` detour or a symbolic link to the data file are the data file."""
    link = register.parent / "link.xlsx"
    link.symlink_to(register)
    detour = register.parent / "sub" / ".." / register.name
    for target in (link, detour):
        with pytest.raises(StorageError):
            refuse_protected_target(target, register)
    refuse_protected_target(register.parent / "report.xlsx", register)  # a normal name passes


def test_backup_out_over_the_data_file_or_another_backup_is_refused(
    register: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backup --out` naming the data file, an existing backup or the lock: exit 2, untouched."""
    for target in _family(register)[:3]:
        before = _digest(target)
        assert main(["backup", "--data", str(register), "--out", str(target)]) == 2
        assert _digest(target) == before
    other = register.parent / "other-register.sqlite"  # another chi hội's file, not open here
    open_database(other).close()
    before = _digest(other)
    assert main(["backup", "--data", str(register), "--out", str(other)]) == 2
    assert _digest(other) == before
    fresh = register.parent / "usb" / "copy.sqlite"
    assert main(["backup", "--data", str(register), "--out", str(fresh)]) == 0
    assert _members(fresh) == 12
    capsys.readouterr()


def test_the_window_export_over_the_data_file_is_refused(register: Path, clock: FixedClock) -> None:
    """The reports service (what the window's save dialog calls) refuses the open data file."""
    from ccb_desktop.services.reports import Period, ReportKind, ReportService

    db = open_database(register)
    try:
        with pytest.raises(StorageError):
            ReportService(db, clock).export(ReportKind.MEMBERS, register, Period.year(2026))
    finally:
        db.close()
    assert _members(register) == 12


def test_demo_refuses_a_real_register(register: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`demo --data` on a register with members exits 2 and changes nothing."""
    before = _digest(register)
    assert main(["demo", "--data", str(register), "--members", "5"]) == 2
    assert "không thay đổi" in capsys.readouterr().err or _digest(register) == before
    assert _digest(register) == before


def test_demo_refuses_a_register_with_only_unit_details(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A register set up (unit names entered) but without members is not 'empty' either."""
    from ccb_desktop.db.settings import save_unit_settings
    from ccb_desktop.domain.unit import UnitSettings

    path = tmp_path / "new.sqlite"
    db = open_database(path)
    with db.atomic():
        save_unit_settings(db, UnitSettings(chi_hoi_name="Chi hội 5"))
    db.close()
    assert main(["demo", "--data", str(path)]) == 2
    assert _members(path) == 0


def test_demo_fills_a_new_file_and_an_empty_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file and an opened-but-empty register both get the sample data."""
    new = tmp_path / "demo.sqlite"
    assert main(["demo", "--data", str(new), "--members", "7"]) == 0
    assert _members(new) == 7
    empty = tmp_path / "empty.sqlite"
    open_database(empty).close()
    assert main(["demo", "--data", str(empty), "--members", "10"]) == 0
    assert _members(empty) == 10
    capsys.readouterr()


WINDOW = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ccb_desktop.app import ApplicationContext
    context = ApplicationContext()
    context.open(Path(sys.argv[1]))
    print("open", flush=True)
    time.sleep(120)
    """
)


def _window_holding(path: Path) -> subprocess.Popen[str]:
    """Another process opening the file exactly as the window does (and holding it)."""
    process = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


def _roster(tmp_path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh"])
    sheet.append([1, "Nguyễn Văn Bình", 1950])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    return path


def test_every_writing_command_refuses_a_file_the_window_holds(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import, demo, backup and restore: refused with the holder's process named; nothing written."""
    backup = next((register.parent / "backups").glob("*.sqlite"))
    roster = _roster(tmp_path)
    window = _window_holding(register)
    try:
        backups_before = sorted((register.parent / "backups").iterdir())
        commands = {
            "import": (["import", str(roster), "--data", str(register)], 1),
            "demo": (["demo", "--data", str(register)], 2),
            "backup": (["backup", "--data", str(register)], 2),
            "backup --out": (
                ["backup", "--data", str(register), "--out", str(tmp_path / "c.sqlite")],
                2,
            ),
            "restore": (["restore", str(backup), "--data", str(register)], 2),
        }
        for name, (argv, expected) in commands.items():
            capsys.readouterr()
            assert main(argv) == expected, name
            err = capsys.readouterr().err
            assert str(window.pid) in err, name  # the holder is named
        assert _members(register) == 12
        assert sorted((register.parent / "backups").iterdir()) == backups_before
        assert not (tmp_path / "c.sqlite").exists()
        # Reading is still allowed while the window has the file.
        assert main(["members", "list", "--data", str(register)]) == 0
        assert main(["check", "--data", str(register)]) == 0
    finally:
        window.kill()
        window.wait()
        if window.stdout is not None:
            window.stdout.close()
    assert main(["backup", "--data", str(register)]) == 0  # the lock went with the window


def test_demo_does_not_even_upgrade_an_older_real_register(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """A register from an older version: refused before any migration, byte for byte unchanged."""
    from sqlite_utils import Database

    from ccb_desktop.db.migrations import known_migration_names, migrations
    from ccb_desktop.domain.member import Member
    from ccb_desktop.services.members import MemberService

    path = tmp_path / "old.sqlite"
    old = Database(path)
    migrations.apply(old, stop_before=known_migration_names()[-1])
    MemberService(old, clock).add(Member("Nguyễn Văn", "An"))
    old.close()
    before = _digest(path)
    assert main(["demo", "--data", str(path)]) == 2
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]  # no copy, no lock left
    capsys.readouterr()


@pytest.mark.parametrize(("count", "code"), [(-5, 2), (0, 2), (1, 0), (2, 0), (4, 0)])
def test_demo_with_a_tiny_or_impossible_count_never_tracebacks(
    tmp_path: Path, count: int, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """`demo --members 4` used to crash picking households; 0 or -5 are refused with a message."""
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--data", str(path), "--members", str(count)]) == code
    if code == 0:
        assert _members(path) == count
    else:
        assert "--members" in capsys.readouterr().err and not path.exists()


def test_a_folder_or_a_device_as_target_is_refused(
    register: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--out` naming a folder or /dev/null: refused with a message, the folder left as it was."""
    folder = register.parent / "reports"
    folder.mkdir()
    assert main(["export", "members", "--data", str(register), "--out", str(folder)]) == 2
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert str(folder) in capsys.readouterr().err
    with pytest.raises(StorageError) as raised:
        refuse_protected_target(Path(os.devnull), register)
    assert "ordinary file" in raised.value.msg.template
    assert main(["export", "members", "--data", str(register), "--out", os.devnull]) == 2
    assert Path(os.devnull).is_char_device()  # still the device, not replaced by a workbook
    capsys.readouterr()


def test_on_windows_a_differently_cased_name_is_the_data_file(
    register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows ignores case: with its path comparison, CHI_HOI.SQLITE is the data file."""
    import ccb_desktop.files as files

    monkeypatch.setattr(files.os.path, "normcase", lambda p: str(p).lower())
    with pytest.raises(StorageError):
        refuse_protected_target(register.with_name("CHI_HOI.SQLITE"), register)
    with pytest.raises(StorageError):
        refuse_protected_target(register.with_name("Chi_Hoi.sqlite.LOCK"), register)
