"""User actions on meetings: record one with its attendance, list, delete and undo, and the
views built from the marks (a member's history, the attention list, the year grid)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ccb_desktop.db import meetings as repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.meetings import (
    AttendanceMark,
    AttentionRule,
    Mark,
    Meeting,
    MeetingTotals,
    MemberAttendance,
    Membership,
    RosterEntry,
    allowed_marks,
    marks_by_member,
    meeting_totals,
    member_attendance,
    needs_attention,
    recorded_roster,
    roster_for,
    sheet_to_record,
    twelve_months_before,
)
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.register import MemberFilter, MemberSummary, StatusFilter
from ccb_desktop.domain.text import normalize
from ccb_desktop.domain.validation import Issue
from ccb_desktop.domain.vocabulary import Status
from ccb_desktop.errors import NotFoundError, ValidationError, error
from ccb_desktop.services.clock import Clock, SystemClock


@dataclass(frozen=True)
class MeetingRow:
    """A line of the meeting list."""

    meeting: Meeting
    totals: MeetingTotals


@dataclass(frozen=True)
class SheetLine:
    """A line of the attendance sheet: who, whether expected, and the mark so far."""

    member: MemberSummary
    entry: RosterEntry
    mark: AttendanceMark | None


@dataclass(frozen=True)
class AttentionLine:
    """A member the chi hội trưởng should visit, with why."""

    member: MemberSummary
    record: MemberAttendance


@dataclass(frozen=True)
class YearGrid:
    """The paper "sổ theo dõi sinh hoạt" for a year (or any period): members × meetings."""

    year: int  # the year of the period's first day
    meetings: list[Meeting]
    rows: list[tuple[MemberSummary, MemberAttendance]]
    totals: dict[int, MeetingTotals]  # meeting id -> totals
    expected: dict[int, set[int]]  # meeting id -> ids of members expected on its date

    def cell(self, meeting: Meeting, record: MemberAttendance) -> str:
        """What the paper book shows: the mark's letter, '?' where an expected member was
        left unmarked at a meeting whose sheet was taken, blank where they were not due."""
        assert meeting.id is not None
        mark = record.marks.get(meeting.id)
        if mark is not None:
            return mark.value
        taken = self.totals[meeting.id].marked > 0
        return "?" if taken and record.member_id in self.expected[meeting.id] else ""


class MeetingService:
    """The meetings tab's actions, each one transaction on the data file."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # Reading ---------------------------------------------------------------------------

    def _everyone(self) -> dict[int, MemberSummary]:
        everyone = member_repo.list_members(self.db, MemberFilter(status=StatusFilter.ALL))
        return {m.id: m for m in everyone}

    def _rosters(
        self,
        found: list[Meeting],
        marks: dict[int, dict[int, AttendanceMark]],
        memberships: dict[int, Membership],
    ) -> dict[int, list[RosterEntry]]:
        """Each meeting's sheet: as saved for a meeting whose attendance was taken, from the
        members' movements for one not held yet. Call inside `storage_errors(self.db)`."""
        ids = [m.id for m in found if m.id is not None]
        saved = repo.sheets_for(self.db, ids)
        rosters = {}
        for meeting in found:
            assert meeting.id is not None
            meeting_marks = marks.get(meeting.id, {})
            if meeting.id in saved:
                rosters[meeting.id] = recorded_roster(
                    saved[meeting.id], memberships, meeting.date, meeting_marks
                )
            else:
                rosters[meeting.id] = roster_for(memberships.values(), meeting.date, meeting_marks)
        return rosters

    def years(self) -> list[int]:
        """Years with meetings, newest first (this year always offered)."""
        with storage_errors(self.db):
            years = set(repo.meeting_years(self.db))
        years.add(self.clock.today().year)
        return sorted(years, reverse=True)

    def meetings(self, year: int | None = None) -> list[MeetingRow]:
        """Meetings of a year (all when None), newest first, with their totals."""
        start = dt.date(year, 1, 1) if year else None
        end = dt.date(year, 12, 31) if year else None
        with storage_errors(self.db):
            found = repo.list_meetings(self.db, start, end)
            marks = repo.marks_for(self.db, [m.id for m in found if m.id is not None])
            rosters = self._rosters(found, marks, repo.memberships(self.db))
        rows = []
        for meeting in reversed(found):
            assert meeting.id is not None
            meeting_marks = marks.get(meeting.id, {})
            rows.append(MeetingRow(meeting, meeting_totals(rosters[meeting.id], meeting_marks)))
        return rows

    def meetings_between(self, start: dt.date, end: dt.date) -> list[MeetingRow]:
        """Meetings between two dates (inclusive), oldest first, with their totals."""
        with storage_errors(self.db):
            found = repo.list_meetings(self.db, start, end)
            marks = repo.marks_for(self.db, [m.id for m in found if m.id is not None])
            rosters = self._rosters(found, marks, repo.memberships(self.db))
        return [
            MeetingRow(m, meeting_totals(rosters[m.id or 0], marks.get(m.id or 0, {})))
            for m in found
        ]

    def others_on(self, day: dt.date, meeting_id: int | None = None) -> list[MeetingRow]:
        """Meetings already recorded on `day`, other than `meeting_id`: a second meeting on
        the same date is usually the same one typed twice."""
        return [r for r in self.meetings_between(day, day) if r.meeting.id != meeting_id]

    def get(self, meeting_id: int) -> Meeting:
        with storage_errors(self.db):
            meeting = repo.get_meeting(self.db, meeting_id)
        if meeting is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This meeting no longer exists.")
            )
        return meeting

    def sheet(self, day: dt.date, meeting_id: int | None = None) -> list[SheetLine]:
        """The attendance sheet for a meeting on `day`, in official order.

        For a stored meeting its marks are filled in, and anyone marked but no longer a
        member on that date is kept on the sheet (flagged), never silently dropped.
        """
        with storage_errors(self.db):
            memberships = repo.memberships(self.db)
            marks = repo.marks_for(self.db, [meeting_id]).get(meeting_id, {}) if meeting_id else {}
            stored = repo.get_meeting(self.db, meeting_id) if meeting_id else None
            saved = repo.sheets_for(self.db, [meeting_id]).get(meeting_id) if meeting_id else None
            everyone = self._everyone()
        if saved is not None and stored is not None and stored.date == day:
            # Attendance was taken: the sheet as it was, not as today's register would make it.
            roster = recorded_roster(saved, memberships, day, marks)
        else:
            roster = roster_for(memberships.values(), day, marks)
        lines = [
            SheetLine(everyone[entry.member_id], entry, marks.get(entry.member_id))
            for entry in roster
            if entry.member_id in everyone
        ]
        return sorted(lines, key=lambda line: (line.member.sort_key, line.member.id))

    def history(self, member_id: int, start: dt.date, end: dt.date) -> MemberAttendance:
        """A member's attendance between two dates."""
        with storage_errors(self.db):
            found = repo.list_meetings(self.db, start, end)
            ids = [m.id for m in found if m.id is not None]
            # Only this member's marks and movements: instant even in a province-sized file.
            own = repo.marks_of_member(self.db, member_id, ids)
            taken = repo.meetings_taken(self.db, ids)
            membership = repo.membership_of(self.db, member_id)
        return member_attendance(member_id, found, own, taken, membership)

    def history_lines(
        self, member_id: int, start: dt.date, end: dt.date
    ) -> list[tuple[Meeting, AttendanceMark | None]]:
        """The meetings between two dates the member was due at or marked at, newest first."""
        with storage_errors(self.db):
            found = repo.list_meetings(self.db, start, end)
            marks = repo.marks_for(self.db, [m.id for m in found if m.id is not None])
            saved = repo.sheets_for(self.db, [m.id for m in found if m.id is not None])
            membership = repo.memberships(self.db).get(member_id)
        lines = []
        for meeting in reversed(found):
            assert meeting.id is not None
            mark = marks.get(meeting.id, {}).get(member_id)
            if meeting.id in saved:
                # Attendance taken: due only if on the sheet as it was kept.
                due = member_id in saved[meeting.id]
            else:
                status = membership.status_on(meeting.date) if membership else None
                due = status in (Status.ACTIVE, Status.EXCUSED)
            if mark is not None or due:
                lines.append((meeting, mark))
        return lines

    def recent_history(self, member_id: int) -> MemberAttendance:
        """The last twelve months, as the attention list counts them."""
        today = self.clock.today()
        return self.history(member_id, twelve_months_before(today), today)

    def attention(self, rule: AttentionRule) -> list[AttentionLine]:
        """Current, attending members absent N times in a row or under X% over 12 months."""
        today = self.clock.today()
        with storage_errors(self.db):
            found = repo.list_meetings(self.db, twelve_months_before(today), today)
            marks = repo.marks_for(self.db, [m.id for m in found if m.id is not None])
            memberships = repo.memberships(self.db)
            everyone = self._everyone()
        by_member, taken = marks_by_member(marks)
        lines = []
        for member in everyone.values():
            if member.status is not Status.ACTIVE:
                continue
            record = member_attendance(
                member.id, found, by_member.get(member.id, {}), taken, memberships.get(member.id)
            )
            if needs_attention(record, rule):
                lines.append(AttentionLine(member, record))
        # Longest runs first, then lowest rates: who to visit first.
        return sorted(
            lines,
            key=lambda line: (
                -line.record.absence_run,
                line.record.rate if line.record.rate is not None else 1.0,
                line.member.sort_key,
            ),
        )

    def attention_rule(self) -> AttentionRule:
        """The unit's own rule for the attention list (set in File → Unit details)."""
        with storage_errors(self.db):
            settings = load_unit_settings(self.db)
        return AttentionRule(settings.attention_absences, settings.attention_rate_percent)

    def needing_attention(self) -> list[AttentionLine]:
        """The attention list ('Cần quan tâm') by the unit's own rule."""
        return self.attention(self.attention_rule())

    def year_grid(self, year: int) -> YearGrid:
        """Every member on any sheet of the year, with their marks, count and rate."""
        return self.grid(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def grid(self, start: dt.date, end: dt.date) -> YearGrid:
        """Every member on any sheet between two dates (across New Year too), with their
        marks, count and rate."""
        with storage_errors(self.db):
            found = repo.list_meetings(self.db, start, end)
            marks = repo.marks_for(self.db, [m.id for m in found if m.id is not None])
            memberships = repo.memberships(self.db)
            rosters = self._rosters(found, marks, memberships)
            everyone = self._everyone()
        on_a_sheet: set[int] = set()
        totals: dict[int, MeetingTotals] = {}
        expected: dict[int, set[int]] = {}
        for meeting in found:
            assert meeting.id is not None
            meeting_marks = marks.get(meeting.id, {})
            roster = rosters[meeting.id]
            on_a_sheet.update(entry.member_id for entry in roster)
            totals[meeting.id] = meeting_totals(roster, meeting_marks)
            expected[meeting.id] = {entry.member_id for entry in roster if entry.expected}
        members = sorted(
            (everyone[i] for i in on_a_sheet if i in everyone), key=lambda m: (m.sort_key, m.id)
        )
        by_member, taken = marks_by_member(marks)
        rows = [
            (
                m,
                member_attendance(
                    m.id, found, by_member.get(m.id, {}), taken, memberships.get(m.id)
                ),
            )
            for m in members
        ]
        return YearGrid(start.year, found, rows, totals, expected)

    # Writing ---------------------------------------------------------------------------

    def _check(self, meeting: Meeting, marks: list[AttendanceMark]) -> list[Issue]:
        issues = []
        if meeting.date > self.clock.today() and any(m.mark is not Mark.EXEMPT for m in marks):
            issues.append(
                Issue(
                    "date",
                    message(
                        "Validation",
                        QT_TRANSLATE_NOOP(
                            "Validation", "Attendance cannot be taken for a meeting in the future."
                        ),
                    ),
                )
            )
        # The rule the sheet applies as marks are typed, enforced here for every caller.
        lines = {line.member.id: line for line in self.sheet(meeting.date, meeting.id)}
        for mark in marks:
            line = lines.get(mark.member_id)
            if line is None or mark.mark in allowed_marks(line.entry):
                continue
            template = (
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} is excused from meetings on this date: mark them present or leave them excused (M).",
                )
                if line.entry.exempt
                else QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} is not excused from meetings on this date: mark them present or absent, not excused (M).",
                )
            )
            issues.append(
                Issue("marks", message("Validation", template, name=line.member.full_name))
            )
        return issues

    def save(self, meeting: Meeting, marks: list[AttendanceMark]) -> int:
        """Save a meeting and exactly these marks in one transaction; returns its id."""
        meeting = Meeting(
            date=meeting.date,
            kind=meeting.kind,
            place=normalize(meeting.place),
            content=meeting.content.strip(),
            chaired_by=meeting.chaired_by,
            minutes_by=meeting.minutes_by,
            notes=meeting.notes.strip(),
            id=meeting.id,
        )
        # A reason belongs only to an excused absence.
        cleaned = [
            AttendanceMark(
                m.member_id,
                m.mark,
                normalize(m.reason) if m.mark is Mark.EXCUSED_ABSENCE else "",
            )
            for m in marks
        ]
        issues = self._check(meeting, cleaned)
        if issues:
            raise ValidationError(issues)
        now = self.clock.now()
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Save the meeting of {date}"),
            date=format_date(meeting.date),
        )
        with storage_errors(self.db), recorded(self.db, label, now):
            before: Meeting | None = None
            if meeting.id is None:
                meeting_id = repo.insert_meeting(self.db, meeting, now)
            else:
                before = repo.get_meeting(self.db, meeting.id)
                if before is None:
                    raise error(
                        NotFoundError, QT_TRANSLATE_NOOP("Errors", "This meeting no longer exists.")
                    )
                repo.update_meeting(self.db, meeting, now)
                meeting_id = meeting.id
            repo.replace_marks(self.db, meeting_id, cleaned)
            repo.replace_sheet(self.db, meeting_id, self._sheet_kept(meeting, before, cleaned))
        return meeting_id

    def _sheet_kept(
        self, meeting: Meeting, before: Meeting | None, marks: list[AttendanceMark]
    ) -> dict[int, bool]:
        """The sheet to keep with a meeting: none until attendance is taken (a planned
        meeting's sheet follows the register); once taken, the sheet as shown, which for a
        meeting taken before on the same date is its saved sheet plus whoever was marked."""
        if not marks:
            return {}
        by_member = {m.member_id: m for m in marks}
        saved = (
            repo.sheets_for(self.db, [before.id]).get(before.id)
            if before is not None and before.id is not None and before.date == meeting.date
            else None
        )
        memberships = repo.memberships(self.db)
        roster = (
            recorded_roster(saved, memberships, meeting.date, by_member)
            if saved is not None
            else roster_for(memberships.values(), meeting.date, by_member)
        )
        kept = sheet_to_record(roster, by_member)
        if saved is not None:
            # Listed once, listed for good: a later movement only changes whether they count.
            kept = {**saved, **kept}
        return kept

    def delete(self, meeting_id: int) -> None:
        """Delete a meeting (hidden, so `undo_delete` brings it back with its marks)."""
        meeting = self.get(meeting_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Delete the meeting of {date}"),
            date=format_date(meeting.date),
        )
        now = self.clock.now()
        with storage_errors(self.db), recorded(self.db, label, now):
            repo.set_meeting_deleted(self.db, meeting_id, now)

    def undo_delete(self, meeting_id: int) -> None:
        label = message("History", QT_TRANSLATE_NOOP("History", "Bring back a deleted meeting"))
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.set_meeting_deleted(self.db, meeting_id, None)
