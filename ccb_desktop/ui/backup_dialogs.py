"""Choosing a backup to restore, with a preview of what it holds before anything changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.backups import BackupInfo
from ccb_desktop.domain.dates import format_date, format_moment
from ccb_desktop.errors import CcbError, PasswordError
from ccb_desktop.i18n import render
from ccb_desktop.services.backup import BackupService
from ccb_desktop.ui import dialogs, privacy_dialogs
from ccb_desktop.ui.widgets import fit_dialog

DATA_FILTER = "CCB Desktop (*.sqlite *.db);;"


def describe(info: BackupInfo, file_protected: bool = False) -> str:
    """The facts a secretary checks before restoring: when, which version, what is inside."""
    made = format_moment(info.made_at)
    return (
        QCoreApplication.translate("RestoreDialog", "Made on: %1").replace("%1", made)
        + "\n"
        + QCoreApplication.translate("RestoreDialog", "By program version: %1").replace(
            "%1", info.made_by or "?"
        )
        + "\n"
        + QCoreApplication.translate(
            "RestoreDialog", "Members: %1 · meetings: %2 · support cases: %3"
        )
        .replace("%1", str(info.members))
        .replace("%2", str(info.meetings))
        .replace("%3", str(info.cases))
        + "\n"
        + QCoreApplication.translate("RestoreDialog", "File: %1").replace("%1", str(info.path))
        + (
            "\n"
            + QCoreApplication.translate(
                "RestoreDialog",
                "It also holds things CCB Desktop does not make; they will be removed: %1",
            ).replace("%1", ", ".join(info.foreign_objects))
            if info.foreign_objects
            else ""
        )
        + (
            "\n"
            + QCoreApplication.translate(
                "RestoreDialog",
                "This copy is not protected by a password (made before the password was set): anyone who copies it can read it.",
            )
            if file_protected and not info.protected
            else ""
        )
    )


class RestoreDialog(QDialog):
    """Pick an automatic backup (or any file), see what it holds, then restore it."""

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.chosen: Path | None = None
        self.secret: str | None = None  # the chosen copy's own password, when asked
        self._locked: Path | None = None  # a copy shown as protected by another password
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(
            self.tr(
                "Choose the copy to go back to. The data as it is now is backed up first, so "
                "a restore can itself be undone by restoring that copy."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for stamp, path in service.automatic_backups():
            item = QListWidgetItem(f"{format_date(stamp.date())}  {stamp:%H:%M:%S}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._preview_selected)
        self.preview = QLabel(self.tr("No automatic backup yet. Choose a file instead."))
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(110)
        self.password_button = QPushButton(self.tr("Enter this copy's password…"))
        self.password_button.setVisible(False)
        self.password_button.clicked.connect(self._ask_password)
        other = QPushButton(self.tr("Choose another file…"))
        other.clicked.connect(self._choose_file)
        self.restore_button = QPushButton(self.tr("Restore this copy"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(other)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        fit_dialog(self, 620, 480)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _preview_selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_preview(Path(item.data(Qt.ItemDataRole.UserRole)))

    def show_preview(self, path: Path, secret: str | None = None) -> None:
        self.password_button.setVisible(False)
        self.secret = None
        try:
            info = self.service.preview(path, secret)
        except CcbError as exc:
            self.preview.setText(render(exc.msg))
            self.chosen = None
            self.restore_button.setEnabled(False)
            # A copy made under an earlier password: that password (or its code) opens it.
            self._locked = path if isinstance(exc, PasswordError) else None
            self.password_button.setVisible(self._locked is not None)
            return
        self.secret = secret
        if info.newer_than_program:
            self.preview.setText(
                self.tr(
                    "This copy was made by a newer version of CCB Desktop and cannot be restored here."
                )
            )
            self.chosen = None
            self.restore_button.setEnabled(False)
            return
        self.preview.setText(describe(info, self.service.protected))
        self.chosen = path
        self.restore_button.setEnabled(True)

    def _ask_password(self) -> None:
        if self._locked is None:
            return
        secret = privacy_dialogs.ask_password(self, self._locked, self.preview.text())
        if secret is not None:
            self.show_preview(self._locked, secret)

    def _choose_file(self) -> None:
        path = dialogs.ask_open_file(
            self,
            self.tr("Choose a backup file"),
            str(self.service.folder),
            DATA_FILTER + self.tr("All files (*)"),
        )
        if path is not None:
            self.list.clearSelection()
            self.show_preview(path)

    def _confirm(self) -> None:
        if self.chosen is None:
            return
        if dialogs.confirm(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace all the data in the program with this copy?\n\n%1\n\n"
                "The current data is backed up first."
            ).replace("%1", self.preview.text()),
            self.tr("Restore"),
            self.tr("Cancel"),
        ):
            self.accept()
