"""The member table model: Qt's contract, lazy rows, sorting and the object role."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from ccb_desktop.domain.register import MemberFilter, StatusFilter
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.members import MemberService
from ccb_desktop.ui.member_model import BATCH, OBJECT_ROLE, SORT_ROLE, Column, MemberTableModel


def test_model_passes_qt_model_tester(qtmodeltester, service: MemberService) -> None:  # type: ignore[no-untyped-def]
    """The model keeps Qt's rules for rows, columns, headers and data."""
    fill_demo(service.db, members=40, clock=service.clock)
    model = MemberTableModel()
    model.set_members(service.search(MemberFilter()))
    qtmodeltester.check(model, force_py=True)


def test_rows_arrive_in_batches(service: MemberService) -> None:
    """A large list shows its first batch at once and the rest as the view scrolls."""
    fill_demo(service.db, members=BATCH + 120, clock=service.clock)
    model = MemberTableModel()
    rows = service.search(MemberFilter(status=StatusFilter.ALL))
    model.set_members(rows)
    assert model.rowCount() == BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BATCH + 120
    assert not model.canFetchMore(QModelIndex())


def test_display_sort_and_object_roles(service: MemberService) -> None:
    """Display shows dd/mm/yyyy; the object role returns the summary; sorting uses raw values."""
    fill_demo(service.db, members=30, clock=service.clock)
    rows = service.search(MemberFilter())
    model = MemberTableModel()
    model.set_members(rows)
    first = model.index(0, Column.NAME)
    assert model.data(first, OBJECT_ROLE) == rows[0]
    assert model.data(first) == rows[0].full_name
    assert model.data(model.index(0, Column.NUMBER)) == "1"
    birth = model.data(model.index(0, Column.BIRTH))
    assert birth == (rows[0].birth_date.display() if rows[0].birth_date else "")

    model.sort(Column.BIRTH, Qt.SortOrder.AscendingOrder)
    values = [model.data(model.index(r, Column.BIRTH), SORT_ROLE) for r in range(model.rowCount())]
    assert values == sorted(values)
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert [
        model.data(model.index(r, Column.NAME), OBJECT_ROLE).id for r in range(model.rowCount())
    ] == [r.id for r in rows]


def test_row_of_finds_a_member_beyond_the_first_batch(service: MemberService) -> None:
    """Selecting a member far down the list fetches the rows up to them."""
    fill_demo(service.db, members=BATCH + 50, clock=service.clock)
    rows = service.search(MemberFilter())
    model = MemberTableModel()
    model.set_members(rows)
    last = rows[-1]
    assert model.row_of(last.id) == len(rows) - 1
    assert model.rowCount() == len(rows)


def test_attendance_and_rows_models_pass_qt_model_tester(
    qtmodeltester, service: MemberService
) -> None:  # type: ignore[no-untyped-def]
    """The attendance sheet and the computed tables keep Qt's model rules too."""
    from ccb_desktop.services.meetings import MeetingService
    from ccb_desktop.ui.attendance_model import AttendanceModel
    from ccb_desktop.ui.rows_model import Row, RowsModel

    fill_demo(service.db, members=30, clock=service.clock)
    meetings = MeetingService(service.db, service.clock)
    latest = meetings.meetings(None)[0].meeting
    sheet = AttendanceModel()
    sheet.set_lines(meetings.sheet(latest.date, latest.id))
    assert sheet.rowCount() > 10
    qtmodeltester.check(sheet, force_py=True)

    rows = RowsModel(["A", "B"])
    rows.set_rows([Row(["1", "x"], sort_values=[1, "x"]), Row(["2", "y"], bold=True)])
    qtmodeltester.check(rows, force_py=True)
    rows.sort(0, Qt.SortOrder.DescendingOrder)
    assert rows.data(rows.index(0, 0)) == "2"
