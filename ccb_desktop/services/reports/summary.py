"""The report on the number and quality of members (báo cáo số lượng, chất lượng)."""

from __future__ import annotations

from ccb_desktop.domain.reports import composition, members_on, new_members, reconciliation
from ccb_desktop.domain.vocabulary import Status
from ccb_desktop.services.reports.base import (
    PREVIEW_ROWS,
    Context,
    Prepared,
    PreviewTable,
    Report,
    texts,
)
from ccb_desktop.services.reports.dues import dues_and_funds_lines


def prepare(c: Context) -> Prepared:
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    listed = members_on(c.everyone, c.memberships, c.end)
    rec = reconciliation(c.memberships.values(), c.period.start, c.end)
    excused = [i for i, ms in c.memberships.items() if ms.status_on(c.end) is Status.EXCUSED]
    comp = composition(listed, c.end, excused)
    new = new_members(c.everyone, c.memberships, c.period.start, c.end)
    extra = dues_and_funds_lines(c)
    lines = excel.summary_lines(rec, comp, new) + extra
    return Prepared(
        rec.end,
        PreviewTable(
            ["TT", "Nội dung", "Số lượng"],
            texts([list(line) for line in lines[:PREVIEW_ROWS]]),
            len(lines),
        ),
        lambda target: excel.write_summary(
            target, c.unit, rec, comp, c.period.start, c.end, c.today, new, extra
        ),
    )


REPORTS = [
    Report(
        "summary",
        "Báo cáo số lượng, chất lượng hội viên",
        "bao-cao-so-luong-chat-luong",
        prepare,
    )
]
