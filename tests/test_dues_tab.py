"""The "Hội phí & quỹ" tab driven as the secretary would, on the demo register, with what it
shows checked against SQL written here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from ccb_desktop.domain.funds import Direction
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui.dues_dialogs import PaymentDialog
from ccb_desktop.ui.dues_tab import DuesTab
from ccb_desktop.ui.fund_dialogs import EntryDialog
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.support_tab import SupportTab
from tests.conftest import Seed
from tests.test_gui import run_modal


@pytest.fixture
def seed(clock: FixedClock) -> Seed:
    return lambda services: fill_demo(services.members.db, members=30, clock=clock)


def _tab(window: MainWindow) -> DuesTab:
    tab = window.page(DuesTab)
    window.tabs.setCurrentWidget(tab)
    return tab


def test_the_tab_follows_support_in_the_window(window: MainWindow) -> None:
    """ "Hội phí & quỹ" comes right after "Giúp nhau giảm nghèo"."""
    support, dues = window.page(SupportTab), window.page(DuesTab)
    pages = [window.tabs.page(i) for i in range(window.tabs.count())]
    assert pages.index(dues) == pages.index(support) + 1


def test_the_book_shows_what_the_tables_hold(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """One row per member of the year; the ✓ squares are the member-months paid in full and
    the year's total is the payments table's sum for the year's periods."""
    tab = _tab(window)
    db = window.services.dues.db
    model = tab.grid_model
    ticks = sum(
        1
        for row in range(model.rowCount())
        for column in range(1, model.columnCount() - 1)
        if model.index(row, column).data() == "✓"
    )
    expected = db.execute(
        "SELECT count(*) FROM (SELECT member_id, period, sum(amount_vnd) AS paid FROM "
        "dues_payments WHERE period LIKE '2026-%' GROUP BY member_id, period) p "
        "WHERE paid >= (SELECT amount_vnd FROM dues_rates WHERE valid_from <= p.period || '-01' "
        "ORDER BY valid_from DESC LIMIT 1)"
    ).fetchone()[0]
    assert ticks == expected > 0
    total = db.execute(
        "SELECT sum(amount_vnd) FROM dues_payments WHERE period LIKE '2026-%'"
    ).fetchone()[0]
    assert f"{total:,}".replace(",", ".") in tab.no_rate.text()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "T1"


def test_marking_two_squares_paid(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Selecting December for two members and Mark paid records two payments at the rate,
    with the receipt number typed; one Ctrl+Z takes both back."""
    tab = _tab(window)
    db = window.services.dues.db
    december = tab.grid_model.columnCount() - 2
    unpaid = [
        row
        for row in range(tab.grid_model.rowCount())
        if tab.grid_model.index(row, december).data() == ""
    ]
    selection = tab.grid_view.selectionModel()
    for row in unpaid[:2]:
        selection.select(
            tab.grid_model.index(row, december), QItemSelectionModel.SelectionFlag.Select
        )
    members, periods = tab.selected_cells()
    assert periods == {"2026-12"} and len(members) == 2
    before = db.execute("SELECT count(*) FROM dues_payments").fetchone()[0]

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        dialog.receipt.setText("PT-99")
        dialog.save_button.click()

    run_modal(qtbot, tab.mark_paid, fill)
    assert db.execute(
        "SELECT count(*), sum(amount_vnd) FROM dues_payments WHERE receipt = 'PT-99'"
    ).fetchone() == (2, 20_000)
    window.services.history.undo_last()
    assert db.execute("SELECT count(*) FROM dues_payments").fetchone()[0] == before


def test_collecting_at_a_meeting_ticks_those_present(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The payment form opened from a meeting has exactly its "Có mặt" members ticked and
    the period of its date."""
    tab = _tab(window)
    db = window.services.dues.db
    meeting_id, date = db.execute(
        "SELECT id, date FROM meetings WHERE date LIKE '2026-10%' AND deleted_at IS NULL"
    ).fetchone()
    present = {
        r[0]
        for r in db.execute(
            "SELECT member_id FROM attendance WHERE meeting_id = ? AND mark = 'C'", [meeting_id]
        ).fetchall()
    }
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        seen["members"] = {
            dialog.members.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.members.count())
            if dialog.members.item(i).checkState() == Qt.CheckState.Checked
        }
        seen["periods"] = {
            dialog.periods.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.periods.count())
            if dialog.periods.item(i).checkState() == Qt.CheckState.Checked
        }
        dialog.done(0)

    # The button's path after its meeting chooser: the meeting's present members.
    run_modal(
        qtbot,
        lambda: tab._pay(set(window.services.dues.present_at(meeting_id)), {date[:7]}),
        look,
    )
    assert seen["members"] == present and seen["periods"] == {date[:7]}


def test_a_receipt_into_a_fund_moves_its_balance(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A receipt typed in the funds page is a line of the chosen fund, and the closing balance
    shown is opening + receipts − payments from the entries table."""
    tab = _tab(window)
    tab.pages.setCurrentWidget(tab.funds_page)
    page = tab.funds_page
    db = window.services.dues.db
    fund_id = page.fund.currentData()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EntryDialog)
        dialog.amount.setText("250.000")
        dialog.content.insert("Ủng hộ của con em hội viên")
        dialog.save_button.click()

    run_modal(qtbot, lambda: page.add_entry(Direction.IN), fill)
    closing = db.execute(
        "SELECT sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END) "
        "FROM fund_entries WHERE fund_id = ? AND date <= '2026-12-31'",
        [fund_id],
    ).fetchone()[0]
    assert f"{closing:,}".replace(",", ".") in page.balance.text()
    assert (
        db.execute(
            "SELECT count(*) FROM fund_entries WHERE content = 'Ủng hộ của con em hội viên'"
        ).fetchone()[0]
        == 1
    )


def test_fits_a_small_screen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024×768 the tab's pages need no wider window."""
    window.resize(1024, 768)
    tab = _tab(window)
    for index in range(tab.pages.count()):
        tab.pages.setCurrentIndex(index)
        qtbot.wait(10)
        assert tab.minimumSizeHint().width() <= 1000, index


def test_with_no_rate_the_book_says_how_to_start(qtbot, tmp_path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """A new file: the book is empty and tells the secretary to enter the Hội's rate."""
    from ccb_desktop.db.connection import open_database
    from tests.conftest import services_over

    db = open_database(tmp_path / "empty.sqlite")
    services: Services = services_over(db, clock)
    tab = DuesTab(services)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    assert tab.grid_model.columnCount() == 2  # the member and the total: no period
    assert "Rates" in tab.no_rate.text() or "Mức" in tab.no_rate.text()
    db.close()


def test_a_payment_reads_in_words_in_the_member_history(window: MainWindow) -> None:
    """A dues payment in a member's change history names its period, amount, date and
    receipt in Vietnamese, not by column names."""
    from ccb_desktop.ui.history_view import describe

    services = window.services
    member_id = next(r.member.id for r in services.dues.grid(2026).rows if not r.cells[-1].paid_vnd)
    services.dues.record_payments([member_id], ["2026-12"], services.dues.clock.today(), "PT-7")
    change = next(c for c in services.history.of_member(member_id) if c.table == "dues_payments")
    text = describe(change)
    assert "Kỳ hội phí: 2026-12" in text and "10.000" in text and "Số biên lai: PT-7" in text
    assert "paid_on" not in text and "Ngày nộp: 29/11/2026" in text
