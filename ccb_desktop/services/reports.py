"""Exporting the ward's reports: gather the figures, write the workbook, log the export."""

from __future__ import annotations

import calendar
import datetime as dt
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import support as support_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.exports import list_exports, log_export
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import AttentionRule, Membership, needs_attention, percent
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.register import MemberFilter, StatusFilter
from ccb_desktop.domain.reports import (
    case_status_on,
    composition,
    in_campaign,
    loan_balance_on,
    longevity_list,
    member_during,
    members_on,
    new_members,
    reconciliation,
    support_figures,
)
from ccb_desktop.domain.support import (
    CaseStatus,
    Classification,
    HoiGrade,
    Loan,
    PovertyStandard,
    Support,
    SupportCase,
    Totals,
    YearFigures,
    format_vnd,
    standard_on,
    totals,
)
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.vocabulary import ServicePeriodKind, Status
from ccb_desktop.errors import StorageError, error
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.meetings import MeetingService

if TYPE_CHECKING:
    from types import ModuleType

    from ccb_desktop.excel import reports as excel


def _excel() -> ModuleType:
    """The workbook writer, imported on first use: openpyxl is not needed for the first paint."""
    from ccb_desktop.excel import reports

    return reports


class ReportKind(StrEnum):
    """The reports a chi hội sends, by their command-line names."""

    MEMBERS = "members"
    MEMBERS_SHORT = "members-short"
    SUMMARY = "summary"
    ATTENDANCE = "attendance"
    SUPPORT = "support"
    MOVEMENTS = "movements"
    YEAR_END = "year-end"
    RARELY_ATTENDING = "rarely-attending"
    CAMPAIGN_VETERANS = "campaign-veterans"

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
            ReportKind.RARELY_ATTENDING: "Danh sách hội viên ít sinh hoạt",
            ReportKind.CAMPAIGN_VETERANS: "Danh sách hội viên dự chiến dịch Điện Biên Phủ, "
            "Chiến dịch Hồ Chí Minh",
        }[self]

    @property
    def paper(self) -> str:
        """The paper the report is laid out for, landscape: the full roster's many columns
        need A3 to print at 10 points or more; everything else fits A4."""
        return "A3" if self is ReportKind.MEMBERS else "A4"

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
class SupportHousehold:
    """A line of the support report's household list, as of the period's end."""

    name: str
    category: str
    status: str
    cause: str
    money_vnd: int  # given in the period
    outstanding_vnd: int  # loans still owed at the period's end
    sort_key: str


@dataclass(frozen=True)
class SupportContent:
    """Everything the support report says about a period."""

    figures: YearFigures
    totals: Totals
    standard: PovertyStandard | None
    households: list[SupportHousehold]
    escaped_cases: int  # listed cases marked escaped in one of the period's years
    lists: frozenset[int]  # years whose household classification was entered
    doing_well: int = 0  # member households the Hội grades khá or giàu (latest grade by then)


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
class _Context:
    """What every report is gathered from; the full member records only when asked for."""

    kind: ReportKind
    period: Period
    end: dt.date  # the period's end, today at the latest
    today: dt.date
    unit: UnitSettings
    memberships: dict[int, Membership]
    db: Database
    _everyone: list[Member] | None = None

    @property
    def everyone(self) -> list[Member]:
        if self._everyone is None:
            with storage_errors(self.db):
                self._everyone = member_repo.all_members(self.db)
        return self._everyone


def _texts(rows: Sequence[Sequence[object]]) -> list[list[str]]:
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


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # members, meetings, households or movements listed
    logged: bool = True  # False: written, but the data file could not note it (read-only)


