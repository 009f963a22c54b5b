"""One door into a data file (`open_register`): the window and every command use it, every
writing command takes the lock, and a storage fault always names the file."""

from __future__ import annotations

import ast
import getpass
import hashlib
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import Workbook

import ccb_desktop
from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_register, storage_errors
from ccb_desktop.domain.member import Member
from ccb_desktop.errors import StorageError
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService

PACKAGE = Path(ccb_desktop.__file__).parent

WINDOW = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ccb_desktop.app import ApplicationContext
    ApplicationContext().open(Path(sys.argv[1]))
    print("open", flush=True)
    time.sleep(120)
    """
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def register(tmp_path: Path, clock: FixedClock) -> Path:
    """A closed register of three members with one automatic backup beside it."""
    path = tmp_path / "data" / "ccb.sqlite"
    db = open_register(path)
    service = MemberService(db, clock)
    for given in ("An", "Bình", "Cúc"):
        service.add(Member("Nguyễn Văn", given))
    BackupService(db, path, clock).make_automatic()
    db.close()
    return path


def test_every_writing_command_names_the_computer_and_user_holding_the_file(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real second process holds the file as the window does: import, demo, backup and
    restore are refused naming its computer and user, and the data file is byte for byte
    the same."""
    backup = next((register.parent / "backups").glob("*.sqlite"))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh"])
    sheet.append([1, "Trần Thị Dung", 1952])
    roster = tmp_path / "roster.xlsx"
    book.save(roster)
    before = _digest(register)
    backups = sorted((register.parent / "backups").iterdir())
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(register)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "open"
        for argv in (
            ["import", str(roster), "--data", str(register)],
            ["demo", "--data", str(register)],
            ["backup", "--data", str(register)],
            ["restore", str(backup), "--data", str(register)],
        ):
            capsys.readouterr()
            assert main(argv) != 0, argv[0]
            err = capsys.readouterr().err
            assert socket.gethostname() in err and getpass.getuser() in err, argv[0]
            assert str(register) in err, argv[0]
    finally:
        window.kill()
        window.wait()
        if window.stdout is not None:
            window.stdout.close()
    assert _digest(register) == before
    assert sorted((register.parent / "backups").iterdir()) == backups
    with sqlite3.connect(register) as conn:  # the killed window's log holds nothing new either
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 3
    conn.close()


def test_a_command_is_refused_while_another_command_writes(register: Path) -> None:
    """Two doors cannot both be open for writing, even within one process."""
    first = open_register(register)
    try:
        with pytest.raises(StorageError) as raised:
            open_register(register)
        assert socket.gethostname() in raised.value.msg.render()
        # Reading needs no lock.
        reader = open_register(register, read_only=True)
        assert MemberService(reader).count() == 3
        reader.close()
    finally:
        first.close()
    open_register(register).close()  # closing released the lock


def _opens_data_files_directly(path: Path) -> list[str]:
    """Calls of open_database (or sqlite_utils.Database) outside the db package."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in {"open_database", "DataFileLock"}:
                found.append(f"{path.name}:{node.lineno}: {name}")
    return found


def test_the_window_and_the_commands_use_the_one_door() -> None:
    """app.py and cli.py open data files only through open_register (the demo alone takes
    the lock first, to judge the file on a copy before anything is written)."""
    found = _opens_data_files_directly(PACKAGE / "app.py") + _opens_data_files_directly(
        PACKAGE / "cli.py"
    )
    assert [line.split(":")[0] + ":" + line.split(": ")[1] for line in found] == [
        "cli.py:DataFileLock"
    ]


def test_a_storage_fault_names_the_file_from_the_database(register: Path) -> None:
    """Given only the open database (a file, or a read-only copy in memory), the busy
    message names the file instead of leaving a blank."""
    for read_only in (False, True):
        db = open_register(register, read_only=read_only)
        try:
            with pytest.raises(StorageError) as raised, storage_errors(db):
                raise sqlite3.OperationalError("database is locked")
            text = raised.value.msg.render()
            assert str(register) in text and "  " not in text
        finally:
            db.close()


def test_no_service_leaves_a_storage_fault_unnamed() -> None:
    """Every storage_errors(...) outside db/ says which file (no empty call)."""
    empty = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "storage_errors"
        and not node.args
    ]
    assert empty == []
