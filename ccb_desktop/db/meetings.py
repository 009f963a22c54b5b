"""Meetings and attendance marks in SQLite, and the membership facts attendance rules need."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from typing import Any

from sqlite_utils import Database

from ccb_desktop.db.ward import chi_hoi_for_new_record, scope_clause, scope_of
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting, MeetingKind, Membership
from ccb_desktop.domain.member import Movement
from ccb_desktop.domain.vocabulary import MovementKind


def _meeting(row: dict[str, Any]) -> Meeting:
    return Meeting(
        date=dt.date.fromisoformat(row["date"]),
        kind=MeetingKind(row["kind"]),
        place=row["place"],
        content=row["content"],
        chaired_by=row["chaired_by"],
        minutes_by=row["minutes_by"],
        notes=row["notes"],
        id=row["id"],
    )


def _values(meeting: Meeting) -> list[Any]:
    """The stored columns date, kind, place, content, chaired_by, minutes_by, notes."""
    return [
        meeting.date.isoformat(),
        meeting.kind.value,
        meeting.place,
        meeting.content,
        meeting.chaired_by,
        meeting.minutes_by,
        meeting.notes,
    ]


def insert_meeting(db: Database, meeting: Meeting, now: str) -> int:
    chi_hoi_id = chi_hoi_for_new_record(db)
    cursor = db.execute(
        "INSERT INTO meetings (date, kind, place, content, chaired_by, minutes_by, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*_values(meeting), now, now],
    )
    meeting_id = int(cursor.lastrowid or 0)
    if chi_hoi_id is not None:  # a ward file: the meeting of the chi hội looked at
        db.execute("UPDATE meetings SET chi_hoi_id = ? WHERE id = ?", [chi_hoi_id, meeting_id])
    return meeting_id


def update_meeting(db: Database, meeting: Meeting, now: str) -> None:
    db.execute(
        "UPDATE meetings SET date = ?, kind = ?, place = ?, content = ?, chaired_by = ?, "
        "minutes_by = ?, notes = ?, updated_at = ? WHERE id = ?",
        [*_values(meeting), now, meeting.id],
    )


def replace_marks(db: Database, meeting_id: int, marks: list[AttendanceMark]) -> None:
    """Make the stored marks of a meeting exactly `marks`."""
    db.execute("DELETE FROM attendance WHERE meeting_id = ?", [meeting_id])
    for mark in marks:
        db.execute(
            "INSERT INTO attendance (meeting_id, member_id, mark, reason) VALUES (?, ?, ?, ?)",
            [meeting_id, mark.member_id, mark.mark.value, mark.reason],
        )


def get_meeting(db: Database, meeting_id: int) -> Meeting | None:
    rows = list(
        db.query("SELECT * FROM meetings WHERE id = ? AND deleted_at IS NULL", [meeting_id])
    )
    return _meeting(rows[0]) if rows else None


def list_meetings(
    db: Database, start: dt.date | None = None, end: dt.date | None = None
) -> list[Meeting]:
    """Living meetings between two dates (inclusive), oldest first."""
    scope, params = scope_clause(db)
    clauses = ["deleted_at IS NULL" + scope]
    if start is not None:
        clauses.append("date >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("date <= ?")
        params.append(end.isoformat())
    return [
        _meeting(row)
        for row in db.query(
            f"SELECT * FROM meetings WHERE {' AND '.join(clauses)} ORDER BY date, id", params
        )
    ]


def meeting_years(db: Database) -> list[int]:
    """Years that have meetings, newest first."""
    return [
        int(row[0])
        for row in db.execute(
            "SELECT DISTINCT substr(date, 1, 4) FROM meetings WHERE deleted_at IS NULL "
            f"{scope_clause(db)[0]} ORDER BY 1 DESC",
            scope_clause(db)[1],
        ).fetchall()
    ]


def marks_for(db: Database, meeting_ids: list[int]) -> dict[int, dict[int, AttendanceMark]]:
    """meeting id -> member id -> mark, for the given meetings."""
    result: dict[int, dict[int, AttendanceMark]] = defaultdict(dict)
    if not meeting_ids:
        return result
    # Chunked: SQLite limits the number of bound parameters per statement.
    for start in range(0, len(meeting_ids), 500):
        chunk = meeting_ids[start : start + 500]
        rows = db.execute(
            "SELECT meeting_id, member_id, mark, reason FROM attendance "
            f"WHERE meeting_id IN ({', '.join('?' for _ in chunk)})",
            chunk,
        ).fetchall()
        for meeting_id, member_id, mark, reason in rows:
            result[meeting_id][member_id] = AttendanceMark(member_id, Mark(mark), reason)
    return result


def set_meeting_deleted(db: Database, meeting_id: int, deleted_at: str | None) -> None:
    db.execute("UPDATE meetings SET deleted_at = ? WHERE id = ?", [deleted_at, meeting_id])


_READ_ONCE = "_ccb_read_once"


def read_once(db: Database) -> None:
    """Keep what `memberships` reads on this connection: only for a copy nobody writes (the
    home screen's count reads them for the attention list, the targets and the dues grid
    alike, and each member's ordered history is then built once)."""
    setattr(db, _READ_ONCE, {})


def memberships(db: Database) -> dict[int, Membership]:
    """Every living member's movements and date of joining, for rosters and rates."""
    kept: dict[object, dict[int, Membership]] | None = getattr(db, _READ_ONCE, None)
    if kept is None:
        return _memberships(db)
    key = scope_of(db)
    if key not in kept:
        kept[key] = _memberships(db)
    return dict(kept[key])  # a caller may change its dict, never the one kept


def _memberships(db: Database) -> dict[int, Membership]:
    movements: dict[int, list[Movement]] = defaultdict(list)
    scope, params = scope_clause(db, "m.chi_hoi_id")
    for movement_id, member_id, kind, date in db.execute(
        "SELECT mv.id, mv.member_id, mv.kind, mv.date FROM movements mv "
        f"JOIN members m ON m.id = mv.member_id WHERE m.deleted_at IS NULL{scope}",
        params,
    ).fetchall():
        movements[member_id].append(
            Movement(
                MovementKind(kind),
                PartialDate.from_storage(date) or PartialDate(1900),
                id=movement_id,
                member_id=member_id,
            )
        )
    return {
        member_id: Membership(
            member_id, tuple(movements.get(member_id, ())), PartialDate.from_storage(joined)
        )
        for member_id, joined in db.execute(
            f"SELECT id, joined_hoi FROM members m WHERE deleted_at IS NULL{scope}", params
        ).fetchall()
    }


def marks_of_member(
    db: Database, member_id: int, meeting_ids: list[int]
) -> dict[int, AttendanceMark]:
    """One member's marks at the given meetings, by meeting id."""
    if not meeting_ids:
        return {}
    rows = db.execute(
        "SELECT meeting_id, mark, reason FROM attendance WHERE member_id = ? "
        f"AND meeting_id IN ({', '.join('?' for _ in meeting_ids)})",
        [member_id, *meeting_ids],
    ).fetchall()
    return {row[0]: AttendanceMark(member_id, Mark(row[1]), row[2]) for row in rows}


def meetings_taken(db: Database, meeting_ids: list[int]) -> set[int]:
    """Which of the meetings have any mark at all (their sheet was taken)."""
    if not meeting_ids:
        return set()
    rows = db.execute(
        "SELECT DISTINCT meeting_id FROM attendance "
        f"WHERE meeting_id IN ({', '.join('?' for _ in meeting_ids)})",
        meeting_ids,
    ).fetchall()
    return {row[0] for row in rows}


def membership_of(db: Database, member_id: int) -> Membership | None:
    """One member's movements and date of joining."""
    row = db.execute(
        "SELECT joined_hoi FROM members WHERE id = ? AND deleted_at IS NULL", [member_id]
    ).fetchone()
    if row is None:
        return None
    movements = tuple(
        Movement(
            MovementKind(kind),
            PartialDate.from_storage(date) or PartialDate(1900),
            id=movement_id,
            member_id=member_id,
        )
        for movement_id, kind, date in db.execute(
            "SELECT id, kind, date FROM movements WHERE member_id = ?", [member_id]
        ).fetchall()
    )
    return Membership(member_id, movements, PartialDate.from_storage(row[0]))


def sheets_for(db: Database, meeting_ids: list[int]) -> dict[int, dict[int, bool]]:
    """meeting id -> member id -> listed as exempt, for the meetings whose sheet was saved."""
    result: dict[int, dict[int, bool]] = defaultdict(dict)
    for start in range(0, len(meeting_ids), 500):
        chunk = meeting_ids[start : start + 500]
        rows = db.execute(
            "SELECT meeting_id, member_id, exempt FROM meeting_rosters "
            f"WHERE meeting_id IN ({', '.join('?' for _ in chunk)})",
            chunk,
        ).fetchall()
        for meeting_id, member_id, exempt in rows:
            result[meeting_id][member_id] = bool(exempt)
    return dict(result)


def replace_sheet(db: Database, meeting_id: int, sheet: dict[int, bool]) -> None:
    """Keep exactly `sheet` (member id -> exempt) as the saved sheet of a meeting."""
    db.execute("DELETE FROM meeting_rosters WHERE meeting_id = ?", [meeting_id])
    db.conn.executemany(
        "INSERT INTO meeting_rosters (meeting_id, member_id, exempt) VALUES (?, ?, ?)",
        [(meeting_id, member_id, int(exempt)) for member_id, exempt in sheet.items()],
    )


def meetings_on(db: Database, day: dt.date) -> list[Meeting]:
    """Living meetings held on `day`."""
    return [
        _meeting(row)
        for row in db.query(
            "SELECT * FROM meetings WHERE deleted_at IS NULL AND date = ? ORDER BY id",
            [day.isoformat()],
        )
    ]


def writes_so_far(db: Database) -> int | None:
    """How many rows this connection has written since it opened (any table): counted
    figures are stale once it moves; None once the connection is closed."""
    try:
        return db.conn.total_changes
    except sqlite3.ProgrammingError:
        return None
