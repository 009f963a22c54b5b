"""The dues book (sổ thu hội phí) and the funds' cash books (sổ quỹ) as workbooks, in the
administrative layout: pure over the rows given and a path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.excel.layout import (
    VND_FORMAT,
    Column,
    HeaderCell,
    ReportSheet,
    new_workbook,
    save_workbook,
)


def _period_text(start: dt.date, end: dt.date) -> str:
    if (start, end) == (dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)):
        return f"(Năm {start.year})"
    return f"(Từ ngày {format_date(start)} đến ngày {format_date(end)})"


@dataclass(frozen=True)
class DuesBook:
    """What the dues book shows: the periods begun in the window (column headings), one row
    per member (name, amount or "Miễn" per period, still owed at the end), the payments
    received in the window, and the lines above the table."""

    periods: Sequence[str]
    members: Sequence[tuple[str, Sequence[Any], int]]  # name, cells, owed at the end
    receipts: Sequence[tuple[dt.date, str, str, str, int]]  # date, receipt, name, period, đồng
    lines: Sequence[str]


def write_dues(
    target: Path, unit: UnitSettings, book: DuesBook, start: dt.date, end: dt.date, today: dt.date
) -> None:
    """Sổ thu hội phí: the members × periods sheet (what each paid for each period, what is
    still owed), then the receipts of the period in date order with their total."""
    workbook = new_workbook()
    count = len(book.periods)
    # Twelve months, the name and the totals print at 10 points or more on A4 landscape.
    width = 8.0 if count > 6 else 12.0
    columns = [Column(5), Column(24, "left")]
    columns += [Column(width, "right", VND_FORMAT) for _ in book.periods]
    columns += [Column(13, "right", VND_FORMAT), Column(12, "right", VND_FORMAT)]
    header = [HeaderCell("TT", 0, 0, rows=2), HeaderCell("Họ và tên", 0, 1, rows=2)]
    if count:
        header.append(HeaderCell("Số tiền đã nộp theo kỳ (đồng)", 0, 2, cols=count))
        header += [HeaderCell(label, 1, 2 + i) for i, label in enumerate(book.periods)]
    header.append(HeaderCell("Cộng đã nộp", 0, 2 + count, rows=2))
    header.append(HeaderCell("Còn nợ đến cuối kỳ", 0, 3 + count, rows=2))
    sheet = ReportSheet(
        workbook,
        "Sổ thu hội phí",
        columns,
        header,
        2,
        "Theo kỳ",
        paper="A3" if count > 12 else "A4",  # a window longer than a year: bigger paper
        intro_lines=len(book.lines),
    )
    sheet.write_heading(unit, today, _period_text(start, end))
    for line in book.lines:
        sheet.write_text(line, italic=True)
    sheet.write_header()
    totals = [0] * count
    for number, (name, cells, owed) in enumerate(book.members, start=1):
        paid = sum(v for v in cells if isinstance(v, int))
        for i, value in enumerate(cells):
            if isinstance(value, int):
                totals[i] += value
        sheet.write_row([number, name, *cells, paid, owed or ""])
    sheet.write_totals(
        f"Tổng cộng: {len(book.members)} hội viên",
        {
            **{2 + i: total for i, total in enumerate(totals)},
            2 + count: sum(totals),
            3 + count: sum(owed for _n, _c, owed in book.members),
        },
    )
    sheet.write_text('Ghi chú: "Miễn" – hội viên được miễn hội phí kỳ đó.', italic=True)
    sheet.write_signatures(unit)

    # As wide as the narrowest report, so the unit names and the motto keep their room.
    receipts = ReportSheet(
        workbook,
        "Sổ thu hội phí – các lần thu",
        [Column(5), Column(14), Column(14), Column(36, "left"), Column(16),
         Column(18, "right", VND_FORMAT), Column(27, "left")],
        [HeaderCell(t, 0, i) for i, t in enumerate(
            ("TT", "Ngày thu", "Số biên lai", "Họ và tên", "Nộp cho kỳ", "Số tiền (đồng)",
             "Ghi chú"))],
        1,
        "Các lần thu",
    )  # fmt: skip
    receipts.write_heading(unit, today, _period_text(start, end))
    receipts.write_header()
    for number, (day, receipt, name, period, amount) in enumerate(book.receipts, start=1):
        receipts.write_row([number, day, receipt, name, period, amount, ""])
    receipts.write_totals(
        f"Tổng cộng: {len(book.receipts)} lần thu",
        {5: sum(r[4] for r in book.receipts)},
        label_cols=5,
    )
    receipts.write_signatures(unit)
    save_workbook(workbook, target)


@dataclass(frozen=True)
class CashBookSheet:
    """One fund's book for the period: opening balance, lines, closing balance."""

    name: str
    opening: int
    # date, receipt voucher, payment voucher, content, in, out, balance, note
    lines: Sequence[tuple[dt.date, str, str, str, int | None, int | None, int, str]]
    receipts: int
    payments: int
    closing: int


