"""The demo register shows the prompts a new user should see working: one member who has
neither attended nor paid for twelve months, and targets for the current year, checked
with SQL written here."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from ccb_desktop.db.connection import Database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui.dues_tab import DuesTab
from ccb_desktop.ui.targets_panel import TargetsPanel
from tests.conftest import services_over

SINCE = "2025-11-29"  # twelve months before the tests' today, 29/11/2026

# Members attending now (no movement since SINCE: on the register all year, status unchanged) with no "Có mặt" and no
# payment since SINCE and no dues exemption touching that window.
LAPSED_SQL = """
SELECT m.id FROM members m
WHERE m.deleted_at IS NULL AND m.status = 'dang_sinh_hoat'
  AND NOT EXISTS (SELECT 1 FROM attendance a JOIN meetings g ON g.id = a.meeting_id
                  WHERE a.member_id = m.id AND a.mark = 'C' AND g.deleted_at IS NULL
                  AND g.date >= :since)
  AND NOT EXISTS (SELECT 1 FROM dues_payments p WHERE p.member_id = m.id
                  AND p.paid_on >= :since)
  AND NOT EXISTS (SELECT 1 FROM dues_exemptions e WHERE e.member_id = m.id
                  AND (e.end_on IS NULL OR e.end_on >= :since))
  AND NOT EXISTS (SELECT 1 FROM movements v WHERE v.member_id = m.id AND v.date >= :since)
"""


@pytest.mark.parametrize("members", [12, 30, 60])
def test_the_demo_holds_one_member_for_the_twelve_month_list(
    db: Database, clock: FixedClock, members: int
) -> None:
    """Whatever its size, the demo has exactly one member with no "Có mặt" and no payment in
    the last twelve months (SQL), and the prompt list names exactly that member."""
    fill_demo(db, members=members, clock=clock)
    by_sql = {r[0] for r in db.execute(LAPSED_SQL, {"since": SINCE}).fetchall()}
    listed = {r.member.id for r in services_over(db, clock).dues.lapsed()}
    assert len(by_sql) == 1 and listed == by_sql


def test_the_dues_tab_shows_the_prompt(db: Database, clock: FixedClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dues tab's twelve-month list has that member's line, last present "—"; his
    arrears show as the run of months since his last payment."""
    fill_demo(db, members=30, clock=clock)
    (gone,) = {r[0] for r in db.execute(LAPSED_SQL, {"since": SINCE}).fetchall()}
    name = db.execute(
        "SELECT family_name || ' ' || given_name FROM members WHERE id = ?", [gone]
    ).fetchone()
    tab = DuesTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.reload()
    rows = [
        [tab.lapsed_model.index(r, c).data() for c in range(3)]
        for r in range(tab.lapsed_model.rowCount())
    ]
    assert len(rows) == 1 and rows[0][0] == name[0] and rows[0][1] == "—"
    # His arrears read as one run of months, not a list cut off after six.
    last = db.execute("SELECT max(period) FROM dues_payments WHERE member_id = ?", [gone])
    assert last.fetchone() == ("2025-11",)
    owing = [
        tab.arrears_model.index(r, 2).data()
        for r in range(tab.arrears_model.rowCount())
        if tab.arrears_model.index(r, 0).data() == name[0]
    ]
    assert owing == ["T12/2025 – T11/2026"]


def test_the_demo_sets_this_years_targets(db: Database, clock: FixedClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two or three targets for 2026 in the table; the home screen's panel lists each."""
    fill_demo(db, members=30, clock=clock)
    kinds = [
        r[0] for r in db.execute("SELECT kind FROM targets WHERE year = 2026 ORDER BY position")
    ]
    assert 2 <= len(kinds) <= 3
    assert db.execute("SELECT count(*) FROM targets WHERE year <> 2026").fetchone() == (0,)
    panel = TargetsPanel(services_over(db, clock))
    qtbot.addWidget(panel)
    assert [line.target.kind.value for line in panel.lines] == kinds
    texts = [w.text() for w in panel.findChildren(QLabel)]
    assert all(line.target.name in texts for line in panel.lines)
    assert panel.empty.isHidden()
