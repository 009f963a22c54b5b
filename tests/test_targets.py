"""The year's targets (issue 18): saved per year in one undoable action, their actual values
equal to counts written here in SQL over the register, and judged on track / đạt / vượt /
chưa đạt."""

from __future__ import annotations

import datetime as dt

import pytest

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.targets import (
    Judgement,
    Progress,
    Target,
    TargetKind,
    elapsed_share,
    judge,
    standing,
)
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.targets import TargetService

TODAY = "2026-11-29"
DAY = "substr(mv.date || '-01-01', 1, 10)"


def _year_targets() -> list[Target]:
    return [
        Target(2026, TargetKind.ATTENDANCE_RATE, 90),
        Target(2026, TargetKind.ADMISSIONS, 3),
        Target(2026, TargetKind.ESCAPED_POVERTY, 2),
        Target(2026, TargetKind.FUND_PER_MEMBER, 500_000, actual=520_000),
        Target(2026, TargetKind.FREE, 4, label="Buổi sinh hoạt chuyên đề", unit="buổi", actual=4),
    ]


def test_targets_are_saved_in_order_and_read_back(db: Database, clock: FixedClock) -> None:
    """The five targets come back in the order given, with their values; only the free one
    keeps a hand-entered actual."""
    service = TargetService(db, clock)
    service.save_year(2026, _year_targets())
    got = service.targets(2026)
    assert [(t.kind, t.value, t.actual, t.label) for t in got] == [
        (TargetKind.ATTENDANCE_RATE, 90, None, ""),
        (TargetKind.ADMISSIONS, 3, None, ""),
        (TargetKind.ESCAPED_POVERTY, 2, None, ""),
        (TargetKind.FUND_PER_MEMBER, 500_000, None, ""),  # computed: a typed actual is dropped
        (TargetKind.FREE, 4, 4, "Buổi sinh hoạt chuyên đề"),
    ]
    assert service.targets(2025) == [] and service.years() == [2026]


def test_saving_again_keeps_ids_and_removes_what_was_left_out(
    db: Database, clock: FixedClock
) -> None:
    """A second save updates the kept target in place and deletes the one dropped."""
    service = TargetService(db, clock)
    service.save_year(2026, _year_targets())
    first = service.targets(2026)
    kept = first[1]
    service.save_year(2026, [Target(2026, kept.kind, 5, id=kept.id)])
    (count,) = db.execute("SELECT count(*) FROM targets WHERE year = 2026").fetchone()
    assert count == 1
    assert db.execute("SELECT id, value FROM targets").fetchall() == [(kept.id, 5)]


def test_a_save_is_one_action_that_undo_takes_back(db: Database, clock: FixedClock) -> None:
    """Ctrl+Z after saving the year's targets leaves the table as it was before."""
    service = TargetService(db, clock)
    service.save_year(2026, _year_targets()[:2])
    service.save_year(2026, _year_targets())
    HistoryService(db, clock).undo_last()
    rows = db.execute("SELECT kind, value FROM targets ORDER BY position").fetchall()
    assert rows == [("ty_le_sinh_hoat", 90), ("ket_nap", 3)]


@pytest.mark.parametrize(
    "bad",
    [
        Target(2026, TargetKind.ATTENDANCE_RATE, 120),
        Target(2026, TargetKind.FREE, 3),  # no name
        Target(2026, TargetKind.ADMISSIONS, -1),
    ],
)
def test_impossible_targets_are_refused(db: Database, clock: FixedClock, bad: Target) -> None:
    """A rate over 100 %, a free target without a name, a negative count: nothing saved."""
    with pytest.raises(ValidationError):
        TargetService(db, clock).save_year(2026, [bad])
    assert db.execute("SELECT count(*) FROM targets").fetchone()[0] == 0


def test_a_computed_kind_cannot_be_set_twice(db: Database, clock: FixedClock) -> None:
    """Two attendance-rate targets in one year are refused (two free targets are not)."""
    service = TargetService(db, clock)
    with pytest.raises(ValidationError):
        service.save_year(
            2026,
            [Target(2026, TargetKind.ADMISSIONS, 3), Target(2026, TargetKind.ADMISSIONS, 4)],
        )
    service.save_year(
        2026,
        [
            Target(2026, TargetKind.FREE, 1, label="Một"),
            Target(2026, TargetKind.FREE, 2, label="Hai"),
        ],
    )
    assert len(service.targets(2026)) == 2


