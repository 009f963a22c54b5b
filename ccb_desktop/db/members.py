"""The member register in SQLite: members, their service periods and movements."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Sequence
from typing import Any, overload

from sqlite_utils import Database

from ccb_desktop.db.connection import storage_errors
from ccb_desktop.db.ward import chi_hoi_for_new_record, scope_clause
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement, ServicePeriod, status_after
from ccb_desktop.domain.register import MemberFilter, MemberSummary, PolicyFilter
from ccb_desktop.domain.text import fold, search_terms
from ccb_desktop.domain.vocabulary import (
    Benefit,
    DischargeKind,
    MovementKind,
    Rank,
    RankGroup,
    ServicePeriodKind,
    Sex,
    Status,
    VeteranKind,
)

_DATE_FIELDS = ("birth_date", "enlisted", "discharged", "joined_hoi", "party_admitted")
_FLAG_FIELDS = (
    "party_member",
    "war_invalid",
    "sick_soldier",
    "agent_orange_self",
    "agent_orange_child",
    "martyr_family",
)
_ENUM_FIELDS: dict[str, Any] = {
    "sex": Sex,
    "discharge_kind": DischargeKind,
    "rank": Rank,
    "rank_group": RankGroup,
    "benefit": Benefit,
    "veteran_kind": VeteranKind,
    "status": Status,
}
_ENUM_VALUES: dict[str, dict[Any, Any]] = {
    name: {item.value: item for item in kind} for name, kind in _ENUM_FIELDS.items()
}
_NOT_STORED = ("id", "periods", "movements")
_RELATED = ("periods", "movements")  # read from their own tables
_SUMMARY_COLUMNS = (
    "id, family_name, given_name, sex, birth_date, team, card_number, phone, "
    "party_member, rank, status, sort_key"
)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def search_key(member: Member) -> str:
    """What the search box matches: the folded name, card number and phone."""
    return " ".join(
        part
        for part in (fold(member.full_name), fold(member.card_number), _digits(member.phone))
        if part
    )


def _to_row(member: Member) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(member):
        if f.name in _NOT_STORED:
            continue
        value = getattr(member, f.name)
        if f.name in _DATE_FIELDS:
            value = value.to_storage() if value else None
        elif f.name in _FLAG_FIELDS:
            value = int(bool(value))
        elif f.name in _ENUM_FIELDS:
            value = value.value if value is not None else None
        row[f.name] = value
    row["search_key"] = search_key(member)
    row["sort_key"] = member.sort_key
    return row


def _from_row(
    row: dict[str, Any], periods: tuple[ServicePeriod, ...], movements: tuple[Movement, ...]
) -> Member:
    values: dict[str, Any] = {}
    for name in _member_fields():
        value = row[name]
        if name in _DATE_FIELDS:
            value = _stored_date(value)
        elif name in _FLAG_FIELDS:
            value = bool(value)
        elif name in _ENUM_FIELDS:
            # A dictionary lookup, not the enum's call (slow when reading a whole register);
            # an unknown value still goes through the call, which refuses it.
            value = _ENUM_VALUES[name].get(value) or _ENUM_FIELDS[name](value) if value else None
        values[name] = value
    return Member(**values, periods=periods, movements=movements)


@functools.cache
def _member_fields() -> tuple[str, ...]:
    """The stored fields of Member, listed once (dataclasses.fields is slow per row)."""
    return tuple(f.name for f in dataclasses.fields(Member) if f.name not in _RELATED)


def insert_member(db: Database, member: Member, now: str) -> int:
    """Store a new member with their service periods; returns the new id."""
    # Unknown values are left out (NULL either way): a file part-way through its upgrades,
    # before a later step added a column, takes the record too.
    row = {k: v for k, v in _to_row(member).items() if v is not None}
    row.update(created_at=now, updated_at=now)
    chi_hoi_id = chi_hoi_for_new_record(db)
    if chi_hoi_id is not None:
        row["chi_hoi_id"] = chi_hoi_id  # a ward file: into the chi hội looked at
    cursor = db.execute(
        f"INSERT INTO members ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    member_id = int(cursor.lastrowid or 0)
    _write_periods(db, member_id, member.periods)
    return member_id


def update_member(db: Database, member: Member, now: str) -> None:
    """Overwrite a member's record and periods; the status is kept (movements own it)."""
    assert member.id is not None
    row = _to_row(member)
    row.pop("status")
    row["updated_at"] = now
    db.execute(
        f"UPDATE members SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
        [*row.values(), member.id],
    )
    # Rewrite the periods only when they changed, so the history shows real changes only.
    if _periods_of(db, member.id) != member.periods:
        db.execute("DELETE FROM service_periods WHERE member_id = ?", [member.id])
        _write_periods(db, member.id, member.periods)


