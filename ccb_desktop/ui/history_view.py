"""The change history of a record, in words: when, which action, what changed from what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.care import CareKind
from ccb_desktop.domain.dates import PartialDate, format_date
from ccb_desktop.domain.dues import Cycle
from ccb_desktop.domain.funds import Direction, EntryKind
from ccb_desktop.domain.history import Change
from ccb_desktop.domain.meetings import Mark, MeetingKind
from ccb_desktop.domain.recorded import noun
from ccb_desktop.domain.support import (
    Area,
    CaseStatus,
    HoiGrade,
    HouseholdCategory,
    Housing,
    SupportKind,
    SupportSource,
    format_vnd,
)
from ccb_desktop.domain.vocabulary import (
    Benefit,
    DischargeKind,
    MovementKind,
    Rank,
    ServicePeriodKind,
    Sex,
    Status,
    VeteranKind,
)
from ccb_desktop.errors import CcbError
from ccb_desktop.i18n import render
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.widgets import fit_dialog

# Columns kept by the program itself: never shown as "changed by the secretary".
_HIDDEN = {
    "search_key",
    "sort_key",
    "created_at",
    "updated_at",
    "id",
    "member_id",
    "meeting_id",
    "position",
    "fund_id",
    "loan_id",
    "case_id",
}
_ENUMS: dict[str, Any] = {
    "sex": Sex,
    "rank": Rank,
    "benefit": Benefit,
    "discharge_kind": DischargeKind,
    "veteran_kind": VeteranKind,
    "status": Status,
    "kind": None,  # movement, period or meeting kind: decided by the table
    "mark": Mark,
    "source": SupportSource,
    "category": HouseholdCategory,
    "area": Area,
    "housing": Housing,
    "hoi_grade": HoiGrade,
    "cycle": Cycle,
    "direction": Direction,
}
_DATES = {
    "birth_date",
    "enlisted",
    "discharged",
    "joined_hoi",
    "party_admitted",
    "date",
    "opened",
    "disbursed",
    "due",
    "balance_date",
    "next_visit",
    "decision_date",
    "paid_on",
    "start_on",
    "end_on",
    "valid_from",
}
_FLAGS = {"party_member", "war_invalid", "sick_soldier", "agent_orange_self", "agent_orange_child",
          "martyr_family", "in_notable_campaign"}  # fmt: skip


def field_labels() -> dict[str, str]:
    """Vietnamese names of the recorded columns."""
    return {
        "family_name": QCoreApplication.translate("HistoryView", "Family and middle names"),
        "given_name": QCoreApplication.translate("HistoryView", "Given name"),
        "sex": QCoreApplication.translate("HistoryView", "Sex"),
        "birth_date": QCoreApplication.translate("HistoryView", "Date of birth"),
        "ethnicity": QCoreApplication.translate("HistoryView", "Ethnicity"),
        "religion": QCoreApplication.translate("HistoryView", "Religion"),
        "hometown": QCoreApplication.translate("HistoryView", "Home town"),
        "address": QCoreApplication.translate("HistoryView", "Current address"),
        "phone": QCoreApplication.translate("HistoryView", "Phone"),
        "id_card": QCoreApplication.translate("HistoryView", "ID card (CCCD)"),
        "enlisted": QCoreApplication.translate("HistoryView", "Enlisted"),
        "discharged": QCoreApplication.translate("HistoryView", "Left the army"),
        "discharge_kind": QCoreApplication.translate("HistoryView", "How service ended"),
        "rank": QCoreApplication.translate("HistoryView", "Rank on leaving"),
        "rank_group": QCoreApplication.translate("HistoryView", "Rank group (rank not known)"),
        "position": QCoreApplication.translate("HistoryView", "Position"),
        "unit": QCoreApplication.translate("HistoryView", "Unit before leaving"),
        "benefit": QCoreApplication.translate("HistoryView", "Benefit received"),
        "party_member": QCoreApplication.translate("HistoryView", "Party member"),
        "party_year": QCoreApplication.translate("HistoryView", "Year of joining the Party"),
        "party_admitted": QCoreApplication.translate("HistoryView", "Party admission date"),
        "joined_hoi": QCoreApplication.translate("HistoryView", "Joined the Hội"),
        "card_number": QCoreApplication.translate("HistoryView", "Member card no."),
        "card_year": QCoreApplication.translate("HistoryView", "Card issued in"),
        "admission_group": QCoreApplication.translate("HistoryView", "Admitted as"),
        "veteran_kind": QCoreApplication.translate("HistoryView", "Veteran or former soldier"),
        "hoi_role": QCoreApplication.translate("HistoryView", "Role in the Hội"),
        "team": QCoreApplication.translate("HistoryView", "Team"),
        "medal_year": QCoreApplication.translate("HistoryView", "Commemorative medal"),
        "war_invalid": QCoreApplication.translate("HistoryView", "War invalid"),
        "war_invalid_grade": QCoreApplication.translate("HistoryView", "War invalid grade"),
        "sick_soldier": QCoreApplication.translate("HistoryView", "Sick soldier"),
        "sick_soldier_grade": QCoreApplication.translate("HistoryView", "Sick soldier grade"),
        "agent_orange_self": QCoreApplication.translate("HistoryView", "Agent Orange (the member)"),
        "agent_orange_child": QCoreApplication.translate("HistoryView", "Agent Orange (a child)"),
        "martyr_family": QCoreApplication.translate("HistoryView", "Martyr's family"),
        "notes": QCoreApplication.translate("HistoryView", "Notes"),
        "status": QCoreApplication.translate("HistoryView", "Status"),
        "deleted_at": QCoreApplication.translate("HistoryView", "Deleted"),
        "kind": QCoreApplication.translate("HistoryView", "Kind"),
        "date": QCoreApplication.translate("HistoryView", "Date"),
        "paper_number": QCoreApplication.translate("HistoryView", "Paper no."),
        "note": QCoreApplication.translate("HistoryView", "Note"),
        "place": QCoreApplication.translate("HistoryView", "Place"),
        "content": QCoreApplication.translate("HistoryView", "Content"),
        "chaired_by": QCoreApplication.translate("HistoryView", "Chaired by"),
        "minutes_by": QCoreApplication.translate("HistoryView", "Minutes by"),
        "mark": QCoreApplication.translate("HistoryView", "Attendance"),
        "reason": QCoreApplication.translate("HistoryView", "Reason for absence"),
        "from_year": QCoreApplication.translate("HistoryView", "From"),
        "to_year": QCoreApplication.translate("HistoryView", "To"),
        "cause": QCoreApplication.translate("HistoryView", "Cause of difficulty"),
        "plan": QCoreApplication.translate("HistoryView", "Plan"),
        "opened": QCoreApplication.translate("HistoryView", "Opened on"),
        "escaped_year": QCoreApplication.translate("HistoryView", "Escaped poverty in"),
        "closed_reason": QCoreApplication.translate("HistoryView", "Why closed"),
        "source": QCoreApplication.translate("HistoryView", "Source"),
        "amount_vnd": QCoreApplication.translate("HistoryView", "Amount (đồng)"),
        "work_days": QCoreApplication.translate("HistoryView", "Work days"),
        "goods": QCoreApplication.translate("HistoryView", "Goods"),
        "delivered_by": QCoreApplication.translate("HistoryView", "Delivered by"),
        "purpose": QCoreApplication.translate("HistoryView", "Purpose"),
        "disbursed": QCoreApplication.translate("HistoryView", "Disbursed on"),
        "due": QCoreApplication.translate("HistoryView", "Due on"),
        "outstanding_vnd": QCoreApplication.translate("HistoryView", "Outstanding balance"),
        "overdue_vnd": QCoreApplication.translate("HistoryView", "Overdue"),
        "balance_date": QCoreApplication.translate("HistoryView", "Balance as of"),
        "next_visit": QCoreApplication.translate("HistoryView", "Next visit"),
        "visited_by": QCoreApplication.translate("HistoryView", "Visited by"),
        "year": QCoreApplication.translate("HistoryView", "Year"),
        "category": QCoreApplication.translate("HistoryView", "Official category"),
        "decision": QCoreApplication.translate("HistoryView", "Decision no."),
        "decision_date": QCoreApplication.translate("HistoryView", "Decision date"),
        "area": QCoreApplication.translate("HistoryView", "Area"),
        "housing": QCoreApplication.translate("HistoryView", "Housing"),
        "hoi_grade": QCoreApplication.translate("HistoryView", "Hội's own grade"),
        "period": QCoreApplication.translate("HistoryView", "Dues period"),
        "paid_on": QCoreApplication.translate("HistoryView", "Paid on"),
        "receipt": QCoreApplication.translate("HistoryView", "Receipt no."),
        "start_on": QCoreApplication.translate("HistoryView", "From"),
        "end_on": QCoreApplication.translate("HistoryView", "Until"),
        "valid_from": QCoreApplication.translate("HistoryView", "In force from"),
        "cycle": QCoreApplication.translate("HistoryView", "Cycle"),
        "ward_share_vnd": QCoreApplication.translate("HistoryView", "Sent to the ward (đồng)"),
        "first_period": QCoreApplication.translate("HistoryView", "From period"),
        "last_period": QCoreApplication.translate("HistoryView", "To period"),
        "voucher": QCoreApplication.translate("HistoryView", "Voucher no."),
        "direction": QCoreApplication.translate("HistoryView", "Receipt or payment"),
        "name": QCoreApplication.translate("HistoryView", "Name"),
    }


def _value(table: str, column: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if column in _FLAGS:
        return (
            QCoreApplication.translate("HistoryView", "yes")
            if value
            else QCoreApplication.translate("HistoryView", "no")
        )
    if column == "id_card":
        return "•" * max(len(str(value)) - 4, 0) + str(value)[-4:]  # masked here too
    if column in _DATES:
        try:
            parsed = PartialDate.from_storage(str(value))
        except ValueError:
            return str(value)
        return parsed.display() if parsed else "—"
    if column == "deleted_at":
        return QCoreApplication.translate("HistoryView", "yes")
    if column.endswith("_vnd") and isinstance(value, int):
        return format_vnd(value)
    if table == "support_cases" and column == "status":
        return CaseStatus(value).label if value in {s.value for s in CaseStatus} else str(value)
    if column == "kind" and table == "supports":
        return SupportKind(value).label if value in {k.value for k in SupportKind} else str(value)
    if column == "kind":
        kinds: dict[str, Any] = {
            "movements": MovementKind,
            "service_periods": ServicePeriodKind,
            "meetings": MeetingKind,
            "fund_entries": EntryKind,
            "care_visits": CareKind,
        }
        kind = kinds.get(table)
        if kind is not None:
            try:
                return str(kind(value).label)
            except ValueError:
                return str(value)
    enum = _ENUMS.get(column)
    if enum is not None:
        try:
            return str(enum(value).label)
        except ValueError:
            return str(value)
    return str(value)


def describe(change: Change) -> str:
    """What one recorded change did, in a line."""
    labels = field_labels()
    what = QCoreApplication.translate("HistoryView", noun(change.table))
    if change.operation == "update" and change.old and change.new:
        parts = [
            f"{labels.get(column, column)}: {_value(change.table, column, change.old.get(column))} → "
            f"{_value(change.table, column, change.new.get(column))}"
            for column in change.new
            if column not in _HIDDEN and change.old.get(column) != change.new.get(column)
        ]
        return "; ".join(parts) if parts else what
    row = change.new if change.operation == "insert" else change.old
    shown = ", ".join(
        f"{labels.get(column, column)}: {_value(change.table, column, value)}"
        for column, value in (row or {}).items()
        if column not in _HIDDEN
        and value not in (None, "", 0)
        and column not in ("deleted_at", "status")
    )
    verb = (
        QCoreApplication.translate("HistoryView", "Added")
        if change.operation == "insert"
        else QCoreApplication.translate("HistoryView", "Removed")
    )
    return f"{verb} {what}" + (f" ({shown})" if shown and change.table != "members" else "")


def history_table(changes: list[Change], parent: QWidget | None = None) -> QTableWidget:
    """A read-only table: when, which action, what changed."""
    table = QTableWidget(len(changes), 3, parent)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("HistoryView", "When"),
            QCoreApplication.translate("HistoryView", "Action"),
            QCoreApplication.translate("HistoryView", "What changed"),
        ]
    )
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    for row, change in enumerate(changes):
        try:
            moment = dt.datetime.fromisoformat(change.action.at)
            when = f"{format_date(moment.date())} {moment:%H:%M}"
        except ValueError:
            when = change.action.at
        action = render(change.action.label)
        if change.action.undoes is not None:
            action = QCoreApplication.translate("HistoryView", "Undo")
        for column, text in enumerate((when, action, describe(change))):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnToContents(0)
    table.setColumnWidth(1, 300)
    table.resizeRowsToContents()
    return table


def show_history_dialog(parent: QWidget, title: str, load: Callable[[], list[Change]]) -> None:
    """A window with a record's change history; a storage problem is shown instead."""
    try:
        changes = load()
    except CcbError as exc:
        dialogs.show_error(parent, exc)
        return
    history_dialog(parent, title, changes).exec()


def history_dialog(parent: QWidget | None, title: str, changes: list[Change]) -> QDialog:
    """The window listing `changes`, sized to its screen."""
    window = QDialog(parent)
    window.setWindowTitle(title)
    layout = QVBoxLayout(window)
    layout.addWidget(history_table(changes, window))
    close = QPushButton(QCoreApplication.translate("HistoryView", "Close"))
    close.clicked.connect(window.accept)
    layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
    fit_dialog(window, 820, 480)
    return window
