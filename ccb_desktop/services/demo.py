"""Realistic sample data for trying the program, screenshots and benchmarks."""

from __future__ import annotations

import datetime as dt
import random
import zlib
from pathlib import Path

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as repo
from ccb_desktop.db import support as support_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.settings import count_unit_settings, save_unit_settings
from ccb_desktop.db.ward import name_own_chi_hoi
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import (
    AttendanceMark,
    Mark,
    Meeting,
    MeetingKind,
    roster_for,
    sheet_to_record,
    twelve_months_before,
)
from ccb_desktop.domain.member import Member, Movement, ServicePeriod
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.support import (
    Area,
    CaseStatus,
    Classification,
    HoiGrade,
    HouseholdCategory,
    Housing,
    Loan,
    Support,
    SupportCase,
    SupportKind,
    SupportSource,
    Visit,
)
from ccb_desktop.domain.unit import MeetingCycle, UnitSettings
from ccb_desktop.domain.vocabulary import (
    HOI_ROLES,
    Benefit,
    DischargeKind,
    MovementKind,
    Rank,
    ServicePeriodKind,
    Sex,
    Status,
    VeteranKind,
)
from ccb_desktop.errors import CcbError, error
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.demo_dues import add_dues_and_funds

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
           "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đoàn"]  # fmt: skip
_MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Công", "Quang", "Minh", "Xuân", "Thanh", "Đình", "Ngọc",
                "Trọng", "Bá", "Thế", "Quốc"]  # fmt: skip
_MIDDLE_FEMALE = ["Thị", "Thị Thu", "Thị Kim", "Ngọc", "Thị Minh", "Thanh", "Thị Hồng"]
_GIVEN_MALE = ["Đức", "Dũng", "Duy", "Đông", "Hùng", "Hải", "Sơn", "Thắng", "Bình", "Cường",
               "Tuấn", "Lợi", "Phúc", "Quý", "Tài", "Khánh", "Long", "Nam", "Toàn", "Vinh",
               "Thành", "Nghĩa", "Trung", "Hiếu", "Lâm", "Ân", "Bảo", "Chiến", "Kiên", "Ba"]  # fmt: skip
_GIVEN_FEMALE = ["Lan", "Hoa", "Hằng", "Mai", "Nga", "Hương", "Liên", "Thủy", "Yến", "Ánh",
                 "Oanh", "Thoa", "Xuân", "Hạnh", "Bích"]  # fmt: skip
# Ethnic-minority names whose sort word the secretary confirms (not auto-split).
_MINORITY = [("Y Nô", "Rcăm", "Ê Đê"), ("Hà Văn", "Páo", "Tày"), ("Lò Văn", "Pọm", "Thái"),
             ("Kpă", "Blơng", "Gia Rai")]  # fmt: skip
_PROVINCES = ["Thái Bình", "Nam Định", "Hà Tây", "Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Nam",
              "Quảng Ngãi", "Bình Định", "Hải Hưng", "Long An", "Bến Tre", "Sông Bé", "Đắk Lắk"]  # fmt: skip
_STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
            "Phan Đình Phùng", "Võ Thị Sáu", "Điện Biên Phủ"]  # fmt: skip
_UNITS = ["Sư đoàn 304", "Sư đoàn 320", "Quân đoàn 2", "Trung đoàn 66", "Bộ đội Biên phòng",
          "Quân khu 7", "Lữ đoàn 203", "Hải quân Vùng 2", "Sư đoàn 312", "Tiểu đoàn 9"]  # fmt: skip
_POSITIONS = ["Chiến sĩ", "Tiểu đội trưởng", "Trung đội trưởng", "Đại đội trưởng",
              "Chính trị viên", "Tiểu đoàn phó", "Nhân viên quân y", "Lái xe"]  # fmt: skip


def _period_for(birth_year: int) -> list[ServicePeriodKind]:
    """Plausible periods for someone born in `birth_year`."""
    if birth_year <= 1932:
        return [ServicePeriodKind.CHONG_PHAP, ServicePeriodKind.CHONG_MY]
    if birth_year <= 1957:
        return [ServicePeriodKind.CHONG_MY]
    if birth_year <= 1962:
        return [ServicePeriodKind.TAY_NAM, ServicePeriodKind.PHIA_BAC]
    if birth_year <= 1968:
        return [ServicePeriodKind.PHIA_BAC, ServicePeriodKind.QUOC_TE]
    return [ServicePeriodKind.THOI_BINH]


