"""The ward's workbooks, written for demo data and read back; opened by LibreOffice too."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ccb_desktop.cli import main
from ccb_desktop.db.connection import Database
from ccb_desktop.db.meetings import memberships
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.domain.reports import composition, members_on, reconciliation
from ccb_desktop.domain.text import name_sort_key
from ccb_desktop.domain.vocabulary import MovementKind, Sex
from ccb_desktop.errors import StorageError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportKind, ReportService
from tests.conftest import services_over


@pytest.fixture
def filled(db: Database, clock: FixedClock) -> ReportService:
    fill_demo(db, members=60, clock=clock)
    members = MemberService(db, clock)
    sneaky = members.add(
        Member(
            '=HYPERLINK("http://x","Bấm")',
            "An",
            sex=Sex.FEMALE,
            birth_date=PartialDate(1958, 3, 2),
            enlisted=PartialDate(1976, 3, 15),
        )
    )
    members.record_movement(sneaky, Movement(MovementKind.ADMITTED, PartialDate(2026, 3, 1)))
    return ReportService(db, clock)


def _cells(ws) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_roster_layout_order_and_totals(
    filled: ReportService, tmp_path: Path, db: Database, clock: FixedClock
) -> None:
    """Title, header, official order, Nam | Nữ placement, totals, print settings, safe text."""
    target = tmp_path / "ds.xlsx"
    result = filled.export(ReportKind.MEMBERS_SHORT, target, Period.year(2026))
    ws = load_workbook(target).active
    rows = _cells(ws)
    assert rows[0][0] == "HỘI CCB PHƯỜNG 7" and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in rows[0]
    assert "Phường 7, ngày 29 tháng 11 năm 2026" in rows[3]
    assert rows[5][0] == "DANH SÁCH TRÍCH NGANG HỘI VIÊN"
    assert rows[7][:3] == ["TT", "Họ và tên", "Năm sinh"] and rows[8][2:4] == ["Nam", "Nữ"]
    assert "Dân tộc" not in rows[7]  # the short variant keeps sensitive columns out
    data = [r for r in rows[9:] if isinstance(r[0], int)]
    assert len(data) == result.rows
    everyone = {m.full_name: m for m in filled._members()}
    names = [r[1] for r in data]
    keys = [name_sort_key(everyone[n].given_name, everyone[n].family_name) for n in names]
    assert keys == sorted(keys)
    sneaky = next(r for r in data if str(r[1]).startswith("=HYPERLINK"))
    assert (sneaky[2], sneaky[3]) == (None, 1958)  # a woman's year goes under Nữ
    cell = next(c for row in ws.iter_rows() for c in row if str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"
    totals = next(r for r in rows if str(r[0]).startswith("Tổng cộng"))
    listed = members_on(everyone.values(), memberships(db), clock.today())
    assert totals[0] == f"Tổng cộng: {len(listed)} hội viên"
    assert totals[2] + totals[3] == len([m for m in listed if m.birth_date])
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$8:$9" and ws.freeze_panes == "A10"


def test_full_roster_has_sensitive_columns_and_real_dates(
    filled: ReportService, tmp_path: Path
) -> None:
    target = tmp_path / "ds-full.xlsx"
    filled.export(ReportKind.MEMBERS, target, Period.year(2026))
    ws = load_workbook(target).active
    header = [c.value for c in ws[8]]
    assert {"Dân tộc", "Tôn giáo", "Thương binh", "Bệnh binh", "CĐDC", "Con liệt sĩ"} <= set(header)
    dated = [c for row in ws.iter_rows(min_row=10) for c in row if isinstance(c.value, dt.datetime)]
    assert dated and all(c.number_format == "dd/mm/yyyy" for c in dated)
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A3  # A3: the full list is wide


def test_summary_figures_come_from_the_movements(
    filled: ReportService, tmp_path: Path, db: Database, clock: FixedClock
) -> None:
    """Đầu kỳ + tăng − giảm = cuối kỳ, as the domain computes it, and the check says Khớp."""
    target = tmp_path / "sl.xlsx"
    filled.export(ReportKind.SUMMARY, target, Period.year(2026))
    values = {r[1]: r[2] for r in _cells(load_workbook(target).active) if len(r) > 2 and r[1]}
    rec = reconciliation(memberships(db).values(), dt.date(2026, 1, 1), clock.today())
    assert values["Số hội viên đầu kỳ"] == rec.start and values["Số hội viên cuối kỳ"] == rec.end
    assert values["Tăng: kết nạp"] == rec.increases[MovementKind.ADMITTED] >= 1
    assert values["Đối chiếu: đầu kỳ + tăng − giảm = cuối kỳ"] == "Khớp"
    listed = members_on(filled._members(), memberships(db), clock.today())
    assert values["Tổng số hội viên"] == composition(listed, clock.today()).total == rec.end


def test_attendance_support_and_movements_reports(filled: ReportService, tmp_path: Path) -> None:
    attendance = tmp_path / "sh.xlsx"
    filled.export(ReportKind.ATTENDANCE, attendance, Period.year(2026))
    book = load_workbook(attendance)
    assert book.sheetnames == ["Các buổi sinh hoạt", "Sổ theo dõi"]
    meetings = [r for r in _cells(book["Các buổi sinh hoạt"]) if isinstance(r[0], int)]
    totals = next(
        r for r in _cells(book["Các buổi sinh hoạt"]) if str(r[0]).startswith("Tổng cộng")
    )
    assert totals[5] == sum(r[5] for r in meetings)  # present
    support = tmp_path / "gn.xlsx"
    filled.export(ReportKind.SUPPORT, support, Period.year(2026))
    text = " ".join(str(v) for r in _cells(load_workbook(support).active) for v in r if v)
    assert "Nghị định 07/2021/NĐ-CP" in text and "Hộ nghèo đầu năm" in text
    moved = tmp_path / "bd.xlsx"
    result = filled.export(ReportKind.MOVEMENTS, moved, Period.year(2026))
    assert result.rows >= 1
    assert [r[0] for r in filled.exports()] == ["2026-11-29T09:30:00"] * 3


def test_a_target_that_cannot_be_replaced_leaves_no_half_file(
    filled: ReportService, tmp_path: Path
) -> None:
    """A target that cannot be replaced (here a folder; on Windows a file open in Excel)."""
    target = tmp_path / "bao-cao.xlsx"
    target.mkdir()
    with pytest.raises(StorageError) as raised:
        filled.export(ReportKind.SUMMARY, target, Period.year(2026))
    assert "close it and try again" in raised.value.msg.template
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("chi_hoi")] == [
        "bao-cao.xlsx"
    ]


def test_export_command(
    db_path: Path, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    from ccb_desktop.db.connection import open_database

    db = open_database(db_path)
    fill_demo(db, members=20, clock=clock)
    db.close()
    out = tmp_path / "ds.xlsx"
    assert (
        main(
            [
                "export",
                "members-short",
                "--data",
                str(db_path),
                "--out",
                str(out),
                "--from",
                "01/01/2026",
                "--to",
                "30/06/2026",
            ]
        )
        == 0
    )
    assert "Đã ghi" in capsys.readouterr().out
    assert "30/06/2026" in str(load_workbook(out).active["A7"].value)


@pytest.mark.slow
def test_every_report_opens_in_libreoffice(filled: ReportService, tmp_path: Path) -> None:
    """A workbook LibreOffice cannot open (or would repair) is a failed export."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is missing: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice is not installed on this machine")
    files = []
    for kind in ReportKind:
        target = tmp_path / f"{kind.value}.xlsx"
        filled.export(kind, target, Period.year(2026))
        files.append(str(target))
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *files],
        capture_output=True,
        timeout=300,
        check=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    for kind in ReportKind:
        pdf = tmp_path / f"{kind.value}.pdf"
        assert (
            pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
        ), kind


