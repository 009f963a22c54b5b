"""Poverty-support rules: year figures, totals, the standard in force, follow-ups, money."""

from __future__ import annotations

import datetime as dt

import pytest

from ccb_desktop.domain.support import (
    AmountError,
    Classification,
    HouseholdCategory,
    PovertyStandard,
    Support,
    SupportKind,
    SupportSource,
    Visit,
    follow_ups_due,
    format_vnd,
    parse_vnd,
    standard_on,
    totals,
    year_figures,
)

P, N, A = HouseholdCategory.POOR, HouseholdCategory.NEAR_POOR, HouseholdCategory.AVERAGE


def _c(member: int, year: int, category: HouseholdCategory) -> Classification:
    return Classification(member, year, category)


def test_year_figures_reconcile_start_new_relapsed_escaped_end() -> None:
    """2025 poor: 1, 2, 3. 2026 poor: 2, 4 (new), 5 (poor in 2023, relapsed). 1 and 3 escaped."""
    data = [
        _c(5, 2023, P), _c(5, 2025, A),
        _c(1, 2025, P), _c(2, 2025, P), _c(3, 2025, P), _c(6, 2025, N),
        _c(1, 2026, N), _c(2, 2026, P), _c(3, 2026, A), _c(4, 2026, P), _c(5, 2026, P),
    ]  # fmt: skip
    f = year_figures(data, 2026)
    assert (f.poor_start, f.poor_end) == (3, 3)
    assert (f.escaped, f.new_poor, f.relapsed) == (2, 1, 1)
    assert (f.near_poor_start, f.near_poor_end) == (1, 1)
    assert f.escaped_members == (1, 3)
    assert f.reconciles


def test_a_year_without_classifications_counts_zero() -> None:
    f = year_figures([], 2026)
    assert (f.poor_start, f.poor_end, f.escaped) == (0, 0, 0) and f.reconciles


STANDARDS = [
    PovertyStandard(
        "Nghị định 07/2021/NĐ-CP", dt.date(2022, 1, 1), dt.date(2026, 12, 31), 1_500_000, 2_000_000
    ),
    PovertyStandard(
        "Nghị định 351/2025/NĐ-CP", dt.date(2027, 1, 1), dt.date(2030, 12, 31), 2_200_000, 2_800_000
    ),
]


def test_the_standard_in_force_follows_the_dates() -> None:
    """07/2021 through 31/12/2026; 351/2025 from 1/1/2027; none before 2022."""
    assert standard_on(STANDARDS, dt.date(2026, 12, 31)).decree.startswith("Nghị định 07")  # type: ignore[union-attr]
    assert standard_on(STANDARDS, dt.date(2027, 1, 1)).urban_vnd == 2_800_000  # type: ignore[union-attr]
    assert standard_on(STANDARDS, dt.date(2021, 6, 1)) is None


def test_totals_by_kind_and_source_in_a_period() -> None:
    supports = [
        Support(
            1, dt.date(2026, 2, 1), SupportKind.BANK_LOAN, SupportSource.SOCIAL_BANK, 50_000_000
        ),
        Support(
            1,
            dt.date(2026, 3, 1),
            SupportKind.HOUSE_REPAIR,
            SupportSource.FOR_THE_POOR_FUND,
            20_000_000,
        ),
        Support(
            2, dt.date(2026, 4, 1), SupportKind.WORK_DAYS, SupportSource.HOI_FUND, work_days=12
        ),
        Support(2, dt.date(2026, 5, 1), SupportKind.GIFT, SupportSource.HOI_FUND, 500_000),
        Support(2, dt.date(2025, 12, 31), SupportKind.GIFT, SupportSource.HOI_FUND, 700_000),
    ]
    t = totals(supports, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert t.money == 70_500_000
    assert t.money_by_source[SupportSource.HOI_FUND] == 500_000
    assert t.money_by_kind[SupportKind.BANK_LOAN] == 50_000_000
    assert (t.work_days, t.houses_repaired, t.houses_built) == (12, 1, 0)
    assert t.count_by_kind[SupportKind.GIFT] == 1


def test_follow_ups_due_this_week_or_overdue_for_open_cases() -> None:
    """Only each open case's latest visit counts; a later visit supersedes an earlier promise."""
    today = dt.date(2026, 11, 29)
    visits = [
        Visit(1, dt.date(2026, 10, 1), "", next_visit=dt.date(2026, 11, 20), id=1),  # overdue
        Visit(2, dt.date(2026, 11, 1), "", next_visit=dt.date(2026, 12, 3), id=2),  # this week
        Visit(3, dt.date(2026, 11, 1), "", next_visit=dt.date(2027, 1, 3), id=3),  # later
        Visit(4, dt.date(2026, 9, 1), "", next_visit=dt.date(2026, 10, 1), id=4),
        Visit(4, dt.date(2026, 10, 2), "", next_visit=None, id=5),  # superseded: nothing due
        Visit(5, dt.date(2026, 11, 1), "", next_visit=dt.date(2026, 11, 30), id=6),  # case closed
    ]
    due = follow_ups_due(visits, {1, 2, 3, 4}, today)
    assert [v.case_id for v in due] == [1, 2]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.500.000", 1_500_000),
        ("1500000", 1_500_000),
        ("1,500,000", 1_500_000),
        ("1 500 000", 1_500_000),
        ("", None),
        ("500.000 đ", 500_000),
    ],
)
def test_money_is_read_with_or_without_separators(text: str, value: int | None) -> None:
    assert parse_vnd(text) == value


@pytest.mark.parametrize("text", ["-500.000", "1,5 triệu", "12.34", "20.000.000.000", "1.50.000"])
def test_negative_absurd_or_unreadable_amounts_are_refused(text: str) -> None:
    with pytest.raises(AmountError):
        parse_vnd(text)


def test_money_shows_with_dots() -> None:
    assert format_vnd(1_500_000) == "1.500.000"
    assert format_vnd(0) == "0"
    assert format_vnd(None) == ""
