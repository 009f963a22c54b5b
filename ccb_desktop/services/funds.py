"""User actions of the funds: create a fund, record receipts and payments, lend to a member and
record repayments; the cash books, loans and figures of a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ccb_desktop.db import funds as repo
from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import support as support_repo
from ccb_desktop.db import ward as ward_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.funds import (
    CashBook,
    Direction,
    EntryKind,
    Fund,
    FundEntry,
    FundFigures,
    FundLoan,
    LoanState,
    cash_book,
    fund_figures,
    loan_states,
)
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.register import MemberFilter, MemberSummary, StatusFilter
from ccb_desktop.domain.reports import on_register
from ccb_desktop.domain.support import MAX_AMOUNT_VND, SupportCase, format_vnd
from ccb_desktop.domain.validation import Issue
from ccb_desktop.errors import NotFoundError, ValidationError, error
from ccb_desktop.services.clock import Clock, SystemClock


def _issue(field: str, template: str, **values: object) -> Issue:
    return Issue(field, message("Validation", template, **values))


@dataclass(frozen=True)
class LoanRow:
    """A loan line: the state, the borrower and the fund's name."""

    state: LoanState
    member: MemberSummary
    fund_name: str


@dataclass(frozen=True)
class FundsOverview:
    """What the funds page shows for a period (see `FundService.overview`)."""

    funds: list[Fund]
    figures: FundFigures
    loans: list[LoanRow]
    names: dict[int, str]  # every member's full name by id
    contributions: list[tuple[MemberSummary, int]]


def _contributions(
    figures: FundFigures, everyone: dict[int, MemberSummary]
) -> list[tuple[MemberSummary, int]]:
    rows = [(everyone[i], amount) for i, amount in figures.contributions.items() if i in everyone]
    return sorted(rows, key=lambda r: (r[0].sort_key, r[0].id))


