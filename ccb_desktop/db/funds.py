"""The funds in SQLite: funds, their cash-book lines and the loans made from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from ccb_desktop.domain.funds import Direction, EntryKind, Fund, FundEntry, FundLoan


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
    return [
        Fund(r["name"], r["note"], r["id"]) for r in db.query("SELECT * FROM funds ORDER BY id")
    ]


def save_fund(db: Database, fund: Fund) -> int:
    return _save(db, "funds", fund.id, {"name": fund.name, "note": fund.note})


def fund_named(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM funds WHERE name = ?", [name]).fetchone()
    return int(row[0]) if row else None


_ENTRY_COLUMNS = (
    "fund_id, date, direction, amount_vnd, content, voucher, member_id, kind, loan_id, note, id"
)


def entries(db: Database, where: str = "1", params: list[Any] | None = None) -> list[FundEntry]:
    """Cash-book lines matching a WHERE clause (values bound), by date then id."""
    # Tuples from the cursor, each date and each enum value converted once (issue 22).
    cursor = db.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM fund_entries WHERE {where} ORDER BY date, id",
        params or [],
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
    return [
        FundLoan(
            r["fund_id"],
            r["member_id"],
            r["purpose"],
            dt.date.fromisoformat(r["due"]) if r["due"] else None,
            r["case_id"],
            r["id"],
        )
        for r in db.query(f"SELECT * FROM fund_loans WHERE {where} ORDER BY id", params or [])
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
