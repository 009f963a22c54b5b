"""Tệp → Thông tin đơn vị on a ward file (issue 17): the province Hội the ward reports to is
edited there (kept in the file, undoable with the rest), and the ward's reports and review
head with it; a chi hội's own file shows no such field."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
from docx import Document

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.unit import UnitService
from ccb_desktop.ui.unit_dialog import UnitDialog

NEW = "Hội CCB  tỉnh Bình Phước"  # typed with a double space


def _province(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT value FROM settings WHERE key = 'ward.province_name'"
        ).fetchone()
        return str(row[0]) if row else ""
    finally:
        connection.close()


def test_the_province_is_edited_on_a_ward_file_and_heads_its_reports(
    qtbot,  # type: ignore[no-untyped-def]
    vietnamese,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    """Shown filled with the province given when the ward was made; saved (spaces tidied) in
    one undoable action; the ward's summary and review name the new province Hội."""
    data, package, ward = tmp_path / "kp1.sqlite", tmp_path / "kp1.ccbgoi", tmp_path / "p.sqlite"
    assert main(["demo", "--data", str(data), "--chi-hoi", "Chi hội khu phố 1",
                 "--members", "10"]) == 0  # fmt: skip
    assert main(["package", "--data", str(data), "--out", str(package), "--year", "2026"]) == 0
    assert main(["ward", "add", str(package), "--data", str(ward), "--new",
                 "--province", "Hội CCB tỉnh Bình Dương"]) == 0  # fmt: skip

    db = open_database(ward)
    dialog = UnitDialog(UnitService(db, clock))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.province_name.isVisible()
    assert dialog.province_name.text() == "Hội CCB tỉnh Bình Dương"
    assert not dialog.chi_hoi_name.isVisible()  # a ward file has no chi hội name of its own
    dialog.province_name.setText(NEW)
    dialog.save()
    assert dialog.result() == UnitDialog.DialogCode.Accepted
    assert _province(ward) == "Hội CCB tỉnh Bình Phước"
    history = HistoryService(db, clock)
    history.undo_last()
    assert _province(ward) == "Hội CCB tỉnh Bình Dương"
    history.redo_last()
    assert _province(ward) == "Hội CCB tỉnh Bình Phước"
    db.close()

    out = tmp_path / "p.xlsx"
    assert main(["export", "summary", "--data", str(ward), "--out", str(out),
                 "--year", "2026"]) == 0  # fmt: skip
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows(max_row=3, values_only=True)
             for c in row if c]  # fmt: skip
    assert "HỘI CCB TỈNH BÌNH PHƯỚC" in cells
    review = tmp_path / "p.docx"
    assert main(["yearend", "--data", str(ward), "--year", "2026", "--out", str(review)]) == 0
    heading = Document(str(review)).tables[0].rows[0].cells[0].text
    assert heading.startswith("HỘI CCB TỈNH BÌNH PHƯỚC")


def test_a_chi_hoi_file_has_no_province_field(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    """On a chi hội's own file the field is not shown and saving writes no province."""
    data = tmp_path / "kp1.sqlite"
    assert main(["demo", "--data", str(data), "--members", "5"]) == 0
    db = open_database(data)
    dialog = UnitDialog(UnitService(db, clock))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.province_name.isVisible() and dialog.chi_hoi_name.isVisible()
    dialog.save()
    db.close()
    assert _province(data) == ""
