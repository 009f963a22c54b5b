"""A small panel of the year's targets (target, actual so far, on track or not), made to sit
on the home screen: it takes the open file's services and reads them again on refresh()."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.targets import Progress, TargetProgress, format_value
from ccb_desktop.errors import CcbError
from ccb_desktop.i18n import render
from ccb_desktop.services.bundle import Services
from ccb_desktop.ui.targets_dialog import TargetsDialog, progress_text

# Colour-blind-safe pair (blue / orange) with a word beside it: the colour is never alone.
STATE_STYLE = {
    Progress.ON_TRACK: "color: #0b5cad; font-weight: bold;",
    Progress.BEHIND: "color: #b35900; font-weight: bold;",
    Progress.UNKNOWN: "color: #555555;",
}
STATE_MARK = {Progress.ON_TRACK: "✔", Progress.BEHIND: "▼", Progress.UNKNOWN: "…"}


class TargetsPanel(QGroupBox):
    """This year's targets at a glance; "Set the targets…" opens the dialog."""

    targets_saved = Signal()
    """Emitted after the secretary saved the year's targets from this panel."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, load: bool = True
    ) -> None:
        """`load`: read the targets now; the home screen passes False and refreshes the panel
        with its other figures, after the window's first paint."""
        super().__init__(parent)
        self.services = services
        self.year = services.targets.clock.today().year
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(3, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Set the targets…"))
        self.edit_button.clicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lines: list[TargetProgress] = []
        self.setTitle(self.tr("Targets of %1").replace("%1", str(self.year)))
        self.reads_itself = load
        if load:
            self.refresh()

    def set_services(self, services: Services) -> None:
        """Another data file was opened."""
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        """Read this year's targets and where they stand again."""
        year = self.services.targets.clock.today().year
        try:
            lines = self.services.targets.progress(year)
        except CcbError as exc:
            self.show_progress([], year, render(exc.msg))
            return
        self.show_progress(lines, year)

    def show_progress(self, lines: list[TargetProgress], year: int, problem: str = "") -> None:
        """Show where the targets of `year` stand (read elsewhere: the home screen counts
        them on its counting thread), or the problem met reading them."""
        self.year = year
        self.setTitle(self.tr("Targets of %1").replace("%1", str(self.year)))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.lines = lines
        if problem:
            self.empty.setText(problem)
            self.empty.show()
            return
        self.empty.setVisible(not self.lines)
        self.empty.setText(
            self.tr("No targets are set for this year. Set them to follow them here.")
        )
        headers = [self.tr("Target"), self.tr("Aim"), self.tr("So far"), self.tr("Standing")]
        for column, text in enumerate(headers if self.lines else []):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        for row, line in enumerate(self.lines, start=1):
            unit = line.target.unit_text
            state = QLabel(f"{STATE_MARK[line.progress]} {progress_text(line)}")
            state.setStyleSheet(STATE_STYLE[line.progress])
            state.setWordWrap(True)
            name = QLabel(line.target.name)
            name.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(QLabel(format_value(line.target.value, unit)), row, 1)
            so_far = "—" if line.actual is None else format_value(line.actual, unit)
            self.grid.addWidget(QLabel(so_far), row, 2)
            self.grid.addWidget(state, row, 3)
        self.edit_button.setText(
            self.tr("Change the targets…") if self.lines else self.tr("Set the targets…")
        )

    def edit(self) -> None:
        dialog = TargetsDialog(self.services.targets, self.year, self)
        if dialog.exec():
            if self.reads_itself:  # else its owner counts the figures again (off the GUI thread)
                self.refresh()
            self.targets_saved.emit()
