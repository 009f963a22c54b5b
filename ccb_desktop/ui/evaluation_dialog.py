"""The year-end evaluation (đánh giá, xếp loại) of every current member, on one sheet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.errors import CcbError
from ccb_desktop.services.members import MemberService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.widgets import FormDialog, fit_dialog


class EvaluationDialog(FormDialog):
    """A grade and a note per member for one year; saved as one action (Ctrl+Z takes it back)."""

    def __init__(
        self, service: MemberService, grades: list[str], year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.year = year
        self.grades = grades
        self.setWindowTitle(self.tr("Year-end evaluation %1").replace("%1", str(year)))
        try:
            self.members = service.search(MemberFilter())
            stored = service.evaluations(year)
        except CcbError as exc:
            dialogs.show_error(parent, exc)
            self.members, stored = [], {}
        self.table = QTableWidget(len(self.members), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Team"), self.tr("Grade"), self.tr("Note")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        self.notes: list[QLineEdit] = []
        for row, member in enumerate(self.members):
            self.table.setItem(row, 0, QTableWidgetItem(member.full_name))
            self.table.setItem(row, 1, QTableWidgetItem(member.team))
            combo = QComboBox()
            combo.addItem("", "")
            for grade in grades:
                combo.addItem(grade, grade)
            grade, note = stored.get(member.id, ("", ""))
            if grade and combo.findData(grade) < 0:
                combo.addItem(grade, grade)  # a grade no longer in the settings stays visible
            combo.setCurrentIndex(max(combo.findData(grade), 0))
            edit = QLineEdit(note)
            self.table.setCellWidget(row, 2, combo)
            self.table.setCellWidget(row, 3, edit)
            self.combos.append(combo)
            self.notes.append(edit)
        self.table.resizeColumnsToContents()
        self.fill_grade = QComboBox()
        for grade in grades:
            self.fill_grade.addItem(grade, grade)
        fill = QPushButton(self.tr("Give everyone not yet graded:"))
        fill.clicked.connect(self.fill_missing)
        top = QHBoxLayout()
        top.addWidget(fill)
        top.addWidget(self.fill_grade)
        top.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("The grades are those of File → Unit details.")), 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        fit_dialog(self, 900, 640)

    def fill_missing(self) -> None:
        """The common case in one click: most members get the same grade."""
        grade = self.fill_grade.currentData()
        for combo in self.combos:
            if not combo.currentData():
                combo.setCurrentIndex(combo.findData(grade))

    def save(self) -> None:
        grades = {
            member.id: (str(combo.currentData() or ""), edit.text())
            for member, combo, edit in zip(self.members, self.combos, self.notes, strict=True)
        }
        try:
            self.service.save_evaluations(self.year, grades)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The evaluation was not saved"))
            return
        self.accept()
