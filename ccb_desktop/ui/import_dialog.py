"""Importing an Excel roster: what was recognised, what each line became, then one click."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.roster_import import LineKind
from ccb_desktop.errors import CcbError
from ccb_desktop.i18n import render
from ccb_desktop.services.importer import ImportPlan, ImportService
from ccb_desktop.ui import dialogs


class ImportDialog(QDialog):
    """The plan of an import, line by line; nothing is written until "Nhập"."""

    def __init__(
        self, service: ImportService, plan: ImportPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.plan = plan
        self.imported = 0
        self.setWindowTitle(self.tr("Import from Excel: %1").replace("%1", plan.path.name))
        kinds = {
            LineKind.MEMBER: self.tr("member"),
            LineKind.GROUP: self.tr("team heading (kept as the members' tổ hội)"),
            LineKind.COLUMN_NUMBERS: self.tr("column numbers"),
            LineKind.TOTALS: self.tr("totals"),
            LineKind.SIGNATURE: self.tr("signatures"),
            LineKind.NO_NAME: self.tr("no name: not imported"),
            LineKind.BLANK: self.tr("blank"),
        }
        recognised = ", ".join(
            f"“{plan.headers[col].strip() or '…'}” → {field.label}"
            for col, field in sorted(plan.mapping.items())
            if col < len(plan.headers)
        )
        summary = QLabel(
            self.tr(
                "Header found on row %1. %2 new members will be added; %3 are already in the "
                "register and will be left as they are; %4 lines have something that could not "
                "be read (shown in the last column)."
            )
            .replace("%1", str(plan.header_row))
            .replace("%2", str(len(plan.new)))
            .replace("%3", str(len(plan.duplicates)))
            .replace("%4", str(len(plan.with_problems)))
        )
        summary.setWordWrap(True)
        unused = ", ".join(
            f"“{text.strip()}”"
            for col, text in enumerate(plan.headers)
            if text and text.strip() and col not in plan.mapping
        )
        text = self.tr("Columns recognised: %1").replace("%1", recognised)
        if unused:
            text += "\n" + self.tr("Columns left aside: %1").replace("%1", unused)
        columns = QLabel(text)
        columns.setWordWrap(True)
        duplicate_rows = {line.row: name for line, name in plan.duplicates}
        self.table = QTableWidget(len(plan.lines), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Line"), self.tr("Member"), self.tr("Notes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, line in enumerate(plan.lines):
            notes = [render(p) for p in line.problems]
            if line.row in duplicate_rows:
                notes.append(
                    self.tr("already registered as %1").replace("%1", duplicate_rows[line.row])
                )
            values = [
                str(line.row),
                kinds[line.kind],
                line.member.full_name if line.member else "",
                "; ".join(notes),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.import_button = QPushButton(
            self.tr("Import %1 members").replace("%1", str(len(plan.new)))
        )
        self.import_button.setEnabled(bool(plan.new))
        self.import_button.setMinimumHeight(40)
        self.import_button.clicked.connect(self.run)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(
            QLabel(self.tr("The whole import can be taken back with Edit → Undo.")), 1
        )
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(columns)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1000, 680)

    def run(self) -> None:
        try:
            self.imported = self.service.apply(self.plan)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("Nothing was imported"))
            return
        self.accept()
