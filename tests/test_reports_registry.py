"""A report is one module plus its test: a sample report registered the way the real ones are
is offered by the command line and the Reports tab, previewed, and exported to a workbook."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ccb_desktop.cli import main
from ccb_desktop.db.connection import Database
from ccb_desktop.excel import reports as excel
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import REPORTS, Period, Report, ReportService
from ccb_desktop.services.reports.base import Context, Prepared, lists
from tests.conftest import services_over


# --- the sample report: what a new module in ccb_desktop/services/reports/ would hold ---
def _prepare(c: Context) -> Prepared:
    columns = [("TT", 5, "center"), ("Họ và tên", 28, "left"), ("Tổ hội", 10, "center")]
    rows: list[list[object]] = [[m.full_name, m.team] for m in c.everyone]
    return lists(c, [excel.ListSheet("Danh sách mẫu theo tổ", "Mẫu", "", columns, rows)])


SAMPLE = Report("sample-teams", "Danh sách mẫu theo tổ hội", "danh-sach-mau", _prepare)


@pytest.fixture
def sample() -> Report:
    """The sample registered exactly as a real module's REPORTS entry is (and removed after)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(REPORTS, SAMPLE.kind, SAMPLE)
        yield SAMPLE


def _names_by_sql(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT family_name, given_name, team FROM members").fetchall()
    return sorted((f"{family} {given}".strip(), team or "") for family, given, team in rows)


def _sheet_rows(path: Path) -> list[tuple[str, str]]:
    sheet = load_workbook(path).worksheets[0]
    found = [
        (str(row[1]), str(row[2] or ""))
        for row in sheet.iter_rows(values_only=True)
        if isinstance(row[0], int)
    ]
    return sorted(found)


def test_the_command_line_offers_and_exports_a_registered_report(
    sample: Report, db: Database, db_path: Path, clock: FixedClock, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """`export sample-teams` is accepted and writes every member once, as SQL counts them."""
    fill_demo(db, members=15, clock=clock)
    target = tmp_path / "mau.xlsx"
    assert main(["export", "sample-teams", "--data", str(db_path), "--out", str(target)]) == 0
    assert _sheet_rows(target) == _names_by_sql(db_path) and len(_sheet_rows(target)) == 15
    with sqlite3.connect(db_path) as conn:
        logged = conn.execute("SELECT report FROM exports").fetchall()
    assert logged == [("sample-teams",)]


def test_the_command_line_refuses_a_report_no_module_registers(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    """Without the sample registered, the same command is refused by the parser (exit 2)."""
    with pytest.raises(SystemExit) as stopped:
        main(["export", "sample-teams", "--data", str(db_path), "--out", str(tmp_path / "x.xlsx")])
    assert stopped.value.code == 2 and not (tmp_path / "x.xlsx").exists()


def test_the_reports_tab_lists_previews_and_saves_a_registered_report(
    sample: Report,
    qtbot,
    vietnamese,
    db: Database,
    db_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    """The tab lists the sample last, previews its first rows, suggests its file name, saves
    it and names it in the export log; the print menu's summary has the member counts."""
    from ccb_desktop.ui import dialogs
    from ccb_desktop.ui.reports_tab import ReportsTab

    fill_demo(db, members=12, clock=clock)
    tab = ReportsTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.show()
    labels = [tab.reports.item(i).text() for i in range(tab.reports.count())]
    assert labels[-1] == SAMPLE.label and len(labels) == sum(r.listed for r in REPORTS.values())
    tab.reports.setCurrentRow(len(labels) - 1)
    assert tab.chosen() == "sample-teams" and not tab.sensitive.isEnabled()
    assert SAMPLE.label in tab.preview.toPlainText()
    first_name = _names_by_sql(db_path)
    assert any(name in tab.preview.toPlainText() for name, _team in first_name)
    target = tmp_path / "mau.xlsx"
    suggested: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_save_file", lambda _w, _t, name, *a: suggested.append(name) or target
    )
    tab.save()
    assert Path(suggested[0]).name == "danh-sach-mau-2026.xlsx"
    assert _sheet_rows(target) == first_name
    assert SAMPLE.label in tab.log.item(0).text()
    lines = dict(ReportService(db, clock).preview("sample-teams", Period.year(2026)))
    with sqlite3.connect(db_path) as conn:
        (active,) = conn.execute(
            "SELECT count(*) FROM members WHERE status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"
        ).fetchone()
    assert lines["Số hội viên cuối kỳ"] == str(active)
