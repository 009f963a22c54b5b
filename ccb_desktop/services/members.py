"""User actions on the member register: add, edit, record a movement, delete and undo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ccb_desktop.db import members as repo
from ccb_desktop.db.connection import Database, data_file_name, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.register import MemberFilter, MemberSummary
from ccb_desktop.domain.text import normalize
from ccb_desktop.domain.validation import Issue, validate_member, validate_movement
from ccb_desktop.domain.vocabulary import MovementKind, Status
from ccb_desktop.errors import NotFoundError, ValidationError, error
from ccb_desktop.services.clock import Clock, SystemClock

if TYPE_CHECKING:  # the details' parts, imported when first read: not needed to start
    from ccb_desktop.domain.meetings import MemberAttendance
    from ccb_desktop.domain.support import Classification, SupportCase


@dataclass(frozen=True)
class MovementRecorded:
    """What the window must refresh after a movement: the member and their new status."""

    member_id: int
    movement_id: int
    status: Status


@dataclass(frozen=True)
class MemberDetails:
    """What the register's details panel shows about one member, read at once."""

    member: Member
    attendance: MemberAttendance
    """The last twelve months, as the attention list counts them."""
    classification: Classification | None
    """The household's latest classification (giảm nghèo), if any."""
    open_case: SupportCase | None
    """The household's open support case, if any."""


