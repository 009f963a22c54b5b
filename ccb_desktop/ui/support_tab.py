"""The "Giúp nhau giảm nghèo" tab: cases, follow-ups due, households by year, year figures."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.domain.support import (
    CaseStatus,
    Classification,
    HouseholdCategory,
    SupportKind,
    format_vnd,
)
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.support import SupportService, YearSummary
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.support_dialogs import CaseDialog, ClassificationDialog
from ccb_desktop.ui.tab import Tab
from ccb_desktop.ui.widgets import enum_data


def _view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setResizeContentsPrecision(40)  # a sample, not every row
    return view


class SupportTab(Tab):
    """Follow each struggling member household until it escapes poverty."""

    # Households are members: a movement or a new name shows here too.
    shows = Change.MEMBERS | Change.SUPPORT

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        service = services.support
        self.new_case_button = QPushButton(self.tr("Open a support case…"))
        self.new_case_button.clicked.connect(self.new_case)
        self.open_case_button = QPushButton(self.tr("Open / update the case"))
        self.open_case_button.clicked.connect(self.open_selected_case)
        self.classify_button = QPushButton(self.tr("Classify a household…"))
        self.classify_button.clicked.connect(self.classify)
        self.year = QComboBox()
        today = service.clock.today()
        for year in range(today.year + 1, today.year - 8, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        for button in (self.new_case_button, self.open_case_button, self.classify_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open cases"), "open")
        self.status_filter.addItem(self.tr("All cases"), "")
        for status in CaseStatus:
            self.status_filter.addItem(status.label, status.value)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), "")
        for category in HouseholdCategory:
            self.category_filter.addItem(category.label, category.value)
        for combo in (self.status_filter, self.category_filter):
            combo.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.category_filter)
        filters.addStretch(1)
        self.cases_model = RowsModel(
            [
                self.tr("Member household"),
                self.tr("Team"),
                self.tr("Classification"),
                self.tr("Status"),
                self.tr("Opened"),
                self.tr("Last visit"),
                self.tr("Next visit"),
                self.tr("Help given (đồng)"),
            ],
            self,
        )
        self.cases_model.centered = {4, 5, 6}
        self.cases_view = _view(self.cases_model)
        self.cases_view.doubleClicked.connect(lambda _i: self.open_selected_case())
        cases_page = QWidget()
        cases_layout = QVBoxLayout(cases_page)
        cases_layout.addLayout(filters)
        cases_layout.addWidget(self.cases_view, 1)

        self.due_model = RowsModel(
            [
                self.tr("Visit due"),
                self.tr("Member household"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Last visit"),
            ],
            self,
        )
        self.due_view = _view(self.due_model)
        self.due_view.doubleClicked.connect(self._open_due_case)

        self.classes_model = RowsModel(
            [
                self.tr("Member household"),
                self.tr("Official category"),
                self.tr("Decision no."),
                self.tr("Decision date"),
                self.tr("Area"),
                self.tr("Housing"),
                self.tr("Hội's own grade"),
            ],
            self,
        )
        self.classes_view = _view(self.classes_model)
        self.classes_view.doubleClicked.connect(self._edit_classification)

        self._summary = QTextBrowser()
        # The households and the figures of the year are read when their page shows (or
        # something asks for them), not each time the tab opens (issue 22).
        self._later: set[QWidget] = set()

        self.pages = QTabWidget()
        self.pages.addTab(cases_page, self.tr("Support cases"))
        self.pages.addTab(self.due_view, self.tr("Visits due"))
        self.pages.addTab(self.classes_view, self.tr("Households by year"))
        self.pages.addTab(self._summary, self.tr("Figures of the year"))
        self.pages.currentChanged.connect(
            lambda _index: self._read_later(self.pages.currentWidget())
        )
        note = QLabel(
            self.tr(
                "Sensitive personal data: household finances stay in this program unless a report needs them."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(note)
        self.refresh()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Poverty support")  # the window's label

    @property
    def service(self) -> SupportService:
        return self.services.support

    @property
    def members(self) -> MemberService:
        return self.services.members

    @property
    def history(self) -> HistoryService:
        return self.services.history

    def reload(self) -> None:
        self.refresh()

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def refresh(self) -> None:
        if not self.isVisible():
            # Computed when first shown: start-up pays only for the tab in front.
            self._stale = True
            self._later = {self.classes_view, self._summary}
            return
        self._stale = False
        year = self.selected_year()
        status_value = self.status_filter.currentData()
        try:
            rows = self.service.cases(
                status=CaseStatus(status_value) if status_value not in ("", "open") else None,
                category=enum_data(self.category_filter, HouseholdCategory),
                open_only=status_value == "open",
                year=year,
            )
            due = self.service.due_visits()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        today = self.service.clock.today()
        self.cases_model.set_rows(
            [
                Row(
                    [
                        r.member.full_name,
                        r.member.team,
                        f"{r.category.category.label} ({r.category.year})" if r.category else "",
                        r.case.status.label
                        + (f" {r.case.escaped_year}" if r.case.escaped_year else ""),
                        format_date(r.case.opened),
                        format_date(r.last_visit) if r.last_visit else "",
                        format_date(r.next_visit) if r.next_visit else "",
                        format_vnd(r.money_vnd),
                    ],
                    sort_values=[
                        r.member.sort_key,
                        r.member.team,
                        "",
                        r.case.status.value,
                        r.case.opened.isoformat(),
                        "",
                        "",
                        r.money_vnd,
                    ],
                    obj=r.case.id,
                )
                for r in rows
            ]
        )
        self.cases_view.resizeColumnsToContents()
        self.due_model.set_rows(
            [
                Row(
                    [
                        format_date(d.visit.next_visit)
                        + (" " + self.tr("(overdue)") if d.visit.next_visit < today else "")
                        if d.visit.next_visit
                        else "",
                        d.member.full_name,
                        d.member.phone,
                        self._address(d.member.id),
                        format_date(d.visit.date),
                    ],
                    obj=d.case.id,
                )
                for d in due
            ]
        )
        self.due_view.resizeColumnsToContents()
        self.pages.setTabText(1, self.tr("Visits due (%1)").replace("%1", str(len(due))))
        self.pages.setTabText(2, self.tr("Households %1").replace("%1", str(year)))
        self.pages.setTabText(3, self.tr("Figures %1").replace("%1", str(year)))
        self._later = {self.classes_view, self._summary}
        self._read_later(self.pages.currentWidget())

    def _read_later(self, page: QWidget | None) -> None:
        """Read a page left for later, if `page` is one (its page shown, or asked for)."""
        if page not in self._later:
            return
        year = self.selected_year()
        try:
            if page is self.classes_view:
                self._fill_classes(self.service.classifications(year))
            else:
                self._summary.setHtml(self.summary_html(self.service.year_summary(year)))
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._later.discard(page)

    @property
    def summary(self) -> QTextBrowser:
        """The figures of the year, read now if they are out of date."""
        self._read_later(self._summary)
        return self._summary

    def _fill_classes(self, classes: list[tuple[MemberSummary, Classification]]) -> None:
        self.classes_model.set_rows(
            [
                Row(
                    [
                        member.full_name,
                        c.category.label,
                        c.decision,
                        format_date(c.decision_date) if c.decision_date else "",
                        c.area.label,
                        c.housing.label if c.housing else "",
                        c.hoi_grade.label if c.hoi_grade else "",
                    ],
                    obj=c,
                )
                for member, c in classes
            ]
        )
        self.classes_view.resizeColumnsToContents()

    def _address(self, member_id: int) -> str:
        """Where to go for the visit; the due list is short, so one read per line is cheap."""
        try:
            return self.members.get(member_id).address
        except CcbError:
            return ""

    def summary_html(self, s: YearSummary) -> str:
        e = html.escape
        f = s.figures
        standard = (
            self.tr("Poverty standard applied: %1 — rural %2 đ, urban %3 đ per person per month.")
            .replace("%1", s.standard.decree)
            .replace("%2", format_vnd(s.standard.rural_vnd))
            .replace("%3", format_vnd(s.standard.urban_vnd))
            if s.standard
            else self.tr("No poverty standard is recorded for this year.")
        )
        lines = [
            (self.tr("Poor households at the start of the year"), str(f.poor_start)),
            (self.tr("Escaped poverty during the year"), str(f.escaped)),
            (self.tr("Newly poor"), str(f.new_poor)),
            (self.tr("Fell back into poverty"), str(f.relapsed)),
            (self.tr("Poor households at the end of the year"), str(f.poor_end)),
            (
                self.tr("Near-poor households, start → end"),
                f"{f.near_poor_start} → {f.near_poor_end}",
            ),
        ]
        figures = "".join(
            f"<tr><td>{e(k)}</td><td align='right'><b>{e(v)}</b></td></tr>" for k, v in lines
        )
        check = (
            self.tr("Check: %1 + %2 + %3 − %4 = %5")
            .replace("%1", str(f.poor_start))
            .replace("%2", str(f.new_poor))
            .replace("%3", str(f.relapsed))
            .replace("%4", str(f.escaped))
            .replace("%5", str(f.poor_end))
        )
        kinds = "".join(
            f"<tr><td>{e(k.label)}</td><td align='right'>{s.totals.count_by_kind.get(k, 0)}</td>"
            f"<td align='right'>{e(format_vnd(s.totals.money_by_kind.get(k)))}</td></tr>"
            for k in SupportKind
            if k in s.totals.count_by_kind
        )
        sources = "".join(
            f"<tr><td>{e(src.label)}</td><td align='right'>{e(format_vnd(v))}</td></tr>"
            for src, v in s.totals.money_by_source.items()
        )
        escaped = ", ".join(m.full_name for m in s.escaped) or "—"
        title = self.tr("Poverty support, year %1").replace("%1", str(f.year))
        escaped_label = self.tr("Households that escaped poverty:")
        by_kind = self.tr("Help given by kind")
        kind_header, times_header, money_header = (
            self.tr("Kind"),
            self.tr("Times"),
            self.tr("Money (đồng)"),
        )
        by_source = self.tr("Money by source")
        total = (
            self.tr("Total money: %1 đồng · work days: %2 · houses built: %3 · repaired: %4")
            .replace("%1", format_vnd(s.totals.money) or "0")
            .replace("%2", str(s.totals.work_days))
            .replace("%3", str(s.totals.houses_built))
            .replace("%4", str(s.totals.houses_repaired))
        )
        return (
            f"<h3>{e(title)}</h3>"
            f"<p>{e(standard)}</p><table cellpadding='4'>{figures}</table><p>{e(check)}</p>"
            f"<p>{e(escaped_label)} {e(escaped)}</p>"
            f"<h4>{e(by_kind)}</h4>"
            "<table border='1' cellspacing='0' cellpadding='4'>"
            f"<tr><th>{e(kind_header)}</th><th>{e(times_header)}</th><th>{e(money_header)}</th></tr>"
            f"{kinds}</table>"
            f"<h4>{e(by_source)}</h4>"
            f"<table border='1' cellspacing='0' cellpadding='4'>{sources}</table>"
            f"<p>{e(total)}</p>"
        )

    # Actions ----------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.refresh()
        self.announce(Change.SUPPORT)

    def new_case(self, member_id: int | None = None) -> None:
        dialog = CaseDialog(self.service, self.current_members(), None, self, self.services.funds)
        dialog.history = self.history
        if member_id is not None:
            index = dialog.member.findData(member_id)
            dialog.member.setCurrentIndex(max(index, 0))
        dialog.exec()
        if dialog.case_id is not None:
            self._after_change()

    def open_case(self, case_id: int) -> None:
        dialog = CaseDialog(
            self.service, self.current_members(), case_id, self, self.services.funds
        )
        dialog.history = self.history
        dialog.exec()
        self._after_change()

    def open_selected_case(self) -> None:
        index = self.cases_view.selectionModel().currentIndex()
        case_id = self.cases_model.row_object(index.row()) if index.isValid() else None
        if isinstance(case_id, int):
            self.open_case(case_id)

    def _open_due_case(self, index) -> None:  # type: ignore[no-untyped-def]
        case_id = self.due_model.row_object(index.row())
        if isinstance(case_id, int):
            self.open_case(case_id)

    def classify(self, member_id: int | None = None) -> None:
        dialog = ClassificationDialog(
            self.service, self.current_members(), self.selected_year(), None, member_id, self
        )
        if dialog.exec():
            self._after_change()

    def _edit_classification(self, index) -> None:  # type: ignore[no-untyped-def]
        existing = self.classes_model.row_object(index.row())
        if isinstance(existing, Classification):
            dialog = ClassificationDialog(
                self.service, self.current_members(), existing.year, existing, None, self
            )
            if dialog.exec():
                self._after_change()

    def show_due(self) -> None:
        self.pages.setCurrentIndex(1)
