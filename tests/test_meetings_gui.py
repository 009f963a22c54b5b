"""The "Sinh hoạt" tab driven as a secretary would: take attendance, reopen, see who to visit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.bundle import Services
from ccb_desktop.ui.attendance_model import SheetColumn
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.meeting_dialog import MeetingDialog
from tests.conftest import Seed
from tests.test_gui import run_modal


@pytest.fixture
def seed() -> Seed:
    def four_members(services: Services) -> None:
        for family, given in [
            ("Nguyễn Văn", "An"),
            ("Trần", "Bình"),
            ("Lê", "Cường"),
            ("Phạm", "Dũng"),
        ]:
            member_id = services.members.add(Member(family, given, phone="0912 000 000"))
            services.members.record_movement(
                member_id, Movement(MovementKind.ADMITTED, PartialDate(2020, 1, 1))
            )

    return four_members


def _select(dialog: MeetingDialog, row: int) -> None:
    dialog.sheet.setFocus()
    dialog.sheet.selectionModel().setCurrentIndex(
        dialog.model.index(row, SheetColumn.MARK),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_take_attendance_save_and_reopen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """All present in one action, two exceptions by keyboard (one with a reason), saved and reread."""
    tab = window.meetings_tab
    window.tabs.setCurrentWidget(tab)

    def take(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        assert dialog.model.rowCount() == 4
        qtbot.mouseClick(dialog.all_present_button, Qt.MouseButton.LeftButton)
        assert "Có mặt 4" in dialog.count_label.text()
        _select(dialog, 1)  # Trần Bình
        qtbot.keyClick(dialog.sheet, Qt.Key.Key_P)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.insert("Ốm, đi viện")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # The view commits a typed value on the next turn of the event loop, as between keys.
        qtbot.waitUntil(lambda: dialog.model.marks()[1].reason == "Ốm, đi viện", timeout=2000)
        _select(dialog, 2)  # Lê Cường
        qtbot.keyClick(dialog.sheet, Qt.Key.Key_K)
        assert dialog.sheet.selectionModel().currentIndex().row() == 3  # moved on to the next
        text = dialog.count_label.text()
        assert "Có mặt 2" in text and "vắng có lý do 1" in text and "vắng không lý do 1" in text
        dialog.content.setPlainText("Sinh hoạt thường kỳ tháng 11")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(qtbot, lambda: qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton), take)
    assert tab.meetings_model.rowCount() == 1
    assert tab.meetings_model.data(tab.meetings_model.index(0, 3)) == "2 / 4"
    assert tab.meetings_model.data(tab.meetings_model.index(0, 4)) == "50%"

    seen: dict[str, object] = {}

    def reopen(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        seen["marks"] = [(m.member_id, m.mark, m.reason) for m in dialog.model.marks()]
        seen["names"] = [
            dialog.model.line(r).member.given_name for r in range(dialog.model.rowCount())
        ]  # type: ignore[union-attr]
        seen["content"] = dialog.content.toPlainText()
        dialog.reject()

    tab.meetings_view.selectRow(0)
    run_modal(qtbot, lambda: qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton), reopen)
    assert seen["names"] == ["An", "Bình", "Cường", "Dũng"]
    assert [(mark, reason) for _id, mark, reason in seen["marks"]] == [  # type: ignore[attr-defined]
        (Mark.PRESENT, ""),
        (Mark.EXCUSED_ABSENCE, "Ốm, đi viện"),
        (Mark.UNEXCUSED_ABSENCE, ""),
        (Mark.PRESENT, ""),
    ]
    assert seen["content"] == "Sinh hoạt thường kỳ tháng 11"


def test_attention_list_and_year_book(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Absent three meetings running puts a member on the attention list, one click away."""
    services_meetings = window.meetings_tab.service
    members = {m.given_name: m.id for m in window.members_tab.service.search(MemberFilter())}
    for month in (8, 9, 10):
        marks = [AttendanceMark(i, Mark.PRESENT) for name, i in members.items() if name != "Cường"]
        marks.append(AttendanceMark(members["Cường"], Mark.UNEXCUSED_ABSENCE))
        services_meetings.save(Meeting(dt.date(2026, month, 5)), marks)
    window.meetings_tab.refresh()
    window._update_actions()  # the count follows shortly after, off the way to the screen
    qtbot.waitUntil(
        lambda: window.attention_button.text() == "Cần quan tâm: 1 hội viên", timeout=2000
    )
    qtbot.mouseClick(window.attention_button, Qt.MouseButton.LeftButton)
    tab = window.meetings_tab
    assert window.tabs.currentWidget() is tab and tab.pages.currentIndex() == 1
    model = tab.attention_model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in (0, 3, 4)] == ["Lê Cường", "3", "0%"]

    grid = tab.grid_model
    last = grid.rowCount() - 1
    assert grid.data(grid.index(last, 1)) == "Có mặt / phải dự"
    assert [grid.data(grid.index(last, c)) for c in (2, 3, 4)] == ["3/4", "3/4", "3/4"]
    cuong = next(r for r in range(last) if grid.data(grid.index(r, 1)) == "Lê Cường")
    assert [grid.data(grid.index(cuong, c)) for c in (2, 3, 4, 5, 6)] == [
        "K",
        "K",
        "K",
        "0/3",
        "0%",
    ]

    # Double-clicking the name opens the member in the register.
    tab.pages.setCurrentIndex(1)
    window.show_member(members["Cường"])
    assert window.members_tab.selected_summary().given_name == "Cường"  # type: ignore[union-attr]
    # The details are read once the register has painted (issue 22): wait for that paint.
    details = window.members_tab.details
    qtbot.waitUntil(lambda: "Số buổi vắng liên tiếp: 3" in details.toPlainText(), timeout=3000)


def test_delete_a_meeting_and_undo(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ccb_desktop.ui import dialogs

    window.meetings_tab.service.save(Meeting(dt.date(2026, 11, 5), content="Họp"), [])
    tab = window.meetings_tab
    tab.refresh()
    window.tabs.setCurrentWidget(tab)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.meetings_model.rowCount() == 0
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert tab.meetings_model.rowCount() == 1


def test_the_year_book_saves_as_a_printable_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """'Lưu thành PDF để in' writes an A4 PDF with the Vietnamese title, moved into place whole."""
    from ccb_desktop.ui import dialogs

    members = window.members_tab.service.search(MemberFilter())
    window.meetings_tab.service.save(
        Meeting(dt.date(2026, 3, 5)), [AttendanceMark(m.id, Mark.PRESENT) for m in members]
    )
    tab = window.meetings_tab
    window.tabs.setCurrentWidget(tab)  # shown: its views are computed
    tab.refresh()
    assert "SỔ THEO DÕI SINH HOẠT CHI HỘI NĂM 2026" in tab.book_html(tab._grid)
    target = tmp_path / "so.pdf"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: target)
    tab.save_book_pdf()
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert [p.name for p in tmp_path.glob(".ccb-*")] == []


def test_closing_a_sheet_with_marks_asks_first(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ccb_desktop.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or False
    )

    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog._mark_all_present()
        dialog.reject()
        assert dialog.isVisible()
        monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
        dialog.reject()

    run_modal(qtbot, window.meetings_tab.new_meeting, handle)
    assert asked == ["Đóng và bỏ phần điểm danh, nội dung vừa nhập?"]
    assert window.meetings_tab.meetings_model.rowCount() == 0
