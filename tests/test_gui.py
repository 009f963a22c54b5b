"""The real window driven as a secretary would: add, find, record a movement, delete, undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget, QTextBrowser, QWidget

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.register import MemberFilter, StatusFilter
from ccb_desktop.domain.vocabulary import MovementKind, Status
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.member_dialog import MemberDialog
from ccb_desktop.ui.member_model import Column
from ccb_desktop.ui.movement_dialog import MovementDialog


def run_modal(qtbot, open_dialog: Callable[[], object], handle: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Open a modal dialog and handle it from inside its event loop.

    If the handler fails, the dialog is closed so the test fails instead of hanging.
    """
    failures: list[BaseException] = []
    handled: list[bool] = []
    finished: list[bool] = []

    def inside() -> None:
        if finished:
            return  # the action opened no dialog: stop looking
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, inside)
            return
        handled.append(True)
        try:
            handle(dialog)
        except BaseException as exc:
            failures.append(exc)
            dialog.done(0)

    QTimer.singleShot(0, inside)
    open_dialog()
    finished.append(True)
    if failures:
        raise failures[0]
    assert handled, "no dialog was opened"


def _seed(window: MainWindow, *members: Member) -> list[int]:
    service = window.members_tab.service
    ids = [service.add(m) for m in members]
    window.members_tab.refresh()
    return ids


def _shown_names(window: MainWindow) -> list[str]:
    model = window.members_tab.model
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


def test_first_start_shows_what_to_do(window: MainWindow) -> None:
    """An empty register shows the empty state with a button to add the first member."""
    tab = window.members_tab
    assert tab.pages.currentIndex() == 1
    assert tab.empty_add_button.text() == "Thêm hội viên đầu tiên"
    assert window.tabs.tabText(1) == "Hội viên"  # after the home screen (issue 16)


def test_add_a_member_through_the_dialog(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing a name and a partial date, then Lưu, stores the member and selects them."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.windowTitle() == "Thêm hội viên"
        dialog.family_name.setText("Nguyễn Văn")
        dialog.given_name.setText("Đức")
        dialog.birth_date.setText("8/1950")
        dialog.team.setCurrentText("Tổ 1")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(
        qtbot,
        lambda: qtbot.mouseClick(window.members_tab.empty_add_button, Qt.MouseButton.LeftButton),
        fill,
    )
    tab = window.members_tab
    assert tab.pages.currentIndex() == 0
    assert _shown_names(window) == ["Nguyễn Văn Đức"]
    stored = tab.service.search(MemberFilter())
    assert stored[0].birth_date == PartialDate(1950, 8)
    assert (
        tab.selected_summary() is not None and tab.selected_summary().full_name == "Nguyễn Văn Đức"
    )  # type: ignore[union-attr]
    assert tab.model.data(tab.model.index(0, Column.BIRTH)) == "08/1950"


def test_search_without_diacritics_finds_the_member(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing 'nguyen van duc' in the search box leaves only Nguyễn Văn Đức."""
    _seed(window, Member("Nguyễn Văn", "Đức"), Member("Trần Thị", "Dung"), Member("Nguyễn", "Dũng"))
    assert len(_shown_names(window)) == 3
    qtbot.keyClicks(window.members_tab.search, "nguyen van duc")
    qtbot.waitUntil(lambda: _shown_names(window) == ["Nguyễn Văn Đức"], timeout=3000)
    assert "1" in window.members_tab.count_label.text()
    window.members_tab.search.clear()
    qtbot.keyClicks(window.members_tab.search, "DUNG")
    qtbot.waitUntil(lambda: _shown_names(window) == ["Trần Thị Dung", "Nguyễn Dũng"], timeout=3000)


def test_ctrl_f_focuses_the_search_box(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _seed(window, Member("Lê", "An"))
    window.members_tab.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.members_tab.search.hasFocus(), timeout=2000)


def test_record_a_movement_and_see_the_status_change(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Recording Từ trần moves the member out of the current list and into the deceased one."""
    _seed(window, Member("Hoàng Văn", "Thái"), Member("Lê", "An"))
    tab = window.members_tab
    window.tabs.setCurrentWidget(tab)  # the home screen opens first (issue 16)
    tab.refresh(select_id=tab.service.search(MemberFilter(search="thai"))[0].id)

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, MovementDialog)
        dialog.select_kind(MovementKind.DECEASED)
        dialog.date.setText("02/03/2025")
        dialog.note.setText("Từ trần tại nhà")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    run_modal(
        qtbot, lambda: qtbot.mouseClick(tab.movement_button, Qt.MouseButton.LeftButton), record
    )
    assert _shown_names(window) == ["Lê An"]
    assert "Đã từ trần" in window.statusBar().currentMessage()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(StatusFilter.DECEASED))
    assert _shown_names(window) == ["Hoàng Văn Thái"]
    assert tab.model.data(tab.model.index(0, Column.STATUS)) == "Đã từ trần"
    assert "Từ trần" in tab.details.toPlainText()


