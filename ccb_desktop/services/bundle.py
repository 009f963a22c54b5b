"""The services of one open data file, built together so the window can swap them at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ccb_desktop.db.connection import Database
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.care import CareService
from ccb_desktop.services.clock import Clock
from ccb_desktop.services.dues import DuesService
from ccb_desktop.services.funds import FundService
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.importer import ImportService
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.overview import OverviewService
from ccb_desktop.services.package import PackageService
from ccb_desktop.services.privacy import ConsentService
from ccb_desktop.services.reports import ReportService
from ccb_desktop.services.support import SupportService
from ccb_desktop.services.targets import TargetService
from ccb_desktop.services.unit import UnitService
from ccb_desktop.services.ward import WardService
from ccb_desktop.services.yearend import YearEndService


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
    dues: DuesService
    funds: FundService
    ward: WardService
    package: PackageService
    targets: TargetService
    yearend: YearEndService
    care: CareService
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
            DuesService(db, clock),
            FundService(db, clock),
            WardService(db, clock),
            PackageService(db, clock),
            TargetService(db, clock),
            YearEndService(db, clock),
            CareService(db, clock),
            ConsentService(db, clock),
        )
