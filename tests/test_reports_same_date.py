"""Two meetings on the same date: the secretary is warned and may open the recorded one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.meetings import MeetingRow, MeetingService
from ccb_desktop.services.members import MemberService
from ccb_desktop.ui.meeting_dialog import MeetingDialog

DAY = dt.date(2026, 11, 5)


@pytest.fixture
def recorded(db: Database, clock: FixedClock) -> tuple[MeetingService, int]:
    members = MemberService(db, clock)
    member_id = members.add(Member("Nguyễn Văn", "An"))
    members.record_movement(member_id, Movement(MovementKind.ADMITTED, PartialDate(2020)))
    service = MeetingService(db, clock)
    return service, service.save(Meeting(DAY), [AttendanceMark(member_id, Mark.PRESENT)])


def _count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM meetings WHERE deleted_at IS NULL").fetchone()[0])


@pytest.mark.parametrize("answer", ["open", "save", "cancel"])
def test_a_second_meeting_on_a_date_is_warned_about(  # type: ignore[no-untyped-def]
    qtbot, db: Database, recorded: tuple[MeetingService, int], monkeypatch, answer: str
) -> None:
    """The warning names the recorded meeting; open → nothing saved and the recorded one
    chosen; save → two meetings; cancel → the form stays, nothing saved."""
    service, existing = recorded
    dialog = MeetingDialog(service, [], None)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    asked: list[MeetingRow] = []
    monkeypatch.setattr(dialog, "_ask_same_date", lambda row: asked.append(row) or answer)
    dialog.save()
    assert [row.meeting.id for row in asked] == [existing]
    assert asked[0].totals.present == 1
    if answer == "open":
        assert dialog.open_instead == existing and _count(db) == 1
    elif answer == "save":
        assert dialog.saved_id is not None and _count(db) == 2
    else:
        assert dialog.saved_id is None and dialog.open_instead is None and _count(db) == 1


def test_saving_the_recorded_meeting_again_is_not_warned(  # type: ignore[no-untyped-def]
    qtbot, db: Database, recorded: tuple[MeetingService, int], monkeypatch
) -> None:
    """Re-saving the meeting itself is not a second meeting on its date."""
    service, existing = recorded
    dialog = MeetingDialog(service, [], service.get(existing))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "_ask_same_date", lambda row: pytest.fail("warned"))
    dialog.save()
    assert dialog.saved_id == existing and _count(db) == 1
