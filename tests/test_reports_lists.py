"""The printable lists the year-end review needs: members who rarely attend, comrades who
died in the period, Điện Biên Phủ and Chiến dịch Hồ Chí Minh veterans — each recounted in SQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement, ServicePeriod
from ccb_desktop.domain.vocabulary import MovementKind, ServicePeriodKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportKind, ReportService

DAY = "substr(mv.date || '-01-01', 1, 10)"


def _names(path: Path, sheet: int = 0) -> list[str]:
    ws = load_workbook(path).worksheets[sheet]
    return [str(r[1]) for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]


def test_campaign_veterans_and_the_roll_of_the_departed(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    fill_demo(db, members=150, clock=clock)
    members = MemberService(db, clock)
    veteran = members.add(
        Member(
            "Lê Văn",
            "Thọ",
            periods=(ServicePeriod(ServicePeriodKind.CHONG_PHAP, in_notable_campaign=True),),
        )
    )
    members.record_movement(veteran, Movement(MovementKind.ADMITTED, PartialDate(1990)))
    reports = ReportService(db, clock)
    lists = tmp_path / "cd.xlsx"
    reports.export(ReportKind.CAMPAIGN_VETERANS, lists, Period.year(2026))
    on_register = (
        "SELECT m.id FROM members m WHERE m.deleted_at IS NULL AND (SELECT mv.kind FROM "
        f"movements mv WHERE mv.member_id = m.id AND {DAY} <= '2026-11-29' ORDER BY {DAY} DESC, "
        "mv.id DESC LIMIT 1) IN ('ket_nap', 'chuyen_den', 'mien_sinh_hoat', 'tro_lai_sinh_hoat')"
    )
    for sheet, kind in ((0, "chong_phap"), (1, "chong_my")):
        expected = {
            f"{family} {given}"
            for family, given in db.execute(
                "SELECT family_name, given_name FROM members WHERE id IN "
                f"({on_register}) AND id IN (SELECT member_id FROM service_periods "
                f"WHERE kind = '{kind}' AND in_notable_campaign = 1)"
            ).fetchall()
        }
        assert set(_names(lists, sheet)) == expected and expected
    moved = tmp_path / "bd.xlsx"
    reports.export(ReportKind.MOVEMENTS, moved, Period(dt.date(2000, 1, 1), dt.date(2026, 11, 29)))
    died = {
        f"{family} {given}"
        for family, given in db.execute(
            "SELECT m.family_name, m.given_name FROM members m JOIN movements mv "
            f"ON mv.member_id = m.id WHERE mv.kind = 'tu_tran' AND {DAY} >= '2000-01-01'"
        ).fetchall()
    }
    assert load_workbook(moved).sheetnames == ["Biến động", "Từ trần"]
    assert set(_names(moved, 1)) == died and died


def test_members_who_rarely_attend_in_a_period(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Every current member present at under half the period's meetings they were marked at
    (SQL), or absent at the last three in a row, is listed; nobody else."""
    fill_demo(db, members=80, clock=clock)
    target = tmp_path / "it.xlsx"
    period = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 29))
    ReportService(db, clock).export(ReportKind.RARELY_ATTENDING, target, period)
    listed = set(_names(target))
    expected = set()
    for member_id, name in db.execute(
        "SELECT id, family_name || ' ' || given_name FROM members "
        "WHERE status = 'dang_sinh_hoat' AND deleted_at IS NULL"
    ).fetchall():
        marks = [
            mark
            for (mark,) in db.execute(
                "SELECT a.mark FROM attendance a JOIN meetings g ON g.id = a.meeting_id "
                "WHERE a.member_id = ? AND g.deleted_at IS NULL AND a.mark <> 'M' "
                "AND g.date BETWEEN '2025-12-01' AND '2026-11-29' ORDER BY g.date DESC, g.id DESC",
                [member_id],
            ).fetchall()
        ]
        if not marks:
            continue
        run = next((i for i, mark in enumerate(marks) if mark == "C"), len(marks))
        if run >= 3 or marks.count("C") * 100 < 50 * len(marks):
            expected.add(name)
    assert listed == expected and expected
