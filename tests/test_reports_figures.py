"""Figures the ward can trust: past meetings never change when members are added later, a
period across New Year holds all its meetings; every figure recomputed here with SQL."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportKind, ReportService

TODAY = dt.datetime(2026, 6, 15, 9, 0)
# Meetings on both sides of New Year; the report's period starts at the second one.
DATES = [dt.date(2025, 11, 5), dt.date(2025, 12, 5)] + [dt.date(2026, m, 5) for m in range(1, 6)]
PERIOD = Period(dt.date(2025, 12, 1), dt.date(2026, 5, 31))


@pytest.fixture
def today() -> FixedClock:
    return FixedClock(TODAY)


def _build(db: Database, clock: FixedClock) -> dict[dt.date, set[int]]:
    """Twelve members (one excused from meetings, one joining in February, one known only by
    a date of joining the Hội) and seven meetings; returns who each sheet expected when saved."""
    members = MemberService(db, clock)
    meetings = MeetingService(db, clock)
    rng = random.Random(12)
    names = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm", "Minh", "Nam"]
    for given in names:
        member_id = members.add(Member("Nguyễn Văn", given))
        members.record_movement(member_id, Movement(MovementKind.ADMITTED, PartialDate(2015, 3, 1)))
    excused = members.add(Member("Trần", "Phúc"))
    members.record_movement(excused, Movement(MovementKind.ADMITTED, PartialDate(2010)))
    members.record_movement(excused, Movement(MovementKind.EXCUSED, PartialDate(2024, 1, 1)))
    late = members.add(Member("Lê", "Quang"))
    members.record_movement(late, Movement(MovementKind.ADMITTED, PartialDate(2026, 2, 1)))
    members.add(Member("Võ", "Sơn", joined_hoi=PartialDate(2018, 6, 1)))
    expected: dict[dt.date, set[int]] = {}
    for position, day in enumerate(DATES):
        sheet = meetings.sheet(day)
        expected[day] = {line.member.id for line in sheet if line.entry.expected}
        marks = []
        for number, line in enumerate(sheet):
            if line.entry.exempt:
                marks.append(AttendanceMark(line.member.id, Mark.EXEMPT))
            elif position == 3 and number == 0:
                continue  # left unmarked: a "?" in the book, still expected
            else:
                mark = rng.choice(
                    [Mark.PRESENT] * 6 + [Mark.EXCUSED_ABSENCE, Mark.UNEXCUSED_ABSENCE]
                )
                marks.append(AttendanceMark(line.member.id, mark, "Ốm"))
        meetings.save(Meeting(day, content=f"Sinh hoạt tháng {day.month}"), marks)
    return expected


def _add_members_later(db: Database, clock: FixedClock) -> None:
    """Members typed in after the meetings: joined this month, no date at all, and one whose
    admission (back-dated) lies before every meeting."""
    members = MemberService(db, clock)
    members.add(Member("Đỗ", "Tâm", joined_hoi=PartialDate(2026, 6, 1)))
    members.add(Member("Hồ", "Thắng"))
    members.add(Member("Phan", "Uyên"))
    back = members.add(Member("Mai", "Vinh"))
    members.record_movement(back, Movement(MovementKind.ADMITTED, PartialDate(2019, 5, 1)))


def _sql_figures(db: Database, expected: dict[dt.date, set[int]]) -> list[tuple[Any, ...]]:
    """Per meeting of the period, from the attendance table and the sheet the test saw:
    (date, phải dự, có mặt, vắng có lý do, vắng không lý do)."""
    rows = []
    for day in DATES:
        if not PERIOD.start <= day <= PERIOD.end:
            continue
        (meeting_id,) = db.execute(
            "SELECT id FROM meetings WHERE date = ? AND deleted_at IS NULL", [day.isoformat()]
        ).fetchone()
        counts = dict(
            db.execute(
                "SELECT mark, count(*) FROM attendance WHERE meeting_id = ? GROUP BY mark",
                [meeting_id],
            ).fetchall()
        )
        marked = {
            r[0]
            for r in db.execute(
                "SELECT member_id FROM attendance WHERE meeting_id = ? AND mark <> 'M'",
                [meeting_id],
            ).fetchall()
        }
        due = len(marked | expected[day])
        rows.append((day, due, counts.get("C", 0), counts.get("P", 0), counts.get("K", 0)))
    return rows


def _meeting_rows(path: Path) -> list[tuple[Any, ...]]:
    ws = load_workbook(path)["Các buổi sinh hoạt"]
    found = []
    for row in ws.iter_rows(values_only=True):
        if isinstance(row[0], int):
            day = row[1].date() if isinstance(row[1], dt.datetime) else row[1]
            found.append((day, row[4], row[5], row[6], row[7]))
    return found


def _book(path: Path) -> tuple[list[str], dict[str, tuple[Any, ...]]]:
    ws = load_workbook(path)["Sổ theo dõi"]
    rows = list(ws.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "TT")
    dates = [str(v) for v in header[2:] if v and "/" in str(v)]
    body = {str(r[1]): tuple(r[2:]) for r in rows if isinstance(r[0], int)}
    return dates, body


def test_adding_members_later_never_changes_past_meetings(
    db: Database, today: FixedClock, tmp_path: Path
) -> None:
    """Export → add members (with and without dates) → export: every figure of the period's
    meetings is identical, equals the SQL recount, and Có mặt + vắng = Phải dự where all marked."""
    expected = _build(db, today)
    reports = ReportService(db, today)
    meetings = MeetingService(db, today)
    before = tmp_path / "truoc.xlsx"
    reports.export(ReportKind.ATTENDANCE, before, PERIOD)
    window_before = [(r.meeting.date, r.totals) for r in meetings.meetings(2026)]
    book_before = _book(before)
    _add_members_later(db, today)
    after = tmp_path / "sau.xlsx"
    reports.export(ReportKind.ATTENDANCE, after, PERIOD)
    recount = _sql_figures(db, expected)
    assert _meeting_rows(before) == recount
    assert _meeting_rows(after) == recount
    for day, due, present, excused, unexcused in recount:
        if day != DATES[3]:  # every expected member marked: the columns add up
            assert present + excused + unexcused == due
    assert [(r.meeting.date, r.totals) for r in meetings.meetings(2026)] == window_before
    assert _book(after) == book_before
    # The window's book and a reopened past sheet do not list the late-comers either.
    grid = meetings.year_grid(2026)
    late_names = {"Tâm", "Thắng", "Uyên", "Vinh"}
    for member, record in grid.rows:
        if member.given_name in late_names:
            assert all(grid.cell(m, record) == "" for m in grid.meetings)
    sheet = meetings.sheet(DATES[2], grid.meetings[0].id)
    assert late_names.isdisjoint(line.member.given_name for line in sheet)
    # A new meeting does list them (a member without a date counts from the next sheet on).
    new_sheet = {line.member.given_name for line in meetings.sheet(dt.date(2026, 6, 5))}
    assert {"Thắng", "Uyên", "Vinh"} <= new_sheet and "Tâm" in new_sheet


def test_a_period_across_new_year_holds_every_meeting(
    db: Database, today: FixedClock, tmp_path: Path
) -> None:
    """01/12/2025–31/05/2026: six meetings in the list and six columns in the book, each
    member's count equal to the SQL count of their marks in the period."""
    _build(db, today)
    target = tmp_path / "sh.xlsx"
    ReportService(db, today).export(ReportKind.ATTENDANCE, target, PERIOD)
    in_period = [d for d in DATES if PERIOD.start <= d <= PERIOD.end]
    assert [r[0] for r in _meeting_rows(target)] == in_period
    dates, body = _book(target)
    assert dates == [d.strftime("%d/%m") for d in in_period]
    for name, values in body.items():
        family, given = name.rsplit(" ", 1)
        present, due = db.execute(
            "SELECT sum(a.mark = 'C'), sum(a.mark IN ('C', 'P', 'K')) FROM attendance a "
            "JOIN meetings g ON g.id = a.meeting_id JOIN members m ON m.id = a.member_id "
            "WHERE g.date BETWEEN ? AND ? AND m.given_name = ? AND m.family_name = ? "
            "AND g.deleted_at IS NULL",
            [PERIOD.start.isoformat(), PERIOD.end.isoformat(), given, family],
        ).fetchone()
        count = values[len(in_period)]
        if due:
            assert count == f"{present}/{due}", name


