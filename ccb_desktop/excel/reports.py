"""The ward's reports as workbooks: one function per report, pure over domain data and a path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccb_desktop.domain.dates import PartialDate, format_date
from ccb_desktop.domain.meetings import Mark, percent
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.reports import AGE_BANDS, Composition, NewMembers, Reconciliation
from ccb_desktop.domain.support import Totals, YearFigures, format_vnd
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.vocabulary import MovementKind, RankGroup, ServicePeriodKind, Sex
from ccb_desktop.excel.layout import (
    VND_FORMAT,
    Column,
    HeaderCell,
    ReportSheet,
    new_workbook,
    save_workbook,
)

RANK_GROUPS = list(RankGroup)


def _date_value(value: PartialDate | None) -> Any:
    """A full date as a real date cell (dd/mm/yyyy); a partial one as the text it is."""
    if value is None:
        return ""
    if value.day is not None:
        return value.earliest()
    return value.display()


def _flag(value: bool) -> str:
    return "x" if value else ""


def roster_columns(sensitive: bool) -> tuple[list[Column], list[HeaderCell], int]:
    """Columns and two-row header of the Danh sách trích ngang.

    The full list (sensitive columns, ranks under their groups Tướng … CNVQP) prints on A3,
    the short one (one Cấp bậc column) on A4, both with 11-point text at 10 points or more
    once fitted to the page width.
    """
    # The full list gives room to its many narrow columns: each must hold its longest word
    # ("Thượng", "CNVQP", "Thương") or LibreOffice and Excel break it inside the word.
    name_width, home_width, address_width = (20, 11, 12) if sensitive else (22, 13, 15)
    columns = [Column(4), Column(name_width, "left"), Column(5.5), Column(5.5),
               Column(home_width, "left"), Column(address_width, "left"), Column(10.5),
               Column(10.5), Column(6)]  # fmt: skip
    header = [
        HeaderCell("TT", 0, 0, rows=2),
        HeaderCell("Họ và tên", 0, 1, rows=2),
        HeaderCell("Năm sinh", 0, 2, cols=2),
        HeaderCell("Nam", 1, 2),
        HeaderCell("Nữ", 1, 3),
        HeaderCell("Quê quán", 0, 4, rows=2),
        HeaderCell("Nơi ở hiện nay", 0, 5, rows=2),
        HeaderCell("Nhập ngũ", 0, 6, rows=2),
        HeaderCell("Xuất ngũ", 0, 7, rows=2),
        HeaderCell("Đảng viên", 0, 8, rows=2),
    ]
    col = 9
    if sensitive:
        header.append(HeaderCell("Cấp bậc", 0, col, cols=len(RANK_GROUPS)))
        for i, group in enumerate(RANK_GROUPS):
            columns.append(Column(7.5))
            header.append(HeaderCell(group.label, 1, col + i))
        col += len(RANK_GROUPS)
    else:
        columns.append(Column(9))
        header.append(HeaderCell("Cấp bậc", 0, col, rows=2))
        col += 1
    unit_width, periods_width, card_width = (12, 9, 7.5) if sensitive else (13, 8, 7.5)
    for text, width, align in (("Chức vụ, đơn vị", unit_width, "left"), ("Thời kỳ", periods_width, "center"),
                               ("Vào Hội", 10.5, "center"), ("Số thẻ", card_width, "center")):  # fmt: skip
        columns.append(Column(width, align))
        header.append(HeaderCell(text, 0, col, rows=2))
        col += 1
    if sensitive:
        for text, width in (
            ("Dân tộc", 6),
            ("Tôn giáo", 7),
            ("Thương binh", 8.5),
            ("Bệnh binh", 6),
        ):
            columns.append(Column(width))
            header.append(HeaderCell(text, 0, col, rows=2))
            col += 1
        columns += [Column(5), Column(5)]
        header += [
            HeaderCell("CĐDC", 0, col, cols=2),
            HeaderCell("Bản thân", 1, col),
            HeaderCell("Con", 1, col + 1),
        ]
        col += 2
        columns.append(Column(6))
        header.append(HeaderCell("Con liệt sĩ", 0, col, rows=2))
        col += 1
    columns.append(Column(6.5 if sensitive else 8.5, "left"))
    header.append(HeaderCell("Ghi chú", 0, col, rows=2))
    return columns, header, 2


def _rank_cell(m: Member, group: RankGroup) -> str:
    """The rank in its group's column (QNCN and CNVQP are their own rank: marked x)."""
    if m.known_rank_group is not group:
        return ""
    if m.rank is None:
        return "x"  # the group alone is known
    return "x" if group in (RankGroup.PROFESSIONAL, RankGroup.DEFENCE_WORKER) else m.rank.label


