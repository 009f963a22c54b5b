"""The year-end review's care and dues-and-funds sections, and the dues and funds targets, are
filled from what the program keeps: every figure recomputed here with SQL written in the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.care import CareKind, CareVisit
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.dues import Cycle, DuesRate
from ccb_desktop.domain.funds import Direction, Fund, FundEntry
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.domain.targets import Target, TargetKind
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.reports.base import Period


@pytest.fixture
def services(db: Database, db_path: Path) -> Services:
    # Late in the year, so the year's periods up to November are due.
    return Services.over(db, FixedClock(dt.datetime(2026, 11, 20, 9, 0)), db_path)


@pytest.fixture
def kept(services: Services) -> dict[str, int]:
    """Three members; a monthly rate; care visits and a fund, some before the year."""
    ids = {
        name: services.members.add(Member(family, name, joined_hoi=PartialDate(2010)))
        for family, name in (("Nguyễn Văn", "An"), ("Trần Văn", "Bình"), ("Lê Văn", "Cường"))
    }
    services.dues.save_rate(DuesRate(dt.date(2026, 1, 1), 10_000, Cycle.MONTHLY, 3_000))
    months = [f"2026-{m:02d}" for m in range(1, 12)]
    services.dues.record_payments([ids["An"]], months, dt.date(2026, 3, 2), "PT01")
    services.dues.record_payments([ids["Bình"]], months[:4], dt.date(2026, 4, 9), "PT02")
    care = services.care
    care.save(CareVisit(ids["An"], dt.date(2026, 2, 3), CareKind.SICK, amount_vnd=300_000))
    care.save(CareVisit(ids["Cường"], dt.date(2026, 5, 6), CareKind.SICK, amount_vnd=200_000))
    care.save(CareVisit(ids["Bình"], dt.date(2026, 9, 1), CareKind.GIFT, amount_vnd=500_000))
    care.save(CareVisit(ids["An"], dt.date(2025, 12, 30), CareKind.GIFT, amount_vnd=999_000))
    fund = services.funds.save_fund(Fund("Quỹ Hội"))
    for day, direction, amount in (
        (dt.date(2025, 11, 1), Direction.IN, 2_000_000),
        (dt.date(2026, 3, 1), Direction.IN, 1_500_000),
        (dt.date(2026, 6, 1), Direction.OUT, 400_000),
    ):
        services.funds.add_entry(FundEntry(fund, day, direction, amount, "Thu chi quỹ"))
    return ids


def _review_text(services: Services, tmp_path: Path) -> str:
    target = tmp_path / "tong-ket.docx"
    services.yearend.write(target, Period.year(2026))
    return "\n".join(p.text for p in Document(str(target)).paragraphs)


def _money(value: int) -> str:
    return f"{format_vnd(value) or '0'} đồng"


def test_the_care_section_counts_the_visits_of_the_year(
    services: Services, kept: dict[str, int], db: Database, tmp_path: Path
) -> None:
    """Visits and money of the year by kind, as SQL sums them; the visit of 2025 left out."""
    text = _review_text(services, tmp_path)
    rows = db.execute(
        "SELECT kind, count(*), count(DISTINCT member_id), sum(amount_vnd) FROM care_visits "
        "WHERE date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY kind"
    ).fetchall()
    assert rows
    for kind, visits, people, money in rows:
        line = f"{CareKind(kind).label}: {visits} lượt, {people} hội viên, {_money(money)}."
        assert line in text
    visits, people, money = db.execute(
        "SELECT count(*), count(DISTINCT member_id), sum(amount_vnd) FROM care_visits "
        "WHERE date BETWEEN '2026-01-01' AND '2026-12-31'"
    ).fetchone()
    assert f"{visits} lượt, {people} hội viên, {_money(money)}." in text
    assert "Chương trình chưa giữ số liệu các lần thăm hỏi" not in text


def test_the_dues_and_funds_section_reconciles_with_the_tables(
    services: Services, kept: dict[str, int], db: Database, tmp_path: Path
) -> None:
    """Dues collected in the year and the fund's opening, in, out and closing, as SQL sums them."""
    text = _review_text(services, tmp_path)
    collected, payers = db.execute(
        "SELECT sum(amount_vnd), count(DISTINCT member_id) FROM dues_payments "
        "WHERE paid_on BETWEEN '2026-01-01' AND '2026-12-31'"
    ).fetchone()
    assert f"Hội phí đã thu: {_money(collected)} của {payers} hội viên." in text

    def total(direction: str, condition: str) -> int:
        return int(
            db.execute(
                "SELECT coalesce(sum(amount_vnd), 0) FROM fund_entries "
                f"WHERE direction = ? AND {condition}",
                [direction],
            ).fetchone()[0]
        )

    opening = total("thu", "date < '2026-01-01'") - total("chi", "date < '2026-01-01'")
    year = "date BETWEEN '2026-01-01' AND '2026-12-31'"
    received, paid = total("thu", year), total("chi", year)
    assert (
        f"Quỹ Hội: đầu kỳ {_money(opening)}, thu {_money(received)}, chi {_money(paid)}, "
        f"cuối kỳ {_money(opening + received - paid)}." in text
    )


