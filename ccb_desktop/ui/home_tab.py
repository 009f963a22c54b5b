"""The "Trang chủ" tab: what needs the secretary this week, the honours of the year, at a glance."""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.honours import TraditionalDay
from ccb_desktop.domain.register import MemberFilter, MemberSummary, StatusFilter
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.overview import (
    DueKind,
    DueList,
    HomeFigures,
    Overview,
    Pictures,
    member_filter,
)
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.bar_chart import BLUE, ORANGE, VERMILLION, BarChart
from ccb_desktop.ui.tab import Tab
from ccb_desktop.ui.targets_panel import TargetsPanel
from ccb_desktop.ui.widgets import scrolling

if TYPE_CHECKING:  # imported when used: the first paint needs neither (issue 22)
    from ccb_desktop.ui.care_dialog import CareDialog
    from ccb_desktop.ui.due_lists import DueListDialog

TILE_STYLE = (
    "QPushButton#tile {{ background: #ffffff; border: 1px solid #8a9bb0; border-left: 6px solid "
    "{accent}; border-radius: 4px; text-align: left; padding: 6px; }}"
    "QPushButton#tile:hover {{ background: #eef4fb; }}"
    "QPushButton#tile:focus {{ border: 2px solid #000000; border-left: 6px solid {accent}; }}"
)


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
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Never shorter than the wrapped text at this width: a full home page scrolls
        instead of clipping a tile's last lines (a scroll area ignores height-for-width)."""
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(max(self.width(), self.minimumWidth()))
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = super().sizeHint()
        return layout.sizeHint().expandedTo(hint) if layout is not None else hint


_collector_lock = threading.Lock()
_counting = 0


def _hold_collector() -> None:
    """No automatic garbage collection while a count runs on its thread: a collection there
    could destroy a widget's wrapper off the GUI thread (ARCHITECTURE.md, Traps)."""
    global _counting
    with _collector_lock:
        if _counting == 0:
            gc.disable()
        _counting += 1


def _release_collector() -> None:
    global _counting
    with _collector_lock:
        _counting -= 1
        if _counting == 0:
            gc.enable()


def _abandon(worker: list[threading.Thread], *_args: object) -> None:
    """A counter deleted while it counts (its window gone): wait for its thread, so the
    collector is never left held."""
    while worker:
        worker.pop().join()
        _release_collector()


