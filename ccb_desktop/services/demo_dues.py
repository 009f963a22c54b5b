"""Sample hội phí and funds for the demo register: an example rate (clearly marked as one),
payments with some arrears, remittances to the ward, two funds with a loan."""

from __future__ import annotations

import datetime as dt
import random

from ccb_desktop.db import dues as dues_repo
from ccb_desktop.db import funds as fund_repo
from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import support as support_repo
from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dues import (
    Cycle,
    DuesRate,
    Exemption,
    Payment,
    Remittance,
    owes,
    periods_between,
    ward_share_due,
)
from ccb_desktop.domain.funds import Direction, EntryKind, Fund, FundEntry, FundLoan
from ccb_desktop.domain.meetings import twelve_months_before
from ccb_desktop.domain.reports import on_register
from ccb_desktop.domain.support import SupportCase
from ccb_desktop.domain.vocabulary import Status

# An example only: the real amount is set by the Hội's own regulation, which is not public.
EXAMPLE_RATE_NOTE = "VÍ DỤ minh họa – thay bằng mức theo quy định của Hội"


def add_dues_and_funds(db: Database, seed: int, today: dt.date) -> None:
    """Write the sample dues and funds (inside the demo's own transaction)."""
    rng = random.Random(seed)  # its own generator: the rest of the demo stays as it was
    start = dt.date(today.year - 1, 1, 1)
    dues_repo.save_rate(db, DuesRate(start, 10_000, Cycle.MONTHLY, 3_000, EXAMPLE_RATE_NOTE))
    rates = dues_repo.rates(db)
    periods = periods_between(rates, start, dt.date(today.year, 12, 31))
    memberships = meeting_repo.memberships(db)
    members = [i for i, m in memberships.items() if on_register(m, today)]
    # Who has not been present for a year (the demo's meetings keep one such member away):
    # he pays nothing in that year either, so the twelve-month prompt list shows him.
    since = twelve_months_before(today)
    attended = dues_repo.last_present(db, today)
    away = {
        i
        for i in members
        if memberships[i].status_on(since) is Status.ACTIVE
        and memberships[i].status_on(today) is Status.ACTIVE
        and attended.get(i, dt.date.min) < since
    }
    exempt = rng.sample(members, k=min(1, len(members)))
    # An exemption would take him off the prompt list: it goes to the next member instead.
    exempt = [next((i for i in sorted(members) if i >= e and i not in away), e) for e in exempt]
    exemptions = [
        Exemption(i, dt.date(today.year, 1, 1), "Hộ nghèo, ốm đau dài ngày") for i in exempt
    ]
    for e in exemptions:
        dues_repo.save_exemption(db, e)
    due_now = [p for p in periods if p.start <= today]
    receipt = 0
    payments: list[Payment] = []
    for member_id in sorted(memberships):
        membership = memberships[member_id]
        own = [p for p in due_now if owes(membership, exemptions if member_id in exempt else [], p)]
        if not own:
            continue
        roll = rng.random()
        # Most are paid up; some are a few months behind; a few paid the next months ahead.
        behind = 0 if roll < 0.75 else (rng.randint(1, 4) if roll < 0.95 else -2)
        paid = own[: len(own) - behind] if behind > 0 else own
        if behind < 0:
            ahead = [p for p in periods if p.start > today][:-behind]
            paid = own + ahead
        for period in paid:
            # Collected at the month's meeting (the 5th), never after today.
            day = min(max(period.start, dt.date(period.start.year, period.start.month, 5)), today)
            if period.start > today:
                day = today
            if member_id in away and day >= since:
                continue
            receipt += 1
            payments.append(
                Payment(member_id, period.key, period.rate.amount_vnd, day, f"{receipt:04d}")
            )
    for payment in payments:
        dues_repo.insert_payment(db, payment)
    # The ward's share sent up after each finished quarter; the last one still to send.
    quarter_ends = [
        dt.date(y, m, 1) - dt.timedelta(days=1)
        for y in (today.year - 1, today.year)
        for m in (4, 7, 10)
    ] + [dt.date(today.year, 1, 1) - dt.timedelta(days=1)]
    for end in sorted(quarter_ends):
        sent_on = end + dt.timedelta(days=10)
        if sent_on > today or end + dt.timedelta(days=100) > today:
            continue
        first = dt.date(end.year, end.month - 2, 1)
        covered = [p for p in periods if first <= p.start <= end]
        amount = ward_share_due(covered, [p for p in payments if p.paid_on <= end])
        if amount > 0:
            dues_repo.save_remittance(
                db,
                Remittance(
                    sent_on,
                    amount,
                    covered[0].key,
                    covered[-1].key,
                    f"GNT-{end:%m%y}",
                    "Nộp hội phí lên Hội CCB phường",
                ),
            )
    if members:
        _add_funds(db, rng, today, members, away)


