"""The report on the number and quality of members (báo cáo số lượng, chất lượng)."""

from __future__ import annotations

from ccb_desktop.domain.reports import composition, members_on, new_members, reconciliation
from ccb_desktop.domain.vocabulary import Status
from ccb_desktop.domain.ward import WARD_SUMMARY_COLUMNS, totals, ward_summary_row
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

    if c.ward is not None:
        return _prepare_ward(c)
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


def _prepare_ward(c: Context) -> Prepared:
    """A whole ward: one row per chi hội, each figured exactly as that chi hội's own report
    (its members only), and the ward's total."""
    from ccb_desktop.excel import ward as excel  # on first use: not before the first paint

    assert c.ward is not None
    everyone = c.everyone
    rows: list[tuple[str, list[int], bool]] = []
    for _chi_hoi_id, name, memberships in c.ward:
        members = [m for m in everyone if m.id in memberships]
        rec = reconciliation(memberships.values(), c.period.start, c.end)
        excused = [i for i, ms in memberships.items() if ms.status_on(c.end) is Status.EXCUSED]
        comp = composition(members_on(members, memberships, c.end), c.end, excused)
        rows.append((name, ward_summary_row(rec, comp), rec.balances))
    total = totals([values for _n, values, _b in rows])
    headers = ["TT", "Chi hội", *(column.header for column in WARD_SUMMARY_COLUMNS)]
    table = [[n, name, *values] for n, (name, values, _b) in enumerate(rows, start=1)]
    return Prepared(
        len(rows),
        PreviewTable(headers, texts(table[:PREVIEW_ROWS]), len(rows)),
        lambda target: excel.write_ward_summary(
            target, c.unit, rows, total, c.period.start, c.end, c.today
        ),
    )
