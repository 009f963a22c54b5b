"""Undo and redo of the last user actions, and the change history of a record."""

from __future__ import annotations

from ccb_desktop.db import history as repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.history import Action, Change
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.services.clock import Clock, SystemClock

CONTEXT = "History"


class HistoryService:
    """What was done, taking back the latest of it (Ctrl+Z) and doing again what was taken
    back (Ctrl+Y), across restarts."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def last_undoable(self) -> Action | None:
        """The action Ctrl+Z would take back, or None."""
        with storage_errors(self.db):
            return repo.last_undoable(self.db, CONTEXT)

    def undo_last(self) -> Action | None:
        """Take back the most recent action in one transaction; returns it (None if none)."""
        action = self.last_undoable()
        if action is None:
            return None
        label = message(CONTEXT, QT_TRANSLATE_NOOP("History", "Undo"))
        with storage_errors(self.db), recorded(self.db, label, self.clock.now(), undoes=action.id):
            repo.revert(self.db, action.id)
        return action

    def last_redoable(self) -> Action | None:
        """The action Ctrl+Y would do again (the latest one undone), or None."""
        with storage_errors(self.db):
            found = repo.last_redoable(self.db, CONTEXT)
        return found[1] if found else None

    def redo_last(self) -> Action | None:
        """Do again what the latest undo took back, in one transaction; returns the action."""
        with storage_errors(self.db):
            found = repo.last_redoable(self.db, CONTEXT)
        if found is None:
            return None
        undo_id, action = found
        label = message(CONTEXT, QT_TRANSLATE_NOOP("History", "Redo"))
        with storage_errors(self.db), recorded(self.db, label, self.clock.now(), undoes=undo_id):
            repo.revert(self.db, undo_id)
            repo.reinstate(self.db, action.id)
        return action

    def is_large(self, action: Action) -> bool:
        """Whether undoing `action` takes back much at once (an import, a meeting's attendance,
        several members), so the secretary is asked first."""
        with storage_errors(self.db):
            bulk, counts = repo.action_size(self.db, action.id)
        return bulk or counts.get("members", 0) > 1 or counts.get("attendance", 0) > 1

    def of_member(self, member_id: int) -> list[Change]:
        with storage_errors(self.db):
            return repo.changes_for(self.db, CONTEXT, member_id=member_id)

    def of_case(self, case_id: int) -> list[Change]:
        with storage_errors(self.db):
            return repo.changes_for(self.db, CONTEXT, case_id=case_id)

    def of_meeting(self, meeting_id: int) -> list[Change]:
        with storage_errors(self.db):
            return repo.changes_for(self.db, CONTEXT, meeting_id=meeting_id)
