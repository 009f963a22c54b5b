"""Small input widgets shared by the forms: partial dates, years, a field with its error."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ccb_desktop.domain.dates import DateParseError, PartialDate
from ccb_desktop.i18n import render

ERROR_STYLE = "color: #b00020;"


class PartialDateEdit(QLineEdit):
    """Types a date as dd/mm/yyyy, mm/yyyy or just yyyy, as the member's papers give it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy, mm/yyyy or yyyy"))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,12}")))
        self.setMaximumWidth(220)

    def date(self) -> PartialDate | None:
        """The date typed; raises DateParseError when it cannot be read."""
        return PartialDate.parse(self.text())

    def parse_problem(self) -> str:
        """The reason the text is not a date, in Vietnamese ('' when it is fine)."""
        try:
            self.date()
        except DateParseError as exc:
            return render(exc.msg)
        return ""

    def set_date(self, value: PartialDate | None) -> None:
        self.setText(value.display() if value else "")


class YearEdit(QLineEdit):
    """A four-digit year, or empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,4}")))
        self.setPlaceholderText(self.tr("yyyy"))
        self.setMaximumWidth(90)

    def year(self) -> int | None:
        text = self.text().strip()
        return int(text) if len(text) == 4 else None

    def parse_problem(self) -> str:
        text = self.text().strip()
        if text and len(text) != 4:
            return self.tr("Write the year with four digits.")
        return ""

    def set_year(self, value: int | None) -> None:
        self.setText(str(value) if value else "")


class FieldWithError(QWidget):
    """An input with a red line under it saying what is wrong, hidden while all is well."""

    error_changed = Signal(str)

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        self.setFocusProxy(field)

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.error_changed.emit(text)

    def error(self) -> str:
        return self.error_label.text()


E = TypeVar("E", bound=StrEnum)


def enum_data(combo: QComboBox, kind: type[E]) -> E | None:
    """The enum member stored as a combo item's data (Qt hands StrEnums back as plain str)."""
    value = combo.currentData()
    return kind(value) if value else None


def make_combo(items: list[tuple[str, Any]]) -> QComboBox:
    """A drop-down of (text, data) items."""
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def select_data(combo: QComboBox, data: Any) -> None:
    """Show the item holding `data` (the first item when there is none)."""
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))
