"""The ward office's screen: the window and every dialog open inside the free part of the
screen (1024×768 less a taskbar; 1920×1080 at 150 %), at their default and their smallest
size, with what does not fit scrolling; the status bar and the member list keep their texts
whole."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

from ccb_desktop.app import ApplicationContext
from ccb_desktop.domain.member import Member
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.settings import AppSettings
from ccb_desktop.ui.gallery import every_dialog
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.member_model import Column
from ccb_desktop.ui.widgets import FRAME_ALLOWANCE
from tests.conftest import Seed


def _open_window(
    db_path: Path, tmp_path: Path, clock: FixedClock
) -> tuple[MainWindow, ApplicationContext]:
    context = ApplicationContext(clock)
    services = context.open(db_path)
    settings = AppSettings(tmp_path / "settings.ini")
    return MainWindow(db_path, services, settings, context.open), context


@pytest.fixture
def seed(clock: FixedClock) -> Seed:
    return lambda services: fill_demo(services.members.db, members=40, clock=clock)


@pytest.fixture
def demo_window(window: MainWindow) -> MainWindow:
    """The shared window over 40 demo members."""
    return window


def _free_area() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def _fits(rect: QRect, area: QRect) -> bool:
    """The window with room for its frame (title bar, borders) lies inside the free area."""
    return (
        rect.width() + FRAME_ALLOWANCE.width() <= area.width()
        and rect.height() + FRAME_ALLOWANCE.height() <= area.height()
        and area.contains(rect.topLeft())
    )


def test_every_dialog_fits_the_screen_at_its_default_and_smallest_size(
    demo_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Each dialog of the program opens inside the free area; shrunk to its minimum it still
    fits, its content scrolls and its buttons stay on screen."""
    area = _free_area()
    names = []
    for name, build in every_dialog(demo_window):
        names.append(name)
        dialog = build()
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _fits(dialog.geometry(), area), (name, dialog.geometry(), area)
        smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert smallest.width() + FRAME_ALLOWANCE.width() <= area.width(), (name, smallest)
        assert smallest.height() + FRAME_ALLOWANCE.height() <= area.height(), (name, smallest)
        if name not in ("guide", "print_preview"):  # each is one view that scrolls itself
            scroll = dialog.findChild(QScrollArea, "fit_scroll")
            assert scroll is not None, name
            dialog.resize(smallest)
            QApplication.processEvents()
            for button in dialog.findChildren(QPushButton):
                if button.isVisibleTo(dialog) and not scroll.isAncestorOf(button):
                    corner = button.mapTo(dialog, button.rect().bottomRight())
                    assert dialog.rect().contains(corner), (name, button.text())
        dialog.close()
    assert {"member_form", "attendance", "support_case", "support_help", "movement"} <= set(names)


def test_the_import_window_fits_the_screen_with_a_long_roster(
    demo_window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The import window over a 300-line roster: inside the free area, at its smallest too,
    its Import and Cancel buttons on screen."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Quê quán", "Nơi ở", "Tổ"])
    for n in range(1, 301):
        sheet.append([n, f"Nguyễn Văn Thành Công {n}", 1950, "Xã Trấn Hưng Đạo", "Số 5", "Tổ 1"])
    roster = tmp_path / "ds.xlsx"
    book.save(roster)
    service = demo_window.import_service
    dialog = demo_window.import_dialog(service.plan(roster, service.sheets(roster)[0]))
    dialog.show()
    qtbot.waitExposed(dialog)
    area = _free_area()
    assert _fits(dialog.geometry(), area), dialog.geometry()
    smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert smallest.width() + FRAME_ALLOWANCE.width() <= area.width()
    assert smallest.height() + FRAME_ALLOWANCE.height() <= area.height()
    dialog.resize(smallest)
    QApplication.processEvents()
    for button in (dialog.import_button,):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner)
    dialog.close()


