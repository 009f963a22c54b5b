"""The home screen (issue 16) over a file built for it: a member reaching each honour, a visit
due, a birthday this month; its figures and lists checked against SQL written here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlite_utils import Database

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.support import SupportCase, Visit
from ccb_desktop.domain.vocabulary import Sex
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.overview import DueKind
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.home_tab import HomeTab
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.member_model import Column
from tests.conftest import TODAY

LIVING = "deleted_at IS NULL AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"


@pytest.fixture
def seed():  # type: ignore[no-untyped-def]
    def fill(services: Services) -> None:
        add = services.members.add
        add(Member("Nguyễn Văn", "Thọ", birth_date=PartialDate(1946, 3, 2), team="Tổ 1"))
        add(Member("Trần Thị", "Sinh", sex=Sex.FEMALE, birth_date=PartialDate(1960, 11, 20),
                   team="Tổ 2", phone="0912 345 678"))  # fmt: skip
        add(Member("Lê Văn", "Đảng", birth_date=PartialDate(1955, 1, 1), party_member=True,
                   party_admitted=PartialDate(1986, 4, 30), team="Tổ 1"))  # fmt: skip
        add(
            Member("Phạm Văn", "Hội", birth_date=PartialDate(1958), joined_hoi=PartialDate(2001, 5))
        )
        helped = add(Member("Võ Văn", "Khó", birth_date=PartialDate(1962, 7, 7), team="Tổ 2"))
        add(Member("Đỗ Văn", "Thường", birth_date=PartialDate(1965, 2, 2), team="Tổ 2"))
        case_id = services.support.open_case(SupportCase(helped, dt.date(2026, 3, 1), "Ốm đau"))
        services.support.add_visit(
            Visit(case_id, dt.date(2026, 10, 1), "Thăm hỏi", next_visit=dt.date(2026, 11, 20))
        )
        unit = services.unit.load()
        services.unit.save(dataclasses.replace(unit, medal_min_years=25))

    return fill


def _one(db: Database, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0])


def _home(window: MainWindow) -> HomeTab:
    home = window.page(HomeTab)
    home.settle()
    return home


def test_the_home_screen_is_the_first_tab_and_opens_first(window: MainWindow) -> None:
    """Trang chủ is the first tab, in front when the window opens, in Vietnamese."""
    assert window.tabs.page(0) is window.page(HomeTab)
    assert window.tabs.currentIndex() == 0
    assert window.tabs.tabText(0) == "Trang chủ"


def test_the_counts_are_the_registers(window: MainWindow, db: Database) -> None:
    """Each count tile shows what SQL counts in the file."""
    home = _home(window)
    figures = {name: tile.figure.text() for name, tile in home.count_tiles.items()}
    assert figures == {
        "members": str(_one(db, f"SELECT count(*) FROM members WHERE {LIVING}")),
        "active": str(
            _one(db, "SELECT count(*) FROM members WHERE deleted_at IS NULL "
                 "AND status = 'dang_sinh_hoat'")
        ),
        "excused": str(
            _one(db, "SELECT count(*) FROM members WHERE deleted_at IS NULL "
                 "AND status = 'mien_sinh_hoat'")
        ),
        "women": str(_one(db, f"SELECT count(*) FROM members WHERE {LIVING} AND sex = 'nu'")),
        "party_members": str(
            _one(db, f"SELECT count(*) FROM members WHERE {LIVING} AND party_member = 1")
        ),
        "teams": str(
            _one(db, f"SELECT count(DISTINCT team) FROM members WHERE {LIVING} AND team <> ''")
        ),
    }  # fmt: skip
    assert figures["members"] == "6" and figures["women"] == "1"


def test_the_due_figures_and_their_lists_name_the_right_members(
    window: MainWindow, db: Database
) -> None:
    """One member each: mừng thọ 80, birthday in November, a 40-year badge, a medal
    candidate, a visit overdue; each tile's figure is its list's length."""
    home = _home(window)
    overview = window.services.overview
    year, month = TODAY.year, TODAY.month
    born_this_month = [
        r[0]
        for r in db.execute(
            f"SELECT family_name || ' ' || given_name FROM members WHERE {LIVING} "
            "AND substr(birth_date, 6, 2) = ?",
            [f"{month:02d}"],
        )
    ]
    aged = [
        r[0]
        for r in db.execute(
            f"SELECT family_name || ' ' || given_name FROM members WHERE {LIVING} "
            "AND ? - CAST(substr(birth_date, 1, 4) AS INTEGER) IN (70, 75, 80, 85, 90, 95)",
            [year],
        )
    ]
    badges = [
        r[0]
        for r in db.execute(
            f"SELECT family_name || ' ' || given_name FROM members WHERE {LIVING} "
            "AND party_member = 1 AND ? - CAST(substr(party_admitted, 1, 4) AS INTEGER) "
            "IN (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)",
            [year],
        )
    ]
    medals = [
        r[0]
        for r in db.execute(
            f"SELECT family_name || ' ' || given_name FROM members WHERE {LIVING} "
            "AND medal_year IS NULL AND ? - CAST(substr(joined_hoi, 1, 4) AS INTEGER) >= "
            "(SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'unit.medal_min_years')",
            [year],
        )
    ]
    visits = [
        r[0]
        for r in db.execute(
            "SELECT m.family_name || ' ' || m.given_name FROM visits v "
            "JOIN support_cases c ON c.id = v.case_id JOIN members m ON m.id = c.member_id "
            "WHERE v.next_visit <= ?",
            [(TODAY.date() + dt.timedelta(days=7)).isoformat()],
        )
    ]
    assert (born_this_month, aged, badges, medals, visits) == (
        ["Trần Thị Sinh"], ["Nguyễn Văn Thọ"], ["Lê Văn Đảng"], ["Phạm Văn Hội"], ["Võ Văn Khó"]
    )  # fmt: skip
    for kind, names in (
        (DueKind.BIRTHDAYS, born_this_month),
        (DueKind.LONGEVITY, aged),
        (DueKind.PARTY_BADGES, badges),
        (DueKind.MEDALS, medals),
        (DueKind.VISITS, visits),
    ):
        listed = overview.due_list(kind)
        assert [row.cells[0] for row in listed.rows] == names, kind
        assert home.due_tiles[kind].figure.text() == str(len(names)), kind
    badge = overview.due_list(DueKind.PARTY_BADGES).rows[0].cells
    assert "40 năm tuổi Đảng" in badge[3] and badge[4] == "19/05/2026"  # 30/4 → 19/5


def test_a_count_opens_the_member_list_filtered_so(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A click on "women" shows the register with only the women."""
    home = _home(window)
    qtbot.mouseClick(home.count_tiles["women"], Qt.MouseButton.LeftButton)
    tab = window.members_tab
    assert window.tabs.currentWidget() is tab
    model = tab.model
    names = [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]
    shown = " ".join(str(n) for n in names)
    assert model.rowCount() == 1 and "Sinh" in shown