def test_sheets_taken_before_the_upgrade_are_kept_as_they_were(
    db_path: Path, today: FixedClock, tmp_path: Path
) -> None:
    """A file from before step 0008: the upgrade keeps each taken sheet as the members who
    were in the file when it was saved; members typed in afterwards stay off it."""
    from ccb_desktop.db.connection import open_database

    db = open_database(db_path)
    expected = _build(db, today)
    db.execute("DROP TABLE meeting_rosters")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_meeting_rosters'")
    db.conn.commit()
    # Members typed in later, stamped after every meeting was saved.
    _add_members_later(db, FixedClock(dt.datetime(2026, 6, 20, 9, 0)))
    db.close()
    db = open_database(db_path)
    try:
        target = tmp_path / "sh.xlsx"
        ReportService(db, today).export(ReportKind.ATTENDANCE, target, PERIOD)
        assert _meeting_rows(target) == _sql_figures(db, expected)
    finally:
        db.close()


@pytest.mark.parametrize("members", [60, pytest.param(1000, marks=pytest.mark.slow)])
def test_attendance_figures_on_demo_files(
    db: Database, clock: FixedClock, tmp_path: Path, members: int
) -> None:
    """Demo files of 60 and 1,000 members, a year across New Year: each meeting's Phải dự,
    Có mặt and absences, the totals row and each member's count equal the SQL counts of the
    marks (every sheet of the demo is fully marked)."""
    from ccb_desktop.services.demo import fill_demo

    fill_demo(db, members=members, clock=clock)
    period = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 29))
    target = tmp_path / "sh.xlsx"
    ReportService(db, clock).export(ReportKind.ATTENDANCE, target, period)
    recount = [
        (dt.date.fromisoformat(day), due, present, excused, unexcused)
        for day, due, present, excused, unexcused in db.execute(
            "SELECT g.date, sum(a.mark IN ('C', 'P', 'K')), sum(a.mark = 'C'), "
            "sum(a.mark = 'P'), sum(a.mark = 'K') FROM meetings g "
            "JOIN attendance a ON a.meeting_id = g.id WHERE g.deleted_at IS NULL "
            "AND g.date BETWEEN ? AND ? GROUP BY g.id ORDER BY g.date, g.id",
            [period.start.isoformat(), period.end.isoformat()],
        ).fetchall()
    ]
    assert _meeting_rows(target) == recount
    rows = list(load_workbook(target)["Các buổi sinh hoạt"].iter_rows(values_only=True))
    totals = next(r for r in rows if str(r[0]).startswith("Tổng cộng"))
    assert (totals[4], totals[5]) == (sum(r[1] for r in recount), sum(r[2] for r in recount))
    dates, body = _book(target)
    assert len(dates) == len(recount)
    per_member = {
        name: f"{present}/{due}"
        for name, present, due in db.execute(
            "SELECT m.family_name || ' ' || m.given_name, sum(a.mark = 'C'), "
            "sum(a.mark IN ('C', 'P', 'K')) FROM attendance a "
            "JOIN meetings g ON g.id = a.meeting_id JOIN members m ON m.id = a.member_id "
            "WHERE g.date BETWEEN ? AND ? AND g.deleted_at IS NULL GROUP BY m.id",
            [period.start.isoformat(), period.end.isoformat()],
        ).fetchall()
    }
    assert {name: values[len(dates)] for name, values in body.items()} == per_member


