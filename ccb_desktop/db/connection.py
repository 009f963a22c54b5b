"""Opening a data file the one right way: checks, backup before migrating, WAL, foreign keys."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from sqlite_utils import Database, Migrations

from ccb_desktop import __version__
from ccb_desktop.db import cipher, startup_cache
from ccb_desktop.db.cipher import Protection, Secret
from ccb_desktop.db.lock import DataFileLock
from ccb_desktop.db.migrations import MIGRATION_SET, known_migration_names, migrations
from ccb_desktop.db.schema_objects import remove_foreign_objects
from ccb_desktop.db.snapshot import connect_read_only, read_snapshot
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import DamagedFileError, NewerDatabaseError, StorageError, error
from ccb_desktop.files import (
    create_user_only_file,
    make_user_only_folder,
    protect_data_files,
    written_in_place,
)

__all__ = [
    "CcbDatabase",
    "Database",
    "connect_read_only",
    "data_file_name",
    "open_database",
    "open_register",
    "protection_of",
    "read_snapshot",
    "require_writable",
    "schema_version",
    "storage_errors",
]

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
_MIGRATIONS_TABLE = "_sqlite_migrations"


@contextlib.contextmanager
def storage_errors(source: Database | Path | str) -> Iterator[None]:
    """Turn the environment's SQLite faults into a StorageError a secretary can act on,
    naming the data file (`source` is the file or the database opened on it).

    Programming errors (bad SQL, constraint violations we failed to check) are left to
    propagate as the bugs they are.
    """
    try:
        yield
    except sqlite3.OperationalError as exc:
        raise _classify(exc, _file_name(source)) from exc
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            raise
        raise _classify(exc, _file_name(source)) from exc


def data_file_name(db: Database) -> str:
    """The file a database was opened on ("" for one held only in memory)."""
    named = getattr(db, "path", None)
    if named:
        return str(named)
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return ""  # the connection itself is gone: the message says "the data file"
    return str(row[2] or "") if row else ""


def _file_name(source: Database | Path | str) -> str:
    return data_file_name(source) if isinstance(source, Database) else str(source or "")


def _classify(exc: sqlite3.Error, path: Path | str | None) -> StorageError:
    text = str(exc).lower()
    name = str(path or "")
    if not name:
        return _classify_unnamed(exc, text)
    if "locked" in text or "busy" in text:
        return error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} is busy: another program is using it. Close it there and try again.",
            ),
            str(exc),
            path=name,
        )
    if "readonly" in text or "read-only" in text:
        return error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} cannot be written (read-only file or folder). Copy it to a folder you can write to.",
            ),
            str(exc),
            path=name,
        )
    if "full" in text:
        return error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors", "The disk is full: nothing was saved. Free some space and try again."
            ),
            str(exc),
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return error(
            DamagedFileError,
            QT_TRANSLATE_NOOP(
                "Errors", "The data file {path} is damaged or is not a CCB Desktop data file."
            ),
            str(exc),
            path=name,
        )
    if "unable to open" in text or "disk i/o" in text:
        return error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} cannot be opened. If it is on a USB stick, check that the stick is plugged in.",
            ),
            str(exc),
            path=name,
        )
    return error(
        StorageError,
        QT_TRANSLATE_NOOP("Errors", "The data file {path} could not be read or written."),
        str(exc),
        path=name,
    )


def _classify_unnamed(exc: sqlite3.Error, text: str) -> StorageError:
    """The same faults when the caller did not say which file: no empty name in the message."""
    if "locked" in text or "busy" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The data file is busy: another program is using it. Close it there and try again.",
        )
    elif "readonly" in text or "read-only" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The data file cannot be written (read-only file or folder). Copy it to a folder you can write to.",
        )
    elif "full" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "The disk is full: nothing was saved. Free some space and try again."
        )
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        return error(
            DamagedFileError,
            QT_TRANSLATE_NOOP("Errors", "The data file is damaged."),
            str(exc),
        )
    else:
        template = QT_TRANSLATE_NOOP("Errors", "The data file could not be read or written.")
    return error(StorageError, template, str(exc))


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all before SQLite touches it.

    An empty (0-byte) file is refused too: SQLite would open it as a new, empty register,
    hiding that the secretary's data is gone.
    """
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise error(
            DamagedFileError,
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a CCB Desktop data file."),
            "bad header",
            path=str(path),
        )