def _check_target(target: Path) -> None:
    """Refuse a read-only target file (its read-only mark is the owner's wish: never replaced
    nor made writable) and a folder that cannot be written in, before any work is done: a
    workbook abandoned half-way would print errors of its own."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".ccb-report-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP("Errors", "Cannot write in the folder {path}."),
            str(exc),
            path=str(folder),
        ) from exc
    if target.is_file() and not target.stat().st_mode & (
        stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    ):
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is read-only: it was not replaced. Choose another name, or remove its read-only mark.",
            ),
            path=str(target),
        )


_LIST_COLUMNS = [("TT", 5, "center"), ("Họ và tên", 28, "left"), ("Năm sinh", 9, "center"),
                 ("Quê quán", 30, "left"), ("Tổ hội", 10, "center"), ("Ghi chú", 28, "left")]  # fmt: skip


def _list_row(member: Member) -> list[object]:
    return [
        member.full_name,
        member.birth_date.year if member.birth_date else "",
        member.hometown,
        member.team,
        "",
    ]


class ReportService:
    """One method per report; the window and `ccb-desktop export` call the same code."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def stated_period(self, period: Period) -> Period:
        """The period a report states (in its heading and in the preview): it ends today at
        the latest, as its figures do."""
        return Period(period.start, min(period.end, self.clock.today()))

    def unit(self) -> UnitSettings:
        """The unit's names and signatories, as the reports' headings use them."""
        with storage_errors(self.db):
            return load_unit_settings(self.db)

    def _members(self) -> list[Member]:
        return member_repo.all_members(self.db)

    def export(self, kind: ReportKind, target: Path, period: Period) -> ExportResult:
        """Write `kind` for `period` to `target` (whole or not at all) and log the export."""
        _check_target(target)
        prepared = self._prepare(kind, period)
        prepared.write(target)
        if getattr(self.db, "read_only", False):
            # Opened from a read-only place as a copy in memory: a log line would be lost.
            return ExportResult(target, prepared.rows, logged=False)
        try:
            self._log(kind, target, prepared.rows)
        except StorageError:
            # The workbook is written; a data file on a read-only folder or medium cannot
            # note it. Said to the secretary, not a reason to fail the export.
            return ExportResult(target, prepared.rows, logged=False)
        return ExportResult(target, prepared.rows)

    def first_rows(self, kind: ReportKind, period: Period) -> PreviewTable:
        """The first rows of the report's main table, exactly as the file will carry them."""
        return self._prepare(kind, period).table

    def _prepare(self, kind: ReportKind, period: Period) -> Prepared:
        """Gather a report's content for a period once: what the workbook writer needs, its
        number of lines and the first rows of its table (one registry for the command line,
        the Reports tab and its preview)."""
        today = self.clock.today()
        end = min(period.end, today)
        with storage_errors(self.db):
            unit = load_unit_settings(self.db)
            memberships = meeting_repo.memberships(self.db)
        preparers = {
            ReportKind.MEMBERS: self._roster,
            ReportKind.MEMBERS_SHORT: self._roster,
            ReportKind.SUMMARY: self._summary,
            ReportKind.MOVEMENTS: self._movements,
            ReportKind.ATTENDANCE: self._attendance,
            ReportKind.YEAR_END: self._year_end,
            ReportKind.RARELY_ATTENDING: self._rarely_attending,
            ReportKind.CAMPAIGN_VETERANS: self._campaign_veterans,
            ReportKind.SUPPORT: self._support,
        }
        context = _Context(kind, period, end, today, unit, memberships, self.db)
        return preparers[kind](context)

    def _roster(self, c: _Context) -> Prepared:
        listed = members_on(c.everyone, c.memberships, c.end)
        sensitive = c.kind is ReportKind.MEMBERS
        headers, rows = _excel().roster_table(listed[:PREVIEW_ROWS], sensitive)
        return Prepared(
            len(listed),
            PreviewTable(headers, _texts(rows), len(listed)),
            lambda target: _excel().write_roster(target, c.unit, listed, c.end, sensitive, c.today),
        )

    def _summary(self, c: _Context) -> Prepared:
        listed = members_on(c.everyone, c.memberships, c.end)
        rec = reconciliation(c.memberships.values(), c.period.start, c.end)
        excused = [i for i, ms in c.memberships.items() if ms.status_on(c.end) is Status.EXCUSED]
        comp = composition(listed, c.end, excused)
        new = new_members(c.everyone, c.memberships, c.period.start, c.end)
        lines = _excel().summary_lines(rec, comp, new)
        return Prepared(
            rec.end,
            PreviewTable(
                ["TT", "Nội dung", "Số lượng"],
                _texts([list(line) for line in lines[:PREVIEW_ROWS]]),
                len(lines),
            ),
            lambda target: _excel().write_summary(
                target, c.unit, rec, comp, c.period.start, c.end, c.today, new
            ),
        )

    def _movements(self, c: _Context) -> Prepared:
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
                _texts(rows),
                len(moved),
            ),
            lambda target: _excel().write_movements(
                target, c.unit, moved, c.period.start, c.end, c.today
            ),
        )

    def _year_end(self, c: _Context) -> Prepared:
        year = c.period.end.year
        listed = members_on(c.everyone, c.memberships, c.end)
        with storage_errors(self.db):
            graded = member_repo.evaluations(self.db, year)
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
                _texts(rows),
                len(longevity),
            ),
            lambda target: _excel().write_year_end(
                target, c.unit, longevity, year + 1, evaluations, year, c.unit.grades, c.today
            ),
        )

    def _lists(self, c: _Context, sheets: list[excel.ListSheet]) -> Prepared:
        first = sheets[0]
        rows = [[n, *row] for n, row in enumerate(first.rows[:PREVIEW_ROWS], start=1)]
        return Prepared(
            sum(len(sheet.rows) for sheet in sheets),
            PreviewTable([label for label, _w, _a in first.columns], _texts(rows), len(first.rows)),
            lambda target: _excel().write_lists(target, c.unit, sheets, c.today),
        )

    def _campaign_veterans(self, c: _Context) -> Prepared:
        listed = members_on(c.everyone, c.memberships, c.end)
        sheets = []
        for period_kind, title, sheet_name in (
            (ServicePeriodKind.CHONG_PHAP, "Danh sách hội viên dự chiến dịch Điện Biên Phủ",
             "Điện Biên Phủ"),
            (ServicePeriodKind.CHONG_MY, "Danh sách hội viên dự Chiến dịch Hồ Chí Minh",
             "Chiến dịch Hồ Chí Minh"),
        ):  # fmt: skip
            sheets.append(
                _excel().ListSheet(
                    title,
                    sheet_name,
                    f"(Tính đến ngày {c.end:%d/%m/%Y})",
                    _LIST_COLUMNS,
                    [_list_row(m) for m in listed if in_campaign(m, period_kind)],
                )
            )
        return self._lists(c, sheets)

    def _rarely_attending(self, c: _Context) -> Prepared:
        """Members who came rarely in the period, by the unit's "Cần quan tâm" rule: absent
        N meetings in a row at its end, or present at under X% of the meetings they were due."""
        rule = AttentionRule(c.unit.attention_absences, c.unit.attention_rate_percent)
        grid = MeetingService(self.db, self.clock).grid(c.period.start, c.end)
        found = [
            (member, record)
            for member, record in grid.rows
            if member.status is Status.ACTIVE and record.expected and needs_attention(record, rule)
        ]
        columns = [("TT", 5, "center"), ("Họ và tên", 28, "left"), ("Tổ hội", 10, "center"),
                   ("Số buổi dự / phải dự", 12, "center"), ("Tỷ lệ", 8, "center"),
                   ("Vắng liên tiếp", 10, "center"), ("Lần dự gần nhất", 13, "center"),
                   ("Điện thoại", 15, "center"), ("Ghi chú", 24, "left")]  # fmt: skip
        rows: list[list[object]] = [
            [
                member.full_name,
                member.team,
                f"{record.present}/{record.expected}",
                percent(record.present, record.expected) or "0%",
                record.absence_run,
                record.last_present.strftime("%d/%m/%Y") if record.last_present else "",
                member.phone,
                "",
            ]
            for member, record in found
        ]
        rule_text = (
            f"(Từ ngày {c.period.start:%d/%m/%Y} đến ngày {c.end:%d/%m/%Y}; vắng từ "
            f"{rule.absences_in_a_row} buổi liên tiếp, hoặc dự dưới {rule.minimum_rate_percent}% "
            "số buổi phải dự)"
        )
        sheet = _excel().ListSheet(
            "Danh sách hội viên ít sinh hoạt", "Ít sinh hoạt", rule_text, columns, rows
        )
        return self._lists(c, [sheet])

    def _attendance(self, c: _Context) -> Prepared:
        service = MeetingService(self.db, self.clock)
        found = service.meetings_between(c.period.start, c.end)
        meetings = [
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
                _texts(rows),
                len(found),
            ),
            lambda target: self._write_attendance(target, c, meetings),
        )

    def _write_attendance(
        self,
        target: Path,
        c: _Context,
        meetings: list[tuple[dt.date, str, str, int, int, int, int]],
    ) -> None:
        # The book covers exactly the period, across New Year too (gathered only to write it:
        # the preview needs the meetings alone).
        grid = MeetingService(self.db, self.clock).grid(c.period.start, c.end)
        book = []
        for member, record in grid.rows:
            cells = [grid.cell(m, record) for m in grid.meetings]
            if any(cells):
                book.append((member.full_name, cells, record.present, record.expected))
        _excel().write_attendance(
            target,
            c.unit,
            meetings,
            [m.date for m in grid.meetings],
            book,
            c.period.start,
            c.end,
            c.today,
        )

    def support_content(self, period: Period) -> SupportContent:
        """The support report's figures and households, everything as of the period: help by
        its date, case status and loan balance at the period's end, and only the households
        of members who were members during the period."""
        end = period.end
        moment = end.isoformat() + "T23:59:59"
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
            everyone = {
                m.id: m
                for m in member_repo.list_members(self.db, MemberFilter(status=StatusFilter.ALL))
            }
            classes = support_repo.fetch(self.db, Classification)
            cases = support_repo.fetch(self.db, SupportCase)
            supports = support_repo.fetch(self.db, Support)
            loans = support_repo.fetch(self.db, Loan)
            cases_then = support_repo.as_of(self.db, SupportCase, moment)
            loans_then = support_repo.as_of(self.db, Loan, moment)
            standard = standard_on(support_repo.standards(self.db), end)
        in_period = {
            member_id
            for member_id, membership in memberships.items()
            if member_during(membership, period.start, end)
        }
        latest: dict[int, Classification] = {}
        for c in classes:  # oldest first: the last one up to the period's end wins
            if c.year <= end.year:
                latest[c.member_id] = c
        given_to: dict[int, list[Support]] = {}
        for support in supports:
            given_to.setdefault(support.case_id, []).append(support)
        lent_to: dict[int, list[Loan]] = {}
        for loan in loans:
            lent_to.setdefault(loan.case_id, []).append(loan)
        households = []
        listed_cases: set[int] = set()
        for case in cases:
            if case.member_id not in in_period or case.member_id not in everyone:
                continue
            status = case_status_on(case, cases_then, end)
            if status is None:
                continue
            given = given_to.get(case.id or 0, [])
            money = sum(s.amount_vnd or 0 for s in given if period.start <= s.date <= end)
            helped = any(period.start <= s.date <= end for s in given)
            if not (status.is_open or helped or case.opened >= period.start):
                continue  # closed or escaped before the period, and nothing given in it
            if status is CaseStatus.ESCAPED and case.escaped_year:
                status_text = f"{status.label} ({case.escaped_year})"
            else:
                status_text = status.label
            klass = latest.get(case.member_id)
            households.append(
                SupportHousehold(
                    everyone[case.member_id].full_name,
                    klass.category.label if klass else "",
                    status_text,
                    case.cause,
                    money,
                    sum(
                        loan_balance_on(loan, loans_then, end)
                        for loan in lent_to.get(case.id or 0, [])
                    ),
                    everyone[case.member_id].sort_key,
                )
            )
            listed_cases.add(case.id or 0)
        households.sort(key=lambda h: (h.sort_key, h.name))
        given_in_period = totals(
            (s for s in supports if s.case_id in listed_cases), period.start, end
        )
        escaped_cases = sum(
            1
            for case in cases
            if case.id in listed_cases
            and case_status_on(case, cases_then, end) is CaseStatus.ESCAPED
            and case.escaped_year is not None
            and period.start.year <= case.escaped_year <= end.year
        )
        return SupportContent(
            support_figures(
                [c for c in classes if c.member_id in in_period], period.start.year, end.year
            ),
            given_in_period,
            standard,
            households,
            escaped_cases,
            frozenset(c.year for c in classes),
            sum(
                1
                for member_id, c in latest.items()
                if member_id in in_period and c.hoi_grade in (HoiGrade.GOOD, HoiGrade.RICH)
            ),
        )

    def _support(self, c: _Context) -> Prepared:
        period = c.period
        content = self.support_content(period)
        standard = content.standard
        standard_text = (
            f"{standard.decree} (nông thôn {format_vnd(standard.rural_vnd)} đ, thành thị "
            f"{format_vnd(standard.urban_vnd)} đ/người/tháng)"
            if standard
            else "chưa có"
        )
        households = [
            (h.name, h.category, h.status, h.cause, h.money_vnd, h.outstanding_vnd)
            for h in content.households
        ]
        rows = [
            [n, name, category, status, cause, format_vnd(money) or "0",
             format_vnd(owed) or "0"]
            for n, (name, category, status, cause, money, owed) in enumerate(
                households[:PREVIEW_ROWS], start=1)
        ]  # fmt: skip
        whole_year = (period.start, period.end) == (
            dt.date(period.start.year, 1, 1),
            dt.date(period.start.year, 12, 31),
        )
        return Prepared(
            len(households),
            PreviewTable(
                [
                    "TT",
                    "Hộ hội viên",
                    "Phân loại",
                    "Tình trạng cuối kỳ",
                    "Nguyên nhân khó khăn",
                    "Hỗ trợ trong kỳ (đồng)",
                    "Dư nợ cuối kỳ (đồng)",
                ],
                _texts(rows),
                len(households),
            ),
            lambda target: _excel().write_support(
                target,
                c.unit,
                content.figures,
                content.totals,
                standard_text,
                households,
                c.today,
                period.start,
                c.end,
                content.escaped_cases,
                content.lists,
                doing_well=content.doing_well,
                whole_year=whole_year,
            ),
        )

    def preview(self, kind: ReportKind, period: Period) -> list[tuple[str, str]]:
        """The main figures the report will carry, to check before saving."""
        end = min(period.end, self.clock.today())
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
        rec = reconciliation(memberships.values(), period.start, end)
        lines = [
            ("Số hội viên đầu kỳ", str(rec.start)),
            ("Tăng trong kỳ", str(sum(rec.increases.values()))),
            ("Giảm trong kỳ", str(sum(rec.decreases.values()))),
            ("Số hội viên cuối kỳ", str(rec.end)),
        ]
        if kind is ReportKind.YEAR_END:
            with storage_errors(self.db):
                unit = load_unit_settings(self.db)
                listed = members_on(self._members(), memberships, end)
                graded = member_repo.count_evaluated(self.db, period.end.year)
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
        elif kind is ReportKind.RARELY_ATTENDING:
            with storage_errors(self.db):
                unit = load_unit_settings(self.db)
            rule = AttentionRule(unit.attention_absences, unit.attention_rate_percent)
            grid = MeetingService(self.db, self.clock).grid(period.start, end)
            count = sum(
                1
                for member, record in grid.rows
                if member.status is Status.ACTIVE
                and record.expected
                and needs_attention(record, rule)
            )
            lines = [
                ("Số buổi sinh hoạt", str(len(grid.meetings))),
                ("Hội viên ít sinh hoạt", str(count)),
            ]
        elif kind is ReportKind.CAMPAIGN_VETERANS:
            with storage_errors(self.db):
                listed = members_on(self._members(), memberships, end)
            lines = [
                ("Dự chiến dịch Điện Biên Phủ", str(sum(in_campaign(m, ServicePeriodKind.CHONG_PHAP) for m in listed))),
                ("Dự Chiến dịch Hồ Chí Minh", str(sum(in_campaign(m, ServicePeriodKind.CHONG_MY) for m in listed))),
            ]  # fmt: skip
        elif kind is ReportKind.SUPPORT:
            content = self.support_content(period)
            f = content.figures
            lines = [
                ("Hộ nghèo đầu kỳ → cuối kỳ", f"{f.poor_start} → {f.poor_end}"),
                ("Thoát nghèo", str(f.escaped)),
                ("Tổng số tiền hỗ trợ trong kỳ (đồng)", format_vnd(content.totals.money) or "0"),
                ("Số hộ trong danh sách", str(len(content.households))),
            ]
        return lines

    def _log(self, kind: ReportKind, target: Path, rows: int) -> None:
        with storage_errors(self.db), self.db.atomic():
            log_export(self.db, kind.value, str(target), self.clock.now(), kind.sensitive, rows)

    def exports(self) -> list[tuple[str, str, str]]:
        """The export log, newest first: (when, report, file)."""
        with storage_errors(self.db):
            return list_exports(self.db)
