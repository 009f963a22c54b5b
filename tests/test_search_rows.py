"""The member search reads the table in one pass (issue 22): its rows are still exactly those
the filter names, in the official order, whatever the status, tổ and words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.register import MemberFilter, StatusFilter
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.members import MemberService


@pytest.fixture
def register(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=400, clock=clock, with_meetings=False)
    db.close()
    return path


def _expected(path: Path, words: list[str], statuses: list[str], team: str | None) -> list[int]:
    """The ids our own SQL finds: every word in the folded name, card or phone."""
    sql = "SELECT id FROM members WHERE deleted_at IS NULL AND status IN ({})".format(
        ", ".join("?" for _ in statuses)
    )
    params: list[object] = list(statuses)
    for word in words:
        sql += " AND instr(search_key, ?) > 0"
        params.append(word)
    if team is not None:
        sql += " AND team = ?"
        params.append(team)
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(sql + " ORDER BY sort_key, id", params)]
    finally:
        conn.close()


@pytest.mark.parametrize("status", [StatusFilter.CURRENT, StatusFilter.ALL, StatusFilter.DECEASED])
@pytest.mark.parametrize("words", [["nguyen"], ["van", "thi"], ["h"], ["0"], []])
def test_a_search_finds_exactly_what_the_filter_names(
    register: Path, status: StatusFilter, words: list[str]
) -> None:
    """Words, status and tổ together: the same ids, in the same order, as plain SQL."""
    db = open_database(register)
    service = MemberService(db)
    teams = [None, *sorted({r[0] for r in db.execute("SELECT DISTINCT team FROM members")})]
    statuses = [s.value for s in status.statuses()]
    for team in teams[:3]:
        found = service.search(MemberFilter(search=" ".join(words), status=status, team=team))
        assert [m.id for m in found] == _expected(register, words, statuses, team)
    db.close()


def test_a_search_finds_something(register: Path) -> None:
    """The comparisons above are not between two empty lists."""
    db = open_database(register)
    assert len(MemberService(db).search(MemberFilter(search="nguyen"))) > 10
    db.close()