def roster_row(number: int, m: Member, sensitive: bool) -> list[Any]:
    year = m.birth_date.year if m.birth_date else ""
    row: list[Any] = [
        number,
        m.full_name,
        year if m.sex is Sex.MALE else "",
        year if m.sex is Sex.FEMALE else "",
        m.hometown,
        m.address,
        _date_value(m.enlisted),
        _date_value(m.discharged),
        (m.party_year or "x") if m.party_member else "",
    ]
    if sensitive:
        row += [_rank_cell(m, g) for g in RANK_GROUPS]
    else:
        # A roster that ticked only "Cấp úy" or "HSQ-CS" gave the group, not the rank.
        group = m.known_rank_group
        row.append(m.rank.label if m.rank is not None else (group.label if group else ""))
    row += [
        ", ".join(part for part in (m.position, m.unit) if part),
        ", ".join(p.kind.short_label for p in m.periods),
        _date_value(m.joined_hoi),
        m.card_number,
    ]
    if sensitive:
        row += [
            m.ethnicity,
            m.religion,
            (m.war_invalid_grade or "x") if m.war_invalid else "",
            (m.sick_soldier_grade or "x") if m.sick_soldier else "",
            _flag(m.agent_orange_self),
            _flag(m.agent_orange_child),
            _flag(m.martyr_family),
        ]
    row.append(m.notes.replace("\n", "; "))
    return row


def leaf_headers(header: Sequence[HeaderCell], width: int) -> list[str]:
    """One label per column: a sub-heading under its group ("Năm sinh: Nam")."""
    labels = [""] * width
    for cell in sorted(header, key=lambda h: h.row):
        for col in range(cell.col, cell.col + cell.cols):
            labels[col] = f"{labels[col]}: {cell.text}" if labels[col] else cell.text
    return labels


def roster_table(members: Sequence[Member], sensitive: bool) -> tuple[list[str], list[list[Any]]]:
    """The roster's column labels and rows for `members` (numbered from 1), as written."""
    columns, header, _rows = roster_columns(sensitive)
    rows = [roster_row(n, m, sensitive) for n, m in enumerate(members, start=1)]
    return leaf_headers(header, len(columns)), rows


def write_roster(
    target: Path,
    unit: UnitSettings,
    members: Sequence[Member],
    day: dt.date,
    sensitive: bool,
    today: dt.date,
) -> None:
    """Danh sách trích ngang hội viên: members on the register on `day`, in official order."""
    columns, header, header_rows = roster_columns(sensitive)
    workbook = new_workbook()
    sheet = ReportSheet(workbook, "Danh sách trích ngang hội viên", columns, header, header_rows,
                        "Danh sách", paper="A3" if sensitive else "A4")  # fmt: skip
    sheet.write_heading(unit, today, f"(Tính đến ngày {format_date(day)})")
    sheet.write_header()
    for number, member in enumerate(members, start=1):
        sheet.write_row(roster_row(number, member, sensitive))
    totals: dict[int, Any] = {
        2: sum(m.sex is Sex.MALE for m in members),
        3: sum(m.sex is Sex.FEMALE for m in members),
        8: sum(m.party_member for m in members),
    }
    if sensitive:
        for i, group in enumerate(RANK_GROUPS):
            totals[9 + i] = sum(m.known_rank_group is group for m in members)
    else:
        totals[9] = sum(m.known_rank_group is not None for m in members)
    sheet.write_totals(f"Tổng cộng: {len(members)} hội viên", totals)
    sheet.write_signatures(unit)
    save_workbook(workbook, target)


