"""Tệp → In…: each printout rendered to PDF as the printer gets it, read back with poppler:
the administrative heading, the right people, the signatures, nothing under 10 pt; and the
print preview speaks Vietnamese."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QRadioButton

from ccb_desktop.db.connection import Database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.print_menu import PrintMenuDialog, print_choices
from ccb_desktop.ui.printing import Printout, preview_dialog, write_pdf
from tests.conftest import Seed

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

MEMBER_LIST, RECORD, SIGN_SHEET, ATTENDANCE, YEAR_BOOK, CASE, REPORT = range(7)


@pytest.fixture
def seed(clock: FixedClock) -> Seed:
    return lambda services: fill_demo(services.members.db, members=30, clock=clock)


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The shared window over 30 demo members, every tab computed, a support case selected."""
    win = window
    for tab in (win.meetings_tab, win.support_tab, win.reports_tab, win.members_tab):
        win.tabs.setCurrentWidget(tab)  # each tab computes its views when first shown
    cases = win.support_tab.cases_view
    cases.selectionModel().setCurrentIndex(
        win.support_tab.cases_model.index(0, 0),
        cases.selectionModel().SelectionFlag.ClearAndSelect,
    )
    return win


def _db(window: MainWindow) -> Database:
    return window.members_tab.service.db  # type: ignore[no-any-return]


def _pdf(printout: Printout, folder: Path) -> tuple[str, list[float]]:
    """Write the printout as PDF; its text, and the height of every word on it (points)."""
    target = folder / "out.pdf"
    write_pdf(printout.html, target, printout.landscape)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    heights = [
        float(m.group(2)) - float(m.group(1))
        for m in re.finditer(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes
        )
    ]
    return text, heights


def _build(window: MainWindow, index: int) -> Printout:
    choices, _ = print_choices(window)
    printout = choices[index].build()
    assert printout is not None, choices[index].label
    return printout


def _framed(text: str) -> bool:
    """The administrative frame: unit, national heading, place and date, signatures."""
    flat = " ".join(text.split())
    return all(
        part in flat
        for part in (
            "CHI HỘI KHU PHỐ 3",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập – Tự do – Hạnh phúc",
            "ngày 29 tháng 11 năm 2026",
            "(Ký, ghi rõ họ tên)",
        )
    )


def test_the_member_list_prints_as_shown_with_its_filter(
    window: MainWindow, tmp_path: Path
) -> None:
    """Filtered to one team, the printed list holds exactly that team's current members."""
    tab = window.members_tab
    tab.team_filter.setCurrentIndex(tab.team_filter.findText("Tổ 2"))
    tab.refresh()
    text, heights = _pdf(_build(window, MEMBER_LIST), tmp_path)
    expected = [
        f"{family} {given}"
        for family, given in _db(window).execute(
            "SELECT family_name, given_name FROM members WHERE team = 'Tổ 2' "
            "AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"
        )
    ]
    assert expected and all(name in text for name in expected)
    others = [
        f"{family} {given}"
        for family, given in _db(window).execute(
            "SELECT family_name, given_name FROM members WHERE team != 'Tổ 2'"
        )
    ]
    assert not any(
        f" {name} " in f" {' '.join(text.split())} " for name in others if name not in expected
    )
    assert f"Danh sách có {len(expected)} hội viên." in text
    assert "DANH SÁCH HỘI VIÊN" in text and "Tổ 2" in text
    assert _framed(text)
    assert min(heights) >= 10


def test_a_members_record_prints_in_the_hois_order(window: MainWindow, tmp_path: Path) -> None:
    """Sơ yếu lý lịch: the selected member's name, birth date and address, a photo box, the
    five parts, and the member's own signature block."""
    summary = window.members_tab.selected_summary()
    assert summary is not None
    member = window.members_tab.service.get(summary.id)
    text, heights = _pdf(_build(window, RECORD), tmp_path)
    flat = " ".join(text.split())
    assert "SƠ YẾU LÝ LỊCH HỘI VIÊN" in flat and "Ảnh 3×4" in flat
    for part in (
        "I. Bản thân",
        "II. Quá trình trong quân đội",
        "III. Đảng và Hội",
        "IV. Diện chính sách",
        "V. Biến động",
    ):
        assert part in flat
    assert member.full_name in flat and " ".join(member.address.split()) in flat
    assert "BẢN THÂN" in flat and _framed(text)
    assert min(heights) >= 10


