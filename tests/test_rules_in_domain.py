"""Rules that lived in widgets now live in domain/ and are enforced by the services
(issue 15, point 3): attendance marks, the full date, a closed case's reason, the rate."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import ccb_desktop
from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import DateParseError, PartialDate, full_date
from ccb_desktop.domain.meetings import (
    AttendanceMark,
    Mark,
    Meeting,
    RosterEntry,
    allowed_marks,
    percent,
)
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.support import CaseStatus, SupportCase
from ccb_desktop.domain.vocabulary import ETHNICITIES, MovementKind
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.support import SupportService

DAY = dt.date(2026, 11, 5)


def test_an_excused_member_is_present_or_excused_and_only_they_are_excused() -> None:
    """The sheet's rule, as the domain states it."""
    excused = RosterEntry(1, expected=False, exempt=True, still_on_roster=True)
    active = RosterEntry(2, expected=True, exempt=False, still_on_roster=True)
    assert allowed_marks(excused) == {Mark.PRESENT, Mark.EXEMPT}
    assert allowed_marks(active) == {
        Mark.PRESENT,
        Mark.EXCUSED_ABSENCE,
        Mark.UNEXCUSED_ABSENCE,
    }


def _member(service: MemberService, given: str, *kinds: MovementKind) -> int:
    member_id = service.add(Member("Nguyễn Văn", given))
    for month, kind in enumerate((MovementKind.ADMITTED, *kinds), start=1):
        service.record_movement(member_id, Movement(kind, PartialDate(2020, month, 1)))
    return member_id


@pytest.mark.parametrize(
    ("excused", "mark"),
    [(False, Mark.EXEMPT), (True, Mark.UNEXCUSED_ABSENCE), (True, Mark.EXCUSED_ABSENCE)],
)
def test_the_service_refuses_a_mark_the_sheet_would_not_take(
    db: Database, clock: FixedClock, excused: bool, mark: Mark
) -> None:
    """Saving "M" for an active member, or an absence for an excused one, is refused with
    the member named; no meeting and no mark is written."""
    members = MemberService(db, clock)
    kinds = (MovementKind.EXCUSED,) if excused else ()
    member_id = _member(members, "An", *kinds)
    other = _member(members, "Bình")
    with pytest.raises(ValidationError) as raised:
        MeetingService(db, clock).save(
            Meeting(DAY, content="Sinh hoạt"),
            [AttendanceMark(other, Mark.PRESENT), AttendanceMark(member_id, mark)],
        )
    texts = [issue.message.render() for issue in raised.value.issues]
    assert len(texts) == 1 and "Nguyễn Văn An" in texts[0]
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0


def test_the_marks_the_sheet_takes_are_saved(db: Database, clock: FixedClock) -> None:
    """An excused member marked "M" and an active one marked absent are saved as given."""
    members = MemberService(db, clock)
    excused = _member(members, "An", MovementKind.EXCUSED)
    active = _member(members, "Bình")
    meeting_id = MeetingService(db, clock).save(
        Meeting(DAY, content="Sinh hoạt"),
        [AttendanceMark(excused, Mark.EXEMPT), AttendanceMark(active, Mark.UNEXCUSED_ABSENCE)],
    )
    saved = dict(
        db.execute(
            "SELECT member_id, mark FROM attendance WHERE meeting_id = ?", [meeting_id]
        ).fetchall()
    )
    assert saved == {excused: "M", active: "K"}


def test_a_record_that_needs_the_day_refuses_a_month_or_nothing() -> None:
    """full_date: a day is a date; a month, a year or nothing (when required) is refused."""
    assert full_date(PartialDate(2026, 3, 9)) == dt.date(2026, 3, 9)
    assert full_date(None, required=False) is None
    for value in (PartialDate(2026, 3), PartialDate(2026), None):
        with pytest.raises(DateParseError):
            full_date(value)


def test_a_closed_case_keeps_its_reason_and_a_reopened_one_loses_it(
    db: Database, clock: FixedClock
) -> None:
    """The service, not the dialog, decides: the reason stays while the case is closed and
    is cleared when it is reopened."""
    member_id = MemberService(db, clock).add(Member("Lê Văn", "Tám"))
    support = SupportService(db, clock)
    case = SupportCase(member_id, dt.date(2026, 3, 1), cause="Ốm")
    case_id = support.open_case(case)
    closed = dataclasses.replace(
        case, id=case_id, status=CaseStatus.MOVED, closed_reason="Chuyển đi 02/10/2026"
    )
    support.save_case(closed)
    query = "SELECT closed_reason FROM support_cases WHERE id = ?"
    assert db.execute(query, [case_id]).fetchone()[0] == "Chuyển đi 02/10/2026"
    support.save_case(dataclasses.replace(closed, status=CaseStatus.SUPPORTING))
    assert db.execute(query, [case_id]).fetchone()[0] == ""


def test_one_rate_as_every_screen_and_report_writes_it() -> None:
    """Present of expected, rounded to a whole percent; nothing when nobody was expected."""
    assert [percent(1, 3), percent(2, 3), percent(12, 12), percent(0, 5), percent(0, 0)] == [
        "33%",
        "67%",
        "100%",
        "0%",
        "",
    ]


def test_the_rate_and_the_ethnicities_are_written_once() -> None:
    """No module but the domain computes a rate by hand or lists the ethnicities."""
    package = Path(ccb_desktop.__file__).parent
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.parent.name != "domain":
            assert "round(100" not in text and "round(rate" not in text, path
        if path.parent.name != "domain":
            assert "ETHNICITIES = " not in text, path
    assert "Kinh" in ETHNICITIES and "Khác" in ETHNICITIES


def test_a_party_year_is_saved_only_for_a_party_member(db: Database, clock: FixedClock) -> None:
    """The service drops a year whose box was unticked, whoever calls it."""
    service = MemberService(db, clock)
    kept = service.add(Member("Trần", "Cúc", party_member=True, party_year=1972))
    dropped = service.add(Member("Trần", "Dũng", party_member=False, party_year=1972))
    years = dict(db.execute("SELECT id, party_year FROM members").fetchall())
    assert years == {kept: 1972, dropped: None}


def test_a_loan_owes_the_whole_amount_until_a_balance_is_entered() -> None:
    """The loan form's default balance, as the domain states it."""
    from ccb_desktop.domain.support import loan_balance

    assert [loan_balance(5_000_000, None), loan_balance(5_000_000, 0)] == [5_000_000, 0]
