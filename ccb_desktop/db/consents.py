"""Members' consents to the keeping of their data (table member_consents, step 0013)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from ccb_desktop.domain.consent import Consent, ConsentWay


def get_consent(db: Database, member_id: int) -> Consent | None:
    row = db.execute(
        "SELECT member_id, given_on, way, purposes FROM member_consents WHERE member_id = ?",
        [member_id],
    ).fetchone()
    if row is None:
        return None
    return Consent(int(row[0]), dt.date.fromisoformat(row[1]), ConsentWay(row[2]), str(row[3]))


def save_consent(db: Database, consent: Consent) -> None:
    """Insert or replace the member's consent (an update keeps the row's id for the history)."""
    db.execute(
        "INSERT INTO member_consents (member_id, given_on, way, purposes) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(member_id) DO UPDATE SET given_on = excluded.given_on, "
        "way = excluded.way, purposes = excluded.purposes",
        [consent.member_id, consent.given_on.isoformat(), consent.way.value, consent.purposes],
    )


def delete_consent(db: Database, member_id: int) -> None:
    db.execute("DELETE FROM member_consents WHERE member_id = ?", [member_id])


def members_without_consent(db: Database) -> int:
    """How many current records have no consent on file."""
    row = db.execute(
        "SELECT count(*) FROM members m WHERE m.deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM member_consents c WHERE c.member_id = m.id)"
    ).fetchone()
    return int(row[0])
