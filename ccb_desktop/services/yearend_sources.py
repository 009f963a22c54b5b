"""The year-end review's and the targets' figures from care visits, dues and funds: each the
service's own `figures(start, end)`, written as (what, how much) lines, so the review and
the Excel reports never count differently."""

from __future__ import annotations

import datetime as dt

from ccb_desktop.db import ward as ward_repo
from ccb_desktop.db.connection import storage_errors
from ccb_desktop.domain.meetings import percent_value
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.services.care import CareService
from ccb_desktop.services.dues import DuesService
from ccb_desktop.services.funds import FundService


def _money(value: int) -> str:
    return f"{format_vnd(value) or '0'} đồng"


def care_lines(care: CareService, start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """One line per kind of visit made in the period (lượt, người, tiền), then the total."""
    figures = care.figures(start, end)
    lines = [
        (kind.label, f"{k.visits} lượt, {k.people} hội viên, {_money(k.money_vnd)}")
        for kind, k in figures.by_kind.items()
        if k.visits
    ]
    lines.append(
        (
            "Tổng cộng thăm hỏi, tặng quà",
            f"{figures.visits} lượt, {figures.people} hội viên, {_money(figures.money_vnd)}",
        )
    )
    return lines


def dues_funds_lines(
    dues: DuesService, funds: FundService, start: dt.date, end: dt.date
) -> list[tuple[str, str]]:
    """Hội phí collected and sent up, who still owes; each fund's opening, in, out, closing.
    A ward file looked at whole: the ward's totals, then each chi hội's own lines (its dues
    by its own rates; its funds under its name), as each chi hội's review states them."""
    with storage_errors(dues.db):
        apart = ward_repo.figured_apart(dues.db)
        names = {c.id: c.name for c in ward_repo.all_chi_hoi(dues.db)} if apart else {}
    if apart is None:
        return _dues_funds_lines(dues, funds, start, end)
    # The ward's totals (each fund is a chi hội's: named below, under its chi hội).
    lines = _dues_funds_lines(dues, funds, start, end, with_funds=False)
    for chi_hoi_id in apart:
        with ward_repo.scoped(dues.db, chi_hoi_id):
            own = _dues_funds_lines(dues, funds, start, end)
        lines += [(f"{names[chi_hoi_id]} – {what}", value) for what, value in own]
    return lines


def _dues_funds_lines(
    dues: DuesService,
    funds: FundService,
    start: dt.date,
    end: dt.date,
    with_funds: bool = True,
) -> list[tuple[str, str]]:
    d = dues.figures(start, end)
    f = funds.figures(start, end)
    lines: list[tuple[str, str]] = []
    if dues.rates():
        lines += [
            ("Hội phí đã thu", f"{_money(d.collected_vnd)} của {d.members_paid} hội viên"),
            ("Hội phí đã nộp lên phường", _money(d.remitted_vnd)),
            ("Hội phí còn phải nộp lên phường", _money(d.still_to_send_vnd)),
            ("Hội viên còn nợ hội phí", f"{d.members_owing} hội viên, {_money(d.owed_vnd)}"),
        ]
    for fund in f.funds if with_funds else ():
        lines.append(
            (
                fund.name,
                f"đầu kỳ {_money(fund.opening_vnd)}, thu {_money(fund.in_vnd)}, chi "
                f"{_money(fund.out_vnd)}, cuối kỳ {_money(fund.closing_vnd)}",
            )
        )
    if f.funds:
        lines.append(("Tổng các quỹ cuối kỳ", _money(f.total_closing_vnd)))
        if f.per_member_vnd is not None:
            lines.append(("Bình quân mỗi hội viên", _money(f.per_member_vnd)))
        if f.loans_outstanding_vnd:
            lines.append(("Dư nợ cho vay từ quỹ", _money(f.loans_outstanding_vnd)))
    return lines


def dues_paid_percent(dues: DuesService, start: dt.date, end: dt.date) -> int | None:
    """Of the members who owed hội phí for a period begun by `end`, the share in whole
    percent who have paid every such period (None without a rate or anyone owing)."""
    grid = dues.grid(start.year)
    liable = paid_up = 0
    for row in grid.rows:
        due = [c for c in row.cells if c.owed and c.period.start <= end]
        if not due:
            continue
        liable += 1
        paid_up += all(c.settled for c in due)
    return percent_value(paid_up, liable)


def fund_per_member(funds: FundService, start: dt.date, end: dt.date) -> int | None:
    """The funds' closing total per member at `end`, in đồng (None without a fund)."""
    figures = funds.figures(start, end)
    return figures.per_member_vnd if figures.funds else None
