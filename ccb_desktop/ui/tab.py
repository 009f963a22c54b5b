"""The base of every main-window tab: services in, one data-changed signal, lazy reloading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change

if TYPE_CHECKING:  # the window's frame is painted before any tab is built (issue 22)
    from ccb_desktop.domain.register import MemberSummary


class Tab(QWidget):
    """A page of the main window over one data file's services.

    A subclass sets `shows` (the parts of the data it displays), writes `title()` and
    `reload()`, and announces what its own actions changed with `announce()`. The window
    registers it in one list, broadcasts every change to every tab, and hands over another
    data file's services with `set_services()`.
    """

    changed = Signal(object)
    """Emitted with a `Change` after an action of this tab wrote to the data file."""
    status_message = Signal(str)
    """Emitted with a short message for the window's status bar."""
    member_requested = Signal(int)
    """Emitted with a member id when the secretary asks to open that member in the register."""

    shows: Change = Change.EVERYTHING
    """What this tab displays: a change touching none of it leaves the tab as it is."""
    lazy: bool = True
    """Reload only when shown (start-up pays only for the tab in front). A tab whose state
    other tabs or menus read while it is hidden (the register's selection) sets False."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._stale = True
        self._announcing = False

    def title(self) -> str:
        """The tab's label in the window (translated)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read what this tab shows from the data file again."""
        raise NotImplementedError

    def set_services(self, services: Services) -> None:
        """Show another data file: forget the choices that belonged to the old one, reload."""
        self.services = services
        self.services_replaced()
        self.on_data_changed(Change.EVERYTHING)

    def services_replaced(self) -> None:
        """Hook for a tab that keeps per-file choices (a search text, a year list)."""

    def on_data_changed(self, change: Change) -> None:
        """The window's broadcast: reload now if shown (or never lazy), else when next shown."""
        if self._announcing or not change & self.shows:
            return  # the tab that made the change has already shown it, selection and all
        self._stale = True
        if self.isVisible() or not self.lazy:
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def refit_columns(self) -> None:
        """The text size changed: columns fitted to the old size are fitted again."""
        self.on_data_changed(self.shows)

    def announce(self, change: Change) -> None:
        """Tell the window (and so every other tab) what an action of this tab changed."""
        self._announcing = True
        try:
            self.changed.emit(change)
        finally:
            self._announcing = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def current_members(self) -> list[MemberSummary]:
        """The current members, in official order, for a form's member list."""
        try:
            from ccb_desktop.domain.register import MemberFilter

            return self.services.members.search(MemberFilter())
        except CcbError:
            return []
