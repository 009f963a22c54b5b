"""The ward's reports with one row per chi hội and the ward's total, as workbooks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.vocabulary import MovementKind, Sex
from ccb_desktop.domain.ward import WARD_SUMMARY_COLUMNS
from ccb_desktop.excel.layout import (
    VND_FORMAT,
    Column,
    HeaderCell,
    ReportSheet,
    new_workbook,
    save_workbook,
)
from ccb_desktop.excel.reports import roster_columns, roster_row

# The ward Hội signs for its executive committee; a copy is kept by the ward Hội.
WARD_SIGNER = "TM. BAN CHẤP HÀNH\nCHỦ TỊCH"
WARD_KEPT = "Lưu Hội CCB phường."

# Figures grouped under a header over their columns: (label, first column, last column).
_GROUPS = (
    ("Biến động trong kỳ", 0, 6),
    ("Cuối kỳ, trong đó", 7, 11),
    ("Theo độ tuổi", 12, 16),
    ("Diện chính sách và khác", 17, 22),
)


def write_ward_summary(
    target: Path,
    unit: UnitSettings,
    rows: Sequence[tuple[str, Sequence[int], bool]],
    total: Sequence[int],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> None:
    """Báo cáo số lượng, chất lượng hội viên of a ward: one row per chi hội (name, figures,
    whether its đầu kỳ + tăng − giảm = cuối kỳ), then the ward's total."""
    figures = len(WARD_SUMMARY_COLUMNS)
    columns = [Column(5), Column(26, "left")] + [Column(9)] * figures + [Column(8)]
    header = [HeaderCell("TT", 0, 0, rows=2), HeaderCell("Chi hội", 0, 1, rows=2)]
    for label, first, last in _GROUPS:
        header.append(HeaderCell(label, 0, 2 + first, cols=last - first + 1))
    header += [HeaderCell(c.header, 1, 2 + i) for i, c in enumerate(WARD_SUMMARY_COLUMNS)]
    header.append(HeaderCell("Đối chiếu", 0, 2 + figures, rows=2))
    workbook = new_workbook()
    sheet = ReportSheet(
        workbook,
        "Báo cáo số lượng, chất lượng hội viên",
        columns,
        header,
        2,
        "Số lượng",
        paper="A3",
    )
    sheet.write_heading(unit, today, f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})")
    sheet.write_header()
    for number, (name, values, balances) in enumerate(rows, start=1):
        sheet.write_row([number, name, *values, "Khớp" if balances else "KHÔNG KHỚP"])
    balanced = all(b for _n, _v, b in rows)
    sheet.write_totals(
        f"Tổng cộng: {len(rows)} chi hội",
        {2 + i: v for i, v in enumerate(total)}
        | {2 + figures: "Khớp" if balanced else "KHÔNG KHỚP"},
    )
    sheet.write_signatures(unit, WARD_SIGNER, WARD_KEPT)
    save_workbook(workbook, target)


def write_ward_table(
    target: Path,
    unit: UnitSettings,
    title: str,
    sheet_name: str,
    headers: Sequence[tuple[str, float]],
    rows: Sequence[tuple[str, Sequence[Any]]],
    total: Sequence[Any],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    money_column: int | tuple[int, ...] | None = None,
) -> None:
    """A ward report of figures: TT | Chi hội | the figures, one row per chi hội, the total."""
    money = (money_column,) if isinstance(money_column, int) else money_column or ()
    columns = [Column(5), Column(26, "left")] + [
        Column(width, number_format=VND_FORMAT if i in money else None)
        for i, (_h, width) in enumerate(headers)
    ]
    header = [HeaderCell("TT", 0, 0), HeaderCell("Chi hội", 0, 1)] + [
        HeaderCell(text, 0, 2 + i) for i, (text, _w) in enumerate(headers)
    ]
    workbook = new_workbook()
    sheet = ReportSheet(workbook, title, columns, header, 1, sheet_name)
    sheet.write_heading(unit, today, f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})")
    sheet.write_header()
    for number, (name, values) in enumerate(rows, start=1):
        sheet.write_row([number, name, *values])
    sheet.write_totals(f"Tổng cộng: {len(rows)} chi hội", {2 + i: v for i, v in enumerate(total)})
    sheet.write_signatures(unit, WARD_SIGNER, WARD_KEPT)
    save_workbook(workbook, target)


def write_ward_roster(
    target: Path,
    unit: UnitSettings,
    groups: Sequence[tuple[str, Sequence[Member]]],
    day: dt.date,
    sensitive: bool,
    today: dt.date,
) -> None:
    """Danh sách trích ngang of a ward: a bold row naming each chi hội (and its count), its
    members under it, numbered on through the ward."""
    columns, header, header_rows = roster_columns(sensitive)
    workbook = new_workbook()
    sheet = ReportSheet(workbook, "Danh sách trích ngang hội viên", columns, header, header_rows,
                        "Danh sách", paper="A3" if sensitive else "A4")  # fmt: skip
    sheet.write_heading(unit, today, f"(Tính đến ngày {format_date(day)})")
    sheet.write_header()
    number = 0
    for name, members in groups:
        label = f"{name} ({len(members)} hội viên)"
        sheet.write_row(["", label] + [""] * (len(sheet.columns) - 2), bold=True)
        for member in members:
            number += 1
            sheet.write_row(roster_row(number, member, sensitive))
    everyone = [m for _n, members in groups for m in members]
    sheet.write_totals(
        f"Tổng cộng: {len(everyone)} hội viên",
        {2: sum(m.sex is Sex.MALE for m in everyone), 3: sum(m.sex is Sex.FEMALE for m in everyone),
         8: sum(m.party_member for m in everyone)},
    )  # fmt: skip
    sheet.write_signatures(unit, WARD_SIGNER, WARD_KEPT)
    save_workbook(workbook, target)


def write_ward_movements(
    target: Path,
    unit: UnitSettings,
    groups: Sequence[tuple[str, Sequence[tuple[Member, Movement]]]],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> None:
    """Biến động hội viên of a ward: each chi hội's movements under its name, in date order,
    then the count of each kind for the ward."""
    columns = [Column(5), Column(26, "left"), Column(8), Column(16), Column(12), Column(14),
               Column(30, "left")]  # fmt: skip
    header = [HeaderCell(t, 0, i) for i, t in enumerate(
        ("TT", "Họ và tên", "Năm sinh", "Biến động", "Ngày", "Số giấy", "Ghi chú"))]  # fmt: skip
    workbook = new_workbook()
    sheet = ReportSheet(workbook, "Danh sách biến động hội viên", columns, header, 1, "Biến động")
    sheet.write_heading(unit, today, f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})")
    sheet.write_header()
    number = 0
    for name, pairs in groups:
        label = f"{name} ({len(pairs)} biến động)"
        sheet.write_row(["", label] + [""] * (len(sheet.columns) - 2), bold=True)
        for member, movement in pairs:
            number += 1
            sheet.write_row([
                number, member.full_name, member.birth_date.year if member.birth_date else "",
                movement.kind.label, movement.date.display(), movement.paper_number, movement.note,
            ])  # fmt: skip
    sheet.write_totals(f"Tổng cộng: {number} biến động", {})
    every = [mv for _n, pairs in groups for _m, mv in pairs]
    for kind in MovementKind:
        count = sum(1 for mv in every if mv.kind is kind)
        if count:
            sheet.write_text(f"{kind.label}: {count}")
    sheet.write_signatures(unit, WARD_SIGNER, WARD_KEPT)
    save_workbook(workbook, target)