def test_the_main_window_fits_and_a_remembered_size_is_brought_inside_the_screen(
    qtbot, vietnamese, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """A first start opens inside the free area; a geometry remembered from a larger screen
    (3000×2000, off at 2500,1500) is clamped to this one; the smallest window fits too."""
    area = _free_area()
    window, context = _open_window(db_path, tmp_path, clock)
    qtbot.addWidget(window)
    window.show()
    assert _fits(window.geometry(), area), window.geometry()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= area.width() and minimum.height() <= area.height()
    window.setGeometry(2500, 1500, 3000, 2000)
    big: QByteArray = window.saveGeometry()
    window.close()
    context.close()
    settings = AppSettings(tmp_path / "settings.ini")
    settings.window_geometry = big
    again, context = _open_window(db_path, tmp_path, clock)
    qtbot.addWidget(again)
    again.show()
    assert _fits(again.geometry(), area), again.geometry()
    again.close()
    context.close()


def test_a_temporary_message_never_hides_the_attention_button(demo_window: MainWindow) -> None:
    """Status messages are drawn beside the permanent buttons: "Cần quan tâm" stays visible,
    and no two status-bar items overlap."""
    bar = demo_window.statusBar()
    bar.showMessage("Đã lưu hồ sơ của hội viên Nguyễn Văn Một Hai Ba Bốn Năm Sáu Bảy " * 3)
    QApplication.processEvents()
    assert demo_window.attention_button.isVisible()
    items = [
        w
        for w in (demo_window.attention_button, demo_window.backup_reminder, demo_window.file_label)
        if w.isVisible()
    ]
    for first, second in itertools.pairwise(items):
        assert first.geometry().right() < second.geometry().left(), (first, second)


def test_a_long_data_file_path_is_shortened_not_widening_the_window(
    demo_window: MainWindow,
) -> None:
    """A deep folder on a USB stick: the label shows it shortened, whole in the tooltip."""
    long_path = "E:/" + "/".join(["Chi hoi khu pho 3 nam 2026"] * 12) + "/ccb.sqlite"
    demo_window.file_label.setText(long_path)
    QApplication.processEvents()
    assert demo_window.file_label.toolTip() == long_path
    assert demo_window.minimumSizeHint().width() <= _free_area().width()


def test_larger_text_refits_the_member_columns(demo_window: MainWindow) -> None:
    """After "Chữ to hơn" three times every name column fits its longest name again."""
    tab = demo_window.members_tab
    tab.service.add(Member("Nguyễn Thị Minh Phương", "Khuê"))
    tab.refresh()
    for _ in range(3):
        demo_window.change_font_size(+1)
    QApplication.processEvents()
    assert tab.table.columnWidth(Column.NAME) >= tab.table.sizeHintForColumn(Column.NAME)
    demo_window.change_font_size(-3)


def test_long_names_are_never_cut_in_a_new_files_list(
    qtbot, vietnamese, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """In a new file the columns are fitted to the first member; a longer name added later
    widens the name column."""
    window, context = _open_window(db_path, tmp_path, clock)
    qtbot.addWidget(window)
    window.show()
    tab = window.members_tab
    tab.service.add(Member("Lê", "An"))
    tab.refresh()
    first = tab.table.columnWidth(Column.NAME)
    tab.service.add(Member("Nguyễn Thị Minh Phương Hoàng", "Khuê"))
    tab.refresh()
    assert tab.table.columnWidth(Column.NAME) > first
    assert tab.table.columnWidth(Column.NAME) >= tab.table.sizeHintForColumn(Column.NAME)
    window.close()
    context.close()


def _smoke_screenshots(tmp_path: Path, screen: dict[str, object], scale: str) -> list[QImage]:
    """Run the real program under an offscreen screen of the given size; its screenshots."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=scale,
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    data = tmp_path / "demo.sqlite"

    def run(*args: str) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "ccb_desktop", *args],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr

    run("demo", "--data", str(data), "--members", "60")
    run("--data", str(data), "--smoke", "--screenshots", str(tmp_path / "shots"))
    pictures = sorted((tmp_path / "shots").glob("*.png"))
    assert len(pictures) > 20
    return [QImage(str(p)) for p in pictures]


@pytest.mark.slow
def test_screenshots_under_1024_by_768_less_a_taskbar_are_at_most_1024_by_688(
    tmp_path: Path,
) -> None:
    """Every window and dialog, shot at the size it opens at, fits 1024×728 less its frame."""
    screen = {"name": "ward", "x": 0, "y": 0, "width": 1024, "height": 728, "logicalDpi": 96}
    for image in _smoke_screenshots(tmp_path, screen, "1"):
        assert image.width() <= 1024 and image.height() <= 688


@pytest.mark.slow
def test_screenshots_at_150_percent_on_1920_by_1080_fit_too(tmp_path: Path) -> None:
    """1920×1080 at 150 % (1280×680 logical above the taskbar): every shot, in device pixels,
    is at most 1920×1020 less the frame."""
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1020, "logicalDpi": 96}
    images = _smoke_screenshots(tmp_path, screen, "1.5")
    for image in images:
        assert image.width() <= 1920 and image.height() <= 1020 - 60
    assert max(image.width() for image in images) > 1280  # really shot at 150 %


def test_a_new_file_does_not_remind_of_a_usb_copy_on_its_first_day(
    qtbot, vietnamese, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """The 30 days count from the register's first member: none on day one, shown on day 30."""
    window, context = _open_window(db_path, tmp_path, clock)
    qtbot.addWidget(window)
    window.show()
    window.members_tab.service.add(Member("Lê", "An"))
    window.backup_if_due()
    assert not window.backup_reminder.isVisibleTo(window)
    window.close()
    context.close()
    later = FixedClock(clock.moment + dt.timedelta(days=30))
    window, context = _open_window(db_path, tmp_path, later)
    qtbot.addWidget(window)
    window.show()
    window.backup_if_due()
    assert window.backup_reminder.isVisibleTo(window)
    window.close()
    context.close()
