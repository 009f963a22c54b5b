"""The member roster (danh sách trích ngang), short or with the sensitive columns."""

from __future__ import annotations

from ccb_desktop.domain.reports import members_on
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
        from ccb_desktop.services.reports.ward import ward_roster

        return ward_roster(c)
    listed = members_on(c.everyone, c.memberships, c.end)
    sensitive = c.kind == "members"
    headers, rows = excel.roster_table(listed[:PREVIEW_ROWS], sensitive)
    return Prepared(
        len(listed),
        PreviewTable(headers, texts(rows), len(listed)),
        lambda target: excel.write_roster(target, c.unit, listed, c.end, sensitive, c.today),
    )


# The full roster is the short one plus the tick "sensitive columns" in the Reports tab.
REPORTS = [
    Report(
        "members",
        "Danh sách trích ngang hội viên (đầy đủ)",
        "danh-sach-trich-ngang",
        prepare,
        # The full roster's many columns need A3 to print at 10 points or more.
        paper="A3",
        sensitive=True,
        listed=False,
    ),
    Report(
        "members-short",
        "Danh sách trích ngang hội viên (rút gọn)",
        "danh-sach-trich-ngang",
        prepare,
        list_label="Danh sách trích ngang hội viên",
        sensitive_variant="members",
    ),
]
