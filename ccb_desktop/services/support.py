"""User actions of "Giúp nhau giảm nghèo": classify households, follow cases, record help,
loans and visits, and the figures for the ward."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import support as repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.register import MemberFilter, MemberSummary, StatusFilter
from ccb_desktop.domain.reports import member_during
from ccb_desktop.domain.support import (
    CaseStatus,
    Classification,
    HouseholdCategory,
    Loan,
    PovertyStandard,
    Support,
    SupportCase,
    Totals,
    Visit,
    YearFigures,
    closed_reason_kept,
    figures_between,
    follow_ups_due,
    standard_on,
    totals,
)
from ccb_desktop.domain.validation import Issue
from ccb_desktop.errors import NotFoundError, ValidationError, error
from ccb_desktop.services.clock import Clock, SystemClock

_CTX = "Validation"


@dataclass(frozen=True)
class CaseRow:
    """A line of the case list."""

    case: SupportCase
    member: MemberSummary
    category: Classification | None  # the household's latest classification
    last_visit: dt.date | None
    next_visit: dt.date | None
    money_vnd: int


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case, for its window."""

    case: SupportCase
    member: MemberSummary
    supports: list[Support]
    loans: list[Loan]
    visits: list[Visit]
    classifications: list[Classification]


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a case's history: help given, a loan or a visit, on its day."""

    date: dt.date
    entry: Support | Loan | Visit


@dataclass(frozen=True)
class DueVisit:
    visit: Visit
    case: SupportCase
    member: MemberSummary


@dataclass(frozen=True)
class YearSummary:
    figures: YearFigures
    totals: Totals
    standard: PovertyStandard | None
    escaped: list[MemberSummary]


def _issue(field: str, template: str, **values: object) -> Issue:
    return Issue(field, message(_CTX, template, **values))


