"""The "Trang chủ" tab: what needs the secretary this week, the honours of the year, at a glance."""

from __future__ import annotations

import dataclasses
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.honours import TraditionalDay
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.pictures import Series
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.overview import DueKind, DueList, Overview, member_filter
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.care_dialog import CareDialog
from ccb_desktop.ui.printing import Printout, preview_dialog
from ccb_desktop.ui.printouts import Printouts
from ccb_desktop.ui.rows_model import Row, RowsModel
from ccb_desktop.ui.tab import Tab
from ccb_desktop.ui.widgets import fit_dialog, scrolling

# Okabe–Ito colours, told apart with every kind of colour blindness; a state is also always
# written in words (and marked ⚠), never shown by colour alone.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
TILE_STYLE = (
    "QPushButton#tile {{ background: #ffffff; border: 1px solid #8a9bb0; border-left: 6px solid "
    "{accent}; border-radius: 4px; text-align: left; padding: 6px; }}"
    "QPushButton#tile:hover {{ background: #eef4fb; }}"
    "QPushButton#tile:focus {{ border: 2px solid #000000; border-left: 6px solid {accent}; }}"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Home", text)


class Tile(QPushButton):
    """A large figure with its label under it: a button (mouse, Enter, Space) that opens what
    the figure counts."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.figure = QLabel("…")
        self.caption = QLabel(label)
        self.caption.setWordWrap(True)
        self.figure.setWordWrap(True)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        for child in (self.figure, self.caption, self.note):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.figure)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        self.note.hide()
        # Equal columns whatever the text: the width is the grid's to share, the labels wrap.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        self.set_accent(BLUE)
        self.refit_fonts()

    def refit_fonts(self) -> None:
        """Size the figure and its label from the program's text size (Hiển thị → cỡ chữ)."""
        base = QApplication.font()
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * 1.7)
        big.setBold(True)
        self.figure.setFont(big)
        bold = QFont(base)
        bold.setBold(True)
        self.caption.setFont(bold)
        self.note.setFont(QFont(base))

    def set_accent(self, colour: str) -> None:
        self.setStyleSheet(TILE_STYLE.format(accent=colour))

    def set_figure(self, figure: str, note: str = "", warning: bool = False) -> None:
        self.figure.setText(("⚠ " if warning else "") + figure)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.set_accent(VERMILLION if warning else ORANGE if figure not in ("0", "") else BLUE)
        self.setAccessibleName(f"{self.caption.text()}: {figure}. {note}")

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = super().sizeHint()
        return layout.sizeHint().expandedTo(hint) if layout is not None else hint


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
        area_top = top + line  # room for the values over the highest bar
        height = max(bottom - area_top, 10)
        count = len(series.labels)
        groups = len(series.values)
        slot = (self.width() - 16) / count
        bar = max(min(slot * 0.8 / groups, 60), 3)
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
                painter.drawText(
                    QRectF(rect.left() - 20, rect.top() - line, rect.width() + 40, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    self._text(values[index]),
                )
            if index % step == 0:
                painter.drawText(
                    QRectF(8 + slot * index - slot, bottom + 2, slot * 3, line),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    label,
                )


TITLES = {
    DueKind.ATTENTION: ("Needs attention", "Members needing attention"),
    DueKind.VISITS: ("Visits due or overdue", "Support visits due or overdue"),
    DueKind.LONGEVITY: ("Mừng thọ in %1", "Members celebrating mừng thọ in %1"),
    DueKind.BIRTHDAYS: ("Birthdays in month %2", "Members born in month %2"),
    DueKind.PARTY_BADGES: ("Party badges in %1", "Huy hiệu Đảng milestones in %1 (for reference)"),
    DueKind.MEDALS: ("Kỷ niệm chương candidates", "Kỷ niệm chương candidates in %1"),
    DueKind.CARE: ("Care visits in %1", "Care visits to members in %1"),
}
# For lupdate: the titles above, in the "Home" context.
_SOURCES = (
    QT_TRANSLATE_NOOP("Home", "Needs attention"),
    QT_TRANSLATE_NOOP("Home", "Members needing attention"),
    QT_TRANSLATE_NOOP("Home", "Visits due or overdue"),
    QT_TRANSLATE_NOOP("Home", "Support visits due or overdue"),
    QT_TRANSLATE_NOOP("Home", "Mừng thọ in %1"),
    QT_TRANSLATE_NOOP("Home", "Members celebrating mừng thọ in %1"),
    QT_TRANSLATE_NOOP("Home", "Birthdays in month %2"),
    QT_TRANSLATE_NOOP("Home", "Members born in month %2"),
    QT_TRANSLATE_NOOP("Home", "Party badges in %1"),
    QT_TRANSLATE_NOOP("Home", "Huy hiệu Đảng milestones in %1 (for reference)"),
    QT_TRANSLATE_NOOP("Home", "Kỷ niệm chương candidates"),
    QT_TRANSLATE_NOOP("Home", "Kỷ niệm chương candidates in %1"),
    QT_TRANSLATE_NOOP("Home", "Traditional days of %1"),
    QT_TRANSLATE_NOOP("Home", "Care visits in %1"),
    QT_TRANSLATE_NOOP("Home", "Care visits to members in %1"),
)


def list_title(kind: DueKind, year: int, month: int, short: bool = False) -> str:
    """A list's name (the tile's when `short`), with its year or month."""
    if kind is DueKind.TRADITIONAL_DAY:
        return _tr("Traditional days of %1").replace("%1", str(year))
    text = _tr(TITLES[kind][0 if short else 1])
    return text.replace("%1", str(year)).replace("%2", f"{month:02d}/{year}")


def list_notes(due: DueList) -> list[str]:
    """What the list must say under its title: how it is counted, what is missing."""
    if due.day is not None:
        notes = [f"{due.day.label} – {due.year}"]
        if due.day is TraditionalDay.HOI_FOUNDING:
            notes += list_notes(dataclasses.replace(due, kind=DueKind.MEDALS, day=None))
            notes.append(
                QCoreApplication.translate(
                    "Home", "The year-end review is its own report, in the Reports tab."
                )
            )
        return notes
    if due.kind is DueKind.PARTY_BADGES:
        return [
            QCoreApplication.translate(
                "Home",
                "Presentation day: the first of 3/2, 19/5, 2/9 and 7/11 on or after the "
                "anniversary of the Party admission (after 7/11: 3/2 of the next year). The Party "
                "cell proposes the badges; this list is for reference only.",
            )
        ]
    if due.kind is DueKind.MEDALS:
        if due.medal_threshold <= 0:
            return [
                QCoreApplication.translate(
                    "Home",
                    "The unit must enter the criterion first: the years in the Hội a member needs "
                    "(File → Unit details). No candidate is listed until then.",
                )
            ]
        return [
            QCoreApplication.translate(
                "Home",
                "Members with at least %1 full years in the Hội on 6/12, never awarded before; "
                "never posthumously.",
            ).replace("%1", str(due.medal_threshold))
        ]
    if due.kind is DueKind.LONGEVITY:
        return [QCoreApplication.translate("Home", "Full ages 70, 75, 80, 85, 90, 95 and 100 or more, reached in %1.").replace(
            "%1", str(due.year))]  # fmt: skip
    return []


class DueListDialog(QDialog):
    """One list behind a tile: the members, what to print, what to save as a workbook."""

    def __init__(self, services: Services, due: DueList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.due = due
        self.title = (
            f"{due.day.list_title} – {due.year}"
            if due.day is not None
            else list_title(due.kind, due.year, due.month)
        )
        self.setWindowTitle(self.title)
        self.headers = [_tr(h) for h in due.headers]
        self.rows = [row.cells for row in due.rows]
        heading = QLabel(self.title)
        bold = QFont(heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        heading.setFont(bold)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for note in list_notes(due):
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.count = QLabel(self.tr("%1 members listed.").replace("%1", str(len(self.rows))))
        layout.addWidget(self.count)
        self.model = RowsModel(self.headers, self)
        self.model.set_rows([Row(list(r.cells), obj=r.member_id) for r in due.rows])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            len(self.headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.view.resizeColumnsToContents()
        self.view.doubleClicked.connect(self._open_member)
        layout.addWidget(self.view, 1)
        self.chosen_member: int | None = None
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_list)
        self.export_button = QPushButton(self.tr("Save as Excel…"))
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open the member"))
        self.open_button.clicked.connect(lambda: self._open_member(self.view.currentIndex()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        fit_dialog(self, 900, 600)

    def _open_member(self, index: object) -> None:
        row = index.row() if hasattr(index, "row") else -1
        member_id = self.model.row_object(row)
        if isinstance(member_id, int) and member_id:
            self.chosen_member = member_id
            self.accept()

    def subtitle(self) -> str:
        return " ".join(list_notes(self.due))

    def printout(self) -> Printout:
        today = self.services.overview.clock.today()
        printouts = Printouts(self.services.unit.load(), today, self)
        table = printouts.table(["TT", *self.headers], [
            [str(n), *row] for n, row in enumerate(self.rows, start=1)], left=(1, len(self.headers)))  # fmt: skip
        html = printouts.page(
            self.title,
            self.subtitle(),
            table + f"<p>{escape(self.count.text())}</p>",
            printouts.signatures(
                (self.tr("Prepared by"), printouts.unit.preparer_name),
                (self.tr("Head of the chi hội"), printouts.unit.head_name),
            ),
        )
        return Printout(
            self.title, html, landscape=len(self.headers) > 4, file_name="danh-sach.pdf"
        )

    def print_list(self) -> None:
        try:
            preview_dialog(self, self.printout()).exec()
        except CcbError as exc:
            dialogs.show_error(self, exc)

    def export(self) -> Path | None:
        what = self.due.day.value.replace("/", "-") if self.due.day else self.due.kind.value
        name = f"danh-sach-{what}-{self.due.year}.xlsx"
        path = dialogs.ask_save_file(
            self,
            self.tr("Save the list"),
            str(Path.home() / name),
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
        )
        if path is None:
            return None
        try:
            self.services.overview.export_list(
                self.due, self.title, self.subtitle(), self.headers, path
            )
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The list was not saved"))
            return None
        self.count.setText(self.tr("Saved %1.").replace("%1", str(path)))
        return path


class HomeTab(Tab):
    """Counts of the register and what is due, each a click to the list behind it."""

    shows = Change.EVERYTHING

    members_requested = Signal(object)
    """Emitted with a `MemberFilter`: show the member list filtered so."""
    meetings_requested = Signal()
    """Emitted when the secretary asks for the meetings (the next meeting's tile)."""
    backup_requested = Signal()
    """Emitted when the secretary asks to back up off the PC (the backup tile)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._painted = False
        self._pending = False
        self._headings: list[QLabel] = []
        self.overview_shown: Overview | None = None
        self.today_label = QLabel()
        self.count_tiles: dict[str, Tile] = {
            "members": Tile(self.tr("members")),
            "active": Tile(self.tr("attending meetings")),
            "excused": Tile(self.tr("excused (miễn sinh hoạt)")),
            "women": Tile(self.tr("women")),
            "party_members": Tile(self.tr("Party members")),
            "teams": Tile(self.tr("teams (tổ hội)")),
        }
        for name, tile in self.count_tiles.items():
            tile.clicked.connect(
                lambda _c=False, n=name: self.members_requested.emit(member_filter(n))
            )
        self.due_tiles: dict[DueKind, Tile] = {
            kind: Tile("") for kind in DueKind if kind is not DueKind.TRADITIONAL_DAY
        }
        for kind, tile in self.due_tiles.items():
            tile.clicked.connect(lambda _c=False, k=kind: self.open_list(k))
        self.meeting_tile = Tile(self.tr("Next meeting"))
        self.meeting_tile.clicked.connect(self.meetings_requested.emit)
        self.backup_tile = Tile(self.tr("Backup"))
        self.backup_tile.clicked.connect(self.backup_requested.emit)

        counts = QGridLayout()
        for column, tile in enumerate(self.count_tiles.values()):
            counts.addWidget(tile, 0, column)
        due = QGridLayout()
        tiles = [*self.due_tiles.values(), self.meeting_tile, self.backup_tile]
        for number, tile in enumerate(tiles):
            due.addWidget(tile, number // 3, number % 3)
        for column in range(3):
            due.setColumnStretch(column, 1)
        for column in range(len(self.count_tiles)):
            counts.setColumnStretch(column, 1)
        self.days_heading = self._heading("")
        days = QHBoxLayout()
        self.day_buttons: dict[TraditionalDay, QPushButton] = {}
        for day in TraditionalDay:
            button = QPushButton(day.value)
            button.setToolTip(f"{day.label}: {day.list_title}")
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _c=False, d=day: self.open_day(d))
            self.day_buttons[day] = button
            days.addWidget(button)
        self.care_button = QPushButton(self.tr("Record a care visit…"))
        self.care_button.setToolTip(
            self.tr("Thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà: record who was visited")
        )
        self.care_button.clicked.connect(self.record_care)
        top = QHBoxLayout()
        top.addWidget(self.today_label, 1)
        top.addWidget(self.care_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self._heading(self.tr("The register")))
        layout.addLayout(counts)
        layout.addWidget(self._heading(self.tr("Due")))
        layout.addLayout(due)
        layout.addWidget(self.days_heading)
        layout.addLayout(days)
        layout.addStretch(1)
        self.charts = {
            "ages": BarChart(self.tr("Members by age"), across=True),
            "periods": BarChart(self.tr("Members by period of service (thời kỳ)"), across=True),
            "attendance": BarChart(self.tr("Attendance per meeting, last 12 months"), across=True),
            "households": BarChart(self.tr("Poor and near-poor member households")),
            "membership": BarChart(self.tr("Members at the end of each year")),
        }
        pictures = QWidget()
        grid = QGridLayout(pictures)
        for number, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, number // 3, number % 3)
        self._pictures_stale = True
        self.pages = QTabWidget()
        self.pages.addTab(scrolling(page), self.tr("At a glance"))
        self.pages.addTab(scrolling(pictures), self.tr("Pictures"))
        self.pages.currentChanged.connect(lambda _i: self.draw_pictures_if_shown())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.pages)
        self._compute_timer = QTimer(self)
        self._compute_timer.setSingleShot(True)
        self._compute_timer.setInterval(0)
        self._compute_timer.timeout.connect(self.compute)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        self._headings.append(label)
        self._heading_font(label)
        return label

    def _heading_font(self, label: QLabel) -> None:
        font = QFont(QApplication.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for label in self._headings:
                self._heading_font(label)
            for tile in (
                *self.count_tiles.values(),
                *self.due_tiles.values(),
                self.meeting_tile,
                self.backup_tile,
            ):
                tile.refit_fonts()  # fmt: skip

    def title(self) -> str:
        return self.tr("Home")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The figures read the whole register: counted once the window is on screen.
            self._painted = True
            if self._pending:
                self._compute_timer.start()

    def reload(self) -> None:
        if self._painted:
            self.compute()
        else:
            self._pending = True

    def settle(self) -> None:
        """Count now what waits for the first paint (the smoke run's picture, the tests)."""
        if self._pending or self._compute_timer.isActive():
            self._compute_timer.stop()
            self.compute()

    def draw_pictures_if_shown(self) -> None:
        """The pictures read the whole register and a year of meetings: only when looked at."""
        if self.pages.currentIndex() == 1 and self._pictures_stale:
            self.draw_pictures()

    def draw_pictures(self) -> None:
        try:
            found = self.services.overview.pictures()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        self._pictures_stale = False
        nothing = self.tr("Nothing to draw yet.")
        self.charts["ages"].set_series(found.ages, nothing)
        self.charts["periods"].set_series(found.periods, nothing)
        self.charts["attendance"].set_series(
            found.attendance, self.tr("No meeting with attendance in the last 12 months.")
        )
        self.charts["households"].set_series(
            found.households, self.tr("No household classification recorded yet.")
        )
        self.charts["membership"].set_series(found.membership, nothing)

    def compute(self) -> None:
        """Read every figure again and show it."""
        self._pending = False
        self._pictures_stale = True
        self.draw_pictures_if_shown()
        try:
            overview = self.services.overview.overview()
        except CcbError as exc:
            self.today_label.setText(str(exc))
            return
        self.show_overview(overview)

    def show_overview(self, o: Overview) -> None:
        self.overview_shown = o
        year, month = o.today.year, o.today.month
        self.today_label.setText(self.tr("Today: %1").replace("%1", format_date(o.today)))
        for name, value in (
            ("members", o.members),
            ("active", o.active),
            ("excused", o.excused),
            ("women", o.women),
            ("party_members", o.party_members),
            ("teams", o.teams),
        ):
            self.count_tiles[name].set_figure(str(value))
            self.count_tiles[name].set_accent(BLUE)
        for kind in self.due_tiles:
            self.due_tiles[kind].caption.setText(list_title(kind, year, month, short=True))
        self.due_tiles[DueKind.ATTENTION].set_figure(str(o.needing_attention))
        self.due_tiles[DueKind.VISITS].set_figure(str(o.visits_due))
        self.due_tiles[DueKind.LONGEVITY].set_figure(str(o.longevity))
        self.due_tiles[DueKind.BIRTHDAYS].set_figure(str(o.birthdays))
        self.due_tiles[DueKind.PARTY_BADGES].set_figure(
            str(o.party_badges), self.tr("for reference")
        )
        if o.medal_threshold > 0:
            self.due_tiles[DueKind.MEDALS].set_figure(
                str(o.medals),
                self.tr("from %1 years in the Hội").replace("%1", str(o.medal_threshold)),
            )
        else:
            self.due_tiles[DueKind.MEDALS].set_figure(
                "–", self.tr("Criterion not entered: File → Unit details"), warning=True
            )
        self.days_heading.setText(
            self.tr("Traditional days of %1: the list each day needs").replace("%1", str(year))
        )
        if o.care is not None:
            self.due_tiles[DueKind.CARE].set_figure(
                str(o.care.visits),
                self.tr("%1 members, %2 đồng")
                .replace("%1", str(o.care.people))
                .replace("%2", format_vnd(o.care.money_vnd)),
            )
            self.due_tiles[DueKind.CARE].set_accent(BLUE)
        self._show_meeting(o)
        self._show_backup(o)

    def _show_meeting(self, o: Overview) -> None:
        due = o.meeting
        if due is None:
            return
        span = (
            f"{due.due_start.month:02d}/{due.due_start.year}"
            if due.due_start.month == due.due_end.month
            else f"{due.due_start.month:02d}–{due.due_end.month:02d}/{due.due_end.year}"
        )
        if due.last_meeting is None:
            last = self.tr("No meeting recorded yet.")
        elif due.last_taken:
            last = self.tr("Last: %1, attendance taken.").replace(
                "%1", format_date(due.last_meeting)
            )
        else:
            last = self.tr("Last: %1, attendance NOT taken.").replace(
                "%1", format_date(due.last_meeting)
            )
        warning = due.last_meeting is not None and not due.last_taken
        if due.previous_missing:
            last += " " + self.tr("No meeting recorded in the previous period.")
            warning = True
        self.meeting_tile.set_figure(self.tr("in %1").replace("%1", span), last, warning)

    def _show_backup(self, o: Overview) -> None:
        automatic = (
            self.tr("Automatic: %1").replace("%1", o.last_backup.strftime("%d/%m/%Y %H:%M"))
            if o.last_backup
            else self.tr("Automatic: none yet")
        )
        if o.last_external_backup is None:
            off = self.tr("never copied off this PC")
        else:
            days = (o.today - o.last_external_backup).days
            off = (
                self.tr("off this PC: %1 (%2 days ago)")
                .replace("%1", format_date(o.last_external_backup))
                .replace("%2", str(days))
            )
        if o.external_backup_due:
            figure = self.tr("Back up now")
        elif o.last_external_backup is None:
            figure = self.tr("Copy to USB")
        else:
            figure = self.tr("Up to date")
        self.backup_tile.set_figure(figure, f"{automatic}; {off}", o.external_backup_due)

    def open_list(self, kind: DueKind) -> DueListDialog | None:
        """Show the list behind a tile (printable, exportable); a member chosen there opens in
        the register."""
        try:
            due = self.services.overview.due_list(kind)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return None
        dialog = self.list_dialog(due)
        if dialog.exec() and dialog.chosen_member is not None:
            self.member_requested.emit(dialog.chosen_member)
        return dialog

    def care_dialog(self) -> CareDialog:
        """The form of a new care visit, the member chosen in it."""
        return CareDialog(self.services.care, self.current_members(), parent=self)

    def record_care(self) -> None:
        """Record a visit from the home screen; the figures and every view that shows the
        member's record follow."""
        if self.care_dialog().exec():
            self.compute()
            self.announce(Change.MEMBERS)
            self.status_message.emit(self.tr("Care visit recorded."))

    def open_day(self, day: TraditionalDay) -> DueListDialog | None:
        """The list a traditional day needs this year (printable, exportable)."""
        try:
            due = self.services.overview.day_list(day)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return None
        dialog = self.list_dialog(due)
        if dialog.exec() and dialog.chosen_member is not None:
            self.member_requested.emit(dialog.chosen_member)
        return dialog

    def list_dialog(self, due: DueList) -> DueListDialog:
        """The dialog of a list (tests and the screenshot gallery build it without showing)."""
        return DueListDialog(self.services, due, self)
