"""Full disk, read-only file: a clear message, nothing half-saved, the form stays open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.member import Member, ServicePeriod
from ccb_desktop.domain.vocabulary import ServicePeriodKind
from ccb_desktop.errors import StorageError
from ccb_desktop.services.members import MemberService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.member_dialog import MemberDialog
from tests.test_gui import run_modal


def _fill_the_disk(db: Database) -> None:
    """SQLite's own 'database or disk is full' path: no page may be added any more."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count={pages}")


def test_a_full_disk_saves_nothing_and_says_so(service: MemberService, db: Database) -> None:
    _fill_the_disk(db)
    big = Member(
        "Nguyễn Văn", "An", notes="x" * 20000, periods=(ServicePeriod(ServicePeriodKind.CHONG_MY),)
    )
    with pytest.raises(StorageError) as raised:
        service.add(big)
    assert "full" in raised.value.msg.template
    db.execute("PRAGMA max_page_count=1073741823")
    assert service.count() == 0


def test_a_read_only_file_says_so(service: MemberService, db: Database) -> None:
    db.execute("PRAGMA query_only=ON")
    with pytest.raises(StorageError) as raised:
        service.add(Member("Lê", "An"))
    assert "read-only" in raised.value.msg.template


def test_the_form_stays_open_with_what_was_typed(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a full disk the secretary reads why, and the typed record is still there to retry."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, detail="": shown.append(text))
    service = window.members_tab.service
    _fill_the_disk(service.db)
    state: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.family_name.setText("Nguyễn Văn")
        dialog.given_name.setText("Đức")
        dialog.notes.setPlainText("ghi chú dài " * 3000)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        state["visible"] = dialog.isVisible()
        state["name"] = dialog.given_name.text()
        # Space is freed: the same form saves on the second try.
        service.db.execute("PRAGMA max_page_count=1073741823")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(qtbot, window.members_tab.add_member, fill)
    assert state == {"visible": True, "name": "Đức"}
    assert shown == ["Ổ đĩa đã đầy: chưa có gì được lưu. Hãy giải phóng bớt chỗ trống rồi thử lại."]
    assert service.count() == 1
