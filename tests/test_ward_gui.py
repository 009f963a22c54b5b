"""Ward mode in the window (issue 17): Tệp → Gửi lên phường… on a chi hội's file, Tệp → Nhận
tệp của chi hội… on the ward file (what changes shown first), the chi hội selector narrowing
the tabs, the ward's summary saved from the Reports tab, and undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from ccb_desktop.cli import main
from ccb_desktop.domain.ward import WARD_SUMMARY_COLUMNS
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import ReportKind
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.ward_dialogs import IntakeDialog, SendDialog
from tests.conftest import Seed
from tests.test_gui import run_modal

OWN = "Chi hội khu phố 2"
CURRENT = "('dang_sinh_hoat', 'mien_sinh_hoat')"


@pytest.fixture
def seed() -> Seed:
    def demo(services: Services) -> None:
        fill_demo(services.ward.db, members=25, seed=None, chi_hoi_name=OWN)

    return demo


def _sql(path: Path, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def test_send_take_in_look_at_export_and_undo_in_the_window(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The flow end to end: the package written from the chi hội's window, taken into a ward
    file that already holds another chi hội (the changes listed first), each tab narrowed to
    the chi hội chosen (counts recomputed with SQL), the ward summary saved with one row per
    chi hội, and Ctrl+Z taking the package back."""
    # Another chi hội, already in a ward file made on the command line.
    other = tmp_path / "kp1.sqlite"
    assert (
        main(["demo", "--data", str(other), "--chi-hoi", "Chi hội khu phố 1", "--members", "20"])
        == 0
    )
    first_package = tmp_path / "kp1.ccbgoi"
    assert (
        main(["package", "--data", str(other), "--out", str(first_package), "--year", "2026"]) == 0
    )
    ward = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(first_package), "--data", str(ward)]) == 0

    # On the chi hội's own file: no selector, "Gửi lên phường…" offered.
    assert window.chi_hoi_selector.isHidden()
    assert window.ward_actions.send.isVisible() and not window.ward_actions.receive.isVisible()
    package = tmp_path / "kp2.ccbgoi"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: package)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: told.append(text))

    def send(dialog: QDialog) -> None:
        assert isinstance(dialog, SendDialog)
        dialog.year.setValue(2026)
        dialog.accept()

    run_modal(qtbot, window.ward_actions.send.trigger, send)
    assert package.is_file() and "25 hội viên" in told[-1]

    # The ward file: the selector shows the whole ward, "Nhận tệp của chi hội…" is offered.
    assert window.open_file(ward)
    assert not window.chi_hoi_selector.isHidden()
    assert window.chi_hoi_selector.combo.itemText(0) == "Cả phường"
    assert window.chi_hoi_selector.combo.count() == 2
    assert window.ward_actions.receive.isVisible() and not window.ward_actions.send.isVisible()
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: package)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or True
    )
    shown: list[str] = []

    def take(dialog: QDialog) -> None:
        assert isinstance(dialog, IntakeDialog)
        shown.append(dialog.text.toPlainText())
        dialog.accept()

    run_modal(qtbot, window.ward_actions.receive.trigger, take)
    assert OWN in asked[0]  # a chi hội new to the ward: asked before
    assert "Hội viên thêm mới (25)" in shown[0]
    combo = window.chi_hoi_selector.combo
    assert sorted(combo.itemText(i) for i in range(1, combo.count())) == ["Chi hội khu phố 1", OWN]

    # Narrowed to the chi hội: the register and the meetings are its own.
    combo.setCurrentIndex(combo.findText(OWN))
    window.tabs.setCurrentWidget(window.members_tab)
    expected = _sql(
        ward,
        f"SELECT count(*) FROM members m JOIN chi_hoi c ON c.id = m.chi_hoi_id "
        f"WHERE c.name = ? AND m.deleted_at IS NULL AND m.status IN {CURRENT}",
        (OWN,),
    )[0][0]
    assert (
        expected
        == _sql(
            db_path,
            f"SELECT count(*) FROM members WHERE deleted_at IS NULL AND status IN {CURRENT}",
        )[0][0]
    )
    assert window.members_tab.model.rowCount() == expected
    window.tabs.setCurrentWidget(window.meetings_tab)
    meetings = _sql(
        ward,
        "SELECT count(*) FROM meetings g JOIN chi_hoi c ON c.id = g.chi_hoi_id "
        "WHERE c.name = ? AND g.deleted_at IS NULL AND g.date LIKE '2026-%'",
        (OWN,),
    )[0][0]
    assert meetings > 0
    assert len(window.meetings_tab.service.meetings(2026)) == meetings

    # The whole ward's summary from the Reports tab: one row per chi hội.
    combo.setCurrentIndex(0)
    reports = window.reports_tab
    window.tabs.setCurrentWidget(reports)
    for row in range(reports.reports.count()):
        if reports.reports.item(row).data(0x0100) == ReportKind.SUMMARY:
            reports.reports.setCurrentRow(row)
    reports.year.setCurrentIndex(reports.year.findData(2026))
    workbook = tmp_path / "phuong.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: workbook)
    reports.save()
    names = [
        r[1]
        for r in openpyxl.load_workbook(workbook).active.iter_rows(values_only=True)
        if isinstance(r[0], int) and isinstance(r[1], str) and len(r) > len(WARD_SUMMARY_COLUMNS)
    ]
    assert sorted(names) == ["Chi hội khu phố 1", OWN]

    # Ctrl+Z: the package taken back, its chi hội gone from the selector.
    window.undo()
    assert _sql(ward, "SELECT count(*) FROM chi_hoi WHERE name = ?", (OWN,)) == [(0,)]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Cả phường", "Chi hội khu phố 1"]


