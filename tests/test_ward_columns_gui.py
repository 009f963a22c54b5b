"""A ward file looked at whole ("Cả phường") shows a "Chi hội" column in the member list and
in the meeting list (issue 17), hidden when one chi hội is looked at and on a chi hội's own
file; each cell names the member's (the meeting's) chi hội, as SQL on the file says."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from ccb_desktop.cli import main
from ccb_desktop.domain.meetings import Meeting
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.member_model import OBJECT_ROLE, Column

NAMES = ["Chi hội khu phố 1", "Chi hội khu phố 2"]
MEETING_CHI_HOI = 5  # the meeting list's "Chi hội" column


def _sql(path: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def _ward(tmp_path: Path) -> Path:
    ward = tmp_path / "phuong.sqlite"
    for n, name in enumerate(NAMES, start=1):
        data, package = tmp_path / f"kp{n}.sqlite", tmp_path / f"kp{n}.ccbgoi"
        assert main(["demo", "--data", str(data), "--chi-hoi", name, "--members", "12"]) == 0
        assert main(["package", "--data", str(data), "--out", str(package), "--year", "2026"]) == 0
        assert main(["ward", "add", str(package), "--data", str(ward), "--new"]) == 0
    return ward


def test_the_chi_hoi_column_shows_on_the_whole_ward_only(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """Own file: hidden. Ward seen whole: shown beside the name (beside the date for
    meetings), each member's and meeting's chi hội equal to SQL. One chi hội: hidden."""
    members, meetings = window.members_tab, window.meetings_tab
    window.tabs.setCurrentWidget(members)
    assert members.table.isColumnHidden(Column.CHI_HOI)

    ward = _ward(tmp_path)
    assert window.open_file(ward)
    window.tabs.setCurrentWidget(members)
    members.refresh()
    table, model = members.table, members.model
    assert not table.isColumnHidden(Column.CHI_HOI)
    assert table.horizontalHeader().visualIndex(Column.CHI_HOI) == Column.NAME + 1
    assert model.headerData(Column.CHI_HOI, Qt.Orientation.Horizontal) == "Chi hội"
    of_member = dict(
        _sql(ward, "SELECT m.id, c.name FROM members m JOIN chi_hoi c ON c.id = m.chi_hoi_id")
    )
    shown = {
        model.data(model.index(r, 0), OBJECT_ROLE).id: model.data(model.index(r, Column.CHI_HOI))
        for r in range(model.rowCount())
    }
    assert shown and all(shown[i] == of_member[i] for i in shown)
    assert set(shown.values()) == set(NAMES)

    window.tabs.setCurrentWidget(meetings)
    meetings.refresh()
    view, rows = meetings.meetings_view, meetings.meetings_model
    assert not view.isColumnHidden(MEETING_CHI_HOI)
    assert view.horizontalHeader().visualIndex(MEETING_CHI_HOI) == 1
    of_meeting = dict(
        _sql(ward, "SELECT g.id, c.name FROM meetings g JOIN chi_hoi c ON c.id = g.chi_hoi_id")
    )
    listed: dict[int, str] = {}
    for r in range(rows.rowCount()):
        meeting = rows.row_object(r)
        assert isinstance(meeting, Meeting) and meeting.id is not None
        listed[meeting.id] = rows.data(rows.index(r, MEETING_CHI_HOI))
    assert listed and all(listed[i] == of_meeting[i] for i in listed)
    assert set(listed.values()) == set(NAMES)

    # One chi hội looked at: the column goes in both lists.
    combo = window.chi_hoi_selector.combo
    combo.setCurrentIndex(combo.findText(NAMES[0]))
    meetings.refresh()
    assert view.isColumnHidden(MEETING_CHI_HOI)
    window.tabs.setCurrentWidget(members)
    members.refresh()
    assert table.isColumnHidden(Column.CHI_HOI)
