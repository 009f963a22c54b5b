"""Which chi hội of a ward file the window looks at, or "Cả phường": a tool bar shown only
on ward files; the register, meetings, support and reports tabs follow it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QToolBar, QWidget

from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.ui import dialogs


class ChiHoiSelector(QToolBar):
    """A combo of the ward's chi hội, "Cả phường" first; hidden on a chi hội's own file."""

    scope_changed = Signal()
    """Emitted after the secretary chose another chi hội (the services already narrowed)."""
    chi_hoi_added = Signal()
    """Emitted after a chi hội was added by name (an undoable action)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chi_hoi_selector")
        self.setWindowTitle(self.tr("Chi hội"))
        self.setMovable(False)
        self.services = services
        self.label = QLabel(self.tr("Looking at:"))
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setToolTip(self.tr("The chi hội whose members, meetings and cases are shown"))
        self.label.setBuddy(self.combo)
        self.addWidget(self.label)
        self.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        self._filling = False
        self.refresh()

    def set_services(self, services: Services) -> None:
        """Another data file: it starts on the whole ward."""
        self.services = services
        self.refresh()

    def on_data_changed(self, change: Change) -> None:
        # A package taken in (or its undo) may add or remove a chi hội: the list follows.
        if change & Change.MEMBERS:
            self.refresh()

    def refresh(self) -> None:
        try:
            ward = self.services.ward.is_ward()
            chi_hoi = self.services.ward.chi_hoi() if ward else []
        except CcbError:
            ward, chi_hoi = False, []
        current = self.services.ward.looked_at()
        if current is not None and current not in {c.id for c in chi_hoi}:
            self.services.ward.look_at(None)  # its chi hội was taken away (an undo)
            current = None
        self._filling = True
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("Whole ward"), None)
            for c in chi_hoi:
                self.combo.addItem(c.name, c.id)
            self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        finally:
            self._filling = False
        self.setVisible(ward)

    def current_name(self) -> str:
        return self.combo.currentText()

    def choose_for_records(self, title: str) -> bool:
        """Before records are added to a ward file (an Excel roster): the chi hội they go
        into, chosen now if the window looks at the whole ward, or a new one named. False if
        the secretary cancels. A chi hội's own file: nothing to choose."""
        if self.isHidden() or self.combo.currentData() is not None:
            return True
        new = self.tr("A new chi hội (not sending packages)…")
        names = [self.combo.itemText(i) for i in range(1, self.combo.count())]
        picked = dialogs.choose(
            self, title, self.tr("Into which chi hội of the ward?"), [*names, new]
        )
        if picked is None:
            return False
        if picked == new:
            name = dialogs.ask_text(self, title, self.tr("Name of the new chi hội:"))
            if name is None:
                return False
            try:
                added = self.services.ward.add_chi_hoi(name)
            except CcbError as exc:
                dialogs.show_error(self, exc)
                return False
            self.refresh()
            picked = added.name
            self.chi_hoi_added.emit()
        self.combo.setCurrentIndex(self.combo.findText(picked))
        return self.combo.currentData() is not None

    def _chosen(self, _index: int) -> None:
        if self._filling:
            return
        self.services.ward.look_at(self.combo.currentData())
        self.scope_changed.emit()


def install(window: QMainWindow, services: Services) -> ChiHoiSelector:
    """Put the selector above the tabs of `window`."""
    selector = ChiHoiSelector(services, window)
    window.addToolBar(selector)
    return selector
