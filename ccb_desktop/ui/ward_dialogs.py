"""Tệp → Gửi lên phường… (write the chi hội's package) and, on a ward file, Tệp → Nhận tệp
của chi hội… (show what a package changes, then take it in)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.text import fold
from ccb_desktop.errors import CcbError, PasswordError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.widgets import fit_dialog

if TYPE_CHECKING:  # the File menu is built before the first paint; these only when used
    from ccb_desktop.domain.ward import IntakeSummary
    from ccb_desktop.services.ward import Intake

T = TypeVar("T")

# Shown one name a line, up to this many per list; the rest counted.
NAMES_SHOWN = 40


def _file_name(chi_hoi: str, year: int) -> str:
    """'Chi hội khu phố 3', 2026 -> 'chi-hoi-khu-pho-3-2026.ccbgoi' (plain letters travel well)."""
    from ccb_desktop.services.package import SUFFIX  # the File menu is built before it is needed

    plain = re.sub(r"[^a-z0-9]+", "-", fold(chi_hoi)).strip("-") or "chi-hoi"
    return f"{plain}-{year}{SUFFIX}"


class SendDialog(QDialog):
    """Gửi lên phường: the chi hội and the year; the file is chosen next."""

    def __init__(self, chi_hoi: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to the ward"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Writes one small file with the register, movements, meetings with attendance, "
                "support cases and unit details, for the ward Hội. Take it to the ward on a USB "
                "stick or send it by message."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Chi hội:"), QLabel(chi_hoi or "……"))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        form.addRow(self.tr("Report year:"), self.year)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_dialog(self, 520, 260)


def day_and_time(moment: str) -> str:
    # Read from the domain only when a package is looked at: the window's first frame
    # imports this module, and domain/ward.py brings the reports' code with it.
    from ccb_desktop.domain.ward import day_and_time as shown

    return shown(moment)


def _names(title: str, names: list[str]) -> str:
    if not names:
        return ""
    shown = "".join(f"<li>{n}</li>" for n in names[:NAMES_SHOWN])
    more = len(names) - NAMES_SHOWN
    tail = f"<li>… (+{more})</li>" if more > 0 else ""
    return f"<p><b>{title} ({len(names)})</b></p><ul>{shown}{tail}</ul>"


class IntakeDialog(QDialog):
    """What taking a package in changes, before anything changes."""

    def __init__(self, intake: Intake, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take in a chi hội's package"))
        m = intake.manifest
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("<b>%1</b> — report year %2, made on %3 by CCB Desktop %4")
            .replace("%1", m.chi_hoi_name)
            .replace("%2", str(m.year))
            .replace("%3", f"{m.made_at[8:10]}/{m.made_at[5:7]}/{m.made_at[:4]}")
            .replace("%4", m.program_version)
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        self.text = QTextBrowser()
        self.text.setHtml(self._describe(intake))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.take = buttons.addButton(self.tr("Take it in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.take.setEnabled(not intake.summary.nothing or intake.chi_hoi is None)
        layout.addWidget(buttons)
        fit_dialog(self, 640, 560)

    def _describe(self, intake: Intake) -> str:
        s: IntakeSummary = intake.summary
        parts: list[str] = []
        if intake.chi_hoi is None:
            parts.append(
                "<p>" + self.tr("This chi hội is new to the ward file: it will be added.") + "</p>"
            )
        if intake.older:
            parts.append(
                "<p><b>"
                + self.tr(
                    "This package is older than the one already taken in (made on %1): taking it in puts older data back."
                ).replace("%1", day_and_time(intake.newer_made_at))
                + "</b></p>"
            )
        if s.nothing and intake.chi_hoi is not None:
            parts.append(
                "<p>"
                + self.tr("The ward file already holds exactly this: nothing would change.")
                + "</p>"
            )
        parts.append(_names(self.tr("Members added"), s.members_added))
        parts.append(_names(self.tr("Members no longer in the chi hội's register"), s.members_left))
        parts.append(_names(self.tr("Members whose record changed"), s.members_changed))
        parts.append(
            "<p><b>"
            + self.tr("Meetings")
            + "</b>: "
            + self.tr("%1 added, %2 removed, %3 changed (with their attendance)")
            .replace("%1", str(s.meetings_added))
            .replace("%2", str(s.meetings_removed))
            .replace("%3", str(s.meetings_changed))
            + "</p>"
        )
        parts.append(
            "<p><b>"
            + self.tr("Support cases")
            + "</b>: "
            + self.tr("%1 added, %2 removed, %3 changed (with their help, loans and visits)")
            .replace("%1", str(s.cases_added))
            .replace("%2", str(s.cases_removed))
            .replace("%3", str(s.cases_changed))
            + "</p>"
        )
        parts.append(
            "<p><b>"
            + self.tr("Dues and funds")
            + "</b>: "
            + self.tr(
                "%1 entries (rates, exemptions, payments, remittances, funds, their lines and loans) added, changed or removed"
            ).replace("%1", str(s.dues_changed))
            + "</p>"
        )
        if not s.nothing:
            parts.append(
                "<p><i>"
                + self.tr(
                    "Only this chi hội's data in the ward file is replaced. Edit → Undo takes it back."
                )
                + "</i></p>"
            )
        return "".join(parts)


class WardActions(QObject):
    """The two File-menu actions of ward mode, and what they do."""

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        services: Callable[[], Services],
        data_path: Callable[[], Path],
        announce: Callable[[Change], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._services = services
        self._data_path = data_path
        self._announce = announce
        # The password of the package being taken in, when the chi hội sealed it with one.
        self._secret: str | None = None
        self.send = QAction(self.tr("Send to the &ward…"), window)
        self.send.triggered.connect(lambda _checked=False: self.send_to_ward())
        self.receive = QAction(self.tr("&Take in a chi hội's package…"), window)
        self.receive.triggered.connect(lambda _checked=False: self.take_in())
        menu.addAction(self.send)
        menu.addAction(self.receive)
        self.refresh()

    def refresh(self) -> None:
        """A ward file takes packages in; a chi hội's own file sends one."""
        try:
            ward = self._services().ward.is_ward()
            empty = self._services().ward.can_become_ward()
        except CcbError:
            ward = empty = False
        # A new, empty data file takes the ward's first package and becomes the ward's file.
        self.receive.setVisible(ward or empty)
        self.send.setVisible(not ward)

    def send_dialog(self, chi_hoi: str, year: int) -> SendDialog:
        return SendDialog(chi_hoi, year, self.window)

    def intake_dialog(self, intake: Intake) -> IntakeDialog:
        return IntakeDialog(intake, self.window)

    def send_to_ward(self) -> Path | None:
        from ccb_desktop.services.package import SUFFIX

        services = self._services()
        try:
            unit = services.unit.load()
        except CcbError as exc:
            dialogs.show_error(self.window, exc)
            return None
        dialog = self.send_dialog(unit.chi_hoi_name, services.ward.clock.today().year)
        if not dialog.exec():
            return None
        year = dialog.year.value()
        target = dialogs.ask_save_file(
            self.window,
            self.tr("Save the file for the ward"),
            str(self._data_path().parent / _file_name(unit.chi_hoi_name, year)),
            self.tr("Package for the ward (*%1)").replace("%1", SUFFIX),
            SUFFIX.lstrip("."),
        )
        if target is None:
            return None
        try:
            manifest = services.package.write(target, year, data_path=self._data_path())
        except CcbError as exc:
            dialogs.show_error(self.window, exc, self.tr("The file was not written"))
            return None
        dialogs.info(
            self.window,
            self.tr("Send to the ward"),
            self.tr(
                "Written: %1\n\n%2 members, %3 meetings, %4 support cases. Take this file to "
                "the ward Hội on a USB stick or send it by message."
            )
            .replace("%1", str(target))
            .replace("%2", str(manifest.counts.get("members", 0)))
            .replace("%3", str(manifest.counts.get("meetings", 0)))
            .replace("%4", str(manifest.counts.get("support_cases", 0))),
        )
        return target

    def _make_ward(self, path: Path) -> bool:
        """The first package into an empty data file: it becomes the ward's file, once the
        secretary agrees; the province Hội's name is asked for the reports' heading."""
        # A damaged package is refused before anything changes.
        from ccb_desktop.services.package import read_package

        first = self._with_password(path, lambda secret: read_package(path, secret))
        if not dialogs.confirm(
            self.window,
            self.tr("The ward's file"),
            self.tr(
                "This data file is empty. Make it the ward's file, holding the packages of the "
                "ward's chi hội? A chi hội's own register is kept in a file of its own."
            ),
            self.tr("Make it the ward's file"),
        ):
            return False
        province = dialogs.ask_text(
            self.window,
            self.tr("The ward's file"),
            self.tr("The province Hội the ward reports to (for the reports' heading):"),
        )
        self._services().ward.make_ward(province or "", first)
        self.refresh()
        return True

    def _with_password(self, path: Path, read: Callable[[str | None], T]) -> T:
        """`read` the package, asking the chi hội's password while it is sealed with one and
        the password is missing or wrong (cancelling raises the PasswordError)."""
        while True:
            try:
                return read(self._secret)
            except PasswordError as exc:
                from ccb_desktop.ui.privacy_dialogs import ask_password

                problem = (
                    self.tr(
                        "The package %1 is protected by the chi hội's password. Type it (or "
                        "the chi hội's recovery code)."
                    ).replace("%1", path.name)
                    if self._secret is None
                    else self.tr("The password is wrong. Type it again.")
                )
                typed = ask_password(self.window, path, problem)
                if typed is None:
                    raise exc
                self._secret = typed

    def take_in(self, path: Path | None = None) -> bool:
        from ccb_desktop.services.package import SUFFIX

        services = self._services()
        self._secret = None
        if path is None:
            path = dialogs.ask_open_file(
                self.window,
                self.tr("Take in a chi hội's package"),
                str(self._data_path().parent),
                self.tr("Package for the ward (*%1)").replace("%1", SUFFIX)
                + ";;"
                + self.tr("All files (*)"),
            )
            if path is None:
                return False
        created = False
        try:
            if not services.ward.is_ward():
                if not self._make_ward(path):
                    return False
                created = True
            intake = self._with_password(path, lambda secret: services.ward.read(path, secret))
        except CcbError as exc:
            dialogs.show_error(self.window, exc, self.tr("The package was not taken in"))
            return False
        if (
            intake.chi_hoi is None
            and not created
            and not dialogs.confirm(
                self.window,
                self.tr("A chi hội new to the ward"),
                self.tr(
                    "The package is from %1, which this ward file does not hold yet. Add it as a "
                    "new chi hội of the ward?"
                ).replace("%1", intake.manifest.chi_hoi_name),
                self.tr("Add the chi hội"),
            )
        ):
            return False
        dialog = self.intake_dialog(intake)
        if not dialog.exec():
            return False
        # An older copy of a package put back by mistake undoes the chi hội's later work: asked
        # once more, "No" the default.
        if intake.older and not dialogs.confirm(
            self.window,
            self.tr("An older package"),
            self.tr(
                "This package is older than the one already taken in (made on %1). Take it in anyway?"
            ).replace("%1", day_and_time(intake.newer_made_at)),
            self.tr("Take it in anyway"),
        ):
            return False
        try:
            result = services.ward.take_in(
                path, add_new=intake.chi_hoi is None, secret=self._secret, older=intake.older
            )
        except CcbError as exc:
            dialogs.show_error(self.window, exc, self.tr("The package was not taken in"))
            return False
        self._announce(Change.EVERYTHING)
        self.window.statusBar().showMessage(
            self.tr("Took in the package of %1.").replace("%1", result.chi_hoi.name), 8000
        )
        return True
