"""The "Hội viên" tab: the register in official order, search as you type, filters, details."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.member import mask_id_card
from ccb_desktop.domain.register import MemberFilter, MemberSummary, PolicyFilter, StatusFilter
from ccb_desktop.domain.vocabulary import Sex
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.members import MemberDetails, MemberService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.member_model import Column, MemberTableModel
from ccb_desktop.ui.tab import Tab
from ccb_desktop.ui.widgets import enum_data

if TYPE_CHECKING:  # used by the details and dialogs, after the first paint
    from ccb_desktop.services.history import HistoryService
    from ccb_desktop.services.meetings import MeetingService

SEARCH_DELAY_MS = 150  # wait for a pause in typing before querying


class MembersTab(Tab):
    """List, search and filter members; add, edit, record movements, delete with undo."""

    # The details panel shows attendance and the household's support too.
    shows = Change.MEMBERS | Change.MEETINGS | Change.SUPPORT
    # Never lazy: menus act on the selected member while another tab is in front.
    lazy = False

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._columns_sized = False
        self._total: int | None = None  # records in the file, counted when the data changes
        # The first member's details (attendance, support) are read just after the tab is
        # first painted, not on the way to the screen (issue 22).
        self._details_after_paint = True
        self.model = MemberTableModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, card no. or phone (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        # Typing changes what is shown, never how many records the file has: not recounted.
        self._search_timer.timeout.connect(lambda: self.refresh(recount=False))
        self.search.textChanged.connect(self._search_timer.start)

        self.status_filter = QComboBox()
        for text, value in (
            (self.tr("Current members"), StatusFilter.CURRENT),
            (self.tr("Attending meetings"), StatusFilter.ACTIVE),
            (self.tr("Excused from meetings"), StatusFilter.EXCUSED),
            (self.tr("Transferred out"), StatusFilter.TRANSFERRED_OUT),
            (self.tr("Deceased"), StatusFilter.DECEASED),
            (self.tr("Struck off"), StatusFilter.STRUCK_OFF),
            (self.tr("Everyone ever registered"), StatusFilter.ALL),
        ):
            self.status_filter.addItem(text, value)
        self.team_filter = QComboBox()
        self.sex_filter = QComboBox()
        self.sex_filter.addItem(self.tr("Both sexes"), None)
        for sex in Sex:
            self.sex_filter.addItem(sex.label, sex)
        self.party_filter = QComboBox()
        self.party_filter.addItem(self.tr("Party: all"), None)
        self.party_filter.addItem(self.tr("Party members"), True)
        self.party_filter.addItem(self.tr("Not Party members"), False)
        self.policy_filter = QComboBox()
        self.policy_filter.addItem(self.tr("Policy groups: all"), None)
        for text, policy in (
            (self.tr("Any policy group"), PolicyFilter.ANY),
            (self.tr("War invalids"), PolicyFilter.WAR_INVALID),
            (self.tr("Sick soldiers"), PolicyFilter.SICK_SOLDIER),
            (self.tr("Agent Orange victims"), PolicyFilter.AGENT_ORANGE),
            (self.tr("Martyrs' families"), PolicyFilter.MARTYR_FAMILY),
        ):
            self.policy_filter.addItem(text, policy)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _index: self.refresh())

        self.add_button = QPushButton(self.tr("Add member"))
        self.add_button.setToolTip(self.tr("Add a new member (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Open the selected member's record (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.movement_button = QPushButton(self.tr("Record movement"))
        self.movement_button.setToolTip(
            self.tr("Admission, transfer, death, striking off, excusal (Ctrl+M)")
        )
        self.movement_button.clicked.connect(self.record_movement)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Only for a record entered by mistake (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(40)  # fit columns to a sample, not every row
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.edit_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.count_label = QLabel()
        self.no_match = QLabel(
            self.tr(
                "No member matches. Clear the search or choose “Current members” and “Both sexes”."
            )
        )
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setMinimumWidth(300)

        # Three short rows rather than one long one: nothing is cut off on a 1024-pixel screen.
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.movement_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("Find:")))
        search_row.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for combo in self._filter_combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            # Never narrower than its longest choice: the window grows instead of cutting text.
            combo.setMinimumWidth(combo.sizeHint().width())
            filters.addWidget(combo)
        filters.addStretch(1)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(actions)
        list_layout.addLayout(search_row)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.no_match)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        list_layout.addWidget(splitter, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self._build_empty_state())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.reload_teams()
        self.refresh()
        self._stale = False

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Members")  # the window's label

    @property
    def service(self) -> MemberService:
        return self.services.members

    @property
    def meetings(self) -> MeetingService:
        return self.services.meetings

    @property
    def history(self) -> HistoryService:
        return self.services.history

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.status_filter,
            self.team_filter,
            self.sex_filter,
            self.party_filter,
            self.policy_filter,
        )

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("The register is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Start by entering your chi hội's members, one by one, from the paper register "
                "or your Excel list. Each member needs at least a given name; everything else "
                "can be filled in later.\n\nFirst, check the unit details (File → Unit details) "
                "so that reports carry the right names."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(640)  # a fixed width lets the label compute its wrapped height
        button = QPushButton(self.tr("Add the first member"))
        button.clicked.connect(self.add_member)
        self.empty_add_button = button
        layout.addWidget(title)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(16)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # State ------------------------------------------------------------------------------

    def services_replaced(self) -> None:
        """Another data file: its register starts unfiltered."""
        self.search.clear()
        self.status_filter.setCurrentIndex(0)

    def reload(self) -> None:
        self.reload_teams()
        self.refresh()

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            search=self.search.text(),
            status=enum_data(self.status_filter, StatusFilter) or StatusFilter.CURRENT,
            team=self.team_filter.currentData(),
            sex=enum_data(self.sex_filter, Sex),
            party_member=self.party_filter.currentData(),
            policy=enum_data(self.policy_filter, PolicyFilter),
        )

    def reload_teams(self) -> None:
        """Offer the tổ hội names in use in the team filter, keeping the choice if possible."""
        chosen = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), None)
        try:
            teams = self.service.teams()
        except CcbError:
            teams = []
        for team in teams:
            self.team_filter.addItem(team, team)
        index = self.team_filter.findData(chosen)
        self.team_filter.setCurrentIndex(max(index, 0))
        self.team_filter.setMinimumWidth(self.team_filter.sizeHint().width())
        self.team_filter.blockSignals(False)

    def refresh(self, select_id: int | None = None, recount: bool = True) -> None:
        """Query the register again with the current filter; keep or set the selection.

        The list is read a page at a time as it scrolls (MemberService.find): a keystroke at
        100,000 members reads the matches' ids and one page, not every matching member.
        """
        self._search_timer.stop()
        if select_id is None:
            current = self.selected_summary()
            select_id = current.id if current else None
        try:
            rows = self.service.find(self.current_filter())
            if recount or self._total is None:
                self._total = self.service.count()
            total = self._total
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._show_chi_hoi()
        self.model.set_members(rows)
        header = self.table.horizontalHeader()
        if (
            header.sortIndicatorSection() != Column.NUMBER
            or header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder
        ):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.pages.setCurrentIndex(1 if total == 0 else 0)
        self.no_match.setVisible(total > 0 and not rows)
        self.count_label.setText(
            self.tr("%1 shown · %2 records in the file")
            .replace("%1", str(len(rows)))
            .replace("%2", str(total))
        )
        if not self._columns_sized and rows:
            self._size_columns()
        elif rows:
            # A longer name than any before (a new file's first members): widen, never cut.
            needed = self.table.sizeHintForColumn(Column.NAME)
            if needed > self.table.columnWidth(Column.NAME):
                self.table.setColumnWidth(Column.NAME, needed)
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            index = self.model.index(row, Column.NAME)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            self._show_details(QModelIndex())
        self._update_buttons()

    def _show_chi_hoi(self) -> None:
        """A ward file seen whole ("Cả phường"): a "Chi hội" column beside the name; hidden
        on a chi hội's own file and when the window looks at one chi hội."""
        ward = self.services.ward
        try:
            whole = ward.looked_at() is None and ward.is_ward()
            names = ward.chi_hoi_names_of_members() if whole else {}
        except CcbError:
            whole, names = False, {}
        self.model.set_chi_hoi_names(names)
        header = self.table.horizontalHeader()
        if header.visualIndex(Column.CHI_HOI) != Column.NAME + 1:
            header.moveSection(header.visualIndex(Column.CHI_HOI), Column.NAME + 1)
        if self.table.isColumnHidden(Column.CHI_HOI) == whole:
            self.table.setColumnHidden(Column.CHI_HOI, not whole)
            if whole:
                self.table.resizeColumnToContents(Column.CHI_HOI)

    def _size_columns(self) -> None:
        """Fit columns to the rows shown; long ranks and teams are capped (in characters, so
        the caps grow with the text size) so all columns show; names are never cut."""
        self.table.resizeColumnsToContents()
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in ((Column.RANK, 16), (Column.TEAM, 12)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), chars * char))
        self._columns_sized = True

    def refit_columns(self) -> None:
        """Fit the columns again, after the text size changed."""
        self._columns_sized = False
        if self.model.rowCount():
            self._size_columns()

    def selected_summary(self) -> MemberSummary | None:
        index = (
            self.table.selectionModel().currentIndex()
            if self.table.selectionModel()
            else QModelIndex()
        )
        return self.model.member_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has_selection = self.selected_summary() is not None
        for button in (self.edit_button, self.movement_button, self.delete_button):
            button.setEnabled(has_selection)
            button.setToolTip(
                "" if has_selection else self.tr("Choose a member in the list first.")
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._details_after_paint:
            self._details_after_paint = False
            QTimer.singleShot(0, lambda: self._show_details(self.table.currentIndex()))

    def _show_details(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self._update_buttons()
        if self._details_after_paint:
            return  # read once the tab is on screen (paintEvent)
        summary = self.model.member_at(index.row()) if index.isValid() else None
        if summary is None:
            self.details.setHtml("")
            return
        try:
            details = self.service.details(summary.id)
        except CcbError:
            self.details.setHtml("")
            return
        self.details.setHtml(self._details_html(details))

    def _details_html(self, details: MemberDetails) -> str:
        from ccb_desktop.domain.meetings import percent_value

        e = html.escape
        m = details.member
        rows = [
            (self.tr("Status"), m.status.label),
            (self.tr("Date of birth"), m.birth_date.display() if m.birth_date else ""),
            (self.tr("Sex"), m.sex.label),
            (self.tr("Team"), m.team),
            (self.tr("Role in the Hội"), m.hoi_role),
            (self.tr("Card no."), m.card_number),
            (self.tr("Phone"), m.phone),
            (self.tr("Address"), m.address),
            (self.tr("Rank"), m.rank.label if m.rank else ""),
            (self.tr("Periods"), ", ".join(p.kind.short_label for p in m.periods)),
            (self.tr("Joined the Hội"), m.joined_hoi.display() if m.joined_hoi else ""),
            (self.tr("ID card (CCCD)"), mask_id_card(m.id_card)),
        ]
        body = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in rows
            if v
        )
        history = "".join(
            f"<li>{e(mv.date.display())}: <b>{e(mv.kind.label)}</b>"
            + (f" — {e(mv.paper_number)}" if mv.paper_number else "")
            + (f" — {e(mv.note)}" if mv.note else "")
            + "</li>"
            for mv in m.movements
        )
        movements_title = self.tr("Movements")
        no_movement = self.tr("No movement recorded.")
        history_html = (
            f"<h4>{e(movements_title)}</h4><ul>{history}</ul>"
            if history
            else f"<p style='color:#555'>{e(no_movement)}</p>"
        )
        attendance_html = ""
        record = details.attendance
        if record is not None and record.expected:
            line = (
                self.tr("Attended %1 of %2 meetings in the last 12 months (%3%)")
                .replace("%1", str(record.present))
                .replace("%2", str(record.expected))
                .replace("%3", str(percent_value(record.present, record.expected)))
            )
            last = format_date(record.last_present) if record.last_present else self.tr("never")
            meetings_title = self.tr("Meetings")
            last_label = self.tr("Last attended:")
            run_label = self.tr("Absent in a row:")
            attendance_html = (
                f"<h4>{e(meetings_title)}</h4><p>{e(line)}<br>"
                f"{e(last_label)} {e(last)}<br>"
                f"{e(run_label)} {record.absence_run}</p>"
            )
        household_html = ""
        klass, case = details.classification, details.open_case
        parts = []
        if klass is not None:
            parts.append(f"{klass.category.label} ({klass.year})")
        if case is not None:
            parts.append(
                self.tr("support case open since %1").replace("%1", format_date(case.opened))
            )
        if parts:
            title = self.tr("Household")
            household_html = f"<h4>{e(title)}</h4><p>{e(' · '.join(parts))}</p>"
        return (
            f"<h3>{e(m.full_name)}</h3><table>{body}</table>"
            f"{household_html}{attendance_html}{history_html}"
        )

    def show_member(self, member_id: int) -> None:
        """Select a member, widening the status filter if they are not in the current list."""
        self.search.clear()
        self.refresh()
        if self.model.row_of(member_id) is None:
            self.status_filter.setCurrentIndex(self.status_filter.findData(StatusFilter.ALL))
        self.refresh(select_id=member_id)
        self.table.setFocus()

    # Actions ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def add_member(self) -> None:
        from ccb_desktop.ui.member_dialog import MemberDialog  # not needed to start

        dialog = MemberDialog(self.service, None, self._teams(), self)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload_teams()
            self.refresh(select_id=dialog.saved_id)
            self.status_message.emit(self.tr("Member added."))
            self.announce(Change.MEMBERS)

    def _teams(self) -> list[str]:
        try:
            return self.service.teams()
        except CcbError:
            return []

    def edit_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        try:
            member = self.service.get(summary.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            self.refresh()
            return
        from ccb_desktop.ui.member_dialog import MemberDialog  # not needed to start

        dialog = MemberDialog(
            self.service, member, self._teams(), self, self.meetings, self.history,
            self.services.care,
        )  # fmt: skip
        dialog.movement_recorded.connect(lambda _id: self.refresh(select_id=summary.id))
        accepted = dialog.exec()
        if dialog.care_changed and not accepted:
            self.announce(Change.MEMBERS)  # care visits are saved as they are made
        if accepted:
            self.reload_teams()
            self.refresh(select_id=summary.id)
            self.status_message.emit(self.tr("Changes saved."))
            self.announce(Change.MEMBERS)

    def record_movement(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        try:
            member = self.service.get(summary.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        from ccb_desktop.ui.movement_dialog import MovementDialog  # not needed to start

        dialog = MovementDialog(self.service, member, self)
        if dialog.exec() and dialog.result_value is not None:
            self.refresh(select_id=summary.id)
            self.status_message.emit(
                self.tr("Recorded. Status now: %1").replace("%1", dialog.result_value.status.label)
            )
            self.announce(Change.MEMBERS)

    def delete_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete a record"),
            self.tr(
                "Delete the record of %1?\n\nOnly do this for a record entered by mistake. "
                "A member who moves away, dies or is struck off keeps their record: use "
                "“Record movement” instead. You can undo the deletion with Ctrl+Z."
            ).replace("%1", summary.full_name),
            self.tr("Delete the record"),
            self.tr("Keep it"),
        ):
            return
        try:
            self.service.delete(summary.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
        self.status_message.emit(
            self.tr("Deleted %1. Press Ctrl+Z to undo.").replace("%1", summary.full_name)
        )
        self.announce(Change.MEMBERS)
