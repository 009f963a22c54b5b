"""A quick start (issue 22): what the first paint does not need is not imported before it, and
what opening remembers between starts (the expected schema, a file verified at its clean close)
never lets a changed or damaged file through."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6

from ccb_desktop.db import schema_objects, startup_cache
from ccb_desktop.db.connection import CcbDatabase, open_database, open_register
from ccb_desktop.db.migrations import migrations
from ccb_desktop.domain.meetings import Meeting
from ccb_desktop.errors import DamagedFileError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui.main_window import TAB_CLASSES, LazyTab, MainWindow
from tests.damaged_files import corrupt_one_index

ROOT = Path(__file__).resolve().parent.parent

FIRST_PAINT = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from ccb_desktop.app import ApplicationContext
from ccb_desktop.settings import AppSettings
from ccb_desktop.ui.main_window import TAB_CLASSES, LazyTab, MainWindow

app = QApplication([])
painted = []

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(sorted(sys.modules))
            QTimer.singleShot(0, app.quit)
        return False

context = ApplicationContext()
path = Path(sys.argv[1])
window = MainWindow(path, context.open(path, check_later=True), AppSettings(Path(sys.argv[2])), context.open)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
print("\\n".join(painted[0]))
"""

DEFERRED = ("openpyxl", "python_calamine", "ccb_desktop.excel", "docx", "ccb_desktop.word")
# What the first screen (the register) does not use: the other tabs, the import and report
# services, the dialogs and printing (issue 22). Prefixes, as DEFERRED.
NOT_BEFORE_THE_FIRST_PAINT = (
    "ccb_desktop.ui.meetings_tab",
    "ccb_desktop.ui.support_tab",
    "ccb_desktop.ui.reports_tab",
    "ccb_desktop.services.importer",
    "ccb_desktop.services.reports",
    "ccb_desktop.domain.roster_import",
    "ccb_desktop.ui.member_dialog",
    "ccb_desktop.ui.movement_dialog",
    "ccb_desktop.ui.backup_dialogs",
    "ccb_desktop.ui.import_dialog",
    "ccb_desktop.ui.printing",
    "ccb_desktop.ui.print_menu",
    "ccb_desktop.services.privacy",  # the password and the idle lock: after the paint
)


def test_the_first_paint_imports_no_workbook_code(tmp_path: Path, clock: FixedClock) -> None:
    """Up to the window's first paint, neither openpyxl, calamine, python-docx nor our excel/
    and word/ is imported,
    nor the tabs not shown, the import and report services, the dialogs or printing."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=30, clock=clock)
    db.close()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = result.stdout.split()
    assert "ccb_desktop.ui.main_window" in loaded  # the list is the window's, not empty
    assert [m for m in loaded if m.startswith(DEFERRED)] == []
    assert [m for m in loaded if m.startswith(NOT_BEFORE_THE_FIRST_PAINT)] == []
    first = TAB_CLASSES[0]
    assert (first.module if isinstance(first, LazyTab) else first.__module__) in loaded  # built


def test_the_cached_expected_schema_is_the_one_the_migrations_make(tmp_path: Path) -> None:
    """The schema kept in the cache folder equals running the migrations on an empty file."""
    db = open_database(tmp_path / "chi_hoi.sqlite")
    applied = schema_objects.applied_steps(db.conn)
    db.close()
    made = schema_objects._run_steps(applied, migrations)
    schema_objects.expected_schema.cache_clear()
    first = schema_objects.expected_schema(applied)  # written to the cache (or read from it)
    schema_objects.expected_schema.cache_clear()
    again = schema_objects.expected_schema(applied)  # read back from the file
    assert first == made and again == made
    assert any(startup_cache.cache_dir().glob("schema-*.json"))


def test_a_damaged_schema_cache_is_ignored(tmp_path: Path) -> None:
    """A cache file cut short or rewritten by hand is not trusted: the schema is made again."""
    db = open_database(tmp_path / "chi_hoi.sqlite")
    applied = schema_objects.applied_steps(db.conn)
    db.close()
    made = schema_objects._run_steps(applied, migrations)
    for entry in startup_cache.cache_dir().glob("schema-*.json"):
        entry.write_text('{"objects": [["trigger"]], "sql": 3', encoding="utf-8")
    schema_objects.expected_schema.cache_clear()
    assert schema_objects.expected_schema(applied) == made
    for entry in startup_cache.cache_dir().glob("schema-*.json"):
        entry.write_text('{"objects": [], "sql": [], "tables": {"x": 5}}', encoding="utf-8")
    schema_objects.expected_schema.cache_clear()
    assert schema_objects.expected_schema(applied) == made


def test_a_trigger_slipped_in_is_still_removed_with_the_schema_cached(
    tmp_path: Path, clock: FixedClock
) -> None:
    """With the expected schema read from the cache, a foreign trigger is removed at open."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=5, clock=clock, with_meetings=False)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER spy AFTER INSERT ON actions BEGIN DELETE FROM members; END")
    conn.commit()
    conn.close()
    schema_objects.expected_schema.cache_clear()
    db = open_database(path)
    assert db.removed_objects == ("spy",)
    db.close()


