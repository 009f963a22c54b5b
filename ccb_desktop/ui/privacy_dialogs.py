"""Tệp → Bảo vệ dữ liệu…: setting, changing and removing the data file's password, the
recovery code shown once, and the password asked when a protected file is opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.errors import CcbError
from ccb_desktop.i18n import render
from ccb_desktop.services.privacy import MIN_PASSWORD_LENGTH, check_new_password
from ccb_desktop.ui.widgets import FormDialog, fit_dialog

# Set, change or remove: (current password or None, new password or None) -> recovery code
# of the new protection (None when removed). Raises CcbError, the file then as it was.
ApplyProtection = Callable[[str | None, str | None], str | None]


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


class PasswordDialog(QDialog):
    """Asks the password of a protected data file (at start, or to open or restore one)."""

    def __init__(self, path: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password"))
        intro = QLabel(
            problem
            or self.tr("The data file %1 is protected by a password.").replace("%1", str(path))
        )
        intro.setWordWrap(True)
        self.password = _password_field()
        hint = QLabel(
            self.tr(
                "If the password is forgotten, type the recovery code written down when it was set."
            )
        )
        hint.setWordWrap(True)
        ok = QPushButton(self.tr("Open"))
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        fit_dialog(self, 560, 220)


def ask_password(parent: QWidget | None, path: Path, problem: str) -> str | None:
    """The password typed for `path` (None if cancelled); tests replace this function."""
    dialog = PasswordDialog(path, problem, parent)
    if dialog.exec() and dialog.password.text():
        return dialog.password.text()
    return None


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once: closes only after the secretary says it is written down."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        intro = QLabel(
            self.tr(
                "Write this recovery code on paper and keep it in a safe place, away from the PC. "
                "It opens the data file and its backups if the password is forgotten. "
                "It is shown only now: nobody, not even the program's authors, can find it again."
            )
        )
        intro.setWordWrap(True)
        groups = code.split("-")  # five groups a line: copied line by line onto paper
        self.code = QLabel("\n".join("-".join(groups[i : i + 5]) for i in range(0, len(groups), 5)))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 12) + 4)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written = QCheckBox(self.tr("I have written the recovery code down"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.written.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        layout.addLayout(buttons)
        fit_dialog(self, 620, 300)

    def reject(self) -> None:
        if self.written.isChecked():  # Esc closes only once the code is written down
            super().reject()


def show_recovery_code(parent: QWidget | None, code: str) -> None:
    """Show the recovery code once (tests replace this function)."""
    RecoveryCodeDialog(code, parent).exec()


class ProtectionDialog(FormDialog):
    """Tệp → Bảo vệ dữ liệu…: the file's state and the one action that changes it."""

    def __init__(
        self,
        protected: bool,
        apply: ApplyProtection,
        parent: QWidget | None = None,
        idle_minutes: int = 10,
    ) -> None:
        super().__init__(parent)
        self.protected = protected
        self.apply = apply
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("Data protection"))
        if protected:
            state = self.tr(
                "This data file is protected by a password: it is encrypted on the disk, and so "
                "are its backups and USB copies. The program asks for the password when it "
                "starts and after it has been left idle."
            )
        else:
            state = self.tr(
                "This data file has no password: anyone who copies it can read every member's "
                "record. A password encrypts it on the disk, with its backups and USB copies."
            )
        self.state = QLabel(state)
        self.state.setWordWrap(True)
        forgotten = QLabel(
            self.tr(
                "If the password is forgotten, only the recovery code shown when it is set opens "
                "the file. Without both, the data cannot be recovered by anyone. Copies made "
                "before the password was set are not protected."
            )
        )
        forgotten.setWordWrap(True)
        self.current = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
        self.new.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setValue(idle_minutes)
        self.idle.setSuffix(self.tr(" minutes unused"))
        form = QFormLayout()
        form.addRow(self.tr("Lock the program after:"), self.idle)
        if protected:
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("New password again:"), self.repeat)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if protected:
            self.set_button = QPushButton(self.tr("Change the password"))
            self.remove_button: QPushButton | None = QPushButton(self.tr("Remove the password"))
            self.remove_button.clicked.connect(self.remove_password)
        else:
            self.set_button = QPushButton(self.tr("Set the password"))
            self.remove_button = None
        self.set_button.setDefault(True)
        self.set_button.clicked.connect(self.set_password)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.set_button)
        if self.remove_button is not None:
            buttons.addWidget(self.remove_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(forgotten)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_dialog(self, 640, 420)

    def _current(self) -> str | None:
        return self.current.text() if self.protected else None

    def set_password(self) -> None:
        """Set (or change) the password; the recovery code is then shown once."""
        try:
            check_new_password(self.new.text(), self.repeat.text())
            self.recovery_code = self.apply(self._current(), self.new.text())
        except CcbError as exc:
            self.problem.setText(render(exc.msg))
            return
        if self.recovery_code is not None:
            show_recovery_code(self, self.recovery_code)
        self.accept()

    def remove_password(self) -> None:
        """Decrypt the file: it opens without a password from now on."""
        try:
            self.apply(self._current(), None)
        except CcbError as exc:
            self.problem.setText(render(exc.msg))
            return
        self.accept()
