"""Recording a meeting and taking its attendance, by mouse or by keyboard alone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.meetings import Mark, Meeting, MeetingKind
from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.errors import CcbError, ValidationError
from ccb_desktop.i18n import render
from ccb_desktop.services.dues import DuesService
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.meetings import MeetingRow, MeetingService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.attendance_model import AttendanceModel, SheetColumn
from ccb_desktop.ui.dues_dialogs import collect_dues_at_meeting
from ccb_desktop.ui.history_view import show_history_dialog
from ccb_desktop.ui.widgets import ERROR_STYLE, enum_data, fit_dialog

# One key per state, the letters of the paper book; digits for those who prefer them.
KEY_MARKS = {
    Qt.Key.Key_C: Mark.PRESENT,
    Qt.Key.Key_1: Mark.PRESENT,
    Qt.Key.Key_P: Mark.EXCUSED_ABSENCE,
    Qt.Key.Key_2: Mark.EXCUSED_ABSENCE,
    Qt.Key.Key_K: Mark.UNEXCUSED_ABSENCE,
    Qt.Key.Key_3: Mark.UNEXCUSED_ABSENCE,
    Qt.Key.Key_M: Mark.EXEMPT,
}


class AttendanceView(QTableView):
    """The sheet: arrow keys move, C / P / K (or 1 / 2 / 3) mark and go to the next member."""

    mark_requested = Signal(object)
    """Emitted with the Mark for the selected rows when a mark key is pressed."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mark = KEY_MARKS.get(Qt.Key(event.key()))
        if mark is not None and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.mark_requested.emit(mark)
            return
        super().keyPressEvent(event)