class FundService:
    """Fund actions, each one transaction recorded in the history (undo with Ctrl+Z)."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # Reading ---------------------------------------------------------------------------

    def _everyone(self) -> dict[int, MemberSummary]:
        rows = member_repo.list_members(self.db, MemberFilter(status=StatusFilter.ALL))
        return {m.id: m for m in rows}

    def funds(self) -> list[Fund]:
        """The funds; a ward file looked at whole: each named with its chi hội's name too
        (two chi hội may each keep a "Quỹ Hội", never the same fund)."""
        with storage_errors(self.db):
            found = repo.funds(self.db)
            if ward_repo.figured_apart(self.db) is None:
                return found
            owners = repo.chi_hoi_names_of_funds(self.db)
        return [replace(f, name=f"{f.name} ({owners.get(f.id or 0, '')})") for f in found]

    def fund(self, fund_id: int) -> Fund:
        found = next((f for f in self.funds() if f.id == fund_id), None)
        if found is None:
            raise error(NotFoundError, QT_TRANSLATE_NOOP("Errors", "This fund no longer exists."))
        return found

    def book(self, fund_id: int, start: dt.date, end: dt.date) -> CashBook:
        """A fund's cash book for a period, the balance brought forward first."""
        fund = self.fund(fund_id)
        with storage_errors(self.db):
            entries = repo.entries(self.db, "fund_id = ? AND date <= ?", [fund_id, end.isoformat()])
        return cash_book(fund, entries, start, end)

    def books(self, start: dt.date, end: dt.date) -> list[CashBook]:
        with storage_errors(self.db):
            funds = repo.funds(self.db)
            entries = repo.entries(self.db, "date <= ?", [end.isoformat()])
        return [cash_book(f, entries, start, end) for f in funds]

    def member_names(self) -> dict[int, str]:
        """Every member's full name by id (the cash book names members on its lines)."""
        with storage_errors(self.db):
            return {i: m.full_name for i, m in self._everyone().items()}

    def loans(self, day: dt.date | None = None, open_only: bool = False) -> list[LoanRow]:
        """Loans with what was lent, repaid and is owed (as of `day`), borrowers in order."""
        with storage_errors(self.db):
            everyone = self._everyone()
        return self._loans(everyone, day, open_only)

    def _loans(
        self,
        everyone: dict[int, MemberSummary],
        day: dt.date | None = None,
        open_only: bool = False,
    ) -> list[LoanRow]:
        with storage_errors(self.db):
            loans = repo.loans(self.db)
            entries = repo.entries(self.db, "loan_id IS NOT NULL")
            names = {f.id: f.name for f in repo.funds(self.db)}
        rows = [
            LoanRow(s, everyone[s.loan.member_id], names.get(s.loan.fund_id, ""))
            for s in loan_states(loans, entries, day)
            if s.loan.member_id in everyone and (not open_only or s.balance_vnd > 0)
        ]
        return sorted(rows, key=lambda r: (r.member.sort_key, r.member.id, r.state.loan.id or 0))

    def contributions(self, start: dt.date, end: dt.date) -> list[tuple[MemberSummary, int]]:
        """What each member contributed to the funds in the period, in official order."""
        figures = self.figures(start, end)
        with storage_errors(self.db):
            everyone = self._everyone()
        return _contributions(figures, everyone)

    def overview(self, start: dt.date, end: dt.date) -> FundsOverview:
        """The funds, their figures, the loans, the members' names and contributions of a
        period: what the funds page shows, over one reading of the members and of their
        memberships (each method alone reads them again; issue 22)."""
        with storage_errors(self.db):
            funds = repo.funds(self.db)
            everyone = self._everyone()
        figures = self.figures(start, end)
        return FundsOverview(
            funds,
            figures,
            self._loans(everyone),
            {i: m.full_name for i, m in everyone.items()},
            _contributions(figures, everyone),
        )

    def open_case_of(self, member_id: int) -> SupportCase | None:
        """The member's open support case, to which a loan to them is linked."""
        with storage_errors(self.db):
            cases = support_repo.fetch(self.db, SupportCase, "member_id = ?", [member_id])
        return next((c for c in reversed(cases) if c.status.is_open), None)

    def loans_of_case(self, case_id: int) -> list[LoanState]:
        """The fund loans linked to a support case (its window shows them beside its own)."""
        with storage_errors(self.db):
            loans = repo.loans(self.db, "case_id = ?", [case_id])
            entries = repo.entries(self.db, "loan_id IS NOT NULL")
        return loan_states(loans, entries)

    def figures(self, start: dt.date, end: dt.date) -> FundFigures:
        """Every fund's opening, receipts, payments and closing over a period, their total and
        total per member on the register at `end`, contributions per member and the loans
        outstanding at `end`. The one source of these figures (reports, year-end review)."""
        with storage_errors(self.db):
            funds = repo.funds(self.db)
            entries = repo.entries(self.db, "date <= ?", [end.isoformat()])
            loans = repo.loans(self.db)
            memberships = meeting_repo.memberships(self.db)
        members = sum(1 for m in memberships.values() if on_register(m, end))
        return fund_figures(funds, entries, start, end, members, loans)

    # Writing ---------------------------------------------------------------------------

    def _member(self, member_id: int) -> MemberSummary:
        member = self._everyone().get(member_id)
        if member is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists.")
            )
        return member

    def save_fund(self, fund: Fund) -> int:
        """Create a fund or rename it; names are unique."""
        name = " ".join(fund.name.split())
        with storage_errors(self.db):
            # A fund is one chi hội's: on a ward file looked at whole, choose it first.
            ward_repo.chi_hoi_for_new_record(self.db)
        if not name:
            raise ValidationError(
                [_issue("name", QT_TRANSLATE_NOOP("Validation", "Enter the fund's name."))]
            )
        with storage_errors(self.db):
            same = repo.fund_named(self.db, name)
        if same is not None and same != fund.id:
            raise ValidationError(
                [
                    _issue(
                        "name",
                        QT_TRANSLATE_NOOP("Validation", "A fund named {name} already exists."),
                        name=name,
                    )
                ]
            )
        template = (
            QT_TRANSLATE_NOOP("History", "Create the fund {name}")
            if fund.id is None
            else QT_TRANSLATE_NOOP("History", "Rename the fund {name}")
        )
        label = message("History", template, name=name)
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save_fund(self.db, replace(fund, name=name, note=fund.note.strip()))

    def _check_entry(self, entry: FundEntry) -> list[Issue]:
        issues = []
        if not 0 < entry.amount_vnd <= MAX_AMOUNT_VND:
            issues.append(_issue("amount", QT_TRANSLATE_NOOP("Validation", "Enter the amount.")))
        if entry.date > self.clock.today():
            issues.append(
                _issue("date", QT_TRANSLATE_NOOP("Validation", "The date is in the future."))
            )
        if not entry.content.strip():
            issues.append(
                _issue("content", QT_TRANSLATE_NOOP("Validation", "Enter what the money is for."))
            )
        if entry.kind is EntryKind.CONTRIBUTION and entry.member_id is None:
            issues.append(
                _issue(
                    "member",
                    QT_TRANSLATE_NOOP("Validation", "Choose the member who contributed."),
                )
            )
        return issues

    def _overdraws(self, entry: FundEntry) -> bool:
        """Whether a payment would take the fund below zero on any day from its date on."""
        with storage_errors(self.db):
            entries = [
                e for e in repo.entries(self.db, "fund_id = ?", [entry.fund_id]) if e.id != entry.id
            ]
        balance = 0
        for e in sorted([*entries, entry], key=lambda e: (e.date, e.direction is Direction.OUT)):
            balance += e.signed
            if balance < 0:
                return True
        return False

    def add_entry(self, entry: FundEntry) -> int:
        """Record a receipt or a payment of a fund (not a loan: see `lend`)."""
        fund = self.fund(entry.fund_id)
        issues = self._check_entry(entry)
        if not issues and entry.direction is Direction.OUT and self._overdraws(entry):
            issues.append(
                _issue(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The fund {fund} does not hold that much on that date."
                    ),
                    fund=fund.name,
                )
            )
        if issues:
            raise ValidationError(issues)
        template = (
            QT_TRANSLATE_NOOP("History", "Record a receipt of {amount} đồng in {fund}")
            if entry.direction is Direction.IN
            else QT_TRANSLATE_NOOP("History", "Record a payment of {amount} đồng from {fund}")
        )
        label = message("History", template, amount=format_vnd(entry.amount_vnd), fund=fund.name)
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save_entry(
                self.db,
                replace(entry, content=entry.content.strip(), voucher=entry.voucher.strip()),
            )

    def delete_entry(self, entry_id: int) -> None:
        """Remove a line entered by mistake (a loan's lines go with the loan)."""
        with storage_errors(self.db):
            found = repo.entries(self.db, "id = ?", [entry_id])
        if not found:
            raise error(NotFoundError, QT_TRANSLATE_NOOP("Errors", "This line no longer exists."))
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Delete the line {content} of {amount} đồng"),
            content=found[0].content,
            amount=format_vnd(found[0].amount_vnd),
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            if found[0].kind is EntryKind.LOAN and found[0].loan_id is not None:
                repo.delete_loan(self.db, found[0].loan_id)
            else:
                repo.delete_entry(self.db, entry_id)

    def lend(
        self,
        fund_id: int,
        member_id: int,
        amount_vnd: int,
        date: dt.date,
        purpose: str,
        voucher: str = "",
        due: dt.date | None = None,
    ) -> int:
        """Lend from a fund to a member: the loan and its "Chi" line in one action, linked to
        the member's open support case when there is one. Returns the loan's id."""
        fund = self.fund(fund_id)
        member = self._member(member_id)
        entry = FundEntry(
            fund_id,
            date,
            Direction.OUT,
            amount_vnd,
            f"Cho vay: {member.full_name}" + (f" ({purpose.strip()})" if purpose.strip() else ""),
            voucher.strip(),
            member_id,
            EntryKind.LOAN,
        )
        issues = self._check_entry(entry)
        if due is not None and due < date:
            issues.append(
                _issue("due", QT_TRANSLATE_NOOP("Validation", "The due date is before the loan."))
            )
        if not issues and self._overdraws(entry):
            issues.append(
                _issue(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The fund {fund} does not hold that much on that date."
                    ),
                    fund=fund.name,
                )
            )
        if issues:
            raise ValidationError(issues)
        case = self.open_case_of(member_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Lend {amount} đồng from {fund} to {name}"),
            amount=format_vnd(amount_vnd),
            fund=fund.name,
            name=member.full_name,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            loan_id = repo.save_loan(
                self.db,
                FundLoan(fund_id, member_id, purpose.strip(), due, case.id if case else None),
            )
            repo.save_entry(self.db, replace(entry, loan_id=loan_id))
        return loan_id

    def repay(self, loan_id: int, amount_vnd: int, date: dt.date, voucher: str = "") -> int:
        """Record a repayment of a loan: a "Thu" line of its fund; never more than is owed."""
        with storage_errors(self.db):
            loans = repo.loans(self.db, "id = ?", [loan_id])
            entries = repo.entries(self.db, "loan_id = ?", [loan_id])
        if not loans:
            raise error(NotFoundError, QT_TRANSLATE_NOOP("Errors", "This loan no longer exists."))
        state = loan_states(loans, entries)[0]
        member = self._member(state.loan.member_id)
        entry = FundEntry(
            state.loan.fund_id,
            date,
            Direction.IN,
            amount_vnd,
            f"Thu nợ vay: {member.full_name}",
            voucher.strip(),
            state.loan.member_id,
            EntryKind.REPAYMENT,
            loan_id,
        )
        issues = self._check_entry(entry)
        if amount_vnd > state.balance_vnd:
            issues.append(
                _issue(
                    "amount",
                    QT_TRANSLATE_NOOP("Validation", "Only {balance} đồng is still owed."),
                    balance=format_vnd(state.balance_vnd),
                )
            )
        if state.lent_on is not None and date < state.lent_on:
            issues.append(
                _issue("date", QT_TRANSLATE_NOOP("Validation", "The date is before the loan."))
            )
        if issues:
            raise ValidationError(issues)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record a repayment of {amount} đồng by {name}"),
            amount=format_vnd(amount_vnd),
            name=member.full_name,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save_entry(self.db, entry)