def test_dues_and_fund_targets_are_computed(
    services: Services, kept: dict[str, int], db: Database
) -> None:
    """The dues-paid share and the fund per member are read from the books, not typed."""
    services.targets.save_year(
        2026,
        [
            Target(2026, TargetKind.DUES_PAID, 100),
            Target(2026, TargetKind.FUND_PER_MEMBER, 500_000),
        ],
    )
    actual = {p.target.kind: p.actual for p in services.targets.progress(2026)}
    # Members who paid every month from January to November, of the members who owe them.
    months = [f"2026-{m:02d}" for m in range(1, 12)]
    marks = ",".join("?" * len(months))
    paid_up = db.execute(
        "SELECT count(*) FROM (SELECT member_id FROM dues_payments "
        f"WHERE period IN ({marks}) GROUP BY member_id HAVING count(DISTINCT period) = ?)",
        [*months, len(months)],
    ).fetchone()[0]
    members = db.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0]
    assert actual[TargetKind.DUES_PAID] == round(100 * paid_up / members)
    closing = db.execute(
        "SELECT sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
        "FROM fund_entries WHERE date <= '2026-11-20'"
    ).fetchone()[0]
    assert actual[TargetKind.FUND_PER_MEMBER] == round(closing / members)


def test_dues_still_to_send_counts_last_years_remittance_against_last_year(
    services: Services, db: Database, tmp_path: Path
) -> None:
    """December 2025 paid in 2025 and sent up in January 2026; 2026 months paid, part sent:
    what is still to send at the end of 2026 is every fully paid period's share less every
    remittance by then (SQL here), not this year's share less this year's remittances."""
    from ccb_desktop.domain.dues import Remittance

    an = services.members.add(Member("Nguyễn Văn", "An", joined_hoi=PartialDate(2010)))
    services.dues.save_rate(DuesRate(dt.date(2025, 12, 1), 10_000, Cycle.MONTHLY, 3_000))
    services.dues.record_payments([an], ["2025-12"], dt.date(2025, 12, 5), "PT00")
    services.dues.record_payments([an], ["2026-01", "2026-02"], dt.date(2026, 2, 1), "PT01")
    services.dues.add_remittance(Remittance(dt.date(2026, 1, 10), 3_000, "2025-12", "2025-12"))
    services.dues.add_remittance(Remittance(dt.date(2026, 3, 1), 3_000, "2026-01", "2026-01"))
    text = _review_text(services, tmp_path)
    paid_periods = db.execute(
        "SELECT count(*) FROM (SELECT member_id, period FROM dues_payments "
        "WHERE paid_on <= '2026-12-31' GROUP BY member_id, period HAVING sum(amount_vnd) >= 10000)"
    ).fetchone()[0]
    sent = db.execute(
        "SELECT sum(amount_vnd) FROM dues_remittances WHERE date <= '2026-12-31'"
    ).fetchone()[0]
    assert paid_periods * 3_000 - sent == 3_000  # February's share: the check below can fail
    assert f"Hội phí còn phải nộp lên phường: {_money(paid_periods * 3_000 - sent)}." in text


def test_the_review_is_noted_in_the_export_log_with_who_made_it(
    services: Services, db: Database, tmp_path: Path
) -> None:
    """The processing record names the computer account that wrote the review."""
    from ccb_desktop.db.lock import user_name

    services.yearend.write(tmp_path / "tk.docx", Period.year(2026))
    rows = db.execute("SELECT report, made_by FROM exports WHERE report = 'yearend'").fetchall()
    assert rows == [("yearend", user_name())] and user_name()
