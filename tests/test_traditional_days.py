"""The traditional days' lists (issue 16): one sheet a day in the workbook, each recounted here
with SQL; the 27/7 sheet is a gift sheet with a signature column; the home screen prints it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlite_utils import Database

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.honours import TraditionalDay
from ccb_desktop.domain.member import Member, ServicePeriod
from ccb_desktop.domain.vocabulary import ServicePeriodKind
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import Period, ReportService
from ccb_desktop.ui.home_tab import HomeTab
from ccb_desktop.ui.main_window import MainWindow

CURRENT = "m.deleted_at IS NULL AND m.status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"
NAME = "m.family_name || ' ' || m.given_name"
ORDER = "ORDER BY m.sort_key, m.id"


def _sheet_names(path: Path) -> dict[str, list[str]]:
    """Sheet title -> the names listed (rows whose first cell is a number)."""
    book = load_workbook(path)
    return {
        ws.title: [str(r[1]) for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
        for ws in book.worksheets
    }


def _names(db: Database, where: str, params: list[object] | None = None) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT {NAME} FROM members m WHERE {CURRENT} AND {where} {ORDER}", params or [])]  # fmt: skip


def test_each_day_lists_who_the_register_says(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """30/4, 7/5, 27/7, 6/12 and 22/12 against SQL; the badge days hold the year's badges."""
    fill_demo(db, members=120, clock=clock)
    services = ReportService(db, clock)
    target = tmp_path / "ngay-truyen-thong.xlsx"
    services.export("traditional-days", target, Period.year(2026))
    sheets = _sheet_names(target)
    assert list(sheets) == [d.value.replace("/", "-") for d in TraditionalDay]
    campaign = (
        "EXISTS (SELECT 1 FROM service_periods p WHERE p.member_id = m.id AND p.kind = ? "
        "AND p.in_notable_campaign = 1)"
    )
    assert sheets["30-4"] == _names(db, campaign, ["chong_my"]) and sheets["30-4"]
    # 7/5: every member who served against the French, Điện Biên Phủ veterans among them.
    served = "EXISTS (SELECT 1 FROM service_periods p WHERE p.member_id = m.id AND p.kind = ?)"
    assert sheets["7-5"] == _names(db, served, ["chong_phap"])
    assert set(_names(db, campaign, ["chong_phap"])) <= set(sheets["7-5"])
    policy = (
        "(war_invalid OR sick_soldier OR agent_orange_self OR agent_orange_child OR martyr_family)"
    )
    assert sheets["27-7"] == _names(db, policy) and sheets["27-7"]
    assert sheets["22-12"] == _names(db, "1")
    threshold = int(
        db.execute("SELECT value FROM settings WHERE key = 'unit.medal_min_years'").fetchone()[0]
    )
    medal = (
        "medal_year IS NULL AND joined_hoi IS NOT NULL AND 2026 - CAST(substr(joined_hoi, 1, 4) AS INTEGER)"
        " - (length(joined_hoi) = 10 AND substr(joined_hoi, 6) > '12-06') >= ?"
    )
    assert sheets["6-12"] == _names(db, medal, [threshold]) and sheets["6-12"]
    # Badges: 30, 40, … years from the admission year, the day known (the badge days split them).
    milestone = (
        "party_member = 1 AND length(party_admitted) >= 7 AND 2026 - CAST(substr(party_admitted, 1, 4) "
        "AS INTEGER) IN (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)"
    )
    badge_sheets = sheets["3-2"] + sheets["19-5"] + sheets["2-9"]
    assert set(badge_sheets) <= set(_names(db, milestone))
    # The 27/7 sheet is signed for: a gift and a signature column.
    ws = load_workbook(target)["27-7"]
    headers = [
        c for row in ws.iter_rows(values_only=True) for c in row if c in ("Quà tặng", "Ký nhận")
    ]
    assert headers == ["Quà tặng", "Ký nhận"]


def test_a_badge_falls_on_the_day_of_its_sheet(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Admitted 3/2/1986: 3/2; 20/2/1986: 19/5; 15/8/1996: 2/9; 1/10/1996 (after 2/9): 7/11,
    on no sheet of the issue's days."""
    from ccb_desktop.services.members import MemberService

    add = MemberService(db, clock).add
    for given, admitted in (("Ba", PartialDate(1986, 2, 3)), ("Hai", PartialDate(1986, 2, 20)),
                            ("Chín", PartialDate(1996, 8, 15)), ("Bảy", PartialDate(1996, 10, 1))):  # fmt: skip
        add(
            Member(
                "Đảng",
                given,
                birth_date=PartialDate(1950),
                party_member=True,
                party_admitted=admitted,
            )
        )
    target = tmp_path / "ngay.xlsx"
    ReportService(db, clock).export("traditional-days", target, Period.year(2026))
    sheets = _sheet_names(target)
    assert (sheets["3-2"], sheets["19-5"], sheets["2-9"]) == (
        ["Đảng Ba"],
        ["Đảng Hai"],
        ["Đảng Chín"],
    )


@pytest.fixture
def seed():  # type: ignore[no-untyped-def]
    def fill(services: Services) -> None:
        services.members.add(
            Member("Nguyễn Văn", "Thương", birth_date=PartialDate(1950), war_invalid=True,
                   war_invalid_grade="2/4")
        )  # fmt: skip
        services.members.add(
            Member("Trần Văn", "Điện", birth_date=PartialDate(1932),
                   periods=(ServicePeriod(ServicePeriodKind.CHONG_PHAP, in_notable_campaign=True),))
        )  # fmt: skip
        services.unit.save(dataclasses.replace(services.unit.load(), place_name="Phường 7"))

    return fill


def test_the_home_screen_prints_the_27_7_gift_sheet(window: MainWindow) -> None:
    """The 27/7 button's list names the war invalid with the grade, and its printout has the
    signature column; 7/5 names the Điện Biên Phủ veteran."""
    home = window.page(HomeTab)
    home.settle()
    overview = window.services.overview
    gift = home.list_dialog(overview.day_list(TraditionalDay.INVALIDS_AND_MARTYRS))
    assert [gift.model.data(gift.model.index(r, 0)) for r in range(gift.model.rowCount())] == [
        "Nguyễn Văn Thương"
    ]
    html = gift.printout().html
    assert "Thương binh 2/4" in html and "Ký nhận" in html and "27/7" in html
    assert gift.printout().landscape
    gift.close()
    dien = overview.day_list(TraditionalDay.DIEN_BIEN_PHU)
    assert [r.cells[0] for r in dien.rows] == ["Trần Văn Điện"]
    assert dien.year == dt.date(2026, 1, 1).year
