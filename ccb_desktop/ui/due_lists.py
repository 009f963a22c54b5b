"""The lists behind the home screen's figures and traditional days: their names, what they say
under the title, and the dialog that shows, prints and saves one."""

from __future__ import annotations

import dataclasses
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.honours import TraditionalDay
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.overview import DueKind, DueList
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.printing import Printout, preview_dialog
from ccb_desktop.ui.printouts import Printouts
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.widgets import fit_dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Home", text)


TITLES = {
    DueKind.ATTENTION: ("Needs attention", "Members needing attention"),
    DueKind.VISITS: ("Visits due or overdue", "Support visits due or overdue"),
    DueKind.LONGEVITY: ("Mừng thọ in %1", "Members celebrating mừng thọ in %1"),
    DueKind.BIRTHDAYS: ("Birthdays in month %2", "Members born in month %2"),
    DueKind.PARTY_BADGES: ("Party badges in %1", "Huy hiệu Đảng milestones in %1 (for reference)"),
    DueKind.MEDALS: ("Kỷ niệm chương candidates", "Kỷ niệm chương candidates in %1"),
    DueKind.CARE: ("Care visits in %1", "Care visits to members in %1"),
}
# For lupdate: the titles above, in the "Home" context.
_SOURCES = (
    QT_TRANSLATE_NOOP("Home", "Needs attention"),
    QT_TRANSLATE_NOOP("Home", "Members needing attention"),
    QT_TRANSLATE_NOOP("Home", "Visits due or overdue"),
    QT_TRANSLATE_NOOP("Home", "Support visits due or overdue"),
    QT_TRANSLATE_NOOP("Home", "Mừng thọ in %1"),
    QT_TRANSLATE_NOOP("Home", "Members celebrating mừng thọ in %1"),
    QT_TRANSLATE_NOOP("Home", "Birthdays in month %2"),
    QT_TRANSLATE_NOOP("Home", "Members born in month %2"),
    QT_TRANSLATE_NOOP("Home", "Party badges in %1"),
    QT_TRANSLATE_NOOP("Home", "Huy hiệu Đảng milestones in %1 (for reference)"),
    QT_TRANSLATE_NOOP("Home", "Kỷ niệm chương candidates"),
    QT_TRANSLATE_NOOP("Home", "Kỷ niệm chương candidates in %1"),
    QT_TRANSLATE_NOOP("Home", "Traditional days of %1"),
    QT_TRANSLATE_NOOP("Home", "Care visits in %1"),
    QT_TRANSLATE_NOOP("Home", "Care visits to members in %1"),
)


def list_title(kind: DueKind, year: int, month: int, short: bool = False) -> str:
    """A list's name (the tile's when `short`), with its year or month."""
    if kind is DueKind.TRADITIONAL_DAY:
        return _tr("Traditional days of %1").replace("%1", str(year))
    text = _tr(TITLES[kind][0 if short else 1])
    return text.replace("%1", str(year)).replace("%2", f"{month:02d}/{year}")


def list_notes(due: DueList) -> list[str]:
    """What the list must say under its title: how it is counted, what is missing."""
    if due.day is not None:
        notes = [f"{due.day.label} – {due.year}"]
        if due.day is TraditionalDay.HOI_FOUNDING:
            notes += list_notes(dataclasses.replace(due, kind=DueKind.MEDALS, day=None))
            notes.append(
                QCoreApplication.translate(
                    "Home", "The year-end review is its own report, in the Reports tab."
                )
            )
        return notes
    if due.kind is DueKind.PARTY_BADGES:
        return [
            QCoreApplication.translate(
                "Home",
                "Presentation day: the first of 3/2, 19/5, 2/9 and 7/11 on or after the "
                "anniversary of the Party admission (after 7/11: 3/2 of the next year). The Party "
                "cell proposes the badges; this list is for reference only.",
            )
        ]
    if due.kind is DueKind.MEDALS:
        if due.medal_threshold <= 0:
            return [
                QCoreApplication.translate(
                    "Home",
                    "The unit must enter the criterion first: the years in the Hội a member needs "
                    "(File → Unit details). No candidate is listed until then.",
                )
            ]
        return [
            QCoreApplication.translate(
                "Home",
                "Members with at least %1 full years in the Hội on 6/12, never awarded before; "
                "never posthumously.",
            ).replace("%1", str(due.medal_threshold))
        ]
    if due.kind is DueKind.LONGEVITY:
        return [QCoreApplication.translate("Home", "Full ages 70, 75, 80, 85, 90, 95 and 100 or more, reached in %1.").replace(
            "%1", str(due.year))]  # fmt: skip
    return []


