"""The chi hội of a data file, and the rows a package carries out of a chi hội's file and
into a ward file."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.ward import (
    BY_TABLE,
    PACKAGED,
    REMOVED_LAST,
    SCOPED,
    ChiHoi,
    Key,
    Rows,
    WardDiff,
    row_key,
)
from ccb_desktop.errors import CcbError, error

_WARD_KEY = "ward.file"
_SCOPE = "chi_hoi_scope"


def set_scope(db: Database, chi_hoi_id: int | None) -> None:
    """The chi hội the window looks at in a ward file (None: the whole ward). Reading the
    register, meetings and support cases narrows to it; a record added goes to it."""
    setattr(db, _SCOPE, chi_hoi_id)


def scope_of(db: Database) -> int | None:
    return getattr(db, _SCOPE, None)


@contextlib.contextmanager
def scoped(db: Database, chi_hoi_id: int | None) -> Iterator[None]:
    """Read as if looking at one chi hội, then look back where the window was looking."""
    before = scope_of(db)
    set_scope(db, chi_hoi_id)
    try:
        yield
    finally:
        set_scope(db, before)


def chi_hoi_for_new_record(db: Database) -> int | None:
    """The chi hội a record added now belongs to: the one looked at in a ward file; None in a
    chi hội's own file (its one chi hội, the column's default). A ward file looked at whole
    has no chi hội to put it in: refused, nothing written."""
    chi_hoi_id = scope_of(db)
    if chi_hoi_id is None and is_ward(db):
        raise error(
            CcbError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is a ward file: first choose, above the tabs, the chi hội the record belongs to. Nothing was saved.",
            ),
        )
    return chi_hoi_id


def scope_clause(db: Database, column: str = "chi_hoi_id") -> tuple[str, list[Any]]:
    """(' AND column = ?', [id]) when narrowed to a chi hội, else ('', [])."""
    chi_hoi_id = scope_of(db)
    return (f" AND {column} = ?", [chi_hoi_id]) if chi_hoi_id is not None else ("", [])


_PROVINCE_KEY = "ward.province_name"


def is_ward(db: Database) -> bool:
    """Whether the file is a ward's (holding the chi hội's packages), not a chi hội's own."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_WARD_KEY]).fetchone()
    return bool(row and row[0] == "1")


def holds_records(db: Database) -> bool:
    """Whether any member, meeting or support case was ever entered (deleted ones too)."""
    return any(
        db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
        for table in ("members", "meetings", "support_cases", "household_classifications")
    )


def make_ward(db: Database, province_name: str) -> None:
    """Mark an empty file as a ward file; the chi hội its first step made for it goes (a
    ward's chi hội come from their packages)."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [_WARD_KEY],
    )
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [_PROVINCE_KEY, province_name],
    )
    db.execute(
        "DELETE FROM chi_hoi_names WHERE chi_hoi_id NOT IN (SELECT chi_hoi_id FROM ward_sources)"
    )
    db.execute("DELETE FROM chi_hoi WHERE id NOT IN (SELECT chi_hoi_id FROM ward_sources)")


def province_name(db: Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_PROVINCE_KEY]).fetchone()
    return str(row[0]) if row else ""


def set_province_name(db: Database, name: str) -> None:
    """The province Hội a ward file's reports go to (Tệp → Thông tin đơn vị)."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [_PROVINCE_KEY, name],
    )


def all_chi_hoi(db: Database) -> list[ChiHoi]:
    """Every chi hội of the file, by name."""
    return [
        ChiHoi(r[0], r[1], r[2])
        for r in db.execute("SELECT id, code, name FROM chi_hoi ORDER BY name, id").fetchall()
    ]


def own_chi_hoi(db: Database) -> ChiHoi:
    """A chi hội's own file: its one chi hội."""
    r = db.execute("SELECT id, code, name FROM chi_hoi ORDER BY id LIMIT 1").fetchone()
    return ChiHoi(r[0], r[1], r[2])


