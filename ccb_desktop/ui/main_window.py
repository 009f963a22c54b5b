"""The main window: menus, the tabs, and which data file is open."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ccb_desktop import __version__
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import CcbError, error
from ccb_desktop.i18n import render
from ccb_desktop.paths import guide_path
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.settings import FONT_SIZES, AppSettings
from ccb_desktop.ui import chi_hoi_selector, dialogs
from ccb_desktop.ui.tab import Tab
from ccb_desktop.ui.ward_dialogs import WardActions
from ccb_desktop.ui.widgets import (
    ElidedLabel,
    ScrollingTabs,
    clamp_to_screen,
    fit_dialog,
    fit_to_screen,
)

if TYPE_CHECKING:  # imported when first used: the first paint needs none of them (issue 22)
    from ccb_desktop.domain.member import Member
    from ccb_desktop.domain.register import MemberFilter
    from ccb_desktop.services.backup import BackupService
    from ccb_desktop.services.history import HistoryService
    from ccb_desktop.services.importer import ImportPlan, ImportService
    from ccb_desktop.services.unit import UnitService
    from ccb_desktop.ui.import_dialog import ImportDialog
    from ccb_desktop.ui.meetings_tab import MeetingsTab
    from ccb_desktop.ui.members_tab import MembersTab
    from ccb_desktop.ui.reports_tab import ReportsTab
    from ccb_desktop.ui.support_tab import SupportTab

DATA_FILTER = "CCB Desktop (*.sqlite *.db);;"
OpenFile = Callable[[Path], Services]
# (current password, new password or None to remove) -> services over the reopened file and
# the new recovery code (ApplicationContext.protect).
Protect = Callable[[str | None, str | None], tuple[Services, str | None]]
T = TypeVar("T", bound=Tab)


@dataclass(frozen=True)
class LazyTab:
    """A tab named by its module and class: imported and built when first shown, so a tab the
    secretary does not open costs the start nothing. `title` is an English source in the
    "MainWindow" context, the same one the tab's own title() translates."""

    module: str
    name: str
    title: str

    def load(self) -> type[Tab]:
        tab_class: type[Tab] = getattr(importlib.import_module(self.module), self.name)
        return tab_class

    def names(self, tab_class: type[Tab]) -> bool:
        return (tab_class.__module__, tab_class.__name__) == (self.module, self.name)


TabEntry = type[Tab] | LazyTab

