"""The support report holds the period's money and households, status and loan balance as
they stood at the period's end; each figure recomputed here with SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.support import (
    CaseStatus,
    Classification,
    HouseholdCategory,
    Loan,
    Support,
    SupportCase,
    SupportKind,
    SupportSource,
)
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportKind, ReportService
from ccb_desktop.services.support import SupportService

MARCH_JUNE = Period(dt.date(2026, 3, 1), dt.date(2026, 6, 30))


def _at(day: dt.date) -> FixedClock:
    return FixedClock(dt.datetime.combine(day, dt.time(10, 0)))


def _build(db: Database) -> dict[str, int]:
    """Four households helped over 2025–2026: one escapes in August 2026 (after the period),
    one member joins only in September 2026, one loan is repaid in stages."""
    early = _at(dt.date(2025, 1, 10))
    members = MemberService(db, early)
    ids = {}
    for given, admitted in [("An", PartialDate(2010)), ("Bình", PartialDate(2012)),
                            ("Cường", PartialDate(2015)), ("Dũng", PartialDate(2026, 9, 1))]:  # fmt: skip
        ids[given] = members.add(Member("Nguyễn Văn", given))
        if admitted.year < 2026:
            members.record_movement(ids[given], Movement(MovementKind.ADMITTED, admitted))
    later = MemberService(db, _at(dt.date(2026, 9, 2)))
    later.record_movement(ids["Dũng"], Movement(MovementKind.ADMITTED, PartialDate(2026, 9, 1)))
    support = SupportService(db, early)
    cases = {}
    for given in ("An", "Bình", "Cường"):
        support.classify(Classification(ids[given], 2025, HouseholdCategory.POOR))
        cases[given] = support.open_case(SupportCase(ids[given], dt.date(2025, 1, 10), "Ốm đau"))
    loan = SupportService(db, _at(dt.date(2025, 2, 1))).save_loan(
        Loan(
            cases["An"],
            SupportSource.SOCIAL_BANK,
            30_000_000,
            "Chăn nuôi",
            dt.date(2025, 2, 1),
            outstanding_vnd=30_000_000,
            balance_date=dt.date(2025, 2, 1),
        )
    )
    given_on = [
        ("An", dt.date(2025, 12, 20), 5_000_000, SupportKind.GIFT, SupportSource.HOI_FUND),
        ("An", dt.date(2026, 3, 1), 2_000_000, SupportKind.GIFT, SupportSource.HOI_FUND),
        ("Bình", dt.date(2026, 6, 30), 10_000_000, SupportKind.HOI_LOAN, SupportSource.HOI_FUND),
        ("Bình", dt.date(2026, 7, 1), 40_000_000, SupportKind.HOUSE_NEW, SupportSource.DONOR),
        (
            "Cường",
            dt.date(2026, 4, 15),
            3_000_000,
            SupportKind.SICK_VISIT,
            SupportSource.GOVERNMENT,
        ),
    ]
    for given, day, amount, kind, source in given_on:
        SupportService(db, _at(day)).add_support(Support(cases[given], day, kind, source, amount))
    SupportService(db, _at(dt.date(2026, 4, 1))).add_support(
        Support(
            cases["Cường"],
            dt.date(2026, 4, 1),
            SupportKind.WORK_DAYS,
            SupportSource.OTHER,
            work_days=6,
        )
    )
    # The loan's balance: 20 million on 1 May 2026, 5 million on 1 October 2026.
    for day, balance in [(dt.date(2026, 5, 1), 20_000_000), (dt.date(2026, 10, 1), 5_000_000)]:
        SupportService(db, _at(day)).save_loan(
            Loan(
                cases["An"],
                SupportSource.SOCIAL_BANK,
                30_000_000,
                "Chăn nuôi",
                dt.date(2025, 2, 1),
                outstanding_vnd=balance,
                balance_date=day,
                id=loan,
            )
        )
    # Bình escapes poverty in August 2026: after March–June.
    august = SupportService(db, _at(dt.date(2026, 8, 20)))
    august.save_case(
        replace(august.detail(cases["Bình"]).case, status=CaseStatus.ESCAPED, escaped_year=2026)
    )
    # Dũng (a member only from September) gets a case and help in 2026 after joining.
    autumn = SupportService(db, _at(dt.date(2026, 9, 5)))
    dung = autumn.open_case(SupportCase(ids["Dũng"], dt.date(2026, 9, 5), "Thiếu vốn"))
    autumn.add_support(
        Support(dung, dt.date(2026, 9, 5), SupportKind.GIFT, SupportSource.DONOR, 1_000_000)
    )
    return cases


def _text_and_rows(path: Path) -> tuple[str, dict[str, tuple[Any, ...]], tuple[Any, ...]]:
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    text = " ".join(str(v) for r in rows for v in r if v is not None)
    body = {str(r[1]): r for r in rows if isinstance(r[0], int)}
    totals = next(r for r in rows if str(r[0]).startswith("Tổng cộng"))
    return text, body, totals


def test_march_to_june_holds_that_periods_money_not_the_years(db: Database, tmp_path: Path) -> None:
    """Money, work days and each household's help are those dated in March–June (SQL recount);
    Bình is still "Đang hỗ trợ" on 30/06; An's balance is the 20 million recorded on 1 May;
    Dũng, not a member before September, is not listed."""
    _build(db)
    target = tmp_path / "gn.xlsx"
    ReportService(db, _at(dt.date(2026, 11, 29))).export(ReportKind.SUPPORT, target, MARCH_JUNE)
    text, body, totals = _text_and_rows(target)
    money, days = db.execute(
        "SELECT sum(amount_vnd), sum(coalesce(work_days, 0)) FROM supports "
        "WHERE date BETWEEN '2026-03-01' AND '2026-06-30'"
    ).fetchone()
    assert money == 15_000_000 and days == 6
    assert "Tổng số tiền hỗ trợ trong kỳ: 15.000.000 đồng; ngày công: 6" in text
    assert "(Từ ngày 01/03/2026 đến ngày 30/06/2026)" in text
    assert set(body) == {"Nguyễn Văn An", "Nguyễn Văn Bình", "Nguyễn Văn Cường"}
    for name, row in body.items():
        (per_household,) = db.execute(
            "SELECT coalesce(sum(s.amount_vnd), 0) FROM supports s "
            "JOIN support_cases c ON c.id = s.case_id JOIN members m ON m.id = c.member_id "
            "WHERE m.family_name || ' ' || m.given_name = ? "
            "AND s.date BETWEEN '2026-03-01' AND '2026-06-30'",
            [name],
        ).fetchone()
        assert row[5] == per_household, name
    assert totals[5] == money
    assert body["Nguyễn Văn Bình"][3] == "Đang hỗ trợ"
    assert body["Nguyễn Văn An"][6] == 20_000_000
    assert "Theo nguồn (đồng): Quỹ Hội 12.000.000; Chính quyền 3.000.000." in text
    assert "1.500.000 đ, thành thị" in text
    assert "Chưa nhập kết quả phân loại hộ năm 2026" in text


def test_a_past_year_shows_that_years_money_status_and_balance(
    db: Database, tmp_path: Path
) -> None:
    """Year 2025: only 2025's help (5 million), every case "Đang hỗ trợ", An's balance the
    30 million owed then; the text's total equals the table's total."""
    _build(db)
    target = tmp_path / "gn2025.xlsx"
    ReportService(db, _at(dt.date(2026, 11, 29))).export(
        ReportKind.SUPPORT, target, Period.year(2025)
    )
    text, body, totals = _text_and_rows(target)
    (money,) = db.execute(
        "SELECT sum(amount_vnd) FROM supports WHERE date BETWEEN '2025-01-01' AND '2025-12-31'"
    ).fetchone()
    assert totals[5] == money == 5_000_000
    assert "Tổng số tiền hỗ trợ trong năm: 5.000.000 đồng" in text
    assert {row[3] for row in body.values()} == {"Đang hỗ trợ"}
    assert body["Nguyễn Văn An"][6] == 30_000_000
    assert "Nguyễn Văn Dũng" not in body


def test_money_cells_carry_the_vietnamese_grouping(db: Database, tmp_path: Path) -> None:
    """The money columns print 15.000.000 (dots), as the report's text writes amounts."""
    _build(db)
    target = tmp_path / "gn.xlsx"
    ReportService(db, _at(dt.date(2026, 11, 29))).export(ReportKind.SUPPORT, target, MARCH_JUNE)
    ws = load_workbook(target).worksheets[0]
    money_cells = [row[5] for row in ws.iter_rows() if isinstance(row[5].value, int)]
    assert money_cells and all('"."' in c.number_format for c in money_cells)
