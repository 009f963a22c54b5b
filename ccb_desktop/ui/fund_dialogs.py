"""The funds page of the "Hội phí & quỹ" tab and its forms: a fund, a receipt or payment,
a loan to a member and its repayment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import PartialDate, format_date
from ccb_desktop.domain.funds import CashBook, Direction, EntryKind, Fund, FundEntry
from ccb_desktop.domain.register import MemberFilter, MemberSummary
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.funds import FundService, LoanRow
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.support_dialogs import (
    _EntryDialog,
    _InputError,
    money_edit,
    read_date,
    read_money,
)
from ccb_desktop.ui.widgets import PartialDateEdit, fit_dialog, make_combo


def _date_edit(day: dt.date | None) -> PartialDateEdit:
    edit = PartialDateEdit()
    if day is not None:
        edit.set_date(PartialDate.from_date(day))
    return edit


def _members_combo(members: list[MemberSummary], empty: str) -> QComboBox:
    return make_combo([(empty, None)] + [(m.full_name, m.id) for m in members])


class FundDialog(_EntryDialog):
    """A new fund, or a fund's new name."""

    def __init__(self, service: FundService, fund: Fund | None, parent: QWidget | None) -> None:
        super().__init__(self.tr("Fund") if fund else self.tr("New fund"), parent)
        self.service, self.fund = service, fund
        self.name = QLineEdit(fund.name if fund else "")
        self.name.setPlaceholderText(self.tr("e.g. Quỹ Nghĩa tình đồng đội"))
        self.note = QLineEdit(fund.note if fund else "")
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Note:"), self.note)
        fit_dialog(self, 520, 240)

    def save(self) -> None:
        self.attempt(
            lambda: self.service.save_fund(
                Fund(self.name.text(), self.note.text(), self.fund.id if self.fund else None)
            )
        )


class EntryDialog(_EntryDialog):
    """A receipt (Thu) or a payment (Chi) of a fund."""

    def __init__(
        self,
        service: FundService,
        fund: Fund,
        direction: Direction,
        members: list[MemberSummary],
        parent: QWidget | None,
    ) -> None:
        title = (
            self.tr("Receipt into %1") if direction is Direction.IN else self.tr("Payment from %1")
        )
        super().__init__(title.replace("%1", fund.name), parent)
        self.service, self.fund, self.direction = service, fund, direction
        kinds = (
            [EntryKind.CONTRIBUTION, EntryKind.OTHER]
            if direction is Direction.IN
            else [EntryKind.CARE, EntryKind.OTHER]
        )
        self.kind = make_combo([(k.label, k) for k in kinds])
        self.date = _date_edit(service.clock.today())
        self.amount = money_edit()
        self.voucher = QLineEdit()
        self.content = QLineEdit()
        self.content.setPlaceholderText(
            self.tr("e.g. Hội viên đóng góp quỹ năm 2026")
            if direction is Direction.IN
            else self.tr("e.g. Thăm hội viên ốm")
        )
        self.member = _members_combo(members, self.tr("— none —"))
        self.note = QLineEdit()
        for label, widget in (
            (self.tr("Kind:"), self.kind),
            (self.tr("Date:"), self.date),
            (self.tr("Amount (đồng):"), self.amount),
            (self.tr("Voucher number:"), self.voucher),
            (self.tr("Content:"), self.content),
            (self.tr("Member (if any):"), self.member),
            (self.tr("Note:"), self.note),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 560, 360)

    def save(self) -> None:
        def action() -> int:
            member = self.member.currentData()
            kind = self.kind.currentData()
            return self.service.add_entry(
                FundEntry(
                    self.fund.id or 0,
                    read_date(self.date) or self.service.clock.today(),
                    self.direction,
                    read_money(self.amount) or 0,
                    self.content.text(),
                    self.voucher.text(),
                    member if isinstance(member, int) else None,
                    kind if isinstance(kind, EntryKind) else EntryKind.OTHER,
                    note=self.note.text(),
                )
            )

        self.attempt(action)


