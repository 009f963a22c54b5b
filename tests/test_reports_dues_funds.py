"""Sổ thu hội phí and the funds' cash books, written from the demo register and read back:
every figure recomputed here with SQL on the tables (per-member payments sum to the total
collected; opening + in − out = closing), and their printed size checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.excel.layout import printed_size
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import REPORTS, Period, ReportService

YEAR = Period.year(2026)


@pytest.fixture
def demo(db: Database, clock: FixedClock) -> Database:
    fill_demo(db, members=30, clock=clock)
    return db


def _rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


def _row(rows: list[tuple[Any, ...]], first: str) -> tuple[Any, ...]:
    return next(r for r in rows if isinstance(r[0], str) and r[0].startswith(first))


def test_both_reports_are_offered_like_the_others() -> None:
    """`export dues` and `export funds` come from the one registry."""
    assert REPORTS["dues"].label == "Sổ thu hội phí"
    assert "funds" in REPORTS


def test_the_dues_book_reconciles(demo: Database, clock: FixedClock, tmp_path: Path) -> None:
    """Each member's "Cộng đã nộp" is what they paid for the year's periods up to today, the
    totals row is the sum of the members' lines, and the receipts sheet's total is every
    payment received in the year, all from the payments table."""
    target = tmp_path / "so-thu-hoi-phi.xlsx"
    ReportService(demo, clock).export("dues", target, YEAR)
    book = _rows(target, "Theo kỳ")
    header = next(r for r in book if r[0] == "TT")
    total_col = header.index("Cộng đã nộp")
    lines = [r for r in book if isinstance(r[0], int)]
    per_member = dict(
        demo.execute(
            "SELECT m.family_name || ' ' || m.given_name, sum(p.amount_vnd) FROM dues_payments p "
            "JOIN members m ON m.id = p.member_id WHERE p.period BETWEEN '2026-01' AND '2026-11' "
            "GROUP BY p.member_id"
        ).fetchall()
    )
    assert {r[1]: r[total_col] for r in lines if r[total_col]} == per_member
    totals = _row(book, "Tổng cộng")
    assert totals[total_col] == sum(r[total_col] for r in lines) == sum(per_member.values())
    assert any(r[2] == "T1\n2026" and r[12] == "T11\n2026" for r in book)  # the months begun
    collected = demo.execute(
        "SELECT sum(amount_vnd), count(*) FROM dues_payments "
        "WHERE paid_on BETWEEN '2026-01-01' AND '2026-11-29'"
    ).fetchone()
    receipts = _rows(target, "Các lần thu")
    assert _row(receipts, "Tổng cộng")[5] == collected[0]
    assert sum(1 for r in receipts if isinstance(r[0], int)) == collected[1]


def test_the_dues_book_owes_what_the_arrears_say(
    demo: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """ "Còn nợ đến cuối kỳ" is, per member, the months begun by today at the rate less what
    was paid for them, skipping exempt months, recomputed in SQL."""
    target = tmp_path / "so-thu-hoi-phi.xlsx"
    ReportService(demo, clock).export("dues", target, YEAR)
    book = _rows(target, "Theo kỳ")
    header = next(r for r in book if r[0] == "TT")
    owed_col = len(header) - 1
    shown = {r[1]: r[owed_col] for r in book if isinstance(r[0], int) and r[owed_col]}
    expected = dict(
        demo.execute(
            """
            WITH RECURSIVE months(start) AS (
                SELECT '2026-01-01' UNION ALL SELECT date(start, '+1 month') FROM months
                WHERE start < '2026-11-01'
            )
            SELECT m.family_name || ' ' || m.given_name,
                   sum(10000 - coalesce((SELECT sum(amount_vnd) FROM dues_payments p
                        WHERE p.member_id = m.id AND p.period = substr(start, 1, 7)), 0))
            FROM members m JOIN months
            WHERE m.status IN ('dang_sinh_hoat', 'mien_sinh_hoat')
              AND NOT EXISTS (SELECT 1 FROM dues_exemptions e WHERE e.member_id = m.id
                              AND e.start_on <= date(start, '+1 month', '-1 day')
                              AND (e.end_on IS NULL OR e.end_on >= start))
              AND NOT EXISTS (SELECT 1 FROM movements mv WHERE mv.member_id = m.id
                              AND mv.kind IN ('ket_nap', 'chuyen_den')
                              AND mv.date > date(start, '+1 month', '-1 day'))
            GROUP BY m.id
            HAVING sum(10000 - coalesce((SELECT sum(amount_vnd) FROM dues_payments p
                        WHERE p.member_id = m.id AND p.period = substr(start, 1, 7)), 0)) > 0
            """
        ).fetchall()
    )
    assert shown == expected
    assert demo.execute("SELECT count(*) FROM dues_rates").fetchone()[0] == 1  # 10.000 a month


def test_each_fund_book_reconciles(demo: Database, clock: FixedClock, tmp_path: Path) -> None:
    """A sheet per fund headed Ngày | Số phiếu Thu / Chi | Diễn giải | Thu | Chi | Tồn |
    Ghi chú: its opening row, its period totals and its closing line match the entries table,
    opening + in − out = closing, the last line's Tồn is the closing, and it is signed by
    the Người lập biểu."""
    target = tmp_path / "so-quy.xlsx"
    ReportService(demo, clock).export("funds", target, YEAR)
    workbook = load_workbook(target)
    funds = demo.execute("SELECT id, name FROM funds ORDER BY id").fetchall()
    assert [ws.title for ws in workbook.worksheets] == [name for _i, name in funds] + ["Tổng hợp"]
    for fund_id, name in funds:
        rows = list(workbook[name].iter_rows(values_only=True))
        assert rows[7][:5] == ("Ngày", "Số phiếu", None, "Diễn giải", "Số tiền (đồng)")
        assert rows[8][1:3] == ("Thu", "Chi") and rows[8][4:7] == ("Thu", "Chi", "Tồn")
        assert rows[7][7] == "Ghi chú"
        opening, receipts, payments, closing = demo.execute(
            "SELECT sum(CASE WHEN date < '2026-01-01' THEN CASE direction WHEN 'thu' "
            "THEN amount_vnd ELSE -amount_vnd END ELSE 0 END), "
            "sum(CASE WHEN date >= '2026-01-01' AND direction = 'thu' THEN amount_vnd ELSE 0 END), "
            "sum(CASE WHEN date >= '2026-01-01' AND direction = 'chi' THEN amount_vnd ELSE 0 END), "
            "sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
            "FROM fund_entries WHERE fund_id = ?",
            [fund_id],
        ).fetchone()
        opening_row = next(r for r in rows if r[3] == "Số dư đầu kỳ")
        assert opening_row[6] == opening
        period = _row(rows, "Cộng phát sinh")
        assert (period[4], period[5]) == (receipts, payments)
        assert _row(rows, "Số dư cuối kỳ")[6] == closing == opening + receipts - payments
        lines = [r for r in rows if isinstance(r[0], dt.datetime)]
        assert lines[-1][6] == closing
        assert any("NGƯỜI LẬP BIỂU" in str(r[0]) for r in rows)
    summary = list(workbook["Tổng hợp"].iter_rows(values_only=True))
    total = _row(summary, "Tổng cộng")
    assert (
        total[5]
        == demo.execute(
            "SELECT sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
            "FROM fund_entries"
        ).fetchone()[0]
    )


def test_printed_at_ten_points_or_more(demo: Database, clock: FixedClock, tmp_path: Path) -> None:
    """Fitted to the width of the paper, the body text of every sheet prints at ≥ 10 pt."""
    for kind in ("dues", "funds"):
        target = tmp_path / f"{kind}.xlsx"
        ReportService(demo, clock).export(kind, target, YEAR)
        workbook = load_workbook(target)
        for ws in workbook.worksheets:
            widths = [
                ws.column_dimensions[letter].width
                for letter in ws.column_dimensions
                if ws.column_dimensions[letter].width
            ]
            paper = "A3" if ws.page_setup.paperSize == ws.PAPERSIZE_A3 else "A4"
            assert printed_size(widths, paper) >= 10, (kind, ws.title)


def test_the_summary_report_carries_the_year_dues_and_funds(
    demo: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """The member summary ends with the year's hội phí collected and the funds' closing total,
    as the tables give them."""
    target = tmp_path / "so-luong.xlsx"
    ReportService(demo, clock).export("summary", target, YEAR)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    figures = {r[1]: r[2] for r in rows if isinstance(r[1], str)}
    collected = demo.execute(
        "SELECT sum(amount_vnd) FROM dues_payments WHERE paid_on BETWEEN '2026-01-01' AND "
        "'2026-11-29'"
    ).fetchone()[0]
    funds = demo.execute(
        "SELECT sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
        "FROM fund_entries WHERE date <= '2026-11-29'"
    ).fetchone()[0]
    assert figures["Hội phí thu được (đồng)"] == f"{collected:,}".replace(",", ".")
    assert figures["Tổng các quỹ cuối kỳ (đồng)"] == f"{funds:,}".replace(",", ".")


def test_without_dues_or_funds_the_summary_is_unchanged(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """A unit that keeps neither in the program gets the summary as before: no section III."""
    fill_demo(db, members=10, clock=clock, with_meetings=False)
    target = tmp_path / "so-luong.xlsx"
    ReportService(db, clock).export("summary", target, YEAR)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert not any(r[0] == "III" for r in rows)
