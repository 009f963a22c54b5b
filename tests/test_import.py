"""Importing the Excel rosters secretaries keep: messy layouts read right, nothing skipped
silently, duplicates recognised, the whole import one action that Ctrl+Z takes back."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ccb_desktop.cli import main
from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.legacy_text import LegacyEncoding
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.domain.roster_import import LineKind
from ccb_desktop.domain.vocabulary import Sex
from ccb_desktop.excel.roster_reader import ImportFileError
from ccb_desktop.i18n import StandaloneTranslator
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.importer import ImportService
from ccb_desktop.services.members import MemberService


def messy_roster(path: Path) -> Path:
    """A roster as wards keep them: title rows, a header over two rows with Năm sinh split
    Nam | Nữ, column numbers, group rows, NFD and capitals, totals and signatures below."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Chi hội 3"
    rows = [
        ["HỘI CCB PHƯỜNG 7", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["CHI HỘI KHU PHỐ 3"],
        [None, "DANH SÁCH HỘI VIÊN"],
        [None, "Tính đến ngày 01/10/2026"],
        [
            "TT",
            "HỌ TÊN  HỘI VIÊN\n",
            "Năm sinh",
            None,
            "Quê quán",
            "Đảng viên",
            "Thương binh",
            "Số thẻ",
            "Ghi chú",
            "Cột lạ",
        ],
        [None, None, "Nam", "Nữ"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
        ["Tổ 1"],
        [
            1,
            unicodedata.normalize("NFD", "Nguyễn  Văn Đức "),
            1950,
            None,
            "Thái Bình",
            "1972",
            "TB 3/4",
            "000123",
            None,
            "?",
        ],
        [2, "TRẦN THỊ LAN", None, 1955, "Nam Định", "x", None, "000124", "Cán bộ hưu"],
        [None],
        ["Tổ 2"],
        [3, "Lê Văn Tám", "8/1948", None, "Nghệ An", None, "x", None, None],
        [4, "Phạm Văn Bốn", "31/02/1949", None, "Hà Tĩnh"],
        ["Tổng cộng: 4 hội viên"],
        [None, "NGƯỜI LẬP BIỂU", None, None, None, "CHI HỘI TRƯỞNG"],
        [None, "Trần Thị Lan", None, None, None, "Nguyễn Văn Thắng"],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("C5:D5")
    wb.save(path)
    return path


@pytest.fixture
def importer(db: Database, clock: FixedClock) -> ImportService:
    return ImportService(db, clock)


def test_plan_reads_a_messy_roster_and_accounts_for_every_line(
    importer: ImportService, tmp_path: Path
) -> None:
    plan = importer.plan(messy_roster(tmp_path / "ds.xlsx"))
    assert plan.header_row == 5
    kinds = [line.kind for line in plan.lines]
    assert kinds.count(LineKind.MEMBER) == 4
    assert kinds.count(LineKind.GROUP) == 2
    assert LineKind.COLUMN_NUMBERS in kinds and LineKind.TOTALS in kinds
    assert kinds.count(LineKind.SIGNATURE) == 2  # the signatories are not members
    members = {line.member.full_name: line for line in plan.lines if line.member}
    duc = members["Nguyễn Văn Đức"].member
    assert duc is not None and unicodedata.is_normalized("NFC", duc.full_name)
    assert (duc.birth_date, duc.sex, duc.party_year, duc.war_invalid_grade, duc.team) == (
        PartialDate(1950),
        Sex.MALE,
        1972,
        "3/4",
        "Tổ 1",
    )
    lan = members["Trần Thị Lan"].member
    assert lan is not None and (lan.sex, lan.birth_date, lan.party_member, lan.party_year) == (
        Sex.FEMALE,
        PartialDate(1955),
        True,
        None,
    )
    tam = members["Lê Văn Tám"].member
    assert tam is not None and (tam.birth_date, tam.team, tam.war_invalid) == (
        PartialDate(1948, 8),
        "Tổ 2",
        True,
    )
    problems = [StandaloneTranslator().render(p) for p in members["Phạm Văn Bốn"].problems]
    assert problems == ["Không đọc được ngày “31/02/1949” ở cột “Năm sinh”."]
    assert len(plan.new) == 4 and plan.duplicates == []


def test_import_then_again_finds_duplicates_and_undo_takes_it_all_back(
    importer: ImportService, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = messy_roster(tmp_path / "ds.xlsx")
    assert importer.apply(importer.plan(path)) == 4
    members = MemberService(db, clock)
    assert [m.full_name for m in members.search(MemberFilter())] == [
        "Phạm Văn Bốn",
        "Nguyễn Văn Đức",
        "Trần Thị Lan",
        "Lê Văn Tám",
    ]
    again = importer.plan(path)
    assert again.new == [] and len(again.duplicates) == 4
    history = HistoryService(db, clock)
    assert history.last_undoable().label.render() == "Import 4 members from ds.xlsx"  # type: ignore[union-attr]
    history.undo_last()
    assert members.count() == 0


def test_unreadable_files_say_what_to_do(importer: ImportService, tmp_path: Path) -> None:
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 a damaged old excel file")
    with pytest.raises(ImportFileError) as raised:
        importer.plan(old)
    assert "save it as .xlsx" in raised.value.msg.template  # a damaged one: what to do
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "0" * 30_000_000)
    with pytest.raises(ImportFileError):
        importer.plan(bomb)
    text = tmp_path / "ds.xlsx"
    text.write_text("Họ và tên, Năm sinh", encoding="utf-8")
    with pytest.raises(ImportFileError):
        importer.plan(text)


def test_import_command_exit_codes_and_the_workbook_of_lines_left_out(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0 all imported, 2 some left out (written beside the roster), 1 nothing imported."""
    path = messy_roster(tmp_path / "ds.xlsx")
    left_out = tmp_path / "ds-loi.xlsx"
    assert main(["import", str(path), "--data", str(db_path), "--dry-run"]) == 2
    out = capsys.readouterr().out
    assert "B “HỌ TÊN HỘI VIÊN” → Họ và tên" in out  # the mapping, column by column
    assert "Dòng 14: Không đọc được ngày “31/02/1949” ở cột “Năm sinh”." in out
    assert not left_out.exists()  # a dry run writes nothing
    assert main(["members", "list", "--data", str(db_path)]) == 0
    assert capsys.readouterr().out == ""

    assert main(["import", str(path), "--data", str(db_path)]) == 2
    capsys.readouterr()
    assert main(["members", "list", "--data", str(db_path)]) == 0
    assert "Phạm Văn Bốn" not in capsys.readouterr().out
    sheet = load_workbook(left_out).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][1] == "HỌ TÊN  HỘI VIÊN\n" and rows[0][-1] == "Lỗi"
    assert rows[1][2:4] == ["Nam", "Nữ"]  # both header rows, so it reads back the same way
    assert rows[2][0] == "Tổ 2"  # the tổ of the line left out is kept
    assert rows[3][1:5] == ["Phạm Văn Bốn", "31/02/1949", None, "Hà Tĩnh"]
    assert rows[3][-1] == "Không đọc được ngày “31/02/1949” ở cột “Năm sinh”."

    # The secretary corrects the date in the workbook and imports it: everything is in.
    workbook = load_workbook(left_out)
    workbook.active.cell(row=4, column=3).value = "21/02/1949"
    workbook.save(left_out)
    assert main(["import", str(left_out), "--data", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["members", "list", "--data", str(db_path)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 4 and any("Phạm Văn Bốn" in line and "Tổ 2" in line for line in listed)

    assert main(["import", str(path), "--data", str(db_path)]) == 1  # all already registered
    assert "đã có trong danh sách" in capsys.readouterr().out
    assert main(["import", str(tmp_path / "khong-co.xlsx"), "--data", str(db_path)]) == 1
    assert "Không tìm thấy" in capsys.readouterr().err


def test_lines_with_problems_can_be_kept_with_the_field_empty(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = messy_roster(tmp_path / "ds.xlsx")
    argv = ["import", str(path), "--data", str(db_path), "--keep-lines-with-problems"]
    assert main(argv) == 0
    assert not (tmp_path / "ds-loi.xlsx").exists()
    capsys.readouterr()
    assert main(["members", "list", "--data", str(db_path)]) == 0
    assert "Phạm Văn Bốn" in capsys.readouterr().out


def test_import_from_the_members_menu(
    qtbot, vietnamese, db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Choose the file, read the plan line by line, import: the register shows the members."""
    from PySide6.QtWidgets import QDialog

    from ccb_desktop.app import ApplicationContext
    from ccb_desktop.settings import AppSettings
    from ccb_desktop.ui import dialogs
    from ccb_desktop.ui.import_dialog import ImportDialog
    from ccb_desktop.ui.main_window import MainWindow
    from tests.test_gui import run_modal

    context = ApplicationContext(clock)
    window = MainWindow(
        db_path, context.open(db_path), AppSettings(tmp_path / "s.ini"), context.open
    )
    qtbot.addWidget(window)
    path = messy_roster(tmp_path / "ds.xlsx")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: path)
    seen: dict[str, str] = {}

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        seen["button"] = dialog.import_button.text()
        seen["before"] = dialog.summary.text()
        seen["kinds"] = " | ".join(
            dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
        )
        seen["notes"] = " | ".join(
            dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())
        )
        dialog.skip_problems.click()  # leave out Phạm Văn Bốn, whose birth date is impossible
        seen["skipping"] = dialog.import_button.text()
        seen["summary"] = dialog.summary.text()
        dialog.run()

    told: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: told.append(text))
    run_modal(qtbot, window.import_roster, check)
    assert seen["button"] == "Nhập 4 hội viên" and seen["skipping"] == "Nhập 3 hội viên"
    assert "phần ký tên" in seen["kinds"] and "31/02/1949" in seen["notes"]
    assert seen["before"] == (
        "Dòng tiêu đề ở dòng 5. Sẽ thêm 4 hội viên mới. 1 dòng có chỗ không đọc được (xem cột "
        "cuối): vẫn nhập, để trống ô đó."
    )
    assert "Sẽ thêm 3 hội viên mới" in seen["summary"] and "sẽ không nhập" in seen["summary"]
    assert window.members_tab.model.total() == 3
    assert "Đã nhập 3 hội viên" in window.statusBar().currentMessage()
    assert len(told) == 1 and str(tmp_path / "ds-loi.xlsx") in told[0]
    assert (tmp_path / "ds-loi.xlsx").is_file()
    window.close()
    context.close()


def test_our_own_roster_export_imports_back_whole(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Round trip: the roster the program exports reads back as the same members, in a new file."""
    from ccb_desktop.db.connection import open_database
    from ccb_desktop.services.demo import fill_demo
    from ccb_desktop.services.reports import Period, ReportKind, ReportService

    fill_demo(db, members=40, clock=clock)
    exported = tmp_path / "ds.xlsx"
    result = ReportService(db, clock).export(ReportKind.MEMBERS, exported, Period.year(2026))
    fresh = open_database(tmp_path / "moi.sqlite")
    try:
        plan = ImportService(fresh, clock).plan(exported)
        assert len(plan.new) == result.rows and plan.with_problems == []
        ImportService(fresh, clock).apply(plan)
        before = {
            (m.full_name, m.birth_date.year if m.birth_date else None, m.sex)
            for m in MemberService(db, clock).search(MemberFilter())
        }
        after = {
            (m.full_name, m.birth_date.year if m.birth_date else None, m.sex)
            for m in MemberService(fresh, clock).search(MemberFilter())
        }
        assert after == before
    finally:
        fresh.close()


def messy_xls(path: Path) -> Path:
    """The same kind of roster as an Excel 97–2003 file, as old ward PCs still save them."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Tổ 1")
    rows = [
        ["CHI HỘI KHU PHỐ 3"],
        ["DANH SÁCH HỘI VIÊN"],
        ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Đảng viên"],
        [1, "Nguyễn Văn Đức", "Nam", "15/08/1950", "x"],
        [2, "Trần Thị Lan", "Nữ", "1955", ""],
        ["Tổng cộng: 2 hội viên"],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))
    return path