def make_member(rng: random.Random, index: int, today: dt.date) -> tuple[Member, list[Movement]]:
    """One plausible member and their movements; `index` keeps card numbers unique."""
    female = rng.random() < 0.12
    if rng.random() < 0.03:
        family, given, ethnicity = rng.choice(_MINORITY)
    else:
        family = rng.choice(_FAMILY) + " " + rng.choice(_MIDDLE_FEMALE if female else _MIDDLE_MALE)
        given = rng.choice(_GIVEN_FEMALE if female else _GIVEN_MALE)
        ethnicity = "Kinh"
    birth_year = rng.choice(range(1930, 1990))
    precision = rng.random()
    if precision < 0.25:
        birth = PartialDate(birth_year)
    elif precision < 0.4:
        birth = PartialDate(birth_year, rng.randint(1, 12))
    else:
        birth = PartialDate(birth_year, rng.randint(1, 12), rng.randint(1, 28))
    enlist_year = birth_year + rng.randint(17, 21)
    served = rng.randint(3, 30) if rng.random() < 0.3 else rng.randint(2, 6)
    discharge_year = min(enlist_year + served, today.year - 1)
    periods = _period_for(birth_year)
    rank = rng.choice(list(Rank)[4:] if served > 15 else list(Rank)[8:17])
    party = rng.random() < 0.45
    joined = PartialDate(max(discharge_year + 1, 1990) + rng.randint(0, 10), rng.randint(1, 12))
    if joined.year > today.year:
        joined = PartialDate(today.year, 1)
    member = Member(
        family_name=family,
        given_name=given,
        sex=Sex.FEMALE if female else Sex.MALE,
        birth_date=birth,
        ethnicity=ethnicity,
        religion=rng.choice(["", "", "", "", "Phật giáo", "Công giáo"]),
        hometown=f"{rng.choice(['Xã', 'Huyện'])} {rng.choice(_STREETS)}, {rng.choice(_PROVINCES)}",
        address=f"Số {rng.randint(1, 200)} đường {rng.choice(_STREETS)}, khu phố {rng.randint(1, 6)}",
        phone=f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        enlisted=PartialDate(enlist_year, rng.randint(1, 12)),
        discharged=PartialDate(discharge_year, rng.randint(1, 12)),
        discharge_kind=DischargeKind.NGHI_HUU
        if served > 15
        else rng.choice(
            [DischargeKind.XUAT_NGU, DischargeKind.PHUC_VIEN, DischargeKind.CHUYEN_NGANH]
        ),
        rank=rank,
        position=rng.choice(_POSITIONS),
        unit=rng.choice(_UNITS),
        benefit=Benefit.PENSION if served > 15 else rng.choice(list(Benefit)),
        periods=tuple(
            ServicePeriod(
                kind=kind,
                in_notable_campaign=bool(kind.notable_campaign) and rng.random() < 0.3,
            )
            for kind in periods
        ),
        party_member=party,
        party_year=(party_year := enlist_year + rng.randint(1, 5)) if party else None,
        # The admission decision's day, from the member's number (no draw: the sample
        # register stays what it was); one in five known to the year only, as on old papers.
        party_admitted=(
            PartialDate(party_year)
            if index % 5 == 4
            else PartialDate(party_year, index * 7 % 12 + 1, index * 11 % 28 + 1)
        )
        if party
        else None,
        joined_hoi=joined,
        card_number=f"{index + 1:06d}",
        card_year=joined.year,
        veteran_kind=VeteranKind.FORMER_SOLDIER
        if periods == [ServicePeriodKind.THOI_BINH]
        else VeteranKind.VETERAN,
        hoi_role=HOI_ROLES[0] if index == 0 else HOI_ROLES[1] if index == 1 else "Hội viên",
        team=f"Tổ {rng.randint(1, 4)}",
        war_invalid=(wi := rng.random() < 0.08),
        war_invalid_grade=rng.choice(["1/4", "2/4", "3/4", "4/4", "41%"]) if wi else "",
        sick_soldier=rng.random() < 0.05,
        agent_orange_self=rng.random() < 0.04,
        agent_orange_child=rng.random() < 0.02,
        martyr_family=rng.random() < 0.05,
    )
    movements = [Movement(MovementKind.ADMITTED, joined)]
    roll = rng.random()
    later = PartialDate(min(joined.year + rng.randint(1, 15), today.year), rng.randint(1, 12), 15)
    if later.earliest() > today:
        later = PartialDate(today.year, 1, 15)
    if roll < 0.06:
        movements.append(Movement(MovementKind.DECEASED, later, note="Từ trần tại nhà riêng"))
    elif roll < 0.10:
        movements.append(
            Movement(MovementKind.TRANSFERRED_OUT, later, paper_number=f"{rng.randint(1, 99)}/GGT",
                     note=f"Chuyển về {rng.choice(_PROVINCES)}")
        )  # fmt: skip
    elif roll < 0.12:
        movements.append(Movement(MovementKind.EXCUSED, later, note="Tuổi cao, sức yếu"))
    return member, movements