def _write_periods(db: Database, member_id: int, periods: tuple[ServicePeriod, ...]) -> None:
    for position, period in enumerate(periods):
        db.execute(
            "INSERT INTO service_periods "
            "(member_id, position, kind, from_year, to_year, in_notable_campaign, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                member_id,
                position,
                period.kind.value,
                period.from_year,
                period.to_year,
                int(period.in_notable_campaign),
                period.note,
            ],
        )


def get_member(db: Database, member_id: int, include_deleted: bool = False) -> Member | None:
    """The complete record, or None if there is no such (living) record."""
    sql = "SELECT * FROM members WHERE id = ?"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    rows = list(db.query(sql, [member_id]))
    if not rows:
        return None
    return _from_row(rows[0], _periods_of(db, member_id), movements_of(db, member_id))


def _periods_of(db: Database, member_id: int) -> tuple[ServicePeriod, ...]:
    return tuple(
        _period(r)
        for r in db.query(
            "SELECT * FROM service_periods WHERE member_id = ? ORDER BY position", [member_id]
        )
    )


def _period(r: dict[str, Any]) -> ServicePeriod:
    return ServicePeriod(
        kind=ServicePeriodKind(r["kind"]),
        from_year=r["from_year"],
        to_year=r["to_year"],
        in_notable_campaign=bool(r["in_notable_campaign"]),
        note=r["note"],
    )


def movements_of(db: Database, member_id: int) -> tuple[Movement, ...]:
    """A member's movements, oldest first."""
    return tuple(
        _movement(r)
        for r in db.query(
            "SELECT * FROM movements WHERE member_id = ? ORDER BY date, id", [member_id]
        )
    )


def _movement(r: dict[str, Any]) -> Movement:
    return Movement(
        kind=MovementKind(r["kind"]),
        date=_stored_date(r["date"]) or PartialDate(1900),
        paper_number=r["paper_number"],
        note=r["note"],
        id=r["id"],
        member_id=r["member_id"],
    )


def insert_movement(db: Database, member_id: int, movement: Movement, now: str) -> int:
    """Record a movement and bring the member's stored status up to date."""
    cursor = db.execute(
        "INSERT INTO movements (member_id, kind, date, paper_number, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            member_id,
            movement.kind.value,
            movement.date.to_storage(),
            movement.paper_number,
            movement.note,
            now,
        ],
    )
    refresh_status(db, member_id, now)
    return int(cursor.lastrowid or 0)


def delete_movement(db: Database, member_id: int, movement_id: int, now: str) -> None:
    """Remove a movement entered by mistake and recompute the status."""
    db.execute("DELETE FROM movements WHERE id = ? AND member_id = ?", [movement_id, member_id])
    refresh_status(db, member_id, now)


def refresh_status(db: Database, member_id: int, now: str) -> Status:
    """Store the status derived from the movements.

    The status column is a cache of `status_after(movements)` kept so that the list can
    filter 100,000 members through an index; it is only ever written here.
    """
    status = status_after(movements_of(db, member_id))
    db.execute(
        "UPDATE members SET status = ?, updated_at = ? WHERE id = ?",
        [status.value, now, member_id],
    )
    return status


def set_deleted(db: Database, member_id: int, deleted_at: str | None) -> None:
    """Mark a record deleted (hidden everywhere) or, with None, bring it back."""
    db.execute("UPDATE members SET deleted_at = ? WHERE id = ?", [deleted_at, member_id])


def card_number_holder(db: Database, card_number: str, exclude_id: int | None) -> str | None:
    """The name of another living member holding `card_number`, if any."""
    if not card_number:
        return None
    rows = list(
        db.query(
            "SELECT family_name, given_name FROM members "
            "WHERE card_number = ? AND deleted_at IS NULL AND id IS NOT ?",
            [card_number, exclude_id],
        )
    )
    if not rows:
        return None
    return f"{rows[0]['family_name']} {rows[0]['given_name']}".strip()