def test_the_blank_sign_sheet_lists_todays_members_with_room_to_sign(
    window: MainWindow, tmp_path: Path
) -> None:
    """Danh sách ký tên: every current member (SQL), a "Ký tên" column left empty, and the
    date left to write in."""
    text, heights = _pdf(_build(window, SIGN_SHEET), tmp_path)
    flat = " ".join(text.split())
    current = (
        _db(window)
        .execute(
            "SELECT count(*) FROM members WHERE status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"
        )
        .fetchone()[0]
    )
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s+\S", text, re.M)]
    assert max(numbers) == current
    assert "DANH SÁCH KÝ TÊN DỰ SINH HOẠT" in flat and "Ký tên" in flat and "……/……/" in flat
    assert "Có mặt" not in flat  # blank: no mark printed
    assert _framed(text) and min(heights) >= 10


def test_a_meetings_filled_sheet_shows_each_mark_and_the_counts(
    window: MainWindow, tmp_path: Path
) -> None:
    """The selected meeting's sheet: the counts match the marks stored (SQL)."""
    meeting = window.meetings_tab.selected_meeting()
    assert meeting is not None and meeting.id is not None
    present = (
        _db(window)
        .execute(
            "SELECT count(*) FROM attendance WHERE meeting_id = ? AND mark = 'C'", [meeting.id]
        )
        .fetchone()[0]
    )
    text, heights = _pdf(_build(window, ATTENDANCE), tmp_path)
    flat = " ".join(text.split())
    assert f"Có mặt {present}/" in flat
    assert meeting.date.strftime("%d/%m/%Y") in flat and _framed(text)
    assert min(heights) >= 10


def test_the_year_book_and_the_report_preview_print(window: MainWindow, tmp_path: Path) -> None:
    """The attendance book prints on landscape pages; the report preview carries the report's
    name, its period and the figures the Reports tab shows."""
    book = _build(window, YEAR_BOOK)
    assert book.landscape
    text, heights = _pdf(book, tmp_path)
    assert "SỔ THEO DÕI SINH HOẠT" in text and min(heights) >= 10
    report = _build(window, REPORT)
    text, heights = _pdf(report, tmp_path)
    flat = " ".join(text.split())
    members = (
        _db(window)
        .execute(
            "SELECT count(*) FROM members WHERE status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"
        )
        .fetchone()[0]
    )
    assert "Số hội viên cuối kỳ" in flat and re.search(rf"Số hội viên cuối kỳ\s+{members}\b", flat)
    assert "01/01/2026 – 31/12/2026" in flat and _framed(text)
    assert min(heights) >= 10


def test_a_support_case_prints_with_its_history(window: MainWindow, tmp_path: Path) -> None:
    """The case's household, cause, and every help given with its amount (SQL)."""
    index = window.support_tab.cases_view.selectionModel().currentIndex()
    case_id = window.support_tab.cases_model.row_object(index.row())
    text, heights = _pdf(_build(window, CASE), tmp_path)
    flat = " ".join(text.split())
    total = (
        _db(window)
        .execute("SELECT coalesce(sum(amount_vnd), 0) FROM supports WHERE case_id = ?", [case_id])
        .fetchone()[0]
    )
    assert f"Tổng số tiền đã hỗ trợ: {total:,} đồng".replace(",", ".") in flat
    assert "HỒ SƠ GIÚP ĐỠ HỘ HỘI VIÊN" in flat and _framed(text)
    assert min(heights) >= 10


def test_ctrl_p_offers_what_can_be_printed_and_says_why_not(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tệp → In… is on Ctrl+P; with no case chosen, the support case is greyed with the
    reason; the Members tab's list is the first choice there."""
    action = next(a for a in window.findChildren(QAction) if a.text() == "&In…")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.support_tab.cases_view.selectionModel().clearCurrentIndex()
    window.tabs.setCurrentWidget(window.members_tab)
    dialog = PrintMenuDialog(*print_choices(window), window)
    buttons = dialog.findChildren(QRadioButton)
    assert buttons[0].isChecked()
    greyed = [b for b in buttons if not b.isEnabled()]
    assert [b.text() for b in greyed] == ["Hồ sơ giúp đỡ hộ hội viên, kèm quá trình giúp đỡ"]
    assert greyed[0].toolTip() == "Hãy chọn một hồ sơ trong thẻ Giúp nhau giảm nghèo trước."
    dialog.close()


def test_the_print_preview_speaks_vietnamese(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's preview: Vietnamese title, toolbar and buttons; it fits the screen."""
    dialog = preview_dialog(window, _build(window, RECORD))
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = {a.text() for a in dialog.findChildren(QAction) if a.text()}
    assert {"Trang sau", "Phóng to", "Khổ ngang", "In", "Thiết lập trang"} <= texts
    assert not texts & {"Next page", "Zoom in", "Print", "Page setup"}
    assert dialog.windowTitle().startswith("Xem trước khi in")
    labels = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"In…", "Lưu thành PDF…", "Đóng"} <= labels
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Đóng")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
