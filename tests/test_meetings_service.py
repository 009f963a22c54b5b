"""Meetings on a real data file: save with marks, reopen, attention list, year grid, undo."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import AttendanceMark, AttentionRule, Mark, Meeting
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.members import MemberService


@pytest.fixture
def meetings(db: Database, clock: FixedClock) -> MeetingService:
    return MeetingService(db, clock)


def _people(service: MemberService) -> dict[str, int]:
    ids = {}
    for family, given in [
        ("Nguyễn Văn", "An"),
        ("Trần", "Bình"),
        ("Lê", "Cường"),
        ("Phạm", "Dũng"),
    ]:
        ids[given] = service.add(Member(family, given))
        service.record_movement(
            ids[given], Movement(MovementKind.ADMITTED, PartialDate(2020, 1, 1))
        )
    return ids


def _take(meetings: MeetingService, day: dt.date, marks: dict[int, Mark]) -> int:
    return meetings.save(
        Meeting(day, content="Sinh hoạt"),
        [AttendanceMark(i, m, "Ốm" if m is Mark.EXCUSED_ABSENCE else "") for i, m in marks.items()],
    )


def test_save_and_reopen_gives_the_same_marks(
    service: MemberService, meetings: MeetingService
) -> None:
    """The sheet read back shows exactly the marks and reasons saved, in official order."""
    ids = _people(service)
    meeting_id = _take(
        meetings,
        dt.date(2026, 11, 5),
        {
            ids["An"]: Mark.PRESENT,
            ids["Bình"]: Mark.EXCUSED_ABSENCE,
            ids["Cường"]: Mark.UNEXCUSED_ABSENCE,
        },
    )
    sheet = meetings.sheet(dt.date(2026, 11, 5), meeting_id)
    assert [line.member.given_name for line in sheet] == ["An", "Bình", "Cường", "Dũng"]
    assert [line.mark.mark if line.mark else None for line in sheet] == [
        Mark.PRESENT,
        Mark.EXCUSED_ABSENCE,
        Mark.UNEXCUSED_ABSENCE,
        None,
    ]
    assert sheet[1].mark is not None and sheet[1].mark.reason == "Ốm"
    row = meetings.meetings(2026)[0]
    assert (row.totals.present, row.totals.expected) == (1, 4)


def test_a_reason_is_kept_only_for_an_excused_absence(
    service: MemberService, meetings: MeetingService
) -> None:
    ids = _people(service)
    meeting_id = meetings.save(
        Meeting(dt.date(2026, 11, 5)), [AttendanceMark(ids["An"], Mark.PRESENT, "lý do thừa")]
    )
    line = next(
        x for x in meetings.sheet(dt.date(2026, 11, 5), meeting_id) if x.member.id == ids["An"]
    )
    assert line.mark is not None and line.mark.reason == ""


def test_a_failed_save_leaves_no_meeting(
    service: MemberService, meetings: MeetingService, db: Database
) -> None:
    """Meeting and marks are one transaction: a failure writing marks stores nothing."""
    ids = _people(service)
    db.execute(
        "CREATE TRIGGER no_marks BEFORE INSERT ON attendance BEGIN SELECT RAISE(ABORT, 'x'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        _take(meetings, dt.date(2026, 11, 5), {ids["An"]: Mark.PRESENT})
    assert meetings.meetings(None) == []


def test_attendance_for_a_future_meeting_is_refused(
    service: MemberService, meetings: MeetingService
) -> None:
    ids = _people(service)
    with pytest.raises(ValidationError):
        _take(meetings, dt.date(2026, 12, 5), {ids["An"]: Mark.PRESENT})
    planned = meetings.save(Meeting(dt.date(2026, 12, 5), content="Tổng kết"), [])
    assert meetings.get(planned).content == "Tổng kết"


def test_attention_list_picks_the_member_absent_three_times_running(
    service: MemberService, meetings: MeetingService
) -> None:
    ids = _people(service)
    for month in (8, 9, 10, 11):
        marks = {i: Mark.PRESENT for i in ids.values()}
        if month >= 9:
            marks[ids["Cường"]] = Mark.UNEXCUSED_ABSENCE
        if month == 11:
            marks[ids["Bình"]] = Mark.EXCUSED_ABSENCE
        _take(meetings, dt.date(2026, month, 5), marks)
    attention = meetings.attention(AttentionRule(3, 50))
    assert [line.member.given_name for line in attention] == ["Cường"]
    assert attention[0].record.absence_run == 3
    assert attention[0].record.last_present == dt.date(2026, 8, 5)


def test_year_grid_totals_match_the_marks(service: MemberService, meetings: MeetingService) -> None:
    """Each meeting's total present equals the C marks in its column; each member's count too."""
    ids = _people(service)
    plan = {
        dt.date(2026, 3, 5): {
            ids["An"]: Mark.PRESENT,
            ids["Bình"]: Mark.PRESENT,
            ids["Cường"]: Mark.UNEXCUSED_ABSENCE,
        },
        dt.date(2026, 6, 5): {
            ids["An"]: Mark.PRESENT,
            ids["Bình"]: Mark.EXCUSED_ABSENCE,
            ids["Dũng"]: Mark.PRESENT,
        },
    }
    for day, marks in plan.items():
        _take(meetings, day, marks)
    grid = meetings.year_grid(2026)
    assert len(grid.meetings) == 2
    for meeting in grid.meetings:
        assert meeting.id is not None
        column = [record.marks.get(meeting.id) for _member, record in grid.rows]
        assert grid.totals[meeting.id].present == column.count(Mark.PRESENT)
    counts = {member.given_name: (record.present, record.expected) for member, record in grid.rows}
    assert counts == {"An": (2, 2), "Bình": (1, 2), "Cường": (0, 1), "Dũng": (1, 1)}
    march = grid.meetings[0]
    dung = next(record for member, record in grid.rows if member.given_name == "Dũng")
    assert grid.cell(march, dung) == "?"  # expected in March, left unmarked


def test_a_back_dated_transfer_keeps_the_recorded_mark(
    service: MemberService, meetings: MeetingService
) -> None:
    """Transferred out before a meeting they were marked at: still shown, flagged, and kept."""
    ids = _people(service)
    meeting_id = _take(meetings, dt.date(2026, 10, 5), {ids["Dũng"]: Mark.PRESENT})
    service.record_movement(
        ids["Dũng"],
        Movement(MovementKind.TRANSFERRED_OUT, PartialDate(2026, 9, 1), paper_number="12/GGT"),
    )
    sheet = {
        line.member.given_name: line for line in meetings.sheet(dt.date(2026, 10, 5), meeting_id)
    }
    assert sheet["Dũng"].entry.still_on_roster is False
    assert sheet["Dũng"].mark is not None and sheet["Dũng"].mark.mark is Mark.PRESENT
    new_sheet = meetings.sheet(dt.date(2026, 10, 5))
    assert "Dũng" not in {line.member.given_name for line in new_sheet}


def test_delete_and_undo_a_meeting(service: MemberService, meetings: MeetingService) -> None:
    ids = _people(service)
    meeting_id = _take(meetings, dt.date(2026, 11, 5), {ids["An"]: Mark.PRESENT})
    meetings.delete(meeting_id)
    assert meetings.meetings(2026) == []
    meetings.undo_delete(meeting_id)
    assert meetings.meetings(2026)[0].totals.present == 1
