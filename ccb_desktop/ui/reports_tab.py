"""The "Báo cáo" tab: choose a report and its period, check the figures, save the workbook."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import DateParseError, PartialDate
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.errors import CcbError
from ccb_desktop.i18n import render
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.reports import (
    REPORTS,
    Period,
    PreviewTable,
    ReportKind,
    ReportService,
    report,
)
from ccb_desktop.services.yearend import REVIEW_LOG_NAME
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.evaluation_dialog import EvaluationDialog
from ccb_desktop.ui.tab import Tab
from ccb_desktop.ui.widgets import ERROR_STYLE, PartialDateEdit


def _kind(value: str) -> str:
    """A built-in report as its `ReportKind`, any other registered report by its name."""
    try:
        return ReportKind(value)
    except ValueError:
        return value


class ReportsTab(Tab):
    """Every report the ward expects, one click each, for a chosen period."""

    report_saved = Signal(Path)
    """Emitted with the workbook's path after it was written."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        service = services.reports
        self.last_saved: Path | None = None
        self.reports = QListWidget()
        # One entry per registered report; a variant (the full roster) is reached by a tick.
        for described in REPORTS.values():
            if described.listed:
                item = QListWidgetItem(described.list_label or described.label)
                item.setData(Qt.ItemDataRole.UserRole, described.kind)
                self.reports.addItem(item)
        # Long names wrap: the preview and the buttons need the room on a 1024-pixel screen.
        self.reports.setMinimumWidth(260)
        self.reports.setMaximumWidth(330)
        self.reports.setWordWrap(True)
        self.reports.currentRowChanged.connect(self._changed)
        self.year = QComboBox()
        today = service.clock.today()
        for year in range(today.year, today.year - 10, -1):
            self.year.addItem(str(year), year)
        self.span = QComboBox()
        self.span.addItem(self.tr("Whole year"), ("year", 0))
        for quarter in range(1, 5):
            self.span.addItem(
                self.tr("Quarter %1").replace("%1", str(quarter)), ("quarter", quarter)
            )
        for month in range(1, 13):
            self.span.addItem(self.tr("Month %1").replace("%1", str(month)), ("month", month))
        self.span.addItem(self.tr("From … to … (dates below)"), ("dates", 0))
        self.start = PartialDateEdit()
        self.end = PartialDateEdit()
        self.start.set_date(PartialDate(today.year, 1, 1))
        self.end.set_date(PartialDate.from_date(today))
        for edit in (self.start, self.end):
            edit.editingFinished.connect(self._changed)
        self.dates_error = QLabel()
        self.dates_error.setStyleSheet(ERROR_STYLE)
        self.dates_error.hide()
        self.sensitive = QCheckBox(
            self.tr("Include sensitive columns (ethnicity, religion, policy groups)")
        )
        for widget in (self.year, self.span):
            widget.currentIndexChanged.connect(self._changed)
        self.sensitive.toggled.connect(self._changed)
        self.preview = QTextBrowser()
        self.save_button = QPushButton(self.tr("Save as Excel…"))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.open_file_button.setEnabled(False)
        self.open_file_button.clicked.connect(self._open_file)
        self.result = QLabel()
        self.result.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Period:"), self.span)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow("", dates)
        form.addRow("", self.dates_error)
        form.addRow("", self.sensitive)
        self.evaluate_button = QPushButton(self.tr("Year-end evaluation of members…"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.targets_button = QPushButton(self.tr("Targets of the year…"))
        self.targets_button.clicked.connect(self.edit_targets)
        self.review_button = QPushButton(self.tr("Year-end review (Word)…"))
        self.review_button.clicked.connect(self.write_review)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        year_end = QHBoxLayout()  # its own row: beside the others it overflows 1024 pixels
        year_end.addWidget(self.evaluate_button)
        year_end.addWidget(self.targets_button)
        year_end.addWidget(self.review_button)
        year_end.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("The main figures of the report:")))
        right.addWidget(self.preview, 1)
        right.addLayout(buttons)
        right.addLayout(year_end)
        right.addWidget(self.result)
        right.addWidget(QLabel(self.tr("Exported before (kept in the data file):")))
        self.log = QListWidget()
        self.log.setMaximumHeight(120)
        right.addWidget(self.log)
        layout = QHBoxLayout(self)
        layout.addWidget(self.reports)
        layout.addLayout(right, 1)
        self.reports.setCurrentRow(0)

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Reports")  # the window's label

    @property
    def service(self) -> ReportService:
        return self.services.reports

    def reload(self) -> None:
        self._changed()

    def chosen(self) -> str:
        """The chosen report's kind (a `ReportKind` for the built-in ones)."""
        item = self.reports.currentItem()
        kind = item.data(Qt.ItemDataRole.UserRole) if item else ReportKind.MEMBERS_SHORT
        variant = report(kind).sensitive_variant
        if variant and self.sensitive.isChecked():
            return _kind(variant)
        return _kind(kind)

    def period(self) -> Period:
        year = int(self.year.currentData())
        span, number = self.span.currentData()
        if span == "dates":
            first, last = self.start.date(), self.end.date()  # may raise DateParseError
            if first is None or last is None:
                raise DateParseError(
                    message("Validation", QT_TRANSLATE_NOOP("Validation", "Enter the date."))
                )
            return Period(first.earliest(), last.latest())
        if span == "quarter":
            return Period.quarter(year, number)
        if span == "month":
            return Period.month(year, number)
        return Period.year(year)

    def _changed(self) -> None:
        item = self.reports.currentItem()
        is_roster = (  # a report with a sensitive variant: the roster
            item is not None and bool(report(item.data(Qt.ItemDataRole.UserRole)).sensitive_variant)
        )
        self.sensitive.setEnabled(is_roster)
        if not is_roster:
            self.sensitive.setChecked(False)
        by_dates = self.span.currentData()[0] == "dates"
        self.start.setEnabled(by_dates)
        self.end.setEnabled(by_dates)
        self.year.setEnabled(not by_dates)
        if not by_dates:
            # The greyed dates show the period the year, quarter or month stands for.
            chosen = self.period()
            self.start.set_date(PartialDate.from_date(chosen.start))
            self.end.set_date(PartialDate.from_date(chosen.end))
        # Another report or period: the line about the last saved file no longer applies.
        self.result.clear()
        self.open_file_button.setEnabled(False)
        self.open_folder_button.setEnabled(False)
        if not self.isVisible():
            return
        try:
            period = self.period()
        except DateParseError as exc:
            self.dates_error.setText(render(exc.msg))
            self.dates_error.show()
            self.save_button.setEnabled(False)
            return
        self.dates_error.hide()
        self.save_button.setEnabled(period.start <= period.end)
        try:
            lines, table = self.service.preview_and_first_rows(self.chosen(), period)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        e = html.escape
        rows = "".join(
            f"<tr><td>{e(k)}</td><td align='right'><b>{e(v)}</b></td></tr>" for k, v in lines
        )
        # The period exactly as the saved file states it (it ends today at the latest).
        stated = self.service.stated_period(period)
        span = f"{stated.start:%d/%m/%Y} – {stated.end:%d/%m/%Y}"
        paper = self.tr("Prints on %1 paper, landscape.").replace("%1", report(self.chosen()).paper)
        self._fill_log()
        self.preview.setHtml(
            f"<h3>{e(report(self.chosen()).label)}</h3><p>{e(span)}</p><p><b>{e(paper)}</b></p>"
            f"<table cellpadding='4'>{rows}</table>{self._first_rows_html(table)}"
        )

    def _first_rows_html(self, table: PreviewTable) -> str:
        """The first rows of the report's table, as the file will carry them."""
        e = html.escape
        if not table.rows:
            empty = self.tr("The table has no rows for this period.")
            return f"<p><i>{e(empty)}</i></p>"
        caption = (
            self.tr("The first rows of the table (%1 of %2):")
            .replace("%1", str(len(table.rows)))
            .replace("%2", str(table.total))
        )
        # Cells on one line: the table scrolls sideways rather than squeeze into letters.
        head = "".join(f"<th style='white-space:nowrap'>{e(h)}</th>" for h in table.headers)
        body = "".join(
            "<tr>" + "".join(f"<td style='white-space:nowrap'>{e(v)}</td>" for v in row) + "</tr>"
            for row in table.rows
        )
        return (
            f"<p>{e(caption)}</p><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{body}</table>"
        )

    def showEvent(self, event: QShowEvent) -> None:
        # Figures of every part of the file, and the export log: read again at every showing.
        self._stale = True
        super().showEvent(event)

    def save(self) -> None:
        kind = self.chosen()
        try:
            period = self.period()
        except DateParseError:
            return
        name = f"{report(kind).file_name}-{period.start:%Y}"
        if (period.start.month, period.end.month) != (1, 12):
            name += f"-{period.start:%m}"
        path = dialogs.ask_save_file(
            self,
            self.tr("Save the report"),
            str(Path.home() / f"{name}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
        )
        if path is None:
            return
        try:
            unit = self.service.unit()
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The report was not saved"))
            return
        if not (unit.ward_name and unit.chi_hoi_name) and not dialogs.confirm(
            self,
            self.tr("Unit names missing"),
            self.tr(
                "The names of the ward Hội and of the chi hội are not filled in, so the report's "
                "heading would show dots instead. Fill them in with File → Unit details, or "
                "save the report as it is."
            ),
            self.tr("Save as it is"),
        ):
            return
        try:
            result = self.service.export(kind, path, period)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The report was not saved"))
            return
        self.last_saved = result.path
        self.open_folder_button.setEnabled(True)
        self.open_file_button.setEnabled(True)
        self.result.setText(
            self.tr("Saved %1 (%2 lines).")
            .replace("%1", str(result.path))
            .replace("%2", str(result.rows))
        )
        self._fill_log()
        self.report_saved.emit(result.path)

    def _fill_log(self) -> None:
        """What was exported, when and to which file (the export log)."""
        try:
            entries = self.service.exports()[:20]
        except CcbError:
            entries = []
        self.log.clear()
        for at, kind, file in entries:
            if kind in REPORTS:
                label = REPORTS[kind].label
            elif kind == REVIEW_LOG_NAME:
                label = self.tr("Year-end review")
            else:
                label = kind
            try:
                moment = dt.datetime.fromisoformat(at)
                when = f"{moment:%d/%m/%Y %H:%M}"
            except ValueError:
                when = at
            self.log.addItem(f"{when} · {label} · {file}")

    def evaluate(self) -> None:
        """Grade every current member for the chosen year (for the year-end pack)."""
        try:
            grades = self.services.unit.load().grades
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        dialog = EvaluationDialog(self.services.members, grades, int(self.year.currentData()), self)
        if dialog.exec():
            self._changed()
            self.announce(Change.EVALUATIONS)

    def edit_targets(self) -> None:
        """The chosen year's targets (chỉ tiêu), judged in the year-end review."""
        from ccb_desktop.ui.targets_dialog import TargetsDialog

        dialog = TargetsDialog(self.services.targets, int(self.year.currentData()), self)
        if dialog.exec():
            self.announce(Change.TARGETS)

    def review_choices(self) -> list[tuple[str, Period]]:
        """The reviews offered for the chosen year: the whole year, its first half, and the
        period chosen above when it is another one."""
        from ccb_desktop.services.yearend import half_year

        year = int(self.year.currentData())
        choices = [
            (self.tr("Year-end review %1").replace("%1", str(year)), Period.year(year)),
            (
                self.tr("Six-month review, first half of %1").replace("%1", str(year)),
                half_year(year, 1),
            ),
        ]
        try:
            chosen = self.period()
        except DateParseError:
            return choices
        if chosen not in [p for _label, p in choices] and chosen.start <= chosen.end:
            label = (
                self.tr("Review of the period %1 – %2")
                .replace("%1", f"{chosen.start:%d/%m/%Y}")
                .replace("%2", f"{chosen.end:%d/%m/%Y}")
            )
            choices.append((label, chosen))
        return choices

    def write_review(self) -> None:
        """Draft the review (tổng kết or sơ kết) as a Word document, every figure filled."""
        choices = self.review_choices()
        picked = dialogs.choose(
            self,
            self.tr("Year-end review"),
            self.tr("Which review?"),
            [label for label, _period in choices],
        )
        if picked is None:
            return
        period = dict(choices)[picked]
        whole = (period.start.month, period.end.month) == (1, 12)
        name = (
            f"tong-ket-{period.end:%Y}" if whole else f"so-ket-{period.start:%Y-%m}-{period.end:%m}"
        )
        path = dialogs.ask_save_file(
            self,
            self.tr("Save the review"),
            str(Path.home() / f"{name}.docx"),
            self.tr("Word document (*.docx)"),
            "docx",
        )
        if path is None:
            return
        try:
            result = self.services.yearend.write(path, period)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The review was not saved"))
            return
        self.last_saved = result.path
        self.open_folder_button.setEnabled(True)
        self.open_file_button.setEnabled(True)
        self.result.setText(
            self.tr(
                "Saved %1: the figures are filled in; write your own text where it says so."
            ).replace("%1", str(result.path))
        )
        self._fill_log()

    def _open_file(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved)))

    def _open_folder(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved.parent)))
