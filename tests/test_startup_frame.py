"""The window's frame paints before the data file opens (issue 22), and every way a start can
go (a clean file, a damaged one with or without a backup taken in its place, a password, a file
already open elsewhere) still ends as it did when the file was opened before the window."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop.app import ApplicationContext
from ccb_desktop.db.connection import open_database
from ccb_desktop.errors import CcbError
from ccb_desktop.services.backup import BackupService, automatic_backups_of
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.settings import AppSettings
from ccb_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent

# The real program (`ccb-desktop --data FILE`) in its own process, with the dialogs answered
# from a script and the start-up probe on: it prints what was imported when the frame
# painted and when the tab in front painted with the file, the window's title at each, and
# what each dialog said.
START = r"""
import json, sys
answers = json.loads(sys.argv[2])
from ccb_desktop import app
from ccb_desktop.ui import dialogs

def confirm(_parent, _title, text, *_buttons):
    print("ASKED " + text.replace("\n", " "), flush=True)
    return answers.get("confirm", False)

def warn(_parent, _title, text, detail=""):
    print("WARNED " + text.replace("\n", " "), flush=True)

dialogs.confirm = confirm
dialogs.warn = warn
passwords = answers.get("passwords")
if passwords is not None:
    from ccb_desktop.ui import privacy_dialogs

    def ask_password(_parent, _path, problem):
        print("PASSWORD? " + problem, flush=True)
        return passwords.pop(0) if passwords else None

    privacy_dialogs.ask_password = ask_password

probe = app._quit_after_first_paint

def watch(qapp, window):
    def report(word):
        modules = ",".join(sorted(m for m in sys.modules if not m.startswith("_")))
        print(f"{word.upper()} {window.windowTitle()}|{modules}", flush=True)

    window.first_painted.connect(lambda: report("frame"))
    window.file_shown.connect(lambda: report("file"))
    probe(qapp, window)

app._quit_after_first_paint = watch
from ccb_desktop.cli import main
code = main(["--data", sys.argv[1]])
print(f"EXIT {code}", flush=True)
sys.exit(code)
"""

# Not one of these is needed to paint the frame: the data file's code and every tab's.
NOT_FOR_THE_FRAME = (
    "sqlite_utils",
    "sqlcipher3",
    "openpyxl",
    "python_calamine",
    "docx",
    "ccb_desktop.db",
    "ccb_desktop.excel",
    "ccb_desktop.word",
    "ccb_desktop.services.overview",
    "ccb_desktop.services.members",
    "ccb_desktop.services.reports",
    "ccb_desktop.services.importer",
    "ccb_desktop.services.privacy",
    "ccb_desktop.domain.member",
    "ccb_desktop.domain.honours",
    "ccb_desktop.domain.reports",
    "ccb_desktop.ui.home_tab",
    "ccb_desktop.ui.members_tab",
    "ccb_desktop.ui.lock",
)
# Not before the home screen has painted either (the other tabs, reports, printing, the
# workbook and Word code).
NOT_FOR_THE_HOME_SCREEN = (
    "openpyxl",
    "python_calamine",
    "docx",
    "ccb_desktop.excel",
    "ccb_desktop.word",
    "ccb_desktop.ui.members_tab",
    "ccb_desktop.ui.meetings_tab",
    "ccb_desktop.ui.support_tab",
    "ccb_desktop.ui.reports_tab",
    "ccb_desktop.ui.printing",
    "ccb_desktop.ui.print_menu",
    "ccb_desktop.services.importer",
    "ccb_desktop.services.reports",
    "ccb_desktop.domain.roster_import",
    "ccb_desktop.services.privacy",
)


def _start(path: Path, answers: dict[str, object] | None = None) -> list[str]:
    """The program's lines: FRAME / FILE (title|modules), ASKED, WARNED, PASSWORD?, EXIT."""
    result = subprocess.run(
        [sys.executable, "-c", START, str(path), json.dumps(answers or {})],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(
            os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), CCB_FIRST_PAINT_PROBE="1"
        ),
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.split(" ")[0].isupper()]
    assert lines and lines[-1].startswith("EXIT"), result.stderr[-3000:]
    return lines


