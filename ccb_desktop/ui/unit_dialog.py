"""The unit's details (Thông tin đơn vị) that every report header and footer prints."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.unit import MeetingCycle, UnitSettings
from ccb_desktop.errors import CcbError
from ccb_desktop.services.unit import UnitService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.widgets import FormDialog, enum_data, fit_dialog


class UnitDialog(FormDialog):
    """Edit the names the reports print; saved in the data file."""

    def __init__(self, service: UnitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Unit details"))
        current = service.load()
        intro = QLabel(self.tr("These names appear at the top and bottom of every report."))
        intro.setWordWrap(True)
        # A ward file: the province Hội its reports go to (and no chi hội of its own).
        self._province = service.province_name()
        self.province_name = QLineEdit(self._province or "")
        self.province_name.setPlaceholderText(self.tr("e.g. Hội CCB tỉnh Bình Dương"))
        self.ward_name = QLineEdit(current.ward_name)
        self.ward_name.setPlaceholderText(self.tr("e.g. Hội CCB phường 7"))
        self.chi_hoi_name = QLineEdit(current.chi_hoi_name)
        self.chi_hoi_name.setPlaceholderText(self.tr("e.g. Chi hội khu phố 3"))
        self.place_name = QLineEdit(current.place_name)
        self.place_name.setPlaceholderText(
            self.tr("e.g. Phường 7 (for “Phường 7, ngày … tháng … năm …”)")
        )
        self.head_name = QLineEdit(current.head_name)
        self.preparer_name = QLineEdit(current.preparer_name)
        self.meeting_cycle = QComboBox()
        for cycle in MeetingCycle:
            self.meeting_cycle.addItem(cycle.label, cycle)
        self.meeting_cycle.setCurrentIndex(self.meeting_cycle.findData(current.meeting_cycle))
        self.attention_absences = QSpinBox()
        self.attention_absences.setRange(2, 12)
        self.attention_absences.setValue(current.attention_absences)
        self.attention_absences.setSuffix(self.tr(" meetings in a row"))
        self.attention_rate = QSpinBox()
        self.attention_rate.setRange(0, 100)
        self.attention_rate.setValue(current.attention_rate_percent)
        self.attention_rate.setSuffix(self.tr("% of meetings in 12 months"))
        self.lunar_age = QCheckBox(self.tr("Count ages for mừng thọ the traditional way (tuổi mụ)"))
        self.lunar_age.setChecked(current.longevity_lunar_age)
        # No default: the current criterion is not public, the unit enters its own.
        self.medal_years = QSpinBox()
        self.medal_years.setRange(0, 60)
        self.medal_years.setSpecialValueText(self.tr("not entered"))
        self.medal_years.setSuffix(self.tr(" years in the Hội"))
        self.medal_years.setValue(current.medal_min_years)
        self.grades = QPlainTextEdit(current.evaluation_grades)
        self.grades.setFixedHeight(90)
        form = QFormLayout()
        ward = self._province is not None
        if ward:
            form.addRow(self.tr("Province Hội (reports go to):"), self.province_name)
        form.addRow(self.tr("Ward Hội:"), self.ward_name)
        form.addRow(self.tr("Chi hội:"), self.chi_hoi_name)
        form.setRowVisible(self.chi_hoi_name, not ward)
        form.addRow(self.tr("Place name for dates:"), self.place_name)
        form.addRow(
            self.tr("Ward Hội chairman:") if ward else self.tr("Chi hội head:"), self.head_name
        )
        form.addRow(self.tr("Reports prepared by:"), self.preparer_name)
        form.addRow(self.tr("Meetings held:"), self.meeting_cycle)
        form.addRow(self.tr("Needs attention when absent:"), self.attention_absences)
        form.addRow(self.tr("… or present at under:"), self.attention_rate)
        form.addRow("", self.lunar_age)
        form.addRow(self.tr("Kỷ niệm chương after:"), self.medal_years)
        form.addRow(self.tr("Year-end grades, one per line:"), self.grades)
        save = QPushButton(self.tr("Save"))
        save.setDefault(True)
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        fit_dialog(self, 720, 520)

    def settings(self) -> UnitSettings:
        return UnitSettings(
            ward_name=self.ward_name.text(),
            chi_hoi_name=self.chi_hoi_name.text(),
            place_name=self.place_name.text(),
            head_name=self.head_name.text(),
            preparer_name=self.preparer_name.text(),
            meeting_cycle=enum_data(self.meeting_cycle, MeetingCycle) or MeetingCycle.MONTHLY,
            attention_absences=self.attention_absences.value(),
            attention_rate_percent=self.attention_rate.value(),
            longevity_lunar_age=self.lunar_age.isChecked(),
            medal_min_years=self.medal_years.value(),
            evaluation_grades="\n".join(
                line.strip() for line in self.grades.toPlainText().splitlines() if line.strip()
            ),
        )

    def save(self) -> None:
        try:
            province = self.province_name.text() if self._province is not None else None
            self.service.save(self.settings(), province)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The unit details were not saved"))
            return
        self.accept()
