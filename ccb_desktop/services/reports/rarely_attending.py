"""The list of members who rarely attend, by the unit's "Cần quan tâm" rule."""

from __future__ import annotations

from ccb_desktop.domain.meetings import AttentionRule, MemberAttendance, needs_attention, percent
from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.domain.vocabulary import Status
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.reports.base import Context, Prepared, Report, lists


def _found(
    c: Context,
) -> tuple[AttentionRule, int, list[tuple[MemberSummary, MemberAttendance]]]:
    rule = AttentionRule(c.unit.attention_absences, c.unit.attention_rate_percent)
    grid = MeetingService(c.db, c.clock).grid(c.period.start, c.end)
    found = [
        (member, record)
        for member, record in grid.rows
        if member.status is Status.ACTIVE and record.expected and needs_attention(record, rule)
    ]
    return rule, len(grid.meetings), found


def prepare(c: Context) -> Prepared:
    """Members who came rarely in the period: absent N meetings in a row at its end, or
    present at under X% of the meetings they were due."""
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    rule, _meetings, found = _found(c)
    columns = [("TT", 5, "center"), ("Họ và tên", 28, "left"), ("Tổ hội", 10, "center"),
               ("Số buổi dự / phải dự", 12, "center"), ("Tỷ lệ", 8, "center"),
               ("Vắng liên tiếp", 10, "center"), ("Lần dự gần nhất", 13, "center"),
               ("Điện thoại", 15, "center"), ("Ghi chú", 24, "left")]  # fmt: skip
    rows: list[list[object]] = [
        [
            member.full_name,
            member.team,
            f"{record.present}/{record.expected}",
            percent(record.present, record.expected) or "0%",
            record.absence_run,
            record.last_present.strftime("%d/%m/%Y") if record.last_present else "",
            member.phone,
            "",
        ]
        for member, record in found
    ]
    rule_text = (
        f"(Từ ngày {c.period.start:%d/%m/%Y} đến ngày {c.end:%d/%m/%Y}; vắng từ "
        f"{rule.absences_in_a_row} buổi liên tiếp, hoặc dự dưới {rule.minimum_rate_percent}% "
        "số buổi phải dự)"
    )
    sheet = excel.ListSheet(
        "Danh sách hội viên ít sinh hoạt", "Ít sinh hoạt", rule_text, columns, rows
    )
    return lists(c, [sheet])


def summary(c: Context) -> list[tuple[str, str]]:
    _rule, meetings, found = _found(c)
    return [("Số buổi sinh hoạt", str(meetings)), ("Hội viên ít sinh hoạt", str(len(found)))]


REPORTS = [
    Report(
        "rarely-attending",
        "Danh sách hội viên ít sinh hoạt",
        "hoi-vien-it-sinh-hoat",
        prepare,
        summary=summary,
    )
]
