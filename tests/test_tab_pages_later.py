"""Pages of a tab read when first shown (issue 22), on the demo register: not read when the tab
opens, right when shown, right again after a change; figures checked against SQL written here."""

from __future__ import annotations

import datetime as dt

import pytest

from ccb_desktop.domain.dues import Remittance
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.domain.support import Classification, HouseholdCategory
from ccb_desktop.services.changes import Change
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui.dues_tab import DuesTab
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.meetings_tab import MeetingsTab
from ccb_desktop.ui.support_tab import SupportTab
from tests.conftest import Seed


@pytest.fixture
def seed(clock: FixedClock) -> Seed:
    return lambda services: fill_demo(services.members.db, members=30, clock=clock)


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def test_the_ward_page_is_read_when_shown_and_after_a_remittance(window: MainWindow) -> None:
    """The dues tab opens on its book without reading the money sent to the ward or the funds;
    the ward page, once shown, lists the remittances table and its sum, and after another
    remittance it lists that one too."""
    tab = window.page(DuesTab)
    window.tabs.setCurrentWidget(tab)
    db = window.services.dues.db
    assert tab.grid_model.rowCount() > 0  # the book in front is read
    assert tab.remit_model.rowCount() == 0 and tab.account.text() == ""
    assert tab.funds_page.fund.count() == 0

    def sent() -> tuple[int, int]:
        count, total = db.execute(
            "SELECT count(*), coalesce(sum(amount_vnd), 0) FROM dues_remittances"
        ).fetchone()
        return count, total

    tab.pages.setCurrentWidget(tab.ward_page)
    count, total = sent()
    assert tab.remit_model.rowCount() == count > 0
    assert f"đã nộp: {_vnd(total)} đồng" in tab.account.text()

    window.services.dues.add_remittance(
        Remittance(dt.date(2026, 11, 20), 123_000, "2026-10", "2026-10", "PC-99")
    )
    window.data_changed.emit(Change.DUES)  # as the window broadcasts an action's change
    count, total = sent()
    assert tab.remit_model.rowCount() == count
    assert f"đã nộp: {_vnd(total)} đồng" in tab.account.text()

    tab.pages.setCurrentWidget(tab.funds_page)
    assert tab.funds_page.fund.count() == db.execute("SELECT count(*) FROM funds").fetchone()[0]


def test_another_year_rereads_the_book_only(window: MainWindow) -> None:
    """Choosing another year re-reads the book for that year (one row per member owing
    dues in it, its total from the payments table); the pages not shown stay unread."""
    tab = window.page(DuesTab)
    window.tabs.setCurrentWidget(tab)
    tab.year.setCurrentIndex(tab.year.findData(2025))
    assert tab.grid is not None and tab.grid.year == 2025
    paid = window.services.dues.db.execute(
        "SELECT coalesce(sum(amount_vnd), 0) FROM dues_payments WHERE period LIKE '2025%'"
    ).fetchone()[0]
    assert f"{_vnd(paid)} đồng" in tab.no_rate.text()
    assert tab.remit_model.rowCount() == 0  # the ward page was never shown


def _present_in(window: MainWindow, year: int) -> tuple[int, int]:
    """(meetings, "Có mặt" marks) of a year's meetings not deleted, by SQL."""
    meetings, present = window.services.meetings.db.execute(
        "SELECT count(DISTINCT m.id), count(a.member_id) FROM meetings m "
        "LEFT JOIN attendance a ON a.meeting_id = m.id AND a.mark = 'C' "
        "WHERE m.deleted_at IS NULL AND substr(m.date, 1, 4) = ?",
        [str(year)],
    ).fetchone()
    return meetings, present


def test_the_year_book_is_read_when_shown_and_after_a_meeting(window: MainWindow) -> None:
    """The meetings tab opens on its list without building the year book; the book, once
    shown, has a column per meeting of the year and its "present" total is the attendance
    table's; a meeting saved after that adds its column and its present members."""
    tab = window.page(MeetingsTab)
    window.tabs.setCurrentWidget(tab)
    tab.year.setCurrentIndex(tab.year.findData(2026))
    assert tab.meetings_model.rowCount() > 0
    assert tab._book_model.rowCount() == 0  # not built with the list

    def book() -> tuple[int, int]:
        model = tab._book_model
        last = model.rowCount() - 1
        attended = model.index(last, model.columnCount() - 2).data()
        return model.columnCount() - 4, int(attended.split("/")[0])

    tab.pages.setCurrentWidget(tab.grid_page)
    assert book() == _present_in(window, 2026)

    members = window.services.members.search(MemberFilter())
    window.services.meetings.save(
        Meeting(dt.date(2026, 11, 27), content="Họp bổ sung"),
        [AttendanceMark(m.id, Mark.PRESENT) for m in members],
    )
    before = _present_in(window, 2026)
    window.data_changed.emit(Change.MEETINGS)
    assert book() == before