class MemberService:
    """The register's actions, each one transaction on the data file."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _path(self) -> str:  # the file's name, for callers written before storage_errors(db)
        return data_file_name(self.db)

    # Reading ---------------------------------------------------------------------------

    def search(self, flt: MemberFilter) -> list[MemberSummary]:
        """Members matching the filter, in the official order."""
        with storage_errors(self.db):
            return repo.list_members(self.db, flt)

    def find(self, flt: MemberFilter) -> repo.MemberRows:
        """The same members as `search`, read a page at a time as a list shows them: what the
        register's search box uses, so a keystroke stays quick at 100,000 members."""
        with storage_errors(self.db):
            return repo.MemberRows(self.db, repo.member_ids(self.db, flt))

    def count(self, flt: MemberFilter | None = None) -> int:
        """How many members match (all living records when no filter)."""
        with storage_errors(self.db):
            return repo.count_members(self.db, flt)

    def get(self, member_id: int) -> Member:
        """The complete record; NotFoundError if it was deleted meanwhile."""
        with storage_errors(self.db):
            member = repo.get_member(self.db, member_id)
        if member is None:
            raise error(
                NotFoundError,
                QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists."),
            )
        return member

    def details(self, member_id: int) -> MemberDetails:
        """The record, its attendance of the last 12 months and its household's support."""
        from ccb_desktop.services.meetings import MeetingService
        from ccb_desktop.services.support import SupportService

        member = self.get(member_id)
        attendance = MeetingService(self.db, self.clock).recent_history(member_id)
        classification, case = SupportService(self.db, self.clock).situation(member_id)
        return MemberDetails(member, attendance, classification, case)

    def teams(self) -> list[str]:
        """The tổ hội names in use."""
        with storage_errors(self.db):
            return repo.teams(self.db)

    def check(self, member: Member) -> list[Issue]:
        """Every problem that would stop `member` from being saved (for validate-as-you-type)."""
        member = member.normalized()
        with storage_errors(self.db):
            holder = repo.card_number_holder(self.db, member.card_number, member.id)
        return validate_member(member, self.clock.today(), holder)

    # Writing ---------------------------------------------------------------------------

    def add(self, member: Member) -> int:
        """Add a new member; returns the new id. Raises ValidationError, saving nothing."""
        member = member.normalized()
        issues = self.check(member)
        if issues:
            raise ValidationError(issues)
        label = message(
            "History", QT_TRANSLATE_NOOP("History", "Add member {name}"), name=member.full_name
        )
        now = self.clock.now()
        with storage_errors(self.db), recorded(self.db, label, now):
            return repo.insert_member(self.db, member, now)

    def update(self, member: Member) -> None:
        """Save changes to an existing member. Raises ValidationError, saving nothing."""
        member_id = member.id
        if member_id is None:
            raise ValueError("update() needs a stored member")
        member = member.normalized()
        issues = self.check(member)
        if issues:
            raise ValidationError(issues)
        label = message(
            "History", QT_TRANSLATE_NOOP("History", "Edit member {name}"), name=member.full_name
        )
        now = self.clock.now()
        with storage_errors(self.db), recorded(self.db, label, now):
            if repo.get_member(self.db, member_id) is None:
                raise error(
                    NotFoundError,
                    QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists."),
                )
            repo.update_member(self.db, member, now)

    def record_movement(self, member_id: int, movement: Movement) -> MovementRecorded:
        """Record a kết nạp, chuyển đến/đi, từ trần, xóa tên or miễn sinh hoạt."""
        member = self.get(member_id)
        issues = validate_movement(member, movement, self.clock.today())
        if issues:
            raise ValidationError(issues)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record “{kind}” for {name}"),
            kind=movement.kind.label,
            name=member.full_name,
        )
        from ccb_desktop.db import support as support_repo
        from ccb_desktop.domain.support import CaseStatus

        now = self.clock.now()
        with storage_errors(self.db), recorded(self.db, label, now):
            movement_id = repo.insert_movement(self.db, member_id, movement, now)
            # A household that leaves the chi hội keeps its support case, closed with the reason.
            closing = {
                MovementKind.TRANSFERRED_OUT: CaseStatus.MOVED,
                MovementKind.DECEASED: CaseStatus.CLOSED,
                MovementKind.STRUCK_OFF: CaseStatus.CLOSED,
            }.get(movement.kind)
            if closing is not None:
                support_repo.close_open_cases(
                    self.db,
                    member_id,
                    closing,
                    f"{movement.kind.label} {movement.date.display()}",
                )
            status = repo.refresh_status(self.db, member_id, now)
        return MovementRecorded(member_id, movement_id, status)

    def remove_movement(self, member_id: int, movement_id: int) -> Status:
        """Remove a movement entered by mistake; returns the member's status after it."""
        member = self.get(member_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Remove a movement of {name}"),
            name=member.full_name,
        )
        now = self.clock.now()
        with storage_errors(self.db), recorded(self.db, label, now):
            repo.delete_movement(self.db, member_id, movement_id, now)
            return repo.refresh_status(self.db, member_id, now)

    def delete(self, member_id: int) -> int:
        """Delete a record entered by mistake (members who leave get a movement instead).

        The row is only hidden, so `undo_delete` brings it back whole.
        """
        member = self.get(member_id)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Delete the record of {name}"),
            name=member.full_name,
        )
        now = self.clock.now()
        with storage_errors(self.db), recorded(self.db, label, now):
            repo.set_deleted(self.db, member_id, now)
        return member_id

    def undo_delete(self, member_id: int) -> None:
        """Bring back a deleted record, unless its card number was given to someone since."""
        with storage_errors(self.db):
            member = repo.get_member(self.db, member_id, include_deleted=True)
        if member is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists.")
            )
        with storage_errors(self.db):
            holder = repo.card_number_holder(self.db, member.card_number, member_id)
        if holder:
            raise error(
                NotFoundError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The record cannot be brought back: card number {number} now belongs to {name}.",
                ),
                number=member.card_number,
                name=holder,
            )
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Bring back the record of {name}"),
            name=member.full_name,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.set_deleted(self.db, member_id, None)

    # Year-end evaluation -----------------------------------------------------------------

    def evaluations(self, year: int) -> dict[int, tuple[str, str]]:
        """member id -> (grade, note) for the year."""
        with storage_errors(self.db):
            return repo.evaluations(self.db, year)

    def save_evaluations(self, year: int, grades: dict[int, tuple[str, str]]) -> None:
        """Record the year's evaluation of every member listed, in one action."""
        label = message(
            "History", QT_TRANSLATE_NOOP("History", "Year-end evaluation {year}"), year=year
        )
        cleaned = {i: (normalize(g), normalize(n)) for i, (g, n) in grades.items()}
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.save_evaluations(self.db, year, cleaned)
