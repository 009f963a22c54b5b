"""Tệp → In…: choose what to print; each choice says why it is greyed when it cannot be
printed yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import DateParseError, format_date
from ccb_desktop.errors import CcbError
from ccb_desktop.services.reports import REPORTS
from ccb_desktop.ui.printing import Printout
from ccb_desktop.ui.printouts import Printouts
from ccb_desktop.ui.widgets import fit_dialog

if TYPE_CHECKING:
    from ccb_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class PrintChoice:
    """One thing that can be printed: its label, how to build it, or why not (greyed)."""

    label: str
    build: Callable[[], Printout | None]
    unavailable: str = ""  # the reason it is greyed; empty when it can be printed
    detail: str = ""  # a second line under the label (which report, which period)


class PrintMenuDialog(QDialog):
    """A list of what can be printed, the likeliest one chosen; "Xem trước" opens the preview."""

    def __init__(
        self, choices: list[PrintChoice], preferred: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        self.choices = choices
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What do you want to print?")))
        for index, choice in enumerate(choices):
            button = QRadioButton(choice.label)
            button.setEnabled(not choice.unavailable)
            if choice.unavailable:
                button.setToolTip(choice.unavailable)
                reason = QLabel("    " + choice.unavailable)
                reason.setStyleSheet("color: #666;")
                reason.setWordWrap(True)
            self.group.addButton(button, index)
            layout.addWidget(button)
            if choice.unavailable:
                layout.addWidget(reason)
            elif choice.detail:
                detail = QLabel("    " + choice.detail)
                detail.setWordWrap(True)
                layout.addWidget(detail)
        usable = [i for i, c in enumerate(choices) if not c.unavailable]
        start = preferred if preferred in usable else (usable[0] if usable else -1)
        if start >= 0:
            chosen = self.group.button(start)
            chosen.setChecked(True)
            chosen.setFocus()
        layout.addStretch(1)
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.preview_button.setDefault(True)
        self.preview_button.setEnabled(bool(usable))
        self.preview_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        fit_dialog(self, 620, 460)

    def chosen(self) -> PrintChoice | None:
        index = self.group.checkedId()
        return self.choices[index] if index >= 0 else None


def print_choices(window: MainWindow) -> tuple[list[PrintChoice], int]:
    """What can be printed from where the secretary is, and the likeliest of it (by tab)."""
    today = window.unit_service.clock.today()
    printouts = Printouts(window.unit_service.load(), today, window)
    members, meetings = window.members_tab, window.meetings_tab
    support, reports = window.support_tab, window.reports_tab

    def member_list() -> Printout:
        model = members.model
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        columns = [c for c in range(model.columnCount()) if not members.table.isColumnHidden(c)]
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        rows = [
            [str(model.data(model.index(r, c)) or "") for c in columns]
            for r in range(model.rowCount())
        ]
        shown = [members.status_filter.currentText(), members.team_filter.currentText()]
        for combo in (members.sex_filter, members.party_filter, members.policy_filter):
            if combo.currentIndex() > 0:
                shown.append(combo.currentText())
        if members.search.text().strip():
            shown.append(
                QCoreApplication.translate("PrintMenu", "search: %1").replace(
                    "%1", members.search.text().strip()
                )
            )
        return printouts.member_list(headers, rows, " · ".join(t for t in shown if t))

    summary = members.selected_summary()

    def member_record() -> Printout | None:
        return printouts.member_record(members.service.get(summary.id)) if summary else None

    meeting = meetings.selected_meeting()

    def sign_sheet() -> Printout:
        return printouts.sign_sheet(meetings.service.sheet(today), None)

    def attendance() -> Printout | None:
        if meeting is None:
            return None
        return printouts.attendance_sheet(meetings.service.sheet(meeting.date, meeting.id), meeting)

    def year_book() -> Printout | None:
        window.tabs.setCurrentWidget(meetings)
        meetings.pages.setCurrentIndex(2)  # the book is computed when its page shows
        meetings.refresh()
        grid = getattr(meetings, "_grid", None)
        return printouts.year_book(meetings.book_html(grid), grid.year) if grid else None

    index = support.cases_view.selectionModel().currentIndex()
    case_id = support.cases_model.row_object(index.row()) if index.isValid() else None

    def support_case() -> Printout | None:
        return (
            printouts.support_case(support.service.detail(case_id))
            if isinstance(case_id, int)
            else None
        )

    report_detail, report_reason = "", ""
    try:
        kind, period = reports.chosen(), reports.period()
        span = f"{format_date(period.start)} – {format_date(period.end)}"
        report_detail = f"{REPORTS[kind].label} · {span}"
    except (DateParseError, CcbError, ValueError, TypeError):
        report_reason = QCoreApplication.translate(
            "PrintMenu", "Choose the report and its period in the Reports tab first."
        )

    def report() -> Printout:
        kind, period = reports.chosen(), reports.period()
        span = f"{format_date(period.start)} – {format_date(period.end)}"
        return printouts.report_preview(
            REPORTS[kind].label, span, reports.service.preview(kind, period)
        )

    choices = [
        PrintChoice(
            QCoreApplication.translate(
                "PrintMenu", "The member list as shown (%1 members)"
            ).replace("%1", str(members.model.total())),
            member_list,
        ),
        PrintChoice(
            QCoreApplication.translate("PrintMenu", "Member's record (sơ yếu lý lịch): %1").replace(
                "%1", summary.full_name
            )
            if summary
            else QCoreApplication.translate("PrintMenu", "Member's record (sơ yếu lý lịch)"),
            member_record,
            ""
            if summary
            else QCoreApplication.translate(
                "PrintMenu", "Choose a member in the Members tab first."
            ),
        ),
        PrintChoice(
            QCoreApplication.translate(
                "PrintMenu", "Attendance sheet for signatures, blank, for the next meeting"
            ),
            sign_sheet,
        ),
        PrintChoice(
            QCoreApplication.translate("PrintMenu", "Attendance of the meeting on %1").replace(
                "%1", format_date(meeting.date)
            )
            if meeting
            else QCoreApplication.translate("PrintMenu", "Attendance of a meeting"),
            attendance,
            ""
            if meeting
            else QCoreApplication.translate(
                "PrintMenu", "Choose a meeting in the Meetings tab first."
            ),
        ),
        PrintChoice(
            QCoreApplication.translate("PrintMenu", "Attendance book of the year"), year_book
        ),
        PrintChoice(
            QCoreApplication.translate("PrintMenu", "Support case with its history"),
            support_case,
            ""
            if isinstance(case_id, int)
            else QCoreApplication.translate(
                "PrintMenu", "Choose a case in the Poverty support tab first."
            ),
        ),
        PrintChoice(
            QCoreApplication.translate("PrintMenu", "Report preview"),
            report,
            report_reason,
            report_detail,
        ),
    ]
    current = window.tabs.currentWidget()
    preferred: dict[QWidget, int] = {
        members: 0,
        meetings: 3 if meeting else 2,
        support: 5,
        reports: 6,
    }
    return choices, preferred.get(current, 0)
