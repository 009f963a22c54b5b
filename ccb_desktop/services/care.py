"""User actions on care visits (thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà), and the care
figures the year-end review reports."""

from __future__ import annotations

import datetime as dt

from ccb_desktop.db import care as repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.care import CareFigures, CareVisit, care_figures, check_visit
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.errors import NotFoundError, ValidationError, error
from ccb_desktop.services.clock import Clock, SystemClock


class CareService:
    """Record, correct and remove care visits (each one undoable action in the history), list
    a member's, and count a period's."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _name(self, member_id: int) -> str:
        with storage_errors(self.db):
            member = member_repo.get_member(self.db, member_id)
        if member is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This member is no longer in the file.")
            )
        return member.full_name

    def save(self, visit: CareVisit) -> int:
        """Add a visit (no id) or correct one; returns its id. Raises ValidationError."""
        visit = visit.normalized()
        issues = check_visit(visit, self.clock.today())
        if issues:
            raise ValidationError(issues)
        name = self._name(visit.member_id)
        template = (
            QT_TRANSLATE_NOOP("History", "Record a care visit to {name}")
            if visit.id is None
            else QT_TRANSLATE_NOOP("History", "Edit a care visit to {name}")
        )
        now = self.clock.now()
        with (
            storage_errors(self.db),
            recorded(self.db, message("History", template, name=name), now),
        ):
            if visit.id is None:
                return repo.insert_visit(self.db, visit, now)
            repo.update_visit(self.db, visit, now)
            return visit.id

    def delete(self, visit_id: int) -> None:
        """Remove a visit entered by mistake (Ctrl+Z brings it back)."""
        with storage_errors(self.db):
            visit = repo.get_visit(self.db, visit_id)
        if visit is None:
            return
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Delete a care visit to {name}"),
            name=self._name(visit.member_id),
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.delete_visit(self.db, visit_id)

    def of_member(self, member_id: int) -> list[CareVisit]:
        """A member's visits, newest first."""
        with storage_errors(self.db):
            return repo.visits_of(self.db, member_id)

    def between(self, start: dt.date, end: dt.date) -> list[CareVisit]:
        with storage_errors(self.db):
            return repo.visits_between(self.db, start, end)

    def figures(self, start: dt.date, end: dt.date) -> CareFigures:
        """People visited and money given from `start` to `end` (inclusive), by kind
        (`CareKind`) and in all: what the year-end review reports of care."""
        return care_figures(self.between(start, end), start, end)
