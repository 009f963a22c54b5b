"""Reading a data file without writing anything to it or beside it (read-only folders too)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a file for reading without writing anything, even its WAL index.

    `mode=ro` first; in a read-only folder SQLite cannot make the -shm file a WAL file needs,
    so the file is then opened as immutable (nobody can be writing there either).
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        text = str(exc).lower()
        if "unable to open" not in text and "readonly" not in text and "read-only" not in text:
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def read_snapshot(path: Path) -> sqlite3.Connection:
    """A copy of the file in memory, read with `connect_read_only`: checks, repairs and
    migrations then run on the copy, and the file itself is never written."""
    source = connect_read_only(path)
    try:
        memory = sqlite3.connect(":memory:")
        source.backup(memory)
    finally:
        source.close()
    return memory
