"""Ctrl+Y: what Ctrl+Z took back is done again, in the data file, across restarts; and the
actions that change much at once are known, so the window asks before undoing them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from ccb_desktop.db.connection import Database, open_database
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.member import Member, ServicePeriod
from ccb_desktop.domain.vocabulary import ServicePeriodKind
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock


def _rows(db: Database, table: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()]


def _roster(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Tổ"])
    for number, (name, year) in enumerate(
        [("Nguyễn Văn An", 1950), ("Trần Thị Bình", 1955), ("Lê Văn Cường", 1948)], 1
    ):
        sheet.append([number, name, year, "Tổ 1"])
    book.save(path)
    return path


def test_redo_an_edit_brings_back_every_field(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    """Edit, undo, redo: the member's row and periods are exactly as after the edit."""
    s = Services.over(db, clock, db_path)
    member_id = s.members.add(
        Member("Nguyễn Văn", "An", periods=(ServicePeriod(ServicePeriodKind.CHONG_MY),))
    )
    s.members.update(dataclasses.replace(s.members.get(member_id), team="Tổ 3", periods=()))
    edited = _rows(db, "members"), _rows(db, "service_periods")
    assert s.history.last_redoable() is None  # nothing undone yet
    s.history.undo_last()
    assert db.execute("SELECT team FROM members").fetchone()[0] == ""
    redo = s.history.last_redoable()
    assert redo is not None and redo.label.render() == "Edit member Nguyễn Văn An"
    assert s.history.redo_last() is not None
    assert (_rows(db, "members"), _rows(db, "service_periods")) == edited
    assert s.history.last_redoable() is None
    # Redone, the edit can be undone again.
    undoable = s.history.last_undoable()
    assert undoable is not None and undoable.label.render() == "Edit member Nguyễn Văn An"


def test_two_undos_are_redone_newest_first_even_after_a_restart(db_path: Path) -> None:
    """Add A, add B, undo twice, reopen the file: Ctrl+Y brings back A, then B."""
    clock = FixedClock(dt.datetime(2026, 11, 29, 9))
    db = open_database(db_path)
    s = Services.over(db, clock, db_path)
    s.members.add(Member("Lê", "An"))
    s.members.add(Member("Lê", "Bình"))
    s.history.undo_last()
    s.history.undo_last()
    db.close()
    db = open_database(db_path)
    s = Services.over(db, clock, db_path)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    s.history.redo_last()
    assert [r[0] for r in db.execute("SELECT given_name FROM members")] == ["An"]
    s.history.redo_last()
    assert sorted(r[0] for r in db.execute("SELECT given_name FROM members")) == ["An", "Bình"]
    assert s.history.redo_last() is None
    db.close()


def test_a_new_action_after_an_undo_ends_the_redo(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    """As in every editor: once something else is done, what was undone stays undone."""
    s = Services.over(db, clock, db_path)
    s.members.add(Member("Lê", "An"))
    s.history.undo_last()
    s.members.add(Member("Lê", "Bình"))
    assert s.history.last_redoable() is None
    assert s.history.redo_last() is None
    assert [r[0] for r in db.execute("SELECT given_name FROM members")] == ["Bình"]


def test_a_whole_import_is_undone_and_redone(
    db: Database, db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """An import (a bulk action) is large; undo removes its members, redo brings them back
    whole, with the same ids."""
    s = Services.over(db, clock, db_path)
    roster = _roster(tmp_path / "ds.xlsx")
    assert s.importer.apply(s.importer.plan(roster)) == 3
    imported = _rows(db, "members")
    action = s.history.last_undoable()
    assert action is not None and s.history.is_large(action)
    s.history.undo_last()
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    s.history.redo_last()
    assert _rows(db, "members") == imported


def test_a_meetings_attendance_is_large_and_one_edit_is_not(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    """Saving a meeting's attendance marks many members at once: asked before undoing; adding
    one member is not."""
    s = Services.over(db, clock, db_path)
    a, b = s.members.add(Member("Lê", "An")), s.members.add(Member("Lê", "Bình"))
    single = s.history.last_undoable()
    assert single is not None and not s.history.is_large(single)
    s.meetings.save(
        Meeting(dt.date(2026, 11, 5)),
        [AttendanceMark(a, Mark.PRESENT), AttendanceMark(b, Mark.PRESENT)],
    )
    meeting = s.history.last_undoable()
    assert meeting is not None and s.history.is_large(meeting)
    marks = _rows(db, "attendance")
    s.history.undo_last()
    assert _rows(db, "attendance") == []
    s.history.redo_last()
    assert _rows(db, "attendance") == marks
