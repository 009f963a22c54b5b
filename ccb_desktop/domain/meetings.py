"""Meetings (sinh hoạt chi hội) and attendance: who is expected, rates, runs of absences."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Movement
from ccb_desktop.domain.vocabulary import MovementKind, Status


class MeetingKind(StrEnum):
    """Loại buổi sinh hoạt."""

    REGULAR = "thuong_ky"
    THEMATIC = "chuyen_de"
    ADMISSION = "ket_nap"
    YEAR_END = "tong_ket"
    EXTRAORDINARY = "dot_xuat"

    @property
    def label(self) -> str:
        return {
            MeetingKind.REGULAR: "Thường kỳ",
            MeetingKind.THEMATIC: "Chuyên đề",
            MeetingKind.ADMISSION: "Kết nạp",
            MeetingKind.YEAR_END: "Tổng kết",
            MeetingKind.EXTRAORDINARY: "Đột xuất",
        }[self]


class Mark(StrEnum):
    """Điểm danh: the letter is both the keyboard key and the grid symbol of the paper book."""

    PRESENT = "C"
    EXCUSED_ABSENCE = "P"
    UNEXCUSED_ABSENCE = "K"
    EXEMPT = "M"

    @property
    def label(self) -> str:
        return {
            Mark.PRESENT: "Có mặt",
            Mark.EXCUSED_ABSENCE: "Vắng có lý do",
            Mark.UNEXCUSED_ABSENCE: "Vắng không lý do",
            Mark.EXEMPT: "Miễn",
        }[self]

    @property
    def is_absence(self) -> bool:
        return self in (Mark.EXCUSED_ABSENCE, Mark.UNEXCUSED_ABSENCE)


@dataclass(frozen=True)
class Meeting:
    """One meeting of the chi hội."""

    date: dt.date
    kind: MeetingKind = MeetingKind.REGULAR
    place: str = ""
    content: str = ""
    chaired_by: int | None = None  # member id
    minutes_by: int | None = None  # member id
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class AttendanceMark:
    """One member's mark at one meeting; a reason only for an excused absence."""

    member_id: int
    mark: Mark
    reason: str = ""


@dataclass(frozen=True)
class Membership:
    """What the attendance rules need to know of a member: when they belonged, and how."""

    member_id: int
    movements: tuple[Movement, ...] = ()
    joined_hoi: PartialDate | None = None

    def status_on(self, day: dt.date) -> Status | None:
        """The member's status on `day`, or None when they were not yet (or no longer ever) one.

        Membership starts at the first movement if it is an admission or a transfer in,
        otherwise at the date of joining the Hội if known, otherwise it is taken as always.
        """
        starts, days, statuses = self._timeline
        if starts is not None and starts > day:
            return None
        # The status of the latest movement dated on or before `day` (status_after's rule:
        # the timeline is in that order already), active before any movement.
        seen = bisect_right(days, day)
        return statuses[seen - 1] if seen else Status.ACTIVE

    def on_register_between(self, start: dt.date, end: dt.date) -> bool:
        """On the register (attending or excused) on some day from `start` to `end`: on
        either end, or on the day of a movement between them."""
        days = self._timeline[1]
        between = days[bisect_left(days, start) : bisect_right(days, end)]
        for day in (start, end, *between):
            status = self.status_on(day)
            if status is not None and status.is_member:
                return True
        return False

    @cached_property
    def _timeline(self) -> tuple[dt.date | None, list[dt.date], list[Status]]:
        """The member's dated history, ordered once: the first day of membership (None:
        always), each movement's first day and the status it leaves. status_on is asked for
        every member at every meeting (tens of thousands of times for one home screen):
        replaying the movements each time froze the window at a province's size (issue 22)."""
        ordered = sorted(self.movements, key=lambda m: (m.date.earliest(), m.id or 0))
        starts: dt.date | None = None
        if ordered and ordered[0].kind in (MovementKind.ADMITTED, MovementKind.TRANSFERRED_IN):
            starts = ordered[0].date.earliest()
        elif self.joined_hoi is not None:
            starts = self.joined_hoi.earliest()
        days = [m.date.earliest() for m in ordered]
        return starts, days, [m.kind.resulting_status for m in ordered]