def name_own_chi_hoi(db: Database, name: str) -> None:
    """A chi hội's own file: the name of its one chi hội, since ever (a new file's)."""
    chi_hoi_id = own_chi_hoi(db).id
    db.execute("UPDATE chi_hoi SET name = ? WHERE id = ?", [name, chi_hoi_id])
    db.execute(
        "UPDATE chi_hoi_names SET name = ? WHERE chi_hoi_id = ? AND from_date = ''",
        [name, chi_hoi_id],
    )


def find_chi_hoi(db: Database, code: str) -> ChiHoi | None:
    r = db.execute("SELECT id, code, name FROM chi_hoi WHERE code = ?", [code]).fetchone()
    return ChiHoi(r[0], r[1], r[2]) if r else None


def add_chi_hoi(db: Database, code: str, name: str, from_date: str) -> int:
    cursor = db.execute("INSERT INTO chi_hoi (code, name) VALUES (?, ?)", [code, name])
    chi_hoi_id = int(cursor.lastrowid or 0)
    db.execute(
        "INSERT INTO chi_hoi_names (chi_hoi_id, name, from_date) VALUES (?, ?, ?)",
        [chi_hoi_id, name, from_date],
    )
    return chi_hoi_id


def name_chi_hoi(db: Database, chi_hoi_id: int, name: str, from_date: str) -> None:
    """The chi hội's current name; a new one is added to its dated names, the old kept."""
    current = db.execute("SELECT name FROM chi_hoi WHERE id = ?", [chi_hoi_id]).fetchone()
    if current and current[0] != name:
        db.execute("UPDATE chi_hoi SET name = ? WHERE id = ?", [name, chi_hoi_id])
        db.execute(
            "INSERT INTO chi_hoi_names (chi_hoi_id, name, from_date) VALUES (?, ?, ?)",
            [chi_hoi_id, name, from_date],
        )


def names_of(db: Database, chi_hoi_id: int) -> list[tuple[str, str]]:
    """(from date, name) of a chi hội, oldest first ('' for since ever)."""
    return db.execute(
        "SELECT from_date, name FROM chi_hoi_names WHERE chi_hoi_id = ? ORDER BY from_date, id",
        [chi_hoi_id],
    ).fetchall()


def set_received(db: Database, chi_hoi_id: int, unit: dict[str, Any], received: str) -> None:
    """The unit details and manifest of the package last taken in for a chi hội."""
    db.execute(
        "UPDATE chi_hoi SET unit = ?, received = ? WHERE id = ?",
        [json.dumps(unit, ensure_ascii=False, sort_keys=True), received, chi_hoi_id],
    )


def received_of(db: Database, chi_hoi_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """(unit details, manifest) of the last package taken in for a chi hội."""
    r = db.execute("SELECT unit, received FROM chi_hoi WHERE id = ?", [chi_hoi_id]).fetchone()
    return (json.loads(r[0]), json.loads(r[1])) if r else ({}, {})


def member_ids_of(db: Database, chi_hoi_id: int) -> set[int]:
    """Ids of the living members of one chi hội."""
    return {
        r[0]
        for r in db.execute(
            "SELECT id FROM members WHERE chi_hoi_id = ? AND deleted_at IS NULL", [chi_hoi_id]
        ).fetchall()
    }


def chi_hoi_of_meetings(db: Database) -> dict[int, int]:
    """meeting id -> chi hội id, for every meeting not deleted."""
    return dict(
        db.execute("SELECT id, chi_hoi_id FROM meetings WHERE deleted_at IS NULL").fetchall()
    )


def chi_hoi_of_members(db: Database) -> dict[int, int]:
    """member id -> chi hội id, for every living member."""
    return dict(
        db.execute("SELECT id, chi_hoi_id FROM members WHERE deleted_at IS NULL").fetchall()
    )


def _columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()]


