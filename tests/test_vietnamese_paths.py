"""Data files in folders with Vietnamese names (a user "Nguyễn Văn Được", a USB folder "Sao lưu").

These run everywhere; on GitHub's Windows runner (.github/workflows/windows.yml) they also
prove that nothing goes through the ANSI code page, which has no "ễ", "ư" or "ợ".
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ccb_desktop.app import ApplicationContext
from ccb_desktop.db.lock import DataFileLock
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo

ROOT = Path(__file__).resolve().parent.parent
USER_FOLDER = "Nguyễn Văn Được"


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        conn.close()


def _cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    """The real command line in a new process, with Python's default (non-UTF-8) I/O setup."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONIOENCODING", "PYTHONUTF8")
    }
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "ccb_desktop", *args], capture_output=True, env=env, timeout=120
    )


def test_the_program_keeps_its_data_under_a_vietnamese_user_folder(
    tmp_path: Path, clock: FixedClock
) -> None:
    """Open, save, lock, back up and reopen a file in ...\\Nguyễn Văn Được\\AppData\\...\\."""
    folder = tmp_path / "Users" / USER_FOLDER / "AppData" / "Roaming" / "CCB Desktop"
    data = folder / "ccb_desktop.sqlite"
    context = ApplicationContext(clock)
    services = context.open(data)  # creates the folders
    assert context.db is not None
    fill_demo(context.db, members=12, clock=clock)
    # The lock sits beside the file, even though its folder did not exist before.
    assert DataFileLock(data).path.exists()
    automatic = BackupService(context.db, data, clock).make_automatic()
    external = BackupService(context.db, data, clock).make_external(tmp_path / "USB" / "Sao lưu")
    context.close()
    assert not DataFileLock(data).path.exists()
    assert automatic.path.parent == folder / "backups"
    assert _count(data) == _count(automatic.path) == _count(external.path) == 12
    # The folder is found again under the name it was given (NFC, as the program writes it).
    assert USER_FOLDER in os.listdir(tmp_path / "Users")
    assert unicodedata.is_normalized("NFC", str(external.path))
    services = ApplicationContext(clock).open(data)
    assert services.members.count() == 12


@pytest.mark.slow
def test_the_command_line_takes_and_prints_vietnamese_paths(tmp_path: Path) -> None:
    """Paths come in through argv and go out on stdout intact, whatever the console encoding."""
    data = tmp_path / USER_FOLDER / "chi hội khu phố 3.sqlite"
    report = tmp_path / USER_FOLDER / "Báo cáo" / "danh sách trích ngang.xlsx"
    report.parent.mkdir(parents=True)
    filled = _cli("demo", "--data", str(data), "--members", "8")
    assert filled.returncode == 0, filled.stderr.decode("utf-8", "replace")
    assert str(data) in filled.stdout.decode("utf-8")  # the program writes UTF-8 itself
    assert _count(data) == 8
    exported = _cli("export", "members-short", "--data", str(data), "--out", str(report))
    assert exported.returncode == 0, exported.stderr.decode("utf-8", "replace")
    conn = sqlite3.connect(data)
    try:
        names = {row[0] for row in conn.execute("SELECT given_name FROM members")}
    finally:
        conn.close()
    workbook = load_workbook(report, read_only=True)
    try:
        cells = {cell for row in workbook.worksheets[0].iter_rows(values_only=True) for cell in row}
    finally:
        workbook.close()
    assert names and names <= {str(cell).split()[-1] for cell in cells if cell}
    checked = _cli("check", "--data", str(data))
    assert checked.returncode == 0 and str(data) in checked.stdout.decode("utf-8")
