"""User actions and the changes they made: the change history and the generic undo."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from ccb_desktop.db.migrations import RECORDED_TABLES
from ccb_desktop.domain.history import Action, Change
from ccb_desktop.domain.messages import Message
from ccb_desktop.domain.recorded import BY_NAME, CASE, MEETING, MEMBER, shown_in


@contextlib.contextmanager
def recorded(
    db: Database, label: Message, now: str, undoes: int | None = None, bulk: bool = False
) -> Iterator[int]:
    """One user action: a transaction whose every row change is recorded under `label`.

    Yields the action's id. The action is closed before the commit, so writes outside any
    action (migrations, demo data) are never attributed to it.
    """
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO actions (label, label_values, at, open, undoes, bulk) "
            "VALUES (?, ?, ?, 1, ?, ?)",
            [label.template, json.dumps(label.values, ensure_ascii=False), now, undoes, int(bulk)],
        )
        action_id = int(cursor.lastrowid or 0)
        yield action_id
        db.execute("UPDATE actions SET open = 0 WHERE id = ?", [action_id])
        if not db.execute("SELECT 1 FROM changes WHERE action_id = ?", [action_id]).fetchone():
            # Nothing changed (e.g. saving an unchanged form): nothing to undo.
            db.execute("DELETE FROM actions WHERE id = ?", [action_id])


@contextlib.contextmanager
def recorded_row_by_row(db: Database, action_id: int) -> Iterator[None]:
    """Inside a bulk action: the few changes made in the block are recorded by the triggers,
    old and new values, like those of any other action (an import completing a record)."""
    db.execute("UPDATE actions SET bulk = 0 WHERE id = ?", [action_id])
    try:
        yield
    finally:
        db.execute("UPDATE actions SET bulk = 1 WHERE id = ?", [action_id])


def _action(row: tuple[Any, ...], context: str) -> Action:
    return Action(
        id=row[0],
        label=Message(context, row[1], json.loads(row[2] or "{}")),
        at=row[3],
        undoes=row[4],
    )


def last_undoable(db: Database, context: str) -> Action | None:
    """The most recent user action not yet undone (undos themselves are not undone)."""
    row = db.execute(
        "SELECT id, label, label_values, at, undoes FROM actions "
        "WHERE undoes IS NULL AND undone_by IS NULL AND open = 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return _action(row, context) if row else None


def last_redoable(db: Database, context: str) -> tuple[int, Action] | None:
    """The latest undo that can itself be taken back (Ctrl+Y), as (the undo's id, the action
    it undid); None once any other action was done after it, as in every editor."""
    row = db.execute(
        "SELECT u.id, b.id, b.label, b.label_values, b.at, b.undoes FROM actions u "
        "JOIN actions b ON b.id = u.undoes "
        "WHERE u.open = 0 AND u.undone_by IS NULL AND b.undoes IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM actions n WHERE n.id > u.id AND n.undoes IS NULL) "
        "ORDER BY u.id DESC LIMIT 1"
    ).fetchone()
    return (int(row[0]), _action(row[1:], context)) if row else None


def reinstate(db: Database, action_id: int) -> None:
    """After the undo of `action_id` was itself reverted (a redo): the action counts as done
    again, so Ctrl+Z can take it back once more."""
    db.execute("UPDATE actions SET undone_by = NULL WHERE id = ?", [action_id])


def action_size(db: Database, action_id: int) -> tuple[bool, dict[str, int]]:
    """Whether an action was a bulk one (an import), and how many rows of each table it
    changed: enough to ask before undoing much at once."""
    bulk = db.execute("SELECT bulk FROM actions WHERE id = ?", [action_id]).fetchone()
    counts = dict(
        db.execute(
            "SELECT table_name, count(*) FROM changes WHERE action_id = ? GROUP BY table_name",
            [action_id],
        ).fetchall()
    )
    return bool(bulk and bulk[0]), {str(k): int(v) for k, v in counts.items()}


def _where(key: dict[str, Any]) -> tuple[str, list[Any]]:
    return " AND ".join(f'"{k}" = ?' for k in key), list(key.values())


def revert(db: Database, action_id: int) -> None:
    """Undo one action's row changes, newest first. Call inside the undo's own action."""
    rows = db.execute(
        "SELECT table_name, row_key, operation, old, new FROM changes "
        "WHERE action_id = ? ORDER BY id DESC",
        [action_id],
    ).fetchall()
    for table, row_key, operation, old_json, new_json in rows:
        if table not in RECORDED_TABLES:
            continue
        key = json.loads(row_key)
        if operation == "insert":
            where, params = _where(key)
            db.execute(f"DELETE FROM {table} WHERE {where}", params)
        elif operation == "delete":
            old = json.loads(old_json)
            columns = ", ".join(f'"{c}"' for c in old)
            db.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' for _ in old)})",
                list(old.values()),
            )
        else:
            old = json.loads(old_json)
            new = json.loads(new_json)
            current_key = {k: new[k] for k in RECORDED_TABLES[table]}
            where, params = _where(current_key)
            assignments = ", ".join(f'"{c}" = ?' for c in old)
            db.execute(f"UPDATE {table} SET {assignments} WHERE {where}", [*old.values(), *params])
    db.execute(
        "UPDATE actions SET undone_by = (SELECT max(id) FROM actions) WHERE id = ?", [action_id]
    )


def changes_for(
    db: Database,
    context: str,
    member_id: int | None = None,
    meeting_id: int | None = None,
    case_id: int | None = None,
) -> list[Change]:
    """The changes touching one member, meeting or support case, newest first."""
    record_id: int | None
    if case_id is not None:
        record, record_id = CASE, case_id
    elif member_id is not None:
        record, record_id = MEMBER, member_id
    else:
        record, record_id = MEETING, meeting_id
    # Which rows belong to the record comes from the one description of recorded tables:
    # by the row's key when the column is part of it, else by its values (new, or old
    # for a deleted row).
    params: dict[str, Any] = {"id": record_id}
    parts = []
    for number, (table, column) in enumerate(shown_in(record)):
        params[f"t{number}"] = table
        if column in BY_NAME[table].key:
            value = f"json_extract(c.row_key, '$.{column}')"
        else:
            value = (
                f"coalesce(json_extract(c.new, '$.{column}'), json_extract(c.old, '$.{column}'))"
            )
        parts.append(f"(c.table_name = :t{number} AND {value} = :id)")
    condition = " OR ".join(parts)
    rows = db.execute(
        "SELECT a.id, a.label, a.label_values, a.at, a.undoes, c.table_name, c.row_key, "
        "c.operation, c.old, c.new FROM changes c JOIN actions a ON a.id = c.action_id "
        f"WHERE {condition} ORDER BY c.id DESC",
        params,
    ).fetchall()
    return [
        Change(
            action=_action(row[:5], context),
            table=row[5],
            key=json.loads(row[6]),
            operation=row[7],
            old=json.loads(row[8]) if row[8] else None,
            new=json.loads(row[9]) if row[9] else None,
        )
        for row in rows
    ]


def record_inserted_members(db: Database, action_id: int, after_id: int) -> None:
    """For a bulk action: record, in one statement, every member added after `after_id` (and
    their periods), so that undo removes them. Only the keys are kept: the rows themselves
    are what the import file holds."""
    db.execute(
        "INSERT INTO changes (action_id, table_name, row_key, operation, old, new) "
        "SELECT ?, 'members', json_object('id', id), 'insert', NULL, NULL FROM members WHERE id > ?",
        [action_id, after_id],
    )
    db.execute(
        "INSERT INTO changes (action_id, table_name, row_key, operation, old, new) "
        "SELECT ?, 'service_periods', json_object('id', id), 'insert', NULL, "
        "json_object('member_id', member_id) FROM service_periods WHERE member_id > ?",
        [action_id, after_id],
    )
