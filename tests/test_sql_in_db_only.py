"""SQL lives only in ccb_desktop/db/: no string literal anywhere else reads or writes tables."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ccb_desktop

PACKAGE = Path(ccb_desktop.__file__).parent
# Upper-case keywords only, as our SQL is written: prose such as "select a member from the
# list" in a label must not count.
SQL = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\[?\w+\]?\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\b|\b(CREATE|DROP|ALTER)\s+(TEMP\s+)?(TABLE|INDEX|TRIGGER|VIEW)\b"
)


def sql_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal (f-strings included) that reads as SQL."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                part.value if isinstance(part, ast.Constant) else "x" for part in node.values
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if SQL.search(text):
            found.append((node.lineno, text.strip().splitlines()[0][:80]))
    return sorted(set(found))


def test_the_scanner_finds_sql_in_every_form_we_write_it() -> None:
    """Plain, implicitly joined and f-string SQL are found; a label's prose is not."""
    sample = (
        'a = db.execute("SELECT count(*) FROM members")\n'
        'b = ("INSERT INTO settings (key, value) "\n     "VALUES (?, ?)")\n'
        'c = f"UPDATE {table} SET deleted_at = NULL"\n'
        'd = "DELETE FROM exports"\n'
        'e = "PRAGMA user_version"\n'
        'f = "CREATE TABLE x (id INTEGER)"\n'
        'g = tr("Select a member from the list, then update the card")\n'
    )
    assert [line for line, _text in sql_literals(sample)] == [1, 2, 4, 5, 6, 7]


def test_no_sql_outside_the_db_package() -> None:
    """Every module outside ccb_desktop/db/ is free of SQL text."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "db" not in path.relative_to(PACKAGE).parts[:1]
        for line, text in sql_literals(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
