"""User actions of hội phí: rates, exemptions, payments (several periods and members at once),
arrears, the twelve-month prompt list, remittances to the ward, and the figures of a period."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from ccb_desktop.db import dues as repo
from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import ward as ward_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.dues import (
    Arrear,
    DuesFigures,
    DuesRate,
    Exemption,
    Lapsed,
    Payment,
    Period,
    Remittance,
    arrears,
    exempt_in,
    lapsed_members,
    owes,
    paid_by_period,
    periods_between,
    periods_of_year,
    rate_on,
    ward_share_due,
)
from ccb_desktop.domain.meetings import Mark, twelve_months_before
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.register import MemberFilter, MemberSummary, StatusFilter
from ccb_desktop.domain.reports import member_during
from ccb_desktop.domain.support import MAX_AMOUNT_VND, format_vnd
from ccb_desktop.domain.validation import Issue
from ccb_desktop.errors import NotFoundError, ValidationError, error
from ccb_desktop.services.clock import Clock, SystemClock

_T = TypeVar("_T")
_Row = TypeVar("_Row", "ArrearRow", "LapsedRow")  # a row naming its member
_PERIOD_KEY = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


def _issue(field: str, template: str, **values: object) -> Issue:
    return Issue(field, message("Validation", template, **values))


@dataclass(frozen=True)
class Cell:
    """One member × period square of the grid."""

    period: Period
    owed: bool  # a member that period and not exempt
    paid_vnd: int
    exemption: Exemption | None

    @property
    def settled(self) -> bool:
        return self.paid_vnd >= self.period.rate.amount_vnd


@dataclass(frozen=True)
class GridRow:
    member: MemberSummary
    cells: tuple[Cell, ...]

    @property
    def paid_vnd(self) -> int:
        return sum(c.paid_vnd for c in self.cells)


@dataclass(frozen=True)
class DuesGrid:
    """The year's members × periods, in official order."""

    year: int
    periods: tuple[Period, ...]
    rows: tuple[GridRow, ...]

    @property
    def paid_vnd(self) -> int:
        return sum(r.paid_vnd for r in self.rows)


@dataclass(frozen=True)
class ArrearRow:
    member: MemberSummary
    arrear: Arrear


@dataclass(frozen=True)
class LapsedRow:
    member: MemberSummary
    lapsed: Lapsed


@dataclass(frozen=True)
class WardAccount:
    """What is owed to the ward from the dues collected, what was sent, what is still to send."""

    share_due_vnd: int
    remitted_vnd: int
    remittances: tuple[Remittance, ...]

    @property
    def to_send_vnd(self) -> int:
        return self.share_due_vnd - self.remitted_vnd


