"""Recording a movement (kết nạp, chuyển đi, từ trần …) for one member."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.errors import CcbError, ValidationError
from ccb_desktop.i18n import render
from ccb_desktop.services.members import MemberService, MovementRecorded
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.widgets import (
    FieldWithError,
    FormDialog,
    PartialDateEdit,
    enum_data,
    fit_dialog,
)


class MovementDialog(FormDialog):
    """Choose the movement, its date and paper number; saved as one transaction."""

    def __init__(
        self, service: MemberService, member: Member, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.member = member
        self.result_value: MovementRecorded | None = None
        self.setWindowTitle(self.tr("Record a movement"))
        intro = QLabel(
            self.tr("%1 — current status: %2")
            .replace("%1", member.full_name)
            .replace("%2", member.status.label)
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        first_entry = (MovementKind.ADMITTED, MovementKind.TRANSFERRED_IN)
        allowed = [
            k
            for k in MovementKind
            if k.allowed_from(member.status) or (not member.movements and k in first_entry)
        ]
        for kind in allowed:
            self.kind.addItem(kind.label, kind)
        self.date = PartialDateEdit()
        self.date.set_date(PartialDate.from_date(service.clock.today()))
        self.paper_number = QLineEdit()
        self.paper_number.setPlaceholderText(self.tr("decision or letter of introduction no."))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. where the member moved to, or the reason"))
        self.fields = {
            "kind": FieldWithError(self.kind),
            "date": FieldWithError(self.date),
            "paper_number": FieldWithError(self.paper_number),
            "note": FieldWithError(self.note),
        }
        form = QFormLayout()
        form.addRow(self.tr("Movement:"), self.fields["kind"])
        form.addRow(self.tr("Date:"), self.fields["date"])
        form.addRow(self.tr("Paper no.:"), self.fields["paper_number"])
        form.addRow(self.tr("Note:"), self.fields["note"])
        self.ok_button = QPushButton(self.tr("Record"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        self.ok_button.setEnabled(bool(allowed))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not allowed:
            layout.addWidget(QLabel(self.tr("No movement can follow this status.")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        fit_dialog(self, 560, 300)

    def select_kind(self, kind: MovementKind) -> None:
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def save(self) -> None:
        """Record the movement; problems are shown next to the fields and nothing is saved."""
        for wrapped in self.fields.values():
            wrapped.set_error("")
        problem = self.date.parse_problem()
        date = None if problem else self.date.date()
        if date is None:
            self.fields["date"].set_error(problem or self.tr("Enter the date of the movement."))
            self.date.setFocus()
            return
        movement = Movement(
            kind=enum_data(self.kind, MovementKind) or MovementKind.ADMITTED,
            date=date,
            paper_number=self.paper_number.text().strip(),
            note=self.note.text().strip(),
        )
        assert self.member.id is not None
        try:
            self.result_value = self.service.record_movement(self.member.id, movement)
        except ValidationError as exc:
            for issue in exc.issues:
                self.fields.get(issue.field, self.fields["kind"]).set_error(render(issue.message))
            return
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The movement was not recorded"))
            return
        self.accept()
