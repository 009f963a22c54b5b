"""The lists of Điện Biên Phủ and Hồ Chí Minh campaign veterans among the members."""

from __future__ import annotations

from ccb_desktop.domain.reports import in_campaign, members_on
from ccb_desktop.domain.vocabulary import ServicePeriodKind
from ccb_desktop.services.reports.base import (
    LIST_COLUMNS,
    Context,
    Prepared,
    Report,
    list_row,
    lists,
)


def prepare(c: Context) -> Prepared:
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    listed = members_on(c.everyone, c.memberships, c.end)
    sheets = []
    for period_kind, title, sheet_name in (
        (ServicePeriodKind.CHONG_PHAP, "Danh sách hội viên dự chiến dịch Điện Biên Phủ",
         "Điện Biên Phủ"),
        (ServicePeriodKind.CHONG_MY, "Danh sách hội viên dự Chiến dịch Hồ Chí Minh",
         "Chiến dịch Hồ Chí Minh"),
    ):  # fmt: skip
        sheets.append(
            excel.ListSheet(
                title,
                sheet_name,
                f"(Tính đến ngày {c.end:%d/%m/%Y})",
                LIST_COLUMNS,
                [list_row(m) for m in listed if in_campaign(m, period_kind)],
            )
        )
    return lists(c, sheets)


def summary(c: Context) -> list[tuple[str, str]]:
    listed = members_on(c.everyone, c.memberships, c.end)
    return [
        ("Dự chiến dịch Điện Biên Phủ", str(sum(in_campaign(m, ServicePeriodKind.CHONG_PHAP) for m in listed))),
        ("Dự Chiến dịch Hồ Chí Minh", str(sum(in_campaign(m, ServicePeriodKind.CHONG_MY) for m in listed))),
    ]  # fmt: skip


REPORTS = [
    Report(
        "campaign-veterans",
        "Danh sách hội viên dự chiến dịch Điện Biên Phủ, Chiến dịch Hồ Chí Minh",
        "hoi-vien-dien-bien-phu-chien-dich-ho-chi-minh",
        prepare,
        summary=summary,
    )
]
