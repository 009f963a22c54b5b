"""Encryption at rest with SQLCipher: the key from a password or the recovery code, encrypted
connections that speak sqlite3's errors, and encrypted copies of a register.

The scheme (no back door, nothing kept beside the file):
- a protected file is a SQLCipher 4 database keyed with a raw 256-bit key K and a random
  16-byte salt S, which SQLCipher stores in the file's first 16 bytes;
- K = PBKDF2-HMAC-SHA512(password, S, 256,000 iterations): the password opens the file by
  reading S from it and deriving K;
- the recovery code is K itself, written as 52 letters and digits (base32) in groups of four:
  it opens the file without the password. Whoever holds neither cannot open it;
- every copy made while the password is set (backups, the USB copy, the package for the
  ward) is keyed with the same K and S, so the same password or recovery code opens it.
  Changing the password re-encrypts the file with a new S and K, and so a new recovery code;
  copies made before keep opening with the password and code of their time.

sqlcipher3 is imported only when a protected file is met: a register without a password
opens with the standard sqlite3 module, at no cost.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import PasswordError, error

KDF_ITERATIONS = 256_000
SALT_BYTES = 16
KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_PAGE = 512  # the smallest SQLite page: an encrypted file is whole pages of noise
_CODE = re.compile(r"^[A-Z2-7]{52}$")


@dataclass(frozen=True)
class Protection:
    """The key and salt a protected file is encrypted with (never written to a log)."""

    key: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "Protection(…)"

    def pragma(self, with_salt: bool = False) -> str:
        """The raw key for PRAGMA key / ATTACH … KEY; the salt too when a new file is made."""
        text = self.key.hex() + (self.salt.hex() if with_salt else "")
        return f"\"x'{text}'\""

    @property
    def recovery_code(self) -> str:
        """K in groups of four letters and digits, to write down on paper."""
        text = base64.b32encode(self.key).decode("ascii").rstrip("=")
        return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def new_protection(password: str) -> Protection:
    """A fresh salt and the key the password derives with it."""
    salt = os.urandom(SALT_BYTES)
    return Protection(derive_key(password, salt), salt)


def derive_key(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def key_from_recovery_code(text: str) -> bytes | None:
    """The key a recovery code stands for, or None when `text` is not shaped like one
    (spaces, dashes and case do not matter)."""
    # Base32 has no 0, 1 or 8: read as the letters they are mistaken for on paper.
    letters = re.sub(r"[\s\-]", "", text).upper().translate(str.maketrans("018", "OIB"))
    if not _CODE.match(letters):
        return None
    return base64.b32decode(letters + "====")


def is_encrypted(path: Path) -> bool:
    """True when `path` is a file of whole pages that does not start as plain SQLite does:
    what a SQLCipher database looks like without its key."""
    try:
        if not path.is_file():
            return False
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return header != SQLITE_HEADER and size >= _MIN_PAGE and size % _MIN_PAGE == 0


def file_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


Secret = Protection | str | None


def protection_for(path: Path, secret: Secret) -> Protection | None:
    """How to open `path`: None for a plain file; for a protected one, the Protection that
    `secret` (a password, a recovery code, or a Protection already known) gives.

    Raises PasswordError when the file is protected and `secret` is missing or wrong (a
    known Protection of another salt counts as missing: the file was protected otherwise).
    """
    if not is_encrypted(path):
        return None
    salt = file_salt(path)
    if isinstance(secret, Protection):
        if hmac.compare_digest(secret.salt, salt) and _opens(path, secret):
            return secret
        secret = None
    if not secret:
        raise password_missing(path)
    candidates = []
    code_key = key_from_recovery_code(secret)
    if code_key is not None:
        candidates.append(Protection(code_key, salt))
    candidates.append(Protection(derive_key(secret, salt), salt))
    for candidate in candidates:
        if _opens(path, candidate):
            return candidate
    raise error(
        PasswordError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The password (or recovery code) for {path} is wrong. Check the keyboard's language and Caps Lock, and type it again.",
        ),
        "wrong password",
        path=str(path),
    )


def password_missing(path: Path) -> PasswordError:
    exc = error(
        PasswordError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data file {path} is protected by a password. Give the password (or the recovery code) to open it.",
        ),
        "password missing",
        path=str(path),
    )
    exc.missing = True
    return exc


def _opens(path: Path, protection: Protection) -> bool:
    conn = _raw_connect(path.resolve().as_uri() + "?mode=ro", protection, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except _module().DatabaseError:
        return False
    finally:
        conn.close()


def _module() -> Any:
    import sqlcipher3  # only for a protected file

    return sqlcipher3


def _raw_connect(
    target: str, protection: Protection | None, *, uri: bool = False, with_salt: bool = False
) -> Any:
    conn = _module().connect(target, uri=uri)
    # SQLCipher writes every failed decryption to stderr: a wrong password is our message.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if protection is not None:
        conn.execute(f"PRAGMA key = {protection.pragma(with_salt)}")
    return conn


def connect(
    target: Path | str, protection: Protection | None, *, uri: bool = False, new: bool = False
) -> CipherConnection:
    """A SQLCipher connection to `target` (a path, a URI, or ":memory:") keyed with
    `protection` (None: a plain database, read by SQLCipher). `new`: the file is made now,
    with the protection's salt, so that the password opens it too."""
    return CipherConnection(_raw_connect(str(target), protection, uri=uri, with_salt=new))