class FigureCounter(QObject):
    """Counts the home screen's figures and the attention count on a thread of its own, with
    its own read-only copy of the data file, so the window never waits for them: they read
    the whole register and took seconds at a province's size (issue 22).

    A count made while the data changed (or another file or chi hội came) is stale: it is
    dropped and counted again. One count at a time; `settle()` waits for it (tests, the
    smoke run's pictures); `stop()` gives it up before the file closes."""

    counted = Signal(object)
    """Emitted on the GUI thread with the `HomeFigures` of the data as it is now."""
    _done = Signal(object, int, object)  # version, depth, HomeFigures | exception

    # How much a count reads: the attention count, the home screen's figures, and pictures.
    ATTENTION, FIGURES, PICTURES = 0, 1, 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: HomeFigures | None = None
        self._latest_at: tuple[object, int] = (None, -1)  # its version and depth
        self._services: Services | None = None
        self._wanted: int | None = None  # the depth of a count asked for and not started
        self._running: tuple[object, int] | None = None  # (version, depth)
        # The count under way (none or one), apart from self: `_abandon` ends it if this
        # object is deleted first.
        self._worker: list[threading.Thread] = []
        self._stopping = False
        self._then: list[Callable[[HomeFigures | CcbError], None]] = []
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(functools.partial(_abandon, self._worker))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def request(
        self,
        services: Services,
        everything: bool,
        then: Callable[[HomeFigures | CcbError], None] | None = None,
        pictures: bool = False,
    ) -> None:
        """Count the attention count (with `everything` the home screen's figures, with
        `pictures` its pictures too) of the data as it is now; `then` is called once with
        them (and `counted` is emitted)."""
        depth = self.PICTURES if pictures else self.FIGURES if everything else self.ATTENTION
        if then is not None:
            self._then.append(then)
        self._services = services
        version = services.overview.data_version()
        if version is None:
            return  # the file is closed
        if (
            self.latest is not None
            and self._latest_at[0] == version
            and (self._latest_at[1] >= depth)
        ):
            self._publish(self.latest)
            return
        if (
            self._running is not None
            and self._running[0] == version
            and (self._running[1] >= depth)
        ):
            return  # the count under way answers this too
        self._wanted = max(self._wanted or 0, depth)
        if self._running is None:
            self._start()

    def _start(self) -> None:
        services, depth = self._services, self._wanted or 0
        self._wanted = None
        if services is None or self._stopping:
            return
        version = services.overview.data_version()
        if version is None:
            return
        everything, pictures = depth >= self.FIGURES, depth >= self.PICTURES
        count = services.overview.counter_elsewhere()
        self._running = (version, depth)
        if count is None:  # the file is a copy in memory: only this connection can read it
            try:
                result: object = services.overview.home_figures(everything, pictures)
            except CcbError as exc:
                result = exc
            self._finished(version, depth, result)
            return
        _hold_collector()
        thread = threading.Thread(
            target=self._count, args=(count, version, depth), name="ccb-figures"
        )
        self._worker.append(thread)
        thread.start()

    def _count(
        self,
        count: Callable[[bool, bool, Callable[[], bool]], HomeFigures],
        version: object,
        depth: int,
    ) -> None:
        # On the worker thread: no widget is touched here, the result goes back by a signal.
        try:
            result: object = count(
                depth >= self.FIGURES, depth >= self.PICTURES, lambda: self._stopping
            )
        except BaseException as exc:  # handed to the GUI thread, which raises what is a bug
            result = exc
        # RuntimeError: the window is gone, nobody waits for these figures.
        with contextlib.suppress(RuntimeError):
            self._done.emit(version, depth, result)

    def _finished(self, version: object, depth: int, result: object) -> None:
        if self._worker:
            self._worker.pop().join()
            _release_collector()
        self._running = None
        services = self._services
        current = services.overview.data_version() if services is not None else None
        fresh = not self._stopping and current is not None and version == current
        if fresh and isinstance(result, HomeFigures):
            self.latest, self._latest_at = result, (version, depth)
        if self._wanted is None and not fresh and not self._stopping and current is not None:
            self._wanted = depth  # the data changed meanwhile: count it again
        if self._wanted is not None and not self._stopping:
            self._start()
        if not fresh:
            return
        if isinstance(result, HomeFigures):
            self._publish(result)
        elif isinstance(result, CcbError):
            self.failed(result)
        elif isinstance(result, BaseException):
            raise result  # a bug: the program's crash handler reports it

    def failed(self, exc: CcbError) -> None:
        """An expected problem (the file became unreadable): told where the figures go."""
        waiting, self._then = self._then, []
        for then in waiting:
            then(exc)
        self.counted.emit(exc)

    def _publish(self, figures: HomeFigures) -> None:
        waiting, self._then = self._then, []
        for then in waiting:
            then(figures)
        self.counted.emit(figures)

    def busy(self) -> bool:
        return self._running is not None or self._wanted is not None

    def settle(self) -> None:
        """Wait for the count under way (and any asked for meanwhile) and hand its figures
        over now."""
        while self._worker:
            thread = self._worker[0]
            thread.join()
            # Its figures wait in this thread's event queue: delivered now, not after return.
            QCoreApplication.sendPostedEvents(self, 0)
            if self._worker and self._worker[0] is thread:  # not delivered: give up
                break

    @property
    def _thread(self) -> threading.Thread | None:
        """The thread counting now, if any."""
        return self._worker[0] if self._worker else None

    def stop(self) -> None:
        """Give up the count under way (its queries stop) before the data file closes."""
        self._stopping = True
        self._wanted = None
        _abandon(self._worker)


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
        self.targets_panel = TargetsPanel(services, load=False)
        self.targets_panel.targets_saved.connect(self._targets_saved)
        layout.addWidget(self.targets_panel)
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
        self._compute_timer.timeout.connect(self._compute_if_shown)
        self.counter = FigureCounter(self)
        self.counter.counted.connect(self._counted)

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
            self.count_later()
        else:
            self._pending = True

    def settle(self) -> None:
        """Count now what waits for the first paint, and wait for the figures being counted
        (the smoke run's picture, the tests)."""
        if self._pending or self._compute_timer.isActive():
            self._compute_timer.stop()
            self.count_later()
        self.counter.settle()

    def draw_pictures_if_shown(self) -> None:
        """The pictures read the whole register and a year of meetings: only when looked at,
        and counted on the counting thread like the figures."""
        if self.pages.currentIndex() == 1 and self._pictures_stale:
            self.counter.request(self.services, everything=True, pictures=True)

    def show_pictures(self, found: Pictures) -> None:
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

    def _compute_if_shown(self) -> None:
        # The timer may fire after the window closed (and its file with it): count later.
        if self.isVisible():
            self.count_later()
        else:
            self._pending = True

    def compute(self) -> None:
        """Read every figure again and show it (waiting for them)."""
        self.count_later()
        self.counter.settle()

    def count_later(self) -> None:
        """Read every figure again on the counting thread; shown when counted."""
        self._pending = False
        self.targets_panel.services = self.services  # the file open now (after a reopen too)
        self._pictures_stale = True
        if self.overview_shown is None:  # the first count: say why the tiles are empty
            self.today_label.setText(self.tr("Counting the figures…"))
        else:  # the figures shown are those of before the change until the count is in
            self.today_label.setText(
                self.tr("Today: %1 (counting the figures again…)").replace(
                    "%1", format_date(self.overview_shown.today)
                )
            )
        self.counter.request(
            self.services, everything=True, pictures=self.pages.currentIndex() == 1
        )

    def _targets_saved(self) -> None:
        self.announce(Change.TARGETS)
        self.count_later()

    def _counted(self, result: HomeFigures | CcbError) -> None:
        if isinstance(result, CcbError):
            self.today_label.setText(str(result))
            return
        if result.overview is None:
            return  # the window's attention count alone
        self.targets_panel.show_progress(result.targets or [], result.targets_year)
        if result.pictures is not None:
            self.show_pictures(result.pictures)
        self.show_overview(result.overview)
        self.draw_pictures_if_shown()  # shown meanwhile, or not drawn with these figures

    def show_overview(self, o: Overview) -> None:
        # The lists and their printing are imported once the figures are in (after the paint).
        from ccb_desktop.ui.due_lists import list_title

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
        from ccb_desktop.ui.care_dialog import CareDialog

        return CareDialog(self.services.care, self.visited_members(), parent=self)

    def visited_members(self) -> list[MemberSummary]:
        """Who a care visit can be for: the current members and the departed comrades (a
        phúng viếng is for a member who has died), in official order."""
        try:
            found = [
                *self.services.members.search(MemberFilter()),
                *self.services.members.search(MemberFilter(status=StatusFilter.DECEASED)),
            ]
        except CcbError:
            return []
        return sorted(found, key=lambda m: (m.sort_key, m.id))

    def record_care(self) -> None:
        """Record a visit from the home screen; the figures and every view that shows the
        member's record follow."""
        if self.care_dialog().exec():
            self.count_later()
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
        from ccb_desktop.ui.due_lists import DueListDialog

        return DueListDialog(self.services, due, self)
