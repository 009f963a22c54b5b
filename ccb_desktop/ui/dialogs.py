"""Every message box and file dialog of the program, in one place tests can replace.

The functions are module attributes looked up at call time, so a test monkeypatches
`dialogs.confirm` (say) and every caller sees the fake.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ccb_desktop.errors import CcbError
from ccb_desktop.i18n import render

log = logging.getLogger(__name__)


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    return box


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the secretary something; one button 'Đồng ý'."""
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the secretary something went wrong and what to do about it."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_error(parent: QWidget | None, exc: CcbError, title: str = "") -> None:
    """Show an expected failure in the secretary's words; the technical part goes to the log."""
    if exc.detail:
        log.warning("%s: %s", type(exc).__name__, exc.detail)
    warn(
        parent,
        title or QCoreApplication.translate("Dialogs", "Could not complete the action"),
        render(exc.msg),
    )


def confirm(
    parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str = ""
) -> bool:
    """Ask before doing something hard to take back; the safe answer is the default."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(
        no_text or QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def _file_dialog(parent: QWidget | None, title: str, directory: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, filters)
    # Windows' own dialog speaks the system's language and is what secretaries know;
    # elsewhere Qt's dialog is used, with our Vietnamese labels on it.
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setLabelText(
        QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("Dialogs", "Look in:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileName, QCoreApplication.translate("Dialogs", "File name:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType, QCoreApplication.translate("Dialogs", "File type:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.Reject, QCoreApplication.translate("Dialogs", "Cancel")
    )
    return dialog


def ask_open_file(parent: QWidget | None, title: str, directory: str, filters: str) -> Path | None:
    """Let the secretary choose an existing file; None if they cancel."""
    dialog = _file_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Dialogs", "Open")
    )
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


def ask_save_file(
    parent: QWidget | None, title: str, directory: str, filters: str, suffix: str
) -> Path | None:
    """Let the secretary name a new file (asks before replacing one); None if they cancel."""
    dialog = _file_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Dialogs", "Save")
    )
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


def ask_folder(parent: QWidget | None, title: str, directory: str) -> Path | None:
    """Let the secretary choose a folder (a USB stick); None if they cancel."""
    dialog = _file_dialog(parent, title, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Dialogs", "Choose")
    )
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """Pick one of a few named things (e.g. a workbook's sheets); None if cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
    if dialog.exec():
        return dialog.textValue()
    return None


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A short text typed by the secretary (a name); None if cancelled or left empty."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
    if dialog.exec() and dialog.textValue().strip():
        return dialog.textValue().strip()
    return None
