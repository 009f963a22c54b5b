"""The attendance sheet of one meeting: a mark per member, set by mouse or by one key."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ccb_desktop.domain.meetings import (
    AttendanceMark,
    Mark,
    MeetingTotals,
    allowed_marks,
    meeting_totals,
)
from ccb_desktop.services.meetings import SheetLine

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Colour helps, but every state is also written out in words (colour-blind, old screens).
MARK_COLOURS = {
    Mark.PRESENT: "#dff0d8",
    Mark.EXCUSED_ABSENCE: "#fcf3cf",
    Mark.UNEXCUSED_ABSENCE: "#f8d7da",
    Mark.EXEMPT: "#e9ecef",
}


class SheetColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    TEAM = 2
    MARK = 3
    REASON = 4


class AttendanceModel(QAbstractTableModel):
    """Lines of the sheet with the marks being edited; only the reason is typed in place."""

    marks_changed = Signal()
    """Emitted after any mark or reason changed (the live count listens)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[SheetLine] = []
        self._marks: dict[int, AttendanceMark] = {}
        self._headers = [
            self.tr("No."),
            self.tr("Full name"),
            self.tr("Team"),
            self.tr("Attendance"),
            self.tr("Reason for absence"),
        ]
        self._not_marked = self.tr("— not marked —")
        self._left = self.tr("(no longer on the list for this date)")

    # Loading and reading ------------------------------------------------------------------

    def set_lines(self, lines: list[SheetLine], keep_marks: bool = False) -> None:
        """Show a sheet; with `keep_marks`, marks already set here are kept for members still listed."""
        self.beginResetModel()
        previous = self._marks if keep_marks else {}
        self._lines = lines
        self._marks = {}
        for line in lines:
            mark = previous.get(line.member.id) or line.mark
            if mark is None and line.entry.exempt:
                mark = AttendanceMark(line.member.id, Mark.EXEMPT)
            if mark is not None:
                self._marks[line.member.id] = mark
        self.endResetModel()
        self.marks_changed.emit()

    def marks(self) -> list[AttendanceMark]:
        """The marks to save, in sheet order."""
        return [
            self._marks[line.member.id] for line in self._lines if line.member.id in self._marks
        ]

    def totals(self) -> MeetingTotals:
        return meeting_totals([line.entry for line in self._lines], self._marks)

    def unmarked(self) -> int:
        return sum(
            1 for line in self._lines if line.entry.expected and line.member.id not in self._marks
        )

    def line(self, row: int) -> SheetLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def mark_of(self, row: int) -> Mark | None:
        line = self.line(row)
        found = self._marks.get(line.member.id) if line else None
        return found.mark if found else None

    # Changing ---------------------------------------------------------------------------

    def set_mark(self, rows: list[int], mark: Mark) -> None:
        """Set `mark` on these rows. Exempt members can only be marked present or exempt."""
        changed = False
        for row in rows:
            line = self.line(row)
            if line is None:
                continue
            if mark not in allowed_marks(line.entry):
                continue
            old = self._marks.get(line.member.id)
            reason = old.reason if old and mark is Mark.EXCUSED_ABSENCE else ""
            self._marks[line.member.id] = AttendanceMark(line.member.id, mark, reason)
            changed = True
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(SheetColumn) - 1))
        if changed:
            self.marks_changed.emit()

    def mark_all_present(self) -> None:
        """The one action that starts every sheet: everyone expected is present."""
        rows = [r for r, line in enumerate(self._lines) if line.entry.expected]
        self.set_mark(rows, Mark.PRESENT)

    # Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(SheetColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if (
            index.isValid()
            and index.column() == SheetColumn.REASON
            and self.mark_of(index.row()) is Mark.EXCUSED_ABSENCE
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = SheetColumn(index.column())
        mark = self._marks.get(line.member.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is SheetColumn.NUMBER:
                return str(index.row() + 1)
            if column is SheetColumn.NAME:
                suffix = "" if line.entry.still_on_roster else " " + self._left
                return line.member.full_name + suffix
            if column is SheetColumn.TEAM:
                return line.member.team
            if column is SheetColumn.MARK:
                return f"{mark.mark.value} · {mark.mark.label}" if mark else self._not_marked
            return mark.reason if mark else ""
        if role == Qt.ItemDataRole.BackgroundRole and column is SheetColumn.MARK and mark:
            return QBrush(QColor(MARK_COLOURS[mark.mark]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is SheetColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.line(index.row()) if index.isValid() else None
        if line is None or role != Qt.ItemDataRole.EditRole or index.column() != SheetColumn.REASON:
            return False
        mark = self._marks.get(line.member.id)
        if mark is None or mark.mark is not Mark.EXCUSED_ABSENCE:
            return False
        self._marks[line.member.id] = AttendanceMark(line.member.id, mark.mark, str(value).strip())
        self.dataChanged.emit(index, index)
        self.marks_changed.emit()
        return True