def _modules(line: str) -> set[str]:
    return set(line.split("|", 1)[1].split(","))


def _kinds(lines: list[str]) -> list[str]:
    return [line.split(" ")[0] for line in lines]


@pytest.fixture
def register(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=30, clock=clock)
    db.close()
    return path


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(
            conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0]
        )
    finally:
        conn.close()


def test_the_frame_paints_before_the_file_and_its_code_then_the_home_screen(
    register: Path,
) -> None:
    """The real start: the frame paints with none of the data file's code imported (no
    sqlite-utils, no db/, no services but the bundle), then the file opens and the home
    screen paints, still without workbook, report or other tabs' code; exit 0."""
    lines = _start(register)
    assert _kinds(lines) == ["FRAME", "FILE", "EXIT"]
    frame, home = _modules(lines[0]), _modules(lines[1])
    assert "ccb_desktop.ui.main_window" in frame  # the list is the window's, not empty
    assert sorted(m for m in frame if m.startswith(NOT_FOR_THE_FRAME)) == []
    assert lines[0].startswith("FRAME CCB Desktop|")  # no file open yet: the program's name
    assert {"ccb_desktop.ui.home_tab", "ccb_desktop.db.connection", "sqlite_utils"} <= home
    assert sorted(m for m in home if m.startswith(NOT_FOR_THE_HOME_SCREEN)) == []
    assert lines[1].startswith("FILE ") and "— CCB Desktop|" in lines[1]
    assert lines[-1] == "EXIT 0"
    assert automatic_backups_of(register) == []  # the probe quits without the closing backup


def test_a_damaged_file_is_offered_its_backup_after_the_frame(
    register: Path, clock: FixedClock
) -> None:
    """Damaged when opened just after the frame's paint: the frame goes, the newest good
    backup is offered; taken, the program starts again on it (30 members)."""
    db = open_database(register)
    BackupService(db, register, clock).make_automatic()
    db.close()
    register.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    lines = _start(register, {"confirm": True})
    assert _kinds(lines) == ["FRAME", "ASKED", "FRAME", "FILE", "EXIT"]
    assert "30" in lines[1]  # the offer names the backup's members
    assert lines[-1] == "EXIT 0"
    assert _count(register) == 30
    assert any(register.parent.glob("chi_hoi.damaged-*"))  # the damaged file is kept


def test_a_damaged_file_declined_leaves_everything_as_it_was(
    register: Path, clock: FixedClock
) -> None:
    """No backup wanted: exit 2 after the frame, the damaged file untouched, no backup made
    of it, no home screen."""
    db = open_database(register)
    BackupService(db, register, clock).make_automatic()
    db.close()
    damaged = b"SQLite format 3\x00" + b"\xee" * 5000
    register.write_bytes(damaged)
    backups = sorted(p.name for _made, p in automatic_backups_of(register))
    lines = _start(register, {"confirm": False})
    assert _kinds(lines) == ["FRAME", "ASKED", "EXIT"]
    assert lines[-1] == "EXIT 2"
    assert register.read_bytes() == damaged
    assert sorted(p.name for _made, p in automatic_backups_of(register)) == backups


def test_a_file_open_in_another_window_is_refused_after_the_frame(register: Path) -> None:
    """The file already open elsewhere (its lock held): said, exit 2, nothing written."""
    context = ApplicationContext()
    context.open(register)
    try:
        before = register.read_bytes()
        lines = _start(register)
        assert _kinds(lines) == ["FRAME", "WARNED", "EXIT"]
        assert lines[-1] == "EXIT 2"
        assert register.read_bytes() == before
    finally:
        context.close()


