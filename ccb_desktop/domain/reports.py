"""The figures and rows of the ward's reports, computed from movements (not today's status)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ccb_desktop.domain.meetings import Membership
from ccb_desktop.domain.member import Member
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


def composition(members: Sequence[Member], day: dt.date) -> Composition:
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


LONGEVITY_MILESTONES = {70: "Mừng thọ 70", 75: "Mừng thọ 75", 80: "Mừng thượng thọ 80",
                        85: "Mừng thượng thọ 85", 90: "Mừng đại thọ 90", 95: "Mừng đại thọ 95"}  # fmt: skip


def longevity_milestone(birth_year: int, year: int, lunar_age: bool) -> tuple[int, str] | None:
    """The age reached in `year` and its celebration, if it is a milestone (100 and over: yearly)."""
    age = year - birth_year + (1 if lunar_age else 0)
    if age >= 100:
        return age, f"Mừng đại thọ {age}"
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
