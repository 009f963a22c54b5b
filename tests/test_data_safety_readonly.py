"""Read-only folders and files (issue 20): reading never writes, messages name the right file.

The tests run as root here, which ignores permission bits, so the folder or file is made
truly read-only with a read-only bind mount in a private mount namespace (`unshare -rm`);
elsewhere permission bits are enough.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop.db.connection import open_database
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo

ROOT = Path(__file__).resolve().parents[1]


def _can_mount_read_only() -> bool:
    if os.geteuid() != 0:
        return True  # permission bits work
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _can_mount_read_only(), reason="cannot make a read-only place")


def _run(read_only: list[Path], *argv: str) -> subprocess.CompletedProcess[str]:
    """Run `ccb-desktop argv` with each path in `read_only` unwritable for it."""
    command = [sys.executable, "-m", "ccb_desktop", *argv]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in read_only}
        for p in read_only:
            os.chmod(p, 0o555 if p.is_dir() else 0o444)
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
        finally:
            for p, mode in modes.items():
                os.chmod(p, mode)
    mounts = " && ".join(
        f"mount --bind {shlex.quote(str(p))} {shlex.quote(str(p))} && "
        f"mount -o remount,ro,bind {shlex.quote(str(p))}"
        for p in read_only
    )
    script = f"{mounts + ' && ' if mounts else ''}exec {shlex.join(command)}"
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT, env=env
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path, clock: FixedClock) -> Path:
    """A folder with a register (closed: WAL mode recorded, no side files) and one backup."""
    place = tmp_path / "usb"
    place.mkdir()
    path = place / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=15, clock=clock, with_meetings=False)
    BackupService(db, path, clock).make_automatic()
    db.close()
    return place


def _names(path: Path) -> list[str]:
    """Every member's full name, by our own SQL."""
    conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)  # no side files
    try:
        rows = conn.execute(
            "SELECT family_name || ' ' || given_name FROM members WHERE deleted_at IS NULL"
        ).fetchall()
    finally:
        conn.close()
    return sorted(r[0] for r in rows)


def test_check_and_members_list_work_in_a_read_only_folder(folder: Path) -> None:
    """Exit 0 for both, the right names, and not a byte written (no -wal or -shm either)."""
    data = folder / "chi_hoi.sqlite"
    before = _digest(data)
    listing_before = sorted(p.name for p in folder.iterdir())
    check = _run([folder], "check", "--data", str(data))
    assert check.returncode == 0, check.stderr
    assert "15" in check.stdout
    listing = _run([folder], "members", "list", "--data", str(data), "--all")
    assert listing.returncode == 0, listing.stderr
    printed = sorted(line.split("\t")[0] for line in listing.stdout.splitlines())
    assert printed == _names(data) and len(printed) == 15
    assert _digest(data) == before
    assert sorted(p.name for p in folder.iterdir()) == listing_before


def test_check_exits_3_only_for_damage(folder: Path, tmp_path: Path) -> None:
    """A missing file exits 2 (not the code for damage); a damaged one 3."""
    missing = _run([folder], "check", "--data", str(folder / "nope.sqlite"))
    assert missing.returncode == 2
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray((folder / "chi_hoi.sqlite").read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x13" * 4096
    damaged.write_bytes(bytes(data))
    assert _run([], "check", "--data", str(damaged)).returncode == 3


def test_an_export_from_a_read_only_place_writes_its_file_and_exits_0(
    folder: Path, tmp_path: Path
) -> None:
    """Read-only folder, or read-only data file in a writable folder: the report is written, exit 0."""
    data = folder / "chi_hoi.sqlite"
    before = _digest(data)
    for read_only, name in (([folder], "a.xlsx"), ([data], "b.xlsx")):
        out = tmp_path / name
        result = _run(read_only, "export", "members", "--data", str(data), "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
        # The export log could not note it, and says so in one line, not a traceback.
        assert "nhật ký" in result.stderr and "Traceback" not in result.stderr
    assert _digest(data) == before


def test_restore_into_a_read_only_data_file_blames_the_data_file(folder: Path) -> None:
    """The message names the data file, never the backup; nothing changes, no safety copy made."""
    data = folder / "chi_hoi.sqlite"
    backup = next((folder / "backups").glob("*.sqlite"))
    backups_before = sorted((folder / "backups").iterdir())
    before = _digest(data)
    result = _run([data], "restore", str(backup), "--data", str(data))
    assert result.returncode == 2
    assert str(data) in result.stderr and str(backup) not in result.stderr
    assert "chỉ cho đọc" in result.stderr
    assert _digest(data) == before
    assert sorted((folder / "backups").iterdir()) == backups_before


def test_writers_in_a_read_only_folder_name_the_data_file(folder: Path, tmp_path: Path) -> None:
    """import and demo: a message naming the data file (never an empty path), nothing written."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh"])
    sheet.append([1, "Nguyễn Văn Bình", 1950])
    roster = tmp_path / "roster.xlsx"
    book.save(roster)
    data = folder / "chi_hoi.sqlite"
    for read_only in ([folder], [data]):
        result = _run(read_only, "import", str(roster), "--data", str(data))
        assert result.returncode == 1
        assert str(data) in result.stderr and "chỉ cho đọc" in result.stderr
        assert "  " not in result.stderr.splitlines()[-1]  # no hole where a path should be
    assert len(_names(data)) == 15
