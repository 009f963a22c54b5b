"""Poverty-support records in SQLite: classifications, cases, help, loans, visits, standards."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from enum import StrEnum
from typing import Any, TypeVar

from sqlite_utils import Database

from ccb_desktop.db.ward import chi_hoi_for_new_record, scope_clause, scope_of
from ccb_desktop.domain.support import (
    Area,
    CaseStatus,
    Classification,
    HoiGrade,
    HouseholdCategory,
    Housing,
    Loan,
    PovertyStandard,
    Support,
    SupportCase,
    SupportKind,
    SupportSource,
    Visit,
)

T = TypeVar("T")

# Per record type: its table and how its columns turn into field values.
_TABLES: dict[type[Any], str] = {
    Classification: "household_classifications",
    SupportCase: "support_cases",
    Support: "supports",
    Loan: "loans",
    Visit: "visits",
}
_ENUMS: dict[str, type[StrEnum]] = {
    "category": HouseholdCategory,
    "area": Area,
    "housing": Housing,
    "hoi_grade": HoiGrade,
    "status": CaseStatus,
    "kind": SupportKind,
    "source": SupportSource,
}
_DATES = {"decision_date", "opened", "date", "disbursed", "due", "balance_date", "next_visit"}


def _to_row(record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, dt.date):
            value = value.isoformat()
        row[f.name] = value
    return row


def _from_row(kind: type[T], row: dict[str, Any]) -> T:
    values: dict[str, Any] = {}
    for f in dataclasses.fields(kind):  # type: ignore[arg-type]
        value = row[f.name]
        if value is not None and f.name in _ENUMS:
            value = _ENUMS[f.name](value)
        elif value is not None and f.name in _DATES:
            value = dt.date.fromisoformat(value)
        values[f.name] = value
    return kind(**values)


def save(db: Database, record: Any) -> int:
    """Insert a record (id None) or update it; returns its id."""
    table = _TABLES[type(record)]
    row = _to_row(record)
    record_id = row.pop("id")
    if record_id is None:
        if table == "support_cases":
            chi_hoi_id = chi_hoi_for_new_record(db)
            if chi_hoi_id is not None:  # a ward file: a case of the chi hội looked at
                row["chi_hoi_id"] = chi_hoi_id
        cursor = db.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        return int(cursor.lastrowid or 0)
    db.execute(
        f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
        [*row.values(), record_id],
    )
    return int(record_id)


def delete(db: Database, kind: type[Any], record_id: int) -> None:
    db.execute(f"DELETE FROM {_TABLES[kind]} WHERE id = ?", [record_id])


def fetch(
    db: Database, kind: type[T], where: str = "1", params: list[Any] | None = None
) -> list[T]:
    """Records of one type matching a WHERE clause (values always bound), oldest first."""
    order = {Classification: "year, id", SupportCase: "opened, id"}.get(kind, "date, id")
    if kind is Loan:
        order = "disbursed, id"
    # A ward file narrowed to a chi hội: its cases and its members' households only.
    if kind is SupportCase:
        scope, scope_params = scope_clause(db)
        where, params = f"({where}){scope}", [*(params or []), *scope_params]
    elif kind is Classification and scope_of(db) is not None:
        where = f"({where}) AND member_id IN (SELECT id FROM members WHERE chi_hoi_id = ?)"
        params = [*(params or []), scope_of(db)]
    rows = db.query(f"SELECT * FROM {_TABLES[kind]} WHERE {where} ORDER BY {order}", params or [])
    return [_from_row(kind, row) for row in rows]


def classification_of(db: Database, member_id: int, year: int) -> Classification | None:
    found = fetch(db, Classification, "member_id = ? AND year = ?", [member_id, year])
    return found[0] if found else None


def standards(db: Database) -> list[PovertyStandard]:
    return [
        PovertyStandard(
            decree=row["decree"],
            valid_from=dt.date.fromisoformat(row["valid_from"]),
            valid_to=dt.date.fromisoformat(row["valid_to"]) if row["valid_to"] else None,
            rural_vnd=row["rural_vnd"],
            urban_vnd=row["urban_vnd"],
        )
        for row in db.query("SELECT * FROM poverty_standards ORDER BY valid_from")
    ]


def close_open_cases(db: Database, member_id: int, status: CaseStatus, reason: str) -> int:
    """Close a member's open cases with a reason (they moved away or died); returns how many."""
    cursor = db.execute(
        "UPDATE support_cases SET status = ?, closed_reason = ? "
        "WHERE member_id = ? AND status IN (?, ?)",
        [status.value, reason, member_id, CaseStatus.SUPPORTING.value, CaseStatus.RELAPSED.value],
    )
    return int(cursor.rowcount)


def as_of(db: Database, kind: type[T], moment: str) -> dict[int, T | None]:
    """Records of one type as they stood at `moment` (ISO date and time), from the change
    history: record id -> record (None: not yet made, or deleted, at that moment). Records
    never changed inside a recorded action are left out: their stored values always held."""
    states: dict[int, T | None] = {}
    settled: set[int] = set()  # changed after the moment: the first change's "old" holds
    for key, old, new, at in db.execute(
        "SELECT c.row_key, c.old, c.new, a.at FROM changes c JOIN actions a ON a.id = c.action_id "
        "WHERE c.table_name = ? ORDER BY c.id",
        [_TABLES[kind]],
    ).fetchall():
        record_id = json.loads(key)["id"]
        if record_id in settled:
            continue
        if at <= moment:
            states[record_id] = _from_row(kind, json.loads(new)) if new else None
        else:
            if record_id not in states:
                states[record_id] = _from_row(kind, json.loads(old)) if old else None
            settled.add(record_id)
    return states
