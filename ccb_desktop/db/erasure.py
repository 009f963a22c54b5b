"""Erasing a member's personal data on request (issue 21), keeping what the roll of departed
comrades must keep; the change history loses it too, so no undo can bring it back.

What stays, for every erased record: its id, sex, status, the dates of its movements (the
counts of past reports stay right) and its attendance marks (the past meetings' figures).
For a member who died, the roll of departed comrades also keeps: full name, date of birth,
home town, the date of joining the Hội and the card number. Everything else goes: phone,
address, ID card, ethnicity, religion, Party membership, army service, health and policy
groups, notes, the household's poverty classifications, support cases, help, loans and
visits, the year-end evaluations and the consent; for a member who did not die, the name,
birth date and home town as well (the record is then called "#id").
"""

from __future__ import annotations

from sqlite_utils import Database

from ccb_desktop.domain.text import fold

ERASED_FAMILY_NAME = "(đã xóa)"
# Columns emptied on every erased record ('' for text, NULL for dates and years, 0 for flags).
_EMPTIED_TEXT = (
    "ethnicity", "religion", "address", "phone", "id_card", "position", "unit",
    "admission_group", "veteran_kind", "hoi_role", "team", "war_invalid_grade",
    "sick_soldier_grade", "notes",
)  # fmt: skip
_EMPTIED_NULL = (
    "enlisted", "discharged", "discharge_kind", "rank", "benefit", "party_year", "medal_year",
    "rank_group",
)  # fmt: skip
_EMPTIED_FLAGS = (
    "party_member", "war_invalid", "sick_soldier", "agent_orange_self", "agent_orange_child",
    "martyr_family",
)  # fmt: skip
# Tables whose rows belong to the member (member_id) and are deleted with their history.
_MEMBER_ROWS = (
    "member_consents", "member_evaluations", "household_classifications", "service_periods",
)  # fmt: skip
_CASE_ROWS = ("supports", "loans", "visits")


def erase_member(db: Database, member_id: int, for_roll: bool, now: str) -> None:
    """Erase in place (the caller holds the transaction). `for_roll`: the member died, and
    the roll of departed comrades keeps the name, birth date, home town, joining date and
    card number. Deleted pages are overwritten (secure_delete), not merely freed."""
    db.execute("PRAGMA secure_delete = ON")
    cases = [
        int(r[0])
        for r in db.execute(
            "SELECT id FROM support_cases WHERE member_id = ?", [member_id]
        ).fetchall()
    ]
    actions = _actions_about(db, member_id, cases)
    _forget_history(db, member_id, cases)
    for table in _CASE_ROWS:
        db.execute(
            f"DELETE FROM {table} WHERE case_id IN (SELECT id FROM support_cases "
            "WHERE member_id = ?)",
            [member_id],
        )
    db.execute("DELETE FROM support_cases WHERE member_id = ?", [member_id])
    for table in _MEMBER_ROWS:
        db.execute(f"DELETE FROM {table} WHERE member_id = ?", [member_id])
    db.execute("UPDATE movements SET paper_number = '', note = '' WHERE member_id = ?", [member_id])
    assignments = [f"{c} = ''" for c in _EMPTIED_TEXT]
    assignments += [f"{c} = NULL" for c in _EMPTIED_NULL]
    assignments += [f"{c} = 0" for c in _EMPTIED_FLAGS]
    values: list[object] = []
    if not for_roll:
        assignments += [
            "family_name = ?",
            "given_name = ?",
            "birth_date = NULL",
            "hometown = ''",
            "joined_hoi = NULL",
            "card_number = ''",
            "card_year = NULL",
            "sort_key = ?",
        ]
        values += [ERASED_FAMILY_NAME, f"#{member_id}", f"~{member_id:010d}"]
    row = db.execute(
        "SELECT family_name, given_name, card_number FROM members WHERE id = ?", [member_id]
    ).fetchone()
    kept_name = f"{row[0]} {row[1]}" if for_roll else f"{ERASED_FAMILY_NAME} #{member_id}"
    kept_card = row[2] if for_roll else ""
    search = " ".join(p for p in (fold(kept_name), fold(kept_card)) if p)
    assignments += ["search_key = ?", "updated_at = ?"]
    values += [search, now, member_id]
    db.execute(f"UPDATE members SET {', '.join(assignments)} WHERE id = ?", values)
    # The actions that named the member now name the record by its id only.
    for action_id in actions:
        db.execute(
            "UPDATE actions SET label_values = json_set(label_values, '$.name', ?) "
            "WHERE id = ? AND json_extract(label_values, '$.name') IS NOT NULL",
            [f"#{member_id}", action_id],
        )


def _about_member(member_id: int, cases: list[int]) -> tuple[str, list[object]]:
    """A WHERE clause over `changes` for the rows of this member and of their cases."""
    clauses = [
        "(table_name = 'members' AND json_extract(row_key, '$.id') = ?)",
        "(table_name IN ({}) AND (json_extract(old, '$.member_id') = ? "
        "OR json_extract(new, '$.member_id') = ?))".format(
            ", ".join(f"'{t}'" for t in (*_MEMBER_ROWS, "support_cases", "movements"))
        ),
    ]
    values: list[object] = [member_id, member_id, member_id]
    if cases:
        marks = ", ".join("?" for _ in cases)
        clauses.append(
            f"(table_name IN ({', '.join(repr(t) for t in _CASE_ROWS)}) AND "
            f"(json_extract(old, '$.case_id') IN ({marks}) "
            f"OR json_extract(new, '$.case_id') IN ({marks})))"
        )
        values += [*cases, *cases]
    return " OR ".join(clauses), values


def _actions_about(db: Database, member_id: int, cases: list[int]) -> list[int]:
    where, values = _about_member(member_id, cases)
    return [
        int(r[0])
        for r in db.execute(f"SELECT DISTINCT action_id FROM changes WHERE {where}", values)
    ]


def _forget_history(db: Database, member_id: int, cases: list[int]) -> None:
    """The undo history keeps old values: those of this member's rows go with the data."""
    where, values = _about_member(member_id, cases)
    db.execute(f"DELETE FROM changes WHERE {where}", values)


def deleted_by_mistake(db: Database, member_id: int) -> bool:
    """Whether the record was deleted as entered by mistake (kept, hidden, undoable)."""
    row = db.execute("SELECT deleted_at IS NOT NULL FROM members WHERE id = ?", [member_id])
    found = row.fetchone()
    return bool(found and found[0])


def empty_write_ahead_log(db: Database) -> None:
    """Copy the write-ahead log into the file and truncate it: the pages the erased data
    was on leave the -wal file now, not at some later checkpoint."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