def require_empty_register(db: Database, path: Path) -> None:
    """Refuse to mix sample data into a real register: only a new or empty file gets it.

    Empty: no member, meeting, household or support case (even deleted ones) and no unit
    details; the demo cannot be undone, so anything the secretary entered counts.
    """
    with storage_errors(path):
        held = sum(
            repo.count_rows(db, table)
            for table in ("members", "meetings", "support_cases", "household_classifications")
        )
        settings = count_unit_settings(db)
        members = repo.count_rows(db, "members")
    if held or settings:
        raise error(
            CcbError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data file {path} already holds a register ({members} members). Sample data is written only to a new or empty file: nothing was changed.",
            ),
            "register not empty",
            path=str(path),
            members=members,
        )


def fill_demo(
    db: Database,
    members: int = 60,
    seed: int | None = 7,
    clock: Clock | None = None,
    with_meetings: bool = True,
    chi_hoi_name: str | None = None,
) -> int:
    """Add sample members (and a year of meetings) in one transaction; returns the count.
    A chi hội named here gets members of its own: the name chooses the seed (issue 17)."""
    clock = clock or SystemClock()
    if seed is None:
        seed = zlib.crc32(chi_hoi_name.encode("utf-8")) if chi_hoi_name else 7
    rng = random.Random(seed)
    today = clock.today()
    now = clock.now()
    start = repo.count_members(db)
    with storage_errors(db), db.atomic():
        save_unit_settings(
            db,
            UnitSettings(
                ward_name="Hội CCB phường 7",
                chi_hoi_name=chi_hoi_name or "Chi hội khu phố 3",
                place_name="Phường 7",
                head_name="Nguyễn Văn Thắng",
                preparer_name="Trần Thị Lan",
                meeting_cycle=MeetingCycle.MONTHLY,
                medal_min_years=15,  # a sample criterion (an older rule's), to show the list
            ),
        )
        name_own_chi_hoi(db, chi_hoi_name or "Chi hội khu phố 3")
        for index in range(start, start + members):
            member, movements = make_member(rng, index, today)
            member_id = repo.insert_member(db, member.normalized(), now)
            for movement in movements:
                repo.insert_movement(db, member_id, movement, now)
        if with_meetings:
            _add_meetings(db, rng, today, now)
            _add_support(db, rng, today)
            add_dues_and_funds(db, seed, today)
            _add_care(db, rng, today, now)
            _add_targets(db, today)
    return members


def _add_targets(db: Database, today: dt.date) -> None:
    """Three of the year's targets as a chi hội sets them, so the home screen shows them."""
    from ccb_desktop.db.targets import replace_year
    from ccb_desktop.domain.targets import Target, TargetKind

    year = today.year
    replace_year(
        db,
        year,
        [
            Target(year, TargetKind.ATTENDANCE_RATE, 80),
            Target(year, TargetKind.DUES_PAID, 90),
            Target(year, TargetKind.ADMISSIONS, 2),
        ],
    )