class MeetingDialog(QDialog):
    """A meeting's details on top, its attendance sheet below; saved as one transaction."""

    meeting_saved = Signal(int)
    """Emitted with the meeting's id after it was saved."""

    dues_collected = Signal(int)
    """Emitted with the number of hội phí payments recorded from this sheet."""

    def __init__(
        self,
        service: MeetingService,
        members: list[MemberSummary],
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
        history: HistoryService | None = None,
        dues: DuesService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.dues = dues
        self.original = meeting
        self.saved_id: int | None = None
        self.open_instead: int | None = None  # a meeting on the same date, to open instead
        self.setWindowTitle(
            self.tr("Meeting and attendance") if meeting else self.tr("New meeting")
        )

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        day = meeting.date if meeting else service.clock.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.dateChanged.connect(self._date_changed)
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(kind.label, kind)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Nhà văn hóa khu phố 3"))
        self.chaired_by = self._member_combo(members)
        self.minutes_by = self._member_combo(members)
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("What was discussed and decided"))
        self.content.setFixedHeight(70)
        self.notes = QLineEdit()
        self.date_error = QLabel()
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.hide()

        details = QGridLayout()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Date:"), self.date)
        left.addRow("", self.date_error)
        left.addRow(self.tr("Kind:"), self.kind)
        left.addRow(self.tr("Place:"), self.place)
        right.addRow(self.tr("Chaired by:"), self.chaired_by)
        right.addRow(self.tr("Minutes by:"), self.minutes_by)
        right.addRow(self.tr("Notes:"), self.notes)
        details.addLayout(left, 0, 0)
        details.addLayout(right, 0, 1)
        content_form = QFormLayout()
        content_form.addRow(self.tr("Content and resolutions:"), self.content)

        self.model = AttendanceModel(self)
        self.sheet = AttendanceView()
        self.sheet.setModel(self.model)
        self.sheet.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheet.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sheet.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.sheet.verticalHeader().hide()
        self.sheet.horizontalHeader().setResizeContentsPrecision(40)
        self.sheet.horizontalHeader().setSectionResizeMode(
            SheetColumn.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.sheet.mark_requested.connect(self._mark_selected_and_advance)
        self.model.marks_changed.connect(self._update_count)

        self.all_present_button = QPushButton(self.tr("Everyone present"))
        self.all_present_button.clicked.connect(self._mark_all_present)
        self.present_button = QPushButton(self.tr("Present (C)"))
        self.present_button.clicked.connect(lambda: self._mark_selected(Mark.PRESENT))
        self.excused_button = QPushButton(self.tr("Absent with reason (P)"))
        self.excused_button.clicked.connect(lambda: self._mark_selected(Mark.EXCUSED_ABSENCE))
        self.unexcused_button = QPushButton(self.tr("Absent without reason (K)"))
        self.unexcused_button.clicked.connect(lambda: self._mark_selected(Mark.UNEXCUSED_ABSENCE))
        for button in (
            self.all_present_button,
            self.present_button,
            self.excused_button,
            self.unexcused_button,
        ):
            button.setMinimumHeight(40)
        marks_row = QHBoxLayout()
        for button in (
            self.all_present_button,
            self.present_button,
            self.excused_button,
            self.unexcused_button,
        ):
            marks_row.addWidget(button)
        marks_row.addStretch(1)
        # Hội phí is collected at the meeting: the form opens with those marked present ticked.
        self.collect_button = QPushButton(self.tr("Collect dues…"))
        self.collect_button.setMinimumHeight(40)
        self.collect_button.setToolTip(
            self.tr("Record the hội phí paid at this meeting; those marked present are ticked.")
        )
        self.collect_button.clicked.connect(self.collect_dues)
        self.collect_button.setVisible(dues is not None)
        marks_row.addWidget(self.collect_button)
        self.count_label = QLabel()
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        hint = QLabel(
            self.tr(
                "Press “Everyone present”, then pick the absent: arrow keys to move, C present, "
                "P absent with reason (then type the reason), K absent without reason."
            )
        )
        hint.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setMinimumHeight(36)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setMinimumHeight(36)
        cancel.clicked.connect(self.reject)
        # Enter confirms a typed reason in the sheet; it must never save the whole meeting.
        # Dialog buttons are "auto-default" unless told otherwise, so every one is told.
        for button in (
            self.all_present_button,
            self.present_button,
            self.excused_button,
            self.unexcused_button,
            self.collect_button,
            self.save_button,
            cancel,
        ):
            button.setAutoDefault(False)
            button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        if history is not None and meeting is not None and meeting.id is not None:
            history_button = QPushButton(self.tr("Change history…"))
            history_button.setAutoDefault(False)
            meeting_id = meeting.id
            history_button.clicked.connect(lambda: self._show_history(history, meeting_id))
            bottom.addWidget(history_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addLayout(content_form)
        layout.addWidget(hint)
        layout.addLayout(marks_row)
        layout.addWidget(self.sheet, 1)
        layout.addLayout(bottom)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        if meeting is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
            self.place.setText(meeting.place)
            self.content.setPlainText(meeting.content)
            self.notes.setText(meeting.notes)
            self._select_member(self.chaired_by, meeting.chaired_by)
            self._select_member(self.minutes_by, meeting.minutes_by)
        self._load_sheet(keep_marks=False)
        self._initial = self._snapshot()
        fit_dialog(self, 1000, 720)
        self.sheet.setFocus()

    # Building ---------------------------------------------------------------------------

    def _show_history(self, history: HistoryService, meeting_id: int) -> None:
        show_history_dialog(
            self, self.tr("Change history of the meeting"), lambda: history.of_meeting(meeting_id)
        )

    def _member_combo(self, members: list[MemberSummary]) -> QComboBox:
        combo = QComboBox()
        combo.addItem("", None)
        for member in members:
            combo.addItem(member.full_name, member.id)
        return combo

    @staticmethod
    def _select_member(combo: QComboBox, member_id: int | None) -> None:
        index = combo.findData(member_id) if member_id is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def meeting_date(self) -> dt.date:
        value = self.date.date()
        return dt.date(value.year(), value.month(), value.day())

    def _load_sheet(self, keep_marks: bool) -> None:
        meeting_id = self.original.id if self.original else None
        try:
            lines = self.service.sheet(self.meeting_date(), meeting_id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.set_lines(lines, keep_marks=keep_marks)
        self.sheet.resizeColumnsToContents()
        self.sheet.setColumnWidth(
            SheetColumn.MARK, max(self.sheet.columnWidth(SheetColumn.MARK), 220)
        )
        if self.model.rowCount():
            self.sheet.selectRow(0)

    def _date_changed(self) -> None:
        # Who is expected depends on the date: rebuild the sheet, keeping marks already set.
        self._load_sheet(keep_marks=True)

    # Marking ----------------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.sheet.selectionModel().selectedRows()})

    def _mark_all_present(self) -> None:
        self.model.mark_all_present()
        self.sheet.setFocus()  # so the next key (P, K, arrows) acts on the sheet

    def _mark_selected(self, mark: Mark) -> None:
        rows = self._selected_rows()
        self.model.set_mark(rows, mark)
        self.sheet.setFocus()
        if mark is Mark.EXCUSED_ABSENCE and len(rows) == 1:
            self.sheet.setCurrentIndex(self.model.index(rows[0], SheetColumn.REASON))
            self.sheet.edit(self.model.index(rows[0], SheetColumn.REASON))

    def _mark_selected_and_advance(self, mark: Mark) -> None:
        rows = self._selected_rows()
        self._mark_selected(mark)
        if mark is Mark.EXCUSED_ABSENCE or len(rows) != 1:
            return
        following = rows[0] + 1
        if following < self.model.rowCount():
            self.sheet.selectionModel().setCurrentIndex(
                self.model.index(following, SheetColumn.MARK),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_count(self) -> None:
        totals = self.model.totals()
        text = self.tr(
            "Present %1 · absent with reason %2 · without reason %3 · expected %4 · excused from meetings %5"
        )
        for number, value in enumerate(
            (totals.present, totals.excused, totals.unexcused, totals.expected, totals.exempt),
            start=1,
        ):
            text = text.replace(f"%{number}", str(value))
        unmarked = self.model.unmarked()
        if unmarked:
            text += " · " + self.tr("not marked yet %1").replace("%1", str(unmarked))
        self.count_label.setText(text)

    def present_members(self) -> set[int]:
        """The members marked "Có mặt" on the sheet as it stands (saved or not)."""
        return {
            line.member.id
            for row in range(self.model.rowCount())
            if (line := self.model.line(row)) is not None
            and self.model.mark_of(row) is Mark.PRESENT
        }

    def collect_dues(self) -> None:
        """Open the dues payment form with this sheet's present members ticked."""
        if self.dues is None:
            return
        present = self.present_members()
        if not present:
            dialogs.info(
                self,
                self.tr("Collect dues"),
                self.tr("Mark who is present first: their names are ticked in the dues form."),
            )
            return
        count = collect_dues_at_meeting(self.dues, self.meeting_date(), present, self)
        if count is not None:
            self.dues_collected.emit(count)
        self.sheet.setFocus()

    # Saving -----------------------------------------------------------------------------

    def _snapshot(self) -> tuple[Meeting, list[object]]:
        return self.collect(), list(self.model.marks())

    def has_unsaved_changes(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        if self.has_unsaved_changes() and not dialogs.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close and lose the attendance and details you entered?"),
            self.tr("Close without saving"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()

    def collect(self) -> Meeting:
        return Meeting(
            date=self.meeting_date(),
            kind=enum_data(self.kind, MeetingKind) or MeetingKind.REGULAR,
            place=self.place.text(),
            content=self.content.toPlainText(),
            chaired_by=self.chaired_by.currentData(),
            minutes_by=self.minutes_by.currentData(),
            notes=self.notes.text(),
            id=self.original.id if self.original else None,
        )

    def _ask_same_date(self, existing: MeetingRow) -> str:
        """Warn that a meeting on this date is already recorded: "open", "save" or "cancel"."""
        totals = existing.totals
        text = (
            self.tr(
                "A meeting on %1 is already recorded (%2, present %3 of %4). Two meetings on "
                "the same date are usually the same meeting entered twice, and a second sheet "
                "changes who has missed meetings in a row."
            )
            .replace("%1", existing.meeting.date.strftime("%d/%m/%Y"))
            .replace("%2", existing.meeting.kind.label)
            .replace("%3", str(totals.present))
            .replace("%4", str(totals.expected))
        )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Meeting already recorded"), text)
        box.setParent(self, box.windowFlags())
        open_button = box.addButton(
            self.tr("Open the recorded meeting"), QMessageBox.ButtonRole.AcceptRole
        )
        save_button = box.addButton(
            self.tr("Save as another meeting"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "save" if clicked is save_button else "cancel"

    def save(self) -> None:
        """Save the meeting with its marks in one transaction; the form stays open on failure."""
        self.date_error.hide()
        meeting = self.collect()
        try:
            others = self.service.others_on(meeting.date, meeting.id)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The meeting was not saved"))
            return
        if others:
            answer = self._ask_same_date(others[0])
            if answer == "cancel":
                return
            if answer == "open":
                # The caller opens the recorded meeting instead; nothing here is saved.
                self.open_instead = others[0].meeting.id
                QDialog.reject(self)
                return
        try:
            self.saved_id = self.service.save(self.collect(), self.model.marks())
        except ValidationError as exc:
            self.date_error.setText("\n".join(render(issue.message) for issue in exc.issues))
            self.date_error.show()
            return
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The meeting was not saved"))
            return
        self.meeting_saved.emit(self.saved_id)
        self.accept()
