"""The forms of poverty support: a case with its timeline, help given, a loan, a visit, and a
household's classification for a year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import DateParseError, PartialDate, format_date, full_date
from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.domain.support import (
    AmountError,
    Area,
    CaseStatus,
    Classification,
    HoiGrade,
    HouseholdCategory,
    Housing,
    Loan,
    Support,
    SupportCase,
    SupportKind,
    SupportSource,
    Visit,
    format_vnd,
    loan_balance,
    parse_vnd,
)
from ccb_desktop.errors import CcbError, ValidationError
from ccb_desktop.i18n import render
from ccb_desktop.services.funds import FundService
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.support import SupportService, TimelineEntry
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.history_view import show_history_dialog
from ccb_desktop.ui.widgets import (
    ERROR_STYLE,
    FormDialog,
    PartialDateEdit,
    YearEdit,
    enum_data,
    fit_dialog,
    make_combo,
    select_data,
)

# Lent, not given: recorded with the loan form.
LOAN_KINDS = (SupportKind.BANK_LOAN, SupportKind.HOI_LOAN)


class _InputError(Exception):
    """A field that cannot be read; carries the message to show."""


def member_combo(members: list[MemberSummary]) -> QComboBox:
    return make_combo([(m.full_name, m.id) for m in members])


def read_date(edit: PartialDateEdit, required: bool = True) -> dt.date | None:
    """A full date from a date field (support records need the day)."""
    try:
        return full_date(edit.date(), required)
    except DateParseError as exc:
        raise _InputError(render(exc.msg)) from None


def read_money(edit: QLineEdit) -> int | None:
    try:
        return parse_vnd(edit.text())
    except AmountError as exc:
        raise _InputError(render(exc.msg)) from None


def money_edit() -> QLineEdit:
    """Đồng, typed with or without separators and shown as 1.500.000 when done."""
    edit = QLineEdit()
    edit.setPlaceholderText("1.500.000")

    def tidy() -> None:
        try:
            value = parse_vnd(edit.text())
        except AmountError:
            return
        edit.setText(format_vnd(value))

    edit.editingFinished.connect(tidy)
    return edit


class _EntryDialog(FormDialog):
    """A small form with Save / Cancel and a red line for what is wrong."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        # Explicit context: tr() in a base class would look the text up under the subclass.
        self.save_button = QPushButton(QCoreApplication.translate("EntryDialog", "Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(QCoreApplication.translate("EntryDialog", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.saved_id: int | None = None

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def attempt(self, action: Any) -> None:
        """Run a save; show input, validation and storage problems without closing."""
        try:
            self.saved_id = action()
        except _InputError as exc:
            self.show_problem(str(exc))
            return
        except ValidationError as exc:
            self.show_problem("\n".join(render(i.message) for i in exc.issues))
            return
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.accept()

    def save(self) -> None:  # pragma: no cover - each form defines it
        raise NotImplementedError


class SupportEntryDialog(_EntryDialog):
    """Help given to a household."""

    def __init__(
        self, service: SupportService, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record help given"), parent)
        self.service, self.case_id = service, case_id
        self.date = PartialDateEdit()
        self.date.set_date(PartialDate.from_date(service.clock.today()))
        # Nothing chosen at first: one careless click must not record the wrong kind. Loans
        # have their own form (they are lent, not given), so they are not offered here.
        self.kind = make_combo(
            [(self.tr("— choose —"), None)]
            + [(k.label, k) for k in SupportKind if k not in LOAN_KINDS]
        )
        self.source = make_combo(
            [(self.tr("— choose —"), None)]
            + [(s.label, s) for s in SupportSource if s is not SupportSource.SOCIAL_BANK]
        )
        self.amount = money_edit()
        self.work_days = YearEdit()
        self.work_days.setPlaceholderText("")
        self.goods = QLineEdit()
        self.goods.setPlaceholderText(self.tr("e.g. 2 con bê giống, 50 kg gạo"))
        self.delivered_by = QLineEdit()
        self.note = QLineEdit()
        for label, widget in (
            (self.tr("Date:"), self.date),
            (self.tr("Kind of help:"), self.kind),
            (self.tr("Source:"), self.source),
            (self.tr("Amount (đồng):"), self.amount),
            (self.tr("Work days:"), self.work_days),
            (self.tr("Goods:"), self.goods),
            (self.tr("Delivered by:"), self.delivered_by),
            (self.tr("Note:"), self.note),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 560, 360)

    def save(self) -> None:
        def action() -> int:
            days = self.work_days.text().strip()
            kind = enum_data(self.kind, SupportKind)
            if kind is None:
                raise _InputError(self.tr("Choose the kind of help."))
            return self.service.add_support(
                Support(
                    case_id=self.case_id,
                    date=read_date(self.date) or self.service.clock.today(),
                    kind=kind,
                    source=enum_data(self.source, SupportSource) or SupportSource.OTHER,
                    amount_vnd=read_money(self.amount),
                    work_days=int(days) if days else None,
                    goods=self.goods.text(),
                    delivered_by=self.delivered_by.text(),
                    note=self.note.text(),
                )
            )

        self.attempt(action)


class LoanDialog(_EntryDialog):
    """A loan: amount, purpose, dates, and its balance as of a date."""

    def __init__(
        self,
        service: SupportService,
        case_id: int,
        loan: Loan | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Loan"), parent)
        self.service, self.case_id, self.loan = service, case_id, loan
        self.source = make_combo([(s.label, s) for s in SupportSource])
        self.amount = money_edit()
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. chăn nuôi bò sinh sản"))
        self.disbursed = PartialDateEdit()
        self.due = PartialDateEdit()
        self.outstanding = money_edit()
        self.overdue = money_edit()
        self.balance_date = PartialDateEdit()
        today = PartialDate.from_date(service.clock.today())
        self.disbursed.set_date(today)
        self.balance_date.set_date(today)
        if loan is not None:
            select_data(self.source, loan.source)
            self.amount.setText(format_vnd(loan.amount_vnd))
            self.purpose.setText(loan.purpose)
            self.disbursed.set_date(PartialDate.from_date(loan.disbursed))
            self.due.set_date(PartialDate.from_date(loan.due) if loan.due else None)
            self.outstanding.setText(format_vnd(loan.outstanding_vnd))
            self.overdue.setText(format_vnd(loan.overdue_vnd))
        for label, widget in (
            (self.tr("Lender:"), self.source),
            (self.tr("Amount lent (đồng):"), self.amount),
            (self.tr("Purpose:"), self.purpose),
            (self.tr("Disbursed on:"), self.disbursed),
            (self.tr("Due on:"), self.due),
            (self.tr("Outstanding balance (đồng):"), self.outstanding),
            (self.tr("Of which overdue (đồng):"), self.overdue),
            (self.tr("Balance as of:"), self.balance_date),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 560, 380)

    def save(self) -> None:
        def action() -> int:
            amount = read_money(self.amount) or 0
            outstanding = read_money(self.outstanding)
            return self.service.save_loan(
                Loan(
                    case_id=self.case_id,
                    source=enum_data(self.source, SupportSource) or SupportSource.OTHER,
                    amount_vnd=amount,
                    purpose=self.purpose.text(),
                    disbursed=read_date(self.disbursed) or self.service.clock.today(),
                    due=read_date(self.due, required=False),
                    outstanding_vnd=loan_balance(amount, outstanding),
                    overdue_vnd=read_money(self.overdue) or 0,
                    balance_date=read_date(self.balance_date, required=False),
                    id=self.loan.id if self.loan else None,
                )
            )

        self.attempt(action)


class VisitDialog(_EntryDialog):
    """A visit or note, and when to go back."""

    def __init__(
        self, service: SupportService, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record a visit"), parent)
        self.service, self.case_id = service, case_id
        self.date = PartialDateEdit()
        self.date.set_date(PartialDate.from_date(service.clock.today()))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(90)
        self.next_visit = PartialDateEdit()
        self.visited_by = QLineEdit()
        for label, widget in (
            (self.tr("Date:"), self.date),
            (self.tr("What was seen and agreed:"), self.note),
            (self.tr("Next visit on:"), self.next_visit),
            (self.tr("Visited by:"), self.visited_by),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 560, 320)

    def save(self) -> None:
        def action() -> int:
            return self.service.add_visit(
                Visit(
                    case_id=self.case_id,
                    date=read_date(self.date) or self.service.clock.today(),
                    note=self.note.toPlainText(),
                    next_visit=read_date(self.next_visit, required=False),
                    visited_by=self.visited_by.text(),
                )
            )

        self.attempt(action)


class ClassificationDialog(_EntryDialog):
    """The official classification of a member household for a year."""

    def __init__(
        self,
        service: SupportService,
        members: list[MemberSummary],
        year: int,
        existing: Classification | None = None,
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Household classification"), parent)
        self.service = service
        self.existing = existing
        note = QLabel(
            self.tr(
                "Record the result of the ward People's Committee's review; the program never computes it."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.member = member_combo(members)
        select_data(self.member, existing.member_id if existing else member_id)
        self.member.setEnabled(existing is None)
        self.year = YearEdit()
        self.year.set_year(existing.year if existing else year)
        # No category chosen at first: the ward's decision is read, never assumed.
        self.category = make_combo(
            [(self.tr("— choose —"), None)] + [(c.label, c) for c in HouseholdCategory]
        )
        self.decision = QLineEdit()
        self.decision_date = PartialDateEdit()
        self.area = make_combo([(a.label, a) for a in Area])
        self.housing = make_combo([("", None)] + [(h.label, h) for h in Housing])
        self.hoi_grade = make_combo([("", None)] + [(g.label, g) for g in HoiGrade])
        self.note = QLineEdit()
        if existing is not None:
            select_data(self.category, existing.category)
            self.decision.setText(existing.decision)
            self.decision_date.set_date(
                PartialDate.from_date(existing.decision_date) if existing.decision_date else None
            )
            select_data(self.area, existing.area)
            select_data(self.housing, existing.housing)
            select_data(self.hoi_grade, existing.hoi_grade)
            self.note.setText(existing.note)
        for label, widget in (
            (self.tr("Member:"), self.member),
            (self.tr("Year:"), self.year),
            (self.tr("Official category:"), self.category),
            (self.tr("Decision no.:"), self.decision),
            (self.tr("Decision date:"), self.decision_date),
            (self.tr("Area:"), self.area),
            (self.tr("Housing:"), self.housing),
            (self.tr("Hội's own grade:"), self.hoi_grade),
            (self.tr("Note:"), self.note),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 600, 420)

    def save(self) -> None:
        def action() -> int:
            year = self.year.year()
            if year is None:
                raise _InputError(self.year.parse_problem() or self.tr("Enter the year."))
            category = enum_data(self.category, HouseholdCategory)
            if category is None:
                raise _InputError(self.tr("Choose the official category."))
            return self.service.classify(
                Classification(
                    member_id=int(self.member.currentData()),
                    year=year,
                    category=category,
                    decision=self.decision.text(),
                    decision_date=read_date(self.decision_date, required=False),
                    area=enum_data(self.area, Area) or Area.URBAN,
                    housing=enum_data(self.housing, Housing),
                    hoi_grade=enum_data(self.hoi_grade, HoiGrade),
                    note=self.note.text(),
                    id=self.existing.id if self.existing else None,
                )
            )

        self.attempt(action)


class CaseDialog(FormDialog):
    """A household's case: why, what is planned, its status, and everything done since."""

    def __init__(
        self,
        service: SupportService,
        members: list[MemberSummary],
        case_id: int | None = None,
        parent: QWidget | None = None,
        funds: FundService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.funds = funds
        self.case_id = case_id
        self.setWindowTitle(self.tr("Support case"))
        self.member = member_combo(members)
        self.opened = PartialDateEdit()
        self.opened.set_date(PartialDate.from_date(service.clock.today()))
        self.cause = QPlainTextEdit()
        self.cause.setFixedHeight(60)
        self.cause.setPlaceholderText(self.tr("e.g. ốm đau kéo dài, thiếu vốn, thiếu đất sản xuất"))
        self.plan = QPlainTextEdit()
        self.plan.setFixedHeight(60)
        self.status = make_combo([(s.label, s) for s in CaseStatus])
        self.escaped_year = YearEdit()
        self.closed_reason = QLabel()
        self._reason = ""  # why the case was closed, as stored (shown in the label above)
        form = QFormLayout()
        form.addRow(self.tr("Member household:"), self.member)
        form.addRow(self.tr("Opened on:"), self.opened)
        form.addRow(self.tr("Cause of difficulty:"), self.cause)
        form.addRow(self.tr("Plan:"), self.plan)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Escaped poverty in:"), self.escaped_year)
        form.addRow("", self.closed_reason)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Details"), self.tr("Amount (đồng)")]
        )
        self.timeline.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().hide()
        self.add_support_button = QPushButton(self.tr("Add help given…"))
        self.add_support_button.clicked.connect(lambda: self._add(SupportEntryDialog))
        self.add_loan_button = QPushButton(self.tr("Add a loan…"))
        self.add_loan_button.clicked.connect(lambda: self._add(LoanDialog))
        self.add_visit_button = QPushButton(self.tr("Add a visit…"))
        self.add_visit_button.clicked.connect(lambda: self._add(VisitDialog))
        entries = QHBoxLayout()
        for button in (self.add_support_button, self.add_loan_button, self.add_visit_button):
            button.setMinimumHeight(36)
            entries.addWidget(button)
        entries.addStretch(1)
        # Loans from the chi hội's funds live in the funds' cash books; the case lists them.
        self.fund_summary = QLabel()
        self.fund_summary.setWordWrap(True)
        self.fund_summary.hide()

        self.history: HistoryService | None = None
        self.history_button = QPushButton(self.tr("Change history…"))
        self.history_button.clicked.connect(self._show_history)
        self.save_button = QPushButton(self.tr("Save the case"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)  # asks first when the case has unsaved changes
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Help, loans and visits")))
        layout.addLayout(entries)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.fund_summary)
        layout.addLayout(bottom)
        fit_dialog(self, 900, 680)
        self._reload()

    def _reload(self) -> None:
        has_case = self.case_id is not None
        for button in (
            self.add_support_button,
            self.add_loan_button,
            self.add_visit_button,
            self.history_button,
        ):
            button.setEnabled(has_case)
            # A greyed button says why: help, loans and visits belong to a saved case.
            button.setToolTip(
                ""
                if has_case
                else self.tr("Save the case first: help, loans and visits are kept with it.")
            )
        if self.case_id is None:
            return
        try:
            detail = self.service.detail(self.case_id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        case = detail.case
        index = self.member.findData(case.member_id)
        if index < 0:
            self.member.addItem(detail.member.full_name, case.member_id)
            index = self.member.count() - 1
        self.member.setCurrentIndex(index)
        self.member.setEnabled(False)
        self.opened.set_date(PartialDate.from_date(case.opened))
        self.cause.setPlainText(case.cause)
        self.plan.setPlainText(case.plan)
        select_data(self.status, case.status)
        self.escaped_year.set_year(case.escaped_year)
        self._reason = case.closed_reason
        self.closed_reason.setText(
            self.tr("Closed: %1").replace("%1", case.closed_reason) if case.closed_reason else ""
        )
        try:
            timeline = self.service.timeline(self.case_id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        rows = [self._timeline_row(line) for line in timeline]
        fund_rows = self._fund_loan_rows(self.case_id)
        if fund_rows:
            # Merged into the case's history by date (the sort keeps the order of equal dates).
            rows = sorted([*rows, *fund_rows], key=lambda row: row[0])
        self.timeline.setRowCount(len(rows))
        for r, (day, what, details, amount) in enumerate(rows):
            for c, text in enumerate((format_date(day), what, details, amount)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # long details are cut in the column, whole here
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.timeline.setItem(r, c, item)
        self.timeline.resizeColumnsToContents()

    def _timeline_row(self, line: TimelineEntry) -> tuple[dt.date, str, str, str]:
        """Date, what, details and amount of one line of the case's history."""
        entry = line.entry
        if isinstance(entry, Support):
            details = ", ".join(
                p
                for p in (
                    entry.source.label,
                    entry.goods,
                    f"{entry.work_days} " + self.tr("work days") if entry.work_days else "",
                    entry.note,
                )
                if p
            )
            return (line.date, entry.kind.label, details, format_vnd(entry.amount_vnd))
        if isinstance(entry, Loan):
            balance = (
                self.tr("outstanding %1, overdue %2")
                .replace("%1", format_vnd(entry.outstanding_vnd))
                .replace("%2", format_vnd(entry.overdue_vnd))
            )
            return (
                line.date,
                self.tr("Loan: %1").replace("%1", entry.source.label),
                f"{entry.purpose} — {balance}",
                format_vnd(entry.amount_vnd),
            )
        follow = (
            (" — " + self.tr("next visit %1").replace("%1", format_date(entry.next_visit)))
            if entry.next_visit
            else ""
        )
        return (line.date, self.tr("Visit"), entry.note + follow, "")

    def _fund_loan_rows(self, case_id: int) -> list[tuple[dt.date, str, str, str]]:
        """The fund loans linked to the case as lines of its history; the summary below."""
        self.fund_summary.hide()
        if self.funds is None:
            return []
        try:
            states = self.funds.loans_of_case(case_id)
            names = {f.id: f.name for f in self.funds.funds()} if states else {}
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return []
        rows = []
        for state in states:
            loan = state.loan
            details = [
                loan.purpose,
                self.tr("repaid %1, still owed %2")
                .replace("%1", format_vnd(state.repaid_vnd) or "0")
                .replace("%2", format_vnd(state.balance_vnd) or "0"),
            ]
            if loan.due is not None:
                details.append(self.tr("due %1").replace("%1", format_date(loan.due)))
            rows.append(
                (
                    state.lent_on or self.service.clock.today(),
                    self.tr("Fund loan: %1").replace("%1", names.get(loan.fund_id, "")),
                    " — ".join(d for d in details if d),
                    format_vnd(state.lent_vnd),
                )
            )
        if states:
            self.fund_summary.setText(
                self.tr(
                    "Loans from the chi hội's funds: %1 loan(s), still owed %2 đồng. They are "
                    "kept in the fund's cash book: record repayments in the Hội phí & quỹ tab."
                )
                .replace("%1", str(len(states)))
                .replace("%2", format_vnd(sum(s.balance_vnd for s in states)) or "0")
            )
            self.fund_summary.show()
        return rows

    def _show_history(self) -> None:
        history, case_id = self.history, self.case_id
        if history is None or case_id is None:
            return
        show_history_dialog(
            self, self.tr("Change history of the case"), lambda: history.of_case(case_id)
        )

    def _add(self, make: Callable[..., _EntryDialog]) -> None:
        assert self.case_id is not None
        dialog = make(self.service, self.case_id, parent=self)
        if dialog.exec():
            self._reload()

    def collect(self) -> SupportCase:
        opened = read_date(self.opened) or self.service.clock.today()
        status = enum_data(self.status, CaseStatus) or CaseStatus.SUPPORTING
        return SupportCase(
            member_id=int(self.member.currentData()),
            opened=opened,
            cause=self.cause.toPlainText(),
            plan=self.plan.toPlainText(),
            status=status,
            escaped_year=self.escaped_year.year(),
            closed_reason=self._reason,  # the service keeps it only on a closed case
            id=self.case_id,
        )

    def save(self) -> None:
        """Save the case (opening it if new); the window stays open to add help and visits."""
        self.error.hide()
        try:
            case = self.collect()
            if self.case_id is None:
                self.case_id = self.service.open_case(case)
            else:
                self.service.save_case(case)
        except _InputError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        except ValidationError as exc:
            self.error.setText("\n".join(render(i.message) for i in exc.issues))
            self.error.show()
            return
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._reload()
        self.mark_saved()