def _check_schema_owner(db: Database, path: Path, schema: Migrations) -> list[str]:
    """Return the applied migration names; refuse foreign and newer files."""
    tables = set(db.table_names())
    if not tables:
        return []
    if _MIGRATIONS_TABLE not in tables:
        raise error(
            DamagedFileError,
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a CCB Desktop data file."),
            "no migrations table",
            path=str(path),
        )
    applied = [
        row["name"]
        for row in db.query(
            f"SELECT name FROM {_MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
        )
    ]
    if not applied:
        raise error(
            DamagedFileError,
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a CCB Desktop data file."),
            "no ccb_desktop migrations",
            path=str(path),
        )
    unknown = sorted(set(applied) - set(known_migration_names(schema)))
    if unknown:
        raise error(
            NewerDatabaseError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} was written by a newer version of CCB Desktop. Install the newer version to open it; the file was not changed.",
            ),
            ", ".join(unknown),
            path=str(path),
        )
    return applied


def _integrity_check(db: Database, path: Path, later: bool = False) -> bool:
    """Find damage at start-up rather than in the middle of the secretary's work.

    integrity_check, not quick_check: an index that no longer matches its table passes
    quick_check and was found only by the backup at close. Measured on a 16 MB file of
    10,000 members: 0.35 s, quick_check 0.08 s. So the full check is skipped only for a file
    this program verified and then closed cleanly, unchanged since (same size, times and
    file id, no journal beside it): a file written by anything else is checked whole.
    With `later`, such a file's quick_check is left to `CcbDatabase.check_deferred` (just
    after the window's first paint) and True is returned; a file not verified is checked now.
    """
    if startup_cache.verified_unchanged(path):
        if later:
            return True
        pragma = "PRAGMA quick_check"
    else:
        pragma = "PRAGMA integrity_check"
    _refuse_damage(path, db.execute(pragma).fetchall())
    return False


def _refuse_damage(path: Path, result: list[Any]) -> None:
    if result != [("ok",)]:
        raise error(
            DamagedFileError,
            QT_TRANSLATE_NOOP(
                "Errors", "The data file {path} is damaged or is not a CCB Desktop data file."
            ),
            "; ".join(str(row[0]) for row in result[:5]),
            path=str(path),
        )


# What a statement may not do to the file while its check waits (see check_deferred).
_WRITES = frozenset(
    {
        sqlite3.SQLITE_INSERT,
        sqlite3.SQLITE_UPDATE,
        sqlite3.SQLITE_DELETE,
        sqlite3.SQLITE_CREATE_TABLE,
        sqlite3.SQLITE_CREATE_INDEX,
        sqlite3.SQLITE_CREATE_TRIGGER,
        sqlite3.SQLITE_CREATE_VIEW,
        sqlite3.SQLITE_CREATE_VTABLE,
        sqlite3.SQLITE_DROP_TABLE,
        sqlite3.SQLITE_DROP_INDEX,
        sqlite3.SQLITE_DROP_TRIGGER,
        sqlite3.SQLITE_DROP_VIEW,
        sqlite3.SQLITE_DROP_VTABLE,
        sqlite3.SQLITE_ALTER_TABLE,
        sqlite3.SQLITE_REINDEX,
        sqlite3.SQLITE_ANALYZE,
    }
)


