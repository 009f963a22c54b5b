"""The list of member movements (danh sách biến động hội viên) in a period."""

from __future__ import annotations

from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.services.reports.base import (
    PREVIEW_ROWS,
    Context,
    Prepared,
    PreviewTable,
    Report,
    texts,
)


def prepare(c: Context) -> Prepared:
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    if c.ward is not None:  # a whole ward: grouped by chi hội
        from ccb_desktop.services.reports.ward import ward_movements

        return ward_movements(c)
    moved: list[tuple[Member, Movement]] = sorted(
        (
            (member, mv)
            for member in c.everyone
            for mv in member.movements  # the full record: paper numbers and notes
            if c.period.start <= mv.date.earliest() <= c.end
        ),
        key=lambda pair: (pair[1].date.earliest(), pair[0].sort_key),
    )
    rows = [
        [n, m.full_name, m.birth_date.year if m.birth_date else "", mv.kind.label,
         mv.date.display(), mv.paper_number, mv.note]
        for n, (m, mv) in enumerate(moved[:PREVIEW_ROWS], start=1)
    ]  # fmt: skip
    return Prepared(
        len(moved),
        PreviewTable(
            ["TT", "Họ và tên", "Năm sinh", "Biến động", "Ngày", "Số giấy", "Ghi chú"],
            texts(rows),
            len(moved),
        ),
        lambda target: excel.write_movements(target, c.unit, moved, c.period.start, c.end, c.today),
    )


REPORTS = [Report("movements", "Danh sách biến động hội viên", "bien-dong-hoi-vien", prepare)]
