"""Care visits to members in SQLite (thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from ccb_desktop.db.ward import scope_clause
from ccb_desktop.domain.care import CareKind, CareVisit

_COLUMNS = "id, member_id, date, kind, visited_by, goods, amount_vnd, note"


def _visit(row: tuple[Any, ...]) -> CareVisit:
    return CareVisit(
        member_id=row[1],
        date=dt.date.fromisoformat(row[2]),
        kind=CareKind(row[3]),
        visited_by=row[4],
        goods=row[5],
        amount_vnd=row[6],
        note=row[7],
        id=row[0],
    )


def insert_visit(db: Database, visit: CareVisit, now: str) -> int:
    cursor = db.execute(
        "INSERT INTO care_visits (member_id, date, kind, visited_by, goods, amount_vnd, note, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [visit.member_id, visit.date.isoformat(), visit.kind.value, visit.visited_by, visit.goods,
         visit.amount_vnd, visit.note, now, now],
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


def update_visit(db: Database, visit: CareVisit, now: str) -> None:
    db.execute(
        "UPDATE care_visits SET date = ?, kind = ?, visited_by = ?, goods = ?, amount_vnd = ?, "
        "note = ?, updated_at = ? WHERE id = ?",
        [visit.date.isoformat(), visit.kind.value, visit.visited_by, visit.goods,
         visit.amount_vnd, visit.note, now, visit.id],
    )  # fmt: skip


def delete_visit(db: Database, visit_id: int) -> None:
    db.execute("DELETE FROM care_visits WHERE id = ?", [visit_id])


def get_visit(db: Database, visit_id: int) -> CareVisit | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM care_visits WHERE id = ?", [visit_id]).fetchone()
    return _visit(row) if row else None


def visits_of(db: Database, member_id: int) -> list[CareVisit]:
    """A member's visits, newest first."""
    return [
        _visit(r)
        for r in db.execute(
            f"SELECT {_COLUMNS} FROM care_visits WHERE member_id = ? ORDER BY date DESC, id DESC",
            [member_id],
        ).fetchall()
    ]


def visits_between(db: Database, start: dt.date, end: dt.date) -> list[CareVisit]:
    """Visits from `start` to `end` (inclusive) to members still on file, oldest first (in a
    ward file looked at by chi hội: to that chi hội's members)."""
    scope, scope_params = scope_clause(db, "m.chi_hoi_id")
    return [
        _visit(r)
        for r in db.execute(
            f"SELECT {', '.join('v.' + c for c in _COLUMNS.split(', '))} FROM care_visits v "
            f"JOIN members m ON m.id = v.member_id WHERE m.deleted_at IS NULL{scope} "
            "AND v.date BETWEEN ? AND ? ORDER BY v.date, v.id",
            [*scope_params, start.isoformat(), end.isoformat()],
        ).fetchall()
    ]