def _sheet_name(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\), unique in the book."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip() or "Quỹ"
    base = cleaned[:31]
    found, n = base, 2
    while found.lower() in taken:
        suffix = f" ({n})"
        found, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(found.lower())
    return found


def write_funds(
    target: Path,
    unit: UnitSettings,
    books: Sequence[CashBookSheet],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    per_member: str,
) -> None:
    """Sổ quỹ: a sheet per fund (Ngày | Số phiếu Thu / Chi | Diễn giải | Thu | Chi | Tồn |
    Ghi chú), opening balance first, the period closed off with its totals and closing
    balance, and the check opening + receipts − payments = closing; then a summary sheet."""
    workbook = new_workbook()
    taken: set[str] = set()
    columns = [Column(11), Column(8), Column(8), Column(36, "left"),
               Column(13, "right", VND_FORMAT), Column(13, "right", VND_FORMAT),
               Column(14, "right", VND_FORMAT), Column(24, "left")]  # fmt: skip
    header = [
        HeaderCell("Ngày", 0, 0, rows=2),
        HeaderCell("Số phiếu", 0, 1, cols=2),
        HeaderCell("Thu", 1, 1),
        HeaderCell("Chi", 1, 2),
        HeaderCell("Diễn giải", 0, 3, rows=2),
        HeaderCell("Số tiền (đồng)", 0, 4, cols=3),
        HeaderCell("Thu", 1, 4),
        HeaderCell("Chi", 1, 5),
        HeaderCell("Tồn", 1, 6),
        HeaderCell("Ghi chú", 0, 7, rows=2),
    ]
    for book in books:
        sheet = ReportSheet(
            workbook, f"Sổ quỹ – {book.name}", columns, header, 2, _sheet_name(book.name, taken)
        )
        sheet.write_heading(unit, today, _period_text(start, end))
        sheet.write_header()
        sheet.write_row(["", "", "", "Số dư đầu kỳ", "", "", book.opening, ""], bold=True)
        for day, receipt, payment, content, got, paid, balance, note in book.lines:
            sheet.write_row([day, receipt, payment, content, got, paid, balance, note])
        sheet.write_totals("Cộng phát sinh trong kỳ", {4: book.receipts, 5: book.payments}, 4)
        sheet.write_totals("Số dư cuối kỳ", {6: book.closing}, 4)
        sheet.write_text(
            f"Đối chiếu: tồn đầu kỳ {format_vnd(book.opening) or '0'} + thu "
            f"{format_vnd(book.receipts) or '0'} − chi {format_vnd(book.payments) or '0'} = tồn "
            f"cuối kỳ {format_vnd(book.closing) or '0'} đồng. Sổ khóa đến ngày {format_date(end)}.",
            italic=True,
        )
        sheet.write_signatures(unit)
    summary = ReportSheet(
        workbook,
        "Tổng hợp các quỹ",
        [Column(5), Column(34, "left")] + [Column(15, "right", VND_FORMAT) for _ in range(4)],
        [HeaderCell(t, 0, i) for i, t in enumerate(
            ("TT", "Tên quỹ", "Tồn đầu kỳ", "Thu trong kỳ", "Chi trong kỳ", "Tồn cuối kỳ"))],
        1,
        _sheet_name("Tổng hợp", taken),
    )  # fmt: skip
    summary.write_heading(unit, today, _period_text(start, end))
    summary.write_header()
    for number, book in enumerate(books, start=1):
        summary.write_row([number, book.name, book.opening, book.receipts, book.payments,
                           book.closing])  # fmt: skip
    summary.write_totals(
        "Tổng cộng",
        {
            2: sum(b.opening for b in books),
            3: sum(b.receipts for b in books),
            4: sum(b.payments for b in books),
            5: sum(b.closing for b in books),
        },
    )
    summary.write_text(per_member, italic=True)
    summary.write_signatures(unit)
    save_workbook(workbook, target)
