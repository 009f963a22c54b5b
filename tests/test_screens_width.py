"""At a ward PC's larger system font, the member form and the Reports tab still fit a
1024-pixel-wide screen without scrolling sideways (the offscreen default font is smaller
than Windows' and X11's, so the check raises it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ccb_desktop.app import ApplicationContext
from ccb_desktop.domain.member import Member
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.settings import AppSettings
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.member_dialog import MemberDialog
from ccb_desktop.ui.reports_tab import ReportsTab

# What a 1024×768 screen leaves a page inside the main window (frame, margins, tab border).
PAGE_WIDTH = 1024 - 40


@pytest.fixture
def large_font(vietnamese: QApplication) -> Iterator[QApplication]:
    """The system font of a ward PC under X11 (DejaVu Sans 10) is about 11 offscreen points."""
    before = QApplication.font()
    QApplication.setFont(QFont(before.family(), 11))
    yield vietnamese
    QApplication.setFont(before)


def test_the_member_form_fits_1024_pixels(
    qtbot, large_font, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Every page of the member form (the periods of service the widest) fits the dialog."""
    context = ApplicationContext(clock)
    services = context.open(db_path)
    member_id = services.members.add(Member(family_name="Nguyễn Văn", given_name="An"))
    dialog = MemberDialog(
        services.members,
        services.members.get(member_id),
        meetings=services.meetings,
        history=services.history,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The dialog opens at most 820 wide (it fits the screen); its pages need no sideways scroll.
    assert dialog.width() <= 820
    assert dialog.tabs.minimumSizeHint().width() <= dialog.width() - 24
    dialog.close()
    context.close()


def test_the_reports_tab_fits_1024_pixels(
    qtbot, large_font, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """The list of reports, the period, the preview and every button fit side by side."""
    context = ApplicationContext(clock)
    services = context.open(db_path)
    window = MainWindow(db_path, services, AppSettings(tmp_path / "settings.ini"), context.open)
    try:
        tab = window.page(ReportsTab)  # built on demand: a tab is built when first shown
        assert tab is not None
        assert tab.minimumSizeHint().width() <= PAGE_WIDTH
    finally:
        window.close()
        context.close()