class DueListDialog(QDialog):
    """One list behind a tile: the members, what to print, what to save as a workbook."""

    def __init__(self, services: Services, due: DueList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.due = due
        self.title = (
            due.day.list_title  # the year is on the line under it: a long title stays one line
            if due.day is not None
            else list_title(due.kind, due.year, due.month)
        )
        self.setWindowTitle(self.title)
        self.headers = [_tr(h) for h in due.headers]
        self.rows = [row.cells for row in due.rows]
        heading = QLabel(self.title)
        bold = QFont(heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        heading.setFont(bold)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for note in list_notes(due):
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.count = QLabel(self.tr("%1 members listed.").replace("%1", str(len(self.rows))))
        layout.addWidget(self.count)
        self.model = RowsModel(self.headers, self)
        self.model.set_rows([Row(list(r.cells), obj=r.member_id) for r in due.rows])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            len(self.headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.view.resizeColumnsToContents()
        self.view.doubleClicked.connect(self._open_member)
        layout.addWidget(self.view, 1)
        self.chosen_member: int | None = None
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_list)
        self.export_button = QPushButton(self.tr("Save as Excel…"))
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open the member"))
        self.open_button.clicked.connect(lambda: self._open_member(self.view.currentIndex()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        fit_dialog(self, 900, 600)

    def _open_member(self, index: object) -> None:
        row = index.row() if hasattr(index, "row") else -1
        member_id = self.model.row_object(row)
        if isinstance(member_id, int) and member_id:
            self.chosen_member = member_id
            self.accept()

    def subtitle(self) -> str:
        return " ".join(list_notes(self.due))

    def sheet_subtitle(self) -> str:
        """The workbook's line under the title: short, as the sheet's heading has one line for
        it (the printout carries the full notes)."""
        due = self.due
        if due.day is not None:
            return f"{due.day.label} – {due.year}"
        if due.kind is DueKind.BIRTHDAYS:
            return self.tr("Month %1").replace("%1", f"{due.month:02d}/{due.year}")
        if due.kind is DueKind.MEDALS and due.medal_threshold > 0:
            return (
                self.tr("At least %1 full years in the Hội on 6/12/%2, never awarded before")
                .replace("%1", str(due.medal_threshold))
                .replace("%2", str(due.year))
            )
        return self.tr("Year %1").replace("%1", str(due.year))

    def printout(self) -> Printout:
        today = self.services.overview.clock.today()
        printouts = Printouts(self.services.unit.load(), today, self)
        table = printouts.table(["TT", *self.headers], [
            [str(n), *row] for n, row in enumerate(self.rows, start=1)], left=(1, len(self.headers)))  # fmt: skip
        html = printouts.page(
            self.title,
            self.subtitle(),
            table + f"<p>{escape(self.count.text())}</p>",
            printouts.signatures(
                (self.tr("Prepared by"), printouts.unit.preparer_name),
                (self.tr("Head of the chi hội"), printouts.unit.head_name),
            ),
        )
        return Printout(
            self.title, html, landscape=len(self.headers) > 4, file_name="danh-sach.pdf"
        )

    def print_list(self) -> None:
        try:
            preview_dialog(self, self.printout()).exec()
        except CcbError as exc:
            dialogs.show_error(self, exc)

    def export(self) -> Path | None:
        what = self.due.day.value.replace("/", "-") if self.due.day else self.due.kind.value
        name = f"danh-sach-{what}-{self.due.year}.xlsx"
        path = dialogs.ask_save_file(
            self,
            self.tr("Save the list"),
            str(Path.home() / name),
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
        )
        if path is None:
            return None
        try:
            self.services.overview.export_list(
                self.due, self.title, self.sheet_subtitle(), self.headers, path
            )
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The list was not saved"))
            return None
        self.count.setText(self.tr("Saved %1.").replace("%1", str(path)))
        return path
