"""Hội phí: dated rates and their cycle, the periods they make, exemptions, payments, arrears,
remittances to the ward and the twelve-month prompt list (pure rules, no storage)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ccb_desktop.domain.meetings import Membership
from ccb_desktop.domain.reports import member_during, on_register
from ccb_desktop.domain.vocabulary import Status


class Cycle(StrEnum):
    """How often hội phí is due (set by the unit from the Hội's regulation)."""

    MONTHLY = "thang"
    QUARTERLY = "quy"
    YEARLY = "nam"

    @property
    def label(self) -> str:
        return {Cycle.MONTHLY: "Hằng tháng", Cycle.QUARTERLY: "Hằng quý", Cycle.YEARLY: "Hằng năm"}[
            self
        ]


@dataclass(frozen=True)
class DuesRate:
    """The rate in force from `valid_from` until the next rate: amount per period, the cycle,
    and how much of each period's amount is passed up to the ward (đồng, exact)."""

    valid_from: dt.date
    amount_vnd: int
    cycle: Cycle
    ward_share_vnd: int = 0
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Exemption:
    """A member excused from hội phí from `start` to `end` (open-ended when None)."""

    member_id: int
    start: dt.date
    reason: str
    end: dt.date | None = None
    id: int | None = None

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= end and (self.end is None or self.end >= start)


@dataclass(frozen=True)
class Payment:
    """Money a member paid for one period (several periods: one row each)."""

    member_id: int
    period: str  # the period's key: '2026-03', '2026-Q1' or '2026'
    amount_vnd: int
    paid_on: dt.date
    receipt: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Remittance:
    """Money passed up to the ward on a date, for the periods `first_period`..`last_period`."""

    date: dt.date
    amount_vnd: int
    first_period: str
    last_period: str
    voucher: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Period:
    """One dues period: its key, its days and the rate in force at its start."""

    key: str
    start: dt.date
    end: dt.date
    rate: DuesRate

    @property
    def label(self) -> str:
        """'T3/2026', 'Quý 1/2026' or 'Năm 2026' (how the paper book heads its columns)."""
        if self.rate.cycle is Cycle.MONTHLY:
            return f"T{self.start.month}/{self.start.year}"
        if self.rate.cycle is Cycle.QUARTERLY:
            return f"Quý {(self.start.month - 1) // 3 + 1}/{self.start.year}"
        return f"Năm {self.start.year}"

    @property
    def short_label(self) -> str:
        """The grid's column heading: 'T3', 'Q1' or the year."""
        if self.rate.cycle is Cycle.MONTHLY:
            return f"T{self.start.month}"
        if self.rate.cycle is Cycle.QUARTERLY:
            return f"Q{(self.start.month - 1) // 3 + 1}"
        return str(self.start.year)


def rate_on(rates: Iterable[DuesRate], day: dt.date) -> DuesRate | None:
    """The rate in force on `day`: the latest whose "from" date is not after it."""
    found = [r for r in rates if r.valid_from <= day]
    return max(found, key=lambda r: (r.valid_from, r.id or 0)) if found else None


def _calendar_period(cycle: Cycle, day: dt.date) -> tuple[str, dt.date, dt.date]:
    """The calendar month, quarter or year of `cycle` holding `day`: key, first and last day."""
    if cycle is Cycle.MONTHLY:
        first = day.replace(day=1)
        key = f"{day.year}-{day.month:02d}"
        months = 1
    elif cycle is Cycle.QUARTERLY:
        first = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        key = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        months = 3
    else:
        return str(day.year), dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    month = first.month + months
    after = dt.date(first.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return key, first, after - dt.timedelta(days=1)


def periods_between(rates: Sequence[DuesRate], start: dt.date, end: dt.date) -> list[Period]:
    """The dues periods overlapping `start`..`end`, in order. Each period is the calendar
    month, quarter or year (the cycle of the rate in force on its first day) holding the
    day after the previous one; a period that a new rate's cycle cuts into keeps its key.
    No rate yet: no period (nothing is owed before the unit entered a rate)."""
    ordered = sorted(rates, key=lambda r: (r.valid_from, r.id or 0))
    if not ordered:
        return []
    cursor = max(start, ordered[0].valid_from)
    found: list[Period] = []
    while cursor <= end:
        rate = rate_on(ordered, cursor)
        if rate is None:  # pragma: no cover - cursor is never before the first rate
            break
        key, first, last = _calendar_period(rate.cycle, cursor)
        first = max(first, rate.valid_from)
        if found and found[-1].end >= first:
            first = found[-1].end + dt.timedelta(days=1)
        rate = rate_on(ordered, first) or rate
        found.append(Period(key, first, last, rate))
        cursor = last + dt.timedelta(days=1)
    return found


def periods_of_year(rates: Sequence[DuesRate], year: int) -> list[Period]:
    return periods_between(rates, dt.date(year, 1, 1), dt.date(year, 12, 31))


def owes(membership: Membership | None, exemptions: Sequence[Exemption], period: Period) -> bool:
    """Whether a member owes hội phí for a period: on the register some day of it (members on
    miễn sinh hoạt too), and not exempted for any part of it."""
    if membership is None or not member_during(membership, period.start, period.end):
        return False
    return not any(e.overlaps(period.start, period.end) for e in exemptions)


def exempt_in(exemptions: Sequence[Exemption], period: Period) -> Exemption | None:
    return next((e for e in exemptions if e.overlaps(period.start, period.end)), None)


@dataclass(frozen=True)
class Arrear:
    """What one member still owes, period by period, as of a day."""

    member_id: int
    periods: tuple[tuple[Period, int], ...]  # (period, đồng still owed)

    @property
    def total_vnd(self) -> int:
        return sum(amount for _, amount in self.periods)


def paid_by_period(payments: Iterable[Payment]) -> dict[tuple[int, str], int]:
    """(member, period key) -> đồng paid (several payments for a period add up)."""
    paid: dict[tuple[int, str], int] = defaultdict(int)
    for p in payments:
        paid[(p.member_id, p.period)] += p.amount_vnd
    return dict(paid)


def arrears(
    periods: Sequence[Period],
    memberships: Mapping[int, Membership],
    exemptions: Sequence[Exemption],
    payments: Iterable[Payment],
    day: dt.date,
) -> list[Arrear]:
    """Every member's unpaid periods begun by `day` (a period is due from its first day): the
    rate of the period less what they paid for it. Members with nothing owed are left out."""
    paid = paid_by_period(payments)
    by_member: dict[int, list[Exemption]] = defaultdict(list)
    for e in exemptions:
        by_member[e.member_id].append(e)
    found = []
    for member_id, membership in memberships.items():
        owed = []
        for period in periods:
            if period.start > day or not owes(membership, by_member[member_id], period):
                continue
            left = period.rate.amount_vnd - paid.get((member_id, period.key), 0)
            if left > 0:
                owed.append((period, left))
        if owed:
            found.append(Arrear(member_id, tuple(owed)))
    return found


def ward_share_due(periods: Sequence[Period], payments: Iterable[Payment]) -> int:
    """The ward's share of what was collected: for every member's period paid in full, the
    share of that period's rate (a period part-paid passes nothing up yet)."""
    by_key = {p.key: p for p in periods}
    total = 0
    for (_, key), amount in paid_by_period(payments).items():
        period = by_key.get(key)
        if period is not None and amount >= period.rate.amount_vnd:
            total += period.rate.ward_share_vnd
    return total


@dataclass(frozen=True)
class Lapsed:
    """A member who has neither attended a meeting nor paid hội phí for twelve months."""

    member_id: int
    last_attended: dt.date | None
    last_paid: dt.date | None


def lapsed_members(
    memberships: Mapping[int, Membership],
    attended: Mapping[int, dt.date],
    last_paid: Mapping[int, dt.date],
    exemptions: Sequence[Exemption],
    since: dt.date,
    day: dt.date,
) -> list[Lapsed]:
    """Members active on the register for the whole window `since`..`day` (joined before it,
    not on miễn sinh hoạt now) with no "Có mặt" mark and no payment in it, and not exempted
    from hội phí for any part of it. A prompt only: nothing here changes a status.

    `attended`: each member's latest "Có mặt" meeting date; `last_paid`: latest payment date."""
    by_member: dict[int, list[Exemption]] = defaultdict(list)
    for e in exemptions:
        by_member[e.member_id].append(e)
    found = []
    for member_id, membership in memberships.items():
        if membership.status_on(day) is not Status.ACTIVE or not on_register(membership, since):
            continue
        seen, paid = attended.get(member_id), last_paid.get(member_id)
        if (seen is not None and seen >= since) or (paid is not None and paid >= since):
            continue
        if any(e.overlaps(since, day) for e in by_member[member_id]):
            continue
        found.append(Lapsed(member_id, seen, paid))
    return found


@dataclass(frozen=True)
class DuesFigures:
    """The dues of a period for the year-end review: what came in, what went up, who paid."""

    start: dt.date
    end: dt.date
    collected_vnd: int  # payments received between start and end (by payment date)
    remitted_vnd: int  # remittances dated between start and end
    share_due_vnd: int  # the ward's share of the periods begun in the window, paid in full
    members_paid: int  # members with a payment between start and end
    members_owing: int  # members owing for a period begun in the window, as of `end`
    owed_vnd: int  # what they owe
    by_member: dict[int, int] = field(default_factory=dict)  # member -> đồng paid in window
    # At `end`, over all time: the ward's share of every period paid in full by then, less
    # every remittance dated by then (a remittance in January for last year's last quarter
    # counts against last year's share, not this year's).
    owed_to_ward_vnd: int = 0

    @property
    def still_to_send_vnd(self) -> int:
        return max(self.owed_to_ward_vnd, 0)
