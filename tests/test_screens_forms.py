"""Forms that never lose work and never invite a wrong record: closing with unsaved input
asks, greyed buttons say why, no careless default, large undos ask, and Ctrl+Y redoes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.support import HouseholdCategory, SupportCase, SupportKind, Visit
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.support_dialogs import CaseDialog, ClassificationDialog, SupportEntryDialog
from ccb_desktop.ui.unit_dialog import UnitDialog
from tests.conftest import Seed


@pytest.fixture
def seed() -> Seed:
    return lambda services: services.members.add(
        Member("Trần Văn", "Hùng", phone="0912 345 678", address="Số 5 ngõ 12")
    )


class Answers:
    """Stands in for the question box: records each question and gives a set answer."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent, _title: str, text: str, _yes: str, _no: str = "") -> bool:  # type: ignore[no-untyped-def]
        self.asked.append(text)
        return self.answer


def _member_id(window: MainWindow) -> int:
    summary = window.members_tab.selected_summary()
    assert summary is not None
    return summary.id


def test_a_new_support_case_with_typed_text_asks_before_closing(
    window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Cause and plan typed, "Đóng" pressed: the secretary is asked; "Keep editing" keeps the
    window and the text; after saving, closing asks nothing."""
    tab = window.support_tab
    dialog = CaseDialog(tab.service, tab.current_members(), None, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.cause.setPlainText("Ốm đau kéo dài")
    dialog.plan.setPlainText("Hỗ trợ vốn nuôi bò")
    keep = Answers(False)
    monkeypatch.setattr(dialogs, "confirm", keep)
    close = next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "Đóng")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert len(keep.asked) == 1 and dialog.isVisible()
    assert dialog.cause.toPlainText() == "Ốm đau kéo dài"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is not None
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert len(keep.asked) == 1 and not dialog.isVisible()


def test_an_untouched_form_closes_without_a_question_and_a_changed_one_asks(
    window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The unit details: Esc on an untouched form closes it; after typing, Esc asks, and
    "Close without saving" closes."""
    asked = Answers(True)
    monkeypatch.setattr(dialogs, "confirm", asked)
    dialog = UnitDialog(window.unit_service, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.asked == [] and not dialog.isVisible()
    dialog = UnitDialog(window.unit_service, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.findChildren(QLineEdit)[0]
    first.setText(first.text() + " mới")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked.asked) == 1 and not dialog.isVisible()


def test_buttons_that_need_a_saved_record_say_why_they_are_greyed(window: MainWindow) -> None:
    """A new case: help, loan, visit and history buttons are greyed with the reason; the
    member list's Edit/Movement/Delete too while nothing is chosen."""
    tab = window.support_tab
    dialog = CaseDialog(tab.service, tab.current_members(), None, window)
    for button in (
        dialog.add_support_button,
        dialog.add_loan_button,
        dialog.add_visit_button,
        dialog.history_button,
    ):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Hãy lưu hồ sơ trước")
    dialog.close()
    members = window.members_tab
    members.table.selectionModel().clearCurrentIndex()
    members._update_buttons()
    for button in (members.edit_button, members.movement_button, members.delete_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Hãy chọn một hội viên trong danh sách trước."


def test_visits_due_show_the_address_and_the_last_visit_under_their_headings(
    window: MainWindow, clock: FixedClock
) -> None:
    """Five headings, five values: the address under "Địa chỉ", the last visit's date under
    "Lần thăm cuối"."""
    support = window.support_tab.service
    case_id = support.open_case(SupportCase(_member_id(window), dt.date(2026, 10, 1)))
    support.add_visit(
        Visit(case_id, dt.date(2026, 11, 2), "Thăm hỏi", next_visit=dt.date(2026, 12, 1))
    )
    window.tabs.setCurrentWidget(window.support_tab)
    window.support_tab.refresh()
    model = window.support_tab.due_model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {headings[c]: model.data(model.index(0, c)) for c in range(model.columnCount())}
    assert row["Địa chỉ"] == "Số 5 ngõ 12"
    assert row["Lần thăm cuối"] == "02/11/2026"
    assert row["Điện thoại"] == "0912 345 678"


def test_classification_chooses_no_category_until_the_secretary_does(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """ "Phân loại hộ" opens with no category; saving without one is refused and nothing is
    written; with "Hộ cận nghèo" chosen it is saved as that."""
    support = window.support_tab.service
    dialog = ClassificationDialog(
        support, window.support_tab.current_members(), 2026, parent=window
    )
    dialog.show()
    assert dialog.category.currentData() is None
    dialog.save()
    assert dialog.isVisible() and dialog.error.text() == "Hãy chọn kết quả phân loại chính thức."
    assert support.classifications(2026) == []
    dialog.category.setCurrentIndex(dialog.category.findData(HouseholdCategory.NEAR_POOR))
    dialog.save()
    assert [c.category for _, c in support.classifications(2026)] == [HouseholdCategory.NEAR_POOR]


def test_help_given_offers_cash_never_defaults_and_offers_no_loan(
    window: MainWindow, clock: FixedClock
) -> None:
    """ "Ghi lần hỗ trợ" starts with no kind chosen, lists "Tiền mặt" and not the loans (they
    have their own form); saving without a kind is refused."""
    support = window.support_tab.service
    case_id = support.open_case(SupportCase(_member_id(window), dt.date(2026, 10, 1)))
    dialog = SupportEntryDialog(support, case_id, window)
    dialog.show()
    assert dialog.kind.currentData() is None
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert SupportKind.CASH in kinds and dialog.kind.findText("Tiền mặt") >= 0
    assert SupportKind.BANK_LOAN not in kinds and SupportKind.HOI_LOAN not in kinds
    dialog.amount.setText("500.000")
    dialog.save()
    assert dialog.isVisible() and dialog.error.text() == "Hãy chọn loại hỗ trợ."
    assert support.detail(case_id).supports == []
    dialog.kind.setCurrentIndex(dialog.kind.findData(SupportKind.CASH))
    dialog.save()
    assert [s.kind for s in support.detail(case_id).supports] == [SupportKind.CASH]


def _roster(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh"])
    for number, name in enumerate(["Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Cường"], 1):
        sheet.append([number, name, 1950 + number])
    book.save(path)
    return path


def test_undoing_a_whole_import_asks_and_ctrl_y_redoes_it(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """After an import, Ctrl+Z asks first ("Giữ nguyên" keeps all); when confirmed the three
    members go, and Sửa → Làm lại (Ctrl+Y) brings them back."""
    service = window.import_service
    roster = _roster(tmp_path / "ds.xlsx")
    assert service.apply(service.plan(roster)) == 3
    window._update_actions()
    members = window.members_tab.service

    def count() -> int:
        return int(members.db.execute("SELECT count(*) FROM members").fetchone()[0])

    assert count() == 4
    keep = Answers(False)
    monkeypatch.setattr(dialogs, "confirm", keep)
    window.undo_action.trigger()
    assert len(keep.asked) == 1 and "Nhập 3 hội viên" in keep.asked[0] and count() == 4
    monkeypatch.setattr(dialogs, "confirm", Answers(True))
    window.undo_action.trigger()
    assert count() == 1
    assert window.redo_action.isEnabled() and window.redo_action.shortcut().toString() == "Ctrl+Y"
    window.redo_action.trigger()
    assert count() == 4
    assert not window.redo_action.isEnabled()


def test_undoing_a_meetings_attendance_asks_first(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A meeting's attendance for several members is taken back only after a yes; adding a
    single member is undone without a question."""
    members = window.members_tab.service
    second = members.add(Member("Lê", "Bình"))
    asked = Answers(False)
    monkeypatch.setattr(dialogs, "confirm", asked)
    window.meetings_tab.service.save(
        Meeting(dt.date(2026, 11, 5)),
        [AttendanceMark(_member_id(window), Mark.PRESENT), AttendanceMark(second, Mark.PRESENT)],
    )
    window._update_actions()
    window.undo_action.trigger()
    assert len(asked.asked) == 1
    assert members.db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 2
    monkeypatch.setattr(dialogs, "confirm", Answers(True))
    window.undo_action.trigger()
    assert members.db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
    never = Answers(True)
    monkeypatch.setattr(dialogs, "confirm", never)
    window.undo_action.trigger()  # the added member "Lê Bình": small, no question
    assert never.asked == []
    QApplication.processEvents()
