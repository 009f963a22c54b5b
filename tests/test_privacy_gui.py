"""Issue 21 in the window: Tệp → Bảo vệ dữ liệu… sets, changes and removes the password
(recovery code shown once), the password is asked when a protected file opens, and the
restore dialog asks an older copy's own password."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ccb_desktop.app import ApplicationContext
from ccb_desktop.db.connection import open_register
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.errors import PasswordError
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.privacy import change_protection
from ccb_desktop.settings import AppSettings
from ccb_desktop.ui import privacy_dialogs
from ccb_desktop.ui.backup_dialogs import RestoreDialog
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.privacy_dialogs import ProtectionDialog
from tests.test_gui import run_modal

PASSWORD = "mật khẩu chi hội"


@pytest.fixture
def context(db_path: Path, clock: FixedClock) -> Iterator[ApplicationContext]:
    db = open_register(db_path)
    MemberService(db, clock).add(Member("Nguyễn Văn", "Thuận"))
    db.close()
    made = ApplicationContext(clock)
    yield made
    made.close()


@pytest.fixture
def protected_window(
    qtbot, vietnamese, context: ApplicationContext, db_path: Path, tmp_path: Path
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The real window, wired as run_gui wires it (with the protect action)."""
    services = context.open(db_path)
    win = MainWindow(
        db_path,
        services,
        AppSettings(tmp_path / "settings.ini"),
        context.open,
        protect=context.protect,
    )
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _menu_texts(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QMenu

    file_menu = window.menuBar().findChildren(QMenu)[0]
    return [action.text() for action in file_menu.actions()]


def test_setting_the_password_from_the_file_menu_encrypts_the_open_file(
    qtbot, protected_window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Tệp → Bảo vệ dữ liệu…: the new password typed twice; the recovery code is shown; the
    file on disk is encrypted, the window keeps working on it, and the code opens it."""
    assert "&Bảo vệ dữ liệu…" in _menu_texts(protected_window)
    shown: list[str] = []
    monkeypatch.setattr(privacy_dialogs, "show_recovery_code", lambda _p, code: shown.append(code))

    def set_it(dialog: QDialog) -> None:
        assert isinstance(dialog, ProtectionDialog) and not dialog.protected
        assert "chưa có mật khẩu" in dialog.state.text()
        dialog.new.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD + "x")
        dialog.set_button.click()
        assert "không giống nhau" in dialog.problem.text()  # nothing done yet
        dialog.repeat.setText(PASSWORD)
        dialog.set_button.click()

    run_modal(qtbot, protected_window.protect_data, set_it)
    assert len(shown) == 1
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    names = [m.full_name for m in protected_window.members_tab.service.search(MemberFilter())]
    assert names == ["Nguyễn Văn Thuận"]
    protected_window.members_tab.service.add(Member("Lê", "Sau"))  # writes to the new file
    backups = sorted((db_path.parent / "backups").glob("*.sqlite"))
    assert backups and all(b.read_bytes()[:16] != b"SQLite format 3\x00" for b in backups)
    with pytest.raises(PasswordError):
        open_register(db_path, read_only=True)
    copy = open_register(db_path, password=shown[0], read_only=True)
    try:
        count = copy.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()
        assert count[0] == 2
    finally:
        copy.close()


def test_removing_the_password_needs_the_current_one(
    qtbot, protected_window: MainWindow, db_path: Path, context: ApplicationContext
) -> None:  # type: ignore[no-untyped-def]
    """A wrong current password is refused in Vietnamese and changes nothing; the right one
    leaves a plain SQLite file that sqlite3 reads."""
    protected_window.services = context.protect(None, PASSWORD)[0]
    for tab in protected_window.pages:
        tab.set_services(protected_window.services)
    encrypted = db_path.read_bytes()[:16]

    def remove(dialog: QDialog) -> None:
        assert isinstance(dialog, ProtectionDialog) and dialog.protected
        dialog.current.setText("sai")
        assert dialog.remove_button is not None
        dialog.remove_button.click()
        assert "không đúng" in dialog.problem.text()
        assert db_path.read_bytes()[:16] == encrypted
        dialog.current.setText(PASSWORD)
        dialog.remove_button.click()

    run_modal(qtbot, protected_window.protect_data, remove)
    plain = sqlite3.connect(db_path)
    try:
        assert plain.execute("SELECT count(*) FROM members").fetchone()[0] == 1
    finally:
        plain.close()
    assert not protected_window.backup_service.protected


def test_opening_a_protected_file_asks_until_the_password_is_right(
    db_path: Path, clock: FixedClock, context: ApplicationContext
) -> None:
    """The context asks (first without a message, then saying the password was wrong);
    cancelling leaves the file closed with the 'protected' error."""
    change_protection(db_path, None, PASSWORD)
    answers = ["sai một", PASSWORD]
    asked: list[str] = []

    def ask(_path: Path, problem: str) -> str | None:
        asked.append(problem)
        return answers.pop(0) if answers else None

    opener = ApplicationContext(clock, ask_password=ask)
    try:
        services = opener.open(db_path)
        assert [m.full_name for m in services.members.search(MemberFilter())] == [
            "Nguyễn Văn Thuận"
        ]
        assert asked[0] == "" and asked[1]  # the second time, it says why
    finally:
        opener.close()
    refusing = ApplicationContext(clock, ask_password=lambda _p, _m: None)
    with pytest.raises(PasswordError):
        refusing.open(db_path)


def test_restore_dialog_asks_an_older_copys_password(
    qtbot, vietnamese, db_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A copy made under an earlier password shows why it cannot be read and a button that
    asks its password; a copy made before any password says it is not protected."""
    two_days_ago = FixedClock(clock.moment - dt.timedelta(days=2))
    yesterday = FixedClock(clock.moment - dt.timedelta(days=1))
    db = open_register(db_path)
    plain = BackupService(db, db_path, two_days_ago).make_automatic().path
    db.close()
    change_protection(db_path, None, "first password")
    db = open_register(db_path, password="first password")
    older = BackupService(db, db_path, yesterday).make_automatic().path
    db.close()
    change_protection(db_path, "first password", PASSWORD)
    db = open_register(db_path, password=PASSWORD)
    try:
        dialog = RestoreDialog(BackupService(db, db_path, clock))
        qtbot.addWidget(dialog)
        dialog.show_preview(older)
        assert dialog.password_button.isVisibleTo(dialog)
        assert not dialog.restore_button.isEnabled()
        monkeypatch.setattr(privacy_dialogs, "ask_password", lambda *_a: "first password")
        dialog.password_button.click()
        assert dialog.restore_button.isEnabled() and dialog.secret == "first password"
        dialog.show_preview(plain)
        assert "không được bảo vệ bằng mật khẩu" in dialog.preview.text()
        assert dialog.restore_button.isEnabled()
    finally:
        db.close()