def test_the_form_says_what_is_wrong_and_saves_nothing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A future birth date and a used card number are explained in red; Lưu keeps the form open."""
    _seed(window, Member("Phạm", "Bình", card_number="0042"))
    tab = window.members_tab
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.given_name.setText("Cường")
        dialog.birth_date.setText("01/01/2027")
        dialog.card_number.setText("0042")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        seen["birth"] = dialog.fields["birth_date"].error()
        seen["card"] = dialog.fields["card_number"].error()
        seen["tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
        dialog.birth_date.setText("31/02/1950")
        qtbot.waitUntil(
            lambda: "Không có ngày này" in dialog.fields["birth_date"].error(), timeout=2000
        )
        monkey_confirm = dialogs.confirm
        dialogs.confirm = lambda *args, **kwargs: True  # type: ignore[assignment]
        try:
            dialog.reject()
        finally:
            dialogs.confirm = monkey_confirm  # type: ignore[assignment]

    run_modal(qtbot, lambda: qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton), fill)
    assert seen["birth"] == "Ngày sinh ở sau ngày hôm nay."
    assert seen["card"] == "Số thẻ 0042 đã được cấp cho Phạm Bình."
    assert seen["tab"].startswith("Bản thân")
    assert tab.service.count() == 1


def test_closing_a_changed_form_asks_first(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Typed changes are not thrown away without a question; 'Tiếp tục nhập' keeps the form."""
    questions: list[str] = []

    def keep_editing(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(dialogs, "confirm", keep_editing)

    def fill(dialog: QDialog) -> None:
        dialog_ = dialog
        assert isinstance(dialog_, MemberDialog)
        dialog_.given_name.setText("Hà")
        dialog_.reject()
        assert dialog_.isVisible()
        monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
        dialog_.reject()

    run_modal(qtbot, window.members_tab.add_member, fill)
    assert questions == ["Đóng biểu mẫu và bỏ những gì vừa nhập?"]
    assert window.members_tab.service.count() == 0


def test_enter_opens_the_selected_member(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter on the list opens the record for editing; changes are saved."""
    _seed(window, Member("Vũ Đình", "Long", team="Tổ 1"))
    tab = window.members_tab
    window.tabs.setCurrentWidget(tab)  # the home screen opens first (issue 16)
    tab.table.setFocus()

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.given_name.text() == "Long"
        dialog.phone.setText("0912 000 111")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key.Key_Return), edit)
    assert tab.service.search(MemberFilter())[0].phone == "0912 000 111"


def test_delete_asks_and_ctrl_z_brings_the_record_back(
    window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _seed(window, Member("Ngô", "Quý"), Member("Lý", "Tài"))
    tab = window.members_tab
    window.tabs.setCurrentWidget(tab)  # the home screen opens first (issue 16)
    tab.refresh(select_id=tab.service.search(MemberFilter(search="quy"))[0].id)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True
    )
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert asked and "Ngô Quý" in asked[0]
    assert _shown_names(window) == ["Lý Tài"]
    assert window.undo_action.text() == "&Hoàn tác: Xóa hồ sơ Ngô Quý"
    window.undo_action.trigger()
    assert _shown_names(window) == ["Ngô Quý", "Lý Tài"]
    # The next Ctrl+Z would take back the action before: adding Lý Tài.
    assert window.undo_action.text() == "&Hoàn tác: Thêm hội viên Lý Tài"


def test_open_another_data_file_from_the_menu(
    window: MainWindow, tmp_path: Path, clock: FixedClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """File → Open switches the register and the title to the other chi hội's file."""
    from ccb_desktop.db.connection import open_database

    other = tmp_path / "usb" / "chi_hoi_5.sqlite"
    db = open_database(other)
    fill_demo(db, members=12, clock=clock)
    db.close()
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: other)
    window.open_file_dialog()
    assert window.data_path == other
    assert len(_shown_names(window)) > 0
    assert window.windowTitle().startswith("Chi hội khu phố 3")
    assert window.settings.last_data_file == other


def test_opening_a_bad_file_keeps_the_current_one(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A file that is not ours gives a Vietnamese message and changes nothing on screen."""
    _seed(window, Member("Lê", "An"))
    bad = tmp_path / "bao_cao.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    warnings: list[str] = []
    monkeypatch.setattr(
        dialogs, "warn", lambda parent, title, text, detail="": warnings.append(text)
    )
    assert window.open_file(bad) is False
    assert warnings == [f"Tệp {bad} không phải tệp dữ liệu của CCB Desktop."]
    assert _shown_names(window) == ["Lê An"]


def test_unit_details_set_the_window_title(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ccb_desktop.ui.unit_dialog import UnitDialog

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UnitDialog)
        dialog.ward_name.setText("Hội CCB phường 7")
        dialog.chi_hoi_name.setText("Chi hội khu phố 9")
        dialog.place_name.setText("Phường 7")
        dialog.head_name.setText("Nguyễn Văn Thắng")
        dialog.save()

    run_modal(qtbot, window.edit_unit, fill)
    assert window.windowTitle() == "Chi hội khu phố 9 — CCB Desktop"
    assert window.unit_service.load().head_name == "Nguyễn Văn Thắng"


def test_larger_text_is_remembered(window: MainWindow) -> None:
    """Ctrl++ makes all text larger and the choice is kept in the settings file."""
    before = QApplication.font().pointSize()
    window.change_font_size(+1)
    assert QApplication.font().pointSize() > before
    assert window.settings.font_size == QApplication.font().pointSize()
    window.change_font_size(-1)


def test_members_who_left_are_greyed_in_the_full_list(window: MainWindow) -> None:
    """In 'Tất cả hồ sơ', the status column tells who left; excused members stay current."""
    from ccb_desktop.domain.member import Movement

    ids = _seed(window, Member("Lê", "An"), Member("Trần", "Bình"))
    service = window.members_tab.service
    service.record_movement(ids[1], Movement(MovementKind.EXCUSED, PartialDate(2024, 1, 1)))
    window.members_tab.refresh()
    assert _shown_names(window) == ["Lê An", "Trần Bình"]
    assert service.get(ids[1]).status is Status.EXCUSED


def test_a_whole_name_typed_into_ten_is_split_visibly(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'Nguyễn Văn Đức' typed in Tên becomes họ đệm 'Nguyễn Văn' + tên 'Đức', still editable."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.given_name.setFocus()
        dialog.given_name.setText("Nguyễn Văn Đức")
        dialog.given_name.editingFinished.emit()
        assert (dialog.family_name.text(), dialog.given_name.text()) == ("Nguyễn Văn", "Đức")
        dialog.family_name.setText("Y Nô")  # the secretary corrects a minority name
        dialog.given_name.setText("Rcăm")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(qtbot, window.members_tab.add_member, fill)
    saved = window.members_tab.service.search(MemberFilter())[0]
    assert (saved.family_name, saved.given_name) == ("Y Nô", "Rcăm")


def test_the_record_shows_its_change_history_and_ctrl_z_takes_back_an_edit(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Change the team in the form; the history page says Tổ 1 → Tổ 3; Ctrl+Z puts it back."""
    _seed(window, Member("Vũ Đình", "Long", team="Tổ 1"))
    tab = window.members_tab
    window.tabs.setCurrentWidget(tab)  # the home screen opens first (issue 16)
    tab.table.setFocus()

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.team.setCurrentText("Tổ 3")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key.Key_Return), edit)
    seen: dict[str, str] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        page = dialog.tabs.widget(titles.index("Lịch sử thay đổi"))
        table = page.findChild(QTableWidget)
        seen["first"] = " | ".join(table.item(0, c).text() for c in range(3))
        dialog.reject()

    window.activateWindow()  # offscreen Qt does not give it back after a dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    tab.table.setFocus()
    run_modal(qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key.Key_Return), look)
    assert seen["first"] == "29/11/2026 09:30 | Sửa hồ sơ Vũ Đình Long | Tổ hội: Tổ 1 → Tổ 3"
    assert window.undo_action.text() == "&Hoàn tác: Sửa hồ sơ Vũ Đình Long"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.service.search(MemberFilter())[0].team == "Tổ 1"
    assert "Đã hoàn tác" in window.statusBar().currentMessage()


def test_f1_opens_the_user_guide(window: MainWindow) -> None:
    """Help → User guide shows the Vietnamese guide, task by task."""
    window.show_guide()
    browser = window.guide_window.findChild(QTextBrowser)
    assert "Nhập một hội viên" in browser.toPlainText()
    window.guide_window.close()
