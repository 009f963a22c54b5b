"""The ward's reports with one row per chi hội and the ward's total, as workbooks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.ward import WARD_SUMMARY_COLUMNS
from ccb_desktop.excel.layout import Column, HeaderCell, ReportSheet, new_workbook, save_workbook

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
