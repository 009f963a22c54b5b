"""The services of one open data file, built together so the window can swap them at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ccb_desktop.db.connection import Database
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import Clock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.importer import ImportService
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.overview import OverviewService
from ccb_desktop.services.privacy import ConsentService
from ccb_desktop.services.reports import ReportService
from ccb_desktop.services.support import SupportService
from ccb_desktop.services.unit import UnitService


@dataclass(frozen=True)
class Services:
    """Everything the window may ask of one data file."""

    members: MemberService
    unit: UnitService
    meetings: MeetingService
    backup: BackupService
    history: HistoryService
    support: SupportService
    reports: ReportService
    importer: ImportService
    overview: OverviewService
    consents: ConsentService

    @classmethod
    def over(cls, db: Database, clock: Clock, path: Path) -> Services:
        return cls(
            MemberService(db, clock),
            UnitService(db, clock),
            MeetingService(db, clock),
            BackupService(db, path, clock),
            HistoryService(db, clock),
            SupportService(db, clock),
            ReportService(db, clock),
            ImportService(db, clock),
            OverviewService(db, path, clock),
            ConsentService(db, clock),
        )
