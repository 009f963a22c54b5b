"""Tệp → Bảo vệ dữ liệu…: setting, changing and removing the data file's password, the
recovery code shown once, and the password asked when a protected file is opened."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.consent import DEFAULT_PURPOSES, Consent, ConsentWay
from ccb_desktop.domain.dates import DateParseError, format_date
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.processing import SENSITIVE_COLUMN_NAMES, ExportEntry
from ccb_desktop.errors import CcbError
from ccb_desktop.i18n import render
from ccb_desktop.services.privacy import MIN_PASSWORD_LENGTH, ConsentService, check_new_password
from ccb_desktop.services.reports import REPORTS
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.printing import Printout, preview_dialog
from ccb_desktop.ui.printouts import DOTS, Printouts
from ccb_desktop.ui.widgets import FormDialog, PartialDateEdit, fit_dialog

e = html.escape

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


def consent_html(consent: Consent | None) -> str:
    """The consent on file, as a short section of a printout."""
    title = e(QCoreApplication.translate("ConsentForm", "VI. Consent to keeping the data"))
    if consent is None:
        none = QCoreApplication.translate("ConsentForm", "No consent on file.")
        return f"<p><b>{title}</b></p><p>{e(none)}</p>"
    way = QCoreApplication.translate("Consent", consent.way.source)
    return (
        f"<p><b>{title}</b></p><p>"
        + e(QCoreApplication.translate("ConsentForm", "Given on %1, by %2, for: %3"))
        .replace("%1", format_date(consent.given_on))
        .replace("%2", e(way))
        .replace("%3", e(consent.purposes))
        + "</p>"
    )


def consent_form(printouts: Printouts, member: Member, consent: Consent | None) -> Printout:
    """Phiếu đồng ý: the member's consent to the chi hội keeping their data, to sign."""
    unit = printouts.unit.chi_hoi_name or DOTS
    birth = member.birth_date.display() if member.birth_date else DOTS
    purposes = (
        consent.purposes
        if consent is not None
        else QCoreApplication.translate("Consent", DEFAULT_PURPOSES)
    )
    kinds = [
        QCoreApplication.translate(
            "ConsentForm", "full name, date of birth, sex, home town, address, phone number;"
        ),
        QCoreApplication.translate(
            "ConsentForm", "ethnicity, religion, Party membership (sensitive data);"
        ),
        QCoreApplication.translate(
            "ConsentForm",
            "service in the army, war invalid, sick soldier, Agent Orange (health: sensitive);",
        ),
        QCoreApplication.translate(
            "ConsentForm",
            "the household's finances: poverty classification, help and loans (sensitive);",
        ),
        QCoreApplication.translate(
            "ConsentForm", "meetings attended, movements and year-end evaluations."
        ),
    ]
    rights = QCoreApplication.translate(
        "ConsentForm",
        "I may see my data and get a copy of it, have it corrected, withdraw this consent "
        "and ask for my data to be erased at any time.",
    )
    kept = QCoreApplication.translate(
        "ConsentForm",
        "The data is kept on the chi hội's computer and given to no one except the Hội CCB "
        "of the ward, in the reports it asks for.",
    )
    given = format_date(consent.given_on) if consent is not None else DOTS
    body = (
        "<p>"
        + e(
            QCoreApplication.translate(
                "ConsentForm", "I, the undersigned: %1, born %2, member of %3,"
            )
        )
        .replace("%1", f"<b>{e(member.full_name)}</b>")
        .replace("%2", e(birth))
        .replace("%3", e(unit))
        + "</p><p>"
        + e(
            QCoreApplication.translate(
                "ConsentForm",
                "agree that the chi hội records, keeps and uses my personal data below:",
            )
        )
        + "</p><ul>"
        + "".join(f"<li>{e(k)}</li>" for k in kinds)
        + "</ul><p>"
        + e(QCoreApplication.translate("ConsentForm", "for these purposes: %1")).replace(
            "%1", e(purposes)
        )
        + "</p><p>"
        + e(kept)
        + "</p><p>"
        + e(rights)
        + "</p><p>"
        + e(QCoreApplication.translate("ConsentForm", "Date of consent: %1")).replace(
            "%1", e(given)
        )
        + "</p>"
    )
    signatures = printouts.signatures(
        (
            QCoreApplication.translate("ConsentForm", "Head of the chi hội"),
            printouts.unit.head_name,
        ),
        (QCoreApplication.translate("ConsentForm", "The member"), member.full_name),
    )
    title = QCoreApplication.translate("ConsentForm", "Consent to the keeping of personal data")
    return Printout(
        f"{title}: {member.full_name}",
        printouts.page(title, "", body, signatures),
        landscape=False,
        file_name="phieu-dong-y.pdf",
    )