class SupportService:
    """Poverty-support actions, each one transaction recorded in the history."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # Reading ---------------------------------------------------------------------------

    def _everyone(self) -> dict[int, MemberSummary]:
        rows = member_repo.list_members(self.db, MemberFilter(status=StatusFilter.ALL))
        return {m.id: m for m in rows}

    def standards(self) -> list[PovertyStandard]:
        with storage_errors(self.db):
            return repo.standards(self.db)

    def standard_on(self, day: dt.date) -> PovertyStandard | None:
        return standard_on(self.standards(), day)

    def classifications(self, year: int) -> list[tuple[MemberSummary, Classification]]:
        """The year's classified households, in official order."""
        with storage_errors(self.db):
            found = repo.fetch(self.db, Classification, "year = ?", [year])
            everyone = self._everyone()
        pairs = [(everyone[c.member_id], c) for c in found if c.member_id in everyone]
        return sorted(pairs, key=lambda p: (p[0].sort_key, p[0].id))

    def cases(
        self,
        status: CaseStatus | None = None,
        category: HouseholdCategory | None = None,
        open_only: bool = False,
        year: int | None = None,
    ) -> list[CaseRow]:
        """Cases with their household's classification (of `year`, else the latest), visits
        and money given; with a year, only cases opened by the end of that year."""
        with storage_errors(self.db):
            cases = repo.fetch(self.db, SupportCase)
            classes = repo.fetch(self.db, Classification)
            visits = repo.fetch(self.db, Visit)
            supports = repo.fetch(self.db, Support)
            everyone = self._everyone()
        latest_class: dict[int, Classification] = {}
        for c in classes:  # oldest first: the last one wins
            if year is None or c.year == year:
                latest_class[c.member_id] = c
        # Each case's visits and help by its id: one pass, not one pass per case (issue 22).
        last_visit: dict[int | None, Visit] = {}
        for v in visits:
            seen = last_visit.get(v.case_id)
            if seen is None or (v.date, v.id or 0) >= (seen.date, seen.id or 0):
                last_visit[v.case_id] = v
        given: dict[int | None, int] = {}
        for s in supports:
            given[s.case_id] = given.get(s.case_id, 0) + (s.amount_vnd or 0)
        rows = []
        for case in cases:
            if case.member_id not in everyone:
                continue
            if status is not None and case.status is not status:
                continue
            if open_only and not case.status.is_open:
                continue
            if year is not None and case.opened.year > year:
                continue
            klass = latest_class.get(case.member_id)
            if category is not None and (klass is None or klass.category is not category):
                continue
            last = last_visit.get(case.id)
            rows.append(
                CaseRow(
                    case,
                    everyone[case.member_id],
                    klass,
                    last.date if last else None,
                    last.next_visit if last else None,
                    given.get(case.id, 0),
                )
            )
        return sorted(rows, key=lambda r: (r.member.sort_key, r.case.opened))

    def detail(self, case_id: int) -> CaseDetail:
        with storage_errors(self.db):
            found = repo.fetch(self.db, SupportCase, "id = ?", [case_id])
            if not found:
                raise error(
                    NotFoundError,
                    QT_TRANSLATE_NOOP("Errors", "This support case no longer exists."),
                )
            case = found[0]
            everyone = self._everyone()
            return CaseDetail(
                case,
                everyone[case.member_id],
                repo.fetch(self.db, Support, "case_id = ?", [case_id]),
                repo.fetch(self.db, Loan, "case_id = ?", [case_id]),
                repo.fetch(self.db, Visit, "case_id = ?", [case_id]),
                repo.fetch(self.db, Classification, "member_id = ?", [case.member_id]),
            )

    def timeline(self, case_id: int) -> list[TimelineEntry]:
        """Help, loans and visits of a case, newest first (same day: help, loans, visits)."""
        detail = self.detail(case_id)
        entries = [TimelineEntry(s.date, s) for s in detail.supports]
        entries += [TimelineEntry(loan.disbursed, loan) for loan in detail.loans]
        entries += [TimelineEntry(visit.date, visit) for visit in detail.visits]
        # A stable sort: entries of the same day keep the order above.
        return sorted(entries, key=lambda line: line.date, reverse=True)

    def due_visits(self, horizon_days: int = 7) -> list[DueVisit]:
        """Follow-ups due this week or overdue, for open cases (Đến hạn thăm)."""
        with storage_errors(self.db):
            cases = {c.id: c for c in repo.fetch(self.db, SupportCase) if c.id is not None}
            visits = repo.fetch(self.db, Visit)
            everyone = self._everyone()
        open_ids = {i for i, c in cases.items() if c.status.is_open}
        due = follow_ups_due(visits, open_ids, self.clock.today(), horizon_days)
        return [
            DueVisit(v, cases[v.case_id], everyone[cases[v.case_id].member_id])
            for v in due
            if cases[v.case_id].member_id in everyone
        ]

    def figures(self, start: dt.date, end: dt.date) -> YearFigures:
        """The support figures of a period: poor and near-poor households at its start and
        end, escaped, newly poor and fallen back, counting the households of members who were
        members during it. The one source of these figures: the support tab's year summary
        and the support report both read them here."""
        with storage_errors(self.db):
            classes = repo.fetch(self.db, Classification)
            memberships = meeting_repo.memberships(self.db)
        in_period = {i for i, ms in memberships.items() if member_during(ms, start, end)}
        return figures_between(
            [c for c in classes if c.member_id in in_period], start.year, end.year
        )

    def year_summary(self, year: int) -> YearSummary:
        """The year's figures, help by kind and source, and the standard that applied."""
        with storage_errors(self.db):
            supports = repo.fetch(self.db, Support)
            everyone = self._everyone()
        figures = self.figures(dt.date(year, 1, 1), dt.date(year, 12, 31))
        return YearSummary(
            figures,
            totals(supports, dt.date(year, 1, 1), dt.date(year, 12, 31)),
            self.standard_on(dt.date(year, 12, 31)),
            [everyone[i] for i in figures.escaped_members if i in everyone],
        )

    def situation(self, member_id: int) -> tuple[Classification | None, SupportCase | None]:
        """A member's latest household classification and open case (for their record)."""
        with storage_errors(self.db):
            classes = repo.fetch(self.db, Classification, "member_id = ?", [member_id])
            cases = repo.fetch(self.db, SupportCase, "member_id = ?", [member_id])
        open_case = next((c for c in reversed(cases) if c.status.is_open), None)
        return (classes[-1] if classes else None), open_case

    # Writing ---------------------------------------------------------------------------

    def _member(self, member_id: int) -> MemberSummary:
        member = self._everyone().get(member_id)
        if member is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists.")
            )
        return member

    def classify(self, klass: Classification) -> int:
        """Record (or correct) a household's classification for a year."""
        today = self.clock.today()
        issues = []
        if not 1990 <= klass.year <= today.year + 1:
            issues.append(
                _issue(
                    "year",
                    QT_TRANSLATE_NOOP("Validation", "The year must be between 1990 and next year."),
                )
            )
        if klass.decision_date is not None and klass.decision_date > today:
            issues.append(
                _issue(
                    "decision_date",
                    QT_TRANSLATE_NOOP("Validation", "The decision date is in the future."),
                )
            )
        if issues:
            raise ValidationError(issues)
        member = self._member(klass.member_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Classify the household of {name} for {year}"),
            name=member.full_name,
            year=klass.year,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            existing = repo.classification_of(self.db, klass.member_id, klass.year)
            if existing is not None and klass.id is None:
                klass = replace(klass, id=existing.id)
            return repo.save(
                self.db, replace(klass, decision=klass.decision.strip(), note=klass.note.strip())
            )

    def open_case(self, case: SupportCase) -> int:
        """Open a case for a member household; refused while it already has an open one."""
        member = self._member(case.member_id)
        _, open_case = self.situation(case.member_id)
        if open_case is not None and case.id is None:
            raise ValidationError(
                [
                    _issue(
                        "member",
                        QT_TRANSLATE_NOOP("Validation", "{name} already has an open support case."),
                        name=member.full_name,
                    )
                ]
            )
        return self.save_case(case)

    def save_case(self, case: SupportCase) -> int:
        member = self._member(case.member_id)
        issues = []
        if case.opened > self.clock.today():
            issues.append(
                _issue(
                    "opened", QT_TRANSLATE_NOOP("Validation", "The opening date is in the future.")
                )
            )
        if case.status is CaseStatus.ESCAPED and not case.escaped_year:
            issues.append(
                _issue(
                    "escaped_year",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Enter the year the household escaped poverty."
                    ),
                )
            )
        if issues:
            raise ValidationError(issues)
        template = (
            QT_TRANSLATE_NOOP("History", "Open a support case for {name}")
            if case.id is None
            else QT_TRANSLATE_NOOP("History", "Update the support case of {name}")
        )
        label = message("History", template, name=member.full_name)
        cleaned = replace(
            case,
            cause=case.cause.strip(),
            plan=case.plan.strip(),
            closed_reason=closed_reason_kept(case.status, case.closed_reason),
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save(self.db, cleaned)

    def add_support(self, support: Support) -> int:
        """Record help given. Money, work days or goods: at least one, none negative."""
        issues = []
        if support.date > self.clock.today():
            issues.append(
                _issue("date", QT_TRANSLATE_NOOP("Validation", "The date is in the future."))
            )
        if not (support.amount_vnd or support.work_days or support.goods.strip()):
            issues.append(
                _issue(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Enter an amount, work days or the goods given."
                    ),
                )
            )
        if (support.amount_vnd or 0) < 0 or (support.work_days or 0) < 0:
            issues.append(
                _issue("amount", QT_TRANSLATE_NOOP("Validation", "An amount cannot be negative."))
            )
        if support.work_days is not None and support.work_days > 10000:
            issues.append(
                _issue(
                    "work_days",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Too many work days for one entry: check the digits."
                    ),
                )
            )
        if issues:
            raise ValidationError(issues)
        detail = self.detail(support.case_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record help for {name}: {kind}"),
            name=detail.member.full_name,
            kind=support.kind.label,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save(
                self.db, replace(support, goods=support.goods.strip(), note=support.note.strip())
            )

    def save_loan(self, loan: Loan) -> int:
        """Record a loan, or its balance as of a date."""
        issues = []
        if loan.amount_vnd <= 0:
            issues.append(
                _issue("amount", QT_TRANSLATE_NOOP("Validation", "Enter the amount lent."))
            )
        if loan.outstanding_vnd < 0 or loan.overdue_vnd < 0:
            issues.append(
                _issue(
                    "outstanding", QT_TRANSLATE_NOOP("Validation", "An amount cannot be negative.")
                )
            )
        if loan.outstanding_vnd > loan.amount_vnd or loan.overdue_vnd > loan.outstanding_vnd:
            issues.append(
                _issue(
                    "outstanding",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The overdue part cannot exceed the balance, nor the balance the loan.",
                    ),
                )
            )
        if loan.disbursed > self.clock.today():
            issues.append(
                _issue("disbursed", QT_TRANSLATE_NOOP("Validation", "The date is in the future."))
            )
        if issues:
            raise ValidationError(issues)
        detail = self.detail(loan.case_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record a loan for {name}"),
            name=detail.member.full_name,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save(self.db, replace(loan, purpose=loan.purpose.strip()))

    def add_visit(self, visit: Visit) -> int:
        issues = []
        if visit.date > self.clock.today():
            issues.append(
                _issue("date", QT_TRANSLATE_NOOP("Validation", "The date is in the future."))
            )
        if visit.next_visit is not None and visit.next_visit < visit.date:
            issues.append(
                _issue(
                    "next_visit",
                    QT_TRANSLATE_NOOP("Validation", "The next visit is before this one."),
                )
            )
        if issues:
            raise ValidationError(issues)
        detail = self.detail(visit.case_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record a visit to {name}"),
            name=detail.member.full_name,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save(
                self.db,
                replace(visit, note=visit.note.strip(), visited_by=visit.visited_by.strip()),
            )
