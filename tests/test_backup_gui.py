"""Backups as the secretary meets them: daily and on close, to a USB stick, restore, rescue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ccb_desktop.app import ApplicationContext, _offer_restore
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.errors import StorageError
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.backup_dialogs import RestoreDialog
from ccb_desktop.ui.main_window import MainWindow
from tests.conftest import Seed
from tests.test_gui import run_modal


@pytest.fixture
def seed(clock: FixedClock) -> Seed:
    def add_a_member(services: Services) -> None:
        # The register was begun 40 days ago: the 30-day USB reminder counts from then.
        begun = FixedClock(dt.datetime.combine(clock.today() - dt.timedelta(days=40), dt.time(9)))
        MemberService(services.members.db, begun).add(Member("Nguyễn Văn", "An"))

    return add_a_member


def _names(window: MainWindow) -> list[str]:
    return [m.full_name for m in window.members_tab.service.search(MemberFilter())]


def test_first_start_of_the_day_and_closing_make_checked_backups(
    window: MainWindow, db_path: Path
) -> None:
    folder = db_path.parent / "backups"
    window.backup_if_due()
    assert len(list(folder.glob("*.sqlite"))) == 1
    window.backup_if_due()  # already done today
    assert len(list(folder.glob("*.sqlite"))) == 1
    assert window.backup_reminder.isVisibleTo(window)  # nothing copied off the PC yet


def test_backup_to_a_usb_stick_from_the_menu(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "usb"
    usb.mkdir()
    told: list[str] = []
    monkeypatch.setattr(dialogs, "ask_folder", lambda *a: usb)
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: told.append(text))
    window.backup_external()
    copies = list(usb.glob("CCB-*.sqlite"))
    assert len(copies) == 1
    assert told and str(copies[0]) in told[0] and "1 hội viên" in told[0]
    assert not window.backup_reminder.isVisibleTo(window)


def test_restore_from_the_list_with_a_preview(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Pick a backup, read what it holds, confirm: the register is the copy's again."""
    service = window.backup_service
    service.make_automatic()
    window.members_tab.service.add(Member("Trần", "Bình"))
    window.members_tab.refresh()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    previews: list[str] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 1
        previews.append(dialog.preview.text())
        dialog._confirm()

    run_modal(qtbot, window.restore_backup, choose)
    assert "Hội viên: 1" in previews[0] and "Sao lưu lúc: 29/11/2026 09:30" in previews[0]
    assert _names(window) == ["Nguyễn Văn An"]
    assert window.members_tab.model.total() == 1
    assert "Đã khôi phục" in window.statusBar().currentMessage()


def test_start_up_on_a_damaged_file_offers_the_newest_backup(
    qtbot,
    vietnamese,
    db_path: Path,
    clock: FixedClock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """Bytes overwritten in the middle: a clear message, the offer, and the damaged file kept."""
    db = open_database(db_path)
    from ccb_desktop.services.demo import fill_demo

    fill_demo(db, members=25, clock=clock, with_meetings=False)
    BackupService(db, db_path, clock).make_automatic()
    db.close()
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\x13" * 4096
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as raised:
        ApplicationContext(clock).open(db_path)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True
    )
    kept = _offer_restore(db_path, raised.value)
    assert kept is not None and kept.exists() and kept.name.startswith("chi_hoi.damaged-")
    assert "bị hỏng" in asked[0] and "25 hội viên" in asked[0]
    context = ApplicationContext(clock)
    assert context.open(db_path).members.count() == 25
    context.close()
