"""Exporting the ward's reports: gather the figures, write the workbook, log the export."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.reports import composition, longevity_list, members_on, reconciliation
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.excel import reports as excel
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.support import SupportService


class ReportKind(StrEnum):
    """The reports a chi hội sends, by their command-line names."""

    MEMBERS = "members"
    MEMBERS_SHORT = "members-short"
    SUMMARY = "summary"
    ATTENDANCE = "attendance"
    SUPPORT = "support"
    MOVEMENTS = "movements"
    YEAR_END = "year-end"

    @property
    def label(self) -> str:
        return {
            ReportKind.MEMBERS: "Danh sách trích ngang hội viên (đầy đủ)",
            ReportKind.MEMBERS_SHORT: "Danh sách trích ngang hội viên (rút gọn)",
            ReportKind.SUMMARY: "Báo cáo số lượng, chất lượng hội viên",
            ReportKind.ATTENDANCE: "Báo cáo sinh hoạt chi hội",
            ReportKind.SUPPORT: "Báo cáo giúp nhau giảm nghèo, làm kinh tế giỏi",
            ReportKind.MOVEMENTS: "Danh sách biến động hội viên",
            ReportKind.YEAR_END: "Cuối năm: mừng thọ và đánh giá, xếp loại hội viên",
        }[self]

    @property
    def sensitive(self) -> bool:
        """Whether the report carries sensitive personal data (ethnicity, religion, health,
        household finances)."""
        return self in (ReportKind.MEMBERS, ReportKind.SUPPORT)


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


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # members, meetings, households or movements listed


class ReportService:
    """One method per report; the window and `ccb-desktop export` call the same code."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _members(self) -> list[Member]:
        return member_repo.all_members(self.db)

    def export(self, kind: ReportKind, target: Path, period: Period) -> ExportResult:
        """Write `kind` for `period` to `target` (whole or not at all) and log the export."""
        today = self.clock.today()
        end = min(period.end, today)
        with storage_errors():
            unit = load_unit_settings(self.db)
            memberships = meeting_repo.memberships(self.db)
        if kind in (ReportKind.MEMBERS, ReportKind.MEMBERS_SHORT):
            with storage_errors():
                listed = members_on(self._members(), memberships, end)
            excel.write_roster(target, unit, listed, end, kind is ReportKind.MEMBERS, today)
            rows = len(listed)
        elif kind is ReportKind.SUMMARY:
            with storage_errors():
                listed = members_on(self._members(), memberships, end)
            rec = reconciliation(memberships.values(), period.start, end)
            excel.write_summary(
                target, unit, rec, composition(listed, end), period.start, end, today
            )
            rows = rec.end
        elif kind is ReportKind.MOVEMENTS:
            with storage_errors():
                everyone = {m.id: m for m in self._members()}
            moved: list[tuple[Member, Movement]] = sorted(
                (
                    (member, mv)
                    for member in everyone.values()
                    for mv in member.movements  # the full record: paper numbers and notes
                    if period.start <= mv.date.earliest() <= end
                ),
                key=lambda pair: (pair[1].date.earliest(), pair[0].sort_key),
            )
            excel.write_movements(target, unit, moved, period.start, end, today)
            rows = len(moved)
        elif kind is ReportKind.ATTENDANCE:
            rows = self._attendance(target, unit, period, today)
        elif kind is ReportKind.YEAR_END:
            year = period.end.year
            with storage_errors():
                listed = members_on(self._members(), memberships, end)
                graded = member_repo.evaluations(self.db, year)
            longevity = longevity_list(listed, year + 1, unit.longevity_lunar_age)
            evaluations = [(m, *graded.get(m.id or 0, ("", ""))) for m in listed]
            excel.write_year_end(
                target, unit, longevity, year + 1, evaluations, year, unit.grades, today
            )
            rows = len(longevity)
        else:
            rows = self._support(target, unit, period, today)
        self._log(kind, target, rows)
        return ExportResult(target, rows)

    def _attendance(self, target: Path, unit: UnitSettings, period: Period, today: dt.date) -> int:
        service = MeetingService(self.db, self.clock)
        end = min(period.end, today)
        rows = service.meetings_between(period.start, end)
        # The book covers exactly the period, across New Year too.
        grid = service.grid(period.start, end)
        book = []
        for member, record in grid.rows:
            cells = [grid.cell(m, record) for m in grid.meetings]
            if any(cells):
                book.append((member.full_name, cells, record.present, record.expected))
        excel.write_attendance(
            target,
            unit,
            [
                (
                    r.meeting.date,
                    r.meeting.kind.label,
                    r.meeting.content.splitlines()[0] if r.meeting.content else "",
                    r.totals.expected,
                    r.totals.present,
                    r.totals.excused,
                    r.totals.unexcused,
                )
                for r in rows
            ],
            [m.date for m in grid.meetings],
            book,
            period.start,
            end,
            today,
        )
        return len(rows)

    def _support(self, target: Path, unit: UnitSettings, period: Period, today: dt.date) -> int:
        service = SupportService(self.db, self.clock)
        year = period.end.year
        summary = service.year_summary(year)
        households = []
        for row in service.cases(year=year):
            detail = service.detail(row.case.id or 0)
            outstanding = sum(loan.outstanding_vnd for loan in detail.loans)
            category = row.category.category.label if row.category else ""
            households.append(
                (
                    row.member.full_name,
                    category,
                    row.case.status.label,
                    row.case.cause,
                    row.money_vnd,
                    outstanding,
                )
            )
        standard = (
            f"{summary.standard.decree} (nông thôn {summary.standard.rural_vnd:,} đ, thành thị "
            f"{summary.standard.urban_vnd:,} đ/người/tháng)".replace(",", ".")
            if summary.standard
            else "chưa có"
        )
        excel.write_support(
            target, unit, summary.figures, summary.totals, standard, households, today
        )
        return len(households)

    def preview(self, kind: ReportKind, period: Period) -> list[tuple[str, str]]:
        """The main figures the report will carry, to check before saving."""
        end = min(period.end, self.clock.today())
        with storage_errors():
            memberships = meeting_repo.memberships(self.db)
        rec = reconciliation(memberships.values(), period.start, end)
        lines = [
            ("Số hội viên đầu kỳ", str(rec.start)),
            ("Tăng trong kỳ", str(sum(rec.increases.values()))),
            ("Giảm trong kỳ", str(sum(rec.decreases.values()))),
            ("Số hội viên cuối kỳ", str(rec.end)),
        ]
        if kind is ReportKind.YEAR_END:
            with storage_errors():
                unit = load_unit_settings(self.db)
                listed = members_on(self._members(), memberships, end)
                graded = self.db.execute(
                    "SELECT count(*) FROM member_evaluations WHERE year = ?", [period.end.year]
                ).fetchone()[0]
            year = period.end.year
            longevity = longevity_list(listed, year + 1, unit.longevity_lunar_age)
            lines = [
                (f"Mừng thọ năm {year + 1}", str(len(longevity))),
                (f"Đã xếp loại năm {year}", f"{graded} / {len(listed)}"),
            ]
        elif kind is ReportKind.ATTENDANCE:
            rows = MeetingService(self.db, self.clock).meetings_between(period.start, end)
            present = sum(r.totals.present for r in rows)
            expected = sum(r.totals.expected for r in rows)
            lines = [
                ("Số buổi sinh hoạt", str(len(rows))),
                ("Lượt có mặt / phải dự", f"{present} / {expected}"),
            ]
        elif kind is ReportKind.SUPPORT:
            summary = SupportService(self.db, self.clock).year_summary(period.end.year)
            f = summary.figures
            lines = [
                ("Hộ nghèo đầu năm → cuối năm", f"{f.poor_start} → {f.poor_end}"),
                ("Thoát nghèo", str(f.escaped)),
                ("Tổng số tiền hỗ trợ (đồng)", f"{summary.totals.money:,}".replace(",", ".")),
            ]
        return lines

    def _log(self, kind: ReportKind, target: Path, rows: int) -> None:
        with storage_errors(), self.db.atomic():
            self.db.execute(
                "INSERT INTO exports (report, file, at, sensitive, rows) VALUES (?, ?, ?, ?, ?)",
                [kind.value, str(target), self.clock.now(), int(kind.sensitive), rows],
            )

    def exports(self) -> list[tuple[str, str, str]]:
        """The export log, newest first: (when, report, file)."""
        with storage_errors():
            rows = self.db.execute(
                "SELECT at, report, file FROM exports ORDER BY id DESC"
            ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]