def _add_care(db: Database, rng: random.Random, today: dt.date, now: str) -> None:
    """A dozen care visits this year (drawn last, so the rest of the sample stays as it was)."""
    from ccb_desktop.db.care import insert_visit
    from ccb_desktop.domain.care import CareKind, CareVisit

    active = [m for m in repo.all_members(db) if m.id is not None and m.status is Status.ACTIVE]
    if not active:
        return
    # Chúc thọ only for members of 70 or more this year; a phúng viếng of a living member is
    # for a death in the family, and says so.
    elderly = [
        m for m in active if m.birth_date is not None and today.year - m.birth_date.year >= 70
    ]
    gifts = {CareKind.SICK: ("Sữa, hoa quả", 500_000), CareKind.FUNERAL: ("Vòng hoa", 1_000_000),
             CareKind.LONGEVITY: ("Quà mừng thọ", 300_000), CareKind.GIFT: ("Quà Tết", 400_000)}  # fmt: skip
    for _ in range(12):
        kind = rng.choice(list(CareKind))
        goods, amount = gifts[kind]
        day = dt.date(today.year, 1, 1) + dt.timedelta(
            days=rng.randint(0, (today - dt.date(today.year, 1, 1)).days)
        )
        pool = elderly if kind is CareKind.LONGEVITY and elderly else active
        member = rng.choice(pool)
        note = "Phúng viếng thân nhân của hội viên" if kind is CareKind.FUNERAL else ""
        assert member.id is not None
        insert_visit(
            db,
            CareVisit(member.id, day, kind, "Chi hội trưởng, Tổ trưởng", goods, amount, note),
            now,
        )


_REASONS = ["Ốm", "Đi khám bệnh", "Về quê", "Bận việc gia đình", "Đi thăm con", "Trực tổ dân phố"]
_CONTENTS = [
    "Quán triệt Nghị quyết của Hội cấp trên; bàn công tác giúp nhau giảm nghèo",
    "Sinh hoạt thường kỳ: đánh giá hoạt động tháng, phương hướng tháng tới",
    "Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Vận động hội viên tham gia giữ gìn an ninh trật tự khu phố",
    "Thăm hỏi hội viên ốm đau; thu quỹ Hội",
]


