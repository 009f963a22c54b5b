"""Sổ quỹ: each fund's cash book for the report's window, a sheet per fund, reconciling
opening + receipts − payments = closing (`ccb-desktop export funds`)."""

from __future__ import annotations

from ccb_desktop.domain.funds import Direction
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.services.funds import FundService
from ccb_desktop.services.reports.base import (
    Context,
    Prepared,
    PreviewTable,
    Report,
    texts,
)


def prepare(c: Context) -> Prepared:
    if c.ward is not None:  # a whole ward: one row per chi hội
        from ccb_desktop.services.reports.ward import ward_funds

        return ward_funds(c)
    from ccb_desktop.excel.dues_funds import CashBookSheet, write_funds  # on first use

    service = FundService(c.db, c.clock)
    start, end = c.period.start, c.end
    names = service.member_names()
    sheets = []
    for book in service.books(start, end):
        lines = []
        for line in book.lines:
            e = line.entry
            incoming = e.direction is Direction.IN
            lines.append(
                (
                    e.date,
                    e.voucher if incoming else "",
                    "" if incoming else e.voucher,
                    e.content,
                    e.amount_vnd if incoming else None,
                    None if incoming else e.amount_vnd,
                    line.balance_vnd,
                    names.get(e.member_id, "") if e.member_id else e.note,
                )
            )
        sheets.append(
            CashBookSheet(
                book.fund.name,
                book.opening_vnd,
                lines,
                book.receipts_vnd,
                book.payments_vnd,
                book.closing_vnd,
            )
        )
    figures = service.figures(start, end)  # the one source of these figures
    per_member = figures.per_member_vnd
    note = (
        f"Tổng các quỹ cuối kỳ: {format_vnd(figures.total_closing_vnd) or '0'} đồng; bình quân "
        f"{format_vnd(per_member) if per_member is not None else '–'} đồng/hội viên "
        f"({figures.members} hội viên); hội viên còn nợ vay quỹ: "
        f"{format_vnd(figures.loans_outstanding_vnd) or '0'} đồng."
    )
    preview = [
        [s.name, format_vnd(s.opening) or "0", format_vnd(s.receipts) or "0",
         format_vnd(s.payments) or "0", format_vnd(s.closing) or "0"]
        for s in sheets
    ]  # fmt: skip
    return Prepared(
        sum(len(s.lines) for s in sheets),
        PreviewTable(
            ["Quỹ", "Tồn đầu kỳ", "Thu", "Chi", "Tồn cuối kỳ"], texts(preview), len(sheets)
        ),
        lambda target: write_funds(target, c.unit, sheets, start, end, c.today, note),
    )


def summary(c: Context) -> list[tuple[str, str]]:
    f = FundService(c.db, c.clock).figures(c.period.start, c.end)
    return [
        ("Số quỹ", str(len(f.funds))),
        ("Tồn đầu kỳ (đồng)", format_vnd(f.total_opening_vnd) or "0"),
        ("Thu / chi trong kỳ (đồng)", f"{format_vnd(f.total_in_vnd) or '0'} / "
         f"{format_vnd(f.total_out_vnd) or '0'}"),
        ("Tồn cuối kỳ (đồng)", format_vnd(f.total_closing_vnd) or "0"),
    ]  # fmt: skip


REPORTS = [Report("funds", "Sổ quỹ (thu, chi, tồn từng quỹ)", "so-quy", prepare, summary=summary)]