@dataclass(frozen=True)
class RosterEntry:
    """A line of a meeting's attendance sheet."""

    member_id: int
    expected: bool  # active on the meeting date: counts in the rate
    exempt: bool  # excused from meetings on that date (Miễn)
    still_on_roster: bool  # False: marked earlier, but no longer a member on that date


def allowed_marks(entry: RosterEntry) -> frozenset[Mark]:
    """The marks a line of the sheet may take: a member excused from meetings (Miễn) on the
    date is present or stays excused; anyone else is present or absent, never "Miễn"."""
    if entry.exempt:
        return frozenset({Mark.PRESENT, Mark.EXEMPT})
    return frozenset(Mark) - {Mark.EXEMPT}


def percent_value(part: int, whole: int) -> int | None:
    """`part` of `whole` in whole percent, rounded as the reports round; None for nothing."""
    return round(100 * part / whole) if whole else None


def percent(part: int, whole: int) -> str:
    """`part` of `whole` as every screen and report writes a rate ("85%"); "" for nothing."""
    value = percent_value(part, whole)
    return "" if value is None else f"{value}%"


def rate_text(rate: float | None) -> str:
    """A rate already divided out (0.85) written the same way ("85%"); "" for none."""
    return "" if rate is None else f"{round(rate * 100)}%"


def roster_for(
    memberships: Iterable[Membership], day: dt.date, marked: Iterable[int] = ()
) -> list[RosterEntry]:
    """Everyone on the sheet of a meeting held on `day`.

    Active members are expected, excused members are listed as exempt, and anyone already
    marked stays listed (flagged) even if a later, back-dated movement took them off.
    """
    entries: dict[int, RosterEntry] = {}
    for membership in memberships:
        status = membership.status_on(day)
        if status is Status.ACTIVE:
            entries[membership.member_id] = RosterEntry(membership.member_id, True, False, True)
        elif status is Status.EXCUSED:
            entries[membership.member_id] = RosterEntry(membership.member_id, False, True, True)
    for member_id in marked:
        if member_id not in entries:
            entries[member_id] = RosterEntry(member_id, False, False, False)
    return list(entries.values())


def recorded_roster(
    sheet: Mapping[int, bool],
    memberships: Mapping[int, Membership],
    day: dt.date,
    marked: Iterable[int] = (),
) -> list[RosterEntry]:
    """The sheet of a meeting as it was saved (`sheet`: member id -> listed as exempt).

    Members added to the file later are never on it, whatever their join date says: what a
    past meeting expected does not change. A member a later, back-dated movement took off the
    register stays listed (flagged) and is no longer expected unless they were marked.
    """
    entries: dict[int, RosterEntry] = {}
    for member_id, exempt in sheet.items():
        membership = memberships.get(member_id)
        status = membership.status_on(day) if membership is not None else None
        still = status in (Status.ACTIVE, Status.EXCUSED)
        entries[member_id] = RosterEntry(member_id, still and not exempt, exempt, still)
    for member_id in marked:
        if member_id not in entries:
            entries[member_id] = RosterEntry(member_id, False, False, False)
    return list(entries.values())


def sheet_to_record(
    roster: Iterable[RosterEntry], marks: Mapping[int, AttendanceMark]
) -> dict[int, bool]:
    """What is kept of a sheet when it is saved: everyone listed or marked, and whether they
    were listed as exempt (Miễn)."""
    kept = {e.member_id: e.exempt for e in roster if e.still_on_roster or e.member_id in marks}
    for member_id, mark in marks.items():
        kept[member_id] = kept.get(member_id, False) or mark.mark is Mark.EXEMPT
    return kept


@dataclass(frozen=True)
class MeetingTotals:
    """Counts for one meeting: present, absences by kind, expected and the rate."""

    present: int = 0
    excused: int = 0
    unexcused: int = 0
    exempt: int = 0
    expected: int = 0
    marked: int = 0

    @property
    def rate(self) -> float | None:
        """Present / expected, or None while nobody is marked (not zero: not held yet)."""
        if self.marked == 0 or self.expected == 0:
            return None
        return self.present / self.expected