def write_movements(
    target: Path,
    unit: UnitSettings,
    rows: Sequence[tuple[Member, Movement]],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> None:
    """Biến động hội viên in a period, in date order, with the count of each kind."""
    columns = [
        Column(5),
        Column(26, "left"),
        Column(8),
        Column(16),
        Column(12),
        Column(14),
        Column(30, "left"),
    ]
    header = [HeaderCell(t, 0, i) for i, t in enumerate(
        ("TT", "Họ và tên", "Năm sinh", "Biến động", "Ngày", "Số giấy", "Ghi chú"))]  # fmt: skip
    workbook = new_workbook()
    sheet = ReportSheet(workbook, "Danh sách biến động hội viên", columns, header, 1, "Biến động")
    sheet.write_heading(unit, today, f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})")
    sheet.write_header()
    for number, (member, movement) in enumerate(rows, start=1):
        sheet.write_row([
            number, member.full_name, member.birth_date.year if member.birth_date else "",
            movement.kind.label, _date_value(movement.date), movement.paper_number, movement.note,
        ])  # fmt: skip
    sheet.write_totals(f"Tổng cộng: {len(rows)} biến động", {})
    for kind in MovementKind:
        count = sum(1 for _m, mv in rows if mv.kind is kind)
        if count:
            sheet.write_text(f"{kind.label}: {count}")
    sheet.write_signatures(unit)
    # Danh sách hội viên từ trần: the roll of comrades who died in the period.
    died = [(m, mv) for m, mv in rows if mv.kind is MovementKind.DECEASED]
    columns = [Column(5), Column(28, "left"), Column(9), Column(13), Column(30, "left"),
               Column(30, "left")]  # fmt: skip
    header = [HeaderCell(t, 0, i) for i, t in enumerate(
        ("TT", "Họ và tên", "Năm sinh", "Ngày từ trần", "Quê quán", "Ghi chú"))]  # fmt: skip
    roll = ReportSheet(workbook, "Danh sách hội viên từ trần", columns, header, 1, "Từ trần")
    roll.write_heading(unit, today, f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})")
    roll.write_header()
    for number, (member, movement) in enumerate(died, start=1):
        roll.write_row([
            number, member.full_name, member.birth_date.year if member.birth_date else "",
            _date_value(movement.date), member.hometown, movement.note,
        ])  # fmt: skip
    roll.write_totals(f"Tổng cộng: {len(died)} hội viên", {})
    roll.write_signatures(unit)
    save_workbook(workbook, target)


def summary_lines(
    rec: Reconciliation, comp: Composition, new: NewMembers | None = None
) -> list[tuple[str, str, Any]]:
    """(number, label, figure) of the Báo cáo số lượng, chất lượng hội viên."""
    lines: list[tuple[str, str, Any]] = [
        ("I", "BIẾN ĐỘNG TRONG KỲ", ""),
        ("1", "Số hội viên đầu kỳ", rec.start),
    ]
    lines += [("", f"Tăng: {k.label.lower()}", v) for k, v in rec.increases.items()]
    lines += [("", f"Giảm: {k.label.lower()}", v) for k, v in rec.decreases.items()]
    if new is not None:
        lines += [
            ("", "Trong số kết nạp: nữ", new.women),
            ("", "Trong số kết nạp: cựu chiến binh", new.veterans),
            ("", "Trong số kết nạp: cựu quân nhân", new.former_soldiers),
        ]
    lines += [
        ("2", "Số hội viên cuối kỳ", rec.end),
        ("", "Đối chiếu: đầu kỳ + tăng − giảm = cuối kỳ", "Khớp" if rec.balances else "KHÔNG KHỚP"),
        ("II", "SỐ LƯỢNG, CHẤT LƯỢNG (cuối kỳ)", ""),
        ("1", "Tổng số hội viên", comp.total),
        ("", "Trong đó nữ", comp.women),
        ("", "Đảng viên", comp.party),
        ("", "Cựu chiến binh", comp.veterans),
        ("", "Cựu quân nhân", comp.former_soldiers),
        ("", "Miễn sinh hoạt", comp.excused),
        ("", "Số tổ hội", comp.teams),
        ("2", "Theo độ tuổi", ""),
    ]
    lines += [("", label, comp.age_bands[label]) for label, _lo, _hi in AGE_BANDS]
    lines.append(("3", "Theo thời kỳ tham gia quân đội", ""))
    lines += [("", k.short_label, comp.periods[k]) for k in ServicePeriodKind]
    lines += [
        ("", "Trong đó: tham gia chiến dịch Điện Biên Phủ", comp.dien_bien_phu),
        ("", "Trong đó: tham gia Chiến dịch Hồ Chí Minh", comp.ho_chi_minh_campaign),
    ]
    lines.append(("4", "Theo cấp bậc", ""))
    lines += [("", g.label, comp.rank_groups[g]) for g in RankGroup]
    lines += [
        ("5", "Diện chính sách", ""),
        ("", "Thương binh", comp.war_invalids),
    ]
    lines += [("", f"Thương binh hạng {g}", n) for g, n in comp.war_invalid_grades.items()]
    lines += [
        ("", "Bệnh binh", comp.sick_soldiers),
        ("", "Nhiễm chất độc da cam (bản thân hoặc con)", comp.agent_orange),
        ("", "Nhiễm chất độc da cam: bản thân", comp.agent_orange_self),
        ("", "Nhiễm chất độc da cam: con", comp.agent_orange_child),
        ("", "Con, gia đình liệt sĩ", comp.martyr_families),
        ("6", "Dân tộc thiểu số", comp.minorities),
        ("7", "Theo tôn giáo", comp.religious),
    ]
    return lines