def _where(db: Database, flt: MemberFilter) -> tuple[str, list[Any]]:
    clauses = []
    params: list[Any] = []
    # The words first: SQLite tests the terms in order, and most rows fail the first word.
    for term in search_terms(flt.search):
        clauses.append("search_key LIKE ? ESCAPE '\\'")
        params.append(_contains(term))
    clauses.append("deleted_at IS NULL")
    scope, scope_params = scope_clause(db)
    if scope:
        clauses.append(scope.removeprefix(" AND "))
        params += scope_params
    statuses = flt.status.statuses()
    clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
    params += [s.value for s in statuses]
    narrowing, more = _narrowing(flt)
    return " AND ".join(clauses + narrowing), params + more


def _contains(term: str) -> str:
    """A LIKE pattern finding `term` anywhere, its own % and _ taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _narrowing(flt: MemberFilter, prefix: str = "") -> tuple[list[str], list[Any]]:
    """The filter's conditions on columns only the members table has (tổ, sex, party, policy)."""
    clauses = []
    params: list[Any] = []
    if flt.team is not None:
        clauses.append(f"{prefix}team = ?")
        params.append(flt.team)
    if flt.sex is not None:
        clauses.append(f"{prefix}sex = ?")
        params.append(flt.sex.value)
    if flt.party_member is not None:
        clauses.append(f"{prefix}party_member = ?")
        params.append(int(flt.party_member))
    if flt.policy is not None:
        p = prefix
        clauses.append(
            {
                PolicyFilter.ANY: f"({p}war_invalid OR {p}sick_soldier OR {p}agent_orange_self "
                f"OR {p}agent_orange_child OR {p}martyr_family)",
                PolicyFilter.WAR_INVALID: f"{p}war_invalid = 1",
                PolicyFilter.SICK_SOLDIER: f"{p}sick_soldier = 1",
                PolicyFilter.AGENT_ORANGE: f"({p}agent_orange_self OR {p}agent_orange_child)",
                PolicyFilter.MARTYR_FAMILY: f"{p}martyr_family = 1",
            }[flt.policy]
        )
    return clauses, params


def list_members(db: Database, flt: MemberFilter) -> list[MemberSummary]:
    """Members matching the filter, in the official order (tên, then họ đệm)."""
    where, params = _where(db, flt)
    # A search reads every row's folded name anyway: one pass over the table beats finding
    # the rows of the usual statuses (nine in ten) through their index first. At 100,000
    # members: 45 ms against 62 ms (bench/RESULTS.md). A tổ's index still narrows a search.
    scan = "NOT INDEXED " if search_terms(flt.search) and flt.team is None else ""
    cursor = db.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM members {scan}WHERE {where} ORDER BY sort_key, id", params
    )
    # Looked up in dictionaries, not by calling the enums and parsing each date: building
    # the rows was most of a keystroke's time at 100,000 members (measured in bench/).
    return [_summary(r) for r in cursor.fetchall()]


def _summary(r: tuple[Any, ...]) -> MemberSummary:
    """A list line from a row of _SUMMARY_COLUMNS."""
    return MemberSummary(
        id=r[0],
        family_name=r[1],
        given_name=r[2],
        sex=_SEX_OF[r[3]],
        birth_date=_stored_date(r[4]),
        team=r[5],
        card_number=r[6],
        phone=r[7],
        party_member=bool(r[8]),
        rank=_RANK_OF[r[9]] if r[9] else None,
        status=_STATUS_OF[r[10]],
        sort_key=r[11],
    )


# The trigram index (migration 0014) finds words of three letters or more; a shorter word
# has no trigram and is tested on the listing index's copy of the folded text instead.
INDEXED_WORD = 3


