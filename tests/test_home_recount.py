"""While the home screen counts its figures again after a change, it says so beside the date
(the figures shown until then are those of before the change; found by the session's tester)."""

from __future__ import annotations

from ccb_desktop.domain.member import Member
from ccb_desktop.services.changes import Change
from ccb_desktop.ui.home_tab import HomeTab
from ccb_desktop.ui.main_window import MainWindow


def test_a_recount_is_said_until_the_figures_are_in(window: MainWindow) -> None:
    """After a member is added: "đang đếm lại" beside the date, then the new count alone."""
    home = window.page(HomeTab)
    home.settle()
    before = home.overview_shown
    assert before is not None and "đang đếm" not in home.today_label.text()
    window.services.members.add(Member("Nguyễn Văn", "Mới"))
    window.data_changed.emit(Change.MEMBERS)
    assert "(đang đếm lại số liệu…)" in home.today_label.text()
    home.settle()
    assert home.overview_shown is not None and home.overview_shown.members == before.members + 1
    assert home.today_label.text().startswith("Hôm nay: ")
    assert "đang đếm" not in home.today_label.text()