class LendDialog(_EntryDialog):
    """A loan from a fund to a member (linked to their open support case, if any)."""

    def __init__(
        self, service: FundService, fund: Fund, members: list[MemberSummary], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Lend from %1").replace("%1", fund.name), parent)
        self.service, self.fund = service, fund
        self.member = _members_combo(members, self.tr("— choose —"))
        self.amount = money_edit()
        self.date = _date_edit(service.clock.today())
        self.due = _date_edit(None)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. chăn nuôi bò sinh sản"))
        self.voucher = QLineEdit()
        for label, widget in (
            (self.tr("Member:"), self.member),
            (self.tr("Amount lent (đồng):"), self.amount),
            (self.tr("Lent on:"), self.date),
            (self.tr("Due on:"), self.due),
            (self.tr("Purpose:"), self.purpose),
            (self.tr("Voucher number:"), self.voucher),
        ):
            self.form.addRow(label, widget)
        note = QLabel(self.tr("If the member has an open support case, the loan is linked to it."))
        note.setWordWrap(True)
        self.form.addRow(note)
        fit_dialog(self, 560, 340)

    def save(self) -> None:
        def action() -> int:
            member = self.member.currentData()
            if not isinstance(member, int):
                raise _InputError(self.tr("Choose the member."))
            return self.service.lend(
                self.fund.id or 0,
                member,
                read_money(self.amount) or 0,
                read_date(self.date) or self.service.clock.today(),
                self.purpose.text(),
                self.voucher.text(),
                read_date(self.due, required=False),
            )

        self.attempt(action)


class RepayDialog(_EntryDialog):
    """A repayment of a loan (a receipt of its fund)."""

    def __init__(self, service: FundService, row: LoanRow, parent: QWidget | None) -> None:
        super().__init__(self.tr("Repayment by %1").replace("%1", row.member.full_name), parent)
        self.service, self.row = service, row
        self.amount = money_edit()
        self.amount.setText(format_vnd(row.state.balance_vnd))
        self.date = _date_edit(service.clock.today())
        self.voucher = QLineEdit()
        self.form.addRow(self.tr("Still owed:"), QLabel(format_vnd(row.state.balance_vnd) + " đ"))
        for label, widget in (
            (self.tr("Amount repaid (đồng):"), self.amount),
            (self.tr("Date:"), self.date),
            (self.tr("Voucher number:"), self.voucher),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 520, 240)

    def save(self) -> None:
        self.attempt(
            lambda: self.service.repay(
                self.row.state.loan.id or 0,
                read_money(self.amount) or 0,
                read_date(self.date) or self.service.clock.today(),
                self.voucher.text(),
            )
        )


def _view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    # Columns fitted to the rows in sight and 40 more, not to every line of a long book.
    view.horizontalHeader().setResizeContentsPrecision(40)
    return view


class FundsPage(QWidget):
    """Each fund's cash book for a year with its running balance, the loans, and the
    contributions per member."""

    changed = Signal()
    """Emitted after an action of this page wrote to the data file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.fund = QComboBox()
        # Another fund: its cash book only (the loans and totals cover every fund).
        self.fund.currentIndexChanged.connect(self._show_fund)
        self._names: dict[int, str] = {}  # members' names, as of the last refresh
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New fund…"))
        self.new_button.clicked.connect(self.new_fund)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_fund)
        self.in_button = QPushButton(self.tr("Receipt (Thu)…"))
        self.in_button.clicked.connect(lambda: self.add_entry(Direction.IN))
        self.out_button = QPushButton(self.tr("Payment (Chi)…"))
        self.out_button.clicked.connect(lambda: self.add_entry(Direction.OUT))
        self.lend_button = QPushButton(self.tr("Lend…"))
        self.lend_button.clicked.connect(self.lend)
        self.delete_button = QPushButton(self.tr("Delete line"))
        self.delete_button.clicked.connect(self.delete_entry)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fund:")))
        top.addWidget(self.fund, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.rename_button)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        actions = QHBoxLayout()
        for button in (self.in_button, self.out_button, self.lend_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.book_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Voucher"),
                self.tr("Content"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Balance"),
                self.tr("Member"),
            ],
            self,
        )
        self.book_view = _view(self.book_model)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        book = QWidget()
        book_layout = QVBoxLayout(book)
        book_layout.setContentsMargins(0, 0, 0, 0)
        book_layout.addLayout(actions)
        book_layout.addWidget(self.book_view, 1)
        book_layout.addWidget(self.balance)

        self.loans_model = RowsModel(
            [
                self.tr("Member"),
                self.tr("Fund"),
                self.tr("Lent on"),
                self.tr("Lent (đồng)"),
                self.tr("Repaid"),
                self.tr("Still owed"),
                self.tr("Due on"),
                self.tr("Support case"),
            ],
            self,
        )
        self.loans_view = _view(self.loans_model)
        self.repay_button = QPushButton(self.tr("Record a repayment…"))
        self.repay_button.clicked.connect(self.repay)
        loans = QWidget()
        loans_layout = QVBoxLayout(loans)
        loans_layout.setContentsMargins(0, 0, 0, 0)
        repay_row = QHBoxLayout()
        repay_row.addWidget(self.repay_button)
        repay_row.addStretch(1)
        loans_layout.addLayout(repay_row)
        loans_layout.addWidget(self.loans_view, 1)

        self.contrib_model = RowsModel(
            [self.tr("Member"), self.tr("Contributed this year (đồng)")], self
        )
        self.contrib_view = _view(self.contrib_model)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        contrib = QWidget()
        contrib_layout = QVBoxLayout(contrib)
        contrib_layout.setContentsMargins(0, 0, 0, 0)
        contrib_layout.addWidget(self.totals)
        contrib_layout.addWidget(self.contrib_view, 1)

        self.pages = QTabWidget()
        self.pages.addTab(book, self.tr("Cash book"))
        self.pages.addTab(loans, self.tr("Loans to members"))
        self.pages.addTab(contrib, self.tr("Totals and contributions"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    @property
    def service(self) -> FundService:
        assert self.services is not None
        return self.services.funds

    def set_services(self, services: Services) -> None:
        """Read the funds of (possibly another) data file, keeping the fund and year chosen."""
        self.services = services
        if self.year.count() == 0:
            today = services.funds.clock.today()
            self.year.blockSignals(True)
            for year in range(today.year + 1, today.year - 8, -1):
                self.year.addItem(str(year), year)
            self.year.setCurrentIndex(1)
            self.year.blockSignals(False)
        self.refresh()

    def _members(self) -> list[MemberSummary]:
        assert self.services is not None
        try:
            return self.services.members.search(MemberFilter())
        except CcbError:
            return []

    def current_fund(self) -> Fund | None:
        fund_id = self.fund.currentData()
        try:
            return self.service.fund(fund_id) if isinstance(fund_id, int) else None
        except CcbError:
            return None

    def refresh(self) -> None:
        if self.services is None:
            return
        year = int(self.year.currentData() or self.service.clock.today().year)
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        try:
            seen = self.service.overview(start, end)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        funds, figures, loans = seen.funds, seen.figures, seen.loans
        names, contributions = seen.names, seen.contributions
        chosen = self.fund.currentData()
        self.fund.blockSignals(True)
        self.fund.clear()
        for each in funds:
            self.fund.addItem(each.name, each.id)
        index = self.fund.findData(chosen)
        self.fund.setCurrentIndex(index if index >= 0 else 0)
        self.fund.blockSignals(False)
        has_fund = bool(funds)
        for button in (
            self.rename_button,
            self.in_button,
            self.out_button,
            self.lend_button,
            self.delete_button,
        ):
            button.setEnabled(has_fund)
        self._names = names
        self._show_fund()
        self.loans_model.set_rows(
            [
                Row(
                    [
                        r.member.full_name,
                        r.fund_name,
                        format_date(r.state.lent_on) if r.state.lent_on else "",
                        format_vnd(r.state.lent_vnd),
                        format_vnd(r.state.repaid_vnd),
                        format_vnd(r.state.balance_vnd),
                        format_date(r.state.loan.due) if r.state.loan.due else "",
                        self.tr("linked") if r.state.loan.case_id else "",
                    ],
                    obj=r,
                )
                for r in loans
            ]
        )
        self.loans_view.resizeColumnsToContents()
        self.repay_button.setEnabled(bool(loans))
        self.contrib_model.set_rows(
            [Row([m.full_name, format_vnd(amount)], obj=m.id) for m, amount in contributions]
        )
        self.contrib_view.resizeColumnsToContents()
        lines = [
            self.tr("%1: opening %2 + in %3 − out %4 = closing %5 đồng")
            .replace("%1", f.name)
            .replace("%2", format_vnd(f.opening_vnd) or "0")
            .replace("%3", format_vnd(f.in_vnd) or "0")
            .replace("%4", format_vnd(f.out_vnd) or "0")
            .replace("%5", format_vnd(f.closing_vnd) or "0")
            for f in figures.funds
        ]
        per_member = figures.per_member_vnd
        lines.append(
            self.tr("All funds at the end of %1: %2 đồng; %3 đồng per member (%4 members).")
            .replace("%1", str(year))
            .replace("%2", format_vnd(figures.total_closing_vnd) or "0")
            .replace("%3", format_vnd(per_member) if per_member is not None else "—")
            .replace("%4", str(figures.members))
        )
        self.totals.setText("\n".join(lines))

    def _show_fund(self) -> None:
        """The chosen fund's cash book for the chosen year."""
        if self.services is None:
            return
        year = int(self.year.currentData() or self.service.clock.today().year)
        fund = self.current_fund()
        try:
            book = (
                self.service.book(fund.id or 0, dt.date(year, 1, 1), dt.date(year, 12, 31))
                if fund
                else None
            )
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._fill_book(book, self._names)

    def _fill_book(self, book: CashBook | None, names: dict[int, str]) -> None:
        if book is None:
            self.book_model.set_rows([])
            self.balance.setText(self.tr("No fund yet: create one with New fund…"))
            return
        rows = [
            Row(
                ["", "", self.tr("Balance brought forward"), "", "", format_vnd(book.opening_vnd)],
                bold=True,
            )
        ]
        for line in book.lines:
            e = line.entry
            rows.append(
                Row(
                    [
                        format_date(e.date),
                        e.voucher,
                        e.content,
                        format_vnd(e.amount_vnd) if e.direction is Direction.IN else "",
                        format_vnd(e.amount_vnd) if e.direction is Direction.OUT else "",
                        format_vnd(line.balance_vnd) or "0",
                        names.get(e.member_id, "") if e.member_id else "",
                    ],
                    obj=e,
                )
            )
        self.book_model.set_rows(rows)
        self.book_view.resizeColumnsToContents()
        self.balance.setText(
            self.tr("Opening %1 + receipts %2 − payments %3 = closing %4 đồng.")
            .replace("%1", format_vnd(book.opening_vnd) or "0")
            .replace("%2", format_vnd(book.receipts_vnd) or "0")
            .replace("%3", format_vnd(book.payments_vnd) or "0")
            .replace("%4", format_vnd(book.closing_vnd) or "0")
        )

    # Actions ----------------------------------------------------------------------------

    def _done(self, ok: bool) -> None:
        if ok:
            self.refresh()
            self.changed.emit()

    def new_fund(self) -> None:
        dialog = FundDialog(self.service, None, self)
        if dialog.exec():
            self.refresh()
            self.fund.setCurrentIndex(self.fund.findData(dialog.saved_id))
            self.changed.emit()

    def rename_fund(self) -> None:
        fund = self.current_fund()
        if fund is not None:
            self._done(bool(FundDialog(self.service, fund, self).exec()))

    def add_entry(self, direction: Direction) -> None:
        fund = self.current_fund()
        if fund is not None:
            dialog = EntryDialog(self.service, fund, direction, self._members(), self)
            self._done(bool(dialog.exec()))

    def lend(self) -> None:
        fund = self.current_fund()
        if fund is not None:
            self._done(bool(LendDialog(self.service, fund, self._members(), self).exec()))

    def repay(self) -> None:
        index = self.loans_view.selectionModel().currentIndex()
        row = self.loans_model.row_object(index.row()) if index.isValid() else None
        if not isinstance(row, LoanRow):
            dialogs.info(self, self.tr("Repayment"), self.tr("Select a loan first."))
            return
        self._done(bool(RepayDialog(self.service, row, self).exec()))

    def delete_entry(self) -> None:
        index = self.book_view.selectionModel().currentIndex()
        entry = self.book_model.row_object(index.row()) if index.isValid() else None
        if not isinstance(entry, FundEntry) or entry.id is None:
            dialogs.info(self, self.tr("Delete line"), self.tr("Select a line of the book first."))
            return
        text = (
            self.tr("Delete this loan and all its repayments? (Ctrl+Z brings them back.)")
            if entry.kind is EntryKind.LOAN
            else self.tr("Delete the selected line? (Ctrl+Z brings it back.)")
        )
        if not dialogs.confirm(self, self.tr("Delete line"), text, self.tr("Delete")):
            return
        try:
            self.service.delete_entry(entry.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._done(True)