def member_ids(db: Database, flt: MemberFilter) -> list[int]:
    """The ids of the members `list_members` gives for `flt`, in the same order, read from the
    search index (words of three letters or more) or the listing index: a keystroke never
    reads the members' wide rows, only the lines then shown do (issue 22)."""
    terms = search_terms(flt.search)
    indexed = [t for t in terms if len(t) >= INDEXED_WORD]
    statuses = flt.status.statuses()
    marks = ", ".join("?" for _ in statuses)
    if indexed:
        # Each word a quoted phrase: the trigram tokenizer matches it as a plain substring.
        phrase = " ".join('"' + t.replace('"', '""') + '"' for t in indexed)
        clauses = ["members_search MATCH ?"]
        params: list[Any] = [phrase]
        for term in terms:
            if len(term) < INDEXED_WORD:
                clauses.append("f.search_key LIKE ? ESCAPE '\\'")
                params.append(_contains(term))
        clauses += ["f.deleted_at IS NULL", f"f.status IN ({marks})"]
        params += [s.value for s in statuses]
        narrowing, more = _narrowing(flt, "m.")
        scope, scope_params = scope_clause(db, "m.chi_hoi_id")  # a ward file looked at by chi hội
        if scope:
            narrowing, more = [*narrowing, scope.removeprefix(" AND ")], more + scope_params
        # The index's matches first (CROSS JOIN keeps that order): a tổ or sex then reads only
        # the rows of the matches, never a whole table.
        source = "members_search f"
        if narrowing:
            source += " CROSS JOIN members m ON m.id = f.rowid"
        sql = (
            f"SELECT f.rowid FROM {source} WHERE {' AND '.join(clauses + narrowing)} "
            "ORDER BY f.sort_key, f.rowid"
        )
        return [r[0] for r in db.execute(sql, params + more).fetchall()]
    where, params = _where(db, flt)
    # Only the list's own columns: the covering index holds them in the official order.
    listing = "" if _narrowing(flt)[0] else "INDEXED BY idx_members_listing "
    sql = f"SELECT id FROM members {listing}WHERE {where} ORDER BY sort_key, id"
    return [r[0] for r in db.execute(sql, params).fetchall()]


def summaries(db: Database, ids: Sequence[int]) -> list[MemberSummary]:
    """The list lines of `ids`, in that order (the rows that were deleted outright are left out)."""
    found = {
        r[0]: r
        for r in db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM members WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        ).fetchall()
    }
    return [_summary(found[i]) for i in ids if i in found]


class MemberRows(Sequence[MemberSummary]):
    """A member list read from the file one page at a time, as the view shows it: only the ids
    are read at once, so a keystroke at 100,000 members costs the matches' ids and one page."""

    PAGE = 500

    def __init__(self, db: Database, ids: list[int]) -> None:
        self._db = db
        self.ids = ids
        self._pages: dict[int, list[MemberSummary]] = {}
        self._positions: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> MemberSummary: ...

    @overload
    def __getitem__(self, index: slice) -> list[MemberSummary]: ...

    def __getitem__(self, index: int | slice) -> MemberSummary | list[MemberSummary]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.ids)))]
        if index < 0:
            index += len(self.ids)
        if not 0 <= index < len(self.ids):
            raise IndexError(index)
        page, offset = divmod(index, self.PAGE)
        rows = self._pages.get(page)
        if rows is None:
            wanted = self.ids[page * self.PAGE : (page + 1) * self.PAGE]
            with storage_errors(self._db):
                rows = summaries(self._db, wanted)
            if len(rows) != len(wanted):
                # Removed since the ids were read (an undo of an addition; the window reloads
                # the list after it): never shift the lines under the secretary's eyes.
                raise LookupError("member list out of date")
            self._pages[page] = rows
        return rows[offset]

    def position_of(self, member_id: int) -> int | None:
        """The line showing `member_id`, without reading the members before it."""
        if self._positions is None:
            self._positions = {member_id: row for row, member_id in enumerate(self.ids)}
        return self._positions.get(member_id)


# Birth dates repeat from one keystroke to the next: each stored text is parsed once.
_stored_date = functools.lru_cache(maxsize=1 << 16)(PartialDate.from_storage)
_SEX_OF = {s.value: s for s in Sex}
_RANK_OF = {r.value: r for r in Rank}
_STATUS_OF = {s.value: s for s in Status}


def count_members(db: Database, flt: MemberFilter | None = None) -> int:
    """How many living records match (all statuses when no filter is given)."""
    if flt is None:
        scope, params = scope_clause(db)
        row = db.execute(
            f"SELECT count(*) FROM members WHERE deleted_at IS NULL{scope}", params
        ).fetchone()
    else:
        where, params = _where(db, flt)
        row = db.execute(f"SELECT count(*) FROM members WHERE {where}", params).fetchone()
    return int(row[0])


