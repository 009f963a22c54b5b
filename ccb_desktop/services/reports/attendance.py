"""The report on the chi hội's meetings (báo cáo sinh hoạt) and its attendance book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ccb_desktop.domain.meetings import percent
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.reports.base import (
    PREVIEW_ROWS,
    Context,
    Prepared,
    PreviewTable,
    Report,
    texts,
)

Line = tuple[dt.date, str, str, int, int, int, int]


def prepare(c: Context) -> Prepared:
    if c.ward is not None:  # a whole ward: one row per chi hội
        from ccb_desktop.services.reports.ward import ward_attendance

        return ward_attendance(c)
    found = MeetingService(c.db, c.clock).meetings_between(c.period.start, c.end)
    meetings: list[Line] = [
        (
            r.meeting.date,
            r.meeting.kind.label,
            r.meeting.content.splitlines()[0] if r.meeting.content else "",
            r.totals.expected,
            r.totals.present,
            r.totals.excused,
            r.totals.unexcused,
        )
        for r in found
    ]
    rows = [
        [n, *m[:7], percent(m[4], m[3])] for n, m in enumerate(meetings[:PREVIEW_ROWS], start=1)
    ]
    return Prepared(
        len(found),
        PreviewTable(
            [
                "TT",
                "Ngày",
                "Loại",
                "Nội dung",
                "Phải dự",
                "Có mặt",
                "Vắng có lý do",
                "Vắng không lý do",
                "Tỷ lệ",
            ],
            texts(rows),
            len(found),
        ),
        lambda target: _write(target, c, meetings),
    )


def _write(target: Path, c: Context, meetings: list[Line]) -> None:
    # The book covers exactly the period, across New Year too (gathered only to write it:
    # the preview needs the meetings alone).
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    grid = MeetingService(c.db, c.clock).grid(c.period.start, c.end)
    book = []
    for member, record in grid.rows:
        cells = [grid.cell(m, record) for m in grid.meetings]
        if any(cells):
            book.append((member.full_name, cells, record.present, record.expected))
    excel.write_attendance(
        target,
        c.unit,
        meetings,
        [m.date for m in grid.meetings],
        book,
        c.period.start,
        c.end,
        c.today,
    )


def summary(c: Context) -> list[tuple[str, str]]:
    rows = MeetingService(c.db, c.clock).meetings_between(c.period.start, c.end)
    present = sum(r.totals.present for r in rows)
    expected = sum(r.totals.expected for r in rows)
    return [
        ("Số buổi sinh hoạt", str(len(rows))),
        ("Lượt có mặt / phải dự", f"{present} / {expected}"),
    ]


REPORTS = [
    Report("attendance", "Báo cáo sinh hoạt chi hội", "bao-cao-sinh-hoat", prepare, summary=summary)
]