def _refuse_writes(
    action: int, table: str | None, _arg2: str | None, database: str | None, _by: str | None
) -> int:
    """SQLite's authorizer while the check waits: reading is allowed, writing the file is not
    (scratch tables in memory, database "temp", are). SQLite itself asks to update
    sqlite_master when a virtual table (the search index) is first read: that is not a write
    (creating or dropping anything is asked separately)."""
    if action == sqlite3.SQLITE_UPDATE and table == "sqlite_master":
        return sqlite3.SQLITE_OK
    if action in _WRITES and database != "temp":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def backup_before_migration(db: Database, path: Path) -> Path:
    """Copy the live database aside with SQLite's backup API before changing its schema."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{__version__}-{stamp}{path.suffix or '.sqlite'}")
    protection = protection_of(db)
    # Through a private temporary: a kill part-way leaves no half copy that looks whole.
    with written_in_place(target, prefix=".ccb-migrate-") as temporary:
        destination: Any = (
            sqlite3.connect(temporary)
            if protection is None
            else cipher.connect(temporary, protection, new=True)  # encrypted like the file
        )
        try:
            db.conn.backup(destination)
        finally:
            destination.close()
    log.info("copied %s to %s before migrating", path, target)
    return target


class CcbDatabase(Database):
    """A data file opened by `open_database`: what was removed from it, and its lock if held."""

    removed_objects: tuple[str, ...] = ()
    read_only: bool = False
    path: Path | None = None  # the file, also for a read-only copy held in memory
    file_lock: DataFileLock | None = None
    verified_path: Path | None = None  # checked whole (or unchanged since) when opened
    protection: Protection | None = None  # the key of a file protected by a password
    pending_check: Path | None = None  # its quick_check waits for check_deferred()

    def check_deferred(self) -> None:
        """Run the quick_check that `open_register(check_later=True)` left for just after the
        first paint. Until it has passed, SQLite refuses every write to the file, so nothing
        the secretary does can be written into a damaged file; if it fails, the file is
        forgotten as verified (the next start checks it whole) and DamagedFileError says so."""
        path = self.pending_check
        if path is None:
            return
        try:
            with storage_errors(path):
                _refuse_damage(path, self.execute("PRAGMA quick_check").fetchall())
        except BaseException:
            self.verified_path = None
            startup_cache.forget_verified(path)
            raise
        self.pending_check = None
        self.conn.set_authorizer(None)

    def close(self) -> None:
        try:
            super().close()
            if self.verified_path is not None:
                startup_cache.remember_verified(self.verified_path)
                self.verified_path = None
        finally:
            if self.file_lock is not None:
                self.file_lock.release()
                self.file_lock = None


def open_register(
    path: Path | str,
    *,
    read_only: bool | None = False,
    create: bool = True,
    take_lock: bool = True,
    refuse_unwritable: bool = True,
    password: Secret = None,
    check_later: bool = False,
) -> CcbDatabase:
    """The one door into a data file, for the window and every command.

    Writing (`read_only=False`) takes the one-writer lock first: a file open in another
    copy of the program is refused, naming its computer and user, before anything is read
    or written; `close()` releases it. `read_only=True` reads a copy into memory and takes
    no lock; `read_only=None` writes if it can and otherwise reads (a file in a read-only
    folder). `take_lock=False`: the caller already holds the lock (reopening after a
    restore, the demo judging the file before it writes), or only notes an export in the
    log, which SQLite serialises and which must work while the window has the file open.
    `refuse_unwritable=False` (the window): a read-only file is opened anyway, its first
    save saying why it cannot be written; a command is refused before it starts.
    `password`: for a file protected by a password (encrypted with SQLCipher, see
    db/cipher.py), its password, recovery code or known Protection; a PasswordError says
    when it is missing or wrong. A plain file ignores it and opens with sqlite3 as always.
    `check_later` (the window's first file): a plain file this program verified and closed
    cleanly, unchanged since and with nothing to migrate, gets its quick_check from
    `check_deferred()` just after the first paint instead of now; writing is refused until.
    """
    return open_database(
        path,
        create=create,
        lock=take_lock,
        read_only=read_only,
        refuse_unwritable=refuse_unwritable,
        password=password,
        check_later=check_later,
    )


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    busy_timeout_ms: int = 5000,
    schema: Migrations = migrations,
    lock: bool = False,
    read_only: bool | None = False,
    refuse_unwritable: bool = True,
    password: Secret = None,
    check_later: bool = False,
) -> CcbDatabase:
    """Open (or create) a CCB Desktop data file, migrated to this version's schema.

    Raises StorageError with a clear message for a missing, empty, foreign, damaged, locked
    or newer file; the file is never changed in those cases. Schema objects the program
    does not make are removed (named in `removed_objects`). With `lock`, the data file's
    lock is taken first and released by `close()`; a file that cannot be written is then
    refused at once unless `refuse_unwritable` is False (the window). With `read_only`,
    the file is read into memory and never written (reading works in a read-only folder;
    what is done to the copy is lost); with `read_only=None`, only if the file cannot be
    written (a report from a file in a read-only folder). `schema` is replaceable so tests can prove what
    happens when a newer program adds a step.
    """
    path = Path(path)
    protection = None
    if cipher.is_encrypted(path):  # a plain file never imports sqlcipher3
        protection = cipher.protection_for(path, password)
    if read_only is None:
        try:
            db = open_database(
                path,
                create=create,
                busy_timeout_ms=busy_timeout_ms,
                schema=schema,
                lock=lock,
                password=protection,
            )
            try:
                require_writable(db, path)  # a read-only file opens, then refuses to write
            except StorageError:
                db.close()
                raise
            return db
        except StorageError as exc:
            if not _unwritable(exc) or not path.is_file():
                raise
            log.info("%s cannot be written: read into memory", path)
        read_only = True
    file_lock = None
    if lock and not read_only:
        file_lock = DataFileLock(path.expanduser().resolve())
        file_lock.acquire()
    try:
        db = _open(
            path,
            create and not read_only,
            busy_timeout_ms,
            schema,
            read_only,
            protection,
            check_later and not read_only and protection is None,
        )
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    db.file_lock = file_lock
    db.path = path
    if not read_only:
        protect_data_files(path)  # files written by an older version were 0644
    if file_lock is not None and refuse_unwritable:
        try:
            require_writable(db, path)  # a writer is told now, naming the file, not half-way
        except BaseException:
            db.close()
            raise
    return db


def require_writable(db: Database, path: Path) -> None:
    """Raise StorageError naming `path` if the file cannot be written; nothing is changed.

    BEGIN IMMEDIATE alone succeeds on a read-only file in WAL mode: write the header's
    user_version (unchanged), then roll back.
    """
    with storage_errors(path):
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(f"PRAGMA user_version = {version}")
        finally:
            db.execute("ROLLBACK")


def _unwritable(exc: StorageError) -> bool:
    text = exc.detail.lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _open(
    path: Path,
    create: bool,
    busy_timeout_ms: int,
    schema: Migrations,
    read_only: bool,
    protection: Protection | None = None,
    check_later: bool = False,
) -> CcbDatabase:
    if path.exists():
        if path.is_dir():
            raise error(
                StorageError,
                QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a data file."),
                path=str(path),
            )
        if protection is None:
            _check_header(path)
    elif not create:
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP("Errors", "The data file {path} does not exist."),
            path=str(path),
        )
    else:
        with storage_errors(path):
            try:
                if not path.parent.exists():  # a folder the program makes is the user's alone
                    make_user_only_folder(path.parent)
                create_user_only_file(path)
            except OSError as exc:
                raise error(
                    StorageError,
                    QT_TRANSLATE_NOOP(
                        "Errors", "The folder for the data file {path} cannot be created."
                    ),
                    str(exc),
                    path=str(path),
                ) from exc
    try:
        return _open_checked(path, busy_timeout_ms, schema, read_only, protection, check_later)
    except StorageError as exc:
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        if read_only or not path.is_file() or writable or not _unwritable(exc):
            raise
        # SQLite says "unable to open" when it cannot make its side files: say why.
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} cannot be written (read-only file or folder). Copy it to a folder you can write to.",
            ),
            exc.detail,
            path=str(path),
        ) from exc


def _open_checked(
    path: Path,
    busy_timeout_ms: int,
    schema: Migrations,
    read_only: bool,
    protection: Protection | None = None,
    check_later: bool = False,
) -> CcbDatabase:
    db: CcbDatabase | None = None
    with storage_errors(path):
        try:
            if protection is not None:
                connection = cast(
                    sqlite3.Connection, _connect_protected(path, protection, read_only)
                )
                db = CcbDatabase(connection, execute_plugins=False)
                db.protection = protection
                db.read_only = read_only
            elif read_only:
                db = CcbDatabase(read_snapshot(path), execute_plugins=False)
                db.read_only = True
            else:
                db = CcbDatabase(path, execute_plugins=False)
            if not read_only:
                db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            # Sorting and temporary tables stay in memory: no scratch copy of member data on disk.
            db.execute("PRAGMA temp_store=MEMORY")
            applied = _check_schema_owner(db, path, schema)
            # Left for later only with nothing to migrate: a migration writes before the paint.
            later = check_later and set(known_migration_names(schema)) <= set(applied)
            if _integrity_check(db, path, later):
                db.pending_check = path
                db.conn.set_authorizer(_refuse_writes)  # until check_deferred() has passed
            # Before any write, so that no foreign trigger runs during the migrations.
            db.removed_objects = tuple(remove_foreign_objects(db.conn, path, schema))
            if db.removed_objects:
                log.warning("removed from %s: %s", path, ", ".join(db.removed_objects))
            if not read_only:
                db.execute("PRAGMA journal_mode=WAL")
                # NORMAL with WAL keeps every committed transaction through a crash of the
                # program, and made single-row saves ~20x faster than FULL here.
                db.execute("PRAGMA synchronous=NORMAL")
                if applied and schema.pending(db):
                    backup_before_migration(db, path)
            schema.apply(db)
            # Foreign keys only after migrations: some table rebuilds refuse to run with them on.
            db.execute("PRAGMA foreign_keys=ON")
            if not read_only:
                db.verified_path = path  # remembered at a clean close: see _integrity_check
        except UnicodeDecodeError as exc:
            # Damage inside the schema's own page: its text is not even UTF-8.
            if db is not None:
                db.close()
            raise error(
                DamagedFileError,
                QT_TRANSLATE_NOOP(
                    "Errors", "The data file {path} is damaged or is not a CCB Desktop data file."
                ),
                f"undecodable text: {exc.reason}",
                path=str(path),
            ) from exc
        except BaseException:
            if db is not None:
                db.close()
            raise
    return db


def _connect_protected(
    path: Path, protection: Protection, read_only: bool
) -> cipher.CipherConnection:
    """An encrypted file opened with its key; read-only: a copy in memory (encrypted with
    the same key, as SQLCipher's backup API asks), the file itself never written."""
    if not read_only:
        return cipher.connect(path, protection)
    source = cipher.connect(path.resolve().as_uri() + "?mode=ro", protection, uri=True)
    try:
        memory = cipher.connect(":memory:", protection)
        source.backup(memory)
    finally:
        source.close()
    return memory


def protection_of(db: Database) -> Protection | None:
    """The key a data file opened by `open_register` is encrypted with (None: plain)."""
    return getattr(db, "protection", None)


def schema_version(db: Database) -> str:
    """The name of the newest migration applied to this database."""
    rows = list(
        db.query(
            f"SELECT name FROM {_MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid DESC LIMIT 1",
            [MIGRATION_SET],
        )
    )
    return str(rows[0]["name"]) if rows else ""
