"""The "Sinh hoạt" tab: the meetings, who needs a visit, and the year's attendance book."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.meetings import Meeting, percent, rate_text
from ccb_desktop.domain.reports import place_and_date
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.meetings import MeetingService, YearGrid
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.unit import UnitService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.attendance_model import MARK_COLOURS
from ccb_desktop.ui.meeting_dialog import MeetingDialog
from ccb_desktop.ui.printing import write_pdf
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.tab import Tab


def _table(model: RowsModel, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setSortingEnabled(sortable)
    # Fit columns to a sample of rows, not to all of them: instant at any size.
    view.horizontalHeader().setResizeContentsPrecision(40)
    return view


_CHI_HOI = 5  # the meeting list's "Chi hội" column (logical index)


class MeetingsTab(Tab):
    """Meetings newest first, filtered by year; 'Cần quan tâm' and the year book one click away."""

    # Rosters follow members' movements; the attention rule is a unit detail.
    shows = Change.MEMBERS | Change.MEETINGS | Change.UNIT

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)

        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.setToolTip(self.tr("Record a meeting and take attendance"))
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button = QPushButton(self.tr("Open / take attendance"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.year = QComboBox()
        # The attention list is of the last 12 months whatever the year: not re-read for a year.
        self.year.currentIndexChanged.connect(lambda _index: self.refresh(attention=False))
        top = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)

        self.meetings_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Content"),
                self.tr("Present / expected"),
                self.tr("Rate"),
                self.tr("Chi hội"),  # a ward file seen whole only; shown after the date
            ],
            self,
        )
        self.meetings_model.centered = {0, 3, 4}
        self.meetings_view = _table(self.meetings_model, sortable=False)
        self.meetings_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.meetings_view.horizontalHeader().moveSection(_CHI_HOI, 1)
        self.meetings_view.setColumnHidden(_CHI_HOI, True)
        self.meetings_view.doubleClicked.connect(lambda _i: self.open_selected())
        self.meetings_view.activated.connect(lambda _i: self.open_selected())

        self.attention_model = RowsModel(
            [
                self.tr("Full name"),
                self.tr("Team"),
                self.tr("Phone"),
                self.tr("Absent in a row"),
                self.tr("Rate, 12 months"),
                self.tr("Last attended"),
            ],
            self,
        )
        self.attention_model.centered = {3, 4, 5}
        # Sorted by the service: longest run of absences first, i.e. whom to visit first.
        self.attention_view = _table(self.attention_model, sortable=False)
        self.attention_view.doubleClicked.connect(self._open_attention_member)
        self.attention_rule_label = QLabel()
        self.attention_rule_label.setWordWrap(True)
        attention_page = QWidget()
        attention_layout = QVBoxLayout(attention_page)
        attention_layout.addWidget(self.attention_rule_label)
        attention_layout.addWidget(self.attention_view, 1)

        self._book_model = RowsModel([], self)
        self._book: YearGrid | None = None
        self._book_stale = True  # the year book is computed when first needed
        self.grid_view = _table(self._book_model, sortable=False)
        legend = QLabel(
            self.tr(
                "C: present · P: absent with reason · K: absent without reason · M: excused from "
                "meetings · blank: not on that meeting's sheet (not yet or no longer a member, or "
                "entered after the attendance was taken) · ?: expected but not marked"
            )
        )
        legend.setWordWrap(True)
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        self.pdf_button = QPushButton(self.tr("Save as PDF for printing…"))
        self.pdf_button.clicked.connect(self.save_book_pdf)
        grid_bottom = QHBoxLayout()
        grid_bottom.addWidget(legend, 1)
        grid_bottom.addWidget(self.pdf_button)
        grid_layout.addWidget(self.grid_view, 1)
        grid_layout.addLayout(grid_bottom)

        self.pages = QTabWidget()
        self.pages.addTab(self.meetings_view, self.tr("Meetings"))
        self.pages.addTab(attention_page, self.tr("Needs attention"))
        self.pages.addTab(grid_page, self.tr("Attendance book of the year"))
        self.grid_page = grid_page
        self.pages.currentChanged.connect(self._page_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.reload_years()
        self.refresh()

    # State ------------------------------------------------------------------------------

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Meetings")  # the window's label

    @property
    def service(self) -> MeetingService:
        return self.services.meetings

    @property
    def members(self) -> MemberService:
        return self.services.members

    @property
    def unit(self) -> UnitService:
        return self.services.unit

    @property
    def history(self) -> HistoryService:
        return self.services.history

    def reload(self) -> None:
        self.reload_years()
        self.refresh()

    def reload_years(self) -> None:
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        try:
            years = self.service.years()
        except CcbError:
            years = []
        for year in years:
            self.year.addItem(str(year), year)
        self.year.addItem(self.tr("All years"), 0)
        index = self.year.findData(chosen) if chosen is not None else 0
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)

    def selected_year(self) -> int | None:
        value = self.year.currentData()
        return int(value) if value else None

    def refresh(self, select_id: int | None = None, attention: bool = True) -> None:
        """Recompute the three views from the data file (the attention list unless told not:
        another year chosen leaves it as it is)."""
        if not self.isVisible():
            # Computed when first shown: start-up pays only for the tab in front.
            self._stale = True
            return
        self._stale = False
        try:
            rows = self.service.meetings(self.selected_year())
            rule = self.service.attention_rule() if attention else None
            needing = self.service.attention(rule) if rule is not None else []
            ward = self.services.ward
            # A ward file seen whole ("Cả phường"): which chi hội held each meeting.
            whole = ward.looked_at() is None and ward.is_ward()
            chi_hoi = ward.chi_hoi_names_of_meetings() if whole else {}
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.meetings_view.setColumnHidden(_CHI_HOI, not whole)
        self.meetings_model.set_rows(
            [
                Row(
                    [
                        format_date(r.meeting.date),
                        r.meeting.kind.label,
                        r.meeting.content.splitlines()[0] if r.meeting.content else "",
                        f"{r.totals.present} / {r.totals.expected}"
                        if r.totals.marked
                        else self.tr("not taken"),
                        rate_text(r.totals.rate),
                        chi_hoi.get(r.meeting.id or 0, ""),
                    ],
                    obj=r.meeting,
                )
                for r in rows
            ]
        )
        self.meetings_view.resizeColumnsToContents()
        self.meetings_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        if rows:
            target = next((i for i, r in enumerate(rows) if r.meeting.id == select_id), 0)
            self.meetings_view.selectRow(target)

        if rule is not None:
            self.attention_rule_label.setText(
                self.tr(
                    "Current members absent from the last %1 meetings in a row, or present at fewer "
                    "than %2% of the meetings of the last 12 months (change these in File → Unit "
                    "details). Double-click a name to open the member."
                )
                .replace("%1", str(rule.absences_in_a_row))
                .replace("%2", str(rule.minimum_rate_percent))
            )
            self.attention_model.set_rows(
                [
                    Row(
                        [
                            line.member.full_name,
                            line.member.team,
                            line.member.phone,
                            str(line.record.absence_run),
                            rate_text(line.record.rate),
                            format_date(line.record.last_present)
                            if line.record.last_present
                            else self.tr("never"),
                        ],
                        sort_values=[
                            line.member.sort_key,
                            line.member.team,
                            line.member.phone,
                            line.record.absence_run,
                            line.record.rate,
                            line.record.last_present.isoformat()
                            if line.record.last_present
                            else "",
                        ],
                        obj=line.member.id,
                    )
                    for line in needing
                ]
            )
            self.attention_view.resizeColumnsToContents()
            self.pages.setTabText(
                1, self.tr("Needs attention (%1)").replace("%1", str(len(needing)))
            )
            self.attention_count = len(needing)
        self.pages.setTabText(
            2, self.tr("Attendance book %1").replace("%1", str(self._book_year()))
        )
        self._book_stale = True
        if self.pages.currentWidget() is self.grid_page:
            self._read_book()

    # The year book: every member × every meeting of the year, read only when its page is
    # shown or something asks for it (print, PDF), not each time the tab opens (issue 22).

    def _book_year(self) -> int:
        return self.selected_year() or self.service.clock.today().year

    def _page_shown(self, _index: int) -> None:
        if self.pages.currentWidget() is self.grid_page:
            self._read_book()

    def _read_book(self) -> YearGrid | None:
        if self._book_stale:
            try:
                book = self.service.year_grid(self._book_year())
            except CcbError as exc:
                dialogs.show_error(self, exc)
                return self._book
            self._book_stale = False
            self._book = book
            self._fill_grid(book)
        return self._book

    @property
    def grid_model(self) -> RowsModel:
        """The year book's table, computed now if it is out of date."""
        self._read_book()
        return self._book_model

    @property
    def _grid(self) -> YearGrid | None:
        """The year book of the year chosen, computed now if it is out of date."""
        return self._read_book()

    def _fill_grid(self, grid: YearGrid) -> None:
        headers = [self.tr("No."), self.tr("Full name")]
        headers += [meeting.date.strftime("%d/%m") for meeting in grid.meetings]
        headers += [self.tr("Attended"), self.tr("Rate")]
        rows: list[Row] = []
        for number, (member, record) in enumerate(grid.rows, start=1):
            cells = [str(number), member.full_name]
            backgrounds: dict[int, str] = {}
            for column, meeting in enumerate(grid.meetings, start=2):
                assert meeting.id is not None
                mark = record.marks.get(meeting.id)
                cells.append(grid.cell(meeting, record))
                if mark:
                    backgrounds[column] = MARK_COLOURS[mark]
            cells += [f"{record.present}/{record.expected}", rate_text(record.rate)]
            rows.append(Row(cells, obj=member.id, backgrounds=backgrounds))
        totals_cells = ["", self.tr("Present / expected")]
        for meeting in grid.meetings:
            assert meeting.id is not None
            totals = grid.totals[meeting.id]
            totals_cells.append(f"{totals.present}/{totals.expected}" if totals.marked else "")
        present = sum(t.present for t in grid.totals.values())
        expected = sum(t.expected for t in grid.totals.values() if t.marked)
        totals_cells += [f"{present}/{expected}", percent(present, expected)]
        rows.append(Row(totals_cells, bold=True))
        self._book_model.centered = set(range(2, len(headers)))
        self._book_model.set_rows(rows, headers)
        self.grid_view.resizeColumnsToContents()

    def book_html(self, grid: YearGrid) -> str:
        """The year's attendance book as printable HTML in the administrative layout: unit
        names and motto, place and date, title, the grid (names on one line, compact rows:
        more than 20 members a landscape A4 page), legend, signatures."""
        e = html.escape
        unit = self.unit.load()
        model = self.grid_model
        columns = model.columnCount()
        head = "".join(
            f"<th nowrap>{e(model.headerData(c, Qt.Orientation.Horizontal))}</th>"
            for c in range(columns)
        )
        body = []
        for r in range(model.rowCount()):
            cells = "".join(
                f"<td nowrap align='{'left' if c == 1 else 'center'}'>"
                f"{'&nbsp;' if c == 1 else ''}"
                f"{e(model.data(model.index(r, c)) or '')}</td>"
                for c in range(columns)
            )
            style = " style='font-weight:bold'" if r == model.rowCount() - 1 else ""
            body.append(f"<tr{style}>{cells}</tr>")
        title = self.tr("MEETING ATTENDANCE BOOK, YEAR %1").replace("%1", str(grid.year))
        legend = self.tr(
            "C: present · P: absent with reason · K: absent without reason · M: excused from "
            "meetings · blank: not on that meeting's sheet (not yet or no longer a member, or "
            "entered after the attendance was taken) · ?: expected but not marked"
        )
        dots = "……………………"
        heading = (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td align='center' width='45%'>{e(unit.ward_name.upper() or dots)}<br>"
            f"<b>{e(unit.chi_hoi_name.upper() or dots)}</b><br>――――――</td>"
            "<td align='center' width='55%'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>"
            "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br>"
            f"<i>{e(place_and_date(unit, self.service.clock.today()))}</i></td>"
            "</tr></table>"
        )
        signatures = (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            "<td align='center' width='45%'><b>NGƯỜI LẬP BIỂU</b><br><br><br><br><br>"
            f"<b>{e(unit.preparer_name)}</b></td>"
            "<td align='center' width='55%'><b>TM. CHI HỘI<br>CHI HỘI TRƯỞNG</b><br><br><br><br>"
            f"<b>{e(unit.head_name)}</b></td></tr></table>"
        )
        return (
            "<html><body style='font-family:\"Times New Roman\",serif; font-size:10pt'>"
            f"{heading}<h3 align='center'>{e(title)}</h3>"
            "<table border='1' cellspacing='0' cellpadding='0' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"<p style='font-size:9.5pt'><i>{e(legend)}</i></p>{signatures}</body></html>"
        )

    def save_book_pdf(self) -> None:
        """Write the year book as an A4 landscape PDF the secretary can print."""
        grid = self._grid
        if grid is None:
            return
        name = self.tr("attendance-book-%1.pdf").replace("%1", str(grid.year))
        path = dialogs.ask_save_file(
            self, self.tr("Save the attendance book"), str(Path.home() / name), "PDF (*.pdf)", "pdf"
        )
        if path is None:
            return
        try:
            write_pdf(self.book_html(grid), path)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self.status_message.emit(self.tr("Saved %1").replace("%1", str(path)))

    def selected_meeting(self) -> Meeting | None:
        index = self.meetings_view.selectionModel().currentIndex()
        meeting = self.meetings_model.row_object(index.row()) if index.isValid() else None
        return meeting if isinstance(meeting, Meeting) else None

    # Actions ----------------------------------------------------------------------------

    def _meeting_dialog(self, meeting: Meeting | None) -> MeetingDialog:
        dialog = MeetingDialog(
            self.service,
            self.current_members(),
            meeting,
            self,
            self.history,
            self.services.dues,
        )
        # Dues collected from the sheet show in the dues tab even if the meeting is not saved.
        dialog.dues_collected.connect(lambda _count: self.announce(Change.DUES))
        return dialog

    def new_meeting(self) -> None:
        dialog = self._meeting_dialog(None)
        if dialog.exec() and dialog.saved_id is not None:
            self._after_change(dialog.saved_id, self.tr("Meeting saved."))
        elif dialog.open_instead is not None:
            self._open_meeting(dialog.open_instead)

    def open_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        dialog = self._meeting_dialog(meeting)
        if dialog.exec() and dialog.saved_id is not None:
            self._after_change(dialog.saved_id, self.tr("Meeting saved."))
        elif dialog.open_instead is not None:
            self._open_meeting(dialog.open_instead)

    def _open_meeting(self, meeting_id: int) -> None:
        """Open a meeting already recorded (chosen instead of entering its date twice)."""
        try:
            meeting = self.service.get(meeting_id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        dialog = self._meeting_dialog(meeting)
        if dialog.exec() and dialog.saved_id is not None:
            self._after_change(dialog.saved_id, self.tr("Meeting saved."))

    def _after_change(self, meeting_id: int | None, text: str) -> None:
        self.reload_years()
        self.refresh(select_id=meeting_id)
        self.status_message.emit(text)
        self.announce(Change.MEETINGS)

    def delete_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None or meeting.id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete a meeting"),
            self.tr(
                "Delete the meeting of %1 and its attendance? You can undo this with Ctrl+Z."
            ).replace("%1", format_date(meeting.date)),
            self.tr("Delete the meeting"),
            self.tr("Keep it"),
        ):
            return
        try:
            self.service.delete(meeting.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._after_change(None, self.tr("Meeting deleted. Press Ctrl+Z to undo."))

    def show_attention(self) -> None:
        self.pages.setCurrentIndex(1)

    def _open_attention_member(self, index: QModelIndex) -> None:
        member_id = self.attention_model.row_object(index.row())
        if isinstance(member_id, int):
            self.member_requested.emit(member_id)
