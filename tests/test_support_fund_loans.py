"""Loans from the chi hội's funds beside a support case: the case window lists them and the
support report shows their balance in a column of its own (files without fund loans keep
the report as it was), figures recomputed with SQL written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.funds import Direction, Fund, FundEntry
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.domain.support import Loan, SupportCase, SupportSource
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.reports import Period
from ccb_desktop.ui.support_dialogs import CaseDialog

FUND_HEADER = "Dư nợ vay quỹ chi hội (đồng)"
OLD_HEADER = [
    "TT",
    "Hộ hội viên",
    "Phân loại",
    "Tình trạng cuối kỳ",
    "Nguyên nhân khó khăn",
    "Hỗ trợ trong kỳ (đồng)",
    "Dư nợ cuối kỳ (đồng)",
]
FUND_OWED_SQL = (
    "SELECT coalesce(sum(CASE e.direction WHEN 'chi' THEN e.amount_vnd ELSE -e.amount_vnd END),"
    " 0) FROM fund_entries e JOIN fund_loans l ON l.id = e.loan_id "
    "WHERE l.case_id = ? AND e.date <= ?"
)


@pytest.fixture
def services(db: Database, db_path: Path, clock: FixedClock) -> Services:
    return Services.over(db, clock, db_path)


def _households(services: Services, lend: bool) -> dict[str, int]:
    """Two households with open cases, each owing the social bank; with `lend`, Cường also
    borrowed 1.500.000 from the Quỹ Hội in April and repaid 500.000 in September. The cases
    are entered in January (the report reads a case's state as recorded by the period's end)."""
    ids: dict[str, int] = {}
    db = services.members.db
    path = Path(db.conn.execute("PRAGMA database_list").fetchone()[2])
    january = Services.over(db, FixedClock(dt.datetime(2026, 1, 15, 9, 0)), path)
    for given in ("Cường", "Dung"):
        member = january.members.add(Member("Lê Văn", given))
        january.members.record_movement(
            member, Movement(MovementKind.ADMITTED, PartialDate(2010, 5, 1))
        )
        case = january.support.open_case(SupportCase(member, dt.date(2026, 1, 10), cause="Ốm"))
        january.support.save_loan(
            Loan(case, SupportSource.SOCIAL_BANK, 10_000_000, "Chăn nuôi", dt.date(2025, 6, 1),
                 outstanding_vnd=8_000_000, balance_date=dt.date(2026, 1, 10))
        )  # fmt: skip
        ids[given], ids[f"case {given}"] = member, case
    if lend:
        fund = services.funds.save_fund(Fund("Quỹ Hội"))
        services.funds.add_entry(
            FundEntry(fund, dt.date(2026, 1, 2), Direction.IN, 5_000_000, "Tồn năm trước")
        )
        loan = services.funds.lend(
            fund, ids["Cường"], 1_500_000, dt.date(2026, 4, 1), "Mua bò giống", "PC02",
            dt.date(2027, 4, 1),
        )  # fmt: skip
        services.funds.repay(loan, 500_000, dt.date(2026, 9, 1), "PT04")
    return ids


def _sheet_rows(path: Path) -> list[list[object]]:
    book = load_workbook(path, read_only=True)
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()  # a read-only workbook keeps its file open until closed


def test_the_report_states_fund_loans_apart(services: Services, db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each household's fund balance at the period's end is lent − repaid in the cash book up
    to that day, beside (not inside) its case loans; the workbook adds that column, its
    total, and a line giving the whole balance owed."""
    ids = _households(services, lend=True)
    for period, day in ((Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30)), "2026-06-30"),
                        (Period.year(2026), "2026-12-31")):  # fmt: skip
        content = services.reports.support_content(period)
        assert content.fund_loans
        by_name = {h.name: h for h in content.households}
        for given in ("Cường", "Dung"):
            case = ids[f"case {given}"]
            fund = db.execute(FUND_OWED_SQL, [case, day]).fetchone()[0]
            bank = db.execute(
                "SELECT sum(outstanding_vnd) FROM loans WHERE case_id = ?", [case]
            ).fetchone()[0]
            assert (by_name[f"Lê Văn {given}"].fund_owed_vnd, by_name[f"Lê Văn {given}"].outstanding_vnd) == (fund, bank)  # fmt: skip
        assert by_name["Lê Văn Cường"].fund_owed_vnd == (
            1_500_000 if day < "2026-09" else 1_000_000
        )

    target = tmp_path / "giam-ngheo.xlsx"
    services.reports.export("support", target, Period.year(2026))
    rows = _sheet_rows(target)
    header = next(r for r in rows if r and r[0] == "TT")
    assert [c for c in header if c is not None] == [*OLD_HEADER, FUND_HEADER]
    column = header.index(FUND_HEADER)
    total = next(r for r in rows if r and str(r[0]).startswith("Tổng cộng"))
    fund_total = db.execute(
        FUND_OWED_SQL.replace("l.case_id = ?", "l.case_id IS NOT NULL AND ? IS NULL"),
        [None, "2026-12-31"],
    ).fetchone()[0]
    bank_total = db.execute("SELECT sum(outstanding_vnd) FROM loans").fetchone()[0]
    assert total[column] == fund_total == 1_000_000
    assert total[column - 1] == bank_total == 16_000_000
    intro = " ".join(str(r[0]) for r in rows if r and isinstance(r[0], str))
    assert "Dư nợ cuối kỳ của các hộ: 17.000.000 đồng" in intro
    assert "vay quỹ chi hội 1.000.000 đồng" in intro