def own_record(printouts: Printouts, member: Member, consent: Consent | None) -> Printout:
    """A member's own record, to give them on request: the record and the consent on file."""
    record = printouts.member_record(member)
    html = record.html.replace(printouts.dated(), consent_html(consent) + printouts.dated(), 1)
    return Printout(record.title, html, record.landscape, "ho-so-hoi-vien.pdf")


class ConsentDialog(FormDialog):
    """Hội viên → Đồng ý xử lý dữ liệu…: when and how the member consented, for what; the
    form to sign, printed; the consent withdrawn."""

    def __init__(
        self,
        member: Member,
        service: ConsentService,
        printouts: Printouts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert member.id is not None
        self.member = member
        self.member_id = member.id
        self.service = service
        self.printouts = printouts
        self.setWindowTitle(self.tr("Consent: %1").replace("%1", member.full_name))
        current = service.consent_of(member.id)
        intro = QLabel(
            self.tr(
                "The law on personal data (Luật 91/2025/QH15) asks for each member's consent "
                "to keeping their data, sensitive data included. Print the form, have it "
                "signed, keep it, and note here when and how it was given."
            )
        )
        intro.setWordWrap(True)
        self.state = QLabel(
            self.tr("Consent on file since %1.").replace("%1", format_date(current.given_on))
            if current
            else self.tr("No consent on file yet.")
        )
        self.given_on = PartialDateEdit()
        self.given_on.setText(format_date(current.given_on if current else printouts.today))
        self.way = QComboBox()
        for way in ConsentWay:
            self.way.addItem(QCoreApplication.translate("Consent", way.source), way)
        if current is not None:
            self.way.setCurrentIndex(self.way.findData(current.way))
        self.purposes = QPlainTextEdit(
            current.purposes if current else QCoreApplication.translate("Consent", DEFAULT_PURPOSES)
        )
        self.purposes.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Given on:"), self.given_on)
        form.addRow(self.tr("How:"), self.way)
        form.addRow(self.tr("For:"), self.purposes)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        print_form = QPushButton(self.tr("Print the consent form…"))
        print_form.clicked.connect(self.print_form)
        self.withdraw_button = QPushButton(self.tr("Consent withdrawn"))
        self.withdraw_button.setEnabled(current is not None)
        self.withdraw_button.clicked.connect(self.withdraw)
        save = QPushButton(self.tr("Save"))
        save.setDefault(True)
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(print_form)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_dialog(self, 720, 420)

    def consent(self) -> Consent | None:
        """What the form says, or None (the problem shown) when the date is not a full date."""
        try:
            date = self.given_on.date()
        except DateParseError as exc:
            self.problem.setText(render(exc.msg))
            return None
        if date is None or date.day is None or date.month is None:
            self.problem.setText(self.tr("Give the full date the consent was given."))
            return None
        way = self.way.currentData()
        assert isinstance(way, ConsentWay)
        return Consent(self.member_id, date.earliest(), way, self.purposes.toPlainText().strip())

    def save(self) -> None:
        consent = self.consent()
        if consent is None:
            return
        try:
            self.service.record(consent)
        except CcbError as exc:
            self.problem.setText(render(exc.msg))
            return
        self.accept()

    def withdraw(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Consent withdrawn"),
            self.tr(
                "Note that %1 withdrew the consent? The record of the consent is removed."
            ).replace("%1", self.member.full_name),
            self.tr("Withdrawn"),
        ):
            return
        try:
            self.service.withdraw(self.member_id)
        except CcbError as exc:
            self.problem.setText(render(exc.msg))
            return
        self.accept()

    def print_form(self) -> None:
        """The form to sign, with what is typed here (or blank dots for the date)."""
        consent = self.consent() if self.given_on.text().strip() else None
        self.problem.setText("")
        preview_dialog(self, consent_form(self.printouts, self.member, consent)).exec()


def _when(at: str) -> str:
    try:
        stamp = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{format_date(stamp.date())} {stamp:%H:%M}"


def _report_name(kind: str) -> str:
    described = REPORTS.get(kind)
    return described.label if described is not None else kind


def _columns(entry: ExportEntry) -> str:
    names = [
        QCoreApplication.translate("Processing", SENSITIVE_COLUMN_NAMES[key])
        for key in entry.sensitive_columns.split(",")
        if key in SENSITIVE_COLUMN_NAMES
    ]
    if names:
        return ", ".join(names)
    if entry.sensitive:  # logged before the columns were noted
        return QCoreApplication.translate("Processing", "yes (columns not noted)")
    return QCoreApplication.translate("Processing", "none")


def processing_rows(entries: list[ExportEntry]) -> list[list[str]]:
    """The log as the table and the printout show it: when, who, what, sensitive, lines, file."""
    return [
        [
            _when(entry.at),
            entry.made_by or "?",
            _report_name(entry.report),
            _columns(entry),
            str(entry.rows),
            entry.file,
        ]
        for entry in entries
    ]


def processing_headers() -> list[str]:
    return [
        QCoreApplication.translate("Processing", "When"),
        QCoreApplication.translate("Processing", "Who (computer user)"),
        QCoreApplication.translate("Processing", "What"),
        QCoreApplication.translate("Processing", "Sensitive data"),
        QCoreApplication.translate("Processing", "Lines"),
        QCoreApplication.translate("Processing", "File"),
    ]


def processing_record_printout(printouts: Printouts, entries: list[ExportEntry]) -> Printout:
    """Sổ ghi xử lý dữ liệu cá nhân: every file written from the register, to print and keep."""
    title = QCoreApplication.translate("Processing", "Record of personal data processing")
    subtitle = QCoreApplication.translate(
        "Processing", "Files written from the member register (exports of reports)"
    )
    rows = processing_rows(entries)
    none = QCoreApplication.translate("Processing", "No file has been exported yet.")
    body = (
        printouts.table(processing_headers(), rows, (14, 12, 22, 22, 6, 24), left=(1, 2, 3, 5))
        if rows
        else f"<p>{e(none)}</p>"
    )
    signatures = printouts.signatures(
        (QCoreApplication.translate("Processing", "Prepared by"), printouts.unit.preparer_name),
        (QCoreApplication.translate("Processing", "Head of the chi hội"), printouts.unit.head_name),
    )
    return Printout(
        title,
        printouts.page(title, subtitle, body, signatures),
        landscape=True,
        file_name="so-ghi-xu-ly-du-lieu.pdf",
    )


class ProcessingRecordDialog(QDialog):
    """Tệp → Sổ ghi xuất dữ liệu…: who exported what and when, with which sensitive data."""

    def __init__(
        self, entries: list[ExportEntry], printouts: Printouts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entries = entries
        self.printouts = printouts
        self.setWindowTitle(self.tr("Record of exports"))
        intro = QLabel(
            self.tr(
                "Every report written from the register to a file: when, by which computer "
                "user, what, and which sensitive data it carried. Print it as the record of "
                "processing personal data the law asks the chi hội to keep."
            )
        )
        intro.setWordWrap(True)
        rows = processing_rows(entries)
        self.table = QTableWidget(len(rows), len(processing_headers()))
        self.table.setHorizontalHeaderLabels(processing_headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for r, row in enumerate(reversed(rows)):  # newest first on screen
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setWordWrap(True)
        self.table.resizeColumnsToContents()
        # Long report names and lists of sensitive data wrap: the table fits 1024 pixels.
        for column, widest in enumerate((150, 200, 210, 210, 70)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()
        print_button = QPushButton(self.tr("Print the record…"))
        print_button.clicked.connect(self.print_record)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_dialog(self, 980, 560)

    def printout(self) -> Printout:
        return processing_record_printout(self.printouts, self.entries)

    def print_record(self) -> None:
        preview_dialog(self, self.printout()).exec()
