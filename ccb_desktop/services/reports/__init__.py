"""Exporting the ward's reports: one module per report in this package, each declaring a
`Report` (its kind, label, file name, paper and how to prepare it); `REPORTS` is the one
registry the command line, the Reports tab and its preview read."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.exports import list_exports, log_export, processing_record
from ccb_desktop.db.lock import user_name
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.processing import ExportEntry, sensitive_columns
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.errors import StorageError, error
from ccb_desktop.files import make_folders_user_only, unwritable_folder
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.reports import (
    attendance,
    campaign_veterans,
    dues,
    funds,
    movements,
    rarely_attending,
    roster,
    summary,
    support,
    traditional_days,
    year_end,
)
from ccb_desktop.services.reports.base import (
    PREVIEW_ROWS,
    Context,
    Period,
    Prepared,
    PreviewTable,
    Report,
)
from ccb_desktop.services.reports.support import SupportContent, SupportHousehold
from ccb_desktop.services.reports.ward import ward_scope

__all__ = [
    "PREVIEW_ROWS",
    "REPORTS",
    "Context",
    "ExportResult",
    "Period",
    "Prepared",
    "PreviewTable",
    "Report",
    "ReportKind",
    "ReportService",
    "SupportContent",
    "SupportHousehold",
    "report",
]

# The one place a report module is listed; the order is the Reports tab's and the
# command line's.
REPORTS: dict[str, Report] = {
    r.kind: r
    for module in (
        roster,
        summary,
        attendance,
        support,
        dues,
        funds,
        movements,
        year_end,
        rarely_attending,
        campaign_veterans,
        traditional_days,
    )
    for r in module.REPORTS
}


def report(kind: str) -> Report:
    """The description of a report by its kind (a `ReportKind` or a registered name)."""
    return REPORTS[str(kind)]


class ReportKind(StrEnum):
    """The reports a chi hội sends, by their command-line names (the registry also takes
    reports not named here: a kind is any key of `REPORTS`)."""

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
        return REPORTS[self.value].label

    @property
    def paper(self) -> str:
        """The paper the report is laid out for, landscape."""
        return REPORTS[self.value].paper

    @property
    def sensitive(self) -> bool:
        """Whether the report carries sensitive personal data (ethnicity, religion, health,
        household finances)."""
        return REPORTS[self.value].sensitive


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
        make_folders_user_only(folder)
        handle, probe = tempfile.mkstemp(prefix=".ccb-report-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise unwritable_folder(folder, exc) from exc
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


check_target = _check_target  # for the other lists the program saves as workbooks


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
            unit = load_unit_settings(self.db)
            ward = ward_scope(self.db, unit, {})  # a ward file: the ward's or a chi hội's
        return ward.unit if ward else unit

    def _members(self) -> list[Member]:
        return member_repo.all_members(self.db)

    def export(self, kind: str, target: Path, period: Period) -> ExportResult:
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

    def first_rows(self, kind: str, period: Period) -> PreviewTable:
        """The first rows of the report's main table, exactly as the file will carry them."""
        return self._prepare(kind, period).table

    def _context(self, kind: str, period: Period) -> Context:
        """What a report is gathered from: the period ending today at the latest, the unit's
        settings and everyone's membership."""
        today = self.clock.today()
        with storage_errors(self.db):
            unit = load_unit_settings(self.db)
            memberships = meeting_repo.memberships(self.db)
            ward = ward_scope(self.db, unit, memberships)
        if ward is None:
            return Context(
                str(kind), period, min(period.end, today), today, unit, memberships, self.db,
                self.clock,
            )  # fmt: skip
        return Context(
            str(kind), period, min(period.end, today), today, ward.unit, ward.memberships,
            self.db, self.clock, ward=ward.rows, scoped=ward.scoped,
        )  # fmt: skip

    def _prepare(self, kind: str, period: Period) -> Prepared:
        """Gather a report's content for a period once: what the workbook writer needs, its
        number of lines and the first rows of its table."""
        described = report(kind)  # before reading anything: an unknown kind is a bug
        return described.prepare(self._context(kind, period))

    def support_content(self, period: Period) -> SupportContent:
        """The support report's figures and households, everything as of the period."""
        return support.support_content(self.db, period)

    def preview(self, kind: str, period: Period) -> list[tuple[str, str]]:
        """The main figures the report will carry, to check before saving."""
        return report(kind).summary(self._context(kind, period))

    def preview_and_first_rows(
        self, kind: str, period: Period
    ) -> tuple[list[tuple[str, str]], PreviewTable]:
        """`preview` and `first_rows` over one reading of the file (the reports tab shows both;
        each alone reads everyone's membership again)."""
        described = report(kind)
        context = self._context(kind, period)
        return described.summary(context), described.prepare(context).table

    def _log(self, kind: str, target: Path, rows: int) -> None:
        described = report(kind)
        with storage_errors(self.db), self.db.atomic():
            log_export(
                self.db,
                described.kind,
                str(target),
                self.clock.now(),
                described.sensitive,
                rows,
                made_by=user_name(),
                sensitive_columns=sensitive_columns(described.kind),
            )

    def processing_record(self) -> list[ExportEntry]:
        """The export log, oldest first: the record of processing the law asks for."""
        with storage_errors(self.db):
            return processing_record(self.db)

    def exports(self) -> list[tuple[str, str, str]]:
        """The export log, newest first: (when, report, file)."""
        with storage_errors(self.db):
            return list_exports(self.db)
