"""The figures a home screen shows at a glance, computed once from the open data file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.domain.vocabulary import Sex, Status
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.support import SupportService


@dataclass(frozen=True)
class Overview:
    """The register, meetings, support and backups in a few numbers."""

    members: int
    """Current members: attending meetings or excused (đang sinh hoạt + miễn sinh hoạt)."""
    active: int
    """Current members attending meetings (đang sinh hoạt)."""
    excused: int
    """Current members excused from meetings (miễn sinh hoạt)."""
    women: int
    """Current members who are women."""
    party_members: int
    """Current members who are Party members (đảng viên)."""
    teams: int
    """Tổ hội that have at least one current member."""
    needing_attention: int
    """Members on the attention list, by the unit's own rule."""
    visits_due: int
    """Support follow-up visits due this week or overdue."""
    open_cases: int
    """Poverty-support cases still open."""
    last_backup: dt.datetime | None
    """The newest automatic backup beside the data file, if any."""
    last_external_backup: dt.date | None
    """The day a copy last left this PC (USB stick or another folder), if ever."""
    external_backup_due: bool
    """True when no copy has left this PC for 30 days (the status bar's reminder)."""


class OverviewService:
    """Reads the overview; every figure comes from the service that owns it."""

    def __init__(self, db: Database, data_path: Path, clock: Clock | None = None) -> None:
        self.db = db
        self.data_path = data_path
        self.clock = clock or SystemClock()

    def overview(self) -> Overview:
        members = MemberService(self.db, self.clock).search(MemberFilter())
        meetings = MeetingService(self.db, self.clock)
        support = SupportService(self.db, self.clock)
        backup = BackupService(self.db, self.data_path, self.clock)
        automatic = backup.automatic_backups()
        return Overview(
            members=len(members),
            active=sum(m.status is Status.ACTIVE for m in members),
            excused=sum(m.status is Status.EXCUSED for m in members),
            women=sum(m.sex is Sex.FEMALE for m in members),
            party_members=sum(m.party_member for m in members),
            teams=len({m.team for m in members if m.team}),
            needing_attention=len(meetings.needing_attention()),
            visits_due=len(support.due_visits()),
            open_cases=len(support.cases(open_only=True)),
            last_backup=automatic[0][0] if automatic else None,
            last_external_backup=backup.last_external(),
            external_backup_due=backup.external_reminder_due(),
        )
