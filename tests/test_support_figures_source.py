"""The support figures (poor households at the start and end, escaped, new, fallen back,
near-poor) have one source, `SupportService.figures`: the support tab's year summary and the
support report read it, and SQL written here gives the same counts, across New Year too."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.support import (
    Classification,
    HouseholdCategory,
    Support,
    SupportCase,
    SupportKind,
    SupportSource,
)
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportService
from ccb_desktop.services.support import SupportService

ACROSS_NEW_YEAR = Period(dt.date(2025, 12, 1), dt.date(2026, 5, 31))
POOR, NEAR, AVERAGE = HouseholdCategory.POOR, HouseholdCategory.NEAR_POOR, HouseholdCategory.AVERAGE


def _at(day: dt.date) -> FixedClock:
    return FixedClock(dt.datetime.combine(day, dt.time(10, 0)))


def _build(db: Database) -> None:
    """Households poor, escaping, falling back and new over 2023–2026; Giang moves away in
    June 2025, Hà joins only in September 2026; Cường's case opens in December 2025 and is
    helped on both sides of New Year."""
    clock = _at(dt.date(2026, 11, 29))
    members = MemberService(db, clock)
    support = SupportService(db, clock)
    lists = {
        "An": {2024: POOR, 2025: AVERAGE, 2026: POOR},  # fell back
        "Bình": {2025: POOR, 2026: NEAR},  # escaped
        "Cường": {2024: POOR, 2025: POOR, 2026: POOR},  # stays poor
        "Giang": {2024: POOR, 2025: POOR},  # moved away in June 2025
        "Hà": {2026: POOR},  # a member only from September 2026
        "Khánh": {2023: POOR, 2026: POOR},  # fell back after years
        "Lan": {2026: POOR},  # newly poor
        "Minh": {2024: NEAR, 2025: NEAR, 2026: AVERAGE},
    }
    ids = {}
    for given, years in lists.items():
        ids[given] = members.add(Member("Nguyễn Văn", given))
        admitted = PartialDate(2026, 9, 1) if given == "Hà" else PartialDate(2010, 5, 1)
        members.record_movement(ids[given], Movement(MovementKind.ADMITTED, admitted))
        for year, category in years.items():
            support.classify(Classification(ids[given], year, category))
    members.record_movement(
        ids["Giang"], Movement(MovementKind.TRANSFERRED_OUT, PartialDate(2025, 6, 1), "12/GGT")
    )
    case = SupportService(db, _at(dt.date(2025, 12, 15))).open_case(
        SupportCase(ids["Cường"], dt.date(2025, 12, 15), "Ốm đau")
    )
    for day, amount in [(dt.date(2025, 12, 20), 2_000_000), (dt.date(2026, 1, 10), 3_000_000)]:
        SupportService(db, _at(day)).add_support(
            Support(case, day, SupportKind.GIFT, SupportSource.HOI_FUND, amount)
        )


def _figures_by_sql(path: Path, start: dt.date, end: dt.date) -> tuple[int, ...]:
    """(poor at start, poor at end, near-poor at start, at end, escaped, new, fallen back) for
    the members on the register some day of the period: admitted by its end, not gone before
    its start (here: no one leaves and comes back)."""
    with sqlite3.connect(path) as conn:
        listed = """
            SELECT member_id FROM household_classifications
            WHERE year = ? AND category = ? AND member_id IN (
                SELECT member_id FROM movements WHERE kind = 'ket_nap' AND date <= :end
                EXCEPT
                SELECT member_id FROM movements
                WHERE kind IN ('chuyen_di', 'tu_tran', 'xoa_ten') AND date < :start)"""
        bounds = {"start": start.isoformat(), "end": end.isoformat()}

        def ids(year: int, category: str) -> set[int]:
            query = listed.replace("year = ? AND category = ?", "year = :y AND category = :c")
            return {r[0] for r in conn.execute(query, {**bounds, "y": year, "c": category})}

        before, last = start.year - 1, end.year
        poor_start, poor_end = ids(before, "ho_ngheo"), ids(last, "ho_ngheo")
        earlier = {
            r[0]
            for r in conn.execute(
                "SELECT member_id FROM household_classifications "
                "WHERE year < ? AND category = 'ho_ngheo'",
                [before],
            )
        }
        entered = poor_end - poor_start
    return (
        len(poor_start),
        len(poor_end),
        len(ids(before, "ho_can_ngheo")),
        len(ids(last, "ho_can_ngheo")),
        len(poor_start - poor_end),
        len(entered - earlier),
        len(entered & earlier),
    )


def _tuple(f) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    return (f.poor_start, f.poor_end, f.near_poor_start, f.near_poor_end, f.escaped,
            f.new_poor, f.relapsed)  # fmt: skip


def test_one_source_for_the_support_figures_matches_sql_across_new_year(
    db: Database, db_path: Path
) -> None:
    """For 01/12/2025–31/05/2026, for 2025 and for 2026, the service's figures equal the SQL
    recount; the support report and the support tab's year summary give the very same."""
    _build(db)
    service = SupportService(db, _at(dt.date(2026, 11, 29)))
    reports = ReportService(db, _at(dt.date(2026, 11, 29)))
    for period in (ACROSS_NEW_YEAR, Period.year(2025), Period.year(2026)):
        figures = service.figures(period.start, period.end)
        assert _tuple(figures) == _figures_by_sql(db_path, period.start, period.end), period
        assert figures.reconciles
        assert reports.support_content(period).figures == figures
    # Across New Year: the 2024 list (An, Cường; Giang gone) against the 2026 list (An,
    # Cường, Khánh, Lan; Hà not yet a member): Lan new, Khánh fallen back after years.
    assert _tuple(service.figures(ACROSS_NEW_YEAR.start, ACROSS_NEW_YEAR.end)) == (
        2, 4, 1, 1, 0, 1, 1,
    )  # fmt: skip
    for year in (2025, 2026):
        whole = Period.year(year)
        assert service.year_summary(year).figures == service.figures(whole.start, whole.end)
    # The 2026 year counts Hà (a member from September) and no longer Giang: Bình escaped,
    # Hà and Lan new, An and Khánh fallen back.
    assert _tuple(service.year_summary(2026).figures) == (2, 5, 1, 1, 1, 2, 2)
