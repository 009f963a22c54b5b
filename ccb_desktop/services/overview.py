"""The figures a home screen shows at a glance, computed once from the open data file, and
the lists behind them (each printable and exportable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import support as support_repo
from ccb_desktop.db.connection import Database, open_register, protection_of, storage_errors
from ccb_desktop.db.exports import log_export
from ccb_desktop.db.lock import user_name
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.db.ward import scope_of, set_scope
from ccb_desktop.domain import honours as rules
from ccb_desktop.domain import pictures as pictures_rules
from ccb_desktop.domain.care import CareFigures
from ccb_desktop.domain.dates import format_date
from ccb_desktop.domain.honours import MeetingDue, TraditionalDay
from ccb_desktop.domain.meetings import MeetingKind, rate_text, twelve_months_before
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.pictures import Series
from ccb_desktop.domain.register import MemberFilter, StatusFilter
from ccb_desktop.domain.reports import composition, members_on
from ccb_desktop.domain.support import Classification, HouseholdCategory, format_vnd
from ccb_desktop.domain.targets import TargetProgress
from ccb_desktop.domain.vocabulary import Sex, Status
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.care import CareService
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.honours import HonoursService, YearHonours
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
    today: dt.date = dt.date.min
    """The day the figures were counted on (the year and month the lists name)."""
    longevity: int = 0
    """Members reaching a mừng thọ age this year."""
    birthdays: int = 0
    """Current members born in this month."""
    party_badges: int = 0
    """Members reaching a Huy hiệu Đảng milestone this year."""
    medals: int = 0
    """Kỷ niệm chương candidates this year (0 while the criterion is not entered)."""
    medal_threshold: int = 0
    """The years in the Hội the unit entered for the medal; 0 when not entered."""
    meeting: MeetingDue | None = None
    """When the next regular meeting is due, and how the last one stands."""
    care: CareFigures | None = None
    """Care visits since 1 January: visits, people and money."""


@dataclass(frozen=True)
class Pictures:
    """The home screen's pictures, as series to draw."""

    ages: Series
    periods: Series
    attendance: Series  # rate per meeting over the last twelve months
    households: Series  # poor and near-poor households by year
    membership: Series  # members at the end of each of the last ten years


@dataclass(frozen=True)
class HomeFigures:
    """What the window counts after the first paint and after every change: the attention
    count always; the overview and the year's targets when the home screen asked for them."""

    needing_attention: int
    overview: Overview | None = None
    targets: list[TargetProgress] | None = None
    targets_year: int = 0
    pictures: Pictures | None = None


class DueKind(StrEnum):
    """The lists the home screen opens, each printable and exportable."""

    ATTENTION = "attention"
    VISITS = "visits"
    LONGEVITY = "longevity"
    BIRTHDAYS = "birthdays"
    PARTY_BADGES = "party-badges"
    MEDALS = "medals"
    TRADITIONAL_DAY = "traditional-day"
    CARE = "care"


# Column headers, English sources translated by the window (context "Home").
NAME = QT_TRANSLATE_NOOP("Home", "Full name")
BORN = QT_TRANSLATE_NOOP("Home", "Born")
TEAM = QT_TRANSLATE_NOOP("Home", "Team")
PHONE = QT_TRANSLATE_NOOP("Home", "Phone")
ADDRESS = QT_TRANSLATE_NOOP("Home", "Address")
DETAIL = QT_TRANSLATE_NOOP("Home", "Detail")
WHY = QT_TRANSLATE_NOOP("Home", "Why")
DUE = QT_TRANSLATE_NOOP("Home", "Visit due")
PRESENTED = QT_TRANSLATE_NOOP("Home", "Presentation day")
GIFT = QT_TRANSLATE_NOOP("Home", "Gift")
DATE = QT_TRANSLATE_NOOP("Home", "Date")
KIND = QT_TRANSLATE_NOOP("Home", "Kind")
WENT = QT_TRANSLATE_NOOP("Home", "Who went")
GIVEN = QT_TRANSLATE_NOOP("Home", "Given")
MONEY = QT_TRANSLATE_NOOP("Home", "Money (đồng)")
SIGNATURE = QT_TRANSLATE_NOOP("Home", "Signature")


@dataclass(frozen=True)
class DueRow:
    """One line of a list: the member it is about and its cells."""

    member_id: int
    cells: list[str]