def test_the_reports_tab_saves_the_chosen_report(
    qtbot, vietnamese, db: Database, db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Pick the summary, a quarter, save: the workbook is written and the folder can be opened."""
    from ccb_desktop.ui import dialogs
    from ccb_desktop.ui.reports_tab import ReportsTab

    fill_demo(db, members=30, clock=clock)
    tab = ReportsTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.show()
    tab.reports.setCurrentRow(1)
    tab.span.setCurrentIndex(tab.span.findText("Quý 3"))
    assert "01/07/2026 – 30/09/2026" in tab.preview.toPlainText()
    assert "Số hội viên cuối kỳ" in tab.preview.toPlainText()
    target = tmp_path / "quy3.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: target)
    tab.save()
    assert load_workbook(target).active["A6"].value == "BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG HỘI VIÊN"
    assert tab.open_folder_button.isEnabled() and "Đã lưu" in tab.result.text()
    assert not tab.sensitive.isEnabled()  # only the roster has sensitive columns to add


def test_longevity_milestones_and_lunar_age() -> None:
    """70, 75, 80, 85, 90, 95 and every year from 100; tuổi mụ counts one year more."""
    from ccb_desktop.domain.reports import longevity_milestone

    assert longevity_milestone(1957, 2027, lunar_age=False) == (70, "Mừng thọ 70")
    assert longevity_milestone(1958, 2027, lunar_age=True) == (70, "Mừng thọ 70")
    assert longevity_milestone(1947, 2027, lunar_age=False) == (80, "Mừng thượng thọ 80")
    assert longevity_milestone(1926, 2027, lunar_age=False) == (101, "Mừng thượng thượng thọ 101")
    assert longevity_milestone(1956, 2027, lunar_age=False) is None


def test_year_end_pack_lists_longevity_and_evaluations(
    filled: ReportService, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """The coming year's mừng thọ list and this year's grades, counted by grade."""
    members = MemberService(db, clock)
    current = members.search(MemberFilter())
    members.save_evaluations(2026, {m.id: ("CCB gương mẫu", "") for m in current[:5]})
    target = tmp_path / "cuoi-nam.xlsx"
    result = filled.export(ReportKind.YEAR_END, target, Period.year(2026))
    book = load_workbook(target)
    assert book.sheetnames == ["Mừng thọ", "Xếp loại"]
    longevity = [r for r in _cells(book["Mừng thọ"]) if isinstance(r[0], int)]
    assert len(longevity) == result.rows
    assert all(r[3] in (70, 75, 80, 85, 90, 95) or r[3] >= 100 for r in longevity)
    assert all(2027 - r[2] == r[3] for r in longevity)
    lines = [r[0] for r in _cells(book["Xếp loại"]) if r[0]]
    assert "CCB gương mẫu: 5" in lines


def test_year_end_evaluation_from_the_reports_tab(
    qtbot, vietnamese, db: Database, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """One click grades everyone not yet graded; one member is set apart; saved as one action."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from ccb_desktop.ui.evaluation_dialog import EvaluationDialog
    from ccb_desktop.ui.reports_tab import ReportsTab
    from tests.test_gui import run_modal

    fill_demo(db, members=12, clock=clock)
    members = MemberService(db, clock)
    tab = ReportsTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.show()

    def grade(dialog: QDialog) -> None:
        assert isinstance(dialog, EvaluationDialog)
        dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("Hoàn thành nhiệm vụ"))
        dialog.fill_grade.setCurrentIndex(dialog.fill_grade.findData("Hoàn thành tốt nhiệm vụ"))
        dialog.fill_missing()
        dialog.save()

    run_modal(
        qtbot, lambda: qtbot.mouseClick(tab.evaluate_button, Qt.MouseButton.LeftButton), grade
    )
    stored = members.evaluations(2026)
    current = members.search(MemberFilter())
    assert len(stored) == len(current)
    assert sorted(g for g, _n in stored.values()).count("Hoàn thành nhiệm vụ") == 1


