"""The export log: which report was written to which file, when, and whether it was sensitive."""

from __future__ import annotations

from sqlite_utils import Database


def log_export(db: Database, report: str, file: str, at: str, sensitive: bool, rows: int) -> None:
    db.execute(
        "INSERT INTO exports (report, file, at, sensitive, rows) VALUES (?, ?, ?, ?, ?)",
        [report, file, at, int(sensitive), rows],
    )


def list_exports(db: Database) -> list[tuple[str, str, str]]:
    """The log, newest first: (when, report, file)."""
    rows = db.execute("SELECT at, report, file FROM exports ORDER BY id DESC").fetchall()
    return [(r[0], r[1], r[2]) for r in rows]
