"""The forms of hội phí: the dated rates, exemptions, marking periods paid (also from a
meeting's attendance) and a remittance to the ward."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import PartialDate, format_date
from ccb_desktop.domain.dues import Cycle, DuesRate, Exemption, Period, Remittance
from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.errors import CcbError, ValidationError
from ccb_desktop.i18n import render
from ccb_desktop.services.dues import DuesService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.support_dialogs import (
    _EntryDialog,
    _InputError,
    member_combo,
    money_edit,
    read_date,
    read_money,
)
from ccb_desktop.ui.widgets import PartialDateEdit, enum_data, fit_dialog, make_combo


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view


def _today_edit(day: dt.date) -> PartialDateEdit:
    edit = PartialDateEdit()
    edit.set_date(PartialDate.from_date(day))
    return edit


class _ListAndForm(_EntryDialog):
    """A list of what is recorded, a form to add one, and a button to delete the selected."""

    def __init__(self, title: str, headers: list[str], parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.model = RowsModel(headers, self)
        self.view = _table(self.model)
        # Explicit context: tr() in a base class would look the text up under the subclass.
        self.delete_button = QPushButton(
            QCoreApplication.translate("DuesLists", "Delete the selected line")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.changed = False
        top = QVBoxLayout()
        top.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        top.addLayout(row)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, top, 1)
        self.save_button.setText(QCoreApplication.translate("DuesLists", "Add"))
        # The list stays open after each addition: its other button closes, it cancels nothing.
        for button in self.findChildren(QPushButton):
            if button is not self.save_button and button is not self.delete_button:
                button.setText(QCoreApplication.translate("DuesLists", "Close"))

    def selected(self) -> object:
        index = self.view.selectionModel().currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.changed = True
        self.refresh()

    def attempt(self, action: object) -> None:
        """Add, then stay open with the list refreshed and the form cleared."""
        self.error.hide()
        try:
            self.saved_id = action()  # type: ignore[operator]
        except _InputError as exc:
            self.show_problem(str(exc))
            return
        except ValidationError as exc:
            self.show_problem("\n".join(render(i.message) for i in exc.issues))
            return
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.changed = True
        self.refresh()
        self.mark_saved()

    def refresh(self) -> None:  # pragma: no cover - each list defines it
        raise NotImplementedError

    def delete_selected(self) -> None:  # pragma: no cover - each list defines it
        raise NotImplementedError


class RatesDialog(_ListAndForm):
    """The dues rates, each in force from its date: amount, cycle, share sent to the ward."""

    def __init__(self, service: DuesService, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Dues rates"),
            [
                self.tr("In force from"),
                self.tr("Amount per period (đồng)"),
                self.tr("Cycle"),
                self.tr("Sent to the ward (đồng)"),
                self.tr("Note"),
            ],
            parent,
        )
        self.service = service
        note = QLabel(
            self.tr(
                "The program has no built-in rate: enter the amount, cycle and share set by "
                "the Hội's regulation. A period is charged the rate in force on its first day."
            )
        )
        note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, note)
        self.valid_from = _today_edit(dt.date(service.clock.today().year, 1, 1))
        self.amount = money_edit()
        self.cycle = make_combo([(c.label, c) for c in Cycle])
        self.share = money_edit()
        for edit in (self.amount, self.share):
            edit.setPlaceholderText("")  # no sample amount: the rate is the Hội's to set
        self.note = QLineEdit()
        for label, widget in (
            (self.tr("In force from:"), self.valid_from),
            (self.tr("Amount per period (đồng):"), self.amount),
            (self.tr("Cycle:"), self.cycle),
            (self.tr("Sent to the ward per period (đồng):"), self.share),
            (self.tr("Note (the regulation):"), self.note),
        ):
            self.form.addRow(label, widget)
        self.refresh()
        fit_dialog(self, 720, 560)

    def refresh(self) -> None:
        try:
            rates = self.service.rates()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.set_rows(
            [
                Row(
                    [
                        format_date(r.valid_from),
                        format_vnd(r.amount_vnd),
                        r.cycle.label,
                        format_vnd(r.ward_share_vnd),
                        r.note,
                    ],
                    obj=r.id,
                )
                for r in rates
            ]
        )
        self.view.resizeColumnsToContents()

    def save(self) -> None:
        def action() -> int:
            amount = read_money(self.amount)
            if not amount:
                raise _InputError(self.tr("Enter the amount per period."))
            return self.service.save_rate(
                DuesRate(
                    read_date(self.valid_from) or self.service.clock.today(),
                    amount,
                    enum_data(self.cycle, Cycle) or Cycle.MONTHLY,
                    read_money(self.share) or 0,
                    self.note.text(),
                )
            )

        self.attempt(action)

    def delete_selected(self) -> None:
        rate_id = self.selected()
        if isinstance(rate_id, int) and dialogs.confirm(
            self,
            self.tr("Delete a rate"),
            self.tr("Delete the selected rate? (Ctrl+Z in the main window brings it back.)"),
            self.tr("Delete"),
        ):
            self.run(lambda: self.service.delete_rate(rate_id))


class ExemptionsDialog(_ListAndForm):
    """Members excused from hội phí, with the reason and the dates."""

    def __init__(
        self,
        service: DuesService,
        members: list[MemberSummary],
        parent: QWidget | None = None,
        member_id: int | None = None,
    ) -> None:
        super().__init__(
            self.tr("Dues exemptions"),
            [self.tr("Member"), self.tr("From"), self.tr("Until"), self.tr("Reason")],
            parent,
        )
        self.service = service
        self.member = member_combo(members)
        if member_id is not None:
            self.member.setCurrentIndex(max(self.member.findData(member_id), 0))
        self.start = _today_edit(service.clock.today())
        self.end = PartialDateEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. ốm nặng dài ngày, hộ nghèo"))
        for label, widget in (
            (self.tr("Member:"), self.member),
            (self.tr("From:"), self.start),
            (self.tr("Until (empty: no end yet):"), self.end),
            (self.tr("Reason:"), self.reason),
        ):
            self.form.addRow(label, widget)
        self.refresh()
        fit_dialog(self, 720, 520)

    def refresh(self) -> None:
        try:
            found = self.service.exemptions()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.set_rows(
            [
                Row(
                    [
                        m.full_name,
                        format_date(e.start),
                        format_date(e.end) if e.end else "",
                        e.reason,
                    ],
                    obj=e.id,
                )
                for m, e in found
            ]
        )
        self.view.resizeColumnsToContents()

    def save(self) -> None:
        def action() -> int:
            member_id = self.member.currentData()
            if not isinstance(member_id, int):
                raise _InputError(self.tr("Choose the member."))
            return self.service.add_exemption(
                Exemption(
                    member_id,
                    read_date(self.start) or self.service.clock.today(),
                    self.reason.text(),
                    read_date(self.end, required=False),
                )
            )

        self.attempt(action)

    def delete_selected(self) -> None:
        exemption_id = self.selected()
        if isinstance(exemption_id, int) and dialogs.confirm(
            self,
            self.tr("Delete an exemption"),
            self.tr("Delete the selected exemption? (Ctrl+Z in the main window brings it back.)"),
            self.tr("Delete"),
        ):
            self.run(lambda: self.service.delete_exemption(exemption_id))


def _checklist(items: list[tuple[str, object]], checked: set[object]) -> QListWidget:
    widget = QListWidget()
    widget.setSpacing(2)  # tick boxes packed line on line are hard to hit and to read
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[object]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class PaymentDialog(_EntryDialog):
    """Mark paid: the members ticked × the periods ticked, with the date and receipt number;
    the amount of each period is its rate unless another is typed."""

    def __init__(
        self,
        service: DuesService,
        members: list[MemberSummary],
        periods: list[Period],
        chosen_members: set[int],
        chosen_periods: set[str],
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(title or self.tr("Record dues paid"), parent)
        self.service = service
        self.members = _checklist([(m.full_name, m.id) for m in members], set(chosen_members))
        self.periods = _checklist(
            [(f"{p.label} — {format_vnd(p.rate.amount_vnd)} đ", p.key) for p in periods],
            set(chosen_periods),
        )
        self.date = _today_edit(service.clock.today())
        self.receipt = QLineEdit()
        self.amount = money_edit()
        self.amount.setPlaceholderText(self.tr("the rate of each period"))
        lists = QHBoxLayout()
        for heading, checklist in (
            (self.tr("Members who paid:"), self.members),
            (self.tr("Periods paid (ahead too):"), self.periods),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(heading))
            column.addWidget(checklist, 1)
            lists.addLayout(column, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, lists, 1)
        for label, widget in (
            (self.tr("Paid on:"), self.date),
            (self.tr("Receipt number:"), self.receipt),
            (self.tr("Amount per period (đồng):"), self.amount),
        ):
            self.form.addRow(label, widget)
        self.count = 0
        fit_dialog(self, 720, 600)

    def save(self) -> None:
        def action() -> int:
            members = [m for m in _checked(self.members) if isinstance(m, int)]
            periods = [p for p in _checked(self.periods) if isinstance(p, str)]
            self.count = self.service.record_payments(
                members,
                periods,
                read_date(self.date) or self.service.clock.today(),
                self.receipt.text(),
                read_money(self.amount),
            )
            return self.count

        self.attempt(action)


class RemittanceDialog(_EntryDialog):
    """Money passed up to the ward: date, amount, the periods it covers, the voucher."""

    def __init__(
        self,
        service: DuesService,
        periods: list[Period],
        suggested_vnd: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record money sent to the ward"), parent)
        self.service = service
        self.date = _today_edit(service.clock.today())
        self.amount = money_edit()
        if suggested_vnd > 0:
            self.amount.setText(format_vnd(suggested_vnd))
        self.first = make_combo([(p.label, p.key) for p in periods])
        self.last = make_combo([(p.label, p.key) for p in periods])
        self.last.setCurrentIndex(self.last.count() - 1)
        self.voucher = QLineEdit()
        self.note = QLineEdit()
        for label, widget in (
            (self.tr("Date:"), self.date),
            (self.tr("Amount (đồng):"), self.amount),
            (self.tr("From period:"), self.first),
            (self.tr("To period:"), self.last),
            (self.tr("Voucher number:"), self.voucher),
            (self.tr("Note:"), self.note),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 560, 340)

    def save(self) -> None:
        def action() -> int:
            first, last = self.first.currentData(), self.last.currentData()
            if not isinstance(first, str) or not isinstance(last, str):
                raise _InputError(self.tr("Enter a dues rate first: there is no period yet."))
            return self.service.add_remittance(
                Remittance(
                    read_date(self.date) or self.service.clock.today(),
                    read_money(self.amount) or 0,
                    first,
                    last,
                    self.voucher.text(),
                    self.note.text(),
                )
            )

        self.attempt(action)


def collect_dues_at_meeting(
    service: DuesService, day: dt.date, present: set[int], parent: QWidget | None
) -> int | None:
    """The payment form for a meeting: its present members and the period of its date ticked.

    The one path behind "Collect at a meeting…" in the dues tab and "Collect dues…" in the
    meeting window. Returns the number of payments recorded, or None when nothing was saved.
    """
    title = QCoreApplication.translate("DuesCollection", "Dues collected at the meeting of %1")
    try:
        of_year = service.periods(day.year)
        members = [r.member for r in service.grid(day.year).rows] if of_year else []
        following = service.periods(day.year + 1)
    except CcbError as exc:
        dialogs.show_error(parent, exc)
        return None
    if not of_year:
        dialogs.info(
            parent,
            QCoreApplication.translate("DuesCollection", "No dues rate"),
            QCoreApplication.translate(
                "DuesCollection",
                "No dues rate applies to %1. Enter the rate first (Hội phí & quỹ tab, Rates…).",
            ).replace("%1", format_date(day)),
        )
        return None
    periods = {p.key for p in of_year if p.start <= day <= p.end}
    dialog = PaymentDialog(
        service,
        members,
        [*of_year, *following],
        present,
        periods,
        parent,
        title.replace("%1", format_date(day)),
    )
    # Paid at the meeting: its date, unless it is still ahead (a sheet prepared early).
    dialog.date.set_date(PartialDate.from_date(min(day, service.clock.today())))
    return dialog.count if dialog.exec() else None
