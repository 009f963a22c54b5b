"""Ids are never reused (issue 20, point 16): a new member never inherits another's history."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from ccb_desktop.db.connection import open_database
from ccb_desktop.db.migrations import HISTORY_TABLES, NEVER_REUSED_IDS, migrations
from ccb_desktop.domain.member import Member
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.members import MemberService


def _history_rows(path: Path, member_id: int) -> list[tuple[str, str]]:
    """(operation, family name) of every change recorded for the member row, by our own SQL."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT operation, coalesce(new, old) FROM changes "
            "WHERE table_name = 'members' AND json_extract(row_key, '$.id') = ? ORDER BY id",
            [member_id],
        ).fetchall()
    finally:
        conn.close()
    return [(op, json.loads(row)["given_name"] if row else "") for op, row in rows]


def test_a_member_added_after_an_undo_gets_a_new_id_and_only_its_own_history(
    db_path: Path, clock: FixedClock
) -> None:
    """Add An, add Bình, undo Bình, add Cường: Cường's id is not Bình's; his history is his."""
    db = open_database(db_path)
    members = MemberService(db, clock)
    members.add(Member("Nguyễn Văn", "An"))
    binh = members.add(Member("Trần Văn", "Bình"))
    HistoryService(db, clock).undo_last()
    cuong = members.add(Member("Lê Văn", "Cường"))
    db.close()
    assert cuong > binh
    assert _history_rows(db_path, cuong) == [("insert", "Cường")]
    assert [op for op, _ in _history_rows(db_path, binh)] == ["insert", "delete"]


def test_an_old_file_migrated_counts_above_ids_only_its_history_remembers(
    db_path: Path, clock: FixedClock
) -> None:
    """A file from before 0010 whose last member was undone: after the upgrade, no reuse."""
    old = Database(db_path)
    migrations.apply(old, stop_before="0010_ids_never_reused")
    members = MemberService(old, clock)
    members.add(Member("Nguyễn Văn", "An"))
    members.add(Member("Trần Văn", "Bình"))
    binh = members.add(Member("Phạm Văn", "Dũng"))
    HistoryService(old, clock).undo_last()
    old.close()
    db = open_database(db_path)  # migrates, with the copy made first
    cuong = MemberService(db, clock).add(Member("Lê Văn", "Cường"))
    db.close()
    assert cuong == binh + 1
    assert _history_rows(db_path, cuong) == [("insert", "Cường")]


def test_the_history_triggers_survive_the_rebuild(db_path: Path, clock: FixedClock) -> None:
    """Every recorded table still has its three triggers, and an edit after 0010 is recorded."""
    db = open_database(db_path)
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    expected = {
        f"history_{t}_{op}" for t in HISTORY_TABLES for op in ("insert", "update", "delete")
    }
    assert expected <= triggers
    autoincrement = {
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'"
        )
    }
    assert set(NEVER_REUSED_IDS) <= autoincrement
    members = MemberService(db, clock)
    member_id = members.add(Member("Nguyễn Văn", "An"))
    member = members.get(member_id)
    assert member is not None
    members.update(replace(member, phone="0912345678"))
    db.close()
    assert [op for op, _ in _history_rows(db_path, member_id)] == ["insert", "update"]