def test_without_fund_loans_the_report_is_unchanged(
    services: Services, db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """No fund loan: the same seven columns, the same totals, no extra line."""
    _households(services, lend=False)
    content = services.reports.support_content(Period.year(2026))
    assert not content.fund_loans
    assert all(h.fund_owed_vnd == 0 for h in content.households)
    target = tmp_path / "giam-ngheo.xlsx"
    services.reports.export("support", target, Period.year(2026))
    rows = _sheet_rows(target)
    header = next(r for r in rows if r and r[0] == "TT")
    assert [c for c in header if c is not None] == OLD_HEADER
    total = next(r for r in rows if r and str(r[0]).startswith("Tổng cộng"))
    bank_total = db.execute("SELECT sum(outstanding_vnd) FROM loans").fetchone()[0]
    assert [c for c in total[5:] if c is not None][-1] == bank_total
    assert not any(isinstance(r[0], str) and "vay quỹ chi hội" in r[0] for r in rows if r)
    assert services.reports.first_rows("support", Period.year(2026)).headers == OLD_HEADER


def test_the_case_window_lists_its_fund_loans(services: Services, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Cường's case shows the fund loan as a line (amount lent, balance in the details) and
    a summary of what is still owed; Dung's case, without one, shows no summary."""
    ids = _households(services, lend=True)
    members = services.members.search(MemberFilter())
    dialog = CaseDialog(services.support, members, ids["case Cường"], None, services.funds)
    qtbot.addWidget(dialog)
    lent, owed = db.execute(
        "SELECT sum(CASE direction WHEN 'chi' THEN amount_vnd END), "
        "sum(CASE direction WHEN 'chi' THEN amount_vnd ELSE -amount_vnd END) "
        "FROM fund_entries WHERE loan_id IN (SELECT id FROM fund_loans WHERE case_id = ?)",
        [ids["case Cường"]],
    ).fetchone()
    lines = [
        [dialog.timeline.item(r, c).text() for c in range(4)]
        for r in range(dialog.timeline.rowCount())
    ]
    fund_lines = [line for line in lines if "Quỹ Hội" in line[1]]
    assert len(fund_lines) == 1
    assert fund_lines[0][0] == "01/04/2026" and fund_lines[0][3] == f"{lent:,}".replace(",", ".")
    assert f"{owed:,}".replace(",", ".") in fund_lines[0][2] and "Mua bò giống" in fund_lines[0][2]
    assert len(lines) == 2  # the social bank loan and the fund loan
    assert not dialog.fund_summary.isHidden()
    assert f"{owed:,}".replace(",", ".") in dialog.fund_summary.text()

    other = CaseDialog(services.support, members, ids["case Dung"], None, services.funds)
    qtbot.addWidget(other)
    assert other.fund_summary.isHidden() and other.timeline.rowCount() == 1
