"""Rosters as wards and other member programs lay them out: every column of the member record
is read, nothing that is not a member gets in, and every line's fate is shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from ccb_desktop.cli import main
from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.roster_import import Field, LineKind
from ccb_desktop.domain.vocabulary import (
    Benefit,
    DischargeKind,
    Rank,
    RankGroup,
    ServicePeriodKind,
    Sex,
)
from ccb_desktop.i18n import StandaloneTranslator
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.importer import ImportPlan, ImportService


def workbook(path: Path, rows: list[list[Any]], merged: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(path)
    return path


@pytest.fixture
def importer(db: Database, clock: FixedClock) -> ImportService:
    return ImportService(db, clock)


def members_of(plan: ImportPlan) -> dict[str, Member]:
    return {line.member.full_name: line.member for line in plan.lines if line.member}


def problems_of(plan: ImportPlan) -> dict[int, list[str]]:
    render = StandaloneTranslator().render
    return {line.row: [render(p) for p in line.problems] for line in plan.lines if line.problems}


def test_group_rows_in_the_name_column_are_never_members(
    importer: ImportService, tmp_path: Path
) -> None:
    """ "Tổ 1" written in the Họ và tên column (TT empty), after a subtotal or merged across,
    is a group heading: its members take it as their tổ, and no member is named "Tổ 1"."""
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["TT", "Họ và tên", "Năm sinh", "Quê quán"],
            [None, "Tổ 1"],
            [1, "Nguyễn Văn An", 1950, "Nam Định"],
            [None, "Cộng tổ 1: 1 hội viên"],
            [None, "TỔ 2 - KHU PHỐ 3"],
            [2, "Trần Văn Bình", 1952, "Hà Nam"],
            [None, None, "Tổ hội số 3"],
            [3, "Lê Văn Cường", 1953],
            [None, "Tô Văn Ân"],  # a member without a number, not a group
        ],
    )
    plan = importer.plan(path)
    assert [line.kind for line in plan.lines if line.kind is LineKind.GROUP] == [LineKind.GROUP] * 3
    found = members_of(plan)
    assert sorted(found) == ["Lê Văn Cường", "Nguyễn Văn An", "Trần Văn Bình", "Tô Văn Ân"]
    assert [found[n].team for n in sorted(found)] == [
        "Tổ hội số 3", "Tổ 1", "TỔ 2 - KHU PHỐ 3", "Tổ hội số 3"
    ]  # fmt: skip
    assert importer.apply(plan) == 4


def test_a_number_that_is_no_year_nor_date_is_a_problem_on_its_line(
    importer: ImportService, tmp_path: Path
) -> None:
    """19555 under "Năm sinh" is reported on its line and never read as an Excel serial
    date; a real date cell and a year are read."""
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["TT", "Họ và tên", "Năm sinh", "Nhập ngũ"],
            [1, "Nguyễn Văn An", 19555, 1968],
            [2, "Trần Văn Bình", dt.datetime(1952, 3, 4), 45000],
            [3, "Lê Văn Cường", 1953.0, "8/1970"],
        ],
    )
    plan = importer.plan(path)
    found = members_of(plan)
    assert found["Nguyễn Văn An"].birth_date is None
    assert found["Trần Văn Bình"].birth_date == PartialDate(1952, 3, 4)
    assert found["Trần Văn Bình"].enlisted is None
    assert (found["Lê Văn Cường"].birth_date, found["Lê Văn Cường"].enlisted) == (
        PartialDate(1953),
        PartialDate(1970, 8),
    )
    assert problems_of(plan) == {
        2: ["Không đọc được ngày “19555” ở cột “Năm sinh”."],
        3: ["Không đọc được ngày “45000” ở cột “Nhập ngũ”."],
    }


def test_nameless_member_lines_and_a_second_name_column_are_line_problems(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line with a number and a birth date but no name is shown and written to the
    workbook of lines left out; a second "Họ và tên" column never silently wins."""
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["TT", "Họ và tên", "Năm sinh", "Họ và tên"],
            [1, "Nguyễn Văn An", 1950, "Nguyễn Văn An"],
            [2, None, 1951],
            [3, "Trần Văn Bình", 1952, "Trần Văn Bính"],
        ],
    )
    assert main(["import", str(path), "--data", str(db_path)]) == 2
    out = capsys.readouterr().out
    assert "Dòng 3: Dòng này không có tên." in out
    assert (
        "Dòng 4: Hai cột cùng được đọc là “Họ và tên”: B “Họ và tên” ghi “Trần Văn Bình”, "
        "D “Họ và tên” ghi “Trần Văn Bính”; đã dùng cột thứ nhất."
    ) in out
    left_out = [list(r) for r in load_workbook(tmp_path / "ds-loi.xlsx").active.values]
    assert [row[:3] for row in left_out[1:]] == [[2, None, 1951], [3, "Trần Văn Bình", 1952]]
    assert main(["members", "list", "--data", str(db_path)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("Nguyễn Văn An\t")


def test_imported_values_pass_the_member_forms_checks(
    importer: ImportService, tmp_path: Path
) -> None:
    """One door into the register: what the form refuses is a problem on the import's line,
    and the field is left empty when the line is imported anyway."""
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["TT", "Họ và tên", "Năm sinh", "Điện thoại", "Số thẻ", "Số CCCD"],
            [1, "Nguyễn Văn An", 2099, "0912 345 678", "001", "001234567890"],
            [2, "Trần Văn Bình", 1950, "-912345678", "002"],
            [3, "Lê Văn Cường", 1950, "912345678.0", "1e+20"],
            [4, "Phạm Văn Dũng", 1950, 912345678, "003", 1234],
            [5, "Hoàng Văn Em", 1950, None, "002"],
        ],
    )
    plan = importer.plan(path)
    assert problems_of(plan) == {
        2: ["Ngày sinh ở sau ngày hôm nay."],
        3: ["Số điện thoại chỉ gồm chữ số (ví dụ 0912 345 678)."],
        4: [
            "Số thẻ “1e+20” là cách bảng tính viết một số dài, không phải chính số đó: hãy gõ lại dạng chữ.",
            "Số điện thoại chỉ gồm chữ số (ví dụ 0912 345 678).",
        ],
        5: [
            "Số điện thoại “912345678” ở cột “Điện thoại” được lưu dạng số nên mất số 0 đầu: hãy gõ lại dạng chữ (ví dụ 0912 345 678).",
            "Số CCCD có 12 chữ số (CMND cũ có 9 chữ số).",
        ],
        6: ["Số thẻ 002 đã được cấp cho Trần Văn Bình."],
    }
    found = members_of(plan)
    assert found["Nguyễn Văn An"].birth_date is None and found["Nguyễn Văn An"].id_card
    assert (found["Lê Văn Cường"].card_number, found["Lê Văn Cường"].phone) == ("", "")
    assert found["Hoàng Văn Em"].card_number == ""
    assert plan.to_import(skip_lines_with_problems=True) == []
    assert importer.apply(plan) == 5  # kept, each with the field the form refuses left empty
    stored = importer.db.execute(
        "SELECT given_name, birth_date, phone, card_number, id_card FROM members ORDER BY id"
    ).fetchall()
    assert stored == [
        ("An", None, "0912 345 678", "001", "001234567890"),
        ("Bình", "1950", "", "002", ""),
        ("Cường", "1950", "", "", ""),
        ("Dũng", "1950", "", "003", ""),
        ("Em", "1950", "", "", ""),
    ]


