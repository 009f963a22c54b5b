"""Hội phí collected from the meeting window ("Thu hội phí…"), driven through the real
widgets on the demo register, with the payments recomputed in SQL written here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QListWidget

from ccb_desktop.domain.meetings import Mark
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui.attendance_model import SheetColumn
from ccb_desktop.ui.dues_dialogs import PaymentDialog
from ccb_desktop.ui.dues_tab import DuesTab
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.meeting_dialog import MeetingDialog
from ccb_desktop.ui.meetings_tab import MeetingsTab
from tests.conftest import Seed
from tests.test_gui import run_modal

NOVEMBER = "2026-11"  # the period of the tests' today, 29/11/2026


@pytest.fixture
def seed(clock: FixedClock) -> Seed:
    return lambda services: fill_demo(services.members.db, members=30, clock=clock)


def _ticked(dialog: PaymentDialog) -> tuple[set[object], set[object]]:
    def of(widget: QListWidget) -> set[object]:
        return {
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        }

    return of(dialog.members), of(dialog.periods)


def _new_meeting(window: MainWindow) -> MeetingDialog:
    tab = window.page(MeetingsTab)
    window.tabs.setCurrentWidget(tab)
    dialog = tab._meeting_dialog(None)  # what "New meeting" opens
    dialog.show()
    return dialog


def test_collecting_from_a_new_meetings_sheet(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Everyone present but two, then "Thu hội phí…": the form ticks exactly those marked
    present and November; unticking those who already paid and saving records one payment
    per remaining member at the rate in force, which the dues tab then shows."""
    db = window.services.dues.db
    dialog = _new_meeting(window)
    assert dialog.collect_button.isVisible()
    dialog.all_present_button.click()
    # Two members absent without reason (not exempt from meetings, who cannot be marked K).
    absent_rows = [
        r
        for r in range(dialog.model.rowCount())
        if (line := dialog.model.line(r)) is not None and not line.entry.exempt
    ][:2]
    selection = dialog.sheet.selectionModel()
    selection.clearSelection()
    for row in absent_rows:
        selection.select(
            dialog.model.index(row, SheetColumn.NAME),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    dialog.unexcused_button.click()
    absent = {dialog.model.line(r).member.id for r in absent_rows}  # type: ignore[union-attr]
    # What the sheet shows as "Có mặt" (members excused from meetings show "Miễn" instead).
    present = {
        dialog.model.line(r).member.id  # type: ignore[union-attr]
        for r in range(dialog.model.rowCount())
        if dialog.model.index(r, SheetColumn.MARK).data() == "C · Có mặt"
    }
    assert len(absent) == 2 and present and not present & absent

    rate = db.execute(
        "SELECT amount_vnd FROM dues_rates WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1",
        [f"{NOVEMBER}-29"],
    ).fetchone()[0]
    settled = {
        r[0]
        for r in db.execute(
            "SELECT member_id FROM dues_payments WHERE period = ? GROUP BY member_id "
            "HAVING sum(amount_vnd) >= ?",
            [NOVEMBER, rate],
        ).fetchall()
    } | {
        r[0]
        for r in db.execute(
            "SELECT member_id FROM dues_exemptions WHERE start_on <= ? "
            "AND (end_on IS NULL OR end_on >= ?)",
            [f"{NOVEMBER}-30", f"{NOVEMBER}-01"],
        ).fetchall()
    }
    part_paid = dict(
        db.execute(
            "SELECT member_id, sum(amount_vnd) FROM dues_payments WHERE period = ? "
            "GROUP BY member_id",
            [NOVEMBER],
        ).fetchall()
    )
    seen: dict[str, object] = {}

    def pay(form: QDialog) -> None:
        assert isinstance(form, PaymentDialog)
        seen["ticked"] = _ticked(form)
        for i in range(form.members.count()):
            if form.members.item(i).data(Qt.ItemDataRole.UserRole) in settled:
                form.members.item(i).setCheckState(Qt.CheckState.Unchecked)
        form.receipt.setText("PT-HOP-11")
        form.save_button.click()

    run_modal(qtbot, dialog.collect_button.click, pay)
    assert seen["ticked"] == (present, {NOVEMBER})

    recorded = dict(
        db.execute(
            "SELECT member_id, amount_vnd FROM dues_payments WHERE receipt = 'PT-HOP-11'"
        ).fetchall()
    )
    payers = present - settled
    assert payers and set(recorded) == payers
    assert recorded == {m: rate - part_paid.get(m, 0) for m in payers}
    # The meeting itself is not saved by collecting: only the payments are.
    assert db.execute("SELECT count(*) FROM meetings WHERE date = '2026-11-29'").fetchone() == (0,)
    dues = window.page(DuesTab)
    window.tabs.setCurrentWidget(dues)
    total = db.execute(
        "SELECT sum(amount_vnd) FROM dues_payments WHERE period LIKE '2026-%'"
    ).fetchone()[0]
    assert f"{total:,}".replace(",", ".") in dues.no_rate.text()
    dialog.done(0)


def test_nobody_present_opens_no_form(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With no one marked present the button explains what to do instead of an empty form."""
    dialog = _new_meeting(window)
    seen: list[str] = []

    def read(box: QDialog) -> None:
        seen.append(type(box).__name__)
        box.done(0)

    run_modal(qtbot, dialog.collect_button.click, read)
    assert seen == ["QMessageBox"]
    assert dialog.model.mark_of(0) is not Mark.PRESENT
    dialog.done(0)


def test_an_existing_meetings_present_are_ticked(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opening October's recorded meeting, the form ticks exactly its "Có mặt" rows (SQL)
    and is dated that meeting's day."""
    db = window.services.dues.db
    meeting_id, date = db.execute(
        "SELECT id, date FROM meetings WHERE date LIKE '2026-10%' AND deleted_at IS NULL"
    ).fetchone()
    present = {
        r[0]
        for r in db.execute(
            "SELECT member_id FROM attendance WHERE meeting_id = ? AND mark = 'C'", [meeting_id]
        ).fetchall()
    }
    tab = window.page(MeetingsTab)
    dialog = tab._meeting_dialog(window.services.meetings.get(meeting_id))
    dialog.show()
    seen: dict[str, object] = {}

    def look(form: QDialog) -> None:
        assert isinstance(form, PaymentDialog)
        seen["ticked"] = _ticked(form)
        seen["paid on"] = form.date.text()
        form.done(0)

    run_modal(qtbot, dialog.collect_button.click, look)
    assert present and seen["ticked"] == (present, {date[:7]})
    # Money taken at that meeting is dated the meeting's day, not the day it is entered.
    assert seen["paid on"] == f"{date[8:10]}/{date[5:7]}/{date[:4]}"
    dialog.done(0)
