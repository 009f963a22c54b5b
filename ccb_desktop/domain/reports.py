"""The figures and rows of the ward's reports, computed from movements (not today's status)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ccb_desktop.domain.meetings import Membership
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.support import (
    CaseStatus,
    Classification,
    Loan,
    SupportCase,
    YearFigures,
    figures_between,
)
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.vocabulary import (
    DEFAULT_ETHNICITY,
    MovementKind,
    RankGroup,
    ServicePeriodKind,
    Sex,
    VeteranKind,
)

AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("Dưới 60", 0, 59),
    ("60–69", 60, 69),
    ("70–79", 70, 79),
    ("80–89", 80, 89),
    ("Từ 90", 90, 200),
)
NO_RELIGION = {"", "không", "Không"}


def place_and_date(unit: UnitSettings, day: dt.date) -> str:
    """'Phường 7, ngày 05 tháng 02 năm 2026' with leading zeros, as official papers write it."""
    place = unit.place_name or "……"
    return f"{place}, ngày {day:%d} tháng {day:%m} năm {day:%Y}"


def on_register(membership: Membership, day: dt.date) -> bool:
    """A member of the chi hội on `day` (attending or excused from meetings)."""
    status = membership.status_on(day)
    return status is not None and status.is_member


def members_on(
    members: Iterable[Member], memberships: dict[int, Membership], day: dt.date
) -> list[Member]:
    """The members on the register on `day`, in official order."""
    found = [
        m
        for m in members
        if m.id is not None and m.id in memberships and on_register(memberships[m.id], day)
    ]
    return sorted(found, key=lambda m: (m.sort_key, m.id or 0))


def age_on(member: Member, day: dt.date) -> int | None:
    """Age in full years on `day` (from the birth year when that is all that is known)."""
    if member.birth_date is None:
        return None
    birth = member.birth_date
    age = day.year - birth.year
    if (birth.month and birth.day and (day.month, day.day) < (birth.month, birth.day)) or (
        birth.month and not birth.day and day.month < birth.month
    ):
        age -= 1
    return age


@dataclass(frozen=True)
class Composition:
    """Counts of the members on the register on a date (Báo cáo số lượng, chất lượng)."""

    total: int
    women: int
    party: int
    veterans: int
    former_soldiers: int
    age_bands: dict[str, int]
    periods: dict[ServicePeriodKind, int]
    rank_groups: dict[RankGroup, int]
    war_invalids: int
    sick_soldiers: int
    agent_orange: int
    martyr_families: int
    minorities: int
    religious: int
    teams: int = 0  # tổ hội named in the register
    excused: int = 0  # on miễn sinh hoạt on the day
    war_invalid_grades: dict[str, int] = field(default_factory=dict)  # hạng or tỷ lệ → count
    agent_orange_self: int = 0
    agent_orange_child: int = 0
    dien_bien_phu: int = 0
    ho_chi_minh_campaign: int = 0


def composition(
    members: Sequence[Member], day: dt.date, excused: Iterable[int] = ()
) -> Composition:
    """Counts of `members` (those on the register on `day`); `excused`: ids of the members
    on miễn sinh hoạt that day."""
    bands = dict.fromkeys((label for label, _lo, _hi in AGE_BANDS), 0)
    for m in members:
        age = age_on(m, day)
        if age is None:
            continue
        for label, low, high in AGE_BANDS:
            if low <= age <= high:
                bands[label] += 1
    return Composition(
        total=len(members),
        women=sum(m.sex is Sex.FEMALE for m in members),
        party=sum(m.party_member for m in members),
        veterans=sum(m.veteran_kind is VeteranKind.VETERAN for m in members),
        former_soldiers=sum(m.veteran_kind is VeteranKind.FORMER_SOLDIER for m in members),
        age_bands=bands,
        periods={
            k: sum(any(p.kind is k for p in m.periods) for m in members) for k in ServicePeriodKind
        },
        rank_groups={g: sum(m.known_rank_group is g for m in members) for g in RankGroup},
        war_invalids=sum(m.war_invalid for m in members),
        sick_soldiers=sum(m.sick_soldier for m in members),
        agent_orange=sum(m.agent_orange_self or m.agent_orange_child for m in members),
        martyr_families=sum(m.martyr_family for m in members),
        minorities=sum(bool(m.ethnicity) and m.ethnicity != DEFAULT_ETHNICITY for m in members),
        religious=sum(m.religion not in NO_RELIGION for m in members),
        teams=len({m.team.strip() for m in members if m.team.strip()}),
        excused=len({m.id for m in members} & set(excused)),
        war_invalid_grades=_grades(m.war_invalid_grade for m in members if m.war_invalid),
        agent_orange_self=sum(m.agent_orange_self for m in members),
        agent_orange_child=sum(m.agent_orange_child for m in members),
        dien_bien_phu=sum(in_campaign(m, ServicePeriodKind.CHONG_PHAP) for m in members),
        ho_chi_minh_campaign=sum(in_campaign(m, ServicePeriodKind.CHONG_MY) for m in members),
    )


def _grades(grades: Iterable[str]) -> dict[str, int]:
    """War invalids by hạng (or rate), in the order 1/4 … 4/4 then the rest; "chưa ghi hạng"
    for those whose grade was not entered."""
    counts: dict[str, int] = {}
    for grade in grades:
        key = grade.strip() or "chưa ghi hạng"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (kv[0] == "chưa ghi hạng", kv[0])))


def in_campaign(member: Member, kind: ServicePeriodKind) -> bool:
    """Took part in the campaign the records single out for that period (Điện Biên Phủ for
    chống Pháp, Chiến dịch Hồ Chí Minh for chống Mỹ)."""
    return any(p.kind is kind and p.in_notable_campaign for p in member.periods)


@dataclass(frozen=True)
class NewMembers:
    """Members admitted in a period, by sex and by cựu chiến binh / cựu quân nhân."""

    total: int
    women: int
    veterans: int
    former_soldiers: int


def new_members(
    members: Iterable[Member], memberships: dict[int, Membership], start: dt.date, end: dt.date
) -> NewMembers:
    """Members with an admission (kết nạp) dated in the period who were not members the day
    before it."""
    found = []
    for m in members:
        membership = memberships.get(m.id or 0)
        if membership is None:
            continue
        for movement in membership.movements:
            day = movement.date.earliest()
            if (
                movement.kind is MovementKind.ADMITTED
                and start <= day <= end
                and not on_register(membership, day - dt.timedelta(days=1))
            ):
                found.append(m)
                break
    return NewMembers(
        len(found),
        sum(m.sex is Sex.FEMALE for m in found),
        sum(m.veteran_kind is VeteranKind.VETERAN for m in found),
        sum(m.veteran_kind is VeteranKind.FORMER_SOLDIER for m in found),
    )


INCREASES = (MovementKind.ADMITTED, MovementKind.TRANSFERRED_IN)
DECREASES = (MovementKind.TRANSFERRED_OUT, MovementKind.DECEASED, MovementKind.STRUCK_OFF)


@dataclass(frozen=True)
class Reconciliation:
    """đầu kỳ + tăng − giảm = cuối kỳ, each side counted from the movements."""

    start: int
    end: int
    increases: dict[MovementKind, int] = field(default_factory=dict)
    decreases: dict[MovementKind, int] = field(default_factory=dict)

    @property
    def balances(self) -> bool:
        return self.start + sum(self.increases.values()) - sum(self.decreases.values()) == self.end


def reconciliation(
    memberships: Iterable[Membership], start: dt.date, end: dt.date
) -> Reconciliation:
    """Members on the register the day before `start` and on `end`, and the movements between
    that carried members onto or off the register."""
    before = start - dt.timedelta(days=1)
    increases = dict.fromkeys(INCREASES, 0)
    decreases = dict.fromkeys(DECREASES, 0)
    count_start = count_end = 0
    for membership in memberships:
        was = on_register(membership, before)
        now = on_register(membership, end)
        count_start += was
        count_end += now
        net = 0
        for movement in membership.movements:
            day = movement.date.earliest()
            if not start <= day <= end:
                continue
            if movement.kind in INCREASES and not _member_just_before(membership, day):
                increases[movement.kind] += 1
                net += 1
            elif movement.kind in DECREASES and _member_just_before(membership, day):
                decreases[movement.kind] += 1
                net -= 1
        # A member entered with only a date of joining the Hội, inside the period: admitted.
        if int(now) - int(was) != net:
            increases[MovementKind.ADMITTED] += int(now) - int(was) - net
    return Reconciliation(count_start, count_end, increases, decreases)


def _member_just_before(membership: Membership, day: dt.date) -> bool:
    return on_register(membership, day - dt.timedelta(days=1))


# 70 and 75 mừng thọ, 80 and 85 thượng thọ, 90 and over thượng thượng thọ (DOMAIN.md).
LONGEVITY_MILESTONES = {70: "Mừng thọ 70", 75: "Mừng thọ 75", 80: "Mừng thượng thọ 80",
                        85: "Mừng thượng thọ 85", 90: "Mừng thượng thượng thọ 90",
                        95: "Mừng thượng thượng thọ 95"}  # fmt: skip


def longevity_milestone(birth_year: int, year: int, lunar_age: bool) -> tuple[int, str] | None:
    """The age reached in `year` and its celebration, if it is a milestone (100 and over: yearly)."""
    age = year - birth_year + (1 if lunar_age else 0)
    if age >= 100:
        return age, f"Mừng thượng thượng thọ {age}"
    if age in LONGEVITY_MILESTONES:
        return age, LONGEVITY_MILESTONES[age]
    return None


def longevity_list(
    members: Sequence[Member], year: int, lunar_age: bool
) -> list[tuple[Member, int, str]]:
    """Members turning a milestone age in `year` (mừng thọ), in official order."""
    found = []
    for m in members:
        if m.birth_date is None:
            continue
        milestone = longevity_milestone(m.birth_date.year, year, lunar_age)
        if milestone is not None:
            found.append((m, milestone[0], milestone[1]))
    return sorted(found, key=lambda item: (item[0].sort_key, item[0].id or 0))


# Poverty support over any period ---------------------------------------------------------


def support_figures(
    classifications: Sequence[Classification], first_year: int, last_year: int
) -> YearFigures:
    """The support figures between two years' lists (see `figures_between`)."""
    return figures_between(classifications, first_year, last_year)