@pytest.fixture
def closed_cleanly(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=20, clock=clock, with_meetings=False)
    db.close()
    return path


def test_a_file_closed_cleanly_is_remembered_until_something_writes_it(
    closed_cleanly: Path,
) -> None:
    """Closed cleanly by the program: remembered as verified; written by another: forgotten."""
    assert startup_cache.verified_unchanged(closed_cleanly)
    conn = sqlite3.connect(closed_cleanly)
    conn.execute("UPDATE members SET notes = 'x' WHERE id = 1")
    conn.commit()
    conn.close()
    assert not startup_cache.verified_unchanged(closed_cleanly)


def test_index_damage_after_a_clean_close_is_refused_at_open(closed_cleanly: Path) -> None:
    """A file verified at its last close, then given index-only damage: still refused."""
    assert startup_cache.verified_unchanged(closed_cleanly)
    corrupt_one_index(closed_cleanly)
    with pytest.raises(DamagedFileError):
        open_database(closed_cleanly)


@pytest.mark.skipif(sys.platform == "win32", reason="the change time is the creation time there")
def test_index_damage_with_the_old_modification_time_is_refused(closed_cleanly: Path) -> None:
    """Damage written with the modification time put back: the change time still tells."""
    before = closed_cleanly.stat()
    corrupt_one_index(closed_cleanly)
    os.utime(closed_cleanly, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(DamagedFileError):
        open_database(closed_cleanly)


def test_a_file_left_open_by_a_crash_is_checked_whole(closed_cleanly: Path) -> None:
    """A WAL left beside the file (the program was killed): not taken as verified."""
    db = open_database(closed_cleanly)
    db.execute("UPDATE members SET notes = 'y' WHERE id = 1")
    db.conn.commit()
    assert not startup_cache.verified_unchanged(closed_cleanly)
    db.close()
    assert startup_cache.verified_unchanged(closed_cleanly)


def test_only_the_tab_in_front_is_built_at_start(window: MainWindow) -> None:
    """The window builds the tab it shows; the others are built when first shown or asked for,
    and then show the data as it is by then."""
    from ccb_desktop.ui.meetings_tab import MeetingsTab
    from ccb_desktop.ui.support_tab import SupportTab

    assert window.tabs.count() == len(TAB_CLASSES)
    assert window.pages == [window.tabs.currentWidget()]  # the tab in front, and no other
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert {"Hội viên", "Sinh hoạt", "Giúp nhau giảm nghèo", "Báo cáo"} <= set(labels)
    # A meeting saved while the Meetings tab was never built: it shows once the tab is.
    day = dt.date(2026, 11, 2)
    window.services.meetings.save(Meeting(day, content="Họp chi hội tháng 11"), [])
    window.tabs.setCurrentIndex(labels.index("Sinh hoạt"))
    meetings = window.tabs.currentWidget()
    assert isinstance(meetings, MeetingsTab) and meetings.isVisible()
    assert window.page(MeetingsTab) is meetings
    shown = [
        meetings.meetings_model.data(meetings.meetings_model.index(r, 0))
        for r in range(meetings.meetings_model.rowCount())
    ]
    assert "02/11/2026" in shown
    # A test or a menu may ask for a tab never shown: it is built on demand, once.
    built = len(window.pages)
    support = window.page(SupportTab)
    assert window.page(SupportTab) is support and not support.isVisible()
    assert len(window.pages) == built + 1 and support in window.pages
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert len(window.pages) == len(TAB_CLASSES)


def test_first_painted_comes_once_after_the_first_paint(
    qtbot, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """The signal the day's backup and the frozen start-up probe wait for: once, after a paint."""
    from ccb_desktop.app import ApplicationContext
    from ccb_desktop.settings import AppSettings

    context = ApplicationContext(clock)
    window = MainWindow(
        db_path, context.open(db_path), AppSettings(tmp_path / "s.ini"), context.open
    )
    qtbot.addWidget(window)
    seen: list[bool] = []
    window.first_painted.connect(lambda: seen.append(window._painted))
    assert seen == []  # not on the way to the screen
    with qtbot.waitSignal(window.first_painted, timeout=10000):
        window.show()
    window.repaint()
    qtbot.wait(50)
    assert seen == [True]
    window.close()
    context.close()


def _damage_a_page_unseen(path: Path, table: str) -> None:
    """Break the page header of `table`'s root page, as a failing disk would, and record the
    new size and times as verified: damage the file system does not show (bit rot)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 8)  # no valid b-tree page starts so
    startup_cache.remember_verified(path)
    assert startup_cache.verified_unchanged(path)


def _write_one_note(db: CcbDatabase) -> None:
    db.execute("UPDATE members SET notes = 'n' WHERE id = 1")
    db.conn.commit()


def test_a_clean_file_is_checked_after_the_paint_and_written_only_then(
    closed_cleanly: Path,
) -> None:
    """check_later: a file verified at its clean close opens without its quick_check; it
    reads, but SQLite refuses every write to it until check_deferred() has passed."""
    db = open_register(closed_cleanly, check_later=True)
    try:
        assert db.pending_check == closed_cleanly
        assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 20
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            _write_one_note(db)
        db.conn.rollback()
        db.check_deferred()
        assert db.pending_check is None
        _write_one_note(db)
    finally:
        db.close()
    conn = sqlite3.connect(closed_cleanly)
    assert conn.execute("SELECT notes FROM members WHERE id = 1").fetchone() == ("n",)
    conn.close()
    assert startup_cache.verified_unchanged(closed_cleanly)  # closed cleanly again


def test_damage_found_after_the_paint_refuses_writes_and_forgets_the_file(
    closed_cleanly: Path,
) -> None:
    """Damage the check finds after the paint: DamagedFileError, still no write, and the
    file is no longer taken as verified, so the next opening checks it whole and refuses it."""
    _damage_a_page_unseen(closed_cleanly, "members")
    before = closed_cleanly.read_bytes()
    db = open_register(closed_cleanly, check_later=True)
    try:
        with pytest.raises(DamagedFileError):
            db.check_deferred()
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        db.conn.rollback()
    finally:
        db.close()
    assert not startup_cache.verified_unchanged(closed_cleanly)
    assert closed_cleanly.read_bytes() == before  # nothing written into the damaged file
    with pytest.raises(DamagedFileError):
        open_register(closed_cleanly, check_later=True)


def test_only_a_file_verified_at_its_close_waits_for_its_check(
    closed_cleanly: Path, tmp_path: Path
) -> None:
    """A file written by another program, a new file and a read-only opening are checked
    before they open, as without check_later; index damage is still refused at open."""
    corrupt_one_index(closed_cleanly)  # written by another program: not verified any more
    with pytest.raises(DamagedFileError):
        open_register(closed_cleanly, check_later=True)
    new = open_register(tmp_path / "new.sqlite", check_later=True)
    assert new.pending_check is None
    new.close()
    again = open_register(tmp_path / "new.sqlite", check_later=True, read_only=True)
    assert again.pending_check is None
    again.close()


def test_the_window_checks_before_its_backup_and_stops_on_damage(
    qtbot, closed_cleanly: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Just after the first paint: the check, then the day's backup; a damaged file gets no
    backup, the window hides and run_gui is told to start again (which checks it whole)."""

    from ccb_desktop.app import ApplicationContext, _after_first_paint
    from ccb_desktop.services.backup import automatic_backups_of
    from ccb_desktop.settings import AppSettings

    class _Exits:
        """The application's exit, recorded: QApplication.exit() would leave this test
        process's event loops refusing to run (Qt keeps quitNow until the next app.exec()),
        and every later dialog in it would return at once."""

        def __init__(self) -> None:
            self.codes: list[int] = []

        def exit(self, code: int) -> None:
            self.codes.append(code)

    app = _Exits()
    for damaged in (False, True):
        path = closed_cleanly if not damaged else tmp_path / "damaged.sqlite"
        if damaged:
            path.write_bytes(closed_cleanly.read_bytes())
            _damage_a_page_unseen(path, "members")
        context = ApplicationContext(clock)
        window = MainWindow(
            path,
            context.open(path, check_later=True),
            AppSettings(tmp_path / "s.ini"),
            context.open,
        )
        found: list[object] = []
        window.first_painted.connect(
            lambda w=window, c=context, f=found: _after_first_paint(app, w, c, f)  # type: ignore[arg-type]
        )
        with qtbot.waitSignal(window.first_painted, timeout=10000):
            window.show()
        assert [type(e) for e in found] == ([DamagedFileError] if damaged else [])
        assert app.codes == ([2] if damaged else [])
        assert window.isVisible() is not damaged
        assert bool(automatic_backups_of(path)) is not damaged
        if damaged:
            shiboken6.delete(window)  # as run_gui does: no closing backup, no timer left
        else:
            window.close()
        context.close()