def _add_meetings(db: Database, rng: random.Random, today: dt.date, now: str) -> None:
    """Twelve monthly meetings up to today with realistic marks, and a few members who have
    stopped coming, so the attention list and the year grid have something to show."""
    memberships = list(meeting_repo.memberships(db).values())
    first = dt.date(today.year - 1, today.month, 1)
    dates = []
    for step in range(12):
        month_index = first.month - 1 + step + 1
        day = dt.date(first.year + month_index // 12, month_index % 12 + 1, 5)
        if day <= today:
            dates.append(day)
    active_now = [m.member_id for m in memberships if m.status_on(today) is Status.ACTIVE]
    drifting = set(rng.sample(active_now, k=min(3, len(active_now))))
    # One of them stopped coming a year ago (gone to live with his children); paying nothing
    # either (demo_dues), he shows the twelve-month prompt list at work (Điều lệ, Điều 10.3).
    since = twelve_months_before(today)
    by_id = {m.member_id: m for m in memberships}
    gone = min((i for i in drifting if by_id[i].status_on(since) is Status.ACTIVE), default=None)
    for position, day in enumerate(dates):
        december = day.month == 12
        meeting = Meeting(
            date=day,
            kind=MeetingKind.YEAR_END if december else MeetingKind.REGULAR,
            place="Nhà văn hóa khu phố 3",
            content="Tổng kết công tác Hội năm " + str(day.year)
            if december
            else rng.choice(_CONTENTS),
        )
        meeting_id = meeting_repo.insert_meeting(db, meeting, now)
        marks = []
        recent = position >= len(dates) - 4
        roster = roster_for(memberships, day)
        for entry in roster:
            if entry.exempt:
                marks.append(AttendanceMark(entry.member_id, Mark.EXEMPT))
                continue
            roll = rng.random()
            if entry.member_id == gone:
                roll = 0.95  # absent without word every month (no extra draw: the rest stays)
            elif entry.member_id in drifting and recent:
                roll = 0.9 + roll / 10
            if roll < 0.84:
                marks.append(AttendanceMark(entry.member_id, Mark.PRESENT))
            elif roll < 0.93:
                marks.append(
                    AttendanceMark(entry.member_id, Mark.EXCUSED_ABSENCE, rng.choice(_REASONS))
                )
            else:
                marks.append(AttendanceMark(entry.member_id, Mark.UNEXCUSED_ABSENCE))
        meeting_repo.replace_marks(db, meeting_id, marks)
        # The sheet as taken, so members added later never change these meetings.
        sheet = sheet_to_record(roster, {m.member_id: m for m in marks})
        meeting_repo.replace_sheet(db, meeting_id, sheet)


_CAUSES = ["Ốm đau kéo dài, mất sức lao động", "Thiếu vốn sản xuất", "Nhà dột nát, con đi học",
           "Thiếu đất sản xuất", "Vợ bệnh nặng, chi phí chữa bệnh lớn"]  # fmt: skip


def _add_support(db: Database, rng: random.Random, today: dt.date) -> None:
    """Classified households over three years, cases with help, loans and visits: some escape
    poverty this year, some visits are due this week and one is overdue."""
    memberships = list(meeting_repo.memberships(db).values())
    active = [m.member_id for m in memberships if m.status_on(today) is Status.ACTIVE]
    households = rng.sample(active, k=min(len(active), max(2, len(active) // 8)))
    year = today.year
    for position, member_id in enumerate(households):
        poor_years = {year - 2, year - 1} if position % 3 == 0 else {year - 1, year}
        for y in (year - 2, year - 1, year):
            if y in poor_years:
                category = (
                    HouseholdCategory.POOR if position % 2 == 0 else HouseholdCategory.NEAR_POOR
                )
            else:
                category = HouseholdCategory.AVERAGE
            support_repo.save(
                db,
                Classification(
                    member_id, y, category, decision=f"{rng.randint(10, 250)}/QĐ-UBND",
                    decision_date=dt.date(y - 1, 12, rng.randint(1, 28)) if y < year else None,
                    area=Area.URBAN, housing=rng.choice(list(Housing)), hoi_grade=HoiGrade.HARD,
                ),
            )  # fmt: skip
        escaped = year not in poor_years
        case_id = support_repo.save(
            db,
            SupportCase(
                member_id,
                opened=dt.date(year - 2, rng.randint(1, 12), rng.randint(1, 28)),
                cause=rng.choice(_CAUSES),
                plan="Hỗ trợ vốn chăn nuôi, vận động con em tìm việc làm",
                status=CaseStatus.ESCAPED if escaped else CaseStatus.SUPPORTING,
                escaped_year=year if escaped else None,
            ),
        )
        support_repo.save(
            db,
            Loan(case_id, SupportSource.SOCIAL_BANK, 50_000_000, "Chăn nuôi bò sinh sản",
                 dt.date(year - 1, 3, 15), dt.date(year + 2, 3, 15),
                 outstanding_vnd=35_000_000, overdue_vnd=0 if position % 4 else 5_000_000,
                 balance_date=dt.date(year, 9, 30)),
        )  # fmt: skip
        for kind, source, amount, days in (
            (SupportKind.GIFT, SupportSource.HOI_FUND, 500_000, None),
            (SupportKind.WORK_DAYS, SupportSource.HOI_FUND, None, rng.randint(5, 20)),
            (SupportKind.HOUSE_REPAIR, SupportSource.FOR_THE_POOR_FUND, 20_000_000, None),
        ):
            if kind is SupportKind.HOUSE_REPAIR and position % 2:
                continue
            support_repo.save(
                db,
                Support(case_id, dt.date(year, rng.randint(1, today.month), 10), kind, source,
                        amount_vnd=amount, work_days=days, delivered_by="Chi hội khu phố 3"),
            )  # fmt: skip
        last_visit = today - dt.timedelta(days=rng.randint(10, 40))
        next_visit = today + dt.timedelta(days=rng.choice([-5, 2, 4, 20, 40]))
        support_repo.save(
            db,
            Visit(case_id, last_visit, "Thăm hỏi, nắm tình hình sản xuất và sức khỏe",
                  next_visit if not escaped else None, "Nguyễn Văn Thắng"),
        )  # fmt: skip