def _add_funds(
    db: Database, rng: random.Random, today: dt.date, members: list[int], away: set[int]
) -> None:
    hoi = fund_repo.save_fund(db, Fund("Quỹ Hội", "Hội viên đóng góp hằng năm"))
    tinh = fund_repo.save_fund(
        db, Fund("Quỹ Nghĩa tình đồng đội", "Thăm hỏi, giúp đỡ hội viên khó khăn")
    )
    voucher = {"thu": 0, "chi": 0}

    def entry(fund: int, day: dt.date, direction: Direction, amount: int, content: str,
              member: int | None = None, kind: EntryKind = EntryKind.OTHER,
              loan: int | None = None) -> None:  # fmt: skip
        voucher[direction.value] += 1
        prefix = "PT" if direction is Direction.IN else "PC"
        fund_repo.save_entry(
            db,
            FundEntry(fund, day, direction, amount, content,
                      f"{prefix}{voucher[direction.value]:03d}", member, kind, loan),
        )  # fmt: skip

    for year in (today.year - 1, today.year):
        contributors = rng.sample(members, k=max(1, len(members) * 7 // 10))
        days = {
            member_id: dt.date(year, 3, 5) if position % 2 else dt.date(year, 4, 5)
            for position, member_id in enumerate(sorted(contributors))
        }
        for member_id, day in sorted(days.items(), key=lambda p: (p[1], p[0])):
            if day > today:
                continue
            amount = rng.choice([100_000, 150_000, 200_000])
            if member_id in away and day >= twelve_months_before(today):
                continue  # the member who stopped coming gives nothing in that year either
            entry(hoi, day, Direction.IN, amount,
                  f"Đóng góp quỹ Hội năm {year}", member_id, EntryKind.CONTRIBUTION)  # fmt: skip
        entry(tinh, dt.date(year, 1, 20), Direction.IN, 5_000_000,
              "Nhà hảo tâm ủng hộ quỹ Nghĩa tình đồng đội")  # fmt: skip
        for month in (2, 6, 9, 11):
            day = dt.date(year, month, 12)
            if day > today:
                continue
            member_id = rng.choice(members)
            entry(tinh, day, Direction.OUT, 300_000, "Thăm hội viên ốm đau", member_id,
                  EntryKind.CARE)  # fmt: skip
        if dt.date(year, 1, 25) <= today:
            entry(hoi, dt.date(year, 1, 25), Direction.OUT, 1_200_000,
                  "Quà Tết cho hội viên hộ nghèo, cận nghèo")  # fmt: skip
    # A loan from the quỹ Hội to a member with an open support case (linked to it).
    cases = [
        c
        for c in support_repo.fetch(db, SupportCase)
        if c.status.is_open and c.member_id in members
    ]
    borrower = cases[0].member_id if cases else members[0]
    lent_on = dt.date(today.year, 4, 20)
    held = sum(e.signed for e in fund_repo.entries(db, "fund_id = ? AND date <= ?",
                                                    [hoi, lent_on.isoformat()]))  # fmt: skip
    # Never more than half of what the fund holds that day (a fund is never overdrawn).
    amount = min(3_000_000, held // 2 // 100_000 * 100_000)
    if lent_on <= today and amount >= 1_000_000:
        loan_id = fund_repo.save_loan(
            db,
            FundLoan(hoi, borrower, "Mua bò giống", dt.date(today.year + 1, 4, 20),
                     cases[0].id if cases else None),
        )  # fmt: skip
        entry(hoi, lent_on, Direction.OUT, amount, "Cho vay vốn: mua bò giống", borrower,
              EntryKind.LOAN, loan_id)  # fmt: skip
        for month in (7, 10):
            day = dt.date(today.year, month, 20)
            if day <= today:
                entry(hoi, day, Direction.IN, amount // 6 // 100_000 * 100_000 or 100_000,
                      "Thu nợ vay vốn", borrower, EntryKind.REPAYMENT, loan_id)  # fmt: skip