@dataclass(frozen=True)
class DueList:
    """A list behind a figure of the home screen."""

    kind: DueKind
    headers: list[str]  # English sources (context "Home")
    rows: list[DueRow]
    year: int
    month: int
    medal_threshold: int = 0
    notes: list[str] = field(default_factory=list)
    day: TraditionalDay | None = None  # the traditional day of a TRADITIONAL_DAY list


def member_filter(name: str) -> MemberFilter:
    """The member list's filter behind a count of the home screen."""
    return {
        "members": MemberFilter(),
        "active": MemberFilter(status=StatusFilter.ACTIVE),
        "excused": MemberFilter(status=StatusFilter.EXCUSED),
        "women": MemberFilter(sex=Sex.FEMALE),
        "party_members": MemberFilter(party_member=True),
        "teams": MemberFilter(),
    }[name]


class OverviewService:
    """Reads the overview; every figure comes from the service that owns it."""

    def __init__(self, db: Database, data_path: Path, clock: Clock | None = None) -> None:
        self.db = db
        self.data_path = data_path
        self.clock = clock or SystemClock()

    def _honours(self) -> tuple[list[Member], YearHonours]:
        honours = HonoursService(self.db, self.clock)
        everyone = honours.members()
        return everyone, honours.of_year(self.clock.today().year, everyone)

    def meeting_due(self) -> MeetingDue:
        """When the next regular meeting is due by the unit's cycle, and the last one."""
        today = self.clock.today()
        with storage_errors(self.db):
            cycle = load_unit_settings(self.db).meeting_cycle
            held = meeting_repo.list_meetings(self.db, dt.date(today.year - 1, 1, 1), today)
            taken = meeting_repo.meetings_taken(self.db, [m.id for m in held if m.id is not None])
        # The cycle is that of the regular meetings; a special one does not stand in for them.
        regular = [m for m in held if m.kind is MeetingKind.REGULAR]
        return rules.meeting_due(cycle, today, [(m.date, m.id in taken) for m in regular])

    def _team_count(self) -> int:
        statuses = [s.value for s in StatusFilter.CURRENT.statuses()]
        with storage_errors(self.db):
            return member_repo.team_count(self.db, statuses)

    def overview(self) -> Overview:
        today = self.clock.today()
        members = MemberService(self.db, self.clock).search(MemberFilter())
        meetings = MeetingService(self.db, self.clock)
        support = SupportService(self.db, self.clock)
        backup = BackupService(self.db, self.data_path, self.clock)
        automatic = backup.automatic_backups()
        everyone, year = self._honours()
        return Overview(
            members=len(members),
            active=sum(m.status is Status.ACTIVE for m in members),
            excused=sum(m.status is Status.EXCUSED for m in members),
            women=sum(m.sex is Sex.FEMALE for m in members),
            party_members=sum(m.party_member for m in members),
            teams=self._team_count(),
            needing_attention=len(meetings.needing_attention()),
            visits_due=len(support.due_visits()),
            open_cases=len(support.cases(open_only=True)),
            last_backup=automatic[0][0] if automatic else None,
            last_external_backup=backup.last_external(),
            external_backup_due=backup.external_reminder_due(),
            today=today,
            longevity=len(year.longevity),
            birthdays=len(rules.birthdays_in_month(everyone, today.year, today.month)),
            party_badges=len(year.party_badges),
            medals=len(year.medals),
            medal_threshold=year.medal_threshold,
            meeting=self.meeting_due(),
            care=CareService(self.db, self.clock).figures(dt.date(today.year, 1, 1), today),
        )

    def home_figures(self, everything: bool = True, pictures: bool = False) -> HomeFigures:
        """The attention count and, with `everything`, the overview and this year's targets
        (with `pictures`, the pictures too), read from this service's connection."""
        from ccb_desktop.services.targets import TargetService

        if not everything:
            return HomeFigures(len(MeetingService(self.db, self.clock).needing_attention()))
        overview = self.overview()
        year = self.clock.today().year
        targets = TargetService(self.db, self.clock).progress(year)
        drawn = self.pictures() if pictures else None
        return HomeFigures(overview.needing_attention, overview, targets, year, drawn)

    def data_version(self) -> tuple[object, ...] | None:
        """Changes whenever this connection writes, looks at another chi hội or another day
        begins: figures counted at another version are stale. None once the file is closed.
        (It holds the connection itself, not its id: a later file's could reuse the id.)"""
        written = meeting_repo.writes_so_far(self.db)
        if written is None:
            return None
        return (self.db, written, scope_of(self.db), self.clock.today())

    def counter_elsewhere(
        self,
    ) -> Callable[[bool, bool, Callable[[], bool]], HomeFigures] | None:
        """`home_figures` for another thread: it opens its own read-only copy of the file
        (a SQLite connection never crosses threads), looks at the same chi hội, counts and
        closes; it never writes. Its last argument says when to give up (the window is
        closing): every query then stops with a StorageError. None when this connection is
        itself a copy in memory (a file in a read-only folder): count here then."""
        if getattr(self.db, "read_only", False) or not self.data_path.is_file():
            return None
        path, clock = self.data_path, self.clock
        protection, scope = protection_of(self.db), scope_of(self.db)

        def count(everything: bool, pictures: bool, cancelled: Callable[[], bool]) -> HomeFigures:
            db = open_register(path, read_only=True, take_lock=False, password=protection)
            try:
                db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
                set_scope(db, scope)
                meeting_repo.read_once(db)  # a private copy: nobody writes it meanwhile
                return OverviewService(db, path, clock).home_figures(everything, pictures)
            finally:
                db.close()

        return count

    def due_list(self, kind: DueKind) -> DueList:
        """The list behind one of the home screen's "due" figures, in official order."""
        today = self.clock.today()

        def done(headers: Sequence[str], rows: list[DueRow], threshold: int = 0) -> DueList:
            return DueList(kind, list(headers), rows, today.year, today.month, threshold)

        if kind is DueKind.ATTENTION:
            lines = MeetingService(self.db, self.clock).needing_attention()
            return done(
                (NAME, TEAM, PHONE, WHY),
                [
                    DueRow(
                        line.member.id,
                        [
                            line.member.full_name,
                            line.member.team,
                            line.member.phone,
                            _attention_reason(line.record.absence_run, line.record.rate),
                        ],
                    )
                    for line in lines
                ],
            )
        if kind is DueKind.VISITS:
            due = SupportService(self.db, self.clock).due_visits()
            return done(
                (NAME, TEAM, PHONE, DUE),
                [
                    DueRow(
                        d.member.id,
                        [
                            d.member.full_name,
                            d.member.team,
                            d.member.phone,
                            format_date(d.visit.next_visit) if d.visit.next_visit else "",
                        ],
                    )
                    for d in due
                ],
            )
        if kind is DueKind.CARE:
            care = CareService(self.db, self.clock).between(dt.date(today.year, 1, 1), today)
            names = {m.id: m for m in MemberService(self.db, self.clock).search(
                MemberFilter(status=StatusFilter.ALL))}  # fmt: skip
            rows = [
                DueRow(v.member_id, [names[v.member_id].full_name, format_date(v.date),
                                     v.kind.label, v.visited_by, v.goods,
                                     format_vnd(v.amount_vnd) if v.amount_vnd else ""])
                for v in reversed(care)
                if v.member_id in names
            ]  # fmt: skip
            return done((NAME, DATE, KIND, WENT, GIVEN, MONEY), rows)
        everyone, year = self._honours()
        if kind is DueKind.BIRTHDAYS:
            born = rules.birthdays_in_month(everyone, today.year, today.month)
            return done(
                (NAME, BORN, TEAM, PHONE),
                [
                    DueRow(m.id or 0, [m.full_name, m.birth_date.display() if m.birth_date else "",
                                       m.team, m.phone])
                    for m in born
                ],
            )  # fmt: skip
        honours = {
            DueKind.LONGEVITY: year.longevity,
            DueKind.PARTY_BADGES: year.party_badges,
            DueKind.MEDALS: year.medals,
        }[kind]
        headers: tuple[str, ...] = (NAME, BORN, TEAM, DETAIL)
        if kind is DueKind.PARTY_BADGES:
            headers = (NAME, BORN, TEAM, DETAIL, PRESENTED)
        rows = []
        for h in honours:
            m = h.member
            cells = [m.full_name, m.birth_date.display() if m.birth_date else "", m.team]
            cells.append(h.description if kind is DueKind.PARTY_BADGES else h.detail)
            if kind is DueKind.PARTY_BADGES:
                cells.append(format_date(h.presentation) if h.presentation else "")
            rows.append(DueRow(m.id or 0, cells))
        return done(headers, rows, year.medal_threshold)

    def day_list(self, day: TraditionalDay, year: int | None = None) -> DueList:
        """The list a traditional day needs in `year` (this year by default)."""
        today = self.clock.today()
        year = year or today.year
        everyone, honours = self._honours()
        headers = [NAME, BORN, TEAM, DETAIL] + ([GIFT, SIGNATURE] if day.gift_sheet else [])
        rows = [
            DueRow(
                m.id or 0,
                [m.full_name, str(m.birth_date.year) if m.birth_date else "", m.team, detail]
                + (["", ""] if day.gift_sheet else []),
            )
            for m, detail in rules.day_list(day, everyone, year, honours.medal_threshold)
        ]
        return DueList(
            DueKind.TRADITIONAL_DAY, headers, rows, year, today.month, honours.medal_threshold,
            day=day,
        )  # fmt: skip

    def pictures(self) -> Pictures:
        """The series of the home screen's pictures (read when its picture page is shown)."""
        today = self.clock.today()
        everyone = HonoursService(self.db, self.clock).members()
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
            classifications = support_repo.fetch(self.db, Classification)
        current = members_on(everyone, memberships, today)
        comp = composition(current, today)
        ages = Series(list(comp.age_bands), [list(map(float, comp.age_bands.values()))], [""])
        periods = Series(
            [k.short_label for k in comp.periods],
            [[float(v) for v in comp.periods.values()]],
            [""],
        )
        rows = MeetingService(self.db, self.clock).meetings_between(
            twelve_months_before(today), today
        )
        held = [r for r in rows if r.totals.rate is not None]
        attendance = Series(
            [format_date(r.meeting.date) for r in held],
            [[float(round((r.totals.rate or 0) * 100)) for r in held]],
            [""],
            percent=True,
        )
        years = list(range(today.year - 9, today.year + 1))
        membership = Series(
            [str(y) for y in years],
            [list(map(float, pictures_rules.members_by_year(memberships, years, today)))],
            [""],
        )
        classified = sorted({c.year for c in classifications if c.year <= today.year})[-6:]
        poor, near = pictures_rules.households_by_year(classifications, classified)
        households = Series(
            [str(y) for y in classified],
            [list(map(float, poor)), list(map(float, near))],
            [HouseholdCategory.POOR.label, HouseholdCategory.NEAR_POOR.label],
        )
        return Pictures(ages, periods, attendance, households, membership)

    def export_list(
        self,
        due: DueList,
        title: str,
        subtitle: str,
        headers: Sequence[str],
        target: Path,
    ) -> None:
        """Write a list (worded by the window) as a workbook in the administrative layout,
        whole or not at all, and note it in the export log (the 27/7 list as sensitive: it
        names the policy groups)."""
        from ccb_desktop.excel import reports as excel  # on first use: not before the first paint
        from ccb_desktop.services.reports import check_target

        check_target(target)
        # Each column as wide as its longest text (within reason), the signature column roomy.
        widths = [
            min(max([len(h), *(len(r.cells[i]) for r in due.rows)]) * 1.1 + 2, 45.0)
            for i, h in enumerate(headers)
        ]
        if due.day is not None and due.day.gift_sheet:
            widths[-2:] = [16.0, 18.0]
        sheet = excel.ListSheet(
            title,
            title[:31],
            subtitle,
            [("TT", 5, "center"), *((h, w, "left") for h, w in zip(headers, widths, strict=True))],
            [list(row.cells) for row in due.rows],
        )
        with storage_errors(self.db):
            unit = load_unit_settings(self.db)
        excel.write_lists(target, unit, [sheet], self.clock.today())
        if getattr(self.db, "read_only", False):
            return  # a copy in memory of a read-only file: the log would be lost
        sensitive = due.day is TraditionalDay.INVALIDS_AND_MARTYRS
        with storage_errors(self.db), self.db.atomic():
            # Logged by its title: the Reports tab's log shows it as it shows a report's label.
            log_export(
                self.db,
                title,
                str(target),
                self.clock.now(),
                sensitive,
                len(due.rows),
                made_by=user_name(),
            )


def _attention_reason(absence_run: int, rate: float | None) -> str:
    parts = []
    if absence_run:
        parts.append(f"vắng {absence_run} buổi liền")
    if rate is not None:
        parts.append(f"dự {rate_text(rate)} trong 12 tháng")
    return ", ".join(parts)
