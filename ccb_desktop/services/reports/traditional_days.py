"""The lists of the traditional days (3/2, 30/4, 7/5, 19/5, 27/7, 2/9, 6/12, 22/12): one sheet
each, in the administrative layout; the 27/7 and 22/12 sheets are signed for."""

from __future__ import annotations

from ccb_desktop.domain.honours import TraditionalDay, day_list
from ccb_desktop.domain.member import Member
from ccb_desktop.services.reports.base import Context, Prepared, Report, lists

COLUMNS = [("TT", 5, "center"), ("Họ và tên", 28, "left"), ("Năm sinh", 9, "center"),
           ("Tổ hội", 10, "center"), ("Nội dung", 42, "left")]  # fmt: skip
GIFT_COLUMNS = [*COLUMNS, ("Quà tặng", 16, "left"), ("Ký nhận", 16, "left")]


def day_rows(
    day: TraditionalDay, members: list[Member], year: int, threshold: int
) -> list[list[object]]:
    """The rows of a day's sheet (without the number): name, birth year, tổ, what for."""
    rows: list[list[object]] = []
    for m, detail in day_list(day, members, year, threshold):
        row: list[object] = [m.full_name, m.birth_date.year if m.birth_date else "", m.team, detail]
        if day.gift_sheet:
            row += ["", ""]
        rows.append(row)
    return rows


def prepare(c: Context) -> Prepared:
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    year = c.period.end.year
    threshold = c.unit.medal_min_years
    sheets = []
    for day in TraditionalDay:
        period = f"{day.label} – năm {year}"
        if day is TraditionalDay.HOI_FOUNDING and threshold <= 0:
            period += " (đơn vị chưa nhập tiêu chí số năm tuổi Hội: chưa liệt kê)"
        elif day is TraditionalDay.HOI_FOUNDING:
            period += f" (đủ {threshold} năm tuổi Hội, chưa được tặng)"
        sheets.append(
            excel.ListSheet(
                day.list_title,
                day.value.replace("/", "-"),
                period,
                GIFT_COLUMNS if day.gift_sheet else COLUMNS,
                day_rows(day, c.everyone, year, threshold),
            )
        )
    return lists(c, sheets)


def summary(c: Context) -> list[tuple[str, str]]:
    year = c.period.end.year
    return [
        (day.label, str(len(day_list(day, c.everyone, year, c.unit.medal_min_years))))
        for day in TraditionalDay
    ]


REPORTS = [
    Report(
        "traditional-days",
        "Danh sách theo các ngày truyền thống (3/2, 30/4, 7/5, 19/5, 27/7, 2/9, 6/12, 22/12)",
        "danh-sach-ngay-truyen-thong",
        prepare,
        sensitive=True,  # the 27/7 sheet names the policy groups (health)
        summary=summary,
        list_label="Danh sách các ngày truyền thống",
    )
]