def test_a_list_prints_and_saves_as_a_workbook(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The badge list's printout names the member and says "tham khảo"; the workbook carries
    the unit's heading, the member and the total."""
    home = _home(window)
    dialog = home.list_dialog(window.services.overview.due_list(DueKind.PARTY_BADGES))
    printout = dialog.printout()
    assert "Lê Văn Đảng" in printout.html and "tham khảo" in printout.html
    target = tmp_path / "huy-hieu.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: target)
    assert dialog.export() == target
    sheet = load_workbook(target).active
    texts = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Lê Văn Đảng" in texts
    assert any("Tổng cộng: 1" in t for t in texts)
    assert any("tham khảo" in t.lower() for t in texts)  # the title, in capitals
    logged = window.services.reports.exports()[0]
    assert logged[1] == dialog.title and logged[2] == str(target)  # in the export log
    dialog.close()


def test_without_the_criterion_the_medal_tile_says_to_enter_it(window: MainWindow) -> None:
    """With no criterion entered, the tile and the list say the unit must enter it."""
    unit = window.services.unit
    unit.save(dataclasses.replace(unit.load(), medal_min_years=0))
    home = _home(window)
    home.compute()
    tile = home.due_tiles[DueKind.MEDALS]
    assert "⚠" in tile.figure.text() and "Thông tin đơn vị" in tile.note.text()
    dialog = home.list_dialog(window.services.overview.due_list(DueKind.MEDALS))
    assert dialog.model.rowCount() == 0
    assert "tiêu chí" in dialog.subtitle()
    dialog.close()


def test_the_next_meeting_is_due_by_the_units_cycle() -> None:
    """Monthly: a meeting this month moves the due month on; quarterly: the quarter; a month
    without a meeting before this one is flagged, and an untaken sheet too."""
    from ccb_desktop.domain.honours import cycle_period, meeting_due
    from ccb_desktop.domain.unit import MeetingCycle

    today = dt.date(2026, 11, 29)
    assert cycle_period(MeetingCycle.QUARTERLY, today) == (
        dt.date(2026, 10, 1),
        dt.date(2026, 12, 31),
    )
    assert cycle_period(MeetingCycle.BIMONTHLY, today) == (
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 31),
    )
    held = meeting_due(
        MeetingCycle.MONTHLY, today, [(dt.date(2026, 11, 5), True), (dt.date(2026, 10, 3), True)]
    )
    assert (held.due_start, held.due_end, held.last_meeting, held.last_taken, held.previous_missing) == (
        dt.date(2026, 12, 1), dt.date(2026, 12, 31), dt.date(2026, 11, 5), True, False
    )  # fmt: skip
    gap = meeting_due(MeetingCycle.MONTHLY, today, [(dt.date(2026, 9, 5), False)])
    assert (gap.due_start, gap.last_taken, gap.previous_missing) == (
        dt.date(2026, 11, 1),
        False,
        True,
    )
    quarterly = meeting_due(MeetingCycle.QUARTERLY, today, [(dt.date(2026, 10, 20), True)])
    assert (quarterly.due_start, quarterly.due_end) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))


def test_the_meeting_tile_says_when_the_last_sheet_was_not_taken(window: MainWindow) -> None:
    """A meeting recorded this month without attendance: the tile warns in words (⚠ + text)."""
    from ccb_desktop.domain.meetings import Meeting

    window.services.meetings.save(Meeting(dt.date(2026, 11, 10), place="Nhà văn hóa"), [])
    home = _home(window)
    home.compute()
    tile = home.meeting_tile
    assert tile.figure.text().startswith("⚠") and "12/2026" in tile.figure.text()
    assert "CHƯA điểm danh" in tile.note.text() and "10/11/2026" in tile.note.text()
