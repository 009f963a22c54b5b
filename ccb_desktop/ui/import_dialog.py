"""Importing an Excel roster: which column is what (correctable), what each line became, then
one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from ccb_desktop.domain.roster_import import Field, LineKind
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
        self.completed = 0  # members already registered whose empty fields were filled in
        self.rejected_file: Path | None = None  # where the lines left out were written
        self.setWindowTitle(self.tr("Import from Excel: %1").replace("%1", plan.path.name))
        self.kinds = {
            LineKind.MEMBER: self.tr("member"),
            LineKind.GROUP: self.tr("team heading (kept as the members' tổ hội)"),
            LineKind.COLUMN_NUMBERS: self.tr("column numbers"),
            LineKind.TOTALS: self.tr("totals"),
            LineKind.SIGNATURE: self.tr("signatures"),
            LineKind.NO_NAME: self.tr("no name: not imported"),
            LineKind.BLANK: self.tr("blank"),
        }
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as")])
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setMaximumHeight(170)
        self.reread_button = QPushButton(self.tr("Read again with these columns"))
        self.reread_button.clicked.connect(self.reread)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Line"), self.tr("Member"), self.tr("Notes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.skip_problems = QCheckBox(
            self.tr(
                "Leave out the lines with something that cannot be read, and write them to a "
                "workbook beside this file to correct and import again"
            )
        )
        self.skip_problems.toggled.connect(self._update_counts)
        self.fill_empty = QCheckBox(
            self.tr(
                "For members already in the register, fill in the fields that are empty there "
                "(nothing already written is changed)"
            )
        )
        self.fill_empty.toggled.connect(self._update_counts)
        self.import_button = QPushButton()
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
        columns_row = QHBoxLayout()
        columns_row.addWidget(self.columns, 1)
        columns_row.addWidget(self.reread_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(columns_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_problems)
        layout.addWidget(self.fill_empty)
        layout.addLayout(buttons)
        self.resize(1000, 720)
        self._show(plan)

    def _show(self, plan: ImportPlan) -> None:
        self.plan = plan
        shown = [c for c, text in enumerate(plan.headers) if text.strip() or c in plan.mapping]
        self.columns.setRowCount(len(shown))
        self.combos: dict[int, QComboBox] = {}
        for r, col in enumerate(shown):
            self.columns.setItem(r, 0, QTableWidgetItem(plan.headers[col].strip() or "…"))
            combo = QComboBox()
            combo.addItem(self.tr("— not used —"), "")
            for f in Field:
                combo.addItem(f.label, f.value)
            chosen = plan.mapping.get(col)
            combo.setCurrentIndex(max(combo.findData(chosen.value if chosen else ""), 0))
            self.columns.setCellWidget(r, 1, combo)
            self.combos[col] = combo
        self.columns.resizeColumnToContents(0)
        duplicate_rows = {line.row: name for line, name in plan.duplicates}
        completing = {line.row: fields for line, _member, fields in plan.completions}
        self.table.setRowCount(len(plan.lines))
        for r, line in enumerate(plan.lines):
            notes = [render(p) for p in (*line.problems, *line.notices)]
            if line.row in duplicate_rows:
                notes.append(
                    self.tr("already registered as %1").replace("%1", duplicate_rows[line.row])
                )
            if line.row in completing:
                notes.append(
                    self.tr("can fill in: %1").replace(
                        "%1", ", ".join(f.label for f in completing[line.row])
                    )
                )
            values = [
                str(line.row),
                self.kinds[line.kind],
                line.member.full_name if line.member else "",
                "; ".join(notes),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.skip_problems.setEnabled(any(line.problems for line in plan.new))
        self.fill_empty.setEnabled(bool(plan.completions))
        self._update_counts()

    def _update_counts(self) -> None:
        skip = self.skip_problems.isChecked()
        count = len(self.plan.to_import(skip))
        filling = self.plan.members_to_complete if self.fill_empty.isChecked() else 0
        parts = [
            self.tr("Header found on row %1.").replace("%1", str(self.plan.header_row)),
            self.tr("%1 new members will be added.").replace("%1", str(count)),
        ]
        if self.plan.duplicates:
            parts.append(
                self.tr(
                    "%1 are already in the register: %2 of them will have empty fields filled in, the rest are left as they are."
                )
                .replace("%1", str(len(self.plan.duplicates)))
                .replace("%2", str(filling))
                if filling
                else self.tr(
                    "%1 are already in the register and will be left as they are."
                ).replace("%1", str(len(self.plan.duplicates)))
            )
        unreadable = [ln for ln in self.plan.with_problems if ln.kind is LineKind.MEMBER]
        nameless = len(self.plan.with_problems) - len(unreadable)
        if unreadable:
            parts.append(
                (
                    self.tr(
                        "%1 lines have something that could not be read (last column): they will be left out and written to a workbook to correct."
                    )
                    if skip
                    else self.tr(
                        "%1 lines have something that could not be read (last column): they will be imported with that field left empty."
                    )
                ).replace("%1", str(len(unreadable)))
            )
        if nameless:
            parts.append(
                self.tr(
                    "%1 lines have no name: they are left out and written to a workbook to correct."
                ).replace("%1", str(nameless))
            )
        if self.plan.legacy_encoding is not None:
            parts.append(
                self.tr(
                    "The file is typed in the old %1 fonts; its text was converted to Unicode."
                ).replace("%1", self.plan.legacy_encoding.value)
            )
        self.summary.setText(" ".join(parts))
        if count == 0 and filling:
            self.import_button.setText(self.tr("Complete %1 records").replace("%1", str(filling)))
        else:
            self.import_button.setText(self.tr("Import %1 members").replace("%1", str(count)))
        self.import_button.setEnabled(count > 0 or filling > 0)

    def chosen_mapping(self) -> dict[int, Field]:
        return {
            col: Field(combo.currentData())
            for col, combo in self.combos.items()
            if combo.currentData()
        }

    def reread(self) -> None:
        """The secretary corrected which column is what: read the sheet again that way."""
        try:
            plan = self.service.plan(self.plan.path, self.plan.sheet, self.chosen_mapping())
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._show(plan)

    def run(self) -> None:
        if self.chosen_mapping() != self.plan.mapping:
            self.reread()  # import what is on screen, never an older reading
        skip = self.skip_problems.isChecked()
        try:
            # The corrections workbook first: if it cannot be written, nothing is imported
            # and no line is lost.
            self.rejected_file = self.service.write_rejected(self.plan, skip, render)
            self.imported = self.service.apply(
                self.plan,
                skip_lines_with_problems=skip,
                fill_empty_fields=self.fill_empty.isChecked(),
            )
            if self.fill_empty.isChecked():
                self.completed = self.plan.members_to_complete
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("Nothing was imported"))
            return
        self.accept()
