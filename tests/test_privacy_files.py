"""Issue 21: every file the program writes is for its user alone (0600 files, 0700 folders),
whatever the umask, and a crash report carries no member's personal data."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from ccb_desktop.app import _setup_logging
from ccb_desktop.db.connection import open_register
from ccb_desktop.domain.member import Member
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportService
from ccb_desktop.settings import AppSettings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix modes; Windows: ACLs")

ROOT = Path(__file__).resolve().parents[1]
SECRET_NAME = ("Hoàng Thị", "Bímật")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: what the program sets must not depend on the user's."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def _with_member(path: Path, clock: FixedClock) -> None:
    db = open_register(path)
    try:
        MemberService(db, clock).add(Member(family_name=SECRET_NAME[0], given_name=SECRET_NAME[1]))
    finally:
        db.close()


def test_a_new_data_file_its_side_files_lock_and_folder_are_user_only(
    tmp_path: Path, clock: FixedClock, open_umask: None
) -> None:
    """Created with umask 0: the file, -wal, -shm and lock are 0600, the new folder 0700."""
    path = tmp_path / "new folder" / "chi_hoi.sqlite"
    db = open_register(path)
    try:
        MemberService(db, clock).add(Member(family_name="Lê", given_name="Ba"))
        side = [path.with_name(path.name + s) for s in ("-wal", "-shm", ".lock")]
        assert all(p.exists() for p in side)
        assert {p.name: _mode(p) for p in [path, *side]} == {p.name: 0o600 for p in [path, *side]}
        assert _mode(path.parent) == 0o700
    finally:
        db.close()


def test_files_left_0644_by_an_older_version_are_made_user_only_at_open(
    tmp_path: Path, clock: FixedClock, open_umask: None
) -> None:
    """The data file, its log, backups folder and backups written world-readable are fixed."""
    path = tmp_path / "chi_hoi.sqlite"
    _with_member(path, clock)
    backups = tmp_path / "backups"
    backups.mkdir(mode=0o755)
    old_copy = backups / "chi_hoi-20260101-080000.sqlite"
    old_copy.write_bytes(path.read_bytes())
    log = tmp_path / "ccb_desktop.log"
    log.write_text("old log\n", encoding="utf-8")
    for p in (path, old_copy, log):
        os.chmod(p, 0o644)
    os.chmod(backups, 0o755)
    open_register(path).close()
    assert [_mode(p) for p in (path, old_copy, log)] == [0o600] * 3
    assert _mode(backups) == 0o700


def test_backups_usb_copy_export_log_and_settings_are_user_only(
    tmp_path: Path, clock: FixedClock, open_umask: None
) -> None:
    """An automatic backup (and its folder), a copy for the USB, a report, the log and the
    settings file are all written 0600 (folders 0700) with umask 0."""
    path = tmp_path / "chi_hoi.sqlite"
    _with_member(path, clock)
    db = open_register(path)
    try:
        service = BackupService(db, path, clock)
        automatic = service.make_automatic().path
        usb = tmp_path / "usb"
        usb.mkdir()
        external = service.make_external(usb).path
        report = ReportService(db, clock).export(
            "members", tmp_path / "out" / "list.xlsx", Period.year(2026)
        )
    finally:
        db.close()
    log = _setup_logging(tmp_path / "logs")
    settings_file = tmp_path / "config" / "ccb_desktop.ini"
    settings = AppSettings(settings_file)
    settings.font_size = 14
    settings.sync()
    written = [automatic, external, report.path, log, settings_file]
    assert [_mode(p) for p in written] == [0o600] * len(written)
    assert [_mode(p) for p in (automatic.parent, log.parent, settings_file.parent)] == [0o700] * 3


CRASH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ccb_desktop.app import _install_crash_handler, _setup_logging
    from ccb_desktop.db.connection import open_register

    data = Path(sys.argv[1])
    log_path = _setup_logging(data.parent)
    _install_crash_handler(log_path, smoke=True)
    db = open_register(data)
    row = db.execute("SELECT id, family_name, given_name, phone FROM members").fetchone()

    def look_up_member(row):
        raise KeyError(f"no team for {row[1]} {row[2]}, phone {row[3]}")

    look_up_member(row)
    """
)


def test_a_crash_on_a_member_writes_no_name_or_phone_to_the_log(
    tmp_path: Path, clock: FixedClock
) -> None:
    """A bug whose message quotes a member's name and phone: the log and the report on
    stderr keep where it happened and the kind of error, never the name or the number."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_register(path)
    try:
        MemberService(db, clock).add(
            Member(family_name=SECRET_NAME[0], given_name=SECRET_NAME[1], phone="0912345678")
        )
    finally:
        db.close()
    run = subprocess.run(
        [sys.executable, "-c", CRASH, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 3, run.stderr
    log = (tmp_path / "ccb_desktop.log").read_text(encoding="utf-8")
    for report in (log, run.stderr):
        assert "KeyError" in report and "look_up_member" in report
        for secret in (*SECRET_NAME, "Bimat", "0912345678"):
            assert secret not in report