def write_summary(
    target: Path,
    unit: UnitSettings,
    rec: Reconciliation,
    comp: Composition,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    new: NewMembers | None = None,
    extra: Sequence[tuple[str, str, Any]] = (),
) -> None:
    """Báo cáo số lượng, chất lượng hội viên with the reconciliation of the period; `extra`:
    lines after the member figures (the dues and funds of the period)."""
    columns = [Column(6), Column(48, "left"), Column(14), Column(30, "left")]
    header = [HeaderCell(t, 0, i) for i, t in enumerate(("TT", "Nội dung", "Số lượng", "Ghi chú"))]
    workbook = new_workbook()
    sheet = ReportSheet(
        workbook, "Báo cáo số lượng, chất lượng hội viên", columns, header, 1, "Số lượng"
    )
    sheet.write_heading(unit, today, f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})")
    sheet.write_header()
    for number, label, figure in [*summary_lines(rec, comp, new), *extra]:
        sheet.write_row([number, label, figure, ""], bold=number.isalpha() and number.isupper())
    sheet.write_signatures(unit)
    save_workbook(workbook, target)


MARK_SYMBOL = {
    Mark.PRESENT: "C",
    Mark.EXCUSED_ABSENCE: "P",
    Mark.UNEXCUSED_ABSENCE: "K",
    Mark.EXEMPT: "M",
}


