"""The funds on a real data file: cash books with their running balance, loans linked to a
support case, contributions per member, and the figures, recomputed with SQL written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.funds import Direction, EntryKind, Fund, FundEntry
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.support import SupportCase
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock

BALANCE_SQL = (
    "SELECT coalesce(sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END), 0) "
    "FROM fund_entries WHERE fund_id = ? AND date < ?"
)
FLOW_SQL = (
    "SELECT coalesce(sum(amount_vnd), 0) FROM fund_entries "
    "WHERE fund_id = ? AND direction = ? AND date BETWEEN ? AND ?"
)


@pytest.fixture
def services(db: Database, db_path: Path, clock: FixedClock) -> Services:
    return Services.over(db, clock, db_path)


@pytest.fixture
def books(services: Services) -> dict[str, int]:
    """Two funds across the New Year, three members, a loan with a repayment."""
    an = services.members.add(Member("Nguyễn Văn", "An", joined_hoi=PartialDate(2010)))
    binh = services.members.add(Member("Trần Văn", "Bình", joined_hoi=PartialDate(2011)))
    cuong = services.members.add(Member("Lê Văn", "Cường", joined_hoi=PartialDate(2012)))
    hoi = services.funds.save_fund(Fund("Quỹ Hội"))
    tinh = services.funds.save_fund(Fund("Quỹ Nghĩa tình đồng đội"))
    f = services.funds
    f.add_entry(FundEntry(hoi, dt.date(2025, 12, 20), Direction.IN, 2_000_000, "Tồn năm trước"))
    f.add_entry(FundEntry(hoi, dt.date(2026, 1, 5), Direction.IN, 200_000, "Đóng góp", "PT01",
                          an, EntryKind.CONTRIBUTION))  # fmt: skip
    f.add_entry(FundEntry(hoi, dt.date(2026, 1, 5), Direction.IN, 150_000, "Đóng góp", "PT02",
                          binh, EntryKind.CONTRIBUTION))  # fmt: skip
    f.add_entry(FundEntry(hoi, dt.date(2026, 3, 5), Direction.IN, 100_000, "Đóng góp", "PT03",
                          an, EntryKind.CONTRIBUTION))  # fmt: skip
    f.add_entry(FundEntry(tinh, dt.date(2026, 2, 1), Direction.IN, 1_000_000, "Nhà hảo tâm"))
    f.add_entry(FundEntry(tinh, dt.date(2026, 2, 12), Direction.OUT, 300_000, "Thăm ốm", "PC01",
                          cuong, EntryKind.CARE))  # fmt: skip
    case_id = services.support.open_case(SupportCase(cuong, dt.date(2026, 1, 10), cause="Ốm"))
    loan = f.lend(hoi, cuong, 1_500_000, dt.date(2026, 4, 1), "Mua bò giống", "PC02")
    f.repay(loan, 500_000, dt.date(2026, 9, 1), "PT04")
    return {"an": an, "binh": binh, "cuong": cuong, "hoi": hoi, "tinh": tinh,
            "loan": loan, "case": case_id}  # fmt: skip


def test_opening_plus_in_minus_out_is_closing(services: Services, db: Database, books) -> None:  # type: ignore[no-untyped-def]
    """For each fund over 2026: the opening is everything before 1/1/2026, receipts and
    payments are the year's lines, and opening + in − out = closing, all from the table."""
    figures = services.funds.figures(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for figure in figures.funds:
        opening = db.execute(BALANCE_SQL, [figure.fund_id, "2026-01-01"]).fetchone()[0]
        closing = db.execute(BALANCE_SQL, [figure.fund_id, "2027-01-01"]).fetchone()[0]
        receipts = db.execute(
            FLOW_SQL, [figure.fund_id, "thu", "2026-01-01", "2026-12-31"]
        ).fetchone()[0]
        payments = db.execute(
            FLOW_SQL, [figure.fund_id, "chi", "2026-01-01", "2026-12-31"]
        ).fetchone()[0]
        assert (figure.opening_vnd, figure.in_vnd, figure.out_vnd, figure.closing_vnd) == (
            opening, receipts, payments, closing,
        )  # fmt: skip
        assert opening + receipts - payments == closing
    assert (
        figures.total_closing_vnd
        == db.execute(
            "SELECT sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
            "FROM fund_entries"
        ).fetchone()[0]
    )
    assert figures.members == 3
    assert (
        (figures.care_vnd, figures.care_members)
        == db.execute(
            "SELECT sum(amount_vnd), count(DISTINCT member_id) FROM fund_entries "
            "WHERE kind = 'tham_hoi' AND direction = 'chi' AND date BETWEEN '2026-01-01' AND '2026-12-31'"
        ).fetchone()
        == (300_000, 1)
    )
    assert figures.per_member_vnd == round(figures.total_closing_vnd / 3)


def test_the_running_balance_of_a_cash_book(services: Services, db: Database, books) -> None:  # type: ignore[no-untyped-def]
    """Each line's balance is the signed sum of every line up to it, in date order."""
    book = services.funds.book(books["hoi"], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    rows = db.execute(
        "SELECT id, sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
        "OVER (ORDER BY date, id) FROM fund_entries WHERE fund_id = ? ORDER BY date, id",
        [books["hoi"]],
    ).fetchall()
    expected = {entry_id: balance for entry_id, balance in rows}
    assert [line.balance_vnd for line in book.lines] == [expected[x.entry.id] for x in book.lines]
    assert book.opening_vnd == 2_000_000 and len(book.lines) == 5


def test_contributions_per_member(services: Services, db: Database, books) -> None:  # type: ignore[no-untyped-def]
    """Contributions by member in 2026 match the table; a payment to a member is not one."""
    figures = services.funds.figures(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    expected = dict(
        db.execute(
            "SELECT member_id, sum(amount_vnd) FROM fund_entries WHERE kind = 'dong_gop' "
            "AND date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY member_id"
        ).fetchall()
    )
    assert figures.contributions == expected == {books["an"]: 300_000, books["binh"]: 150_000}


def test_a_loan_is_linked_to_the_open_case_and_repaid(
    services: Services, db: Database, books
) -> None:  # type: ignore[no-untyped-def]
    """The loan points to the borrower's open support case (not copied into support's
    loans); its balance is lent − repaid from the cash book; overpaying is refused."""
    assert (
        db.execute("SELECT case_id FROM fund_loans WHERE id = ?", [books["loan"]]).fetchone()[0]
        == books["case"]
    )
    assert db.execute("SELECT count(*) FROM loans").fetchone()[0] == 0
    (state,) = services.funds.loans_of_case(books["case"])
    lent, repaid = db.execute(
        "SELECT sum(CASE direction WHEN 'chi' THEN amount_vnd END), "
        "sum(CASE direction WHEN 'thu' THEN amount_vnd END) FROM fund_entries WHERE loan_id = ?",
        [books["loan"]],
    ).fetchone()
    assert (state.lent_vnd, state.repaid_vnd, state.balance_vnd) == (lent, repaid, lent - repaid)
    with pytest.raises(ValidationError):
        services.funds.repay(books["loan"], 1_000_001, dt.date(2026, 10, 1))
    figures = services.funds.figures(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert figures.loans_outstanding_vnd == lent - repaid
    history = services.history.of_case(books["case"])
    assert any(c.table == "fund_loans" for c in history)


def test_a_fund_is_never_overdrawn(services: Services, db: Database, books) -> None:  # type: ignore[no-untyped-def]
    """A payment or loan larger than the fund holds on its date is refused, even when later
    receipts would cover it; nothing is written."""
    before = db.execute("SELECT count(*) FROM fund_entries").fetchone()[0]
    with pytest.raises(ValidationError):
        services.funds.add_entry(
            FundEntry(books["tinh"], dt.date(2026, 1, 15), Direction.OUT, 10_000, "Trước khi có")
        )
    with pytest.raises(ValidationError):
        services.funds.lend(books["tinh"], books["an"], 800_000, dt.date(2026, 3, 1), "")
    assert db.execute("SELECT count(*) FROM fund_entries").fetchone()[0] == before


def test_deleting_a_loan_line_takes_its_repayments_and_undo_brings_all_back(
    services: Services,
    db: Database,
    books,  # type: ignore[no-untyped-def]
) -> None:
    """Deleting the "Cho vay" line removes the loan and its repayments in one action; one
    Ctrl+Z restores the three rows exactly."""
    snapshot = db.execute("SELECT * FROM fund_entries ORDER BY id").fetchall()
    line = db.execute(
        "SELECT id FROM fund_entries WHERE loan_id = ? AND kind = 'cho_vay'", [books["loan"]]
    ).fetchone()[0]
    services.funds.delete_entry(line)
    assert db.execute("SELECT count(*) FROM fund_loans").fetchone()[0] == 0
    assert (
        db.execute("SELECT count(*) FROM fund_entries WHERE loan_id IS NOT NULL").fetchone()[0] == 0
    )
    services.history.undo_last()
    assert db.execute("SELECT * FROM fund_entries ORDER BY id").fetchall() == snapshot


def test_fund_names_are_unique_and_required(services: Services, books) -> None:  # type: ignore[no-untyped-def]
    """Two funds cannot share a name, and a fund needs one."""
    with pytest.raises(ValidationError):
        services.funds.save_fund(Fund("  Quỹ   Hội "))
    with pytest.raises(ValidationError):
        services.funds.save_fund(Fund(" "))
    with pytest.raises(ValidationError):  # a contribution names its member
        services.funds.add_entry(
            FundEntry(
                books["hoi"],
                dt.date(2026, 5, 1),
                Direction.IN,
                1,
                "Đóng góp",
                kind=EntryKind.CONTRIBUTION,
            )
        )


def test_contributions_are_listed_in_official_order(services: Services, books) -> None:  # type: ignore[no-untyped-def]
    """By tên, then họ đệm: Lê Văn Cường comes after Nguyễn Văn An and Trần Văn Bình."""
    services.funds.add_entry(
        FundEntry(books["hoi"], dt.date(2026, 6, 1), Direction.IN, 50_000, "Đóng góp", "PT09",
                  books["cuong"], EntryKind.CONTRIBUTION)
    )  # fmt: skip
    rows = services.funds.contributions(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(m.given_name, amount) for m, amount in rows] == [
        ("An", 300_000), ("Bình", 150_000), ("Cường", 50_000),
    ]  # fmt: skip
