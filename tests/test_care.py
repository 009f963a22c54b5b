"""Care visits (issue 16): recorded per member, undoable, in the member's history; the year's
figures (`CareService.figures`) recounted with SQL; recorded from the member's record and
from the home screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from sqlite_utils import Database

from ccb_desktop.domain.care import CareKind, CareVisit
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.care import CareService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.members import MemberService
from ccb_desktop.ui.care_dialog import CareDialog
from ccb_desktop.ui.home_tab import HomeTab
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.member_dialog import MemberDialog
from tests.test_gui import run_modal


def _members(db: Database, clock: FixedClock) -> tuple[int, int]:
    members = MemberService(db, clock)
    return (
        members.add(Member("Nguyễn Văn", "Ốm", birth_date=PartialDate(1950))),
        members.add(Member("Trần Văn", "Thọ", birth_date=PartialDate(1946))),
    )


def test_the_figures_are_what_sql_counts(db: Database, clock: FixedClock) -> None:
    """People and money by kind and in all, inside the period only, money exact to the đồng."""
    om, tho = _members(db, clock)
    care = CareService(db, clock)
    for member, day, kind, amount in (
        (om, dt.date(2026, 3, 1), CareKind.SICK, 500_000),
        (om, dt.date(2026, 9, 9), CareKind.SICK, 333_333),
        (tho, dt.date(2026, 6, 1), CareKind.LONGEVITY, 1_000_001),
        (tho, dt.date(2026, 2, 1), CareKind.GIFT, 0),
        (tho, dt.date(2025, 12, 31), CareKind.GIFT, 400_000),  # before the period
    ):
        care.save(CareVisit(member, day, kind, "Chi hội trưởng", "Quà", amount))
    figures = care.figures(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    rows = db.execute(
        "SELECT kind, count(*), count(DISTINCT member_id), sum(amount_vnd) FROM care_visits "
        "WHERE date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY kind"
    ).fetchall()
    by_sql = {CareKind(kind): (n, people, money) for kind, n, people, money in rows}
    for kind in CareKind:
        got = figures.by_kind[kind]
        assert (got.visits, got.people, got.money_vnd) == by_sql.get(kind, (0, 0, 0)), kind
    total = db.execute(
        "SELECT count(*), count(DISTINCT member_id), sum(amount_vnd) FROM care_visits "
        "WHERE date BETWEEN '2026-01-01' AND '2026-12-31'"
    ).fetchone()
    assert (figures.visits, figures.people, figures.money_vnd) == tuple(total)
    assert figures.money_vnd == 1_833_334


def test_a_visit_is_undoable_and_in_the_members_history(db: Database, clock: FixedClock) -> None:
    """Recording a visit is one action: it shows in the member's history; Ctrl+Z removes it."""
    om, _tho = _members(db, clock)
    care = CareService(db, clock)
    visit_id = care.save(CareVisit(om, dt.date(2026, 11, 2), CareKind.SICK, "Tổ trưởng"))
    history = HistoryService(db, clock)
    assert any(c.table == "care_visits" for c in history.of_member(om))
    undone = history.undo_last()
    assert undone is not None and "care visit" in undone.label.template
    assert (
        db.execute("SELECT count(*) FROM care_visits WHERE id = ?", [visit_id]).fetchone()[0] == 0
    )
    history.redo_last()
    assert care.of_member(om)[0].visited_by == "Tổ trưởng"


def test_a_future_date_and_a_negative_amount_are_refused(db: Database, clock: FixedClock) -> None:
    """Nothing is saved when the date is after today or the money negative."""
    om, _tho = _members(db, clock)
    care = CareService(db, clock)
    with pytest.raises(ValidationError):
        care.save(CareVisit(om, dt.date(2026, 12, 25), CareKind.GIFT))
    with pytest.raises(ValidationError):
        care.save(CareVisit(om, dt.date(2026, 1, 5), CareKind.GIFT, amount_vnd=-1))
    assert db.execute("SELECT count(*) FROM care_visits").fetchone()[0] == 0


def test_the_member_record_records_a_visit(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The member form's "Thăm hỏi" page adds a visit typed as 1.500.000 đồng, exact."""
    services = window.services
    member_id = services.members.add(Member("Lê Văn", "Bệnh", birth_date=PartialDate(1950)))
    member = services.members.get(member_id)
    dialog = MemberDialog(services.members, member, [], window, None, None, services.care)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Thăm hỏi" in titles

    def fill(form: QDialog) -> None:
        assert isinstance(form, CareDialog)
        form.kind.setCurrentIndex(form.kind.findData(CareKind.SICK))
        form.visited_by.setText("Chi hội trưởng")
        form.amount.setText("1.500.000")
        form.save()

    run_modal(qtbot, dialog.care_list.add, fill)
    visits = services.care.of_member(member_id)
    assert [(v.kind, v.amount_vnd, v.date) for v in visits] == [
        (CareKind.SICK, 1_500_000, dt.date(2026, 11, 29))
    ]
    assert dialog.care_changed and dialog.care_list.model.rowCount() == 1


def test_the_home_screen_records_a_visit_and_counts_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """From the home screen's button: a phúng viếng for a member who has died (listed with
    the current members) is saved and the care tile counts it."""
    services = window.services
    member_id = services.members.add(Member("Phạm Văn", "Viếng", birth_date=PartialDate(1940)))
    services.members.record_movement(
        member_id, Movement(MovementKind.DECEASED, PartialDate(2026, 11, 20))
    )
    home = window.page(HomeTab)
    home.settle()

    def fill(form: QDialog) -> None:
        assert isinstance(form, CareDialog)
        assert form.member.findData(member_id) >= 0
        form.member.setCurrentIndex(form.member.findData(member_id))
        form.kind.setCurrentIndex(form.kind.findData(CareKind.FUNERAL))
        form.amount.setText("2000000")
        form.save()

    run_modal(qtbot, home.care_button.click, fill)
    from ccb_desktop.services.overview import DueKind

    home.settle()  # the figures are counted on the home screen's counting thread
    tile = home.due_tiles[DueKind.CARE]
    assert tile.figure.text() == "1" and "2.000.000" in tile.note.text()
    listed = services.overview.due_list(DueKind.CARE)
    assert [r.cells[0] for r in listed.rows] == ["Phạm Văn Viếng"]