def team_count(db: Database, statuses: Sequence[str]) -> int:
    """Tổ hội with a member of `statuses`: a tổ is one chi hội's, so on a ward file two chi
    hội's "Tổ 1" are two tổ."""
    scope, params = scope_clause(db)
    marks = ", ".join("?" for _ in statuses)
    row = db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT chi_hoi_id, team FROM members "
        f"WHERE team <> '' AND deleted_at IS NULL AND status IN ({marks}){scope})",
        [*statuses, *params],
    ).fetchone()
    return int(row[0])


def teams(db: Database) -> list[str]:
    """The tổ hội names in use, for the filter and the form's suggestions."""
    scope, params = scope_clause(db)
    return [
        r[0]
        # The names from the tổ index alone, then one living member each: reading every
        # member's row to skip the deleted ones took 25 ms of a start at 10,000 members.
        for r in db.execute(
            "SELECT t.team FROM (SELECT DISTINCT team FROM members WHERE team <> '') t "
            "WHERE EXISTS (SELECT 1 FROM members m WHERE m.team = t.team AND m.deleted_at IS NULL"
            f"{scope}) ORDER BY t.team",
            params,
        ).fetchall()
    ]


def evaluations(db: Database, year: int) -> dict[int, tuple[str, str]]:
    """member id -> (grade, note) of the year's evaluation."""
    rows = db.execute(
        "SELECT member_id, grade, note FROM member_evaluations WHERE year = ?", [year]
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def save_evaluations(db: Database, year: int, grades: dict[int, tuple[str, str]]) -> None:
    """Make the year's evaluations exactly `grades` (an empty grade removes one)."""
    for member_id, (grade, note) in grades.items():
        if not grade:
            db.execute(
                "DELETE FROM member_evaluations WHERE member_id = ? AND year = ?", [member_id, year]
            )
            continue
        db.execute(
            "INSERT INTO member_evaluations (member_id, year, grade, note) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(member_id, year) DO UPDATE SET grade = excluded.grade, note = excluded.note",
            [member_id, year, grade, note],
        )


def all_members(db: Database) -> list[Member]:
    """Every living record, complete, in three queries (reports read the whole register)."""
    periods: dict[int, list[ServicePeriod]] = {}
    for r in db.query("SELECT * FROM service_periods ORDER BY member_id, position"):
        periods.setdefault(r["member_id"], []).append(_period(r))
    movements: dict[int, list[Movement]] = {}
    for r in db.query("SELECT * FROM movements ORDER BY member_id, date, id"):
        movements.setdefault(r["member_id"], []).append(_movement(r))
    scope, params = scope_clause(db)
    return [
        _from_row(row, tuple(periods.get(row["id"], ())), tuple(movements.get(row["id"], ())))
        for row in db.query(
            f"SELECT * FROM members WHERE deleted_at IS NULL{scope} ORDER BY sort_key, id", params
        )
    ]


def card_numbers(db: Database) -> set[str]:
    """Card numbers held by living records."""
    scope, params = scope_clause(db)  # a ward file: card numbers are the chi hội's own
    rows = db.execute(
        f"SELECT card_number FROM members WHERE card_number <> '' AND deleted_at IS NULL{scope}",
        params,
    ).fetchall()
    return {r[0] for r in rows}


def names_and_births(db: Database) -> list[tuple[str, str, str | None]]:
    """(họ và chữ đệm, tên, birth date as stored) of every living record: what tells a
    member already registered from a new one."""
    scope, params = scope_clause(db)
    return db.execute(
        f"SELECT family_name, given_name, birth_date FROM members WHERE deleted_at IS NULL{scope}",
        params,
    ).fetchall()


def last_member_id(db: Database) -> int:
    """The highest id ever given (deleted rows included), so new rows are those above it."""
    row = db.execute("SELECT max(id) FROM members").fetchone()
    return int(row[0] or 0)


def members_and_first_entry(db: Database) -> tuple[int, str | None]:
    """How many members were ever entered (deleted ones too) and when the first was."""
    count, first = db.execute("SELECT count(*), min(created_at) FROM members").fetchone()
    return int(count), first


def count_evaluated(db: Database, year: int) -> int:
    """How many members were graded for `year`."""
    return int(
        db.execute("SELECT count(*) FROM member_evaluations WHERE year = ?", [year]).fetchone()[0]
    )


def count_rows(db: Database, table: str) -> int:
    """Every row of one of our tables, deleted ones included."""
    return int(db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
