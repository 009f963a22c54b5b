"""Copies of a live data file made with SQLite's backup API, checked before they count."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any, cast

from sqlite_utils import Database

from ccb_desktop.db import cipher
from ccb_desktop.db.cipher import Secret
from ccb_desktop.db.connection import (
    SQLITE_HEADER,
    connect_read_only,
    protection_of,
    read_snapshot,
    storage_errors,
)
from ccb_desktop.db.migrations import MIGRATION_SET, known_migration_names
from ccb_desktop.db.schema_objects import foreign_objects, remove_foreign_objects
from ccb_desktop.domain.backups import BackupInfo
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import DamagedFileError, NewerDatabaseError, StorageError, error
from ccb_desktop.files import private_run, written_in_place

MADE_BY_KEY = "backup.made_by"
MADE_AT_KEY = "backup.made_at"


def _count(conn: sqlite3.Connection, table: str, where: str = "") -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    if not exists:
        return 0
    return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])


def _read_info(conn: sqlite3.Connection, path: Path, foreign: tuple[str, ...]) -> BackupInfo:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        ).fetchall()
    ]
    settings = dict(
        conn.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?)", [MADE_BY_KEY, MADE_AT_KEY]
        ).fetchall()
    )
    return BackupInfo(
        path=path,
        made_at=settings.get(MADE_AT_KEY, ""),
        made_by=settings.get(MADE_BY_KEY, ""),
        schema=names[-1] if names else "",
        members=_count(conn, "members", "WHERE deleted_at IS NULL"),
        meetings=_count(conn, "meetings", "WHERE deleted_at IS NULL"),
        cases=_count(conn, "support_cases"),
        newer_than_program=bool(set(names) - set(known_migration_names())),
        foreign_objects=foreign,
    )


def inspect(path: Path, secret: Secret = None) -> BackupInfo:
    """Open a copy read-only, check it whole, and say what it holds.

    Raises StorageError if the file is missing, not ours, or damaged; PasswordError if it
    is protected and `secret` (password, recovery code or known Protection) does not open it.
    """
    if not path.is_file():
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP("Errors", "The data file {path} does not exist."),
            path=str(path),
        )
    protection = cipher.protection_for(path, secret)
    if protection is not None:
        with storage_errors(path):
            encrypted = cipher.connect(path.resolve().as_uri() + "?mode=ro", protection, uri=True)
            try:
                info = _checked_info(cast(sqlite3.Connection, encrypted), path)
            finally:
                encrypted.close()
        return dataclasses.replace(info, protected=True)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise error(
                DamagedFileError,
                QT_TRANSLATE_NOOP("Errors", "The file {path} is not a CCB Desktop data file."),
                "bad header",
                path=str(path),
            )
    with storage_errors(path):
        conn = connect_read_only(path)
        try:
            return _checked_info(conn, path)
        finally:
            conn.close()


def _checked_info(conn: sqlite3.Connection, path: Path) -> BackupInfo:
    """Integrity, ownership and what the file holds; foreign schema objects named, not removed."""
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        raise error(
            DamagedFileError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} is damaged or is not a CCB Desktop data file.",
            ),
            "; ".join(str(r[0]) for r in result[:5]),
            path=str(path),
        )
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"_sqlite_migrations", "settings", "members"} <= tables:
        raise error(
            DamagedFileError,
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a CCB Desktop data file."),
            "missing tables",
            path=str(path),
        )
    info = _read_info(conn, path, ())
    if info.newer_than_program:
        return info  # its objects cannot be judged by this version
    foreign = tuple(name for _kind, name in foreign_objects(conn, path))
    return _read_info(conn, path, foreign)


def copy_database(
    db: Database, target: Path, made_by: str, made_at: str, data_path: Path | None = None
) -> BackupInfo:
    """Copy the live database to `target` with the backup API and verify the copy.

    The copy is written under a temporary name in a private folder, stamped with who made
    it and when, checked with integrity_check, and only then moved into place: a failure
    leaves no file that looks like a backup. `data_path` (the data file) makes a target that
    is that file, its lock, log or backups folder refused. A data file protected by a
    password gives a copy encrypted with the same key (its password and recovery code open it).
    """
    protection = protection_of(db)
    with written_in_place(target, prefix=".ccb-backup-", data_path=data_path) as temporary:
        with storage_errors(target):
            destination: Any = (
                sqlite3.connect(temporary)
                if protection is None
                else cipher.connect(temporary, protection, new=True)
            )
            try:
                db.conn.backup(destination)
                # A backup must stand alone: no WAL beside it.
                destination.execute("PRAGMA journal_mode=DELETE")
                destination.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?), (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [MADE_BY_KEY, made_by, MADE_AT_KEY, made_at],
                )
                destination.commit()
            finally:
                destination.close()
        info = inspect(temporary, protection)  # checked before it is moved into place
    return BackupInfo(
        target,
        info.made_at,
        info.made_by,
        info.schema,
        info.members,
        info.meetings,
        info.cases,
        protected=info.protected,
    )


def restore_into(
    db: Database, source: Path, data_path: Path | None = None, secret: Secret = None
) -> list[str]:
    """Replace the live database's content with `source`'s, in one step.

    The copy is read into memory, checked, and cleared there of any schema object the
    program does not make (returned by name), so such an object never reaches the data
    file. The backup API writes the destination inside its own transaction: a crash
    part-way leaves the previous content. The caller reopens the file afterwards so that
    an older copy is migrated like any other file.
    """
    info = inspect(source, secret)
    if info.newer_than_program:
        raise error(
            NewerDatabaseError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} was written by a newer version of CCB Desktop. Install the newer version to open it; the file was not changed.",
            ),
            info.schema,
            path=str(source),
        )
    with storage_errors(source):
        copy = _read_copy(source, cipher.protection_for(source, secret), protection_of(db))
    try:
        with storage_errors(source):
            _checked_info(copy, source)  # the copy read is the copy checked
            removed = remove_foreign_objects(copy, source)
        with storage_errors(data_path or db):  # from here, a failure is the data file's
            copy.backup(db.conn)
    finally:
        copy.close()
    return removed


def _read_copy(
    source: Path, source_key: cipher.Protection | None, live_key: cipher.Protection | None
) -> sqlite3.Connection:
    """`source` read into memory in the form the live data file takes in (SQLCipher's backup
    API copies only between databases of one key): plain for a plain file, encrypted with
    the file's key for a protected one."""
    if live_key is not None:
        copy = cipher.connect(":memory:", live_key)
        cipher.import_from(copy, source, source_key)
        return cast(sqlite3.Connection, copy)
    if source_key is None:
        return read_snapshot(source)
    # A protected copy restored into a file without a password: decrypted in the private
    # folder (user-only, removed now and, after a kill, at the next start), then read.
    with private_run() as run:
        plain = run / "restore.sqlite"
        encrypted = cipher.connect(source.resolve().as_uri() + "?mode=ro", source_key, uri=True)
        try:
            cipher.export_into(encrypted, plain, None)
        finally:
            encrypted.close()
        return read_snapshot(plain)
