"""Adding a tab is its own class plus one registration line: the window shows it, hands it
the services, and tells it about every change, as docs/adding-a-tab.md says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ccb_desktop.app import ApplicationContext
from ccb_desktop.domain.member import Member
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.changes import Change
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.settings import AppSettings
from ccb_desktop.ui.main_window import TAB_CLASSES, MainWindow
from ccb_desktop.ui.tab import Tab


class CountTab(Tab):
    """A sample tab, as a dues ledger or a home screen would start: one figure of the file."""

    shows = Change.MEMBERS

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.reloads = 0

    def title(self) -> str:
        return "Sample"

    def reload(self) -> None:
        self.reloads += 1
        self.label.setText(str(self.services.overview.overview().members))


@pytest.fixture
def context(clock: FixedClock) -> Iterator[ApplicationContext]:
    context = ApplicationContext(clock)
    yield context
    context.close()


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot, vietnamese, context: ApplicationContext, db_path: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    services = context.open(db_path)
    win = MainWindow(
        db_path,
        services,
        AppSettings(tmp_path / "settings.ini"),
        context.open,
        tab_classes=(*TAB_CLASSES, CountTab),  # the one line that registers a tab
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_a_registered_tab_is_shown_and_computed_only_when_first_shown(
    window: MainWindow,
) -> None:
    """The sample appears last with its title; start-up does not compute it, showing does."""
    tab = window.page(CountTab)
    assert window.tabs.tabText(window.tabs.count() - 1) == "Sample"
    assert tab.reloads == 0
    window.tabs.setCurrentWidget(tab)
    assert tab.reloads == 1 and tab.label.text() == "0"


def test_a_change_from_another_tab_reaches_the_new_tab(window: MainWindow) -> None:
    """A member added in the register: the hidden sample waits, then shows the new count when
    shown; a change it does not show (a meeting) leaves it alone."""
    tab = window.page(CountTab)
    window.tabs.setCurrentWidget(tab)
    window.tabs.setCurrentWidget(window.members_tab)
    window.services.members.add(Member("Nguyễn Văn", "An"))
    window.members_tab.announce(Change.MEMBERS)  # what the register does after its form
    assert tab.reloads == 1  # hidden: nothing computed yet
    window.tabs.setCurrentWidget(tab)
    assert tab.reloads == 2 and tab.label.text() == "1"
    window.data_changed.emit(Change.MEETINGS)
    assert tab.reloads == 2
    window.data_changed.emit(Change.EVERYTHING)  # undo, redo: shown, so at once
    assert tab.reloads == 3


def test_undo_and_another_data_file_reach_the_new_tab(window: MainWindow, tmp_path: Path) -> None:
    """Undo refreshes the sample with the rest; opening another file hands it that file's
    services, so it counts that file's members."""
    tab = window.page(CountTab)
    window.services.members.add(Member("Nguyễn Văn", "An"))
    window.tabs.setCurrentWidget(tab)
    assert tab.label.text() == "1"
    window.undo()
    assert tab.label.text() == "0"
    other = tmp_path / "khac.sqlite"
    assert window.open_file(other)
    assert tab.services is window.services
    window.services.members.add(Member("Trần Thị", "Bình"))
    window.services.members.add(Member("Lê", "Cường"))
    window.data_changed.emit(Change.MEMBERS)
    assert tab.label.text() == "2"
