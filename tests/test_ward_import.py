"""An Excel roster imported into one chi hội of a ward file (issue 17): on the command line with
--chi-hoi, in the window with the chi hội chosen first; refused with no chi hội named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialog

from ccb_desktop.cli import main
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.import_dialog import ImportDialog
from ccb_desktop.ui.main_window import MainWindow
from tests.test_gui import run_modal
from tests.test_ward import _make_chi_hoi

PEOPLE = [("Nguyễn Văn", "Khải", 1951), ("Trần Thị", "Mai", 1960), ("Lê Văn", "Tư", 1948)]


def _roster(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["TT", "Họ và tên", "Năm sinh", "Quê quán"])
    for n, (family, given, year) in enumerate(PEOPLE, start=1):
        ws.append([n, f"{family} {given}", year, "Thái Bình"])
    wb.save(path)
    return path


def _sql(path: Path, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


BY_CHI_HOI = (
    "SELECT c.name, count(*) FROM members m JOIN chi_hoi c ON c.id = m.chi_hoi_id "
    "GROUP BY c.name ORDER BY c.name"
)


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    _data, package = _make_chi_hoi(tmp_path, 1, members=10)
    ward = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(package), "--data", str(ward)]) == 0
    return ward


def test_cli_imports_a_roster_into_a_named_chi_hoi(
    ward: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --chi-hoi a ward file refuses (exit 1, nothing added); with a new name the chi
    hội is added and the roster's members belong to it; the other chi hội is untouched."""
    roster = _roster(tmp_path / "kp5.xlsx")
    before = _sql(ward, BY_CHI_HOI)
    assert main(["import", str(roster), "--data", str(ward)]) == 1
    assert "--chi-hoi" in capsys.readouterr().err
    assert _sql(ward, BY_CHI_HOI) == before
    assert main(["import", str(roster), "--data", str(ward), "--chi-hoi", "Chi hội khu phố 5"]) == 0
    assert _sql(ward, BY_CHI_HOI) == [*before, ("Chi hội khu phố 5", 3)]
    # The same roster again: everyone already registered in that chi hội.
    assert main(["import", str(roster), "--data", str(ward), "--chi-hoi", "Chi hội khu phố 5"]) == 1
    assert _sql(ward, BY_CHI_HOI) == [*before, ("Chi hội khu phố 5", 3)]


def test_window_asks_which_chi_hoi_then_shows_the_usual_preview(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    ward: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Looking at the whole ward, Nhập từ Excel asks for the chi hội (a new one here), shows
    the preview titled with it, and imports into it; the tabs then look at that chi hội."""
    assert window.open_file(ward)
    roster = _roster(tmp_path / "kp6.xlsx")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: roster)
    offered: list[list[str]] = []

    def choose(parent: object, title: str, label: str, items: list[str]) -> str:
        offered.append(items)
        return items[-1]  # a new chi hội

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Chi hội khu phố 6")
    titles: list[str] = []

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        titles.append(dialog.windowTitle())
        dialog.import_button.click()

    run_modal(qtbot, window.import_roster, preview)
    assert offered[0][0] == "Chi hội khu phố 1"
    assert titles[0].endswith("Chi hội khu phố 6")
    assert ("Chi hội khu phố 6", 3) in _sql(ward, BY_CHI_HOI)
    assert window.chi_hoi_selector.current_name() == "Chi hội khu phố 6"
    assert window.members_tab.model.rowCount() == 3