def case_status_on(
    current: SupportCase, recorded: dict[int, SupportCase | None], day: dt.date
) -> CaseStatus | None:
    """A case's status on `day` (None: not opened yet). `recorded` holds the cases as the
    change history says they stood that day; a case missing from it never changed since it
    was entered. A case marked escaped in a later year was still being helped on `day`."""
    case = recorded.get(current.id, current) if current.id is not None else current
    if case is None or case.opened > day:
        return None
    if (
        case.status is CaseStatus.ESCAPED
        and case.escaped_year is not None
        and case.escaped_year > day.year
    ):
        return CaseStatus.SUPPORTING
    return case.status


def loan_balance_on(current: Loan, recorded: dict[int, Loan | None], day: dt.date) -> int:
    """What was still owed on `day` (dư nợ): the balance last recorded by then; a loan whose
    only balance was written later is counted at its full amount (no repayment known)."""
    if current.id in recorded:
        loan = recorded[current.id]
        if loan is None or loan.disbursed > day:
            return 0
        return loan.outstanding_vnd
    if current.disbursed > day:
        return 0
    if current.balance_date is not None and current.balance_date > day:
        return current.amount_vnd
    return current.outstanding_vnd


def member_during(membership: Membership, start: dt.date, end: dt.date) -> bool:
    """On the register on some day between `start` and `end` (inclusive)."""
    return membership.on_register_between(start, end)