def test_the_households_page_is_read_when_shown_and_after_a_classification(
    window: MainWindow,
) -> None:
    """The support tab opens on its cases without reading the households of the year; that
    page, once shown, has one line per classification of the year, and one more after a
    household is classified."""
    tab = window.page(SupportTab)
    window.tabs.setCurrentWidget(tab)
    db = window.services.support.db
    assert tab.classes_model.rowCount() == 0

    def classified() -> int:
        return int(
            db.execute(
                "SELECT count(*) FROM household_classifications c JOIN members m "
                "ON m.id = c.member_id WHERE c.year = ? AND m.deleted_at IS NULL",
                [tab.selected_year()],
            ).fetchone()[0]
        )

    tab.pages.setCurrentWidget(tab.classes_view)
    assert tab.classes_model.rowCount() == classified() > 0
    done = {c.member_id for _m, c in window.services.support.classifications(tab.selected_year())}
    newcomer = next(m for m in window.services.members.search(MemberFilter()) if m.id not in done)
    window.services.support.classify(
        Classification(newcomer.id, tab.selected_year(), HouseholdCategory.NEAR_POOR)
    )
    window.data_changed.emit(Change.SUPPORT)
    assert tab.classes_model.rowCount() == classified()


def test_the_reports_preview_in_one_reading_is_the_two_apart(window: MainWindow) -> None:
    """For every registered report, the preview's figures and first rows gathered together
    (the reports tab's one reading) are those `preview` and `first_rows` give apart."""
    from ccb_desktop.services.reports import REPORTS, Period

    reports = window.services.reports
    period = Period.year(2026)
    for kind in REPORTS:
        lines, table = reports.preview_and_first_rows(kind, period)
        assert lines == reports.preview(kind, period), kind
        assert table == reports.first_rows(kind, period), kind


def test_the_funds_overview_is_the_funds_methods_apart(window: MainWindow) -> None:
    """The funds page's one reading gives the funds, figures, loans, names and contributions
    that the service's methods give one by one."""
    funds = window.services.funds
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    seen = funds.overview(start, end)
    assert seen.funds == funds.funds() and seen.figures == funds.figures(start, end)
    assert seen.loans == funds.loans() and seen.names == funds.member_names()
    assert seen.contributions == funds.contributions(start, end)
    assert seen.loans and seen.contributions  # the demo lends and collects: not a vacuous check


def test_the_dues_book_model_passes_the_qt_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The book whose squares are worked out when asked for is a well-formed Qt model."""
    tab = window.page(DuesTab)
    window.tabs.setCurrentWidget(tab)
    assert tab.grid_model.rowCount() > 0
    qtmodeltester.check(tab.grid_model, force_py=True)


def test_each_square_of_the_book_says_what_the_member_paid(window: MainWindow) -> None:
    """Every square worked out on demand agrees with the payments table: a partly paid square
    shows the amount, a tooltip names it, and the last column is the member's year total."""
    from PySide6.QtCore import Qt

    tab = window.page(DuesTab)
    window.tabs.setCurrentWidget(tab)
    model = tab.grid_model
    paid = {
        (member_id, period): amount
        for member_id, period, amount in window.services.dues.db.execute(
            "SELECT member_id, period, sum(amount_vnd) FROM dues_payments "
            "WHERE period LIKE '2026%' GROUP BY member_id, period"
        ).fetchall()
    }
    assert tab.grid is not None and paid
    keys = [p.key for p in tab.grid.periods]
    for row in range(model.rowCount()):
        member_id = model.row_object(row)
        for column, key in enumerate(keys, start=1):
            amount = paid.get((member_id, key), 0)
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""
            if amount and model.index(row, column).data() != "Miễn":
                assert _vnd(amount) in tip, (row, key)
        total = sum(paid.get((member_id, key), 0) for key in keys)
        assert model.index(row, len(keys) + 1).data() == _vnd(total)


def test_another_year_keeps_the_attention_list_and_reads_that_years_meetings(
    window: MainWindow,
) -> None:
    """Choosing another year in the meetings tab lists that year's meetings (as many as the
    meetings table holds for it) and keeps the attention list, which is of the last 12 months
    whatever the year: same lines, same count in the page's label."""
    tab = window.page(MeetingsTab)
    window.tabs.setCurrentWidget(tab)
    tab.year.setCurrentIndex(tab.year.findData(2026))
    names = [tab.attention_model.index(r, 0).data() for r in range(tab.attention_model.rowCount())]
    label = tab.pages.tabText(1)
    assert names and str(len(names)) in label
    tab.year.setCurrentIndex(tab.year.findData(2025))
    meetings, _present = _present_in(window, 2025)
    assert tab.meetings_model.rowCount() == meetings > 0
    assert [
        tab.attention_model.index(r, 0).data() for r in range(tab.attention_model.rowCount())
    ] == names
    assert tab.pages.tabText(1) == label


def test_another_fund_shows_its_own_cash_book(window: MainWindow) -> None:
    """Choosing the other fund shows that fund's lines and its closing balance for the year
    (receipts − payments up to 31/12 from the entries table), the loans left as they were."""
    tab = window.page(DuesTab)
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.funds_page)
    page = tab.funds_page
    db = window.services.funds.db
    assert page.fund.count() >= 2
    loans = page.loans_model.rowCount()
    for index in range(page.fund.count()):
        page.fund.setCurrentIndex(index)
        fund_id = page.fund.currentData()
        closing, lines = db.execute(
            "SELECT coalesce(sum(CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END), 0),"
            " sum(date >= '2026-01-01') FROM fund_entries WHERE fund_id = ? AND date <= '2026-12-31'",
            [fund_id],
        ).fetchone()
        assert f"tồn cuối kỳ {_vnd(closing)} đồng" in page.balance.text()
        assert page.book_model.rowCount() == 1 + (lines or 0)  # the brought-forward line first
        assert page.loans_model.rowCount() == loans
