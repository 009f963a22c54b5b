"""The Reports tab's year-end buttons (issue 18): "Báo cáo tổng kết năm…" writes the chosen
review as a Word document, and "Chỉ tiêu năm…" opens the chosen year's targets."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from ccb_desktop.db.connection import Database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import Period
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.reports_tab import ReportsTab
from tests.conftest import services_over


def _tab(qtbot: QtBot, db: Database, clock: FixedClock) -> ReportsTab:
    tab = ReportsTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_the_review_button_writes_the_chosen_review(
    qtbot: QtBot,
    vietnamese: object,
    db: Database,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Choosing the first half of 2026 writes the sơ kết, "Mở tệp" is offered and the export
    log names it."""
    fill_demo(db, members=25, clock=clock)
    tab = _tab(qtbot, db, clock)
    offered: list[str] = []

    def choose(_parent: object, _title: str, _label: str, items: list[str]) -> str:
        offered.extend(items)
        return items[1]

    target = tmp_path / "so-ket.docx"
    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: target)
    tab.review_button.click()
    assert offered[:2] == ["Báo cáo tổng kết năm 2026", "Sơ kết 6 tháng đầu năm 2026"]
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Sơ kết công tác Hội 6 tháng đầu năm 2026" in text
    assert tab.open_file_button.isEnabled() and str(target) in tab.result.text()
    # Noted in the export log, and named in the "exported before" list.
    assert db.execute("SELECT report, file FROM exports").fetchall() == [("yearend", str(target))]
    assert "Báo cáo tổng kết" in tab.log.item(0).text()


def test_a_chosen_quarter_is_offered_as_its_own_review(
    qtbot: QtBot, db: Database, clock: FixedClock
) -> None:
    """With quarter 3 chosen above, the third choice is the review of 01/07–30/09."""
    tab = _tab(qtbot, db, clock)
    tab.span.setCurrentIndex(3)  # whole year, quarters 1, 2, 3 …
    choices = tab.review_choices()
    assert len(choices) == 3 and choices[2][1] == Period.quarter(2026, 3)


def test_the_targets_button_opens_the_chosen_years_targets(
    qtbot: QtBot, db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Year 2025 chosen: the dialog is for 2025."""
    from ccb_desktop.ui import targets_dialog

    opened: list[int] = []
    monkeypatch.setattr(
        targets_dialog.TargetsDialog, "exec", lambda self: opened.append(self.year) or 0
    )
    tab = _tab(qtbot, db, clock)
    tab.year.setCurrentIndex(tab.year.findData(2025))
    tab.targets_button.click()
    assert opened == [2025]
