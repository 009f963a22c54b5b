"""The year-end review (tổng kết năm) and the six-month review (sơ kết) as a Word document:
each section built from a figures object read from the same services and functions the
Excel reports use, so every figure equals the report's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import ward as ward_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.exports import log_export
from ccb_desktop.db.lock import user_name
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.domain.reports import (
    composition,
    longevity_list,
    members_on,
    new_members,
    place_and_date,
    reconciliation,
)
from ccb_desktop.domain.targets import TargetKind
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.vocabulary import Status
from ccb_desktop.domain.yearend import (
    CareCount,
    ChiHoiFigures,
    EvaluationFigures,
    HonourFigures,
    MeetingFigures,
    MemberFigures,
    Review,
    Section,
    SupportFigures,
    care_section,
    direction_section,
    dues_funds_section,
    economy_section,
    emulation_section,
    honours_section,
    meetings_section,
    organisation_section,
    shortcomings_section,
    situation_section,
    ward_care_table,
    ward_meetings_table,
    ward_members_table,
    ward_support_table,
)
from ccb_desktop.errors import StorageError
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.meetings import MeetingService
from ccb_desktop.services.reports.base import Period
from ccb_desktop.services.reports.support import support_content
from ccb_desktop.services.reports.ward import ward_scope
from ccb_desktop.services.targets import TargetService

# (what, how many) lines of the care section (CareService.figures) and of the dues and funds
# section (DuesService and FundService .figures), written by services/yearend_sources.py;
# a test may pass its own.
FigureLines = Callable[[dt.date, dt.date], Sequence[tuple[str, str]]]


# The review's name in the export log (the Reports tab's "exported before" list).
REVIEW_LOG_NAME = "yearend"


@dataclass(frozen=True)
class ReviewResult:
    path: Path
    sections: int
    logged: bool = True  # False: written, but the data file could not note it (read-only)


def half_year(year: int, half: int) -> Period:
    """The first (1/1–30/6) or second (1/7–31/12) half of a year."""
    if half == 1:
        return Period(dt.date(year, 1, 1), dt.date(year, 6, 30))
    return Period(dt.date(year, 7, 1), dt.date(year, 12, 31))


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class YearEndService:
    """Draft the review of a period with every figure filled and the prose left to write."""

    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
        care: FigureLines | None = None,
        dues_funds: FigureLines | None = None,
    ) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        # By default the sections read the program's own care visits, dues and funds.
        self.care = care or self._care_lines
        self.dues_funds = dues_funds or self._dues_funds_lines

    def _care_lines(self, start: dt.date, end: dt.date) -> Sequence[tuple[str, str]]:
        from ccb_desktop.services.care import CareService
        from ccb_desktop.services.yearend_sources import care_lines

        return care_lines(CareService(self.db, self.clock), start, end)

    def _dues_funds_lines(self, start: dt.date, end: dt.date) -> Sequence[tuple[str, str]]:
        from ccb_desktop.services.dues import DuesService
        from ccb_desktop.services.funds import FundService
        from ccb_desktop.services.yearend_sources import dues_funds_lines

        return dues_funds_lines(
            DuesService(self.db, self.clock), FundService(self.db, self.clock), start, end
        )

    # Figures, one object per section -----------------------------------------------------

    def member_figures(self, start: dt.date, end: dt.date) -> MemberFigures:
        """As the summary report (báo cáo số lượng, chất lượng) computes them."""
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
            everyone = member_repo.all_members(self.db)
        listed = members_on(everyone, memberships, end)
        excused = [i for i, ms in memberships.items() if ms.status_on(end) is Status.EXCUSED]
        return MemberFigures(
            reconciliation(memberships.values(), start, end),
            composition(listed, end, excused),
            new_members(everyone, memberships, start, end),
        )

    def meeting_figures(self, start: dt.date, end: dt.date) -> MeetingFigures:
        """As the attendance report's total line."""
        rows = MeetingService(self.db, self.clock).meetings_between(start, end)
        return MeetingFigures(
            len(rows),
            sum(r.totals.present for r in rows),
            sum(r.totals.expected for r in rows),
        )

    def support_figures(self, period: Period) -> SupportFigures:
        """As the support report states them (SupportService.figures underneath)."""
        content = support_content(self.db, period)
        compared = sorted({period.start.year - 1, period.end.year})
        return SupportFigures(
            content.figures,
            content.totals,
            len(content.households),
            content.doing_well,
            tuple(y for y in compared if y not in content.lists),
        )

    def honour_figures(self, year: int, end: dt.date, unit: UnitSettings) -> HonourFigures:
        """Mừng thọ this year and next (as the year-end report's list) and policy groups."""
        figures = self.member_figures(dt.date(year, 1, 1), end)
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
            everyone = member_repo.all_members(self.db)
        listed = members_on(everyone, memberships, end)
        lunar = unit.longevity_lunar_age
        return HonourFigures(
            year,
            len(longevity_list(listed, year, lunar)),
            len(longevity_list(listed, year + 1, lunar)),
            figures.composition,
        )

    def evaluation_figures(self, year: int, end: dt.date, unit: UnitSettings) -> EvaluationFigures:
        """The year's grades of the members on the register at `end`, per grade of the
        unit's scale (as the year-end report counts them under its list)."""
        with storage_errors(self.db):
            memberships = meeting_repo.memberships(self.db)
            everyone = member_repo.all_members(self.db)
            graded = member_repo.evaluations(self.db, year)
        listed = members_on(everyone, memberships, end)
        grades = [graded.get(m.id or 0, ("", ""))[0] for m in listed]
        scale = list(unit.grades) + sorted({g for g in grades if g and g not in unit.grades})
        return EvaluationFigures(year, len(listed), {g: grades.count(g) for g in scale})

    def care_count(self, start: dt.date, end: dt.date) -> CareCount:
        """Care visits, members visited and money (CareService.figures, the care section's)."""
        from ccb_desktop.services.care import CareService

        figures = CareService(self.db, self.clock).figures(start, end)
        return CareCount(figures.visits, figures.people, figures.money_vnd)

    def chi_hoi_figures(self, period: Period) -> list[ChiHoiFigures]:
        """A ward file: each chi hội's figures, by name, each read by this review's own code
        narrowed to that chi hội (as the ward's Excel reports read theirs), so a row equals
        what that chi hội's own review states."""
        start, end = period.start, min(period.end, self.clock.today())
        rows: list[ChiHoiFigures] = []
        with storage_errors(self.db):
            every = ward_repo.all_chi_hoi(self.db)
        for chi_hoi in every:
            with ward_repo.scoped(self.db, chi_hoi.id):
                rows.append(
                    ChiHoiFigures(
                        chi_hoi.name,
                        self.member_figures(start, end),
                        self.meeting_figures(start, end),
                        self.support_figures(period),
                        self.care_count(start, end),
                    )
                )
        return rows

    # The document --------------------------------------------------------------------

    def review(self, period: Period) -> Review:
        """The review of `period`: a whole calendar year is the tổng kết; any other period a
        sơ kết. Figures end today at the latest, as the reports' do."""
        today = self.clock.today()
        start, end = period.start, min(period.end, today)
        with storage_errors(self.db):
            unit = load_unit_settings(self.db)
            # A ward file: the chi hội looked at (its own unit details), or the whole ward
            # (issued by the ward Hội to the province Hội, with a row per chi hội).
            scope = ward_scope(self.db, unit, {})
        unit = scope.unit if scope else unit
        per_chi_hoi = self.chi_hoi_figures(period) if scope and scope.rows is not None else None
        who = "Hội CCB phường" if per_chi_hoi is not None else "Chi hội"
        author = "Hội" if per_chi_hoi is not None else "chi hội"  # who writes the prose
        year = period.end.year
        whole_year = (period.start, period.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
        before = Period(_year_before(start), _year_before(end))

        members = self.member_figures(start, end)
        if per_chi_hoi is not None:
            # A tổ hội is one chi hội's: two chi hội's "Tổ 1" are two tổ (as the ward's
            # summary workbook adds its rows), not one name counted once across the ward.
            teams = sum(r.members.composition.teams for r in per_chi_hoi)
            members = dataclasses.replace(
                members, composition=dataclasses.replace(members.composition, teams=teams)
            )
        meetings = self.meeting_figures(start, end)
        support = self.support_figures(period)
        targets = TargetService(self.db, self.clock)
        standing = targets.progress(year, end)
        by_kind = {p.target.kind: p for p in standing if p.target.kind is not TargetKind.FREE}

        # The same period a year earlier, compared only where the program held its data.
        members_before = self.member_figures(before.start, before.end)
        meetings_before = self.meeting_figures(before.start, before.end)
        support_before = self.support_figures(before)
        results: list[Section] = [
            organisation_section(
                members,
                members_before if members_before.reconciliation.end else None,
                by_kind.get(TargetKind.ADMISSIONS),
                whole_year,
                who,
            ),
            meetings_section(
                meetings,
                meetings_before if meetings_before.meetings else None,
                by_kind.get(TargetKind.ATTENDANCE_RATE),
                whole_year,
                who,
            ),
            economy_section(
                support,
                None
                if support_before.lists_missing and not support_before.totals.count_by_kind
                else support_before,
                by_kind.get(TargetKind.ESCAPED_POVERTY),
                whole_year,
            ),
            # No line: the unit does not keep them in the program (the section says so).
            care_section(self.care(start, end) or None, author),
            honours_section(self.honour_figures(year, end, unit), who),
            dues_funds_section(self.dues_funds(start, end) or None, author),
            emulation_section(self.evaluation_figures(year, end, unit), standing, whole_year, who),
        ]
        if per_chi_hoi is not None:
            # Under each section's ward figures, the same figures per chi hội and the total.
            tables = {
                0: ward_members_table(per_chi_hoi),
                1: ward_meetings_table(per_chi_hoi),
                2: ward_support_table(per_chi_hoi),
                3: ward_care_table(per_chi_hoi),
            }
            results = [
                replace(part, table=tables[i]) if i in tables else part
                for i, part in enumerate(results)
            ]
        if whole_year:
            subtitle = f"Tổng kết công tác Hội năm {year} và phương hướng, nhiệm vụ năm {year + 1}"
            ahead, ahead_targets = f"NĂM {year + 1}", targets.targets(year + 1)
        elif (start.month, start.day, period.end.month, period.end.day) == (1, 1, 6, 30):
            subtitle = (
                f"Sơ kết công tác Hội 6 tháng đầu năm {year} và phương hướng, nhiệm vụ "
                f"6 tháng cuối năm {year}"
            )
            ahead, ahead_targets = f"6 THÁNG CUỐI NĂM {year}", targets.targets(year)
        else:
            subtitle = (
                f"Sơ kết công tác Hội từ ngày {start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y} "
                "và phương hướng, nhiệm vụ thời gian tới"
            )
            ahead, ahead_targets = "THỜI GIAN TỚI", targets.targets(year)
        sections = [
            situation_section(start, end, members, meetings, who),
            Section("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", level=1),
            *results,
            shortcomings_section(standing, meetings, whole_year),
            direction_section(ahead, ahead_targets, who),
        ]
        if per_chi_hoi is not None:
            return self._ward_review(unit, today, subtitle, sections)
        ward = unit.ward_name or "Hội CCB cấp trên"
        return Review(
            parent=(unit.ward_name or "HỘI CCB ……").upper(),
            issuer=(unit.chi_hoi_name or "CHI HỘI ……").upper(),
            number="Số: …/BC-CCB",
            place_and_date=place_and_date(unit, today),
            title="BÁO CÁO",
            subtitle=subtitle,
            sections=sections,
            recipients=[
                f"- {ward} (để báo cáo);",
                "- Chi ủy, Ban điều hành khu phố (để báo cáo);",
                "- Lưu: Chi hội.",
            ],
            signer_role="TM. CHI HỘI",
            signer_title="CHI HỘI TRƯỞNG",
            signer_name=unit.head_name,
        )

    def _ward_review(
        self, unit: UnitSettings, today: dt.date, subtitle: str, sections: list[Section]
    ) -> Review:
        """The ward's review: the ward Hội issues it, under and to the province Hội (`unit`
        is the ward's reports' unit: ward_name the province Hội, chi_hoi_name the ward's)."""
        province = unit.ward_name or "Hội CCB cấp trên"
        return Review(
            parent=(unit.ward_name or "HỘI CCB TỈNH ……").upper(),
            issuer=(unit.chi_hoi_name or "HỘI CCB PHƯỜNG ……").upper(),
            number="Số: …/BC-CCB",
            place_and_date=place_and_date(unit, today),
            title="BÁO CÁO",
            subtitle=subtitle,
            sections=sections,
            recipients=[
                f"- {province} (để báo cáo);",
                "- Đảng ủy, UBND phường (để báo cáo);",
                "- Các chi hội;",
                "- Lưu: VP.",
            ],
            signer_role="TM. BAN CHẤP HÀNH",
            signer_title="CHỦ TỊCH",
            signer_name=unit.head_name,
            author="Hội",
        )

    def write(self, target: Path, period: Period) -> ReviewResult:
        """Write the review of `period` to `target` (.docx), whole or not at all."""
        from ccb_desktop.word.review import write_review  # on first use: not at start-up

        review = self.review(period)
        write_review(target, review)
        if getattr(self.db, "read_only", False):
            return ReviewResult(target, len(review.sections), logged=False)
        try:
            with storage_errors(self.db), self.db.atomic():
                log_export(
                    self.db,
                    REVIEW_LOG_NAME,
                    str(target),
                    self.clock.now(),
                    False,
                    1,
                    made_by=user_name(),
                )
        except StorageError:
            # Written; a data file on a read-only medium cannot note it: not a failure.
            return ReviewResult(target, len(review.sections), logged=False)
        return ReviewResult(target, len(review.sections))
