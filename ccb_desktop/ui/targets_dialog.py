"""Báo cáo → Chỉ tiêu năm…: the year's targets, one line each, with where each stands."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
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

from ccb_desktop.domain.targets import (
    Target,
    TargetKind,
    TargetProgress,
    format_value,
)
from ccb_desktop.errors import CcbError, ValidationError
from ccb_desktop.i18n import render
from ccb_desktop.services.targets import TargetService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.widgets import FormDialog, fit_dialog

KIND, NAME, VALUE, UNIT, ACTUAL, STANDING, NOTE = range(7)


def parse_number(text: str) -> int | None:
    """A whole number as a secretary types it ("500.000", "90 %", "3"); None when empty.
    Raises ValueError on anything else."""
    cleaned = text.replace(".", "").replace(",", "").replace("%", "").replace(" ", "").strip()
    if not cleaned:
        return None
    return int(cleaned)


def number_text(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


def progress_text(progress: TargetProgress, with_reason: bool = True) -> str:
    """Where a target stands, in words for the secretary (translated in "Targets"), with why
    there is no figure when asked."""
    from ccb_desktop.domain.targets import Progress

    words = {
        Progress.ON_TRACK: QCoreApplication.translate("Targets", "On track"),
        Progress.BEHIND: QCoreApplication.translate("Targets", "Behind"),
        Progress.UNKNOWN: QCoreApplication.translate("Targets", "No figure yet"),
    }[progress.progress]
    if with_reason and progress.progress is Progress.UNKNOWN and progress.reason is not None:
        return f"{words}: {render(progress.reason)}"
    return words


class TargetsDialog(FormDialog):
    """The targets of one year: chosen from the kinds the program computes, or free ones
    whose actual value is typed; saved as one action (Ctrl+Z takes it back)."""

    def __init__(self, service: TargetService, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.year = year
        self.setWindowTitle(self.tr("Targets of the year %1").replace("%1", str(year)))
        self.ids: list[int | None] = []
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Target"),
                self.tr("Name (other targets)"),
                self.tr("Aim"),
                self.tr("Unit"),
                self.tr("Actual so far"),
                self.tr("Standing"),
                self.tr("Note"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STANDING, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda row, *_: self._explain(row))
        self.how = QLabel()
        self.how.setWordWrap(True)
        add = QPushButton(self.tr("Add a target"))
        add.clicked.connect(lambda: self.add_row(Target(self.year, TargetKind.FREE, 0)))
        remove = QPushButton(self.tr("Remove the selected target"))
        remove.clicked.connect(self.remove_selected)
        copy = QPushButton(self.tr("Copy last year's targets"))
        copy.clicked.connect(self.copy_previous)
        top = QHBoxLayout()
        top.addWidget(add)
        top.addWidget(remove)
        top.addWidget(copy)
        top.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(cancel)
        intro = QLabel(
            self.tr(
                "The attendance rate, the members admitted, the households out of poverty, the "
                "dues paid and the funds per member are computed from what the program keeps; "
                "for a target of your own type the actual value. "
                "The year-end review judges each one: met, exceeded or not met."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.how)
        layout.addLayout(bottom)
        self._load()
        fit_dialog(self, 980, 560)

    # Filling ---------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            standings = self.service.progress(self.year)
        except CcbError as exc:
            dialogs.show_error(self.parentWidget(), exc)
            standings = []
        for progress in standings:
            self.add_row(progress.target, progress)
        if not standings:
            # A first year: the usual targets, to fill in rather than build.
            for kind in (TargetKind.ATTENDANCE_RATE, TargetKind.ADMISSIONS):
                self.add_row(Target(self.year, kind, 0))
        # Each column as wide as its header (and the kind as its longest name), the rest to
        # the standing: the headers are read whole at any text size.
        header_metrics = QFontMetrics(self.table.horizontalHeader().font())
        cell_metrics = QFontMetrics(self.table.font())
        longest_kind = max(cell_metrics.horizontalAdvance(k.label) for k in TargetKind)
        for column, least in ((KIND, longest_kind + 40), (NAME, 0), (VALUE, 70), (UNIT, 80),
                              (ACTUAL, 0), (NOTE, 90)):  # fmt: skip
            label = self.table.horizontalHeaderItem(column)
            text = label.text() if label is not None else ""
            self.table.setColumnWidth(
                column, max(least, header_metrics.horizontalAdvance(text) + 24)
            )

    def add_row(self, target: Target, progress: TargetProgress | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(target.id)
        kind = QComboBox()
        for k in TargetKind:
            kind.addItem(k.label, k)
        kind.setCurrentIndex(kind.findData(target.kind))
        self.table.setCellWidget(row, KIND, kind)
        self.table.setCellWidget(row, NAME, QLineEdit(target.label))
        self.table.setCellWidget(row, VALUE, QLineEdit(number_text(target.value)))
        self.table.setCellWidget(row, UNIT, QLineEdit(target.unit_text))
        self.table.setCellWidget(row, ACTUAL, QLineEdit(number_text(target.actual)))
        self.table.setCellWidget(row, NOTE, QLineEdit(target.note))
        self.table.setItem(row, STANDING, QTableWidgetItem(""))
        if progress is not None:
            self._show_standing(row, progress)
        kind.currentIndexChanged.connect(lambda _i, combo=kind: self._kind_changed(combo))
        self._kind_changed(kind)

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, KIND) is widget:
                return row
        return -1

    def _edit(self, row: int, column: int) -> QLineEdit:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    def _kind(self, row: int) -> TargetKind:
        combo = self.table.cellWidget(row, KIND)
        assert isinstance(combo, QComboBox)
        return TargetKind(combo.currentData())

    def _kind_changed(self, combo: QComboBox) -> None:
        """Only a free target has its own name and unit; a computed one has no typed actual."""
        row = self._row_of(combo)
        if row < 0:
            return
        kind = self._kind(row)
        free = kind is TargetKind.FREE
        self._edit(row, NAME).setEnabled(free)
        unit = self._edit(row, UNIT)
        unit.setEnabled(free)
        if not free:
            unit.setText(kind.unit)
        actual = self._edit(row, ACTUAL)
        actual.setReadOnly(kind.computed)
        actual.setPlaceholderText(
            self.tr("computed") if kind.computed else self.tr("type the figure")
        )
        self._explain(row)

    def _show_standing(self, row: int, progress: TargetProgress) -> None:
        if progress.target.kind.computed:
            self._edit(row, ACTUAL).setText(number_text(progress.actual))
        item = self.table.item(row, STANDING)
        assert item is not None
        item.setText(progress_text(progress, with_reason=False))
        due = self.tr("Due by now: %1").replace(
            "%1", format_value(progress.expected_by_now, progress.target.unit_text)
        )
        item.setToolTip(f"{progress_text(progress)}\n{due}")

    def _explain(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.how.setText(QCoreApplication.translate("Targets", self._kind(row).how))

    # Actions ---------------------------------------------------------------------------

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self.ids[row]

    def copy_previous(self) -> None:
        """Last year's targets as a start (aims kept, actual values left empty)."""
        try:
            previous = self.service.targets(self.year - 1)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        if not previous:
            dialogs.info(
                self,
                self.tr("No targets"),
                self.tr("The year %1 has no targets to copy.").replace("%1", str(self.year - 1)),
            )
            return
        while self.table.rowCount():
            self.table.removeRow(0)
        self.ids.clear()
        for t in previous:
            self.add_row(dataclasses.replace(t, year=self.year, id=None, actual=None))

    def targets(self) -> list[Target] | None:
        """The lines as targets; None (after saying which line) when a number cannot be read."""
        found = []
        for row in range(self.table.rowCount()):
            kind = self._kind(row)
            try:
                value = parse_number(self._edit(row, VALUE).text())
                actual = None if kind.computed else parse_number(self._edit(row, ACTUAL).text())
            except ValueError:
                dialogs.warn(
                    self,
                    self.tr("The targets were not saved"),
                    self.tr(
                        "Line %1: write the aim and the actual value as whole numbers."
                    ).replace("%1", str(row + 1)),
                )
                return None
            found.append(
                Target(
                    self.year,
                    kind,
                    value or 0,
                    label=self._edit(row, NAME).text() if kind is TargetKind.FREE else "",
                    unit=self._edit(row, UNIT).text() if kind is TargetKind.FREE else "",
                    actual=actual,
                    note=self._edit(row, NOTE).text(),
                    id=self.ids[row],
                )
            )
        return found

    def save(self) -> None:
        targets = self.targets()
        if targets is None:
            return
        try:
            self.service.save_year(self.year, targets)
        except ValidationError as exc:
            # Each problem in words: which target, what is wrong.
            dialogs.warn(
                self,
                self.tr("The targets were not saved"),
                "\n".join(render(issue.message) for issue in exc.issues),
            )
            return
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The targets were not saved"))
            return
        self.accept()
