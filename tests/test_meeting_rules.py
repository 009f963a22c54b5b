"""Attendance rules: who is expected on a date, meeting totals, rates and runs of absences."""

from __future__ import annotations

import datetime as dt

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import (
    AttendanceMark,
    AttentionRule,
    Mark,
    Meeting,
    Membership,
    marks_by_member,
    meeting_totals,
    member_attendance,
    needs_attention,
    roster_for,
)
from ccb_desktop.domain.member import Movement
from ccb_desktop.domain.vocabulary import MovementKind, Status


def _mv(kind: MovementKind, y: int, m: int, d: int, movement_id: int = 0) -> Movement:
    return Movement(kind, PartialDate(y, m, d), id=movement_id)


ALWAYS = Membership(1)
JOINED_MAY = Membership(2, (_mv(MovementKind.ADMITTED, 2026, 5, 10),))
DIED_JUNE = Membership(
    3, (_mv(MovementKind.ADMITTED, 2000, 1, 1, 1), _mv(MovementKind.DECEASED, 2026, 6, 20, 2))
)
EXCUSED = Membership(4, (_mv(MovementKind.EXCUSED, 2025, 1, 1),))
JOINED_HOI_2027 = Membership(5, (), PartialDate(2027))


def test_status_on_follows_the_movements_and_the_joining_date() -> None:
    """Not yet a member before admission; deceased from the date of death; excused stays a member."""
    assert ALWAYS.status_on(dt.date(1990, 1, 1)) is Status.ACTIVE
    assert JOINED_MAY.status_on(dt.date(2026, 5, 9)) is None
    assert JOINED_MAY.status_on(dt.date(2026, 5, 10)) is Status.ACTIVE
    assert DIED_JUNE.status_on(dt.date(2026, 6, 19)) is Status.ACTIVE
    assert DIED_JUNE.status_on(dt.date(2026, 6, 20)) is Status.DECEASED
    assert EXCUSED.status_on(dt.date(2026, 1, 1)) is Status.EXCUSED
    assert JOINED_HOI_2027.status_on(dt.date(2026, 12, 31)) is None


def test_roster_of_a_date_lists_the_expected_and_the_exempt() -> None:
    """Members who joined later or died earlier are not on the sheet; excused ones are, as exempt."""
    everyone = [ALWAYS, JOINED_MAY, DIED_JUNE, EXCUSED, JOINED_HOI_2027]
    april = {e.member_id: e for e in roster_for(everyone, dt.date(2026, 4, 5))}
    assert set(april) == {1, 3, 4}
    assert april[4].exempt and not april[4].expected
    july = {e.member_id: e for e in roster_for(everyone, dt.date(2026, 7, 5))}
    assert set(july) == {1, 2, 4}


def test_a_marked_member_stays_on_the_sheet_after_a_back_dated_movement() -> None:
    """Marks already recorded are kept and shown, flagged, never silently dropped."""
    entries = {e.member_id: e for e in roster_for([DIED_JUNE], dt.date(2026, 7, 5), marked=[3])}
    assert entries[3].still_on_roster is False
    assert entries[3].expected is False


def test_meeting_totals_count_each_state() -> None:
    everyone = [ALWAYS, JOINED_MAY, EXCUSED, Membership(6)]
    roster = roster_for(everyone, dt.date(2026, 7, 5))
    marks = {
        1: AttendanceMark(1, Mark.PRESENT),
        2: AttendanceMark(2, Mark.EXCUSED_ABSENCE, "Ốm"),
        4: AttendanceMark(4, Mark.EXEMPT),
        6: AttendanceMark(6, Mark.UNEXCUSED_ABSENCE),
    }
    totals = meeting_totals(roster, marks)
    assert (totals.present, totals.excused, totals.unexcused, totals.exempt, totals.expected) == (
        1,
        1,
        1,
        1,
        3,
    )
    assert totals.rate == 1 / 3


def test_a_meeting_with_nobody_marked_has_no_rate() -> None:
    """Not taken yet is not 0%: the rate is unknown."""
    totals = meeting_totals(roster_for([ALWAYS, JOINED_MAY], dt.date(2026, 7, 5)), {})
    assert totals.expected == 2 and totals.present == 0 and totals.rate is None


def test_an_exempt_member_who_comes_counts_as_present() -> None:
    totals = meeting_totals(
        roster_for([EXCUSED], dt.date(2026, 7, 5)), {4: AttendanceMark(4, Mark.PRESENT)}
    )
    assert (totals.present, totals.expected, totals.exempt) == (1, 1, 0)


def _record(member_id, meetings, marks, membership):  # type: ignore[no-untyped-def]
    by_member, taken = marks_by_member(marks)
    return member_attendance(member_id, meetings, by_member.get(member_id, {}), taken, membership)


def _meetings(*days: tuple[int, int]) -> list[Meeting]:
    return [Meeting(dt.date(2026, m, d), id=i) for i, (m, d) in enumerate(days, start=1)]


def test_run_of_absences_counts_back_from_the_latest_meeting() -> None:
    """Absent (with or without reason) at the last three: run 3; present before that."""
    meetings = _meetings((1, 5), (2, 5), (3, 5), (4, 5), (5, 5))
    sequence = [
        Mark.PRESENT,
        Mark.PRESENT,
        Mark.UNEXCUSED_ABSENCE,
        Mark.EXCUSED_ABSENCE,
        Mark.UNEXCUSED_ABSENCE,
    ]
    marks = {m.id: {1: AttendanceMark(1, mark)} for m, mark in zip(meetings, sequence, strict=True)}
    record = _record(1, meetings, marks, ALWAYS)
    assert record.absence_run == 3
    assert (record.present, record.expected, record.excused, record.unexcused) == (2, 5, 1, 2)
    assert record.last_present == dt.date(2026, 2, 5)
    assert record.rate == 0.4
    assert needs_attention(record, AttentionRule(3, 30))
    assert not needs_attention(record, AttentionRule(4, 30))
    assert needs_attention(record, AttentionRule(4, 50))


def test_meetings_not_taken_and_meetings_before_joining_are_not_counted() -> None:
    """A meeting with no marks at all, or one before the member joined, neither helps nor hurts."""
    meetings = _meetings((4, 5), (6, 5), (7, 5))
    marks = {
        1: {1: AttendanceMark(1, Mark.PRESENT)},  # April: member 2 not yet admitted, unmarked
        2: {2: AttendanceMark(2, Mark.UNEXCUSED_ABSENCE), 1: AttendanceMark(1, Mark.PRESENT)},
        3: {},  # July: not taken yet
    }
    record = _record(2, meetings, marks, JOINED_MAY)
    assert (record.expected, record.present, record.absence_run) == (1, 0, 1)
    assert record.last_present is None


def test_exempt_members_are_never_flagged_for_their_exemption() -> None:
    meetings = _meetings((1, 5), (2, 5), (3, 5))
    marks = {m.id: {4: AttendanceMark(4, Mark.EXEMPT)} for m in meetings}
    record = _record(4, meetings, marks, EXCUSED)
    assert (record.expected, record.absence_run, record.rate) == (0, 0, None)
    assert not needs_attention(record, AttentionRule())
