"""User actions on the year's targets (chỉ tiêu): set them, and follow them during the year
with the actual value read from the register the way the reports read it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import support as support_repo
from ccb_desktop.db import targets as repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.meetings import percent_value
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from ccb_desktop.domain.reports import new_members
from ccb_desktop.domain.support import Classification
from ccb_desktop.domain.targets import (
    Target,
    TargetKind,
    TargetProgress,
    check_target,
    duplicate_kinds,
    standing,
    unknown_reason,
)
from ccb_desktop.domain.text import normalize
from ccb_desktop.domain.validation import Issue
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.support import SupportService

# The actual value of a target kind over a period; None when it is not known.
ActualSource = Callable[[dt.date, dt.date], int | None]


class TargetService:
    """The targets of each year and where they stand.

    `sources` gives the actual value of the kinds read from other services (the dues paid
    and the funds per member, wired by the services bundle); a kind with no source carries
    the value entered by hand."""

    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
        sources: Mapping[TargetKind, ActualSource] | None = None,
    ) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.sources: dict[TargetKind, ActualSource] = {
            TargetKind.ATTENDANCE_RATE: self.attendance_rate,
            TargetKind.ADMISSIONS: self.admissions,
            TargetKind.ESCAPED_POVERTY: self.escaped_poverty,
            TargetKind.DUES_PAID: self.dues_paid,
            TargetKind.FUND_PER_MEMBER: self.fund_per_member,
            **(sources or {}),
        }

    # Reading ---------------------------------------------------------------------------

    def targets(self, year: int) -> list[Target]:
        """The targets of `year`, in the unit's order."""
        with storage_errors(self.db):
            return repo.targets_of(self.db, year)

    def years(self) -> list[int]:
        """Years with targets, newest first."""
        with storage_errors(self.db):
            return repo.target_years(self.db)

    def progress(self, year: int, as_of: dt.date | None = None) -> list[TargetProgress]:
        """Each target of `year` with its actual value from 1 January to `as_of` (today, or
        31 December once the year is over), whether it is on track, and its judgement
        (đạt / vượt / chưa đạt) as the figures stand."""
        last = dt.date(year, 12, 31)
        day = min(as_of or self.clock.today(), last)
        return [self._standing(t, dt.date(year, 1, 1), day) for t in self.targets(year)]

    def _standing(self, target: Target, start: dt.date, day: dt.date) -> TargetProgress:
        if day < start:
            reason: Message | None = message(
                "Targets", QT_TRANSLATE_NOOP("Targets", "The year has not started yet.")
            )
            return standing(target, None, day, reason)
        source = self.sources.get(target.kind) if target.kind is not TargetKind.FREE else None
        actual = source(start, day) if source is not None else target.actual
        return standing(
            target, actual, day, None if actual is not None else unknown_reason(target.kind)
        )

    def actual(self, kind: TargetKind, start: dt.date, end: dt.date) -> int | None:
        """The actual value of a computed kind over a period (None: not known, or a kind the
        program cannot compute)."""
        source = self.sources.get(kind)
        return source(start, end) if source is not None else None

    def dues_paid(self, start: dt.date, end: dt.date) -> int | None:
        """Members who paid every hội phí period due by `end`, in whole percent."""
        from ccb_desktop.services.dues import DuesService
        from ccb_desktop.services.yearend_sources import dues_paid_percent

        return dues_paid_percent(DuesService(self.db, self.clock), start, end)

    def fund_per_member(self, start: dt.date, end: dt.date) -> int | None:
        """The funds' closing total per member at `end`, in đồng."""
        from ccb_desktop.services.funds import FundService
        from ccb_desktop.services.yearend_sources import fund_per_member

        return fund_per_member(FundService(self.db, self.clock), start, end)

    def attendance_rate(self, start: dt.date, end: dt.date) -> int | None:
        """Present / expected over the meetings of the period, in whole percent, exactly as
        the attendance report's total line (None without a meeting)."""
        rows = MeetingService(self.db, self.clock).meetings_between(start, end)
        return percent_value(
            sum(r.totals.present for r in rows), sum(r.totals.expected for r in rows)
        )

    def admissions(self, start: dt.date, end: dt.date) -> int:
        """Members admitted in the period, as the summary report counts them."""
        with storage_errors(self.db):
            everyone = member_repo.all_members(self.db)
            memberships = meeting_repo.memberships(self.db)
        return new_members(everyone, memberships, start, end).total

    def escaped_poverty(self, start: dt.date, end: dt.date) -> int | None:
        """Households that left the poor list, as the support report counts them; None while
        either list it compares (the year before and the period's last year) is not entered."""
        with storage_errors(self.db):
            years = {c.year for c in support_repo.fetch(self.db, Classification)}
        if not {start.year - 1, end.year} <= years:
            return None
        return SupportService(self.db, self.clock).figures(start, end).escaped

    # Writing ---------------------------------------------------------------------------

    def save_year(self, year: int, targets: list[Target]) -> None:
        """Make the targets of `year` exactly `targets`, in one action (undoable)."""
        cleaned = [
            dataclasses.replace(
                t,
                year=year,
                label=normalize(t.label),
                unit=normalize(t.unit),
                note=normalize(t.note),
                # A computed kind's actual value is read from the register, never typed.
                actual=None if t.kind.computed else t.actual,
            )
            for t in targets
        ]
        issues: list[Issue] = [i for t in cleaned for i in check_target(t)]
        for kind in duplicate_kinds(cleaned):
            issues.append(
                Issue(
                    "kind",
                    message(
                        "Validation",
                        QT_TRANSLATE_NOOP("Validation", "The target “{name}” is set twice."),
                        name=kind.label,
                    ),
                )
            )
        if issues:
            raise ValidationError(issues)
        label = message("History", QT_TRANSLATE_NOOP("History", "Targets of {year}"), year=year)
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            repo.replace_year(self.db, year, cleaned)