# The window's tabs, in order. A new tab is its own module plus one line here: its class
# (built with the window) or a LazyTab (built when first shown).
TAB_CLASSES: tuple[TabEntry, ...] = (
    # Opened first: built just after the window's first paint, with the data file (run_gui).
    LazyTab("ccb_desktop.ui.home_tab", "HomeTab", QT_TRANSLATE_NOOP("MainWindow", "Home")),
    LazyTab("ccb_desktop.ui.members_tab", "MembersTab", QT_TRANSLATE_NOOP("MainWindow", "Members")),
    LazyTab("ccb_desktop.ui.meetings_tab", "MeetingsTab", QT_TRANSLATE_NOOP("MainWindow", "Meetings")),
    LazyTab("ccb_desktop.ui.support_tab", "SupportTab", QT_TRANSLATE_NOOP("MainWindow", "Poverty support")),
    LazyTab("ccb_desktop.ui.dues_tab", "DuesTab", QT_TRANSLATE_NOOP("MainWindow", "Dues && funds")),
    LazyTab("ccb_desktop.ui.reports_tab", "ReportsTab", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
)  # fmt: skip


class MainWindow(QMainWindow):
    """Menus and tabs over one data file; `open_file` switches to another."""

    data_file_changed = Signal(Path)
    """Emitted with the new path after another data file was opened."""
    data_changed = Signal(object)
    """Emitted with a `Change` after any action wrote to the data file; every tab listens."""
    first_painted = Signal()
    """Emitted once, just after the window's first paint (its frame, when it was built
    without a file: run_gui opens the file then): work the first screen does not show (the
    day's backup, the attention count) starts then, never on the way to the screen."""
    file_shown = Signal()
    """Emitted once, just after the tab in front was first painted with the open file."""

    def __init__(
        self,
        data_path: Path,
        services: Services | None,
        settings: AppSettings,
        open_file: OpenFile,
        parent: QWidget | None = None,
        tab_classes: Sequence[TabEntry] = TAB_CLASSES,
        protect: Protect | None = None,
    ) -> None:
        """The window over `services`; with None, only its frame (menus, the tabs' names,
        the status bar), painted before the data file is opened: `attach()` then fills it."""
        super().__init__(parent)
        self._protect = protect  # set, change or remove the open file's password
        self.data_path = data_path
        self.settings = settings
        self._open_file = open_file
        self.tabs = ScrollingTabs()  # a page wider than a small screen scrolls
        self._entries = list(tab_classes)
        self._built: dict[int, Tab] = {}  # tab index -> its page, once built
        for entry in self._entries:
            # A tab given by its class is named once built (with the file, in attach()).
            title = entry.title if isinstance(entry, LazyTab) else ""
            self.tabs.add_page(QWidget(), QCoreApplication.translate("MainWindow", title))
        # "Cần quan tâm" one click away from anywhere: a button in the status bar.
        self.attention_button = QPushButton(self.tr("Needs attention…"))
        self.attention_button.setFlat(True)
        self.attention_button.clicked.connect(self.show_attention)
        self._attention_timer = QTimer(self)
        self._attention_timer.setSingleShot(True)
        self._attention_timer.setInterval(100)
        self._painted = False
        self._attention_timer.timeout.connect(self._update_attention)
        self._shown_timer = QTimer(self)  # file_shown, just after the tab in front painted
        self._shown_timer.setSingleShot(True)
        self._shown_timer.setInterval(0)
        self._shown_timer.timeout.connect(self.file_shown)
        # Permanent widgets: a temporary message is drawn beside them, never over them.
        self.statusBar().addPermanentWidget(self.attention_button)
        # Short, so the status bar fits a small screen at large text; the tooltip says the rest.
        self.backup_reminder = QPushButton(self.tr("No USB backup for 30 days"))
        self.backup_reminder.setToolTip(
            self.tr("No copy has left this PC for 30 days: back up now")
        )
        self.backup_reminder.setFlat(True)
        self.backup_reminder.setStyleSheet("color: #b00020; font-weight: bold;")
        self.backup_reminder.clicked.connect(self.backup_external)
        self.backup_reminder.hide()  # shown only when due, once the file is open
        self.statusBar().addPermanentWidget(self.backup_reminder)
        self.setCentralWidget(self.tabs)
        self.file_label = ElidedLabel()  # a long path is shortened, never widens the window
        self.statusBar().addPermanentWidget(self.file_label)
        self._services: Services | None = None
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str]] = []
        self._build_menus()
        self.setWindowTitle("CCB Desktop")  # the unit's name once the file is open
        fit_to_screen(self, 1280, 800)
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
            clamp_to_screen(self)  # the last screen may have been larger, or at another place
        if services is not None:
            self.attach(services)
        else:  # the moment before the file opens (longer with a password or a large file)
            self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(self.data_path)))

    @property
    def services(self) -> Services:
        """The services of the open file (the window's frame is painted before there are any:
        the menus are not reachable until then, see run_gui)."""
        if self._services is None:
            raise error(
                CcbError, QT_TRANSLATE_NOOP("Errors", "The data file is still being opened.")
            )
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services

    @property
    def attached(self) -> bool:
        """Whether a data file is open in the window (not only its frame painted)."""
        return self._services is not None

    def attach(self, services: Services) -> None:
        """Fill the frame with the open file: the tab in front, the title, the ward's
        selector, the backup reminder, the state of Undo."""
        self.services = services
        self.statusBar().clearMessage()
        self._install_shortcuts()
        # A ward file (issue 17): which chi hội the tabs show, above them.
        self.chi_hoi_selector = chi_hoi_selector.install(self, services)
        self.chi_hoi_selector.scope_changed.connect(
            lambda: self.data_changed.emit(Change.EVERYTHING)
        )
        self.data_changed.connect(self.chi_hoi_selector.on_data_changed)
        self.chi_hoi_selector.chi_hoi_added.connect(self._update_actions)
        self.ward_actions.refresh()
        for index, entry in enumerate(self._entries):
            if not isinstance(entry, LazyTab):
                self._build_tab(index)
        front = self._build_tab(self.tabs.currentIndex())  # the tab in front
        if front is not None:
            front.installEventFilter(self)  # its first paint: file_shown
        # Built before it is shown: Qt switches pages after this signal.
        self.tabs.currentChanged.connect(self._build_tab)
        self.data_changed.connect(self._on_data_changed)
        # Undo's label follows the tab; the attention count does not (nothing changed).
        self.tabs.currentChanged.connect(lambda _index: self._update_actions(recount=False))
        self._update_title()
        self._update_actions()
        self._update_backup_reminder()

    # The services of the open file, by the names the actions below use.
    @property
    def unit_service(self) -> UnitService:
        return self.services.unit

    @property
    def backup_service(self) -> BackupService:
        return self.services.backup

    @property
    def history_service(self) -> HistoryService:
        return self.services.history

    @property
    def import_service(self) -> ImportService:
        return self.services.importer

    def _add_tab(self, index: int, tab: Tab) -> None:
        """Put `tab` in its place and wire it: its changes go to every tab, its requests to
        the window."""
        holder = self.tabs.widget(index)
        assert isinstance(holder, QScrollArea)
        holder.setWidget(tab)  # in place of the empty page that held the tab's label
        tab.show()  # a scroll area already on screen does not show what it is given
        self.tabs.setTabText(index, tab.title())
        self._built[index] = tab
        tab.changed.connect(self.data_changed)
        self.data_changed.connect(tab.on_data_changed)
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        tab.member_requested.connect(self.show_member)
        from ccb_desktop.ui.home_tab import HomeTab  # imported already: it is built first

        if isinstance(tab, HomeTab):
            tab.members_requested.connect(self.show_members)
            tab.meetings_requested.connect(lambda: self.tabs.setCurrentWidget(self.meetings_tab))
            tab.backup_requested.connect(self.backup_external)

    def _build_tab(self, index: int) -> Tab | None:
        """The page at `index`, imported and built on the first call (first shown, or asked
        for by a menu or a test); None for an index out of range."""
        if index in self._built or not 0 <= index < len(self._entries):
            return self._built.get(index)
        entry = self._entries[index]
        tab_class = entry.load() if isinstance(entry, LazyTab) else entry
        self._add_tab(index, tab_class(self.services))
        return self._built[index]

    @property
    def pages(self) -> list[Tab]:
        """The tabs built so far, in order (a tab not yet built has nothing to refresh)."""
        return [self._built[i] for i in sorted(self._built)]

    def page(self, tab_class: type[T]) -> T:
        """The window's tab of that class, built now if it was not yet shown."""
        for index, entry in enumerate(self._entries):
            named = entry.names(tab_class) if isinstance(entry, LazyTab) else entry is tab_class
            if named or (index in self._built and isinstance(self._built[index], tab_class)):
                tab = self._build_tab(index)
                assert isinstance(tab, tab_class)
                return tab
        raise LookupError(tab_class.__name__)

    # The tabs the menus act on, by name (each built on first use).
    @property
    def members_tab(self) -> MembersTab:
        from ccb_desktop.ui.members_tab import MembersTab

        return self.page(MembersTab)

    @property
    def meetings_tab(self) -> MeetingsTab:
        from ccb_desktop.ui.meetings_tab import MeetingsTab

        return self.page(MeetingsTab)

    @property
    def support_tab(self) -> SupportTab:
        from ccb_desktop.ui.support_tab import SupportTab

        return self.page(SupportTab)

    @property
    def reports_tab(self) -> ReportsTab:
        from ccb_desktop.ui.reports_tab import ReportsTab

        return self.page(ReportsTab)

    def _on_data_changed(self, change: Change) -> None:
        if change & Change.UNIT:
            self._update_title()
        self._update_actions()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            # Given in attach(): making a QKeySequence makes PySide6 build every enum of the
            # Qt namespace (20 ms), and no key is taken before the file is open anyway.
            self._shortcuts.append((action, shortcut))
        return action

    def _install_shortcuts(self) -> None:
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New data file…"), self.new_file))
        file_menu.addAction(
            self._action(
                self.tr("&Open data file…"), self.open_file_dialog, QKeySequence.StandardKey.Open
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Back up to a USB stick or another folder…"), self.backup_external
            )
        )
        file_menu.addAction(self._action(self.tr("&Restore from a backup…"), self.restore_backup))
        if self._protect is not None:
            file_menu.addAction(self._action(self.tr("Data &protection…"), self.protect_data))
        file_menu.addAction(self._action(self.tr("Record of e&xports…"), self.show_exports))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Unit details…"), self.edit_unit))
        file_menu.addSeparator()
        self.ward_actions = WardActions(
            self, file_menu, lambda: self.services, lambda: self.data_path, self.data_changed.emit
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Print…"), self.print_menu, QKeySequence.StandardKey.Print)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("E&xit"), self.close, "Ctrl+Q"))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        edit_menu.addAction(self.undo_action)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, "Ctrl+Y")
        edit_menu.addAction(self.redo_action)

        members_menu = self.menuBar().addMenu(self.tr("&Members"))
        # Looked up when chosen: the register's tab is built only when first needed.
        members_menu.addAction(
            self._action(
                self.tr("&Add member…"),
                lambda: self.members_tab.add_member(),
                QKeySequence.StandardKey.New,
            )
        )
        members_menu.addAction(
            self._action(
                self.tr("&Edit member…"), lambda: self.members_tab.edit_selected(), "Ctrl+E"
            )
        )
        members_menu.addAction(
            self._action(
                self.tr("Record &movement…"), lambda: self.members_tab.record_movement(), "Ctrl+M"
            )
        )
        members_menu.addAction(
            self._action(
                self.tr("&Delete record entered by mistake…"),
                lambda: self.members_tab.delete_selected(),
            )
        )
        members_menu.addAction(
            self._action(
                self.tr("Open a &support case for this member…"), self.new_case_for_selected
            )
        )
        members_menu.addAction(self._action(self.tr("&Import from Excel…"), self.import_roster))
        members_menu.addSeparator()
        members_menu.addAction(
            self._action(self.tr("&Consent to keeping the data…"), self.edit_consent)
        )
        members_menu.addAction(
            self._action(self.tr("The member's own &record, for them…"), self.print_own_record)
        )
        members_menu.addAction(
            self._action(self.tr("E&rase a former member's data…"), self.erase_member_data)
        )
        members_menu.addSeparator()
        members_menu.addAction(
            self._action(self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        )

        meetings_menu = self.menuBar().addMenu(self.tr("Mee&tings"))
        meetings_menu.addAction(
            self._action(self.tr("&New meeting and attendance…"), self.new_meeting, "Ctrl+Shift+N")
        )
        meetings_menu.addAction(
            self._action(
                self.tr("Members who &need attention"), self.show_attention, "Ctrl+Shift+A"
            )
        )
        support_menu = self.menuBar().addMenu(self.tr("&Poverty support"))
        support_menu.addAction(self._action(self.tr("&Open a support case…"), self.new_case))
        support_menu.addAction(
            self._action(self.tr("&Classify a household…"), self.classify_household)
        )
        support_menu.addAction(self._action(self.tr("&Visits due"), self.show_due_visits))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(self.tr("&Larger text"), lambda: self.change_font_size(+1), "Ctrl++")
        )
        view_menu.addAction(
            self._action(self.tr("&Smaller text"), lambda: self.change_font_size(-1), "Ctrl+-")
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents
            )
        )
        help_menu.addAction(self._action(self.tr("&About CCB Desktop"), self.about))
        self._update_actions()

    def _update_actions(self, recount: bool = True) -> None:
        try:
            last = self.history_service.last_undoable()
            again = self.history_service.last_redoable()
        except CcbError:
            last = again = None
        self.undo_action.setEnabled(last is not None)
        self.undo_action.setText(
            self.tr("&Undo: %1").replace("%1", render(last.label)) if last else self.tr("&Undo")
        )
        self.redo_action.setEnabled(again is not None)
        self.redo_action.setText(
            self.tr("&Redo: %1").replace("%1", render(again.label)) if again else self.tr("&Redo")
        )
        if recount and self._painted:
            self._attention_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The attention count reads every mark of the year: only once the window shows.
            self._painted = True
            self._attention_timer.start()
            QTimer.singleShot(0, self.first_painted.emit)

    def _update_attention(self) -> None:
        """Counted after the window is painted and after changes, not on the way to the screen,
        and on the home screen's counting thread: it reads every mark of the year (issue 22)."""
        if not self.attached:
            return  # the frame painted first: counted once the file is open (attach)
        from ccb_desktop.ui.home_tab import HomeTab  # imported with the file (attach)

        def show(figures: object) -> None:
            count = getattr(figures, "needing_attention", 0)
            self.attention_button.setText(
                self.tr("Needs attention: %1 members").replace("%1", str(count))
            )

        home = next((t for t in self.pages if isinstance(t, HomeTab)), None)
        if home is not None:
            home.counter.request(self.services, everything=False, then=show)
            return
        try:
            show(self.services.overview.home_figures(everything=False))
        except CcbError:
            show(None)

    def undo(self) -> None:
        """Take back the latest action (even one from before a restart) and refresh all views;
        an action that changed much at once (an import, a meeting's attendance) asks first."""
        try:
            last = self.history_service.last_undoable()
            if (
                last is not None
                and self.history_service.is_large(last)
                and not dialogs.confirm(
                    self,
                    self.tr("Undo"),
                    self.tr(
                        "Undo “%1”? Everything this action did is taken back at once. "
                        "Edit → Redo (Ctrl+Y) does it again."
                    ).replace("%1", render(last.label)),
                    self.tr("Undo it all"),
                    self.tr("Keep it"),
                )
            ):
                return
            action = self.history_service.undo_last()
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("Nothing was undone"))
            return
        if action is None:
            return
        self._after_history_change(self.tr("Undone: %1").replace("%1", render(action.label)))

    def redo(self) -> None:
        """Do again what the latest undo took back (Ctrl+Y)."""
        try:
            action = self.history_service.redo_last()
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("Nothing was redone"))
            return
        if action is None:
            return
        self._after_history_change(self.tr("Redone: %1").replace("%1", render(action.label)))

    def _after_history_change(self, text: str) -> None:
        self.data_changed.emit(Change.EVERYTHING)  # an action may have touched any part
        self.statusBar().showMessage(text, 8000)

    def new_meeting(self) -> None:
        self.tabs.setCurrentWidget(self.meetings_tab)
        self.meetings_tab.new_meeting()

    def new_case(self) -> None:
        self.tabs.setCurrentWidget(self.support_tab)
        self.support_tab.new_case()

    def import_roster(self) -> None:
        """Nhập từ Excel: choose the file (and sheet), see what each line becomes, import."""
        if not self.chi_hoi_selector.choose_for_records(self.tr("Import from Excel")):
            return  # a ward file: the roster goes into one chi hội
        path = dialogs.ask_open_file(
            self,
            self.tr("Import from Excel"),
            str(Path.home()),
            self.tr("Excel workbook (*.xlsx *.xls *.ods)"),
        )
        if path is None:
            return
        try:
            sheets = self.import_service.sheets(path)
            sheet = (
                sheets[0]
                if len(sheets) == 1
                else dialogs.choose(
                    self,
                    self.tr("Import from Excel"),
                    self.tr("Which sheet holds the members?"),
                    sheets,
                )
            )
            if sheet is None:
                return
            plan = self.import_service.plan(path, sheet)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The file was not imported"))
            return
        dialog = self.import_dialog(plan)
        if dialog.exec():
            self.data_changed.emit(Change.IMPORTS)
            done = self.tr("Imported %1 members.").replace("%1", str(dialog.imported))
            if dialog.completed:
                done += " " + self.tr("Filled in the empty fields of %1 members.").replace(
                    "%1", str(dialog.completed)
                )
            self.statusBar().showMessage(done, 10000)
            if dialog.rejected_file is not None:
                dialogs.info(
                    self,
                    self.tr("Import from Excel"),
                    self.tr(
                        "Imported %1 members. The lines left out, each with what is wrong in "
                        "the column “Lỗi”, are in:\n%2\n\nCorrect them there and import that "
                        "file."
                    )
                    .replace("%1", str(dialog.imported))
                    .replace("%2", str(dialog.rejected_file)),
                )

    def import_dialog(self, plan: ImportPlan) -> ImportDialog:
        """The import window for `plan`, fitted to the screen like every other dialog."""
        from ccb_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.import_service, plan, self)
        if not self.chi_hoi_selector.isHidden():  # a ward file: say into which chi hội
            dialog.setWindowTitle(
                f"{dialog.windowTitle()} — {self.chi_hoi_selector.current_name()}"
            )
        fit_dialog(dialog, 1000, 720)
        return dialog

    def new_case_for_selected(self) -> None:
        """From the register: open a poverty-support case for the selected member."""
        summary = self.members_tab.selected_summary()
        self.tabs.setCurrentWidget(self.support_tab)
        self.support_tab.new_case(summary.id if summary else None)

    def classify_household(self) -> None:
        self.tabs.setCurrentWidget(self.support_tab)
        self.support_tab.classify()

    def show_due_visits(self) -> None:
        self.tabs.setCurrentWidget(self.support_tab)
        self.support_tab.show_due()

    def show_attention(self) -> None:
        self.tabs.setCurrentWidget(self.meetings_tab)
        self.meetings_tab.show_attention()

    def show_member(self, member_id: int) -> None:
        """Bring a member up in the register (from the attention list)."""
        self.tabs.setCurrentWidget(self.members_tab)
        self.members_tab.show_member(member_id)

    def show_members(self, wanted: MemberFilter) -> None:
        """The member list filtered as a figure of the home screen counts it."""
        tab = self.members_tab
        tab.search.clear()
        for combo, value in (
            (tab.status_filter, wanted.status),
            (tab.team_filter, wanted.team),
            (tab.sex_filter, wanted.sex),
            (tab.party_filter, wanted.party_member),
            (tab.policy_filter, wanted.policy),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.tabs.setCurrentWidget(tab)

    def _update_title(self) -> None:
        try:
            unit = self.unit_service.load()
        except CcbError:
            unit = None
        name = unit.chi_hoi_name if unit and unit.chi_hoi_name else self.tr("Member register")
        self.setWindowTitle(f"{name} — CCB Desktop")
        self.file_label.setText(self.tr("Data file: %1").replace("%1", str(self.data_path)))

    # Actions ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.members_tab)
        self.members_tab.focus_search()

    def edit_unit(self) -> None:
        from ccb_desktop.ui.unit_dialog import UnitDialog

        try:
            dialog = UnitDialog(self.unit_service, self)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        if dialog.exec():
            self.data_changed.emit(Change.UNIT)
            self.statusBar().showMessage(self.tr("Unit details saved."), 8000)

    def change_font_size(self, step: int) -> None:
        current = self.settings.font_size
        sizes = list(FONT_SIZES)
        position = sizes.index(current) if current in sizes else 0
        new_size = sizes[max(0, min(len(sizes) - 1, position + step))]
        self.settings.font_size = new_size
        apply_font_size(new_size)
        # Columns were fitted to the old text size: fit them again, so nothing is cut, once
        # the new font has reached every widget (Qt delivers it through the event loop).
        QTimer.singleShot(0, self._refit_columns)

    def _refit_columns(self) -> None:
        for tab in self.pages:
            tab.refit_columns()

    def new_file(self) -> None:
        path = dialogs.ask_save_file(
            self,
            self.tr("New data file"),
            str(self.data_path.parent),
            DATA_FILTER + self.tr("All files (*)"),
            "sqlite",
        )
        if path is None:
            return
        if path.exists():
            dialogs.warn(
                self,
                self.tr("New data file"),
                self.tr("%1 already exists. Choose another name, or use File → Open.").replace(
                    "%1", str(path)
                ),
            )
            return
        self.open_file(path)

    def open_file_dialog(self) -> None:
        path = dialogs.ask_open_file(
            self,
            self.tr("Open data file"),
            str(self.data_path.parent),
            DATA_FILTER + self.tr("All files (*)"),
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Switch to another data file; on failure the current one stays open."""
        try:
            services = self._open_file(path)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The data file was not opened"))
            return False
        self.data_path = path
        self.services = services
        self.chi_hoi_selector.set_services(services)
        self.ward_actions.refresh()
        for tab in self.pages:
            tab.set_services(services)
        self._update_title()
        self._update_actions()
        self._update_backup_reminder()  # the reminder belongs to the file now open
        self.settings.last_data_file = path
        self.data_file_changed.emit(path)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 8000)
        return True

    # Printing ---------------------------------------------------------------------------

    def print_menu(self) -> None:
        """Tệp → In… (Ctrl+P): choose what to print, see it in the preview, print it."""
        from ccb_desktop.ui.print_menu import PrintMenuDialog, print_choices
        from ccb_desktop.ui.printing import preview_dialog

        choices, preferred = print_choices(self)
        dialog = PrintMenuDialog(choices, preferred, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        try:
            printout = chosen.build()
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("Nothing to print"))
            return
        if printout is not None:
            self.preview = preview_dialog(self, printout)
            self.preview.exec()

    def show_guide(self) -> None:
        """The user guide, task by task, in a window of its own (F1)."""
        try:
            text = guide_path().read_text(encoding="utf-8")
        except OSError:
            dialogs.warn(
                self,
                self.tr("User guide"),
                self.tr("The user guide is missing from this installation."),
            )
            return
        self.guide_window = self.guide_dialog(text)
        self.guide_window.show()

    def guide_dialog(self, text: str = "") -> QDialog:
        """The user guide's window (not yet shown), sized to the screen."""
        window = QDialog(self)
        window.setWindowTitle(self.tr("User guide"))
        browser = QTextBrowser()
        browser.setMarkdown(text or guide_path().read_text(encoding="utf-8"))
        browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(window)
        layout.addWidget(browser)
        fit_to_screen(window, 900, 700)
        return window

    def about(self) -> None:
        dialogs.info(
            self,
            self.tr("About CCB Desktop"),
            self.tr(
                "CCB Desktop %1\nThe member register of a chi hội Cựu chiến binh.\n\nData file: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.data_path)),
        )

    # Backups ----------------------------------------------------------------------------

    def backup_if_due(self) -> None:
        """The day's automatic backup, made once on the first start of the day."""
        try:
            if not self.backup_service.backed_up_today():
                self.backup_service.make_automatic()
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The automatic backup failed"))
        self._update_backup_reminder()

    def _update_backup_reminder(self) -> None:
        try:
            due = self.backup_service.external_reminder_due()
        except CcbError:
            due = False
        self.backup_reminder.setVisible(due)

    def backup_external(self) -> None:
        folder = dialogs.ask_folder(
            self, self.tr("Choose the USB stick or folder for the copy"), str(Path.home())
        )
        if folder is None:
            return
        try:
            info = self.backup_service.make_external(folder)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The copy was not made"))
            return
        self._update_backup_reminder()
        dialogs.info(
            self,
            self.tr("Backup made"),
            self.tr("The copy was written and checked:\n%1\n\n%2 members, %3 meetings.")
            .replace("%1", str(info.path))
            .replace("%2", str(info.members))
            .replace("%3", str(info.meetings)),
        )

    def restore_backup(self) -> None:
        from ccb_desktop.ui.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.backup_service, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        try:
            unprotected_now = (
                self.backup_service.preview(dialog.chosen, dialog.secret).protected
                and not self.backup_service.protected
            )
            safety = self.backup_service.restore(dialog.chosen, dialog.secret)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("Nothing was restored"))
            return
        # Reopen the same file: an older copy is migrated, and every view reloads.
        if self.open_file(self.data_path):
            self.statusBar().showMessage(
                self.tr("Restored. The data as it was before is kept in %1").replace(
                    "%1", str(safety.path)
                ),
                15000,
            )
            if unprotected_now:
                dialogs.info(
                    self,
                    self.tr("The data is not protected"),
                    self.tr(
                        "The copy was protected by a password, but this data file has none, "
                        "so the restored data is not protected now. Set a password in "
                        "File → Data protection…"
                    ),
                )

    def _selected_member(self) -> Member | None:
        """The member chosen in the list, or None after telling the secretary to choose."""
        summary = self.members_tab.selected_summary()
        if summary is None:
            dialogs.info(
                self,
                self.tr("No member chosen"),
                self.tr("Choose a member in the Members tab first."),
            )
            return None
        try:
            return self.members_tab.service.get(summary.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return None

    def edit_consent(self) -> None:
        """Hội viên → Đồng ý xử lý dữ liệu…: the chosen member's consent, its form to print."""
        from ccb_desktop.ui.printouts import Printouts
        from ccb_desktop.ui.privacy_dialogs import ConsentDialog

        member = self._selected_member()
        if member is None:
            return
        printouts = Printouts(self.unit_service.load(), self.unit_service.clock.today(), self)
        ConsentDialog(member, self.services.consents, printouts, self).exec()

    def print_own_record(self) -> None:
        """A member's own record with the consent on file, to print or save as PDF for them."""
        from ccb_desktop.ui.printing import preview_dialog
        from ccb_desktop.ui.printouts import Printouts
        from ccb_desktop.ui.privacy_dialogs import own_record

        member = self._selected_member()
        if member is None or member.id is None:
            return
        printouts = Printouts(self.unit_service.load(), self.unit_service.clock.today(), self)
        try:
            consent = self.services.consents.consent_of(member.id)
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        preview_dialog(self, own_record(printouts, member, consent)).exec()

    def show_exports(self) -> None:
        """Tệp → Sổ ghi xuất dữ liệu…: the export log, printable as the processing record."""
        from ccb_desktop.ui.printouts import Printouts
        from ccb_desktop.ui.privacy_dialogs import ProcessingRecordDialog

        try:
            entries = self.services.reports.processing_record()
        except CcbError as exc:
            dialogs.show_error(self, exc)
            return
        printouts = Printouts(self.unit_service.load(), self.unit_service.clock.today(), self)
        ProcessingRecordDialog(entries, printouts, self).exec()

    def erase_member_data(self) -> None:
        """Erase a former member's personal data on their request, saying first what the
        roll of departed comrades keeps and that it cannot be undone."""
        member = self._selected_member()
        if member is None or member.id is None:
            return
        from ccb_desktop.domain.vocabulary import Status

        if member.status is Status.DECEASED:
            kept = self.tr(
                "%1 died: the roll of departed comrades keeps the name, date of birth, home "
                "town, date of joining and card number. Everything else is erased."
            )
        else:
            kept = self.tr(
                "The record keeps only its number (#%2), sex, status and the dates of its "
                "movements and meetings attended, so that past reports stay right. The name "
                "and everything else of %1 is erased."
            )
        text = (
            kept.replace("%1", member.full_name).replace("%2", str(member.id))
            + "\n\n"
            + self.tr(
                "Erased are: phone, address, ID card, ethnicity, religion, Party membership, "
                "army service, health and policy groups, notes, the household's poverty "
                "records, help, loans and visits, evaluations and the consent, and their "
                "history. This cannot be undone. Backups made before keep the data until "
                "they are rotated out (7 days, 12 months)."
            )
        )
        if not dialogs.confirm(
            self, self.tr("Erase the member's data"), text, self.tr("Erase"), self.tr("Cancel")
        ):
            return
        try:
            self.services.consents.erase(member.id)
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("Nothing was erased"))
            return
        self.data_changed.emit(Change.EVERYTHING)
        self.statusBar().showMessage(self.tr("The member's data was erased."), 15000)

    def protect_data(self) -> None:
        """Tệp → Bảo vệ dữ liệu…: set, change or remove the password; the window then works
        on the file in its new form (and the day's backup is made again, protected alike)."""
        from ccb_desktop.ui.privacy_dialogs import ProtectionDialog

        if self._protect is None:
            return
        protect = self._protect

        def apply(current: str | None, new: str | None) -> str | None:
            services, code = protect(current, new)
            self.services = services
            for tab in self.pages:
                tab.set_services(services)
            return code

        dialog = ProtectionDialog(
            self.backup_service.protected, apply, self, self.settings.lock_after_minutes
        )
        accepted = dialog.exec()
        self.settings.lock_after_minutes = dialog.idle.value()  # kept even on Close
        if not accepted:
            return
        self._update_title()
        try:
            self.backup_service.make_automatic()  # a backup in the file's new form at once
        except CcbError as exc:
            dialogs.show_error(self, exc, self.tr("The automatic backup failed"))
        self.statusBar().showMessage(
            self.tr("The data file is now protected by a password.")
            if self.backup_service.protected
            else self.tr("The password was removed: the data file is no longer encrypted."),
            15000,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, Tab):
            watched.removeEventFilter(self)
            # A timer started before the tab's paint handler starts its own (the home
            # screen's figures): it fires just after this paint, and before those.
            self._shown_timer.start()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._attention_timer.stop()  # the data file closes after the window
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        if self.attached:  # a frame closed before its file opened has nothing to back up
            try:
                self.backup_service.make_automatic()
            except CcbError as exc:
                dialogs.show_error(self, exc, self.tr("The automatic backup failed"))
        super().closeEvent(event)


def apply_font_size(point_size: int) -> None:
    """Set the whole program's text size (elderly eyes: 12 pt by default)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setPointSize(point_size)
    app.setFont(font)
