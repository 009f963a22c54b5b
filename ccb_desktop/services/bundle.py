"""The services of one open data file, built together so the window can swap them at once."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window's frame is painted before any of these is needed (issue 22)
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


class Services:
    """Everything the window may ask of one data file.

    Each service is made, and its module imported, when first asked for: the start pays
    only for what the first screen uses, not for imports and reports (issue 22).
    """

    def __init__(self, db: Database, clock: Clock, path: Path) -> None:
        self.db = db
        self.clock = clock
        self.path = path

    @classmethod
    def over(cls, db: Database, clock: Clock, path: Path) -> Services:
        return cls(db, clock, path)

    @cached_property
    def members(self) -> MemberService:
        from ccb_desktop.services.members import MemberService

        return MemberService(self.db, self.clock)

    @cached_property
    def unit(self) -> UnitService:
        from ccb_desktop.services.unit import UnitService

        return UnitService(self.db, self.clock)

    @cached_property
    def meetings(self) -> MeetingService:
        from ccb_desktop.services.meetings import MeetingService

        return MeetingService(self.db, self.clock)

    @cached_property
    def backup(self) -> BackupService:
        from ccb_desktop.services.backup import BackupService

        return BackupService(self.db, self.path, self.clock)

    @cached_property
    def history(self) -> HistoryService:
        from ccb_desktop.services.history import HistoryService

        return HistoryService(self.db, self.clock)

    @cached_property
    def support(self) -> SupportService:
        from ccb_desktop.services.support import SupportService

        return SupportService(self.db, self.clock)

    @cached_property
    def reports(self) -> ReportService:
        from ccb_desktop.services.reports import ReportService

        return ReportService(self.db, self.clock)

    @cached_property
    def importer(self) -> ImportService:
        from ccb_desktop.services.importer import ImportService

        return ImportService(self.db, self.clock)

    @cached_property
    def overview(self) -> OverviewService:
        from ccb_desktop.services.overview import OverviewService

        return OverviewService(self.db, self.path, self.clock)

    @cached_property
    def care(self) -> CareService:
        from ccb_desktop.services.care import CareService

        return CareService(self.db, self.clock)

    @cached_property
    def dues(self) -> DuesService:
        from ccb_desktop.services.dues import DuesService

        return DuesService(self.db, self.clock)

    @cached_property
    def funds(self) -> FundService:
        from ccb_desktop.services.funds import FundService

        return FundService(self.db, self.clock)

    @cached_property
    def ward(self) -> WardService:
        from ccb_desktop.services.ward import WardService

        return WardService(self.db, self.clock)

    @cached_property
    def package(self) -> PackageService:
        from ccb_desktop.services.package import PackageService

        return PackageService(self.db, self.clock)

    @cached_property
    def targets(self) -> TargetService:
        from ccb_desktop.services.targets import TargetService

        return TargetService(self.db, self.clock)

    @cached_property
    def yearend(self) -> YearEndService:
        from ccb_desktop.services.yearend import YearEndService

        return YearEndService(self.db, self.clock)

    @cached_property
    def consents(self) -> ConsentService:
        from ccb_desktop.services.privacy import ConsentService

        return ConsentService(self.db, self.clock)
