"""The change history and Ctrl+Z: every action recorded, the latest taken back, across restarts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from ccb_desktop.db.connection import Database, open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.member import Member, Movement, ServicePeriod
from ccb_desktop.domain.vocabulary import MovementKind, ServicePeriodKind, Status
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo


def _services(db: Database, clock: FixedClock, path: Path) -> Services:
    return Services.over(db, clock, path)


def test_undo_an_edit_restores_every_field(db: Database, db_path: Path, clock: FixedClock) -> None:
    s = _services(db, clock, db_path)
    member_id = s.members.add(
        Member(
            "Nguyễn Văn", "An", team="Tổ 1", periods=(ServicePeriod(ServicePeriodKind.CHONG_MY),)
        )
    )
    before = s.members.get(member_id)
    s.members.update(dataclasses.replace(before, team="Tổ 3", given_name="Ân", periods=()))
    action = s.history.last_undoable()
    assert action is not None and action.label.render() == "Edit member Nguyễn Văn Ân"
    s.history.undo_last()
    assert s.members.get(member_id) == before
    assert s.history.last_undoable().label.render() == "Add member Nguyễn Văn An"  # type: ignore[union-attr]


def test_undo_a_movement_restores_the_status(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    s = _services(db, clock, db_path)
    member_id = s.members.add(Member("Lê", "Bình"))
    s.members.record_movement(member_id, Movement(MovementKind.DECEASED, PartialDate(2026, 1, 2)))
    assert s.members.get(member_id).status is Status.DECEASED
    s.history.undo_last()
    member = s.members.get(member_id)
    assert member.status is Status.ACTIVE and member.movements == ()


def test_undo_an_attendance_change_brings_back_the_earlier_marks(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    s = _services(db, clock, db_path)
    a, b = s.members.add(Member("Lê", "An")), s.members.add(Member("Lê", "Bình"))
    meeting_id = s.meetings.save(
        Meeting(dt.date(2026, 11, 5)),
        [AttendanceMark(a, Mark.PRESENT), AttendanceMark(b, Mark.PRESENT)],
    )
    s.meetings.save(
        Meeting(dt.date(2026, 11, 5), id=meeting_id),
        [AttendanceMark(a, Mark.PRESENT), AttendanceMark(b, Mark.EXCUSED_ABSENCE, "Ốm")],
    )
    s.history.undo_last()
    marks = {
        line.member.id: line.mark.mark
        for line in s.meetings.sheet(dt.date(2026, 11, 5), meeting_id)
        if line.mark
    }
    assert marks == {a: Mark.PRESENT, b: Mark.PRESENT}


def test_undo_an_added_member_removes_them_whole(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    s = _services(db, clock, db_path)
    s.members.add(Member("Lê", "An", periods=(ServicePeriod(ServicePeriodKind.THOI_BINH),)))
    s.history.undo_last()
    assert s.members.count() == 0
    assert db.execute("SELECT count(*) FROM service_periods").fetchone()[0] == 0


def test_undo_works_after_a_restart(db_path: Path, clock: FixedClock) -> None:
    """The actions live in the data file: Ctrl+Z after reopening still takes back the last one."""
    db = open_database(db_path)
    s = _services(db, clock, db_path)
    member_id = s.members.add(Member("Lê", "An"))
    s.members.delete(member_id)
    db.close()
    db = open_database(db_path)
    s = _services(db, clock, db_path)
    assert s.history.last_undoable().label.render() == "Delete the record of Lê An"  # type: ignore[union-attr]
    s.history.undo_last()
    assert s.members.get(member_id).given_name == "An"
    db.close()


def test_history_of_a_member_says_what_changed_and_when(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    s = _services(db, clock, db_path)
    member_id = s.members.add(Member("Lê", "An", team="Tổ 1"))
    s.members.update(dataclasses.replace(s.members.get(member_id), team="Tổ 3"))
    changes = s.history.of_member(member_id)
    assert [c.operation for c in changes] == ["update", "insert"]
    assert (changes[0].old["team"], changes[0].new["team"]) == ("Tổ 1", "Tổ 3")  # type: ignore[index]
    assert changes[0].action.at == "2026-11-29T09:30:00"


def test_writes_outside_a_user_action_are_not_recorded(db: Database, clock: FixedClock) -> None:
    """Demo data and migrations are not the secretary's actions: nothing to undo."""
    fill_demo(db, members=10, clock=clock)
    assert db.execute("SELECT count(*) FROM changes").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM actions").fetchone()[0] == 0


def test_saving_an_unchanged_record_adds_nothing_to_undo(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    """Pressing Lưu on an unchanged form an hour later leaves Ctrl+Z on the real last action."""
    s = _services(db, clock, db_path)
    member_id = s.members.add(Member("Lê", "An"))
    later = _services(db, FixedClock(dt.datetime(2026, 11, 29, 10, 30)), db_path)
    later.members.update(later.members.get(member_id))
    assert db.execute("SELECT count(*) FROM actions").fetchone()[0] == 1
    assert later.history.last_undoable().label.render() == "Add member Lê An"  # type: ignore[union-attr]