def test_a_protected_file_asks_its_password_over_the_frame(register: Path) -> None:
    """The password is asked after the frame has painted: a wrong one is asked again with
    the reason, the right one opens the home screen."""
    from ccb_desktop.services.privacy import change_protection

    change_protection(register, None, "mật khẩu chi hội 3")
    lines = _start(register, {"passwords": ["sai rồi", "mật khẩu chi hội 3"]})
    assert _kinds(lines) == ["FRAME", "PASSWORD?", "PASSWORD?", "FILE", "EXIT"]
    assert lines[1] == "PASSWORD? " and len(lines[2]) > len("PASSWORD? ")  # the reason
    assert lines[-1] == "EXIT 0"


def test_the_frame_has_no_file_until_one_is_attached(
    qtbot, vietnamese, register: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """The frame: every tab named, the menus there, the program's name as title, no count
    and nothing to back up when closed; attached, it shows the file and says so once."""
    settings = AppSettings(tmp_path / "settings.ini")
    context = ApplicationContext(clock)
    frame = MainWindow(register, None, settings, context.open)
    qtbot.addWidget(frame)
    labels = [frame.tabs.tabText(i) for i in range(frame.tabs.count())]
    assert labels[:2] == ["Trang chủ", "Hội viên"] and all(labels)
    assert frame.windowTitle() == "CCB Desktop" and not frame.attached
    assert frame.menuBar().actions()  # the menus are built with the frame
    with pytest.raises(CcbError):
        _ = frame.services
    with qtbot.waitSignal(frame.first_painted, timeout=10000):
        frame.show()
    frame._update_attention()
    assert frame.attention_button.text() == "Cần quan tâm…"  # not "0 members": not counted
    assert frame.pages == []
    with qtbot.waitSignal(frame.file_shown, timeout=10000):
        frame.attach(context.open(register))
    assert frame.attached and len(frame.pages) == 1
    assert frame.windowTitle().endswith("— CCB Desktop") and frame.windowTitle() != "CCB Desktop"
    frame.close()
    context.close()


def test_a_frame_closed_before_its_file_opened_writes_nothing(
    qtbot, register: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Closed before the file was opened (nothing attached): no backup, the file untouched."""
    before = register.read_bytes()
    frame = MainWindow(register, None, AppSettings(tmp_path / "s.ini"), ApplicationContext().open)
    qtbot.addWidget(frame)
    frame.show()
    frame.close()
    assert register.read_bytes() == before
    assert automatic_backups_of(register) == []


def test_switching_tabs_does_not_count_the_attention_again(window: MainWindow) -> None:
    """The attention count reads every mark of the year: a change starts it again, a mere
    switch of tab (nothing changed) does not."""
    from ccb_desktop.services.changes import Change

    window._painted = True  # as after the first paint
    window._attention_timer.stop()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert not window._attention_timer.isActive(), window.tabs.tabText(index)
    window.data_changed.emit(Change.MEMBERS)
    assert window._attention_timer.isActive()
    window._attention_timer.stop()


def test_a_named_file_that_is_not_there_is_asked_about(tmp_path: Path) -> None:
    """A data file named on the command line that does not exist (a USB stick not plugged
    in): asked before an empty register is made; "Thoát" leaves nothing behind, "Tạo sổ mới"
    makes it and opens it."""
    missing = tmp_path / "usb" / "so-hoi-vien.sqlite"
    lines = _start(missing, {"confirm": False})
    assert _kinds(lines) == ["FRAME", "ASKED", "EXIT"]
    assert "Không có tệp dữ liệu" in lines[1] and str(missing) in lines[1]
    assert lines[-1] == "EXIT 1"
    assert not missing.parent.exists()
    lines = _start(missing, {"confirm": True})
    assert _kinds(lines) == ["FRAME", "ASKED", "FILE", "EXIT"]
    assert lines[-1] == "EXIT 0" and missing.exists()