HINTED = [
    ("Quê quán (Xã, huyện, tỉnh)", Field.HOMETOWN),
    ("Quê quán\n(Xã, huyện, tỉnh)", Field.HOMETOWN),
    ("Số thẻ HV", Field.CARD_NUMBER),
    ("Chất độc HH", Field.AGENT_ORANGE),
    ("Đơn vị trước khi ra quân (Hưu)", Field.UNIT),
    ("Hưu, phụ cấp", Field.BENEFIT),
    ("Năm cấp thẻ hội viên", Field.CARD_YEAR),
    ("Chức vụ", Field.POSITION),
    ("Chức vụ, đơn vị", Field.POSITION_UNIT),
    ("Cấp bậc", Field.RANK),
    ("Hình thức ra quân", Field.DISCHARGE_KIND),
    ("Con liệt sĩ", Field.MARTYR_FAMILY),
    ("Kỷ niệm chương", Field.MEDAL),
    ("Thời kỳ", Field.PERIODS),
    ("Đối tượng kết nạp", Field.ADMISSION_GROUP),
    ("Dân tộc ít người", Field.MINORITY),
    ("Công giáo", Field.CATHOLIC),
    ("Số CCCD", Field.ID_CARD),
    ("Địa chỉ", Field.ADDRESS),
    ("Số điện thoại", Field.PHONE),
    ("Chống Pháp", Field.PERIOD_CHONG_PHAP),
    ("Chống Mỹ", Field.PERIOD_CHONG_MY),
    ("CCB sau 30/4", Field.PERIOD_AFTER_1975),
    ("Chiến dịch Hồ Chí Minh", Field.CAMPAIGN_HCM),
]


