"""Sổ thu hội phí: what each member paid for each period of the report's window, what is
still owed at its end, and the receipts of the window (`ccb-desktop export dues`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ccb_desktop.db import dues as dues_repo
from ccb_desktop.domain.dues import (
    DuesFigures,
    arrears,
    exempt_in,
    owes,
    paid_by_period,
    periods_between,
)
from ccb_desktop.domain.reports import member_during
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.services.dues import DuesService
from ccb_desktop.services.funds import FundService
from ccb_desktop.services.reports.base import (
    PREVIEW_ROWS,
    Context,
    Prepared,
    PreviewTable,
    Report,
    texts,
)

if TYPE_CHECKING:
    from ccb_desktop.excel.dues_funds import DuesBook


def dues_book(c: Context) -> tuple[DuesBook, DuesFigures]:
    """The book's content for the context's period (imported lazily with openpyxl)."""
    from ccb_desktop.excel.dues_funds import DuesBook

    start, end = c.period.start, c.end
    rates = dues_repo.rates(c.db)
    exemptions = dues_repo.exemptions(c.db)
    payments = dues_repo.payments(c.db)
    periods = [p for p in periods_between(rates, start, end) if start <= p.start <= end]
    paid = paid_by_period(payments)
    members = sorted(
        (
            m
            for m in c.everyone
            if m.id is not None
            and m.id in c.memberships
            and member_during(c.memberships[m.id], start, end)
        ),
        key=lambda m: (m.sort_key, m.id or 0),
    )
    owing = {
        a.member_id: a.total_vnd for a in arrears(periods, c.memberships, exemptions, payments, end)
    }
    names = {m.id: m.full_name for m in c.everyone}
    rows = []
    for member in members:
        member_id = member.id or 0
        own = [e for e in exemptions if e.member_id == member_id]
        cells: list[object] = []
        for period in periods:
            amount = paid.get((member_id, period.key), 0)
            if amount:
                cells.append(amount)
            elif exempt_in(own, period) is not None:
                cells.append("Miễn")
            elif not owes(c.memberships[member_id], own, period):
                cells.append("–")
            else:
                cells.append("")
        rows.append((member.full_name, cells, owing.get(member_id, 0)))
    labels = (
        {p.key: p.label for p in periods_between(rates, rates[0].valid_from, end)} if rates else {}
    )
    receipts = [
        (p.paid_on, p.receipt, names.get(p.member_id, ""), labels.get(p.period, p.period),
         p.amount_vnd)
        for p in sorted(payments, key=lambda p: (p.paid_on, p.receipt, p.id or 0))
        if start <= p.paid_on <= end
    ]  # fmt: skip
    figures = DuesService(c.db, c.clock).figures(start, end)  # the one source of these figures
    in_force = [r for r in rates if r.valid_from <= end]
    lines = [
        "Mức hội phí áp dụng (theo quy định của Hội, đơn vị nhập): "
        + (
            "; ".join(
                f"từ {r.valid_from:%d/%m/%Y}: {format_vnd(r.amount_vnd)} đồng/kỳ "
                f"({r.cycle.label.lower()}), nộp lên phường {format_vnd(r.ward_share_vnd) or '0'}"
                " đồng/kỳ"
                for r in in_force
            )
            or "chưa có"
        )
        + ".",
        f"Thu trong kỳ (theo ngày thu): {format_vnd(figures.collected_vnd) or '0'} đồng của "
        f"{figures.members_paid} hội viên; còn nợ đến cuối kỳ: {figures.members_owing} hội viên, "
        f"{format_vnd(figures.owed_vnd) or '0'} đồng.",
        f"Phần nộp lên phường của các kỳ trên: {format_vnd(figures.share_due_vnd) or '0'} đồng; "
        f"đã nộp trong kỳ: {format_vnd(figures.remitted_vnd) or '0'} đồng. Bảng dưới tính "
        "theo kỳ; tờ “Các lần thu” tính theo ngày thu (gồm cả tiền nộp trước cho kỳ sau).",
    ]
    # Headings on two lines ("T10" over "2026"): a narrow column never breaks a year in two.
    headings = [
        p.short_label if p.short_label == str(p.start.year) else f"{p.short_label}\n{p.start.year}"
        for p in periods
    ]
    return DuesBook(headings, rows, receipts, lines), figures


def dues_and_funds_lines(c: Context) -> list[tuple[str, str, str]]:
    """The period's hội phí and funds for the member summary report (none while the unit
    keeps neither in the program)."""
    dues = DuesService(c.db, c.clock)
    if not dues.rates() and not FundService(c.db, c.clock).funds():
        return []
    d = dues.figures(c.period.start, c.end)
    f = FundService(c.db, c.clock).figures(c.period.start, c.end)
    per_member = f.per_member_vnd
    return [
        ("III", "HỘI PHÍ VÀ QUỸ (trong kỳ)", ""),
        ("1", "Hội phí thu được (đồng)", format_vnd(d.collected_vnd) or "0"),
        ("", "Số hội viên đã nộp", str(d.members_paid)),
        ("", "Số hội viên còn nợ đến cuối kỳ", str(d.members_owing)),
        ("", "Đã nộp lên phường (đồng)", format_vnd(d.remitted_vnd) or "0"),
        ("2", "Tổng các quỹ cuối kỳ (đồng)", format_vnd(f.total_closing_vnd) or "0"),
        ("", "Bình quân mỗi hội viên (đồng)", format_vnd(per_member) if per_member else "0"),
    ]


def prepare(c: Context) -> Prepared:
    if c.ward is not None:  # a whole ward: one row per chi hội
        from ccb_desktop.services.reports.ward import ward_dues

        return ward_dues(c)
    from ccb_desktop.excel.dues_funds import write_dues  # on first use: not before the first paint

    book, _figures = dues_book(c)
    preview = [
        [n, name, *[format_vnd(v) if isinstance(v, int) else v for v in cells],
         format_vnd(owed)]
        for n, (name, cells, owed) in enumerate(book.members[:PREVIEW_ROWS], start=1)
    ]  # fmt: skip
    return Prepared(
        len(book.members),
        PreviewTable(
            ["TT", "Họ và tên", *book.periods, "Còn nợ"], texts(preview), len(book.members)
        ),
        lambda target: write_dues(target, c.unit, book, c.period.start, c.end, c.today),
    )


def summary(c: Context) -> list[tuple[str, str]]:
    f = DuesService(c.db, c.clock).figures(c.period.start, c.end)
    return [
        ("Tổng thu hội phí trong kỳ (đồng)", format_vnd(f.collected_vnd) or "0"),
        ("Số hội viên đã nộp", str(f.members_paid)),
        ("Số hội viên còn nợ", str(f.members_owing)),
        ("Đã nộp lên phường trong kỳ (đồng)", format_vnd(f.remitted_vnd) or "0"),
    ]


REPORTS = [Report("dues", "Sổ thu hội phí", "so-thu-hoi-phi", prepare, summary=summary)]