def write_attendance(
    target: Path,
    unit: UnitSettings,
    meetings: Sequence[tuple[dt.date, str, str, int, int, int, int]],
    grid_dates: Sequence[dt.date],
    grid_rows: Sequence[tuple[str, Sequence[str], int, int]],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> None:
    """Báo cáo sinh hoạt chi hội: one row per meeting, then the member × meeting book."""
    period = f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})"
    workbook = new_workbook()
    columns = [
        Column(5),
        Column(12),
        Column(12),
        Column(44, "left"),
        Column(9),
        Column(9),
        Column(10),
        Column(10),
        Column(9),
    ]
    header = [
        HeaderCell(t, 0, i, rows=2)
        for i, t in enumerate(("TT", "Ngày", "Loại", "Nội dung", "Phải dự"))
    ]
    header += [HeaderCell("Có mặt", 0, 5, rows=2), HeaderCell("Vắng", 0, 6, cols=2),
               HeaderCell("Có lý do", 1, 6), HeaderCell("Không lý do", 1, 7), HeaderCell("Tỷ lệ", 0, 8, rows=2)]  # fmt: skip
    sheet = ReportSheet(
        workbook, "Báo cáo sinh hoạt chi hội", columns, header, 2, "Các buổi sinh hoạt"
    )
    sheet.write_heading(unit, today, period)
    sheet.write_header()
    for number, (day, kind, content, expected, present, excused, unexcused) in enumerate(
        meetings, start=1
    ):
        rate = percent(present, expected)
        sheet.write_row([number, day, kind, content, expected, present, excused, unexcused, rate])
    expected_total = sum(m[3] for m in meetings)
    present_total = sum(m[4] for m in meetings)
    sheet.write_totals(
        f"Tổng cộng: {len(meetings)} buổi",
        {4: expected_total, 5: present_total, 6: sum(m[5] for m in meetings), 7: sum(m[6] for m in meetings),
         8: percent(present_total, expected_total)},
        label_cols=4,
    )  # fmt: skip
    sheet.write_signatures(unit)

    book_columns = (
        [Column(5), Column(26, "left")] + [Column(6) for _ in grid_dates] + [Column(10), Column(8)]
    )
    book_header = [HeaderCell("TT", 0, 0), HeaderCell("Họ và tên", 0, 1)]
    book_header += [HeaderCell(day.strftime("%d/%m"), 0, 2 + i) for i, day in enumerate(grid_dates)]
    book_header += [
        HeaderCell("Số buổi dự", 0, 2 + len(grid_dates)),
        HeaderCell("Tỷ lệ", 0, 3 + len(grid_dates)),
    ]
    book = ReportSheet(
        workbook, "Sổ theo dõi sinh hoạt chi hội", book_columns, book_header, 1, "Sổ theo dõi"
    )
    book.write_heading(unit, today, period)
    book.write_header()
    for number, (name, cells, present, expected) in enumerate(grid_rows, start=1):
        rate = percent(present, expected)
        book.write_row([number, name, *cells, f"{present}/{expected}", rate])
    book.write_text("C: có mặt · P: vắng có lý do · K: vắng không lý do · M: miễn sinh hoạt · "
                    "để trống: không có trong danh sách buổi đó (chưa là hội viên, không còn là hội viên, hoặc được nhập sau khi điểm danh) · ?: phải dự nhưng chưa điểm danh", italic=True)  # fmt: skip
    book.write_signatures(unit)
    save_workbook(workbook, target)


def _poverty_line(
    figures: YearFigures,
    start_list: int,
    end_list: int,
    lists: frozenset[int] | None,
    whole_year: bool,
) -> str:
    """The poor-household counts between two yearly lists; a list not entered yet is said,
    never counted as "nobody poor" (which would show every household as escaped)."""
    missing = [y for y in sorted({start_list, end_list}) if lists is not None and y not in lists]
    if missing:
        years = ", ".join(str(y) for y in missing)
        known = (
            f"Hộ nghèo (danh sách năm {start_list}): {figures.poor_start}; hộ cận nghèo: "
            f"{figures.near_poor_start}. "
            if start_list not in missing
            else ""
        )
        return (
            f"{known}Chưa nhập kết quả phân loại hộ năm {years}: số hộ thoát nghèo, phát sinh, "
            "tái nghèo và cuối kỳ chưa tính được."
        )
    first, last = ("đầu năm", "cuối năm") if whole_year else ("đầu kỳ", "cuối kỳ")
    return (
        f"Hộ nghèo {first} (danh sách năm {start_list}): {figures.poor_start}; thoát nghèo: "
        f"{figures.escaped}; phát sinh mới: {figures.new_poor}; tái nghèo: {figures.relapsed}; "
        f"hộ nghèo {last} (danh sách năm {end_list}): {figures.poor_end}. Hộ cận nghèo {first}"
        f": {figures.near_poor_start}, {last}: {figures.near_poor_end}."
    )