def attach(conn: CipherConnection, path: Path, name: str, protection: Protection | None) -> None:
    """ATTACH `path` as `name`, keyed with `protection` (made with its salt if new), or
    plain (KEY '') when None."""
    key = protection.pragma(with_salt=True) if protection is not None else "''"
    conn.execute(f"ATTACH DATABASE ? AS {name} KEY {key}", [str(path)])


def export_into(conn: CipherConnection, target: Path, protection: Protection | None) -> None:
    """Write everything `conn` holds into a new file `target`, encrypted with `protection`
    (plain when None): SQLCipher's sqlcipher_export, the one way across keys."""
    attach(conn, target, "ccb_export", protection)
    try:
        conn.execute("SELECT sqlcipher_export('ccb_export')")
        user_version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA ccb_export.user_version = {user_version}")
    finally:
        conn.execute("DETACH DATABASE ccb_export")


def import_from(conn: CipherConnection, source: Path, protection: Protection | None) -> None:
    """Fill an empty database `conn` with everything in `source` (opened with `protection`)."""
    attach(conn, source, "ccb_import", protection)
    try:
        conn.execute("SELECT sqlcipher_export('main', 'ccb_import')")
        user_version = int(conn.execute("PRAGMA ccb_import.user_version").fetchone()[0])
        conn.execute(f"PRAGMA main.user_version = {user_version}")
        # sqlcipher_export writes a virtual table's row (the search index) straight into the
        # schema: this connection sees it only once its schema is read again.
        conn.execute("PRAGMA writable_schema=RESET")
    finally:
        conn.execute("DETACH DATABASE ccb_import")


def row_counts(conn: CipherConnection) -> dict[str, int]:
    """Rows in every table: what a re-encrypted copy must hold the same of."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def holds(path: Path, protection: Protection | None, counts: dict[str, int]) -> bool:
    """Whether `path` opens with `protection`, is whole, and has exactly `counts` rows."""
    conn = connect(path, protection)
    try:
        whole = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return whole and row_counts(conn) == counts
    finally:
        conn.close()


SEALED_TABLE = "sealed_file"


def seal(target: Path, protection: Protection, name: str, content: bytes) -> None:
    """A new SQLCipher file `target`, keyed with `protection`, holding one file."""
    conn = connect(target, protection, new=True)
    try:
        conn.execute(f"CREATE TABLE {SEALED_TABLE} (name TEXT NOT NULL, content BLOB NOT NULL)")
        conn.execute(f"INSERT INTO {SEALED_TABLE} (name, content) VALUES (?, ?)", [name, content])
        conn.commit()
    finally:
        conn.close()


def unseal(path: Path, protection: Protection) -> tuple[str, bytes]:
    """The name and bytes of the file `seal` put in `path`."""
    conn = connect(path, protection)
    try:
        row = conn.execute(f"SELECT name, content FROM {SEALED_TABLE}").fetchone()
    finally:
        conn.close()
    return str(row[0]), bytes(row[1])


@contextlib.contextmanager
def _sqlite_errors() -> Iterator[None]:
    """sqlcipher3 raises its own classes: the rest of the program (and sqlite-utils) catches
    sqlite3's, so each is re-raised as the sqlite3 class of the same name."""
    module = _module()
    try:
        yield
    except module.Error as exc:
        kind = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
        if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
            kind = sqlite3.DatabaseError
        raise kind(*exc.args) from exc


class CipherCursor:
    """A sqlcipher3 cursor whose errors are sqlite3's."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> CipherCursor:
        return self

    def __next__(self) -> Any:
        with _sqlite_errors():
            return next(self._cursor)

    def execute(self, *args: Any) -> CipherCursor:
        with _sqlite_errors():
            self._cursor.execute(*args)
        return self

    def executemany(self, *args: Any) -> CipherCursor:
        with _sqlite_errors():
            self._cursor.executemany(*args)
        return self

    def fetchone(self) -> Any:
        with _sqlite_errors():
            return self._cursor.fetchone()

    def fetchmany(self, *args: Any) -> Any:
        with _sqlite_errors():
            return self._cursor.fetchmany(*args)

    def fetchall(self) -> Any:
        with _sqlite_errors():
            return self._cursor.fetchall()


class CipherConnection:
    """A sqlcipher3 connection used where a sqlite3 one is expected (sqlite-utils, our db
    modules): same methods, sqlite3's exceptions, and backups to another CipherConnection."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def __enter__(self) -> CipherConnection:
        self.raw.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        with _sqlite_errors():
            return self.raw.__exit__(*exc)

    def cursor(self) -> CipherCursor:
        return CipherCursor(self.raw.cursor())

    def execute(self, *args: Any) -> CipherCursor:
        with _sqlite_errors():
            return CipherCursor(self.raw.execute(*args))

    def executemany(self, *args: Any) -> CipherCursor:
        with _sqlite_errors():
            return CipherCursor(self.raw.executemany(*args))

    def executescript(self, *args: Any) -> CipherCursor:
        with _sqlite_errors():
            return CipherCursor(self.raw.executescript(*args))

    def commit(self) -> None:
        with _sqlite_errors():
            self.raw.commit()

    def rollback(self) -> None:
        with _sqlite_errors():
            self.raw.rollback()

    def backup(self, target: Any, **options: Any) -> None:
        """The backup API, between databases of the same key only (SQLCipher's rule)."""
        with _sqlite_errors():
            self.raw.backup(getattr(target, "raw", target), **options)

    def close(self) -> None:
        self.raw.close()