def test_an_old_xls_roster_imports_like_xlsx(importer: ImportService, tmp_path: Path) -> None:
    """.xls files (Excel 97–2003) are read too, with a single Giới tính column."""
    plan = importer.plan(messy_xls(tmp_path / "cu.xls"))
    people = {line.member.full_name: line.member for line in plan.lines if line.member}
    assert set(people) == {"Nguyễn Văn Đức", "Trần Thị Lan"}
    assert people["Trần Thị Lan"].sex is Sex.FEMALE
    assert people["Nguyễn Văn Đức"].birth_date == PartialDate(1950, 8, 15)
    assert people["Nguyễn Văn Đức"].party_member
    assert importer.sheets(tmp_path / "cu.xls") == ["Tổ 1"]


def test_an_ods_roster_imports_too(importer: ImportService, tmp_path: Path) -> None:
    """.ods (LibreOffice) rosters: made here by converting the messy .xlsx with LibreOffice."""
    import os
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is missing: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice is not installed on this machine")
    source = messy_roster(tmp_path / "ds.xlsx")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "ods", "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        timeout=180,
        check=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    plan = importer.plan(tmp_path / "ds.ods")
    assert len(plan.new) == 4


def test_a_corrected_column_is_remembered_for_the_same_layout(
    qtbot, vietnamese, importer: ImportService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ "Quê quán" read as Nơi ở by the secretary's choice; the next file of that layout keeps it."""
    from ccb_desktop.domain.roster_import import Field
    from ccb_desktop.ui.import_dialog import ImportDialog

    path = messy_roster(tmp_path / "ds.xlsx")
    dialog = ImportDialog(importer, importer.plan(path))
    qtbot.addWidget(dialog)
    combo = dialog.combos[4]  # "Quê quán"
    assert combo.currentData() == Field.HOMETOWN.value
    combo.setCurrentIndex(combo.findData(Field.ADDRESS.value))
    dialog.reread()
    assert all(line.member.address for line in dialog.plan.new if line.member)
    dialog.run()
    assert dialog.imported == 4
    again = importer.plan(messy_roster(tmp_path / "ds2.xlsx"))
    assert again.mapping[4] is Field.ADDRESS


def test_a_roster_typed_in_the_old_tcvn3_fonts_reads_as_unicode(
    importer: ImportService, tmp_path: Path
) -> None:
    """Opened without .VnTime, "NguyÔn V¨n §øc" is what the cells hold: it is Nguyễn Văn Đức."""
    wb = Workbook()
    ws = wb.active
    for row in [
        ["HéI CCB PH¦êNG 7"],
        [None, "DANH S¸CH HéI VI£N"],  # a capitals (.VnTimeH) heading
        ["TT", "Hä vµ tªn", "N¨m sinh", "Quª qu¸n", "§¶ng viªn"],
        ["Tæ 1"],
        [1, "NguyÔn V¨n §øc", 1950, "Th¸i B×nh", "x"],
        [2, "TrÇn ThÞ Lan", 1955, "NghÖ An", None],
        [3, "L£ V¨N T¸M", 1948, "Hµ Néi", "1972"],
    ]:
        ws.append(row)
    wb.save(tmp_path / "cu.xlsx")
    plan = importer.plan(tmp_path / "cu.xlsx")
    assert plan.legacy_encoding is LegacyEncoding.TCVN3 and plan.header_row == 3
    read = [
        (m.full_name, m.hometown, m.team, m.party_member, m.party_year)
        for m in (line.member for line in plan.new)
        if m is not None
    ]
    assert read == [
        ("Nguyễn Văn Đức", "Thái Bình", "Tổ 1", True, None),
        ("Trần Thị Lan", "Nghệ An", "Tổ 1", False, None),
        ("Lê Văn Tám", "Hà Nội", "Tổ 1", True, 1972),
    ]
    assert all(unicodedata.is_normalized("NFC", name) for name, *_ in read)
    # A roster in Unicode is never "converted", though à, á, ê … are Latin-1 letters too.
    assert importer.plan(messy_roster(tmp_path / "ds.xlsx")).legacy_encoding is None


def test_a_roster_typed_in_vni_fonts_reads_as_unicode(
    importer: ImportService, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    for row in [
        ["DANH SAÙCH HOÄI VIEÂN"],
        ["STT", "Hoï vaø teân", "Naêm sinh", "Queâ quaùn", "Ñaûng vieân"],
        [1, "Nguyeãn Vaên Ñöùc", 1950, "Thaùi Bình", "x"],
        [2, "TRÖÔNG THÒ LAN", 1955, "Haø Tónh", None],
    ]:
        ws.append(row)
    wb.save(tmp_path / "vni.xlsx")
    plan = importer.plan(tmp_path / "vni.xlsx")
    assert plan.legacy_encoding is LegacyEncoding.VNI and plan.header_row == 2
    read = [(m.full_name, m.hometown, m.party_member) for m in (ln.member for ln in plan.new) if m]
    assert read == [("Nguyễn Văn Đức", "Thái Bình", True), ("Trương Thị Lan", "Hà Tĩnh", False)]


def test_members_already_registered_have_empty_fields_filled_only_when_asked(
    importer: ImportService, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """A blank cell never overwrites; a written field is never changed; undo restores all."""
    from ccb_desktop.domain.member import Member

    members = MemberService(db, clock)
    duc_id = members.add(
        Member(
            family_name="Nguyễn Văn",
            given_name="Đức",
            birth_date=PartialDate(1950),
            address="12 Lê Lợi",
            party_member=True,
        )
    )
    before = members.get(duc_id)
    path = messy_roster(tmp_path / "ds.xlsx")  # Đức: Thái Bình, Đảng viên 1972, card 000123
    plan = importer.plan(path)
    [(line, filled, fields)] = plan.completions
    assert filled.id == duc_id
    assert line.row == 9 and [f.label for f in fields] == [
        "Quê quán",
        "Số thẻ",
        "Tổ hội",
        "Đảng viên",
    ]

    importer.apply(plan)  # not asked: the record stays as it was
    assert members.get(duc_id) == before
    HistoryService(db, clock).undo_last()

    assert importer.apply(importer.plan(path), fill_empty_fields=True) == 3
    after = members.get(duc_id)
    assert (after.hometown, after.card_number, after.team, after.party_year) == (
        "Thái Bình",
        "000123",
        "Tổ 1",
        1972,
    )
    assert after.address == "12 Lê Lợi" and after.notes == ""  # kept; the cell was blank
    HistoryService(db, clock).undo_last()
    assert members.get(duc_id) == before and members.count() == 1


def test_import_command_fills_empty_fields_when_asked(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = messy_roster(tmp_path / "ds.xlsx")
    argv = ["import", str(path), "--data", str(db_path), "--keep-lines-with-problems"]
    assert main(argv) == 0
    edited = load_workbook(path)
    edited.active["I9"] = "Cán bộ hưu trí"  # a note for Đức, whose record has none
    edited.save(path)
    capsys.readouterr()
    assert main([*argv, "--dry-run"]) == 1  # nobody new, nothing completed without asking
    assert "--fill-empty-fields" in capsys.readouterr().out
    assert main([*argv, "--fill-empty-fields"]) == 2  # one completed, three left as they are
    assert "Ghi chú" in capsys.readouterr().out
    assert main(["members", "list", "--data", str(db_path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_the_import_window_completes_registered_members_when_ticked(
    qtbot, vietnamese, db: Database, clock: FixedClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ccb_desktop.domain.member import Member
    from ccb_desktop.ui.import_dialog import ImportDialog

    members = MemberService(db, clock)
    duc_id = members.add(
        Member(family_name="Nguyễn Văn", given_name="Đức", birth_date=PartialDate(1950))
    )
    dialog = ImportDialog(
        importer := ImportService(db, clock), importer.plan(messy_roster(tmp_path / "ds.xlsx"))
    )
    qtbot.addWidget(dialog)
    notes = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text()
        for r in range(dialog.table.rowCount())
    }
    assert notes["9"] == (
        "đã có trong danh sách (Nguyễn Văn Đức); có thể bổ sung: Quê quán, Số thẻ, Tổ hội"
    )
    assert dialog.fill_empty.isEnabled() and dialog.import_button.text() == "Nhập 3 hội viên"
    assert "1 người đã có trong danh sách sẽ được giữ nguyên" in dialog.summary.text()
    dialog.fill_empty.click()
    assert "1 người sẽ được bổ sung các ô còn trống" in dialog.summary.text()
    dialog.run()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.completed == 1
    assert members.get(duc_id).hometown == "Thái Bình" and members.count() == 4


def test_password_protected_and_linked_workbooks_say_what_to_do(
    importer: ImportService, db: Database, tmp_path: Path
) -> None:
    from ccb_desktop.db import members as repo

    locked = tmp_path / "khoa.xlsx"  # Excel encrypts into a compound file, whatever the name
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    with pytest.raises(ImportFileError) as raised:
        importer.plan(locked)
    assert "password" in raised.value.msg.template
    linked = messy_roster(tmp_path / "lienket.xlsx")
    with zipfile.ZipFile(linked, "a") as archive:
        archive.writestr("xl/externalLinks/externalLink1.xml", "<externalLink/>")
    with pytest.raises(ImportFileError) as raised:
        importer.plan(linked)
    assert "Break Link" in raised.value.msg.template
    assert repo.all_members(db) == []  # nothing written


def test_a_sheet_longer_than_any_roster_is_refused(
    importer: ImportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ccb_desktop.excel import roster_reader

    monkeypatch.setattr(roster_reader, "MAX_ROWS", 10)  # the real limit, 200,000, at small scale
    path = messy_roster(tmp_path / "ds.xlsx")  # 17 rows
    with pytest.raises(ImportFileError) as raised:
        importer.plan(path)
    assert StandaloneTranslator().render(raised.value.msg).startswith(f"{path} có hơn 10 dòng")
