"""The chi hội's funds: named cash books of receipts and payments with their running balance,
contributions per member and loans to members with their repayments (pure rules)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Direction(StrEnum):
    """Thu (money in) or Chi (money out)."""

    IN = "thu"
    OUT = "chi"

    @property
    def label(self) -> str:
        return {Direction.IN: "Thu", Direction.OUT: "Chi"}[self]


class EntryKind(StrEnum):
    """What a cash-book line is, so contributions and loans can be told apart."""

    CONTRIBUTION = "dong_gop"
    LOAN = "cho_vay"
    REPAYMENT = "thu_no"
    CARE = "tham_hoi"  # visits, gifts, condolences paid from a fund
    OTHER = "khac"

    @property
    def label(self) -> str:
        return {
            EntryKind.CONTRIBUTION: "Đóng góp",
            EntryKind.LOAN: "Cho vay",
            EntryKind.REPAYMENT: "Thu nợ vay",
            EntryKind.CARE: "Thăm hỏi, tặng quà",
            EntryKind.OTHER: "Thu/chi khác",
        }[self]


@dataclass(frozen=True)
class Fund:
    """A named fund (quỹ Hội, quỹ Nghĩa tình đồng đội, a local one)."""

    name: str
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class FundEntry:
    """One line of a fund's cash book: a receipt (Thu) or a payment (Chi), in đồng."""

    fund_id: int
    date: dt.date
    direction: Direction
    amount_vnd: int
    content: str
    voucher: str = ""
    member_id: int | None = None
    kind: EntryKind = EntryKind.OTHER
    loan_id: int | None = None
    note: str = ""
    id: int | None = None

    @property
    def signed(self) -> int:
        return self.amount_vnd if self.direction is Direction.IN else -self.amount_vnd


@dataclass(frozen=True)
class FundLoan:
    """A loan from a fund to a member. Its amount is the cash book's "Cho vay" line and its
    repayments the "Thu nợ vay" lines linked to it; `case_id` links the member's support case."""

    fund_id: int
    member_id: int
    purpose: str = ""
    due: dt.date | None = None
    case_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class BookLine:
    """A cash-book line with the balance after it."""

    entry: FundEntry
    balance_vnd: int


@dataclass(frozen=True)
class CashBook:
    """A fund's book for a period: the balance brought forward, the lines, the closing."""

    fund: Fund
    start: dt.date
    end: dt.date
    opening_vnd: int
    lines: tuple[BookLine, ...]

    @property
    def receipts_vnd(self) -> int:
        return sum(x.entry.amount_vnd for x in self.lines if x.entry.direction is Direction.IN)

    @property
    def payments_vnd(self) -> int:
        return sum(x.entry.amount_vnd for x in self.lines if x.entry.direction is Direction.OUT)

    @property
    def closing_vnd(self) -> int:
        return self.opening_vnd + self.receipts_vnd - self.payments_vnd


def entry_order(entry: FundEntry) -> tuple[dt.date, int]:
    return entry.date, entry.id or 0


def cash_book(fund: Fund, entries: Iterable[FundEntry], start: dt.date, end: dt.date) -> CashBook:
    """The fund's lines dated `start`..`end` with their running balance, carrying forward
    everything dated before `start` as the opening balance."""
    own = sorted((e for e in entries if e.fund_id == fund.id), key=entry_order)
    opening = sum(e.signed for e in own if e.date < start)
    balance = opening
    lines = []
    for e in own:
        if start <= e.date <= end:
            balance += e.signed
            lines.append(BookLine(e, balance))
    return CashBook(fund, start, end, opening, tuple(lines))


@dataclass(frozen=True)
class LoanState:
    """A loan with what was lent, repaid and is still owed (as of the day asked)."""

    loan: FundLoan
    lent_vnd: int
    lent_on: dt.date | None
    repaid_vnd: int

    @property
    def balance_vnd(self) -> int:
        return self.lent_vnd - self.repaid_vnd


def loan_states(
    loans: Iterable[FundLoan], entries: Sequence[FundEntry], day: dt.date | None = None
) -> list[LoanState]:
    """Each loan's amount, repayments and balance from its cash-book lines (up to `day`)."""
    states = []
    for loan in loans:
        own = [e for e in entries if e.loan_id == loan.id and (day is None or e.date <= day)]
        lent = [e for e in own if e.direction is Direction.OUT]
        states.append(
            LoanState(
                loan,
                sum(e.amount_vnd for e in lent),
                min((e.date for e in lent), default=None),
                sum(e.amount_vnd for e in own if e.direction is Direction.IN),
            )
        )
    return states


@dataclass(frozen=True)
class FundFigure:
    """One fund over a period: opening + in − out = closing."""

    fund_id: int
    name: str
    opening_vnd: int
    in_vnd: int
    out_vnd: int
    closing_vnd: int

    @property
    def reconciles(self) -> bool:
        return self.opening_vnd + self.in_vnd - self.out_vnd == self.closing_vnd


@dataclass(frozen=True)
class FundFigures:
    """Every fund over a period, their total, the total per member on the register at the end,
    contributions by member, and what members still owe the funds at the end."""

    start: dt.date
    end: dt.date
    funds: tuple[FundFigure, ...]
    members: int  # on the register at `end`
    contributions: dict[int, int] = field(default_factory=dict)  # member -> đồng in the window
    loans_outstanding_vnd: int = 0
    care_vnd: int = 0  # visits and gifts paid from the funds in the window
    care_members: int = 0  # members they went to

    @property
    def total_opening_vnd(self) -> int:
        return sum(f.opening_vnd for f in self.funds)

    @property
    def total_in_vnd(self) -> int:
        return sum(f.in_vnd for f in self.funds)

    @property
    def total_out_vnd(self) -> int:
        return sum(f.out_vnd for f in self.funds)

    @property
    def total_closing_vnd(self) -> int:
        return sum(f.closing_vnd for f in self.funds)

    @property
    def per_member_vnd(self) -> int | None:
        """The funds' closing total per member, rounded to the đồng (None with no member)."""
        if not self.members:
            return None
        return (2 * self.total_closing_vnd + self.members) // (2 * self.members)


def fund_figures(
    funds: Sequence[Fund],
    entries: Sequence[FundEntry],
    start: dt.date,
    end: dt.date,
    members: int,
    loans: Sequence[FundLoan] = (),
) -> FundFigures:
    figures = []
    for fund in funds:
        book = cash_book(fund, entries, start, end)
        figures.append(
            FundFigure(
                fund.id or 0,
                fund.name,
                book.opening_vnd,
                book.receipts_vnd,
                book.payments_vnd,
                book.closing_vnd,
            )
        )
    contributions: dict[int, int] = defaultdict(int)
    for e in entries:
        if e.kind is EntryKind.CONTRIBUTION and e.member_id is not None and start <= e.date <= end:
            contributions[e.member_id] += e.signed
    outstanding = sum(s.balance_vnd for s in loan_states(loans, entries, end))
    care = [e for e in entries if e.kind is EntryKind.CARE and start <= e.date <= end]
    return FundFigures(
        start,
        end,
        tuple(figures),
        members,
        dict(contributions),
        outstanding,
        sum(e.amount_vnd for e in care if e.direction is Direction.OUT),
        len({e.member_id for e in care if e.member_id is not None}),
    )