def test_actual_values_equal_sql_counts_over_the_register(db: Database, clock: FixedClock) -> None:
    """Attendance rate, admissions and escaped households so far equal SQL over the tables;
    the hand-entered actuals are the ones typed."""
    fill_demo(db, members=80, clock=clock)
    service = TargetService(db, clock)
    service.save_year(2026, _year_targets())
    got = {p.target.kind: p for p in service.progress(2026)}

    present, expected = db.execute(
        "SELECT sum(a.mark = 'C'), sum(a.mark IN ('C', 'P', 'K')) FROM attendance a "
        f"JOIN meetings m ON m.id = a.meeting_id WHERE m.date BETWEEN '2026-01-01' AND '{TODAY}'"
    ).fetchone()
    assert expected > 0
    assert got[TargetKind.ATTENDANCE_RATE].actual == round(100 * present / expected)

    (admitted,) = db.execute(
        "SELECT count(DISTINCT m.id) FROM members m JOIN movements mv ON mv.member_id = m.id "
        f"WHERE mv.kind = 'ket_nap' AND {DAY} BETWEEN '2026-01-01' AND '{TODAY}' "
        "AND m.deleted_at IS NULL"
    ).fetchone()
    assert got[TargetKind.ADMISSIONS].actual == admitted

    (escaped,) = db.execute(
        "SELECT count(*) FROM household_classifications c JOIN members m ON m.id = c.member_id "
        "WHERE c.year = 2025 AND c.category = 'ho_ngheo' AND m.deleted_at IS NULL "
        "AND c.member_id NOT IN (SELECT member_id FROM household_classifications "
        "WHERE year = 2026 AND category = 'ho_ngheo')"
    ).fetchone()
    assert escaped > 0
    assert got[TargetKind.ESCAPED_POVERTY].actual == escaped

    # The funds' balance today over the members on the register today (typed 520.000 ignored).
    balance, members = db.execute(
        "SELECT (SELECT sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
        f"FROM fund_entries WHERE date <= '{TODAY}'), (SELECT count(*) FROM members "
        "WHERE deleted_at IS NULL AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat'))"
    ).fetchone()
    assert balance > 0
    assert got[TargetKind.FUND_PER_MEMBER].actual == round(balance / members)
    assert got[TargetKind.FREE].actual == 4
    assert all(p.as_of == dt.date(2026, 11, 29) for p in got.values())


def test_escaped_households_are_unknown_until_the_years_list_is_entered(
    db: Database, clock: FixedClock
) -> None:
    """No classification entered for the year: the actual value is not known, not zero."""
    service = TargetService(db, clock)
    service.save_year(2026, [Target(2026, TargetKind.ESCAPED_POVERTY, 2)])
    (progress,) = service.progress(2026)
    assert progress.actual is None
    assert progress.progress is Progress.UNKNOWN
    assert progress.judgement is Judgement.UNKNOWN
    assert progress.reason is not None


def test_judgement_at_the_years_end() -> None:
    """Above the target: vượt; equal: đạt; below: chưa đạt; unknown: not judged."""
    target = Target(2026, TargetKind.ADMISSIONS, 3)
    assert judge(target, 4) is Judgement.EXCEEDED
    assert judge(target, 3) is Judgement.MET
    assert judge(target, 2) is Judgement.MISSED
    assert judge(target, None) is Judgement.UNKNOWN


def test_on_track_counts_the_share_of_the_year_gone_by() -> None:
    """A count of 12 is due at 6 by 1 July; a rate must be at its level at any time."""
    count = Target(2026, TargetKind.ADMISSIONS, 12)
    july = dt.date(2026, 7, 1)
    assert 0.49 < elapsed_share(2026, july) < 0.51
    assert standing(count, 6, july).progress is Progress.ON_TRACK
    assert standing(count, 4, july).progress is Progress.BEHIND
    assert standing(count, 0, dt.date(2026, 1, 10)).progress is Progress.ON_TRACK
    rate = Target(2026, TargetKind.ATTENDANCE_RATE, 90)
    assert standing(rate, 89, dt.date(2026, 2, 1)).progress is Progress.BEHIND
    assert standing(rate, 90, dt.date(2026, 2, 1)).progress is Progress.ON_TRACK


def test_a_year_not_started_has_no_actual_values(db: Database, clock: FixedClock) -> None:
    """Next year's targets, entered in November, are not judged yet."""
    service = TargetService(db, clock)
    service.save_year(2027, [Target(2027, TargetKind.ADMISSIONS, 3)])
    (progress,) = service.progress(2027)
    assert progress.actual is None and progress.progress is Progress.UNKNOWN