def test_movements_report_keeps_paper_numbers_and_notes(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    members = MemberService(db, clock)
    member_id = members.add(Member("Lê Văn", "Tám"))
    members.record_movement(
        member_id,
        Movement(
            MovementKind.TRANSFERRED_OUT,
            PartialDate(2026, 6, 1),
            paper_number="12/GGT",
            note="Về Nghệ An",
        ),
    )
    target = tmp_path / "bd.xlsx"
    ReportService(db, clock).export(ReportKind.MOVEMENTS, target, Period.year(2026))
    row = next(r for r in _cells(load_workbook(target).active) if r[0] == 1)
    assert row[1:] == [
        "Lê Văn Tám",
        None,
        "Chuyển đi",
        dt.datetime(2026, 6, 1),
        "12/GGT",
        "Về Nghệ An",
    ]


def test_the_reports_tab_takes_a_range_of_dates_and_logs_exports(
    qtbot, vietnamese, db: Database, tmp_path: Path, clock: FixedClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ccb_desktop.ui import dialogs
    from ccb_desktop.ui.reports_tab import ReportsTab

    fill_demo(db, members=15, clock=clock)
    tab = ReportsTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.show()
    tab.reports.setCurrentRow(4)  # movements
    tab.span.setCurrentIndex(tab.span.count() - 1)
    tab.start.setText("31/02/2026")
    tab.start.editingFinished.emit()
    assert tab.dates_error.isVisibleTo(tab) and not tab.save_button.isEnabled()
    tab.start.setText("01/03/2026")
    tab.end.setText("31/10/2026")
    tab.end.editingFinished.emit()
    assert tab.save_button.isEnabled() and "01/03/2026 – 31/10/2026" in tab.preview.toPlainText()
    target = tmp_path / "bd.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: target)
    tab.save()
    assert "31/10/2026" in str(load_workbook(target).active["A7"].value)
    assert tab.log.count() == 1 and str(target) in tab.log.item(0).text()
