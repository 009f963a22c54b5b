"""The year-end report: who turns a longevity age next year, and each member's grade."""

from __future__ import annotations

from ccb_desktop.db import members as member_repo
from ccb_desktop.db.connection import storage_errors
from ccb_desktop.domain.reports import longevity_list, members_on
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

    year = c.period.end.year
    listed = members_on(c.everyone, c.memberships, c.end)
    with storage_errors(c.db):
        graded = member_repo.evaluations(c.db, year)
    longevity = longevity_list(listed, year + 1, c.unit.longevity_lunar_age)
    evaluations = [(m, *graded.get(m.id or 0, ("", ""))) for m in listed]
    rows = [
        [n, m.full_name, m.birth_date.year if m.birth_date else "", age, label]
        for n, (m, age, label) in enumerate(longevity[:PREVIEW_ROWS], start=1)
    ]
    return Prepared(
        len(longevity),
        PreviewTable(
            ["TT", "Họ và tên", "Năm sinh", "Tuổi", f"Mừng thọ năm {year + 1}"],
            texts(rows),
            len(longevity),
        ),
        lambda target: excel.write_year_end(
            target, c.unit, longevity, year + 1, evaluations, year, c.unit.grades, c.today
        ),
    )


def summary(c: Context) -> list[tuple[str, str]]:
    year = c.period.end.year
    with storage_errors(c.db):
        listed = members_on(c.everyone, c.memberships, c.end)
        graded = member_repo.count_evaluated(c.db, year)
    longevity = longevity_list(listed, year + 1, c.unit.longevity_lunar_age)
    return [
        (f"Mừng thọ năm {year + 1}", str(len(longevity))),
        (f"Đã xếp loại năm {year}", f"{graded} / {len(listed)}"),
    ]


REPORTS = [
    Report(
        "year-end",
        "Cuối năm: mừng thọ và đánh giá, xếp loại hội viên",
        "cuoi-nam-mung-tho-xep-loai",
        prepare,
        summary=summary,
    )
]