def package_rows(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every living row of a chi hội's own file that a package carries, as stored (without
    the chi hội column: the package names its chi hội once)."""
    living = "SELECT id FROM members WHERE deleted_at IS NULL"
    meetings = "SELECT id FROM meetings WHERE deleted_at IS NULL"
    cases = f"SELECT id FROM support_cases WHERE member_id IN ({living})"
    where = {
        "members": "deleted_at IS NULL",
        "service_periods": f"member_id IN ({living})",
        "movements": f"member_id IN ({living})",
        "household_classifications": f"member_id IN ({living})",
        "member_evaluations": f"member_id IN ({living})",
        "meetings": "deleted_at IS NULL",
        "attendance": f"meeting_id IN ({meetings}) AND member_id IN ({living})",
        "meeting_rosters": f"meeting_id IN ({meetings}) AND member_id IN ({living})",
        "support_cases": f"member_id IN ({living})",
        "supports": f"case_id IN ({cases})",
        "loans": f"case_id IN ({cases})",
        "visits": f"case_id IN ({cases})",
        "care_visits": f"member_id IN ({living})",
        "dues_rates": "1",
        "dues_exemptions": f"member_id IN ({living})",
        "dues_payments": f"member_id IN ({living})",
        "dues_remittances": "1",
        "funds": "1",
        "fund_loans": f"member_id IN ({living})",
        # Every line: the money stays in the fund's balance whoever it came from.
        "fund_entries": "1",
    }
    kept = {r[0] for r in db.execute(living).fetchall()}
    # A line or loan pointing at a row the package leaves out points at nothing.
    carried = {
        "members": kept,
        "support_cases": {r[0] for r in db.execute(cases).fetchall()},
        "fund_loans": {
            r[0] for r in db.execute(f"SELECT id FROM fund_loans WHERE {where['fund_loans']}")
        },
    }
    nullable = {"fund_loans": ("case_id",), "fund_entries": ("member_id", "loan_id")}
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in PACKAGED:
        found = []
        for row in db.query(f"SELECT * FROM {table.name} WHERE {where[table.name]}"):
            row.pop("chi_hoi_id", None)
            if table.name == "meetings":
                # Chaired by a record deleted as entered by mistake: no one.
                for column in ("chaired_by", "minutes_by"):
                    if row[column] is not None and row[column] not in kept:
                        row[column] = None
            for column in nullable.get(table.name, ()):
                target = dict(table.refs)[column]
                if row[column] is not None and row[column] not in carried[target]:
                    row[column] = None
            found.append(row)
        rows[table.name] = found
    return rows


def _sources(db: Database, chi_hoi_id: int) -> dict[str, dict[int, int]]:
    """table -> {local id: source id} of the rows taken from one chi hội's packages."""
    found: dict[str, dict[int, int]] = {t.name: {} for t in PACKAGED}
    for table, local, source in db.execute(
        "SELECT table_name, local_id, source_id FROM ward_sources WHERE chi_hoi_id = ?",
        [chi_hoi_id],
    ).fetchall():
        found.setdefault(table, {})[local] = source
    return found


def current_rows(db: Database, chi_hoi_id: int) -> Rows:
    """The ward's rows of one chi hội, with the ids the chi hội's own file gives them."""
    sources = _sources(db, chi_hoi_id)
    rows: Rows = {}
    for table in PACKAGED:
        if table.composite:
            meeting_ids = list(sources["meetings"])
            found = []
            for start in range(0, len(meeting_ids), 500):
                chunk = meeting_ids[start : start + 500]
                found += list(
                    db.query(
                        f"SELECT * FROM {table.name} WHERE meeting_id IN "
                        f"({', '.join('?' for _ in chunk)})",
                        chunk,
                    )
                )
        else:
            found = list(
                db.query(
                    f"SELECT t.* FROM {table.name} t JOIN ward_sources s "
                    "ON s.table_name = ? AND s.local_id = t.id WHERE s.chi_hoi_id = ?",
                    [table.name, chi_hoi_id],
                )
            )
        translated: dict[Key, dict[str, Any]] = {}
        for row in found:
            row.pop("chi_hoi_id", None)
            if not table.composite:
                row["id"] = sources[table.name][row["id"]]
            for column, target in table.refs:
                if row[column] is not None:
                    row[column] = sources[target].get(row[column], row[column])
            translated[row_key(table, row)] = row
        rows[table.name] = translated
    return rows


