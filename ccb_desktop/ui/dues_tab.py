"""The "Hội phí & quỹ" tab: the members × periods dues book, arrears and the twelve-month
list, remittances to the ward, and the funds' cash books and loans."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.dues import Period
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.dues import Cell, DuesGrid, DuesService, LapsedRow, WardAccount
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.dues_dialogs import (
    ExemptionsDialog,
    PaymentDialog,
    RatesDialog,
    RemittanceDialog,
    collect_dues_at_meeting,
)
from ccb_desktop.ui.fund_dialogs import FundsPage
from ccb_desktop.ui.member_model import OBJECT_ROLE, SORT_ROLE
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.tab import Tab

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
OWED_COLOUR = "#f8d7d3"  # begun and unpaid
EXEMPT_COLOUR = "#e4e4e4"
PAID_COLOUR = "#d8ecd6"


def _view(model: RowsModel, cells: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    if cells:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    else:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setResizeContentsPrecision(40)
    return view


def _runs(periods: list[Period]) -> str:
    """Periods owed as runs ("T12/2025 – T11/2026, T3/2027"): a year behind stays readable
    in the column instead of being cut off after a few months."""
    runs: list[list[Period]] = []
    for period in periods:
        if runs and runs[-1][-1].end + dt.timedelta(days=1) == period.start:
            runs[-1].append(period)
        else:
            runs.append([period])
    return ", ".join(
        run[0].label if len(run) == 1 else f"{run[0].label} – {run[-1].label}" for run in runs
    )


class BookModel(RowsModel):
    """The dues book: a square's text, colour and tip worked out when the view asks for it
    (the squares in sight), not for each of a province's 100,000 squares up front (issue 22).
    Column 0 is the member, then one column per period, then the total paid."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._book: DuesGrid | None = None
        self._today = dt.date.min
        self._exempt_text = self._paid_tip = ""

    def set_book(
        self, grid: DuesGrid, headers: list[str], today: dt.date, exempt_text: str, paid_tip: str
    ) -> None:
        self.beginResetModel()
        self._book, self._headers, self._today = grid, headers, today
        self._exempt_text, self._paid_tip = exempt_text, paid_tip
        self.centered = set(range(1, len(grid.periods) + 1))
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        rows = self._book.rows if self._book else ()
        return rows[row].member.id if 0 <= row < len(rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() or self._book is None else len(self._book.rows)

    def _square(self, cell: Cell) -> tuple[str, str, str | None]:
        """A square's text, background colour ("" for none) and tooltip."""
        tip = None
        if cell.exemption is not None:
            text, colour = self._exempt_text, EXEMPT_COLOUR
            tip = cell.exemption.reason
        elif not cell.owed:
            text, colour = "—", ""
        elif cell.settled:
            text, colour = "✓", PAID_COLOUR
        elif cell.paid_vnd:
            text, colour = format_vnd(cell.paid_vnd), OWED_COLOUR
        elif cell.period.start <= self._today:
            text, colour = "", OWED_COLOUR
        else:
            text, colour = "", ""
        if cell.paid_vnd and tip is None:
            paid = format_vnd(cell.paid_vnd)
            tip = self._paid_tip.replace("%1", cell.period.label).replace("%2", paid)
        return text, colour, tip

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        book = self._book
        if book is None or not index.isValid() or not 0 <= index.row() < len(book.rows):
            return None
        line, column = book.rows[index.row()], index.column()
        last = len(book.periods) + 1
        if not 0 <= column <= last:
            return None
        if role == OBJECT_ROLE:
            return line.member.id
        if column == 0 or column == last:
            text = line.member.full_name if column == 0 else format_vnd(line.paid_vnd)
            return text if role in (_DISPLAY, SORT_ROLE) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (_DISPLAY, SORT_ROLE, _BACKGROUND, Qt.ItemDataRole.ToolTipRole):
            return None
        text, colour, tip = self._square(line.cells[column - 1])
        if role == _BACKGROUND:
            return QBrush(QColor(colour)) if colour else None
        return tip if role == Qt.ItemDataRole.ToolTipRole else text


class DuesTab(Tab):
    """Who paid hội phí for which period, who owes, what went up to the ward; the funds."""

    shows = Change.MEMBERS | Change.MEETINGS | Change.SUPPORT | Change.DUES

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.grid: DuesGrid | None = None
        today = services.dues.clock.today()
        self.year = QComboBox()
        for year in range(today.year + 1, today.year - 8, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        # Only the book is by year: the arrears, the list and the ward's account are to date.
        self.year.currentIndexChanged.connect(self._reload_book)
        self._pages_to_read: set[QWidget] = set()  # pages whose figures are out of date

        self.pay_button = QPushButton(self.tr("Mark paid…"))
        self.pay_button.setToolTip(self.tr("Select one or several squares of the book first."))
        self.pay_button.clicked.connect(self.mark_paid)
        self.collect_button = QPushButton(self.tr("Collect at a meeting…"))
        self.collect_button.clicked.connect(self.collect_at_meeting)
        self.cancel_button = QPushButton(self.tr("Cancel payment"))
        self.cancel_button.clicked.connect(self.cancel_payment)
        self.exempt_button = QPushButton(self.tr("Exemptions…"))
        self.exempt_button.clicked.connect(self.edit_exemptions)
        self.rates_button = QPushButton(self.tr("Rates…"))
        self.rates_button.clicked.connect(self.edit_rates)
        top = QHBoxLayout()
        for button in (
            self.pay_button,
            self.collect_button,
            self.cancel_button,
            self.exempt_button,
            self.rates_button,
        ):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)

        self.grid_model = BookModel(self)
        self.grid_view = _view(self.grid_model, cells=True)
        self.grid_view.doubleClicked.connect(lambda _i: self.mark_paid())
        self.no_rate = QLabel()
        self.no_rate.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "✓ paid · red: due and unpaid · Miễn: exempt · grey dash: not a member then. "
                "Select squares (Ctrl or Shift for several), then Mark paid."
            )
        )
        self.legend.setWordWrap(True)
        book = QWidget()
        book_layout = QVBoxLayout(book)
        book_layout.addWidget(self.no_rate)
        book_layout.addWidget(self.grid_view, 1)
        book_layout.addWidget(self.legend)

        self.arrears_model = RowsModel(
            [
                self.tr("Member"),
                self.tr("Periods owed"),
                self.tr("Which"),
                self.tr("Owed (đồng)"),
            ],
            self,
        )
        self.arrears_view = _view(self.arrears_model)
        self.arrears_total = QLabel()
        self.lapsed_model = RowsModel(
            [self.tr("Member"), self.tr("Last present at a meeting"), self.tr("Last paid")],
            self,
        )
        self.lapsed_view = _view(self.lapsed_model)
        lapsed_note = QLabel(
            self.tr(
                "Neither present at a meeting nor paid for 12 months (Điều lệ, Điều 10.3): "
                "a list for the chi hội to consider. The program never changes a status."
            )
        )
        lapsed_note.setWordWrap(True)
        owing = QWidget()
        owing_layout = QVBoxLayout(owing)
        owing_layout.addWidget(self.arrears_total)
        owing_layout.addWidget(self.arrears_view, 3)
        owing_layout.addWidget(lapsed_note)
        owing_layout.addWidget(self.lapsed_view, 2)

        self.account = QLabel()
        self.account.setWordWrap(True)
        self.remit_button = QPushButton(self.tr("Record money sent…"))
        self.remit_button.clicked.connect(self.add_remittance)
        self.unremit_button = QPushButton(self.tr("Delete the selected line"))
        self.unremit_button.clicked.connect(self.delete_remittance)
        self.remit_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Amount (đồng)"),
                self.tr("Periods"),
                self.tr("Voucher"),
                self.tr("Note"),
            ],
            self,
        )
        self.remit_view = _view(self.remit_model)
        ward = QWidget()
        ward_layout = QVBoxLayout(ward)
        ward_buttons = QHBoxLayout()
        ward_buttons.addWidget(self.remit_button)
        ward_buttons.addWidget(self.unremit_button)
        ward_buttons.addStretch(1)
        ward_layout.addWidget(self.account)
        ward_layout.addLayout(ward_buttons)
        ward_layout.addWidget(self.remit_view, 1)

        self.funds_page = FundsPage(self)
        self.funds_page.changed.connect(lambda: self.announce(Change.DUES))

        self.pages = QTabWidget()
        self.pages.addTab(book, self.tr("Dues book"))
        self.pages.addTab(owing, self.tr("Owing"))
        self.pages.addTab(ward, self.tr("Sent to the ward"))
        self.pages.addTab(self.funds_page, self.tr("Funds"))
        self.pages.currentChanged.connect(self._page_shown)
        self.book_page, self.owing_page, self.ward_page = book, owing, ward
        self.dues_bar = QWidget()
        self.dues_bar.setLayout(top)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dues_bar)
        layout.addWidget(self.pages, 1)

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Dues && funds")

    @property
    def service(self) -> DuesService:
        return self.services.dues

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def _page_shown(self, index: int) -> None:
        # The dues buttons and year belong to the dues pages; the funds page has its own.
        self.dues_bar.setVisible(self.pages.widget(index) is not self.funds_page)
        self._read_page(self.pages.widget(index))

    # Reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the page in front now, the others when first shown (issue 22: a province's
        funds and remittances need not be read to show its dues book). The arrears are read
        with any page: their count is in the Owing page's label. A tab not on screen (a test,
        a menu's action) reads every page."""
        self._pages_to_read = {self.book_page, self.owing_page, self.ward_page, self.funds_page}
        try:
            self._read_arrears()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        if not self.isVisible():
            for page in list(self._pages_to_read):
                self._read_page(page)
        else:
            self._read_page(self.pages.currentWidget())

    def _reload_book(self) -> None:
        self._pages_to_read.add(self.book_page)
        if self.pages.currentWidget() is self.book_page or not self.isVisible():
            self._read_page(self.book_page)

    def _read_page(self, page: QWidget | None) -> None:
        if page not in self._pages_to_read:
            return
        self._pages_to_read.discard(page)
        try:
            if page is self.book_page:
                self.grid = self.service.grid(self.selected_year())
                self._fill_grid(self.grid)
            elif page is self.owing_page:
                self._fill_lapsed(self.service.lapsed())
            elif page is self.ward_page:
                self._fill_account(self.service.ward_account())
            elif page is self.funds_page:
                self.funds_page.set_services(self.services)
        except CcbError as exc:
            self._pages_to_read.add(page)
            dialogs.show_error(self, exc)

    def _read_arrears(self) -> None:
        arrears = self.service.arrears()
        self.arrears_model.set_rows(
            [
                Row(
                    [
                        r.member.full_name,
                        str(len(r.arrear.periods)),
                        _runs([p for p, _ in r.arrear.periods]),
                        format_vnd(r.arrear.total_vnd),
                    ],
                    tooltips={2: ", ".join(p.label for p, _ in r.arrear.periods)},
                    sort_values=[
                        r.member.sort_key,
                        len(r.arrear.periods),
                        "",
                        r.arrear.total_vnd,
                    ],
                    obj=r.member.id,
                )
                for r in arrears
            ]
        )
        self.arrears_view.resizeColumnsToContents()
        total = sum(r.arrear.total_vnd for r in arrears)
        self.arrears_total.setText(
            self.tr("%1 member(s) owe %2 đồng in all, up to today.")
            .replace("%1", str(len(arrears)))
            .replace("%2", format_vnd(total) or "0")
        )
        self.pages.setTabText(1, self.tr("Owing (%1)").replace("%1", str(len(arrears))))

    def _fill_lapsed(self, lapsed: list[LapsedRow]) -> None:
        self.lapsed_model.set_rows(
            [
                Row(
                    [
                        r.member.full_name,
                        format_date(r.lapsed.last_attended) if r.lapsed.last_attended else "—",
                        format_date(r.lapsed.last_paid) if r.lapsed.last_paid else "—",
                    ],
                    obj=r.member.id,
                )
                for r in lapsed
            ]
        )
        self.lapsed_view.resizeColumnsToContents()

    def _fill_account(self, account: WardAccount) -> None:
        self.account.setText(
            self.tr(
                "The ward's share of the dues collected: %1 đồng · sent: %2 đồng · "
                "still to send: %3 đồng."
            )
            .replace("%1", format_vnd(account.share_due_vnd) or "0")
            .replace("%2", format_vnd(account.remitted_vnd) or "0")
            .replace("%3", format_vnd(account.to_send_vnd) or "0")
        )
        self.remit_model.set_rows(
            [
                Row(
                    [
                        format_date(r.date),
                        format_vnd(r.amount_vnd),
                        self._period_range(r.first_period, r.last_period),
                        r.voucher,
                        r.note,
                    ],
                    obj=r.id,
                )
                for r in account.remittances
            ]
        )
        self.remit_view.resizeColumnsToContents()

    def _period_range(self, first: str, last: str) -> str:
        found = {p.key: p.label for p in self._periods_around(first, last)}
        start, end = found.get(first, first), found.get(last, last)
        return start if first == last else f"{start} – {end}"

    def _periods_around(self, *keys: str) -> list[Period]:
        years = sorted({int(k[:4]) for k in keys if k[:4].isdigit()})
        return [p for y in years for p in self.service.periods(y)]

    def _fill_grid(self, grid: DuesGrid) -> None:
        today = self.service.clock.today()
        headers = [self.tr("Member")] + [p.short_label for p in grid.periods]
        headers.append(self.tr("Paid (đồng)"))
        self.grid_model.set_book(grid, headers, today, self.tr("Miễn"), self.tr("%1: paid %2 đồng"))
        self.grid_view.resizeColumnsToContents()
        if grid.periods:
            text = (
                self.tr("Collected for %1: %2 đồng.")
                .replace("%1", str(grid.year))
                .replace("%2", format_vnd(grid.paid_vnd) or "0")
            )
            rate = self.service.rate_on(today)
            if rate is not None:
                text += " " + (
                    self.tr("Rate in force today: %1 đồng, %2.")
                    .replace("%1", format_vnd(rate.amount_vnd))
                    .replace("%2", rate.cycle.label.lower())
                )
                if rate.note:
                    text += f" ({rate.note})"
            self.no_rate.setText(text)
        else:
            self.no_rate.setText(
                self.tr(
                    "No dues rate applies to this year. Enter the rate set by the Hội's "
                    "regulation with Rates… (the program has none built in)."
                )
            )

    def selected_cells(self) -> tuple[set[int], set[str]]:
        """The members and periods of the selected squares of the book."""
        members: set[int] = set()
        periods: set[str] = set()
        if self.grid is None:
            return members, periods
        for index in self.grid_view.selectionModel().selectedIndexes():
            member_id = self.grid_model.row_object(index.row())
            if isinstance(member_id, int):
                members.add(member_id)
            if 1 <= index.column() <= len(self.grid.periods):
                periods.add(self.grid.periods[index.column() - 1].key)
        return members, periods

    # Actions ----------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.reload()
        self.announce(Change.DUES)

    def _pay(self, members: set[int], periods: set[str], title: str = "") -> None:
        self._read_page(self.book_page)  # the book's year and members, if not yet shown
        if self.grid is None or not self.grid.periods:
            dialogs.info(
                self,
                self.tr("No dues rate"),
                self.tr("Enter the dues rate first (Rates…)."),
            )
            return
        year = self.grid.year
        choices = [*self.service.periods(year), *self.service.periods(year + 1)]
        dialog = PaymentDialog(
            self.service,
            [r.member for r in self.grid.rows],
            choices,
            members,
            periods,
            self,
            title,
        )
        if dialog.exec():
            self.status_message.emit(
                self.tr("%1 payment(s) recorded.").replace("%1", str(dialog.count))
            )
            self._after_change()

    def mark_paid(self) -> None:
        members, periods = self.selected_cells()
        self._pay(members, periods)

    def collect_at_meeting(self) -> None:
        """Collect hội phí from a meeting's attendance sheet: its present members ticked."""
        try:
            meetings = self.services.meetings.meetings(self.selected_year())
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        if not meetings:
            dialogs.info(
                self,
                self.tr("Collect at a meeting"),
                self.tr("No meeting is recorded in this year."),
            )
            return
        labels = {
            f"{format_date(r.meeting.date)} — {r.meeting.kind.label}": r.meeting for r in meetings
        }
        picked = dialogs.choose(
            self, self.tr("Collect at a meeting"), self.tr("Meeting:"), list(labels)
        )
        if picked is None or picked not in labels:
            return
        meeting = labels[picked]
        try:
            present = set(self.service.present_at(meeting.id or 0))
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        count = collect_dues_at_meeting(self.service, meeting.date, present, self)
        if count is not None:
            self.status_message.emit(self.tr("%1 payment(s) recorded.").replace("%1", str(count)))
            self._after_change()

    def cancel_payment(self) -> None:
        members, periods = self.selected_cells()
        if len(members) != 1 or not periods:
            dialogs.info(
                self,
                self.tr("Cancel payment"),
                self.tr("Select the paid squares of one member first."),
            )
            return
        member_id = next(iter(members))
        if not dialogs.confirm(
            self,
            self.tr("Cancel payment"),
            self.tr("Remove what was recorded as paid in the selected squares?"),
            self.tr("Remove"),
        ):
            return
        try:
            count = self.service.cancel_payments(member_id, sorted(periods))
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.status_message.emit(self.tr("%1 payment(s) removed.").replace("%1", str(count)))
        self._after_change()

    def edit_rates(self) -> None:
        dialog = RatesDialog(self.service, self)
        dialog.exec()
        if dialog.changed:
            self._after_change()

    def edit_exemptions(self) -> None:
        members, _ = self.selected_cells()
        dialog = ExemptionsDialog(
            self.service,
            self.current_members(),
            self,
            next(iter(members)) if len(members) == 1 else None,
        )
        dialog.exec()
        if dialog.changed:
            self._after_change()

    def add_remittance(self) -> None:
        year = self.selected_year()
        periods = [*self.service.periods(year - 1), *self.service.periods(year)]
        try:
            account = self.service.ward_account()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        dialog = RemittanceDialog(self.service, periods, account.to_send_vnd, self)
        if dialog.exec():
            self._after_change()

    def delete_remittance(self) -> None:
        index = self.remit_view.selectionModel().currentIndex()
        remittance_id = self.remit_model.row_object(index.row()) if index.isValid() else None
        if not isinstance(remittance_id, int) or not dialogs.confirm(
            self,
            self.tr("Delete a remittance"),
            self.tr("Delete the selected remittance? (Ctrl+Z brings it back.)"),
            self.tr("Delete"),
        ):
            return
        try:
            self.service.delete_remittance(remittance_id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._after_change()
