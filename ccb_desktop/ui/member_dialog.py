"""The member form: the paper form's groups as tabs, checked as the secretary types."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import DateParseError, PartialDate, format_date
from ccb_desktop.domain.meetings import percent
from ccb_desktop.domain.member import Member, ServicePeriod, party_year_kept
from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.domain.text import split_full_name
from ccb_desktop.domain.validation import Issue
from ccb_desktop.domain.vocabulary import (
    DEFAULT_ADMISSION_GROUPS,
    DEFAULT_ETHNICITY,
    ETHNICITIES,
    HOI_ROLES,
    RELIGIONS,
    Benefit,
    DischargeKind,
    Rank,
    ServicePeriodKind,
    Sex,
    VeteranKind,
)
from ccb_desktop.errors import CcbError, ValidationError
from ccb_desktop.i18n import render
from ccb_desktop.services.care import CareService
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.members import MemberService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.history_view import history_table
from ccb_desktop.ui.movement_dialog import MovementDialog
from ccb_desktop.ui.widgets import (
    ERROR_STYLE,
    FieldWithError,
    PartialDateEdit,
    YearEdit,
    enum_data,
    fit_dialog,
    make_combo,
    select_data,
)


def _suggestions(values: list[str]) -> QComboBox:
    """An editable combo: pick a usual value or type another."""
    combo = make_combo([(v, v) for v in values])
    combo.setEditable(True)
    combo.setCurrentIndex(-1)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _summary(m: Member) -> MemberSummary:
    """The list line of a full record (a form page needs only the name and id)."""
    assert m.id is not None
    return MemberSummary(m.id, m.family_name, m.given_name, m.sex, m.birth_date, m.team,
                         m.card_number, m.phone, m.party_member, m.rank, m.status, m.sort_key)  # fmt: skip


class MemberDialog(QDialog):
    """Add or edit one member. Saves in one transaction; nothing is saved half-way."""

    member_saved = Signal(int)
    """Emitted with the member's id after a successful save."""
    movement_recorded = Signal(int)
    """Emitted with the member's id after a movement was recorded from the history tab."""

    def __init__(
        self,
        service: MemberService,
        member: Member | None = None,
        teams: list[str] | None = None,
        parent: QWidget | None = None,
        meetings: MeetingService | None = None,
        history: HistoryService | None = None,
        care: CareService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.original = member
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit member: %1").replace("%1", member.full_name)
            if member
            else self.tr("Add a member")
        )
        self.fields: dict[str, FieldWithError] = {}
        self._field_tab: dict[str, int] = {}
        self.tabs = QTabWidget()
        self._tab_titles: list[str] = []
        self._build_identity()
        self._build_service()
        self._build_hoi(teams or [])
        self._build_policy()
        self._build_notes()
        self._history_table: QTableWidget | None = None
        if member is not None and member.id is not None:
            self._build_history()
            if meetings is not None:
                self._build_attendance(meetings, member.id)
            if care is not None:
                self._build_care(care, member)
            if history is not None:
                self._build_change_history(history, member.id)

        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.check)
        if member is not None:
            self._load(member)
        self._initial = self._snapshot()
        self._watch_changes()
        fit_dialog(self, 820, 640)
        self.family_name.setFocus()

    # Building ---------------------------------------------------------------------------

    def _page(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(page, title)
        self._tab_titles.append(title)
        return form

    def _add(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> Any:
        wrapped = FieldWithError(widget)
        self.fields[name] = wrapped
        self._field_tab[name] = self.tabs.count() - 1
        form.addRow(label, wrapped)
        return widget

    def _build_identity(self) -> None:
        form = self._page(self.tr("Personal"))
        self.family_name = self._add(
            form, self.tr("Family and middle names:"), "family_name", QLineEdit()
        )
        self.family_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn"))
        self.given_name = self._add(form, self.tr("Given name:"), "given_name", QLineEdit())
        self.given_name.setPlaceholderText(self.tr("e.g. Đức: the word the list is sorted by"))
        self.given_name.editingFinished.connect(self._propose_name_split)
        self.sex = self._add(form, self.tr("Sex:"), "sex", make_combo([(s.label, s) for s in Sex]))
        self.birth_date = self._add(
            form, self.tr("Date of birth:"), "birth_date", PartialDateEdit()
        )
        self.ethnicity = self._add(
            form, self.tr("Ethnicity:"), "ethnicity", _suggestions(ETHNICITIES)
        )
        self.ethnicity.setCurrentText(DEFAULT_ETHNICITY)
        self.religion = self._add(form, self.tr("Religion:"), "religion", _suggestions(RELIGIONS))
        self.hometown = self._add(form, self.tr("Home town:"), "hometown", QLineEdit())
        self.address = self._add(form, self.tr("Current address:"), "address", QLineEdit())
        self.phone = self._add(form, self.tr("Phone:"), "phone", QLineEdit())
        id_row = QWidget()
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        self.id_card = QLineEdit()
        self.id_card.setEchoMode(QLineEdit.EchoMode.Password)
        self.id_card.setPlaceholderText(self.tr("optional, 12 digits"))
        self.show_id_card = QToolButton()
        self.show_id_card.setText(self.tr("Show"))
        self.show_id_card.setCheckable(True)
        self.show_id_card.toggled.connect(self._toggle_id_card)
        id_layout.addWidget(self.id_card, 1)
        id_layout.addWidget(self.show_id_card)
        self._add(form, self.tr("ID card (CCCD):"), "id_card", id_row)

    def _propose_name_split(self) -> None:
        """A whole name typed into "Tên" is split, visibly and editably, into the two fields.

        The last word becomes the tên; the secretary corrects it for names such as
        "Y Nô Rcăm" where another word is the sort word.
        """
        if self.family_name.text().strip() or " " not in self.given_name.text().strip():
            return
        family, given = split_full_name(self.given_name.text())
        self.family_name.setText(family)
        self.given_name.setText(given)

    def _toggle_id_card(self, shown: bool) -> None:
        self.id_card.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_id_card.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _build_service(self) -> None:
        form = self._page(self.tr("Military service"))
        self.enlisted = self._add(form, self.tr("Enlisted:"), "enlisted", PartialDateEdit())
        self.discharged = self._add(
            form, self.tr("Left the army:"), "discharged", PartialDateEdit()
        )
        self.discharge_kind = self._add(
            form,
            self.tr("How service ended:"),
            "discharge_kind",
            make_combo([("", None)] + [(k.label, k) for k in DischargeKind]),
        )
        self.rank = self._add(
            form,
            self.tr("Rank on leaving:"),
            "rank",
            make_combo([("", None)] + [(r.label, r) for r in Rank]),
        )
        self.position = self._add(form, self.tr("Position:"), "position", QLineEdit())
        self.unit = self._add(form, self.tr("Unit before leaving:"), "unit", QLineEdit())
        self.benefit = self._add(
            form,
            self.tr("Benefit received:"),
            "benefit",
            make_combo([("", None)] + [(b.label, b) for b in Benefit]),
        )
        periods = QWidget()
        grid = QGridLayout(periods)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("From")), 0, 1)
        grid.addWidget(QLabel(self.tr("To")), 0, 2)
        self.period_rows: dict[
            ServicePeriodKind, tuple[QCheckBox, YearEdit, YearEdit, QCheckBox | None]
        ] = {}
        row = 1
        for kind in ServicePeriodKind:
            served = QCheckBox(kind.label)
            from_year, to_year = YearEdit(), YearEdit()
            campaign = QCheckBox(kind.notable_campaign) if kind.notable_campaign else None
            grid.addWidget(served, row, 0)
            grid.addWidget(from_year, row, 1)
            grid.addWidget(to_year, row, 2)
            row += 1
            if campaign is not None:
                # Under its period, indented: beside it the page is wider than a 1024 screen.
                campaign.setStyleSheet("margin-left: 24px")
                grid.addWidget(campaign, row, 0, 1, 3)
                row += 1
            self.period_rows[kind] = (served, from_year, to_year, campaign)
        self._add(form, self.tr("Periods served:"), "periods", periods)

    def _build_hoi(self, teams: list[str]) -> None:
        form = self._page(self.tr("Party and Hội"))
        party_row = QWidget()
        party_layout = QHBoxLayout(party_row)
        party_layout.setContentsMargins(0, 0, 0, 0)
        self.party_member = QCheckBox(self.tr("Party member, admitted on"))
        # The admission decision's date (dd/mm/yyyy, mm/yyyy or yyyy): the badges count from it.
        self.party_year = PartialDateEdit()
        party_layout.addWidget(self.party_member)
        party_layout.addWidget(self.party_year)
        party_layout.addStretch(1)
        self._add(form, self.tr("Party:"), "party_year", party_row)
        self.joined_hoi = self._add(
            form, self.tr("Joined the Hội:"), "joined_hoi", PartialDateEdit()
        )
        self.card_number = self._add(form, self.tr("Member card no.:"), "card_number", QLineEdit())
        self.card_year = self._add(form, self.tr("Card issued in:"), "card_year", YearEdit())
        self.admission_group = self._add(
            form, self.tr("Admitted as:"), "admission_group", _suggestions(DEFAULT_ADMISSION_GROUPS)
        )
        self.veteran_kind = self._add(
            form,
            self.tr("Veteran or former soldier:"),
            "veteran_kind",
            make_combo([(k.label, k) for k in VeteranKind]),
        )
        self.hoi_role = self._add(
            form, self.tr("Role in the Hội:"), "hoi_role", _suggestions(HOI_ROLES)
        )
        self.team = self._add(form, self.tr("Team (tổ hội):"), "team", _suggestions(teams))
        self.medal_year = self._add(
            form, self.tr("Commemorative medal, year:"), "medal_year", YearEdit()
        )

    def _build_policy(self) -> None:
        form = self._page(self.tr("Policy groups"))
        note = QLabel(
            self.tr(
                "Sensitive personal data (Law 91/2025/QH15): record only what the Hội's reports "
                "need. It is left out of exports unless you ask for it."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        wi_row = QWidget()
        wi_layout = QHBoxLayout(wi_row)
        wi_layout.setContentsMargins(0, 0, 0, 0)
        self.war_invalid = QCheckBox(self.tr("Yes — grade or rate:"))
        self.war_invalid_grade = QLineEdit()
        self.war_invalid_grade.setPlaceholderText(self.tr("e.g. 2/4 or 41%"))
        wi_layout.addWidget(self.war_invalid)
        wi_layout.addWidget(self.war_invalid_grade, 1)
        self._add(form, self.tr("War invalid:"), "war_invalid_grade", wi_row)
        ss_row = QWidget()
        ss_layout = QHBoxLayout(ss_row)
        ss_layout.setContentsMargins(0, 0, 0, 0)
        self.sick_soldier = QCheckBox(self.tr("Yes — grade or rate:"))
        self.sick_soldier_grade = QLineEdit()
        self.sick_soldier_grade.setPlaceholderText(self.tr("e.g. 2/3 or 61%"))
        ss_layout.addWidget(self.sick_soldier)
        ss_layout.addWidget(self.sick_soldier_grade, 1)
        self._add(form, self.tr("Sick soldier:"), "sick_soldier_grade", ss_row)
        self.agent_orange_self = QCheckBox(self.tr("The member"))
        self.agent_orange_child = QCheckBox(self.tr("A child of the member"))
        ao_row = QWidget()
        ao_layout = QHBoxLayout(ao_row)
        ao_layout.setContentsMargins(0, 0, 0, 0)
        ao_layout.addWidget(self.agent_orange_self)
        ao_layout.addWidget(self.agent_orange_child)
        ao_layout.addStretch(1)
        self._add(form, self.tr("Agent Orange victim:"), "agent_orange", ao_row)
        self.martyr_family = self._add(
            form,
            self.tr("Martyr's family:"),
            "martyr_family",
            QCheckBox(self.tr("Child or family of a martyr")),
        )

    def _build_notes(self) -> None:
        form = self._page(self.tr("Notes"))
        self.notes = self._add(form, self.tr("Notes:"), "notes", QPlainTextEdit())

    def _build_history(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.status_label = QLabel()
        layout.addWidget(self.status_label)
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Movement"), self.tr("Paper no."), self.tr("Note")]
        )
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        self._history_table = table
        layout.addWidget(table)
        record = QPushButton(self.tr("Record a movement…"))
        record.clicked.connect(self._record_movement)
        layout.addWidget(record, 0, Qt.AlignmentFlag.AlignLeft)
        title = self.tr("Movements")
        self.tabs.addTab(page, title)
        self._tab_titles.append(title)

    def _build_care(self, care: CareService, member: Member) -> None:
        """A page with the member's care visits (thăm hỏi), recorded and undone from here."""
        from ccb_desktop.ui.care_dialog import CareList

        assert member.id is not None
        self.care_list = CareList(care, _summary(member), self)
        title = self.tr("Care visits")
        self.tabs.addTab(self.care_list, title)
        self._tab_titles.append(title)

    @property
    def care_changed(self) -> bool:
        """Whether a care visit was recorded, edited or deleted from this form."""
        care_list = getattr(self, "care_list", None)
        return bool(care_list and care_list.changed_anything)

    def _build_attendance(self, meetings: MeetingService, member_id: int) -> None:
        """A page with the member's meetings of a chosen year, as the history asks."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.attendance_year = QComboBox()
        try:
            years = meetings.years()
        except CcbError:
            years = []
        for year in years:
            self.attendance_year.addItem(str(year), year)
        self.attendance_summary = QLabel()
        self.attendance_summary.setWordWrap(True)
        self.attendance_table = QTableWidget(0, 3)
        self.attendance_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Attendance"), self.tr("Reason for absence")]
        )
        self.attendance_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.attendance_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.attendance_table.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.attendance_year)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.attendance_summary)
        layout.addWidget(self.attendance_table, 1)

        def fill() -> None:
            year = self.attendance_year.currentData()
            if year is None:
                return
            start, end = dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
            try:
                lines = meetings.history_lines(member_id, start, end)
                record = meetings.history(member_id, start, end)
            except CcbError:
                return
            self.attendance_table.setRowCount(len(lines))
            for row, (meeting, mark) in enumerate(lines):
                values = [
                    format_date(meeting.date),
                    mark.mark.label if mark else self.tr("not marked"),
                    mark.reason if mark else "",
                ]
                for column, value in enumerate(values):
                    self.attendance_table.setItem(row, column, QTableWidgetItem(value))
            self.attendance_table.resizeColumnsToContents()
            last = format_date(record.last_present) if record.last_present else self.tr("never")
            rate = percent(record.present, record.expected) or "—"
            self.attendance_summary.setText(
                self.tr("Attended %1 of %2 meetings (%3) · last attended: %4 · absent in a row: %5")
                .replace("%1", str(record.present))
                .replace("%2", str(record.expected))
                .replace("%3", rate)
                .replace("%4", last)
                .replace("%5", str(record.absence_run))
            )

        self.attendance_year.currentIndexChanged.connect(fill)
        fill()
        title = self.tr("Meetings")
        self.tabs.addTab(page, title)
        self._tab_titles.append(title)

    def _build_change_history(self, history: HistoryService, member_id: int) -> None:
        """Every recorded change to this member, newest first (what, when, from what)."""
        try:
            changes = history.of_member(member_id)
        except CcbError:
            changes = []
        page = QWidget()
        layout = QVBoxLayout(page)
        if changes:
            layout.addWidget(history_table(changes, page))
        else:
            layout.addWidget(QLabel(self.tr("No change recorded since the history began.")))
            layout.addStretch(1)
        title = self.tr("Change history")
        self.tabs.addTab(page, title)
        self._tab_titles.append(title)

    def _fill_history(self, member: Member) -> None:
        if self._history_table is None:
            return
        self.status_label.setText(self.tr("Current status: %1").replace("%1", member.status.label))
        self._history_table.setRowCount(len(member.movements))
        for row, movement in enumerate(member.movements):
            values = [
                movement.date.display(),
                movement.kind.label,
                movement.paper_number,
                movement.note,
            ]
            for column, value in enumerate(values):
                self._history_table.setItem(row, column, QTableWidgetItem(value))
        self._history_table.resizeColumnsToContents()

    def _record_movement(self) -> None:
        assert self.original is not None and self.original.id is not None
        try:
            member = self.service.get(self.original.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        dialog = MovementDialog(self.service, member, self)
        if dialog.exec():
            refreshed = self.service.get(self.original.id)
            self._fill_history(refreshed)
            self.movement_recorded.emit(self.original.id)

    # Loading and collecting -------------------------------------------------------------

    def _load(self, m: Member) -> None:
        self.family_name.setText(m.family_name)
        self.given_name.setText(m.given_name)
        select_data(self.sex, m.sex)
        self.birth_date.set_date(m.birth_date)
        self.ethnicity.setCurrentText(m.ethnicity)
        self.religion.setCurrentText(m.religion)
        self.hometown.setText(m.hometown)
        self.address.setText(m.address)
        self.phone.setText(m.phone)
        self.id_card.setText(m.id_card)
        self.enlisted.set_date(m.enlisted)
        self.discharged.set_date(m.discharged)
        select_data(self.discharge_kind, m.discharge_kind)
        select_data(self.rank, m.rank)
        self.position.setText(m.position)
        self.unit.setText(m.unit)
        select_data(self.benefit, m.benefit)
        for period in m.periods:
            served, from_year, to_year, campaign = self.period_rows[period.kind]
            served.setChecked(True)
            from_year.set_year(period.from_year)
            to_year.set_year(period.to_year)
            if campaign is not None:
                campaign.setChecked(period.in_notable_campaign)
        self.party_member.setChecked(m.party_member)
        self.party_year.set_date(
            m.party_admitted or (PartialDate(m.party_year) if m.party_year else None)
        )
        self.joined_hoi.set_date(m.joined_hoi)
        self.card_number.setText(m.card_number)
        self.card_year.set_year(m.card_year)
        self.admission_group.setCurrentText(m.admission_group)
        select_data(self.veteran_kind, m.veteran_kind)
        self.hoi_role.setCurrentText(m.hoi_role)
        self.team.setCurrentText(m.team)
        self.medal_year.set_year(m.medal_year)
        self.war_invalid.setChecked(m.war_invalid)
        self.war_invalid_grade.setText(m.war_invalid_grade)
        self.sick_soldier.setChecked(m.sick_soldier)
        self.sick_soldier_grade.setText(m.sick_soldier_grade)
        self.agent_orange_self.setChecked(m.agent_orange_self)
        self.agent_orange_child.setChecked(m.agent_orange_child)
        self.martyr_family.setChecked(m.martyr_family)
        self.notes.setPlainText(m.notes)
        self._fill_history(m)

    def _parse_problems(self) -> dict[str, str]:
        """Fields whose text cannot be read at all (dates, years)."""
        problems: dict[str, str] = {}
        for name in ("birth_date", "enlisted", "discharged", "joined_hoi"):
            problem = getattr(self, name).parse_problem()
            if problem:
                problems[name] = problem
        for name, widget in (
            ("party_year", self.party_year),
            ("card_year", self.card_year),
            ("medal_year", self.medal_year),
        ):
            problem = widget.parse_problem()
            if problem:
                problems[name] = problem
        for _served, from_year, to_year, _campaign in self.period_rows.values():
            problem = from_year.parse_problem() or to_year.parse_problem()
            if problem:
                problems["periods"] = problem
        return problems

    def collect(self) -> Member:
        """The record as the form shows it. Raises DateParseError for unreadable dates."""

        def date(name: str) -> Any:
            try:
                return getattr(self, name).date()
            except DateParseError:
                return None

        periods = tuple(
            ServicePeriod(
                kind=kind,
                from_year=from_year.year(),
                to_year=to_year.year(),
                in_notable_campaign=bool(campaign and campaign.isChecked()),
            )
            for kind, (served, from_year, to_year, campaign) in self.period_rows.items()
            if served.isChecked()
        )
        base = self.original or Member(family_name="", given_name="")
        admitted = date("party_year")
        return dataclasses.replace(
            base,
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            sex=enum_data(self.sex, Sex) or Sex.MALE,
            birth_date=date("birth_date"),
            ethnicity=self.ethnicity.currentText(),
            religion=self.religion.currentText(),
            hometown=self.hometown.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            id_card=self.id_card.text(),
            enlisted=date("enlisted"),
            discharged=date("discharged"),
            discharge_kind=enum_data(self.discharge_kind, DischargeKind),
            rank=enum_data(self.rank, Rank),
            position=self.position.text(),
            unit=self.unit.text(),
            benefit=enum_data(self.benefit, Benefit),
            periods=periods,
            party_member=self.party_member.isChecked(),
            party_year=party_year_kept(self.party_member.isChecked(), admitted and admitted.year),
            party_admitted=admitted if self.party_member.isChecked() else None,
            joined_hoi=date("joined_hoi"),
            card_number=self.card_number.text(),
            card_year=self.card_year.year(),
            admission_group=self.admission_group.currentText(),
            veteran_kind=enum_data(self.veteran_kind, VeteranKind) or VeteranKind.VETERAN,
            hoi_role=self.hoi_role.currentText(),
            team=self.team.currentText(),
            medal_year=self.medal_year.year(),
            war_invalid=self.war_invalid.isChecked() or bool(self.war_invalid_grade.text().strip()),
            war_invalid_grade=self.war_invalid_grade.text(),
            sick_soldier=self.sick_soldier.isChecked()
            or bool(self.sick_soldier_grade.text().strip()),
            sick_soldier_grade=self.sick_soldier_grade.text(),
            agent_orange_self=self.agent_orange_self.isChecked(),
            agent_orange_child=self.agent_orange_child.isChecked(),
            martyr_family=self.martyr_family.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def _snapshot(self) -> Member:
        return self.collect().normalized()

    # Checking and saving ----------------------------------------------------------------

    def _watch_changes(self) -> None:
        for widget in self.findChildren(QLineEdit):
            widget.textChanged.connect(self._check_timer.start)
        for combo in self.findChildren(QComboBox):
            combo.currentTextChanged.connect(self._check_timer.start)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._check_timer.start)

    def check(self) -> list[Issue] | None:
        """Show what is wrong next to each field; returns the issues (None if unreadable)."""
        problems = self._parse_problems()
        issues: list[Issue] = []
        try:
            issues = self.service.check(self.collect())
        except CcbError:
            issues = []  # the data file is unreachable: saving will say so
        messages = dict(problems)
        for issue in issues:
            messages.setdefault(issue.field, render(issue.message))
        for name, wrapped in self.fields.items():
            wrapped.set_error(messages.get(name, ""))
        tabs_with_errors = {self._field_tab[name] for name in messages if name in self._field_tab}
        for index, title in enumerate(self._tab_titles):
            self.tabs.setTabText(index, title + (" ⚠" if index in tabs_with_errors else ""))
        if messages:
            self.summary.setText(self.tr("Please correct the fields marked in red."))
        self.summary.setVisible(bool(messages))
        return None if problems else issues

    def _focus_first_error(self) -> None:
        for name, wrapped in self.fields.items():
            if wrapped.error():
                self.tabs.setCurrentIndex(self._field_tab[name])
                wrapped.setFocus()
                return

    def save(self) -> None:
        """Validate everything and save in one transaction; the form stays open on failure."""
        self._check_timer.stop()
        issues = self.check()
        if issues is None or issues:
            self._focus_first_error()
            return
        member = self.collect()
        try:
            if member.id is None:
                self.saved_id = self.service.add(member)
            else:
                self.service.update(member)
                self.saved_id = member.id
        except ValidationError:
            self.check()
            self._focus_first_error()
            return
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The member was not saved"))
            return
        self._initial = self._snapshot()
        self.member_saved.emit(self.saved_id)
        self.accept()

    def has_unsaved_changes(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        if self.has_unsaved_changes() and not dialogs.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close the form and lose the changes you typed?"),
            self.tr("Close without saving"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
