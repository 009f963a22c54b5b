"""Only the schema objects the program makes: any other trigger, view, index or table is removed.

The expected set is not listed by hand: it is what the migrations a file has applied create
in a fresh in-memory database. A trigger slipped into a copy (say, one that blanks every
phone number) would otherwise run, unrecorded, on the secretary's next action.
"""

from __future__ import annotations

import functools
import sqlite3
import types
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database, Migrations

from ccb_desktop import __version__
from ccb_desktop.db import startup_cache
from ccb_desktop.db.migrations import MIGRATION_SET, migrations
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import DamagedFileError, error

_DROP_ORDER = {"trigger": 0, "view": 1, "index": 2, "table": 3}


@dataclass(frozen=True)
class ExpectedSchema:
    """Triggers, views and indexes by (type, name) with their SQL; tables with their columns."""

    objects: dict[tuple[str, str], str]  # whitespace-normalised, for comparing
    sql: dict[tuple[str, str], str]  # as the migrations wrote it, for putting back
    tables: dict[str, tuple[tuple[object, ...], ...]]


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(conn: sqlite3.Connection, table: str) -> tuple[tuple[object, ...], ...]:
    rows = conn.execute(f"PRAGMA table_xinfo({_quote(table)})").fetchall()
    # name, declared type, not null, default, primary key position, hidden (generated)
    return tuple((r[1], str(r[2]).upper(), r[3], r[4], r[5], r[6]) for r in rows)


def _objects(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """(type, name, sql) of every object the file defines, SQLite's own left out."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return [
        (str(t), str(n), s)
        for t, n, s in rows
        # sqlite_sequence, sqlite_stat1 and automatic indexes belong to SQLite itself.
        if not (str(n).startswith("sqlite_") and (t == "table" or s is None))
    ]


@functools.lru_cache(maxsize=16)
def expected_schema(applied: frozenset[str], schema: Migrations = migrations) -> ExpectedSchema:
    """What the steps in `applied` create, found by running them on an empty database.

    Running the migrations takes ~0.25 s, a third of a start: the program's own result is
    kept in the cache folder, keyed by the steps' names and compiled code, so it is made
    again only when a step changes (another schema, as in tests, is never cached).
    """
    if schema is not migrations:
        return _run_steps(applied, schema)
    steps = [
        (step.name, _code_digest(step.fn.__code__))  # type: ignore[attr-defined]
        for step in schema._migrations
    ]
    key = startup_cache.key_of(__version__, MIGRATION_SET, steps, sorted(applied))
    cached = _from_json(startup_cache.load(key))
    if cached is not None:
        return cached
    made = _run_steps(applied, schema)
    startup_cache.store(key, _to_json(made))
    return made


def _code_digest(code: types.CodeType) -> str:
    """The compiled code of a step, nested functions included, without memory addresses."""
    parts: list[object] = [code.co_code, code.co_names]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            parts.append(_code_digest(const))
        elif isinstance(const, frozenset):
            parts.append(sorted(repr(c) for c in const))
        else:
            parts.append(repr(const))
    return startup_cache.key_of(*parts)


def _to_json(made: ExpectedSchema) -> dict[str, object]:
    return {
        "objects": [[k, n, sql] for (k, n), sql in made.objects.items()],
        "sql": [[k, n, sql] for (k, n), sql in made.sql.items()],
        "tables": {name: [list(c) for c in columns] for name, columns in made.tables.items()},
    }


def _from_json(value: object) -> ExpectedSchema | None:
    """The cached schema, or None if the entry is missing or not what `_to_json` writes."""
    if not isinstance(value, dict):
        return None
    try:
        return ExpectedSchema(
            {(str(k), str(n)): str(sql) for k, n, sql in value["objects"]},
            {(str(k), str(n)): str(sql) for k, n, sql in value["sql"]},
            {
                str(name): tuple(tuple(c) for c in columns)
                for name, columns in value["tables"].items()
            },
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _run_steps(applied: frozenset[str], schema: Migrations) -> ExpectedSchema:
    fresh = Database(memory=True, execute_plugins=False)
    try:
        if applied:
            schema.ensure_migrations_table(fresh)
        for step in schema.pending(fresh):
            if step.name in applied:
                step.fn(fresh)
        objects: dict[tuple[str, str], str] = {}
        sql_text: dict[tuple[str, str], str] = {}
        tables: dict[str, tuple[tuple[object, ...], ...]] = {}
        for kind, name, sql in _objects(fresh.conn):
            if kind == "table":
                tables[name] = _columns(fresh.conn, name)
            else:
                objects[(kind, name)] = _normal(sql)
                sql_text[(kind, name)] = sql or ""
        return ExpectedSchema(objects, sql_text, tables)
    finally:
        fresh.close()


def applied_steps(conn: sqlite3.Connection) -> frozenset[str]:
    """The migration names a file records (none for a file without the table)."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchall()
    except sqlite3.OperationalError:
        return frozenset()
    return frozenset(str(r[0]) for r in rows)


def _changed(path: Path, detail: str) -> DamagedFileError:
    return error(
        DamagedFileError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data file {path} was changed by another program: its structure is not the one CCB Desktop makes. Use a backup instead.",
        ),
        detail,
        path=str(path),
    )


def foreign_objects(
    conn: sqlite3.Connection, path: Path, schema: Migrations = migrations
) -> list[tuple[str, str]]:
    """(type, name) of each object to remove: not made by the program, or made differently.

    Raises DamagedFileError when a table of the program is missing or has other columns:
    that cannot be repaired by removing something.
    """
    applied = applied_steps(conn)
    expected = expected_schema(applied, schema)
    found: list[tuple[str, str]] = []
    actual_tables = set()
    for kind, name, sql in _objects(conn):
        if kind == "table":
            actual_tables.add(name)
            if name not in expected.tables:
                found.append((kind, name))
            elif _columns(conn, name) != expected.tables[name]:
                raise _changed(path, f"table {name} differs")
        elif expected.objects.get((kind, name)) != _normal(sql):
            found.append((kind, name))
    missing = set(expected.tables) - actual_tables
    if missing:
        raise _changed(path, "missing tables: " + ", ".join(sorted(missing)))
    return sorted(found, key=lambda o: (_DROP_ORDER.get(o[0], 9), o[1]))


def remove_foreign_objects(
    conn: sqlite3.Connection, path: Path, schema: Migrations = migrations
) -> list[str]:
    """Drop every object the program does not make, put back its own triggers and indexes
    where they were missing or altered, in one transaction; returns the names removed."""
    found = foreign_objects(conn, path, schema)
    expected = expected_schema(applied_steps(conn), schema)
    present = {(k, n): _normal(s) for k, n, s in _objects(conn)}
    missing = [key for key, sql in expected.objects.items() if present.get(key) != sql]
    if not found and not missing:
        return []
    own_transaction = not conn.in_transaction
    try:
        if own_transaction:
            conn.execute("BEGIN IMMEDIATE")
        for kind, name in found:
            conn.execute(f"DROP {kind.upper()} IF EXISTS {_quote(name)}")
        for key in sorted(missing, key=lambda k: -_DROP_ORDER.get(k[0], 9)):
            conn.execute(f"DROP {key[0].upper()} IF EXISTS {_quote(key[1])}")
            conn.execute(expected.sql[key])
        if own_transaction:
            conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if own_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text or "locked" in text or "busy" in text:
            raise
        raise _changed(path, str(exc)) from exc
    return [name for _kind, name in found]
