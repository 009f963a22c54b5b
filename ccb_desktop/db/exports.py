"""The export log: which report was written to which file, when, and whether it was sensitive."""

from __future__ import annotations

from sqlite_utils import Database

from ccb_desktop.domain.processing import ExportEntry


def log_export(
    db: Database,
    report: str,
    file: str,
    at: str,
    sensitive: bool,
    rows: int,
    made_by: str = "",
    sensitive_columns: str = "",
) -> None:
    db.execute(
        "INSERT INTO exports (report, file, at, sensitive, rows, made_by, sensitive_columns) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [report, file, at, int(sensitive), rows, made_by, sensitive_columns],
    )


def list_exports(db: Database) -> list[tuple[str, str, str]]:
    """The log, newest first: (when, report, file)."""
    rows = db.execute("SELECT at, report, file FROM exports ORDER BY id DESC").fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def processing_record(db: Database) -> list[ExportEntry]:
    """The whole log, oldest first, as the record of processing prints it."""
    rows = db.execute(
        "SELECT at, made_by, report, sensitive, sensitive_columns, rows, file FROM exports "
        "ORDER BY at, id"
    ).fetchall()
    return [ExportEntry(r[0], r[1], r[2], bool(r[3]), r[4], int(r[5]), r[6]) for r in rows]
