"""The funds in SQLite: funds, their cash-book lines and the loans made from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from ccb_desktop.db.ward import chi_hoi_for_new_record, scope_clause, scope_of
from ccb_desktop.domain.funds import Direction, EntryKind, Fund, FundEntry, FundLoan


def _fund_scope(db: Database) -> tuple[str, list[Any]]:
    """A ward file looked at by chi hội: the lines and loans of that chi hội's funds only."""
    chi_hoi_id = scope_of(db)
    if chi_hoi_id is None:
        return "", []
    return " AND fund_id IN (SELECT id FROM funds WHERE chi_hoi_id = ?)", [chi_hoi_id]


def _save(db: Database, table: str, record_id: int | None, row: dict[str, Any]) -> int:
    if record_id is None:
        cursor = db.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        return int(cursor.lastrowid or 0)
    db.execute(
        f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
        [*row.values(), record_id],
    )
    return record_id


def funds(db: Database) -> list[Fund]:
    scope, params = scope_clause(db)
    return [
        Fund(r["name"], r["note"], r["id"])
        for r in db.query(f"SELECT * FROM funds WHERE 1{scope} ORDER BY id", params)
    ]


def save_fund(db: Database, fund: Fund) -> int:
    row: dict[str, Any] = {"name": fund.name, "note": fund.note}
    if fund.id is None:
        # A new fund is the chi hội's looked at (in its own file, the column's default).
        chi_hoi_id = chi_hoi_for_new_record(db)
        if chi_hoi_id is not None:
            row["chi_hoi_id"] = chi_hoi_id
    return _save(db, "funds", fund.id, row)


def fund_named(db: Database, name: str) -> int | None:
    scope, params = scope_clause(db)
    row = db.execute(f"SELECT id FROM funds WHERE name = ?{scope}", [name, *params]).fetchone()
    return int(row[0]) if row else None


_ENTRY_COLUMNS = (
    "fund_id, date, direction, amount_vnd, content, voucher, member_id, kind, loan_id, note, id"
)


def entries(db: Database, where: str = "1", params: list[Any] | None = None) -> list[FundEntry]:
    """Cash-book lines matching a WHERE clause (values bound), by date then id."""
    # Tuples from the cursor, each date and each enum value converted once (issue 22).
    scope, scope_params = _fund_scope(db)
    cursor = db.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM fund_entries WHERE ({where}){scope} ORDER BY date, id",
        [*(params or []), *scope_params],
    )
    days: dict[str, dt.date] = {}
    directions = {d.value: d for d in Direction}
    kinds = {k.value: k for k in EntryKind}
    return [
        FundEntry(
            fund_id,
            days.get(day) or days.setdefault(day, dt.date.fromisoformat(day)),
            directions.get(direction) or Direction(direction),
            amount,
            content,
            voucher,
            member_id,
            kinds.get(kind) or EntryKind(kind),
            loan_id,
            note,
            entry_id,
        )
        for (
            fund_id,
            day,
            direction,
            amount,
            content,
            voucher,
            member_id,
            kind,
            loan_id,
            note,
            entry_id,
        ) in cursor.fetchall()
    ]


def save_entry(db: Database, entry: FundEntry) -> int:
    return _save(
        db,
        "fund_entries",
        entry.id,
        {
            "fund_id": entry.fund_id,
            "date": entry.date.isoformat(),
            "direction": entry.direction.value,
            "amount_vnd": entry.amount_vnd,
            "content": entry.content,
            "voucher": entry.voucher,
            "member_id": entry.member_id,
            "kind": entry.kind.value,
            "loan_id": entry.loan_id,
            "note": entry.note,
        },
    )


def delete_entry(db: Database, entry_id: int) -> None:
    db.execute("DELETE FROM fund_entries WHERE id = ?", [entry_id])


def loans(db: Database, where: str = "1", params: list[Any] | None = None) -> list[FundLoan]:
    scope, scope_params = _fund_scope(db)
    return [
        FundLoan(
            r["fund_id"],
            r["member_id"],
            r["purpose"],
            dt.date.fromisoformat(r["due"]) if r["due"] else None,
            r["case_id"],
            r["id"],
        )
        for r in db.query(
            f"SELECT * FROM fund_loans WHERE ({where}){scope} ORDER BY id",
            [*(params or []), *scope_params],
        )
    ]


def save_loan(db: Database, loan: FundLoan) -> int:
    return _save(
        db,
        "fund_loans",
        loan.id,
        {
            "fund_id": loan.fund_id,
            "member_id": loan.member_id,
            "purpose": loan.purpose,
            "due": loan.due.isoformat() if loan.due else None,
            "case_id": loan.case_id,
        },
    )


def delete_loan(db: Database, loan_id: int) -> None:
    db.execute("DELETE FROM fund_entries WHERE loan_id = ?", [loan_id])
    db.execute("DELETE FROM fund_loans WHERE id = ?", [loan_id])


def chi_hoi_names_of_funds(db: Database) -> dict[int, str]:
    """fund id -> the name of the chi hội it belongs to (a ward file holds several's)."""
    return dict(
        db.execute(
            "SELECT f.id, c.name FROM funds f JOIN chi_hoi c ON c.id = f.chi_hoi_id"
        ).fetchall()
    )
