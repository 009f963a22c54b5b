"""One description of the recorded tables drives the history triggers, the change query and
the history view's wording (issue 15, point 6)."""

from __future__ import annotations

import inspect
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ccb_desktop.db import history
from ccb_desktop.db.connection import open_register
from ccb_desktop.db.migrations import (
    HISTORY_TABLES_0003,
    HISTORY_TABLES_0004,
    HISTORY_TABLES_0006,
    HISTORY_TABLES_0008,
    RECORDED_TABLES,
)
from ccb_desktop.domain.recorded import RECORDED, noun, shown_in


def test_the_steps_already_applied_record_exactly_what_they_did() -> None:
    """Deriving the steps' lists from the description changed none of them."""
    assert HISTORY_TABLES_0003 == {
        "members": ("id",),
        "service_periods": ("id",),
        "movements": ("id",),
        "meetings": ("id",),
        "attendance": ("meeting_id", "member_id"),
        "settings": ("key",),
    }
    assert HISTORY_TABLES_0004 == {
        "household_classifications": ("id",),
        "support_cases": ("id",),
        "supports": ("id",),
        "loans": ("id",),
        "visits": ("id",),
    }
    assert HISTORY_TABLES_0006 == {"member_evaluations": ("id",)}
    assert HISTORY_TABLES_0008 == {"meeting_rosters": ("meeting_id", "member_id")}
    assert set(RECORDED_TABLES) == {t.name for t in RECORDED}


def test_a_new_register_records_exactly_the_described_tables(tmp_path: Path) -> None:
    """Every described table has its three history triggers, and no other table has any."""
    db = open_register(tmp_path / "ccb.sqlite")
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' "
            "ESCAPE '\\'"
        ).fetchall()
    ]
    db.close()
    expected = {f"history_{t.name}_{op}" for t in RECORDED for op in ("insert", "update", "delete")}
    assert set(names) == expected


def test_the_change_query_names_no_table_itself() -> None:
    """changes_for reads which tables make up a record's history from the description: no
    table name is written in its SQL."""
    source = inspect.getsource(history.changes_for)
    assert not re.search(r"IN \(", source)
    for table in RECORDED:
        assert f"'{table.name}'" not in source, table.name


def test_every_table_in_a_history_has_a_name_for_the_secretary() -> None:
    """A row of any table shown in a member's, meeting's or case's history is called by a
    word translated into Vietnamese."""
    ts = ET.parse(Path(__file__).parents[1] / "resources/translations/ccb_desktop_vi.ts")
    vietnamese = {
        message.findtext("source"): message.findtext("translation")
        for context in ts.getroot()
        if context.findtext("name") == "HistoryView"
        for message in context.iter("message")
    }
    for record in ("member", "meeting", "case"):
        tables = {table for table, _column in shown_in(record)}
        assert tables, record
        for table in tables:
            assert vietnamese.get(noun(table)), table
