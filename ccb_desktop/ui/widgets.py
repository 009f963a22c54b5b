"""Small widgets shared by the forms (partial dates, years, a field with its error) and the one
way every window is fitted to the screen it opens on."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QRect, QRegularExpression, QSize, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QRegularExpressionValidator,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import DateParseError, PartialDate
from ccb_desktop.i18n import render
from ccb_desktop.ui import dialogs

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
        # Four digits and the placeholder, no more: rows of years must fit a 1024 screen.
        metrics = self.fontMetrics()
        text_width = max(
            metrics.horizontalAdvance("00000"), metrics.horizontalAdvance(self.tr("yyyy"))
        )
        self.setFixedWidth(text_width + 16)

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


# What a window's frame takes around its content: Windows 10's title bar and borders
# (31 + 8 px) with a little to spare, so the whole window, frame included, fits.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(window: QWidget) -> QRect:
    """The part of the screen `window` opens on that is not taken by the taskbar."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest_content(window: QWidget) -> QSize:
    """The largest content size whose window, frame included, fits the available area."""
    area = available_area(window)
    return QSize(area.width() - FRAME_ALLOWANCE.width(), area.height() - FRAME_ALLOWANCE.height())


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a top-level window `width`×`height`, or smaller where its screen is smaller."""
    largest = largest_content(window)
    window.resize(min(width, largest.width()), min(height, largest.height()))


def clamp_to_screen(window: QWidget) -> None:
    """Bring a window (e.g. one restored from the last session) inside its screen's free area."""
    area = available_area(window)
    largest = largest_content(window)
    width = min(window.width(), largest.width())
    height = min(window.height(), largest.height())
    window.resize(width, height)
    x = max(area.left(), min(window.x(), area.right() - width - FRAME_ALLOWANCE.width()))
    y = max(area.top(), min(window.y(), area.bottom() - height - FRAME_ALLOWANCE.height()))
    window.move(x, y)


def fit_dialog(dialog: QDialog, width: int, height: int) -> QScrollArea:
    """Fit a dialog to its screen: what does not fit scrolls; the last row (the buttons) stays.

    Called once, at the end of a dialog's construction, in place of `resize`.
    """
    inner = dialog.layout()
    assert inner is not None, "fit_dialog needs the dialog's layout built"
    margins = inner.contentsMargins()
    last = inner.takeAt(inner.count() - 1)
    content = QWidget()
    content.setLayout(inner)  # takes the layout and its widgets off the dialog
    inner.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    scroll = scrolling(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(scroll, 1)
    row = QWidget()
    row_layout = QVBoxLayout(row)
    row_layout.setContentsMargins(margins.left(), inner.spacing(), margins.right(), 0)
    if last is not None and last.layout() is not None:
        row_layout.addLayout(last.layout())
    elif last is not None and last.widget() is not None:
        row_layout.addWidget(last.widget(), 0, last.alignment())
    outer.addWidget(row)
    for label in row.findChildren(QLabel):
        label.setWordWrap(True)  # a long count or message wraps, never widens the dialog
    fit_to_screen(dialog, width, height)
    return scroll


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: it scrolls once the window is smaller than it."""
    scroll = QScrollArea()
    scroll.setObjectName("fit_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll instead of making the window wider than the screen.

    Callers deal in the pages themselves: `setCurrentWidget(page)` and `currentWidget()`
    see through the scroll area around each page.
    """

    def add_page(self, page: QWidget, label: str) -> int:
        return self.addTab(scrolling(page), label)

    def page(self, index: int) -> QWidget | None:
        holder = self.widget(index)
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def setCurrentWidget(self, widget: QWidget) -> None:
        for index in range(self.count()):
            if self.page(index) is widget:
                self.setCurrentIndex(index)
                return
        super().setCurrentWidget(widget)

    def currentWidget(self) -> QWidget:
        page = self.page(self.currentIndex())
        return page if page is not None else super().currentWidget()


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening its window;
    the whole text is in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 8, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():
            return
        # Looked up here: PySide6 makes all ~120 enums of the Qt namespace the first time
        # `Qt` is read (20 ms), which the window's frame does not need before its paint.
        Qt = QtCore.Qt  # noqa: N806
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )


def form_state(root: QWidget) -> list[object]:
    """What every input under `root` holds, to tell whether anything changed since."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
    return state


class FormDialog(QDialog):
    """A dialog that asks before closing (Cancel, Esc, the window's ×) over unsaved input.

    What the inputs hold when the dialog first shows counts as saved; `mark_saved()` after
    each save moves that point.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved_state: list[object] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._saved_state is None:
            self.mark_saved()
        super().showEvent(event)

    def mark_saved(self) -> None:
        self._saved_state = form_state(self)

    def has_unsaved_changes(self) -> bool:
        return self._saved_state is not None and form_state(self) != self._saved_state

    def accept(self) -> None:
        self.mark_saved()  # accept() follows a save
        super().accept()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not dialogs.confirm(
            self,
            QCoreApplication.translate("FormDialog", "Unsaved changes"),
            QCoreApplication.translate(
                "FormDialog", "Close this window and lose what you typed since the last save?"
            ),
            QCoreApplication.translate("FormDialog", "Close without saving"),
            QCoreApplication.translate("FormDialog", "Keep editing"),
        ):
            return
        super().reject()
