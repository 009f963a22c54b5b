"""Issue 21: after the idle time (a simulated clock, no sleeping) a password-protected
register is hidden and the password asked again; a register without one never locks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ccb_desktop.app import ApplicationContext
from ccb_desktop.db.connection import open_register
from ccb_desktop.domain.member import Member
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.privacy import change_protection, password_opens
from ccb_desktop.settings import AppSettings
from ccb_desktop.ui.lock import IdleLock
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.unit_dialog import UnitDialog

PASSWORD = "khóa màn hình"
IDLE_S = 600


class SimulatedClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _window(
    qtbot, db_path: Path, tmp_path: Path, clock: FixedClock, password: str | None
) -> tuple[MainWindow, ApplicationContext]:  # type: ignore[no-untyped-def]
    context = ApplicationContext(clock, ask_password=lambda _p, _m: password)
    window = MainWindow(
        db_path, context.open(db_path), AppSettings(tmp_path / "s.ini"), context.open
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, context


@pytest.fixture
def register(db_path: Path, clock: FixedClock) -> Path:
    db = open_register(db_path)
    MemberService(db, clock).add(Member("Nguyễn Văn", "Thuận", phone="0912345678"))
    db.close()
    return db_path


@pytest.fixture
def locked_setup(
    qtbot, vietnamese, register: Path, tmp_path: Path, clock: FixedClock
) -> Iterator[tuple[MainWindow, IdleLock, SimulatedClock]]:  # type: ignore[no-untyped-def]
    change_protection(register, None, PASSWORD)
    window, context = _window(qtbot, register, tmp_path, clock, PASSWORD)
    seconds = SimulatedClock()
    lock = IdleLock(
        window,
        lambda: window.backup_service.protected,
        lambda secret: password_opens(register, secret),
        lambda: IDLE_S,
        clock=seconds,
    )
    yield window, lock, seconds
    lock.unlock()
    window.close()
    context.close()


def _one_colour(image: QImage) -> bool:
    """True when every sampled pixel has the colour of the first: nothing drawn on it."""
    first = image.pixel(0, 0)
    return all(
        image.pixel(x, y) == first
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


def test_the_window_locks_after_the_idle_time_and_hides_everything(
    qtbot, locked_setup: tuple[MainWindow, IdleLock, SimulatedClock]
) -> None:  # type: ignore[no-untyped-def]
    """Activity restarts the count; at the idle time the window's picture is a blank sheet
    (no name, no list, no menu), its actions are off, and the lock screen asks the password."""
    window, lock, seconds = locked_setup
    assert not _one_colour(window.grab().toImage())  # the check below can fail
    seconds.now += IDLE_S - 1
    lock.check()
    assert not lock.is_locked
    qtbot.keyClick(window.members_tab, Qt.Key.Key_Down)  # the secretary is there
    seconds.now += IDLE_S - 1
    lock.check()
    assert not lock.is_locked
    seconds.now += 1
    lock.check()
    assert lock.is_locked and lock.screen is not None and lock.screen.isVisible()
    assert _one_colour(window.grab().toImage())
    assert not any(a.isEnabled() for a in window.findChildren(type(window.undo_action)))
    assert "mật khẩu" in lock.screen.message.text()


def test_a_wrong_password_keeps_it_locked_the_right_one_gives_it_back(
    locked_setup: tuple[MainWindow, IdleLock, SimulatedClock],
) -> None:
    """Wrong: still locked, said in Vietnamese. Right: covers gone, the actions back."""
    window, lock, seconds = locked_setup
    enabled_before = [a for a in window.findChildren(type(window.undo_action)) if a.isEnabled()]
    seconds.now += IDLE_S
    lock.check()
    assert lock.screen is not None
    lock.screen.password.setText("sai rồi")
    lock.screen.unlock_button.click()
    assert lock.is_locked and "không đúng" in lock.screen.problem.text()
    lock.screen.password.setText(PASSWORD)
    lock.screen.unlock_button.click()
    assert not lock.is_locked and lock.covers == []
    assert all(a.isEnabled() for a in enabled_before)
    assert not _one_colour(window.grab().toImage())


def test_an_open_form_is_covered_too_and_kept(
    qtbot, locked_setup: tuple[MainWindow, IdleLock, SimulatedClock]
) -> None:  # type: ignore[no-untyped-def]
    """A dialog open at the time is covered (its picture blank), not closed: after the
    password it is there as it was."""
    window, lock, seconds = locked_setup
    form = UnitDialog(window.unit_service, window)
    qtbot.addWidget(form)
    form.show()
    form.ward_name.setText("Hội CCB phường 7")
    seconds.now += IDLE_S
    lock.check()
    assert form.isVisible() and _one_colour(form.grab().toImage())
    lock.unlock()
    assert form.isVisible() and form.ward_name.text() == "Hội CCB phường 7"
    form.done(0)  # closed without the "discard the changes?" question


def test_a_register_without_a_password_never_locks(
    qtbot, vietnamese, register: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """No password to ask: the idle time passes and nothing is hidden."""
    window, context = _window(qtbot, register, tmp_path, clock, None)
    seconds = SimulatedClock()
    lock = IdleLock(
        window,
        lambda: window.backup_service.protected,
        lambda secret: password_opens(register, secret),
        lambda: IDLE_S,
        clock=seconds,
    )
    seconds.now += 10 * IDLE_S
    lock.check()
    assert not lock.is_locked
    window.close()
    context.close()
