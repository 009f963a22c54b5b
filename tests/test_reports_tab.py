"""The Reports tab: the paper each report needs, the greyed dates that follow the chosen
quarter or month, one period in the preview and in the file, "Mở tệp", a stale "Đã lưu" line
cleared, and a warning before a report whose unit names are empty."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import ReportKind, ReportService
from tests.conftest import services_over


def _tab(qtbot, db: Database, clock: FixedClock):  # type: ignore[no-untyped-def]
    from ccb_desktop.ui.reports_tab import ReportsTab

    tab = ReportsTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_the_dates_paper_and_stated_period_follow_the_choice(
    qtbot, vietnamese, db: Database, clock: FixedClock, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Quarter 2 greys 01/04–30/06; the whole year states 01/01–29/11 (today) in the preview
    and in the saved file alike; the full roster says A3, the others A4."""
    from ccb_desktop.ui import dialogs

    fill_demo(db, members=20, clock=clock)
    tab = _tab(qtbot, db, clock)
    tab.span.setCurrentIndex(tab.span.findText("Quý 2"))
    assert (tab.start.text(), tab.end.text()) == ("01/04/2026", "30/06/2026")
    assert not tab.start.isEnabled()
    tab.span.setCurrentIndex(tab.span.findText("Tháng 2"))
    assert (tab.start.text(), tab.end.text()) == ("01/02/2026", "28/02/2026")
    tab.span.setCurrentIndex(0)  # the whole year, which has not ended yet
    text = tab.preview.toPlainText()
    assert "01/01/2026 – 29/11/2026" in text and "A4" in text
    tab.sensitive.setChecked(True)
    assert tab.chosen() is ReportKind.MEMBERS and "A3" in tab.preview.toPlainText()
    tab.sensitive.setChecked(False)
    tab.reports.setCurrentRow(2)  # attendance
    target = tmp_path / "sh.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: target)
    tab.save()
    stated = load_workbook(target).worksheets[0]["A7"].value
    assert stated == "(Từ ngày 01/01/2026 đến ngày 29/11/2026)"
    assert tab.open_file_button.isEnabled() and "Đã lưu" in tab.result.text()
    tab.reports.setCurrentRow(1)
    assert tab.result.text() == "" and not tab.open_file_button.isEnabled()


def test_empty_unit_names_are_warned_about_before_saving(
    qtbot, vietnamese, db: Database, clock: FixedClock, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """No unit names: asked first; answering no writes nothing, yes writes dots to fill in."""
    from ccb_desktop.ui import dialogs

    tab = _tab(qtbot, db, clock)
    target = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: target)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or False
    )
    tab.reports.setCurrentRow(1)
    tab.save()
    assert len(asked) == 1 and "chi hội" in asked[0] and not target.exists()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    tab.save()
    assert load_workbook(target).worksheets[0]["A1"].value == "……………………"


def test_the_preview_shows_the_files_first_rows(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """For every report, the preview's first rows are the saved file's first table rows."""
    import datetime as dt

    from ccb_desktop.services.reports import Period

    fill_demo(db, members=40, clock=clock)
    reports = ReportService(db, clock)
    period = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 29))
    for kind in ReportKind:
        table = reports.first_rows(kind, period)
        target = tmp_path / f"{kind.value}.xlsx"
        reports.export(kind, target, period)
        ws = load_workbook(target).worksheets[0]
        header_row = int(str(ws.print_title_rows).split(":")[1].strip("$"))
        saved = []
        for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
            if str(row[0]).startswith("Tổng cộng") or len(saved) == len(table.rows):
                break
            saved.append(row)
        assert len(saved) == len(table.rows), kind
        for shown, written in zip(table.rows, saved, strict=True):
            cells = [
                v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else "" if v is None else str(v)
                for v in written
            ]
            if kind is ReportKind.SUPPORT:  # money cells print with the Vietnamese grouping
                # (from the sixth column on: help, case loans, and fund loans when there are)
                cells[5:] = [f"{int(v):,}".replace(",", ".") for v in written[5:]]
            assert cells[: len(shown)] == shown, kind
