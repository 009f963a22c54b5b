"""Hội phí in SQLite: rates, exemptions, payments, remittances, and the dates the twelve-month
list needs (each member's last "Có mặt" and last payment)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from ccb_desktop.db.ward import chi_hoi_for_new_record, scope_clause, scope_of
from ccb_desktop.domain.dues import Cycle, DuesRate, Exemption, Payment, Remittance

# A ward file looked at by chi hội: the rows of that chi hội only. Rates and remittances say
# their chi hội (0017); exemptions and payments are their member's.
_OF_MEMBERS = " AND member_id IN (SELECT id FROM members WHERE chi_hoi_id = ?)"


def _member_scope(db: Database) -> tuple[str, list[Any]]:
    chi_hoi_id = scope_of(db)
    return (_OF_MEMBERS, [chi_hoi_id]) if chi_hoi_id is not None else ("", [])


def _owned(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """A new rate or remittance goes to the chi hội looked at (in a chi hội's own file, the
    column's default: its one chi hội)."""
    chi_hoi_id = chi_hoi_for_new_record(db)
    return row if chi_hoi_id is None else {**row, "chi_hoi_id": chi_hoi_id}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


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


def delete(db: Database, table: str, record_id: int) -> None:
    """Delete one row of a dues table (the caller names one of this module's tables)."""
    assert table in {"dues_rates", "dues_exemptions", "dues_payments", "dues_remittances"}
    db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])


def rates(db: Database) -> list[DuesRate]:
    scope, params = scope_clause(db)
    return [
        DuesRate(
            dt.date.fromisoformat(r["valid_from"]),
            r["amount_vnd"],
            Cycle(r["cycle"]),
            r["ward_share_vnd"],
            r["note"],
            r["id"],
        )
        for r in db.query(
            f"SELECT * FROM dues_rates WHERE 1{scope} ORDER BY valid_from, id", params
        )
    ]


def save_rate(db: Database, rate: DuesRate) -> int:
    row = {
        "valid_from": rate.valid_from.isoformat(),
        "amount_vnd": rate.amount_vnd,
        "cycle": rate.cycle.value,
        "ward_share_vnd": rate.ward_share_vnd,
        "note": rate.note,
    }
    return _save(db, "dues_rates", rate.id, _owned(db, row) if rate.id is None else row)


def rate_from(db: Database, day: dt.date) -> int | None:
    """The id of the rate starting exactly on `day`, if any."""
    scope, params = scope_clause(db)
    row = db.execute(
        f"SELECT id FROM dues_rates WHERE valid_from = ?{scope}", [day.isoformat(), *params]
    ).fetchone()
    return int(row[0]) if row else None


def exemptions(db: Database, member_id: int | None = None) -> list[Exemption]:
    where, params = ("member_id = ?", [member_id]) if member_id is not None else ("1", [])
    scope, scope_params = _member_scope(db)
    where, params = where + scope, params + scope_params
    return [
        Exemption(
            r["member_id"],
            dt.date.fromisoformat(r["start_on"]),
            r["reason"],
            _date(r["end_on"]),
            r["id"],
        )
        for r in db.query(
            f"SELECT * FROM dues_exemptions WHERE {where} ORDER BY start_on, id", params
        )
    ]


def save_exemption(db: Database, exemption: Exemption) -> int:
    return _save(
        db,
        "dues_exemptions",
        exemption.id,
        {
            "member_id": exemption.member_id,
            "start_on": exemption.start.isoformat(),
            "end_on": _iso(exemption.end),
            "reason": exemption.reason,
        },
    )


_PAYMENT_COLUMNS = "member_id, period, amount_vnd, paid_on, receipt, note, id"


def payments(db: Database, where: str = "1", params: list[Any] | None = None) -> list[Payment]:
    """Payments matching a WHERE clause (values bound), by date then id."""
    # Tuples straight from the cursor, each date parsed once: a province's file has tens of
    # thousands of payments and the dues tab reads them on opening (issue 22).
    scope, scope_params = _member_scope(db)
    cursor = db.execute(
        f"SELECT {_PAYMENT_COLUMNS} FROM dues_payments WHERE ({where}){scope} ORDER BY paid_on, id",
        [*(params or []), *scope_params],
    )
    days: dict[str, dt.date] = {}
    return [
        Payment(
            member_id,
            period,
            amount,
            days.get(paid_on) or days.setdefault(paid_on, dt.date.fromisoformat(paid_on)),
            receipt,
            note,
            payment_id,
        )
        for member_id, period, amount, paid_on, receipt, note, payment_id in cursor.fetchall()
    ]


def insert_payment(db: Database, payment: Payment) -> int:
    return _save(
        db,
        "dues_payments",
        None,
        {
            "member_id": payment.member_id,
            "period": payment.period,
            "amount_vnd": payment.amount_vnd,
            "paid_on": payment.paid_on.isoformat(),
            "receipt": payment.receipt,
            "note": payment.note,
        },
    )


def remittances(db: Database) -> list[Remittance]:
    scope, params = scope_clause(db)
    return [
        Remittance(
            dt.date.fromisoformat(r["date"]),
            r["amount_vnd"],
            r["first_period"],
            r["last_period"],
            r["voucher"],
            r["note"],
            r["id"],
        )
        for r in db.query(
            f"SELECT * FROM dues_remittances WHERE 1{scope} ORDER BY date, id", params
        )
    ]


def save_remittance(db: Database, remittance: Remittance) -> int:
    row = {
        "date": remittance.date.isoformat(),
        "amount_vnd": remittance.amount_vnd,
        "first_period": remittance.first_period,
        "last_period": remittance.last_period,
        "voucher": remittance.voucher,
        "note": remittance.note,
    }
    return _save(
        db, "dues_remittances", remittance.id, _owned(db, row) if remittance.id is None else row
    )


def last_present(db: Database, day: dt.date) -> dict[int, dt.date]:
    """Each member's latest meeting marked "Có mặt" on or before `day` (meetings not deleted)."""
    return {
        int(member_id): dt.date.fromisoformat(date)
        for member_id, date in db.execute(
            "SELECT a.member_id, max(m.date) FROM attendance a JOIN meetings m "
            "ON m.id = a.meeting_id WHERE a.mark = 'C' AND m.deleted_at IS NULL AND m.date <= ? "
            "GROUP BY a.member_id",
            [day.isoformat()],
        ).fetchall()
    }


def last_paid(db: Database, day: dt.date) -> dict[int, dt.date]:
    """Each member's latest hội phí payment on or before `day`."""
    return {
        int(member_id): dt.date.fromisoformat(date)
        for member_id, date in db.execute(
            "SELECT member_id, max(paid_on) FROM dues_payments WHERE paid_on <= ? "
            "GROUP BY member_id",
            [day.isoformat()],
        ).fetchall()
    }