def test_undoing_a_meeting_takes_its_kept_sheet_back_too(
    db: Database, today: FixedClock, tmp_path: Path
) -> None:
    """Undo of a re-save brings back the sheet kept before; undo of the first save removes it."""
    from ccb_desktop.services.history import HistoryService

    _build(db, today)
    meetings = MeetingService(db, today)
    members = MemberService(db, today)
    first = meetings.grid(DATES[-1], DATES[-1]).meetings[0]
    kept = db.execute(
        "SELECT member_id, exempt FROM meeting_rosters WHERE meeting_id = ? ORDER BY 1", [first.id]
    ).fetchall()
    newcomer = members.add(Member("Vũ", "Xuân"))
    sheet = meetings.sheet(first.date, first.id)
    marks = [AttendanceMark(line.member.id, Mark.PRESENT) for line in sheet]
    # Marking someone not on the kept sheet (typed in later) adds them to it.
    meetings.save(first, [*marks, AttendanceMark(newcomer, Mark.PRESENT)])
    after = db.execute(
        "SELECT member_id FROM meeting_rosters WHERE meeting_id = ?", [first.id]
    ).fetchall()
    assert (newcomer,) in after and len(after) == len(kept) + 1
    HistoryService(db, today).undo_last()
    assert (
        db.execute(
            "SELECT member_id, exempt FROM meeting_rosters WHERE meeting_id = ? ORDER BY 1",
            [first.id],
        ).fetchall()
        == kept
    )


def test_a_late_comers_history_lists_no_past_meeting(db: Database, today: FixedClock) -> None:
    """A member typed in after the meetings, without a join date, has no past meeting in
    their attendance history (they were on no sheet)."""
    _build(db, today)
    _add_members_later(db, today)
    meetings = MeetingService(db, today)
    (late,) = db.execute("SELECT id FROM members WHERE given_name = 'Thắng'").fetchone()
    assert meetings.history_lines(late, DATES[0], DATES[-1]) == []
    (early,) = db.execute("SELECT id FROM members WHERE given_name = 'An'").fetchone()
    assert len(meetings.history_lines(early, DATES[0], DATES[-1])) == len(DATES)
