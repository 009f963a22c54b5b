"""Hội phí on a real data file: dated rates and their periods, payments, arrears, the
twelve-month prompt list and remittances, every figure recomputed with SQL written here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.dues import Cycle, DuesRate, Exemption, Remittance, periods_of_year
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind, Status
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock


@pytest.fixture
def services(db: Database, db_path: Path, clock: FixedClock) -> Services:
    return Services.over(db, clock, db_path)


def _member(services: Services, family: str, given: str, joined: PartialDate) -> int:
    return services.members.add(Member(family, given, joined_hoi=joined))


def _months(year: int, first: int, last: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(first, last + 1)]


@pytest.fixture
def unit(services: Services) -> dict[str, int]:
    """Two dated monthly rates, five members with awkward histories, some payments."""
    services.dues.save_rate(DuesRate(dt.date(2025, 12, 1), 10_000, Cycle.MONTHLY, 3_000))
    services.dues.save_rate(DuesRate(dt.date(2026, 7, 1), 12_000, Cycle.MONTHLY, 4_000))
    ids = {
        "an": _member(services, "Nguyễn Văn", "An", PartialDate(2010)),
        "binh": services.members.add(Member("Trần Thị", "Bình")),
        "cuong": _member(services, "Lê Văn", "Cường", PartialDate(2012)),
        "dung": _member(services, "Phạm Văn", "Dũng", PartialDate(2015)),
        "em": _member(services, "Hoàng Văn", "Em", PartialDate(2014)),
    }
    # Bình is admitted in the middle of the year.
    services.members.record_movement(
        ids["binh"], Movement(MovementKind.ADMITTED, PartialDate(2026, 6, 15))
    )
    services.dues.add_exemption(
        Exemption(ids["cuong"], dt.date(2026, 3, 1), "Ốm nặng", dt.date(2026, 8, 31))
    )
    services.dues.record_payments([ids["an"]], _months(2026, 1, 10), dt.date(2026, 10, 5), "PT01")
    services.dues.record_payments([ids["binh"]], ["2026-06"], dt.date(2026, 6, 20), "PT02")
    # Across the New Year: Dũng last paid for December, in December.
    services.dues.record_payments([ids["dung"]], ["2025-12"], dt.date(2025, 12, 5), "PT00")
    return ids


def test_no_rate_is_built_in(services: Services) -> None:
    """A new file has no dues rate: nothing is owed and no period exists until one is set."""
    services.members.add(Member("Nguyễn Văn", "An"))
    assert services.dues.rates() == []
    assert services.dues.periods(2026) == []
    assert services.dues.arrears() == []


def test_the_rate_of_a_period_is_the_one_in_force_at_its_start(services: Services) -> None:
    """A yearly rate, then a quarterly one from April: the year period begun in January keeps
    the yearly rate; the next year is quarterly at the new amount."""
    services.dues.save_rate(DuesRate(dt.date(2025, 1, 1), 120_000, Cycle.YEARLY, 30_000))
    services.dues.save_rate(DuesRate(dt.date(2025, 4, 1), 40_000, Cycle.QUARTERLY, 10_000))
    in_2025 = services.dues.periods(2025)
    assert [(p.key, p.rate.amount_vnd) for p in in_2025] == [("2025", 120_000)]
    in_2026 = services.dues.periods(2026)
    assert [(p.key, p.rate.amount_vnd) for p in in_2026] == [
        ("2026-Q1", 40_000),
        ("2026-Q2", 40_000),
        ("2026-Q3", 40_000),
        ("2026-Q4", 40_000),
    ]
    assert in_2026[0].label == "Quý 1/2026" and in_2026[3].end == dt.date(2026, 12, 31)


def test_a_mid_year_monthly_rate_starts_on_its_own_month() -> None:
    """Monthly from 1 July after a quarterly rate: Q1, Q2, then July to December."""
    rates = [
        DuesRate(dt.date(2026, 1, 1), 30_000, Cycle.QUARTERLY),
        DuesRate(dt.date(2026, 7, 1), 12_000, Cycle.MONTHLY),
    ]
    keys = [p.key for p in periods_of_year(rates, 2026)]
    assert keys == ["2026-Q1", "2026-Q2", *_months(2026, 7, 12)]


def test_payments_sum_per_member_to_the_total(services: Services, db: Database, unit) -> None:  # type: ignore[no-untyped-def]
    """The figures' total collected is the sum of the per-member amounts, and both match the
    payments table; each month was paid at the rate in force at its start."""
    figures = services.dues.figures(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    total = db.execute(
        "SELECT sum(amount_vnd) FROM dues_payments WHERE paid_on BETWEEN '2026-01-01' AND "
        "'2026-12-31'"
    ).fetchone()[0]
    per_member = dict(
        db.execute(
            "SELECT member_id, sum(amount_vnd) FROM dues_payments WHERE paid_on BETWEEN "
            "'2026-01-01' AND '2026-12-31' GROUP BY member_id"
        ).fetchall()
    )
    assert figures.collected_vnd == total == sum(figures.by_member.values())
    assert figures.by_member == per_member
    assert figures.members_paid == len(per_member) == 2
    # An paid 6 months at 10.000 and 4 at 12.000.
    assert per_member[unit["an"]] == 6 * 10_000 + 4 * 12_000


ARREARS_SQL = """
WITH RECURSIVE months(start) AS (
    SELECT '2025-12-01' UNION ALL SELECT date(start, '+1 month') FROM months
    WHERE start < '2026-11-01'
)
SELECT sum((SELECT amount_vnd FROM dues_rates WHERE valid_from <= start
            ORDER BY valid_from DESC LIMIT 1)
           - coalesce((SELECT sum(amount_vnd) FROM dues_payments
                       WHERE member_id = :member AND period = substr(start, 1, 7)), 0))
