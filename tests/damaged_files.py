"""Damaged data files made on purpose, shared by the tests of what opening a file checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def corrupt_one_index(path: Path) -> None:
    """Make idx_members_team hold the status column's values while its SQL still says team:
    every page is sound (quick_check passes), only the index disagrees with the table."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_members_team ON members(status)' "
        "WHERE name = 'idx_members_team'"
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    conn.execute("REINDEX idx_members_team")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_members_team ON members(team)' "
        "WHERE name = 'idx_members_team'"
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    conn.close()
