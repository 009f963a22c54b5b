"""Care visits (thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà): the form of one visit and a
member's list of them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.care import CareKind, CareVisit
from ccb_desktop.domain.dates import PartialDate, format_date
from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.errors import CcbError
from ccb_desktop.services.care import CareService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.support_dialogs import (
    _EntryDialog,
    member_combo,
    money_edit,
    read_date,
    read_money,
)
from ccb_desktop.ui.widgets import PartialDateEdit, enum_data, fit_dialog, make_combo, select_data


class CareDialog(_EntryDialog):
    """One visit: the member (chosen when not given), date, why, who went, what was given."""

    def __init__(
        self,
        service: CareService,
        members: list[MemberSummary],
        member_id: int | None = None,
        visit: CareVisit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Care visit") if visit else self.tr("Record a care visit")
        super().__init__(title, parent)
        self.service = service
        self.visit = visit
        self.member = member_combo(members)
        chosen = visit.member_id if visit else member_id
        if chosen is not None:
            select_data(self.member, chosen)
        self.member.setEnabled(visit is None and member_id is None)
        self.date = PartialDateEdit()
        self.date.set_date(PartialDate.from_date(visit.date if visit else service.clock.today()))
        # Nothing chosen at first: one careless click must not record the wrong kind.
        self.kind = make_combo([(self.tr("— choose —"), None)] + [(k.label, k) for k in CareKind])
        if visit is not None:
            select_data(self.kind, visit.kind)
        self.visited_by = QLineEdit(visit.visited_by if visit else "")
        self.visited_by.setPlaceholderText(self.tr("e.g. Chi hội trưởng, Tổ trưởng tổ 2"))
        self.goods = QLineEdit(visit.goods if visit else "")
        self.goods.setPlaceholderText(self.tr("e.g. a gift basket"))
        self.amount = money_edit()
        if visit is not None and visit.amount_vnd:
            self.amount.setText(format_vnd(visit.amount_vnd))
        self.note = QPlainTextEdit(visit.note if visit else "")
        self.note.setFixedHeight(70)
        for label, widget in (
            (self.tr("Member:"), self.member),
            (self.tr("Date:"), self.date),
            (self.tr("Kind:"), self.kind),
            (self.tr("Who went:"), self.visited_by),
            (self.tr("Given (besides money):"), self.goods),
            (self.tr("Money (đồng):"), self.amount),
            (self.tr("Note:"), self.note),
        ):
            self.form.addRow(label, widget)
        fit_dialog(self, 560, 400)

    def save(self) -> None:
        kind = enum_data(self.kind, CareKind)
        if kind is None:
            self.show_problem(self.tr("Choose what the visit was for."))
            return

        def action() -> int:
            return self.service.save(
                CareVisit(
                    member_id=int(self.member.currentData()),
                    date=read_date(self.date) or self.service.clock.today(),
                    kind=kind,
                    visited_by=self.visited_by.text(),
                    goods=self.goods.text(),
                    amount_vnd=read_money(self.amount) or 0,
                    note=self.note.toPlainText(),
                    id=self.visit.id if self.visit else None,
                )
            )

        self.attempt(action)


class CareList(QWidget):
    """A member's care visits, newest first, with Add, Edit and Delete (each undoable)."""

    def __init__(
        self, service: CareService, member: MemberSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.member = member
        self.model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Who went"),
                self.tr("Given"),
                self.tr("Money (đồng)"),
                self.tr("Note"),
            ],
            self,
        )
        self.model.centered = {0, 4}
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.total = QLabel()
        self.add_button = QPushButton(self.tr("Record a care visit…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addLayout(buttons)
        self.changed_anything = False
        self.refresh()

    def refresh(self) -> None:
        try:
            visits = self.service.of_member(self.member.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.set_rows(
            [
                Row(
                    [format_date(v.date), v.kind.label, v.visited_by, v.goods,
                     format_vnd(v.amount_vnd) if v.amount_vnd else "", v.note],
                    sort_values=[v.date, v.kind.label, v.visited_by, v.goods, v.amount_vnd, v.note],
                    obj=v,
                )
                for v in visits
            ]
        )  # fmt: skip
        money = sum(v.amount_vnd for v in visits)
        self.total.setText(
            self.tr("%1 visits, %2 đồng in all.")
            .replace("%1", str(len(visits)))
            .replace("%2", format_vnd(money))
        )
        self.view.resizeColumnsToContents()
        has = bool(visits)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _selected(self) -> CareVisit | None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else 0
        visit = self.model.row_object(row)
        return visit if isinstance(visit, CareVisit) else None

    def dialog(self, visit: CareVisit | None = None) -> CareDialog:
        return CareDialog(self.service, [self.member], self.member.id, visit, self)

    def add(self) -> None:
        if self.dialog().exec():
            self.changed_anything = True
            self.refresh()

    def edit_selected(self) -> None:
        visit = self._selected()
        if visit is not None and self.dialog(visit).exec():
            self.changed_anything = True
            self.refresh()

    def delete_selected(self) -> None:
        visit = self._selected()
        if visit is None or visit.id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete the visit"),
            self.tr("Delete the visit of %1 (%2)? Ctrl+Z brings it back.")
            .replace("%1", format_date(visit.date))
            .replace("%2", visit.kind.label),
            self.tr("Delete"),
        ):
            return
        try:
            self.service.delete(visit.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.changed_anything = True
        self.refresh()
