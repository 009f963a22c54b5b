"""Read models out of widgets: a member's details, the attention list by the unit's rule, a
case's timeline and the home screen's overview, each checked against SQL written here."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlite_utils import Database

from ccb_desktop.domain.meetings import AttentionRule
from ccb_desktop.domain.support import Loan, Support, SupportKind, SupportSource, Visit
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from tests.conftest import services_over

CURRENT = "('dang_sinh_hoat', 'mien_sinh_hoat')"


def _demo(db: Database, clock: FixedClock) -> Services:
    fill_demo(db, members=40, clock=clock)
    return services_over(db, clock)


def _one(db: Database, sql: str, params: list[object] | None = None) -> int:
    return int(db.execute(sql, params or []).fetchone()[0])


def test_the_overview_counts_the_register_as_sql_does(db: Database, clock: FixedClock) -> None:
    """Members, attending, excused, women, Party members and tổ hội equal counts by SQL."""
    overview = _demo(db, clock).overview.overview()
    living = "deleted_at IS NULL AND status IN " + CURRENT
    assert overview.members == _one(db, f"SELECT count(*) FROM members WHERE {living}")
    assert overview.active == _one(
        db, "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status = 'dang_sinh_hoat'"
    )
    assert overview.excused == _one(
        db, "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status = 'mien_sinh_hoat'"
    )
    assert overview.excused > 0 and overview.active > 0
    assert overview.women == _one(db, f"SELECT count(*) FROM members WHERE {living} AND sex='nu'")
    assert overview.party_members == _one(
        db, f"SELECT count(*) FROM members WHERE {living} AND party_member = 1"
    )
    assert overview.teams == _one(
        db, f"SELECT count(DISTINCT team) FROM members WHERE {living} AND team <> ''"
    )
    assert overview.teams > 1


def test_the_overview_counts_open_cases_and_visits_due_as_sql_does(
    db: Database, clock: FixedClock
) -> None:
    """Open cases and visits due (each open case's latest visit, next visit within 7 days)."""
    overview = _demo(db, clock).overview.overview()
    open_status = "('dang_ho_tro', 'tai_ngheo')"
    assert overview.open_cases == _one(
        db, f"SELECT count(*) FROM support_cases WHERE status IN {open_status}"
    )
    week = (clock.today() + dt.timedelta(days=7)).isoformat()
    due = _one(
        db,
        f"""SELECT count(*) FROM visits v JOIN support_cases c ON c.id = v.case_id
            WHERE c.status IN {open_status} AND v.next_visit IS NOT NULL AND v.next_visit <= ?
            AND NOT EXISTS (SELECT 1 FROM visits later WHERE later.case_id = v.case_id
                AND (later.date > v.date OR (later.date = v.date AND later.id > v.id)))""",
        [week],
    )
    assert overview.visits_due == due


def test_the_attention_count_follows_the_rule_in_the_unit_details(
    db: Database, clock: FixedClock
) -> None:
    """Changing the rule in the unit details changes the list, with no widget in between."""
    services = _demo(db, clock)
    unit = services.unit.load()
    strict = dataclasses.replace(unit, attention_absences=1, attention_rate_percent=95)
    services.unit.save(strict)
    assert services.meetings.attention_rule() == AttentionRule(1, 95)
    many = services.overview.overview().needing_attention
    assert many == len(services.meetings.attention(AttentionRule(1, 95)))
    lenient = dataclasses.replace(unit, attention_absences=50, attention_rate_percent=0)
    services.unit.save(lenient)
    assert services.overview.overview().needing_attention == 0 < many


def test_the_overview_names_the_last_backups(db: Database, clock: FixedClock) -> None:
    """No backup yet: none; after one automatic and one external copy, their moments."""
    services = _demo(db, clock)
    before = services.overview.overview()
    assert before.last_backup is None and before.last_external_backup is None
    services.backup.make_automatic()
    assert services.overview.overview().last_backup == dt.datetime.fromisoformat(clock.now())


def test_member_details_bring_attendance_and_household_in_one_call(
    db: Database, clock: FixedClock
) -> None:
    """The details panel's one call: the record, 12 months' attendance counted by SQL, the
    household's latest classification and open case."""
    services = _demo(db, clock)
    member_id = _one(
        db,
        f"""SELECT c.member_id FROM support_cases c JOIN members m ON m.id = c.member_id
            WHERE c.status IN ('dang_ho_tro', 'tai_ngheo') AND m.status IN {CURRENT}
            AND m.deleted_at IS NULL ORDER BY c.id LIMIT 1""",
    )
    details = services.members.details(member_id)
    assert details.member.id == member_id
    year_ago = clock.today().replace(year=clock.today().year - 1).isoformat()
    present = _one(
        db,
        """SELECT count(*) FROM attendance a JOIN meetings g ON g.id = a.meeting_id
           WHERE a.member_id = ? AND a.mark = 'C' AND g.deleted_at IS NULL
           AND g.date > ? AND g.date <= ?""",
        [member_id, year_ago, clock.today().isoformat()],
    )
    assert details.attendance.present == present
    assert details.open_case is not None and details.open_case.member_id == member_id
    latest_class = db.execute(
        "SELECT year FROM household_classifications WHERE member_id = ? ORDER BY id DESC LIMIT 1",
        [member_id],
    ).fetchone()
    assert (details.classification.year if details.classification else None) == (
        latest_class[0] if latest_class else None
    )


def test_a_case_timeline_merges_help_loans_and_visits_newest_first(
    db: Database, clock: FixedClock
) -> None:
    """Help, a loan and visits come back as one list, newest first; a same-day tie keeps
    help before loan before visit."""
    services = _demo(db, clock)
    case_id = _one(db, "SELECT id FROM support_cases ORDER BY id LIMIT 1")
    day = dt.date(2026, 11, 20)
    services.support.add_visit(Visit(case_id=case_id, date=day, note="Thăm hỏi"))
    services.support.save_loan(
        Loan(case_id, SupportSource.SOCIAL_BANK, 5_000_000, "Nuôi bò", disbursed=day)
    )
    services.support.add_support(
        Support(case_id, day, SupportKind.GIFT, SupportSource.HOI_FUND, amount_vnd=500_000)
    )
    timeline = services.support.timeline(case_id)
    rows = db.execute(
        """SELECT date FROM supports WHERE case_id = :c UNION ALL
           SELECT disbursed FROM loans WHERE case_id = :c UNION ALL
           SELECT date FROM visits WHERE case_id = :c ORDER BY 1 DESC""",
        {"c": case_id},
    ).fetchall()
    assert [line.date.isoformat() for line in timeline] == [r[0] for r in rows]
    same_day = [type(line.entry) for line in timeline if line.date == day]
    assert same_day == [Support, Loan, Visit]