def test_headers_with_hints_abbreviations_and_line_breaks_are_recognised(
    importer: ImportService, tmp_path: Path
) -> None:
    """Every spelling the issue measured, and each field of the record, finds its column."""
    headers = ["TT", "Họ và tên", *(text for text, _f in HINTED)]
    plan = importer.plan(workbook(tmp_path / "ds.xlsx", [headers, [1, "Nguyễn Văn An"]]))
    assert {col: f for col, f in plan.mapping.items() if col >= 2} == {
        i + 2: f for i, (_text, f) in enumerate(HINTED)
    }
    assert plan.columns_left_aside == []


def test_every_field_of_the_record_is_importable(importer: ImportService, tmp_path: Path) -> None:
    """Rank by name, chức vụ and đơn vị apart or together, discharge, benefit, CĐDC, con liệt
    sĩ, card year, medal, periods as text or ticks, campaigns, đối tượng kết nạp (a code kept
    and pointed out), minority and Catholic ticks, CCCD, address, phone."""
    headers = ["TT", "Họ và tên", "Cấp bậc", "Chức vụ", "Đơn vị", "Chức vụ, đơn vị",
               "Hình thức ra quân", "Hưu, phụ cấp", "Chất độc HH", "Con liệt sĩ",
               "Năm cấp thẻ hội viên", "Kỷ niệm chương", "Thời kỳ", "Chống Pháp", "Chống Mỹ",
               "CCB sau 30/4", "Đối tượng kết nạp", "Dân tộc ít người", "Công giáo", "CCCD",
               "Địa chỉ", "Điện thoại"]  # fmt: skip
    rows = [
        headers,
        [1, "Nguyễn Văn An", "Trung úy", "Đại đội trưởng", "Sư đoàn 312", None, "Phục viên",
         "Mất sức", "bản thân, con", "x", 2015, 2020, "Chống Mỹ, Biên giới phía Bắc", None,
         None, None, "DOITUONG3", "x", "x", "001234567890", "Số 5 ngõ 12", "0912 345 678"],
        [2, "Trần Văn Bình", "3//", None, None, "Chính trị viên, Trung đoàn 174", "Nghỉ hưu",
         "Hưu", "x", None, "2016", "x", None, "x", "1968-1975", "x", "Cựu chiến binh", None,
         None, None, None, None],
        [3, "Lê Văn Cường", None, None, None, "Quân khu 4", None, "Trợ cấp 1 lần", "con"],
        [4, "Phạm Văn Dũng", None, None, None, "Trung đoàn 174, Sư đoàn 316"],
    ]  # fmt: skip
    plan = importer.plan(workbook(tmp_path / "ds.xlsx", rows))
    assert problems_of(plan) == {}
    found = members_of(plan)
    an, binh, cuong = found["Nguyễn Văn An"], found["Trần Văn Bình"], found["Lê Văn Cường"]
    assert (an.rank, an.position, an.unit, an.discharge_kind, an.benefit) == (
        Rank.TRUNG_UY, "Đại đội trưởng", "Sư đoàn 312", DischargeKind.PHUC_VIEN,
        Benefit.DISABILITY,
    )  # fmt: skip
    assert (an.agent_orange_self, an.agent_orange_child, an.martyr_family) == (True, True, True)
    assert (an.card_year, an.medal_year, an.admission_group) == (2015, 2020, "DOITUONG3")
    assert [p.kind for p in an.periods] == [ServicePeriodKind.CHONG_MY, ServicePeriodKind.PHIA_BAC]
    assert (an.ethnicity, an.religion, an.id_card, an.address, an.phone) == (
        "Dân tộc ít người", "Công giáo", "001234567890", "Số 5 ngõ 12", "0912 345 678",
    )  # fmt: skip
    notice = next(line.notices for line in plan.lines if line.row == 2)
    assert "DOITUONG3" in StandaloneTranslator().render(notice[0])
    assert (binh.rank, binh.position, binh.unit, binh.discharge_kind, binh.benefit) == (
        Rank.THUONG_TA, "Chính trị viên", "Trung đoàn 174", DischargeKind.NGHI_HUU,
        Benefit.PENSION,
    )  # fmt: skip
    assert (binh.agent_orange_self, binh.agent_orange_child, binh.card_year) == (True, False, 2016)
    assert binh.medal_year is None and "Kỷ niệm chương (chưa rõ năm)" in binh.notes
    assert [(p.kind, p.from_year, p.to_year) for p in binh.periods] == [
        (ServicePeriodKind.CHONG_PHAP, None, None),
        (ServicePeriodKind.CHONG_MY, 1968, 1975),
        (ServicePeriodKind.THOI_BINH, None, None),
    ]
    assert (binh.admission_group, binh.ethnicity, binh.religion) == ("Cựu chiến binh", "Kinh", "")
    assert (cuong.position, cuong.unit, cuong.benefit) == ("", "Quân khu 4", Benefit.ONE_OFF)
    assert (cuong.agent_orange_self, cuong.agent_orange_child) == (False, True)
    dung = found["Phạm Văn Dũng"]
    assert (dung.position, dung.unit) == ("", "Trung đoàn 174, Sư đoàn 316")