def write_support(
    target: Path,
    unit: UnitSettings,
    figures: YearFigures,
    totals: Totals,
    standard: str,
    households: Sequence[tuple[str, str, str, str, int, int]],
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
    escaped_cases: int | None = None,
    lists: frozenset[int] | None = None,
    whole_year: bool | None = None,
    doing_well: int | None = None,
    fund_owed: Sequence[int] | None = None,
) -> None:
    """Báo cáo giúp nhau giảm nghèo, làm kinh tế giỏi: the period's figures, the help given by
    kind and by source, and the households; with `fund_owed` (one balance per household, when
    some borrowed from the chi hội's funds) a column of those balances and the total owed."""
    columns = [Column(5), Column(26, "left"), Column(16, "left"), Column(16, "left"), Column(27, "left"),
               Column(14, "right", VND_FORMAT), Column(14, "right", VND_FORMAT)]  # fmt: skip
    header = [HeaderCell(t, 0, i) for i, t in enumerate(
        ("TT", "Hộ hội viên", "Phân loại", "Tình trạng cuối kỳ", "Nguyên nhân khó khăn",
         "Hỗ trợ trong kỳ (đồng)", "Dư nợ cuối kỳ (đồng)"))]  # fmt: skip
    if fund_owed is not None:
        columns[4] = Column(21, "left")  # room for the fund loans' column on the same page
        columns.append(Column(14, "right", VND_FORMAT))
        header.append(HeaderCell("Dư nợ vay quỹ chi hội (đồng)", 0, 7))
    if start is not None and end is not None:
        period = f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})"
        first_year, last_year = start.year, end.year
        if whole_year is None:
            whole_year = (start, end) == (dt.date(start.year, 1, 1), dt.date(start.year, 12, 31))
    else:
        period = f"(Năm {figures.year})"
        first_year = last_year = figures.year
        whole_year = True
    money = format_vnd(totals.money) or "0"
    lines = [
        f"Chuẩn nghèo áp dụng: {standard}",
        _poverty_line(figures, first_year - 1, last_year, lists, whole_year),
        f"Tổng số tiền hỗ trợ {'trong năm' if whole_year else 'trong kỳ'}: {money} đồng; ngày công: {totals.work_days}; nhà "
        f"Nghĩa tình đồng đội xây mới: {totals.houses_built}, sửa chữa: {totals.houses_repaired}.",
    ]
    by_kind = "; ".join(
        f"{kind.label} {format_vnd(amount)}"
        for kind, amount in sorted(totals.money_by_kind.items(), key=lambda kv: -kv[1])
    )
    by_source = "; ".join(
        f"{source.label} {format_vnd(amount)}"
        for source, amount in sorted(totals.money_by_source.items(), key=lambda kv: -kv[1])
    )
    if doing_well is not None:
        lines.append(
            f"Hộ hội viên làm kinh tế khá, giỏi (Hội xếp loại khá, giàu đến năm {last_year}): "
            f"{doing_well} hộ."
        )
    if fund_owed is not None:
        cases, funds = sum(h[5] for h in households), sum(fund_owed)
        lines.append(
            f"Dư nợ cuối kỳ của các hộ: {format_vnd(cases + funds) or '0'} đồng, gồm vay các "
            f"nguồn ghi trong hồ sơ {format_vnd(cases) or '0'} đồng và vay quỹ chi hội "
            f"{format_vnd(funds) or '0'} đồng."
        )
    if by_kind:
        lines.append(f"Theo hình thức (đồng): {by_kind}.")
    if by_source:
        lines.append(f"Theo nguồn (đồng): {by_source}.")
    if escaped_cases is not None and not (lists is not None and last_year not in lists):
        lines.append(
            f"Thoát nghèo theo danh sách phường: {figures.escaped} hộ; hồ sơ giúp đỡ ghi "
            f'"Đã thoát nghèo" trong kỳ: {escaped_cases} hộ (kể cả hộ cận nghèo).'
        )
    workbook = new_workbook()
    sheet = ReportSheet(
        workbook,
        "Báo cáo giúp nhau giảm nghèo, làm kinh tế giỏi",
        columns,
        header,
        1,
        "Giảm nghèo",
        intro_lines=len(lines),
    )
    sheet.write_heading(unit, today, period)
    for number, line in enumerate(lines):
        sheet.write_text(line, italic=number == 0, fit=True)
    sheet.write_header()
    for number, (name, category, status, cause, given, outstanding) in enumerate(
        households, start=1
    ):
        extra = [fund_owed[number - 1]] if fund_owed is not None else []
        sheet.write_row([number, name, category, status, cause, given, outstanding, *extra])
    sums = {5: sum(h[4] for h in households), 6: sum(h[5] for h in households)}
    if fund_owed is not None:
        sums[7] = sum(fund_owed)
    sheet.write_totals(f"Tổng cộng: {len(households)} hộ", sums, label_cols=5)
    sheet.write_signatures(unit)
    save_workbook(workbook, target)


