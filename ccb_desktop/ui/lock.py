"""The idle lock: after a set time without a key or a click, a password-protected register is
hidden (every tab, dialog and menu) until its password or recovery code is typed again."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.ui.widgets import fit_dialog

# What counts as the secretary being there: not a mere mouse move over the window.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
CHECK_INTERVAL_MS = 5_000


class Cover(QWidget):
    """An opaque sheet over a window's whole content while the program is locked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)  # follows the window's size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class LockScreen(QDialog):
    """Asks the password again; application-modal, so it is the only thing that takes
    input, above any dialog that was open (those stay open, covered)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.message = QLabel(
            self.tr(
                "The program was locked because it was left unused. The members' data is "
                "hidden. Type the password (or the recovery code) to go on."
            )
        )
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(280)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Password:")))
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        fit_dialog(self, 620, 200)

    def reject(self) -> None:
        """Esc does not unlock."""


class IdleLock(QObject):
    """Watches the whole application for activity and locks `window` once it has been idle
    for `idle_seconds()` while `is_protected()`. `clock` is replaceable (a simulated clock in
    the tests); `check()` is what the timer calls every few seconds."""

    locked = Signal()
    """Emitted when the window was locked (its data hidden)."""
    unlocked = Signal()
    """Emitted when the right password was typed."""

    def __init__(
        self,
        window: QMainWindow,
        is_protected: Callable[[], bool],
        password_opens: Callable[[str], bool],
        idle_seconds: Callable[[], int],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.is_protected = is_protected
        self.password_opens = password_opens
        self.idle_seconds = idle_seconds
        self.clock = clock
        self.last_activity = clock()
        self.screen: LockScreen | None = None
        self._disabled: list[QAction] = []
        self.covers: list[Cover] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.last_activity = self.clock()
        return False

    def check(self) -> None:
        """Lock if the register is protected and nobody has touched the program for long."""
        if self.is_locked or not self.is_protected():
            return
        if self.clock() - self.last_activity >= self.idle_seconds():
            self.lock()

    def lock(self) -> None:
        """Hide every personal detail: the window and any open dialog covered (a form being
        filled in stays as it was, under its cover), menus and shortcuts off; the lock
        screen asks the password above them all."""
        if self.is_locked:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and (widget is self.window or widget.isWindow()):
                cover = Cover(widget)
                cover.show()
                cover.raise_()
                self.covers.append(cover)
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.screen = LockScreen(self.window)
        self.screen.unlock_button.clicked.connect(self._try_unlock)
        self.screen.password.returnPressed.connect(self._try_unlock)
        self.screen.show()
        self.screen.password.setFocus()
        self.locked.emit()

    def _try_unlock(self) -> None:
        if self.screen is None:
            return
        if not self.password_opens(self.screen.password.text()):
            self.screen.password.clear()
            self.screen.problem.setText(
                self.tr("The password is wrong. Check Caps Lock and the keyboard's language.")
            )
            return
        self.unlock()

    def unlock(self) -> None:
        if self.screen is None:
            return
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        for cover in self.covers:
            cover.hide()
            cover.deleteLater()
        self.covers = []
        self.last_activity = self.clock()
        self.unlocked.emit()