class DuesService:
    """Hội phí actions, each one transaction recorded in the history (undo with Ctrl+Z)."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    # Reading ---------------------------------------------------------------------------

    def _everyone(self) -> dict[int, MemberSummary]:
        rows = member_repo.list_members(self.db, MemberFilter(status=StatusFilter.ALL))
        return {m.id: m for m in rows}

    def _each_chi_hoi(self, read: Callable[[], _T]) -> list[_T] | None:
        """A ward file looked at whole: `read` once per chi hội, looking at it alone (each
        chi hội's dues by its own rates, never mixed); otherwise None."""
        with storage_errors(self.db):
            apart = ward_repo.figured_apart(self.db)
        if apart is None:
            return None
        found = []
        for chi_hoi_id in apart:
            with ward_repo.scoped(self.db, chi_hoi_id):
                found.append(read())
        return found

    def rates(self) -> list[DuesRate]:
        with storage_errors(self.db):
            return repo.rates(self.db)

    def rate_on(self, day: dt.date) -> DuesRate | None:
        """The rate in force on `day`; a ward file looked at whole: the chi hội's common
        rate, None when they differ (no one rate is the ward's)."""
        apart = self._each_chi_hoi(lambda: rate_on(self.rates(), day))
        if apart is None:
            return rate_on(self.rates(), day)
        kinds = {(r.amount_vnd, r.cycle, r.ward_share_vnd) for r in apart if r is not None}
        return next((r for r in apart if r is not None), None) if len(kinds) == 1 else None

    def exemptions(self, member_id: int | None = None) -> list[tuple[MemberSummary, Exemption]]:
        with storage_errors(self.db):
            found = repo.exemptions(self.db, member_id)
            everyone = self._everyone()
        pairs = [(everyone[e.member_id], e) for e in found if e.member_id in everyone]
        return sorted(pairs, key=lambda p: (p[0].sort_key, p[0].id, p[1].start))

    def periods(self, year: int) -> list[Period]:
        return periods_of_year(self.rates(), year)

    def period(self, key: str) -> Period | None:
        """The period with this key, if a rate makes it."""
        found = _PERIOD_KEY.match(key)
        if not found:
            return None
        return next((p for p in self.periods(int(found.group(1))) if p.key == key), None)

    def grid(self, year: int) -> DuesGrid:
        """Members on the register some day of the year × the year's periods. A ward file
        looked at whole: every chi hội's rows, each by its own rates, under the periods of
        all of them (a chi hội paying by quarter owes nothing in a month's column)."""
        grids = self._each_chi_hoi(lambda: self._grid(year))
        if grids is None:
            return self._grid(year)
        periods: dict[str, Period] = {}
        for g in grids:
            for p in g.periods:
                periods.setdefault(p.key, p)
        ordered = sorted(periods.values(), key=lambda p: (p.start, p.end, p.key))
        rows = []
        for g in grids:
            for r in g.rows:
                cells = {c.period.key: c for c in r.cells}
                rows.append(
                    GridRow(
                        r.member,
                        tuple(cells.get(p.key) or Cell(p, False, 0, None) for p in ordered),
                    )
                )
        rows.sort(key=lambda r: (r.member.sort_key, r.member.id))
        return DuesGrid(year, tuple(ordered), tuple(rows))

    def _grid(self, year: int) -> DuesGrid:
        with storage_errors(self.db):
            rates = repo.rates(self.db)
            memberships = meeting_repo.memberships(self.db)
            exemptions = repo.exemptions(self.db)
            paid = paid_by_period(repo.payments(self.db, "period LIKE ?", [f"{year}%"]))
            everyone = self._everyone()
        periods = periods_of_year(rates, year)
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        by_member: dict[int, list[Exemption]] = defaultdict(list)
        for e in exemptions:
            by_member[e.member_id].append(e)
        rows = []
        for member_id, membership in memberships.items():
            member = everyone.get(member_id)
            if member is None or not member_during(membership, start, end):
                continue
            own = by_member[member_id]
            cells = tuple(
                Cell(
                    p,
                    owes(membership, own, p),
                    paid.get((member_id, p.key), 0),
                    exempt_in(own, p),
                )
                for p in periods
            )
            rows.append(GridRow(member, cells))
        rows.sort(key=lambda r: (r.member.sort_key, r.member.id))
        return DuesGrid(year, tuple(periods), tuple(rows))

    def payments(self, member_id: int | None = None, period: str | None = None) -> list[Payment]:
        where: list[str] = ["1"]
        params: list[object] = []
        if member_id is not None:
            where.append("member_id = ?")
            params.append(member_id)
        if period is not None:
            where.append("period = ?")
            params.append(period)
        with storage_errors(self.db):
            return repo.payments(self.db, " AND ".join(where), params)

    def _periods_until(self, rates: list[DuesRate], day: dt.date) -> list[Period]:
        if not rates:
            return []
        return periods_between(rates, rates[0].valid_from, day)

    def arrears(self, day: dt.date | None = None) -> list[ArrearRow]:
        """Who owes what, up to `day` (today), in official order."""
        return self._by_member(lambda: self._arrears(day))

    def _by_member(self, read: Callable[[], list[_Row]]) -> list[_Row]:
        """`read`'s rows, of the file or of each chi hội of a whole ward, in official order."""
        apart = self._each_chi_hoi(read)
        rows = read() if apart is None else [r for found in apart for r in found]
        return sorted(rows, key=lambda r: (r.member.sort_key, r.member.id))

    def _arrears(self, day: dt.date | None) -> list[ArrearRow]:
        day = day or self.clock.today()
        with storage_errors(self.db):
            rates = repo.rates(self.db)
            memberships = meeting_repo.memberships(self.db)
            exemptions = repo.exemptions(self.db)
            payments = repo.payments(self.db)
            everyone = self._everyone()
        found = arrears(self._periods_until(rates, day), memberships, exemptions, payments, day)
        rows = [ArrearRow(everyone[a.member_id], a) for a in found if a.member_id in everyone]
        return sorted(rows, key=lambda r: (r.member.sort_key, r.member.id))

    def lapsed(self, day: dt.date | None = None) -> list[LapsedRow]:
        """Members who have neither attended (Có mặt) nor paid for twelve months up to `day`:
        a prompt for the chi hội (Điều lệ Điều 10.3); no status is ever changed here."""
        return self._by_member(lambda: self._lapsed(day))

    def _lapsed(self, day: dt.date | None) -> list[LapsedRow]:
        day = day or self.clock.today()
        since = twelve_months_before(day)
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
            attended = repo.last_present(self.db, day)
            paid = repo.last_paid(self.db, day)
            exemptions = repo.exemptions(self.db)
            everyone = self._everyone()
        found = lapsed_members(memberships, attended, paid, exemptions, since, day)
        rows = [LapsedRow(everyone[x.member_id], x) for x in found if x.member_id in everyone]
        return sorted(rows, key=lambda r: (r.member.sort_key, r.member.id))

    def ward_account(self) -> WardAccount:
        """The ward's share of all dues collected, what was sent up, and what is left to send
        (a ward file looked at whole: every chi hội's, added up; its remittances are what
        the ward received, as each chi hội recorded sending them)."""
        apart = self._each_chi_hoi(self._ward_account)
        if apart is None:
            return self._ward_account()
        with storage_errors(self.db):
            names = [c.name for c in ward_repo.all_chi_hoi(self.db)]  # figured_apart's order
        # Each line says which chi hội sent it (its note after the name).
        sent = [
            replace(r, note=f"{name}: {r.note}" if r.note else name)
            for name, a in zip(names, apart, strict=True)
            for r in a.remittances
        ]
        return WardAccount(
            sum(a.share_due_vnd for a in apart),
            sum(a.remitted_vnd for a in apart),
            tuple(sorted(sent, key=lambda r: (r.date, r.note))),
        )

    def _ward_account(self) -> WardAccount:
        with storage_errors(self.db):
            rates = repo.rates(self.db)
            payments = repo.payments(self.db)
            remittances = repo.remittances(self.db)
        years = sorted({int(p.period[:4]) for p in payments})
        periods = [p for y in years for p in periods_of_year(rates, y)]
        return WardAccount(
            ward_share_due(periods, payments),
            sum(r.amount_vnd for r in remittances),
            tuple(remittances),
        )

    def present_at(self, meeting_id: int) -> list[int]:
        """The members marked "Có mặt" at a meeting (to collect hội phí from its sheet)."""
        with storage_errors(self.db):
            marks = meeting_repo.marks_for(self.db, [meeting_id]).get(meeting_id, {})
        return [member_id for member_id, m in marks.items() if m.mark is Mark.PRESENT]

    def figures(self, start: dt.date, end: dt.date) -> DuesFigures:
        """The dues of a period for the year-end review and the summary: collected and remitted
        (by date), the ward's share of the periods begun in it, members who paid, and members
        owing for those periods as of `end`. The one source of these figures. A ward file
        looked at whole: each chi hội's figures by its own rates, added up."""
        apart = self._each_chi_hoi(lambda: self._figures(start, end))
        if apart is None:
            return self._figures(start, end)
        by_member: dict[int, int] = {}
        for f in apart:
            by_member.update(f.by_member)  # a member is one chi hội's
        return DuesFigures(
            start,
            end,
            sum(f.collected_vnd for f in apart),
            sum(f.remitted_vnd for f in apart),
            sum(f.share_due_vnd for f in apart),
            sum(f.members_paid for f in apart),
            sum(f.members_owing for f in apart),
            sum(f.owed_vnd for f in apart),
            by_member,
            # What the chi hội still have to send, each by its own account: one that sent
            # ahead does not pay another's share (its surplus stays its own).
            sum(f.still_to_send_vnd for f in apart),
        )

    def _figures(self, start: dt.date, end: dt.date) -> DuesFigures:
        with storage_errors(self.db):
            rates = repo.rates(self.db)
            memberships = meeting_repo.memberships(self.db)
            exemptions = repo.exemptions(self.db)
            payments = repo.payments(self.db)
            remittances = repo.remittances(self.db)
        in_window = [p for p in payments if start <= p.paid_on <= end]
        by_member: dict[int, int] = defaultdict(int)
        for p in in_window:
            by_member[p.member_id] += p.amount_vnd
        periods = [p for p in periods_between(rates, start, end) if start <= p.start <= end]
        keys = {p.key for p in periods}
        owing = arrears(periods, memberships, exemptions, payments, end)
        paid_by_end = [p for p in payments if p.paid_on <= end]
        years = sorted({int(p.period[:4]) for p in paid_by_end})
        every_period = [p for y in years for p in periods_of_year(rates, y)]
        owed_to_ward = ward_share_due(every_period, paid_by_end) - sum(
            r.amount_vnd for r in remittances if r.date <= end
        )
        return DuesFigures(
            start,
            end,
            sum(p.amount_vnd for p in in_window),
            sum(r.amount_vnd for r in remittances if start <= r.date <= end),
            ward_share_due(periods, [p for p in payments if p.period in keys]),
            len(by_member),
            len(owing),
            sum(a.total_vnd for a in owing),
            dict(by_member),
            owed_to_ward,
        )

    # Writing ---------------------------------------------------------------------------

    def _member(self, member_id: int) -> MemberSummary:
        member = self._everyone().get(member_id)
        if member is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists.")
            )
        return member

    def save_rate(self, rate: DuesRate) -> int:
        """Set the rate in force from a date (one rate per "from" date: the same date replaces
        it). No amount is built in: the unit enters its Hội's regulation."""
        issues = []
        if not 0 < rate.amount_vnd <= MAX_AMOUNT_VND:
            issues.append(
                _issue("amount", QT_TRANSLATE_NOOP("Validation", "Enter the amount per period."))
            )
        if not 0 <= rate.ward_share_vnd <= rate.amount_vnd:
            issues.append(
                _issue(
                    "ward_share",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The share sent to the ward cannot exceed the amount."
                    ),
                )
            )
        if issues:
            raise ValidationError(issues)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Set the dues rate from {date}: {amount} đồng"),
            date=f"{rate.valid_from:%d/%m/%Y}",
            amount=format_vnd(rate.amount_vnd),
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            same_day = repo.rate_from(self.db, rate.valid_from)
            if rate.id is None and same_day is not None:
                rate = replace(rate, id=same_day)
            return repo.save_rate(self.db, replace(rate, note=rate.note.strip()))

    def delete_rate(self, rate_id: int) -> None:
        label = message("History", QT_TRANSLATE_NOOP("History", "Delete a dues rate"))
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.delete(self.db, "dues_rates", rate_id)

    def add_exemption(self, exemption: Exemption) -> int:
        """Excuse a member from hội phí between two dates, with the reason."""
        member = self._member(exemption.member_id)
        issues = []
        if not exemption.reason.strip():
            issues.append(_issue("reason", QT_TRANSLATE_NOOP("Validation", "Enter the reason.")))
        if exemption.end is not None and exemption.end < exemption.start:
            issues.append(
                _issue("end", QT_TRANSLATE_NOOP("Validation", "The end date is before the start."))
            )
        if issues:
            raise ValidationError(issues)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Exempt {name} from dues"),
            name=member.full_name,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save_exemption(self.db, replace(exemption, reason=exemption.reason.strip()))

    def delete_exemption(self, exemption_id: int) -> None:
        label = message("History", QT_TRANSLATE_NOOP("History", "Delete a dues exemption"))
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.delete(self.db, "dues_exemptions", exemption_id)

    def record_payments(
        self,
        member_ids: list[int],
        period_keys: list[str],
        paid_on: dt.date,
        receipt: str = "",
        amount_vnd: int | None = None,
    ) -> int:
        """Mark paid: every member given × every period given, in one action. Each period is
        paid its rate less what was already paid (or `amount_vnd` each, when given). Periods
        ahead (paid in advance) are allowed; periods already paid, exempt or with no rate are
        refused by name. Returns the number of payments recorded."""
        with storage_errors(self.db):
            # A ward file looked at whole holds several chi hội's rates: periods are a chi
            # hội's, so the secretary first chooses it (refused, nothing written).
            ward_repo.chi_hoi_for_new_record(self.db)
        issues = []
        if not member_ids or not period_keys:
            issues.append(
                _issue(
                    "cells",
                    QT_TRANSLATE_NOOP("Validation", "Choose at least one member and one period."),
                )
            )
        if paid_on > self.clock.today():
            issues.append(
                _issue("date", QT_TRANSLATE_NOOP("Validation", "The date is in the future."))
            )
        if amount_vnd is not None and not 0 < amount_vnd <= MAX_AMOUNT_VND:
            issues.append(
                _issue("amount", QT_TRANSLATE_NOOP("Validation", "Enter the amount per period."))
            )
        periods: dict[str, Period] = {}
        for key in dict.fromkeys(period_keys):
            found = self.period(key)
            if found is None:
                issues.append(
                    _issue(
                        "period",
                        QT_TRANSLATE_NOOP("Validation", "No dues rate applies to period {period}."),
                        period=key,
                    )
                )
            else:
                periods[key] = found
        if issues:
            raise ValidationError(issues)
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
            everyone = self._everyone()
            exemptions = repo.exemptions(self.db)
            paid = paid_by_period(repo.payments(self.db))
        new: list[Payment] = []
        for member_id in dict.fromkeys(member_ids):
            member = everyone.get(member_id)
            if member is None:
                raise error(
                    NotFoundError,
                    QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists."),
                )
            own = [e for e in exemptions if e.member_id == member_id]
            for period in periods.values():
                already = paid.get((member_id, period.key), 0)
                if exempt_in(own, period) is not None:
                    template = QT_TRANSLATE_NOOP(
                        "Validation", "{name} is exempt from dues for {period}."
                    )
                elif not member_during(memberships[member_id], period.start, period.end):
                    template = QT_TRANSLATE_NOOP(
                        "Validation", "{name} was not a member during {period}."
                    )
                elif amount_vnd is None and already >= period.rate.amount_vnd:
                    template = QT_TRANSLATE_NOOP(
                        "Validation", "{name} has already paid for {period}."
                    )
                else:
                    amount = amount_vnd or period.rate.amount_vnd - already
                    new.append(Payment(member_id, period.key, amount, paid_on, receipt.strip()))
                    continue
                issues.append(_issue("cells", template, name=member.full_name, period=period.label))
        if issues:
            raise ValidationError(issues)
        names = [everyone[i].full_name for i in dict.fromkeys(member_ids)]
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record dues paid by {names} ({count} period(s))"),
            names=", ".join(names[:3]) + ("…" if len(names) > 3 else ""),
            count=len(new),
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            for payment in new:
                repo.insert_payment(self.db, payment)
        return len(new)

    def cancel_payments(self, member_id: int, period_keys: list[str]) -> int:
        """Take back the payments recorded for a member's periods (a mistake); returns how
        many were removed. Undo brings them back."""
        member = self._member(member_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Cancel dues recorded for {name}"),
            name=member.full_name,
        )
        count = 0
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            for key in period_keys:
                for p in repo.payments(self.db, "member_id = ? AND period = ?", [member_id, key]):
                    repo.delete(self.db, "dues_payments", p.id or 0)
                    count += 1
        return count

    def add_remittance(self, remittance: Remittance) -> int:
        """Record money passed up to the ward, with the periods it covers."""
        issues = []
        if not 0 < remittance.amount_vnd <= MAX_AMOUNT_VND:
            issues.append(_issue("amount", QT_TRANSLATE_NOOP("Validation", "Enter the amount.")))
        if remittance.date > self.clock.today():
            issues.append(
                _issue("date", QT_TRANSLATE_NOOP("Validation", "The date is in the future."))
            )
        first, last = self.period(remittance.first_period), self.period(remittance.last_period)
        for key, found in ((remittance.first_period, first), (remittance.last_period, last)):
            if found is None:
                issues.append(
                    _issue(
                        "period",
                        QT_TRANSLATE_NOOP("Validation", "No dues rate applies to period {period}."),
                        period=key,
                    )
                )
        if first is not None and last is not None and last.start < first.start:
            issues.append(
                _issue(
                    "period",
                    QT_TRANSLATE_NOOP("Validation", "The last period is before the first."),
                )
            )
        if issues:
            raise ValidationError(issues)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record {amount} đồng sent to the ward"),
            amount=format_vnd(remittance.amount_vnd),
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            return repo.save_remittance(
                self.db,
                replace(
                    remittance, voucher=remittance.voucher.strip(), note=remittance.note.strip()
                ),
            )

    def delete_remittance(self, remittance_id: int) -> None:
        label = message("History", QT_TRANSLATE_NOOP("History", "Delete a remittance to the ward"))
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.delete(self.db, "dues_remittances", remittance_id)