def test_an_empty_file_becomes_the_ward_file_with_its_first_package(
    qtbot,  # type: ignore[no-untyped-def]
    vietnamese,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    clock: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tệp → Tạo tệp dữ liệu mới, then Nhận tệp của chi hội…: asked first, the empty file
    becomes the ward's (province asked for the heading), the chi hội appears in the selector,
    its members in the register; the ward's names come from the package."""
    from ccb_desktop.app import ApplicationContext
    from ccb_desktop.settings import AppSettings

    own = tmp_path / "kp4.sqlite"
    assert (
        main(["demo", "--data", str(own), "--chi-hoi", "Chi hội khu phố 4", "--members", "12"]) == 0
    )
    package = tmp_path / "kp4.ccbgoi"
    assert main(["package", "--data", str(own), "--out", str(package), "--year", "2026"]) == 0
    empty = tmp_path / "moi.sqlite"
    context = ApplicationContext(clock)  # type: ignore[arg-type]
    win = MainWindow(empty, context.open(empty), AppSettings(tmp_path / "s.ini"), context.open)
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.ward_actions.receive.isVisible() and win.chi_hoi_selector.isHidden()
        asked: list[str] = []
        monkeypatch.setattr(
            dialogs, "confirm", lambda p, title, text, *a: asked.append(text) or True
        )
        monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Hội CCB tỉnh Bình Dương")
        run_modal(qtbot, lambda: win.ward_actions.take_in(package), lambda d: d.accept())
        assert len(asked) == 1 and "tệp của phường" in asked[0]
        assert not win.chi_hoi_selector.isHidden() and not win.ward_actions.send.isVisible()
        assert win.chi_hoi_selector.combo.itemText(1) == "Chi hội khu phố 4"
        current = _sql(
            own, f"SELECT count(*) FROM members WHERE deleted_at IS NULL AND status IN {CURRENT}"
        )[0][0]
        assert win.members_tab.model.rowCount() == current
        assert _sql(empty, "SELECT value FROM settings WHERE key LIKE 'ward.%' ORDER BY key") == [
            ("1",),
            ("Hội CCB tỉnh Bình Dương",),
        ]
        assert _sql(empty, "SELECT value FROM settings WHERE key = 'unit.ward_name'") == [
            ("Hội CCB phường 7",)
        ]
    finally:
        win.close()
        context.close()
