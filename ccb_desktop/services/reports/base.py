"""What every report module builds on: the period, the gathered context, the preview table
and the `Report` description a module declares."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ccb_desktop.db import members as member_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import Membership
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.reports import reconciliation
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.services.clock import Clock

if TYPE_CHECKING:
    from ccb_desktop.excel import reports as excel


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(
            dt.date(year, first, 1),
            dt.date(year, first + 2, calendar.monthrange(year, first + 2)[1]),
        )

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(
            dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        )


PREVIEW_ROWS = 8


@dataclass(frozen=True)
class PreviewTable:
    """The first rows of a report's main table, as text, and how many rows it has in all."""

    headers: list[str]
    rows: list[list[str]]
    total: int


@dataclass(frozen=True)
class Prepared:
    """A report gathered for a period: its line count, its first rows, and its writer."""

    rows: int
    table: PreviewTable
    write: Callable[[Path], None]


@dataclass
class Context:
    """What every report is gathered from; the full member records only when asked for."""

    kind: str
    period: Period
    end: dt.date  # the period's end, today at the latest
    today: dt.date
    unit: UnitSettings
    memberships: dict[int, Membership]
    db: Database
    clock: Clock
    _everyone: list[Member] | None = None
    # A ward file seen whole: (chi hội id, name, its members' memberships) for each chi hội, by
    # name. None for a chi hội's own file, or a ward file narrowed to one chi hội.
    ward: list[tuple[int, str, dict[int, Membership]]] | None = None
    scoped: bool = False  # narrowed to one chi hội of a ward: `memberships` are its members'

    @property
    def everyone(self) -> list[Member]:
        if self._everyone is None:
            with storage_errors(self.db):
                found = member_repo.all_members(self.db)
            self._everyone = (
                [m for m in found if m.id in self.memberships] if self.scoped else found
            )
        return self._everyone


def reconciliation_lines(c: Context) -> list[tuple[str, str]]:
    """The member counts most reports' check-before-saving summary shows."""
    rec = reconciliation(c.memberships.values(), c.period.start, c.end)
    return [
        ("Số hội viên đầu kỳ", str(rec.start)),
        ("Tăng trong kỳ", str(sum(rec.increases.values()))),
        ("Giảm trong kỳ", str(sum(rec.decreases.values()))),
        ("Số hội viên cuối kỳ", str(rec.end)),
    ]


@dataclass(frozen=True)
class Report:
    """One report, as its module declares it: the command line, the Reports tab, the preview
    and the export log all read this description."""

    kind: str  # the command-line name, also written in the export log
    label: str  # the full name, in Vietnamese
    file_name: str  # the suggested workbook name, before "-<year>.xlsx"
    prepare: Callable[[Context], Prepared]
    paper: str = "A4"  # landscape; A3 only where many columns need it to print at 10 points
    sensitive: bool = False  # carries ethnicity, religion, health or household finances
    summary: Callable[[Context], list[tuple[str, str]]] = reconciliation_lines
    listed: bool = True  # offered in the Reports tab's list (a variant is reached by a tick)
    list_label: str = ""  # the name in the Reports tab's list, when shorter than `label`
    sensitive_variant: str = ""  # the kind the "sensitive columns" tick switches to


def texts(rows: Sequence[Sequence[object]]) -> list[list[str]]:
    """Cells as the sheet shows them: dates dd/mm/yyyy, nothing for empty."""
    return [
        [
            value.strftime("%d/%m/%Y")
            if isinstance(value, dt.date)
            else value.display()
            if isinstance(value, PartialDate)
            else ""
            if value is None
            else str(value)
            for value in row
        ]
        for row in rows
    ]


LIST_COLUMNS = [("TT", 5, "center"), ("Họ và tên", 28, "left"), ("Năm sinh", 9, "center"),
                ("Quê quán", 30, "left"), ("Tổ hội", 10, "center"), ("Ghi chú", 28, "left")]  # fmt: skip


def list_row(member: Member) -> list[object]:
    return [
        member.full_name,
        member.birth_date.year if member.birth_date else "",
        member.hometown,
        member.team,
        "",
    ]


def lists(c: Context, sheets: list[excel.ListSheet]) -> Prepared:
    """A report made of name lists (`excel.ListSheet`), previewed by its first sheet."""
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    first = sheets[0]
    rows = [[n, *row] for n, row in enumerate(first.rows[:PREVIEW_ROWS], start=1)]
    return Prepared(
        sum(len(sheet.rows) for sheet in sheets),
        PreviewTable([label for label, _w, _a in first.columns], texts(rows), len(first.rows)),
        lambda target: excel.write_lists(target, c.unit, sheets, c.today),
    )
