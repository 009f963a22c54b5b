"""Bar pictures drawn with QPainter (the home screen's Biểu đồ), and the colours every picture
and tile of the home screen uses."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from ccb_desktop.domain.pictures import Series

# Okabe–Ito colours, told apart with every kind of colour blindness; a state is also always
# written in words (and marked ⚠), never shown by colour alone.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"


class BarChart(QWidget):
    """Bars drawn with QPainter (no chart library: see the README), each with its value
    written beside it, so a figure is read, never guessed from a colour or a length.
    `across`: one row per label, bars to the right (long labels, many bars)."""

    # Blue, and orange hatched: told apart in colour, in grey and by colour-blind eyes.
    BRUSHES = ((BLUE, Qt.BrushStyle.SolidPattern), (ORANGE, Qt.BrushStyle.BDiagPattern))

    def __init__(self, title: str, across: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.across = across
        self.series: Series | None = None
        self.empty_text = ""
        self.setMinimumSize(280, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, series: Series, empty_text: str) -> None:
        self.series = series
        self.empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: " + ", ".join(self._text(v[i]) for v in series.values)
                for i, label in enumerate(series.labels)
            )
        )
        if self.across:
            line = QFontMetrics(self.font()).height()
            rows = len(series.labels) * len(series.values)
            self.setMinimumHeight(max(200, 2 * line + 12 + rows * line))
        self.update()

    def _text(self, value: float) -> str:
        return f"{value:.0f}%" if self.series and self.series.percent else f"{value:.0f}"

    def _heading(self, painter: QPainter, metrics: QFontMetrics) -> float:
        """The title (wrapped) and the legend; returns where the bars may start."""
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#000000"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = QRectF(8, 6, self.width() - 16, 3 * metrics.height())
        used = painter.boundingRect(box, flags, self.title)
        painter.drawText(box, flags, self.title)
        painter.setFont(self.font())
        top = 6 + used.height() + 4
        legend = [g for g in (self.series.groups if self.series else []) if g]
        if legend:
            line = metrics.height()
            x = 8.0
            for number, name in enumerate(legend):
                colour, style = self.BRUSHES[number % 2]
                painter.setBrush(QBrush(QColor(colour), style))
                painter.setPen(QColor(colour))
                painter.drawRect(QRectF(x, top + 2, line - 4, line - 4))
                painter.setPen(QColor("#000000"))
                painter.drawText(QPointF(x + line, top + metrics.ascent()), name)
                x += line + metrics.horizontalAdvance(name) + 16
            top += line + 2
        return top

    def _bar(self, painter: QPainter, rect: QRectF, group: int) -> None:
        colour, style = self.BRUSHES[group % 2]
        painter.setPen(QColor(colour))
        painter.setBrush(QBrush(QColor(colour), style))
        painter.drawRect(rect)
        painter.setPen(QColor("#000000"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QColor("#8a9bb0"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        metrics = QFontMetrics(self.font())
        top = self._heading(painter, metrics)
        series = self.series
        if series is None or not series.labels or not any(any(v) for v in series.values):
            painter.setPen(QColor("#444444"))
            painter.drawText(
                QRectF(8, top, self.width() - 16, self.height() - top - 8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()
            return
        highest = max(max(v) for v in series.values) or 1
        if series.percent:
            highest = max(highest, 100)
        if self.across:
            self._paint_across(painter, metrics, series, top, highest)
        else:
            self._paint_up(painter, metrics, series, top, highest)
        painter.end()

    def _paint_across(
        self, painter: QPainter, metrics: QFontMetrics, series: Series, top: float, highest: float
    ) -> None:
        line = metrics.height()
        label_width = max(metrics.horizontalAdvance(label) for label in series.labels) + 12
        value_width = metrics.horizontalAdvance("100%") + 8
        width = max(self.width() - 16 - label_width - value_width, 10)
        groups = len(series.values)
        row = max(min((self.height() - top - 8) / len(series.labels), 2.2 * line), line * groups)
        bar = min(line, row / groups - 2)
        for index, label in enumerate(series.labels):
            y = top + row * index
            painter.drawText(
                QRectF(8, y, label_width - 8, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            for group, values in enumerate(series.values):
                length = width * values[index] / highest
                inner = y + (row - bar * groups) / 2 + group * bar
                self._bar(painter, QRectF(8 + label_width, inner, length, bar - 1), group)
                painter.drawText(
                    QRectF(8 + label_width + length + 4, inner, value_width, bar),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    self._text(values[index]),
                )

    def _paint_up(
        self, painter: QPainter, metrics: QFontMetrics, series: Series, top: float, highest: float
    ) -> None:
        line = metrics.height()
        bottom = self.height() - line - 10  # room for the labels under the bars
        count = len(series.labels)
        groups = len(series.values)
        slot = (self.width() - 16) / count
        bar = max(min(slot * 0.8 / groups, 60), 3)
        # Values wider than their bar's room are written on staggered lines (every bar keeps
        # its value: ten years of 3-digit counts on a 1024-pixel screen).
        room = slot if groups == 1 else bar
        widest_value = max(
            metrics.horizontalAdvance(self._text(v)) for values in series.values for v in values
        )
        levels = min(max(1, -int(-(widest_value + 4) // room)), 3)
        area_top = top + line * levels  # room for the values over the highest bar
        height = max(bottom - area_top, 10)
        painter.setPen(QColor("#444444"))
        painter.drawLine(QPointF(8, bottom), QPointF(self.width() - 8, bottom))
        painter.setPen(QColor("#000000"))
        # Labels skip some bars when they would overlap (ten years on a narrow screen).
        widest = max(metrics.horizontalAdvance(label) for label in series.labels) + 6
        step = max(1, -int(-widest // slot))
        for index, label in enumerate(series.labels):
            left = 8 + slot * index + (slot - bar * groups) / 2
            for group, values in enumerate(series.values):
                h = height * values[index] / highest
                rect = QRectF(left + group * bar, bottom - h, bar - 1, h)
                self._bar(painter, rect, group)
                # The last bar (the latest year) sits on the lowest line.
                level = (count - 1 - index) % levels
                painter.drawText(
                    QRectF(
                        rect.left() - 20, rect.top() - line * (level + 1), rect.width() + 40, line
                    ),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    self._text(values[index]),
                )
            if index % step == 0:
                painter.drawText(
                    QRectF(8 + slot * index - slot, bottom + 2, slot * 3, line),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    label,
                )