def apply(db: Database, chi_hoi_id: int, incoming: Rows, change: WardDiff) -> None:
    """Make the ward's rows of one chi hội those of the package: rows removed children
    first, rows added and changed parents first, removed meetings and members last (so no
    row ever points at one not there, and undo, taking the steps back in reverse, neither)."""
    # Checked at the commit: a meeting may point at its chair for a moment before either is
    # replaced. Lasts until the end of the action's transaction.
    db.execute("PRAGMA defer_foreign_keys = ON")
    sources = _sources(db, chi_hoi_id)
    local = {table: {s: loc for loc, s in ids.items()} for table, ids in sources.items()}
    columns = {t.name: set(_columns(db, t.name)) for t in PACKAGED}

    def to_local(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
        table = BY_TABLE[table_name]
        values = {c: v for c, v in row.items() if c in columns[table_name] and c != "id"}
        for column, target in table.refs:
            if values.get(column) is not None:
                values[column] = local[target][values[column]]
        if table_name in SCOPED:
            values["chi_hoi_id"] = chi_hoi_id
        return values

    def where(table_name: str, key: Key) -> tuple[str, list[Any]]:
        table = BY_TABLE[table_name]
        if table.composite:
            ids = [local[target][k] for (_c, target), k in zip(table.refs, key, strict=True)]
            return " AND ".join(f"{c} = ?" for c, _t in table.refs), ids
        return "id = ?", [local[table_name][key]]

    def remove(table_name: str, keys: list[Key]) -> None:
        for key in keys:
            clause, params = where(table_name, key)
            db.execute(f"DELETE FROM {table_name} WHERE {clause}", params)
            if not BY_TABLE[table_name].composite:
                db.execute(
                    "DELETE FROM ward_sources WHERE table_name = ? AND local_id = ?",
                    [table_name, local[table_name][key]],
                )

    for table in reversed(PACKAGED):
        if table.name not in REMOVED_LAST:
            remove(table.name, change.tables[table.name].removed)
    for table in PACKAGED:
        t = change.tables[table.name]
        for key in t.added:
            values = to_local(table.name, incoming[table.name][key])
            names = ", ".join(f'"{c}"' for c in values)
            cursor = db.execute(
                f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' for _ in values)})",
                list(values.values()),
            )
            if not table.composite:
                new_id = int(cursor.lastrowid or 0)
                local[table.name][key] = new_id
                db.execute(
                    "INSERT INTO ward_sources (table_name, local_id, chi_hoi_id, source_id) "
                    "VALUES (?, ?, ?, ?)",
                    [table.name, new_id, chi_hoi_id, key],
                )
        for key in t.changed:
            values = to_local(table.name, incoming[table.name][key])
            clause, params = where(table.name, key)
            assignments = ", ".join(f'"{c}" = ?' for c in values)
            db.execute(
                f"UPDATE {table.name} SET {assignments} WHERE {clause}",
                [*values.values(), *params],
            )
    for name in REMOVED_LAST:
        remove(name, change.tables[name].removed)


def counts_by_chi_hoi(db: Database) -> dict[int, tuple[int, int, int]]:
    """chi hội id -> (living members, meetings, support cases)."""
    found: dict[int, list[int]] = {}
    for position, (table, living) in enumerate(
        (("members", "deleted_at IS NULL"), ("meetings", "deleted_at IS NULL"),
         ("support_cases", "1"))
    ):  # fmt: skip
        for chi_hoi_id, count in db.execute(
            f"SELECT chi_hoi_id, count(*) FROM {table} WHERE {living} GROUP BY chi_hoi_id"
        ).fetchall():
            found.setdefault(chi_hoi_id, [0, 0, 0])[position] = count
    return {k: (v[0], v[1], v[2]) for k, v in found.items()}


def figured_apart(db: Database) -> list[int] | None:
    """A ward file looked at whole: its chi hội, whose dues are each figured by their own
    rates and added up (two chi hội's rates never mix); otherwise None."""
    if scope_of(db) is not None or not is_ward(db):
        return None
    return [c.id for c in all_chi_hoi(db)]