FROM months
WHERE start >= :first
  AND NOT EXISTS (SELECT 1 FROM dues_exemptions e WHERE e.member_id = :member
                  AND e.start_on <= date(start, '+1 month', '-1 day')
                  AND (e.end_on IS NULL OR e.end_on >= start))
"""


def test_arrears_recomputed_from_the_tables(services: Services, db: Database, unit) -> None:  # type: ignore[no-untyped-def]
    """Who owes what up to today (29/11/2026): the months begun so far at the rate
    in force, less what was paid; a mid-year member from the month they joined, an exempt
    member not for the exempt months; a member paid up owes only the months after."""
    rows = {r.member.id: r.arrear for r in services.dues.arrears()}
    for key, first in (("an", "2025-12-01"), ("binh", "2026-06-01"), ("cuong", "2025-12-01")):
        expected = db.execute(ARREARS_SQL, {"member": unit[key], "first": first}).fetchone()[0]
        assert rows[unit[key]].total_vnd == expected, key
    assert [p.key for p, _ in rows[unit["an"]].periods] == ["2025-12", "2026-11"]
    assert [p.key for p, _ in rows[unit["cuong"]].periods] == [
        "2025-12", "2026-01", "2026-02", "2026-09", "2026-10", "2026-11",
    ]  # fmt: skip
    # Nothing is owed before the first rate (1/12/2025); Dũng paid its first month.
    dung = rows[unit["dung"]]
    assert dung.periods[0][0].key == "2026-01"
    assert dung.total_vnd == 6 * 10_000 + 5 * 12_000


def test_several_cells_at_once_and_refusals_by_name(services: Services, db: Database, unit) -> None:  # type: ignore[no-untyped-def]
    """Two members × two months in one action (one undo takes all four back); a month already
    paid, an exempt month and a month with no rate are each refused, and nothing is written."""
    before = db.execute("SELECT count(*) FROM dues_payments").fetchone()[0]
    count = services.dues.record_payments(
        [unit["binh"], unit["em"]], ["2026-07", "2026-08"], dt.date(2026, 11, 20), "PT10"
    )
    assert count == 4
    assert db.execute(
        "SELECT count(*), sum(amount_vnd) FROM dues_payments WHERE receipt = 'PT10'"
    ).fetchone() == (4, 4 * 12_000)
    services.history.undo_last()
    assert db.execute("SELECT count(*) FROM dues_payments").fetchone()[0] == before
    for member, period in (("an", "2026-03"), ("cuong", "2026-04"), ("em", "2024-05")):
        with pytest.raises(ValidationError):
            services.dues.record_payments([unit[member]], [period], dt.date(2026, 11, 20))
    assert db.execute("SELECT count(*) FROM dues_payments").fetchone()[0] == before


def test_paying_in_advance(services: Services, db: Database, unit) -> None:  # type: ignore[no-untyped-def]
    """December and the next January paid in November: recorded at their rates, and they
    are no longer owed when their time comes."""
    services.dues.record_payments(
        [unit["an"]], ["2026-11", "2026-12", "2027-01"], dt.date(2026, 11, 25)
    )
    assert (
        db.execute(
            "SELECT sum(amount_vnd) FROM dues_payments WHERE member_id = ? AND period >= '2026-11'",
            [unit["an"]],
        ).fetchone()[0]
        == 3 * 12_000
    )
    later = {r.member.id: r.arrear for r in services.dues.arrears(dt.date(2027, 1, 31))}
    assert [p.key for p, _ in later[unit["an"]].periods] == ["2025-12"]  # only the old debt


LAPSED_SQL = """
SELECT m.id FROM members m
WHERE m.deleted_at IS NULL AND m.status = 'dang_sinh_hoat'
  AND coalesce(m.joined_hoi, '0000') < :since
  AND NOT EXISTS (SELECT 1 FROM movements mv WHERE mv.member_id = m.id
                  AND mv.kind IN ('ket_nap', 'chuyen_den') AND mv.date > :since)
  AND NOT EXISTS (SELECT 1 FROM attendance a JOIN meetings g ON g.id = a.meeting_id
                  WHERE a.member_id = m.id AND a.mark = 'C' AND g.deleted_at IS NULL
                  AND g.date BETWEEN :since AND :today)
  AND NOT EXISTS (SELECT 1 FROM dues_payments p WHERE p.member_id = m.id
                  AND p.paid_on BETWEEN :since AND :today)
  AND NOT EXISTS (SELECT 1 FROM dues_exemptions e WHERE e.member_id = m.id
                  AND e.start_on <= :today AND (e.end_on IS NULL OR e.end_on >= :since))