def test_headers_over_three_rows_with_merged_cells_and_rank_group_columns(
    importer: ImportService, db: Database, tmp_path: Path
) -> None:
    """Group over subgroup over leaf: "Cấp bậc > Sĩ quan > Cấp tướng | 4// | 3// | 2// | 1// |
    Cấp úy" and "Hạ sĩ quan > HSQCS | QNCN | CNVQP", "Năm sinh > Nam | Nữ", the campaign
    columns with their two sub-columns. A tick under a group keeps the group, no rank invented."""
    rows: list[list[Any]] = [
        ["DANH SÁCH HỘI VIÊN"],
        ["TT", "Họ và tên", "Năm sinh", None, "Cấp bậc", None, None, None, None, None, None,
         None, None, "Chiến dịch Điện Biên Phủ", None, "Giải phóng Thủ đô", None,
         "Chiến dịch Hồ Chí Minh", None, "CĐDC", None, "Ghi chú"],
        [None, None, None, None, "Sĩ quan", None, None, None, None, None, "Hạ sĩ quan", None,
         None],
        [None, None, "Nam", "Nữ", "Cấp tướng", "4//", "3//", "2//", "1//", "Cấp úy", "HSQCS",
         "QNCN", "CNVQP", "Cấp bậc, chức vụ", "Đơn vị, thời gian", "Cấp bậc, chức vụ",
         "Đơn vị, thời gian", "Cấp bậc, chức vụ", "Đơn vị, thời gian", "Bản thân", "Con"],
        [1, "Nguyễn Văn An", 1930, None, None, None, "x", None, None, None, None, None, None,
         "Chiến sĩ", "E174, 1954", None, None, None, None, "x"],
        [2, "Trần Thị Bình", None, 1950, None, None, None, None, None, "x", None, None, None,
         None, None, None, None, "Y tá", "Đoàn 559, 4/1975", None, "x"],
        [3, "Lê Văn Cường", 1955, None, None, None, None, None, None, None, "Trung sĩ"],
        [4, "Phạm Văn Dũng", 1956, None, None, None, None, None, None, None, None, "x", None,
         None, None, "Tiểu đội trưởng", "Trung đoàn 102"],
    ]  # fmt: skip
    merged = ("B2:B4", "A2:A4", "C2:D3", "E2:M2", "E3:J3", "K3:M3", "N2:O3", "P2:Q3", "R2:S3",
              "T2:U3", "V2:V4")  # fmt: skip
    plan = importer.plan(workbook(tmp_path / "ds.xlsx", rows, merged))
    assert (plan.header_row, plan.first_data) == (2, 4)
    by_letter = {f: col for col, f in plan.mapping.items()}
    assert [by_letter[f] for f in (
        Field.BIRTH_MALE, Field.BIRTH_FEMALE, Field.RANK_GENERAL, Field.RANK_DAI_TA,
        Field.RANK_THUONG_TA, Field.RANK_TRUNG_TA, Field.RANK_THIEU_TA, Field.RANK_COMPANY,
        Field.RANK_NCO, Field.RANK_QNCN, Field.RANK_CNVQP, Field.CAMPAIGN_DBP_ROLE,
        Field.CAMPAIGN_DBP_UNIT, Field.CAMPAIGN_CAPITAL_ROLE, Field.CAMPAIGN_CAPITAL_UNIT,
        Field.CAMPAIGN_HCM_ROLE, Field.CAMPAIGN_HCM_UNIT, Field.AGENT_ORANGE_SELF,
        Field.AGENT_ORANGE_CHILD, Field.NOTES)] == list(range(2, 22))  # fmt: skip
    assert plan.headers[5] == "Cấp bậc › Sĩ quan › 4//"
    assert problems_of(plan) == {}
    found = members_of(plan)
    an, binh = found["Nguyễn Văn An"], found["Trần Thị Bình"]
    assert (an.rank, an.agent_orange_self, an.birth_date) == (
        Rank.THUONG_TA,
        True,
        PartialDate(1930),
    )
    assert an.periods[0].kind is ServicePeriodKind.CHONG_PHAP and an.periods[0].in_notable_campaign
    assert "Chiến dịch Điện Biên Phủ: Chiến sĩ; E174, 1954" in an.notes
    assert (binh.sex, binh.rank, binh.agent_orange_child) == (Sex.FEMALE, None, True)
    assert binh.rank_group is RankGroup.COMPANY  # the group kept, no rank invented
    assert binh.periods[0].kind is ServicePeriodKind.CHONG_MY
    assert "Chiến dịch Hồ Chí Minh: Y tá; Đoàn 559, 4/1975" in binh.notes
    assert found["Lê Văn Cường"].rank is Rank.TRUNG_SI
    dung = found["Phạm Văn Dũng"]
    assert (
        dung.rank is Rank.QNCN
        and "Giải phóng Thủ đô: Tiểu đội trưởng; Trung đoàn 102" in dung.notes
    )
    assert importer.apply(plan) == 4
    stored = db.execute("SELECT rank, rank_group FROM members ORDER BY id").fetchall()
    assert stored == [("thuong_ta", None), (None, "uy"), ("trung_si", None), ("qncn", None)]


