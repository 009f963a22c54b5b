"""Issue 21: the export log shows who exported what, when, with which sensitive columns, and
prints as the record of processing (sổ ghi xử lý dữ liệu cá nhân)."""

from __future__ import annotations

import getpass
from pathlib import Path

from sqlite_utils import Database

from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import Period, ReportService
from ccb_desktop.ui.printouts import Printouts
from ccb_desktop.ui.privacy_dialogs import ProcessingRecordDialog


def test_each_export_notes_who_and_which_sensitive_columns(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """The full roster notes Party, ethnicity, religion and health; the short one Party; the
    support report the household's finances; every line names the computer user."""
    fill_demo(db, members=12, clock=clock)
    reports = ReportService(db, clock)
    for kind in ("members", "members-short", "support", "summary"):
        reports.export(kind, tmp_path / f"{kind}.xlsx", Period.year(2026))
    logged = db.execute(
        "SELECT report, made_by, sensitive, sensitive_columns FROM exports ORDER BY id"
    ).fetchall()
    user = getpass.getuser()
    assert [tuple(r) for r in logged] == [
        ("members", user, 1, "party,ethnicity,religion,health"),
        ("members-short", user, 0, "party"),
        ("support", user, 1, "household"),
        ("summary", user, 0, ""),
    ]
    record = reports.processing_record()
    assert [(e.report, e.rows) for e in record] == [
        tuple(r) for r in db.execute("SELECT report, rows FROM exports ORDER BY at, id").fetchall()
    ]


def test_the_record_is_shown_and_printed_in_vietnamese(
    qtbot, vietnamese, db: Database, clock: FixedClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """One table row a log line (newest first); an older line without its columns says so;
    the printout is titled and names the sensitive data in Vietnamese."""
    fill_demo(db, members=12, clock=clock)
    reports = ReportService(db, clock)
    reports.export("members", tmp_path / "roster.xlsx", Period.year(2026))
    db.execute(
        "INSERT INTO exports (report, file, at, sensitive, rows) "
        "VALUES ('support', 'old.xlsx', '2026-01-02T08:00:00', 1, 3)"
    )
    entries = reports.processing_record()
    dialog = ProcessingRecordDialog(entries, Printouts(reports.unit(), clock.today()))
    qtbot.addWidget(dialog)
    count = db.execute("SELECT count(*) FROM exports").fetchone()[0]
    assert dialog.table.rowCount() == count == 2
    newest = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert newest[3] == "đảng viên, dân tộc, tôn giáo, thương binh, bệnh binh, chất độc da cam"
    assert newest[5] == str(tmp_path / "roster.xlsx")
    assert dialog.table.item(1, 3).text() == "có (không ghi rõ cột)"
    assert dialog.table.item(1, 0).text() == "02/01/2026 08:00"
    html = dialog.printout().html
    assert "SỔ GHI XỬ LÝ DỮ LIỆU CÁ NHÂN" in html and getpass.getuser() in html