ORDER BY m.id
"""


def test_the_twelve_month_list_with_awkward_histories(
    services: Services,
    db: Database,
    clock: FixedClock,
    unit,  # type: ignore[no-untyped-def]
) -> None:
    """Neither attended nor paid since 29/11/2025: a member present at a meeting exactly on
    that day is not listed, one present the day before is; a member who paid last December
    is not; a member admitted in June, one exempt this year and one on miễn sinh hoạt are
    not; the list changes no status."""
    gone = _member(services, "Đỗ Văn", "Giang", PartialDate(2000))
    just_in = _member(services, "Vũ Văn", "Hải", PartialDate(2001))
    services.members.record_movement(
        unit["em"], Movement(MovementKind.EXCUSED, PartialDate(2026, 1, 10))
    )
    for day, present in ((dt.date(2025, 11, 28), gone), (dt.date(2025, 11, 29), just_in)):
        sheet = services.meetings.sheet(day)
        marks = [
            AttendanceMark(
                line.member.id,
                Mark.PRESENT
                if line.member.id == present
                else (Mark.EXEMPT if line.entry.exempt else Mark.UNEXCUSED_ABSENCE),
            )
            for line in sheet
        ]
        services.meetings.save(Meeting(day), marks)
    since = "2025-11-29"
    expected = [
        row[0] for row in db.execute(LAPSED_SQL, {"since": since, "today": "2026-11-29"}).fetchall()
    ]
    listed = [r.member.id for r in services.dues.lapsed()]
    assert sorted(listed) == expected
    assert set(listed) == {gone}  # An paid, Bình joined, Cường exempt, Dũng paid in Dec, Em excused
    row = next(r for r in services.dues.lapsed() if r.member.id == gone)
    assert row.lapsed.last_attended == dt.date(2025, 11, 28) and row.lapsed.last_paid is None
    assert services.members.get(gone).status is Status.ACTIVE


def test_remittances_and_what_is_left_to_send(services: Services, db: Database, unit) -> None:  # type: ignore[no-untyped-def]
    """The ward's share of every month paid in full, less what was sent up, from the tables."""
    services.dues.add_remittance(
        Remittance(dt.date(2026, 7, 1), 15_000, "2026-01", "2026-06", "GNT01")
    )
    with pytest.raises(ValidationError):  # last period before the first
        services.dues.add_remittance(Remittance(dt.date(2026, 7, 1), 1, "2026-06", "2026-01"))
    account = services.dues.ward_account()
    share = db.execute(
        "SELECT sum((SELECT ward_share_vnd FROM dues_rates r WHERE r.valid_from <= "
        "CASE WHEN length(p.period) = 7 THEN p.period || '-01' END "
        "ORDER BY r.valid_from DESC LIMIT 1)) FROM dues_payments p"
    ).fetchone()[0]
    sent = db.execute("SELECT sum(amount_vnd) FROM dues_remittances").fetchone()[0]
    assert account.share_due_vnd == share == 6 * 3_000 + 4 * 4_000 + 3_000 + 3_000
    assert account.to_send_vnd == share - sent


def test_rates_exemptions_and_payments_are_undoable(services: Services, db: Database) -> None:
    """Each dues action is one undoable action in the history."""
    member_id = services.members.add(Member("Nguyễn Văn", "An"))
    services.dues.save_rate(DuesRate(dt.date(2026, 1, 1), 5_000, Cycle.MONTHLY))
    services.dues.add_exemption(Exemption(member_id, dt.date(2026, 1, 1), "Hộ nghèo"))
    with pytest.raises(ValidationError):
        services.dues.add_exemption(Exemption(member_id, dt.date(2026, 1, 1), "  "))
    assert services.history.last_undoable() is not None
    services.history.undo_last()
    assert db.execute("SELECT count(*) FROM dues_exemptions").fetchone()[0] == 0
    services.history.undo_last()
    assert db.execute("SELECT count(*) FROM dues_rates").fetchone()[0] == 0
    changes = services.history.of_member(member_id)
    assert any(c.table == "dues_exemptions" for c in changes)


def test_a_changed_rate_on_the_same_day_replaces_it(services: Services, db: Database) -> None:
    """Entering a rate again for the same "from" date corrects it (one rate per date)."""
    services.dues.save_rate(DuesRate(dt.date(2026, 1, 1), 5_000, Cycle.MONTHLY))
    services.dues.save_rate(
        dataclasses.replace(DuesRate(dt.date(2026, 1, 1), 6_000, Cycle.QUARTERLY, 2_000))
    )
    assert db.execute("SELECT amount_vnd, cycle FROM dues_rates").fetchall() == [(6_000, "quy")]
    with pytest.raises(ValidationError):
        services.dues.save_rate(DuesRate(dt.date(2026, 2, 1), 5_000, Cycle.MONTHLY, 6_000))