def write_year_end(
    target: Path,
    unit: UnitSettings,
    longevity: Sequence[tuple[Member, int, str]],
    longevity_year: int,
    evaluations: Sequence[tuple[Member, str, str]],
    evaluation_year: int,
    grades: Sequence[str],
    today: dt.date,
) -> None:
    """Year-end pack: the mừng thọ list for the coming year, and the members' evaluation."""
    workbook = new_workbook()
    columns = [
        Column(5),
        Column(28, "left"),
        Column(9),
        Column(8),
        Column(24, "left"),
        Column(10),
        Column(22, "left"),
    ]
    header = [HeaderCell(t, 0, i) for i, t in enumerate(
        ("TT", "Họ và tên", "Năm sinh", "Tuổi", "Mừng thọ", "Tổ hội", "Ghi chú"))]  # fmt: skip
    sheet = ReportSheet(
        workbook,
        f"Danh sách hội viên mừng thọ năm {longevity_year}",
        columns,
        header,
        1,
        "Mừng thọ",
    )
    sheet.write_heading(unit, today, f"(Năm {longevity_year})")
    sheet.write_header()
    for number, (member, age, label) in enumerate(longevity, start=1):
        year = member.birth_date.year if member.birth_date else ""
        sheet.write_row([number, member.full_name, year, age, label, member.team, ""])
    sheet.write_totals(f"Tổng cộng: {len(longevity)} hội viên", {})
    sheet.write_signatures(unit)

    columns = [Column(5), Column(30, "left"), Column(10), Column(30, "left"), Column(30, "left")]
    header = [
        HeaderCell(t, 0, i)
        for i, t in enumerate(("TT", "Họ và tên", "Tổ hội", "Xếp loại", "Ghi chú"))
    ]
    evaluation = ReportSheet(
        workbook,
        f"Đánh giá, xếp loại hội viên năm {evaluation_year}",
        columns,
        header,
        1,
        "Xếp loại",
    )
    evaluation.write_heading(unit, today, f"(Năm {evaluation_year})")
    evaluation.write_header()
    for number, (member, grade, note) in enumerate(evaluations, start=1):
        evaluation.write_row([number, member.full_name, member.team, grade, note])
    evaluation.write_totals(f"Tổng cộng: {len(evaluations)} hội viên", {})
    for grade in grades:
        evaluation.write_text(f"{grade}: {sum(1 for _m, g, _n in evaluations if g == grade)}")
    evaluation.write_signatures(unit)
    save_workbook(workbook, target)


@dataclass(frozen=True)
class ListSheet:
    """A plain list of members: title, period line, columns (label, width, alignment), rows."""

    title: str
    sheet_name: str
    period: str
    columns: Sequence[tuple[str, float, str]]
    rows: Sequence[Sequence[Any]]
    noun: str = "hội viên"


def write_lists(
    target: Path, unit: UnitSettings, sheets: Sequence[ListSheet], today: dt.date
) -> None:
    """Member lists (one sheet each) in the administrative layout, numbered, with a total."""
    workbook = new_workbook()
    for spec in sheets:
        columns = [Column(width, align) for _label, width, align in spec.columns]
        header = [HeaderCell(label, 0, i) for i, (label, _w, _a) in enumerate(spec.columns)]
        sheet = ReportSheet(workbook, spec.title, columns, header, 1, spec.sheet_name)
        sheet.write_heading(unit, today, spec.period)
        sheet.write_header()
        for number, row in enumerate(spec.rows, start=1):
            sheet.write_row([number, *row])
        sheet.write_totals(f"Tổng cộng: {len(spec.rows)} {spec.noun}", {})
        sheet.write_signatures(unit)
    save_workbook(workbook, target)