def test_the_command_names_every_column_left_aside(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """By letter and header, and a column with values but no header too."""
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["TT", "Họ và tên", "Năm sinh", "Cột lạ", None, "Số nhà riêng"],
            [1, "Nguyễn Văn An", 1950, "?", "giá trị", "12"],
        ],
    )
    assert main(["import", str(path), "--data", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    aside = out[out.index("Các cột để riêng") :].splitlines()[1:4]
    assert aside == ["  D “Cột lạ”", "  E (không có tiêu đề, có dữ liệu)", "  F “Số nhà riêng”"]


def test_a_workbook_with_several_sheets_needs_the_sheet_named(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --sheet the command stops with the list of sheets (exit 1, nothing imported);
    with it, that sheet is imported; an unknown name is refused with the list."""
    wb = Workbook()
    first = wb.active
    first.title = "Chi hội 1"
    first.append(["TT", "Họ và tên", "Năm sinh"])
    first.append([1, "Nguyễn Văn An", 1950])
    second = wb.create_sheet("Chi hội 2")
    second.append(["TT", "Họ và tên", "Năm sinh"])
    second.append([1, "Trần Văn Bình", 1951])
    path = tmp_path / "phuong.xlsx"
    wb.save(path)
    assert main(["import", str(path), "--data", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "--sheet" in err and "  Chi hội 1\n  Chi hội 2" in err
    assert main(["import", str(path), "--data", str(db_path), "--sheet", "Chi hội 3"]) == 1
    assert "Chi hội 3" in capsys.readouterr().err
    assert main(["members", "list", "--data", str(db_path)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["import", str(path), "--data", str(db_path), "--sheet", "Chi hội 2"]) == 0
    capsys.readouterr()
    assert main(["members", "list", "--data", str(db_path)]) == 0
    assert capsys.readouterr().out.startswith("Trần Văn Bình\t")


def test_a_numbered_member_whose_notes_name_a_role_is_a_member_not_a_signature(
    importer: ImportService, tmp_path: Path
) -> None:
    """ "Chi hội trưởng" in a member's Ghi chú is their role: the line is a member, and the
    signatures under the list are still not members."""
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["TT", "Họ và tên", "Năm sinh", "Ghi chú"],
            [1, "Nguyễn Văn Thắng", 1950, "Chi hội trưởng"],
            [2, "Trần Văn Bình", 1951, "Người lập biểu"],
            [None, "CHI HỘI TRƯỞNG"],
            [None, "Nguyễn Văn Thắng"],
        ],
    )
    plan = importer.plan(path)
    assert sorted(members_of(plan)) == ["Nguyễn Văn Thắng", "Trần Văn Bình"]
    assert [line.kind for line in plan.lines][2:] == [LineKind.SIGNATURE, LineKind.SIGNATURE]


def test_the_window_asks_which_sheet_of_a_workbook_of_several(
    qtbot, vietnamese, db_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Members → Import offers the sheets by name and imports the one chosen, never the first
    without asking."""
    from PySide6.QtWidgets import QDialog

    from ccb_desktop.app import ApplicationContext
    from ccb_desktop.settings import AppSettings
    from ccb_desktop.ui import dialogs
    from ccb_desktop.ui.import_dialog import ImportDialog
    from ccb_desktop.ui.main_window import MainWindow
    from tests.test_gui import run_modal

    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "Chi hội 1"
    first.append(["TT", "Họ và tên", "Năm sinh"])
    first.append([1, "Nguyễn Văn An", 1950])
    second = wb.create_sheet("Chi hội 2")
    second.append(["TT", "Họ và tên", "Năm sinh"])
    second.append([1, "Trần Văn Bình", 1951])
    path = tmp_path / "phuong.xlsx"
    wb.save(path)
    context = ApplicationContext(clock)
    window = MainWindow(
        db_path, context.open(db_path), AppSettings(tmp_path / "s.ini"), context.open
    )
    qtbot.addWidget(window)
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: path)
    offered: list[list[str]] = []

    def pick(parent, title, label, items):  # type: ignore[no-untyped-def]
        offered.append(items)
        return "Chi hội 2"

    monkeypatch.setattr(dialogs, "choose", pick)

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        assert dialog.plan.sheet == "Chi hội 2"
        dialog.run()

    run_modal(qtbot, window.import_roster, check)
    assert offered == [["Chi hội 1", "Chi hội 2"]]
    names = window.import_service.db.execute("SELECT given_name FROM members").fetchall()
    assert names == [("Bình",)]
    window.close()
    context.close()