def meeting_totals(
    roster: Sequence[RosterEntry], marks: Mapping[int, AttendanceMark]
) -> MeetingTotals:
    """Totals of a meeting.

    An exempt member counts only if they came (as present and expected); a recorded mark
    always counts, even for someone a later movement took off the roster; an expected
    member not yet marked counts as expected but not present.
    """
    present = excused = unexcused = exempt = expected = marked = 0
    for entry in roster:
        mark = marks.get(entry.member_id)
        if mark is not None:
            marked += 1
        kind = mark.mark if mark is not None else None
        if kind is Mark.PRESENT:
            present += 1
            expected += 1
        elif (
            kind is Mark.EXEMPT
            or (entry.exempt and kind is not None)
            or (kind is None and entry.exempt)
        ):
            exempt += 1
        elif kind is Mark.EXCUSED_ABSENCE:
            excused += 1
            expected += 1
        elif kind is Mark.UNEXCUSED_ABSENCE:
            unexcused += 1
            expected += 1
        elif entry.expected:
            expected += 1
    return MeetingTotals(present, excused, unexcused, exempt, expected, marked)


@dataclass(frozen=True)
class MemberAttendance:
    """One member's record over a period: what the attention list and history show."""

    member_id: int
    expected: int = 0
    present: int = 0
    excused: int = 0
    unexcused: int = 0
    last_present: dt.date | None = None
    absence_run: int = 0  # absences in a row, counting back from the latest marked meeting
    marks: dict[int, Mark] = field(default_factory=dict)  # meeting id -> mark

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None


def member_attendance(
    member_id: int,
    meetings: Sequence[Meeting],
    own_marks: Mapping[int, AttendanceMark],
    taken: set[int],
    membership: Membership | None,
) -> MemberAttendance:
    """A member's attendance over `meetings` (any order), from their own marks by meeting id
    and the set of meetings whose sheet was taken. Meetings nobody was marked at are skipped
    (not held or not yet recorded), and so are meetings where the member has no mark."""
    expected = present = excused = unexcused = 0
    last_present: dt.date | None = None
    run = 0
    run_open = True
    per_meeting: dict[int, Mark] = {}
    for meeting in sorted(meetings, key=lambda m: (m.date, m.id or 0), reverse=True):
        assert meeting.id is not None
        if meeting.id not in taken:
            continue
        mark = own_marks.get(meeting.id)
        if mark is None:
            # Not on the sheet, or expected but left unmarked: counted neither way, and it
            # neither breaks nor extends a run of absences.
            continue
        per_meeting[meeting.id] = mark.mark
        status = membership.status_on(meeting.date) if membership else None
        if mark.mark is Mark.EXEMPT or (status is Status.EXCUSED and mark.mark is not Mark.PRESENT):
            continue
        expected += 1
        if mark.mark is Mark.PRESENT:
            present += 1
            if last_present is None:
                last_present = meeting.date
            run_open = False
        else:
            if mark.mark is Mark.EXCUSED_ABSENCE:
                excused += 1
            else:
                unexcused += 1
            if run_open:
                run += 1
    return MemberAttendance(
        member_id, expected, present, excused, unexcused, last_present, run, per_meeting
    )


@dataclass(frozen=True)
class AttentionRule:
    """When a member needs a visit: N absences in a row, or a rate under X% in 12 months."""

    absences_in_a_row: int = 3
    minimum_rate_percent: int = 50


def needs_attention(record: MemberAttendance, rule: AttentionRule) -> bool:
    """Whether the chi hội trưởng should look in on this member."""
    if record.absence_run >= rule.absences_in_a_row:
        return True
    rate = record.rate
    return rate is not None and rate * 100 < rule.minimum_rate_percent


def twelve_months_before(day: dt.date) -> dt.date:
    """The day one year before `day` (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def marks_by_member(
    marks: Mapping[int, Mapping[int, AttendanceMark]],
) -> tuple[dict[int, dict[int, AttendanceMark]], set[int]]:
    """Turn meeting → member → mark into member → meeting → mark, and the meetings taken."""
    by_member: dict[int, dict[int, AttendanceMark]] = {}
    for meeting_id, meeting_marks in marks.items():
        for member_id, mark in meeting_marks.items():
            by_member.setdefault(member_id, {})[meeting_id] = mark
    return by_member, {meeting_id for meeting_id, m in marks.items() if m}
