"""The honours the Hội marks: Party-badge milestones, the Kỷ niệm chương and mừng thọ (pure rules)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.reports import in_campaign, longevity_milestone
from ccb_desktop.domain.unit import MeetingCycle
from ccb_desktop.domain.vocabulary import MovementKind, ServicePeriodKind, Status

# Years of Party membership a Huy hiệu Đảng marks.
PARTY_BADGE_MILESTONES = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
# The days badges are presented on, (month, day), in the order of the year.
BADGE_DAYS = ((2, 3), (5, 19), (9, 2), (11, 7))
# The Kỷ niệm chương is presented on the Hội's founding day.
HOI_DAY = (12, 6)


class HonourKind(StrEnum):
    """The three honours, by the command line's names."""

    LONGEVITY = "mung-tho"
    PARTY_BADGE = "huy-hieu-dang"
    MEDAL = "ky-niem-chuong"


@dataclass(frozen=True)
class Honour:
    """One member reaching an honour in a year: what and (for a badge) on which day."""

    kind: HonourKind
    member: Member
    number: int  # the age, the years in the Party, or the years in the Hội
    description: str  # in Vietnamese, as the lists print it
    presentation: dt.date | None = None  # the badge's presentation day, when the date allows

    @property
    def detail(self) -> str:
        """The description with the presentation day (the command line's third column)."""
        if self.presentation is None:
            return self.description
        return f"{self.description}, trao ngày {self.presentation:%d/%m/%Y}"


def is_current(member: Member) -> bool:
    """On the register today (attending or excused): the living members honours are for."""
    return member.status in (Status.ACTIVE, Status.EXCUSED)


def party_admission(member: Member) -> PartialDate | None:
    """The Party admission date as known: the full or partial date, else the year alone."""
    if not member.party_member:
        return None
    if member.party_admitted is not None:
        return member.party_admitted
    return PartialDate(member.party_year) if member.party_year else None


def badge_day(anniversary: dt.date) -> dt.date:
    """The first presentation day (3/2, 19/5, 2/9, 7/11) on or after the anniversary; after
    7/11 it is 3/2 of the next year."""
    for month, day in BADGE_DAYS:
        candidate = dt.date(anniversary.year, month, day)
        if candidate >= anniversary:
            return candidate
    month, day = BADGE_DAYS[0]
    return dt.date(anniversary.year + 1, month, day)


def party_badge(member: Member, year: int) -> Honour | None:
    """The Huy hiệu Đảng milestone the member reaches in `year`, if any.

    The anniversary of a date known only to the month is taken at the month's end, so the
    badge is never dated before the member reaches it; a year alone gives no day.
    """
    admitted = party_admission(member)
    if admitted is None:
        return None
    years = year - admitted.year
    if years not in PARTY_BADGE_MILESTONES:
        return None
    if admitted.month is None:
        return Honour(
            HonourKind.PARTY_BADGE,
            member,
            years,
            f"{years} năm tuổi Đảng (vào Đảng năm {admitted.year}: chưa rõ ngày, "
            "chưa biết đợt trao)",
        )
    last = admitted.latest()
    anniversary = _same_day(last, year)
    day = badge_day(anniversary)
    return Honour(
        HonourKind.PARTY_BADGE,
        member,
        years,
        f"{years} năm tuổi Đảng (vào Đảng {admitted.display()})",
        day,
    )


def _same_day(day: dt.date, year: int) -> dt.date:
    """The same day and month in `year` (28/2 for 29/2 in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def years_in_hoi(joined: PartialDate, on: dt.date) -> int:
    """Full years in the Hội on a day, from a possibly partial date of joining."""
    years = on.year - joined.year
    if joined.month is not None and (
        on.month < joined.month
        or (joined.day is not None and (on.month, on.day) < (joined.month, joined.day))
    ):
        years -= 1
    return years


# What ends a time struck off the roll: being admitted again (kết nạp lại) or taken in by
# transfer. Leaving by transfer is not a gap: the member stays in the Hội elsewhere.
_BACK_ON_THE_ROLL = (MovementKind.ADMITTED, MovementKind.TRANSFERRED_IN)


def days_struck_off(movements: Sequence[Movement], until: dt.date) -> int:
    """Days off the roll before `until`: from each Xóa tên to the next admission or transfer
    in (or to `until`). A partial date counts from the first day it stands for."""
    ordered = sorted(
        (m for m in movements if m.date.earliest() <= until),
        key=lambda m: (m.date.earliest(), m.id or 0),
    )
    total, since = 0, None
    for movement in ordered:
        if movement.kind is MovementKind.STRUCK_OFF and since is None:
            since = movement.date.earliest()
        elif movement.kind in _BACK_ON_THE_ROLL and since is not None:
            total += (movement.date.earliest() - since).days
            since = None
    if since is not None:
        total += (until - since).days
    return total


def tuoi_hoi(member: Member, on: dt.date) -> int | None:
    """Tuổi Hội on a day: full years from the first admission (joined_hoi), less any time
    struck off the roll (DOMAIN.md); None when the date of joining is not known."""
    if member.joined_hoi is None:
        return None
    gap = days_struck_off(member.movements, on)
    if gap <= 0:
        return years_in_hoi(member.joined_hoi, on)
    # The time off the roll moves the start later; the start's first possible day is used,
    # as a date known only to the month or the year is counted elsewhere in these lists.
    start = member.joined_hoi.earliest() + dt.timedelta(days=gap)
    return years_in_hoi(PartialDate(start.year, start.month, start.day), on)


def medal_candidate(member: Member, year: int, threshold: int) -> Honour | None:
    """A Kỷ niệm chương candidate in `year`: never awarded before, living, and at least
    `threshold` full years in the Hội (less any time struck off) on the Hội's day (6/12)."""
    if threshold <= 0 or member.medal_year is not None or member.joined_hoi is None:
        return None
    if member.status is Status.DECEASED:
        return None  # never posthumously
    day = dt.date(year, *HOI_DAY)
    years = tuoi_hoi(member, day)
    if years is None or years < threshold:
        return None
    gap = days_struck_off(member.movements, day)
    months = round(gap / 30.44)  # an average month: the text says it roughly
    less = f"; trừ {months} tháng bị xóa tên" if months else ""
    return Honour(
        HonourKind.MEDAL,
        member,
        years,
        f"{years} năm tuổi Hội (vào Hội {member.joined_hoi.display()}{less}), chưa nhận",
    )


def longevity(member: Member, year: int, lunar_age: bool) -> Honour | None:
    """Mừng thọ: the member reaches 70, 75, 80, 85, 90, 95 or 100+ in `year`."""
    if member.birth_date is None:
        return None
    found = longevity_milestone(member.birth_date.year, year, lunar_age)
    if found is None:
        return None
    age, label = found
    return Honour(HonourKind.LONGEVITY, member, age, f"{age} tuổi – {label}")


def _ordered(found: Iterable[Honour]) -> list[Honour]:
    return sorted(found, key=lambda h: (h.member.sort_key, h.member.id or 0))


def longevity_honours(members: Sequence[Member], year: int, lunar_age: bool) -> list[Honour]:
    return _ordered(h for m in members if is_current(m) and (h := longevity(m, year, lunar_age)))


def party_badges(members: Sequence[Member], year: int) -> list[Honour]:
    """Badges reached in `year`, by presentation day (unknown days last), then name."""
    found = [h for m in members if is_current(m) and (h := party_badge(m, year))]
    far = dt.date.max
    return sorted(found, key=lambda h: (h.presentation or far, h.member.sort_key, h.member.id or 0))


def medal_candidates(members: Sequence[Member], year: int, threshold: int) -> list[Honour]:
    return _ordered(
        h for m in members if is_current(m) and (h := medal_candidate(m, year, threshold))
    )


def honours(
    members: Sequence[Member], year: int, lunar_age: bool, medal_threshold: int
) -> list[Honour]:
    """Every honour of the year: mừng thọ, then Party badges, then medal candidates."""
    return [
        *longevity_honours(members, year, lunar_age),
        *party_badges(members, year),
        *medal_candidates(members, year, medal_threshold),
    ]


def birthdays_in_month(members: Sequence[Member], year: int, month: int) -> list[Member]:
    """Current members born in that month (day unknown: listed last), by day then name."""
    found = [
        m
        for m in members
        if is_current(m) and m.birth_date is not None and m.birth_date.month == month
    ]
    return sorted(found, key=lambda m: ((m.birth_date and m.birth_date.day) or 32, m.sort_key))


# The meeting calendar the home screen keeps ----------------------------------------------

_CYCLE_MONTHS = {MeetingCycle.MONTHLY: 1, MeetingCycle.BIMONTHLY: 2, MeetingCycle.QUARTERLY: 3}


def cycle_period(cycle: MeetingCycle, day: dt.date) -> tuple[dt.date, dt.date]:
    """The month, two months or quarter (counted from January) holding `day`: the span in
    which the chi hội's one regular meeting falls."""
    months = _CYCLE_MONTHS[cycle]
    first = (day.month - 1) // months * months + 1
    last = first + months - 1
    return dt.date(day.year, first, 1), dt.date(
        day.year, last, calendar.monthrange(day.year, last)[1]
    )


@dataclass(frozen=True)
class MeetingDue:
    """Where the regular meetings stand: the span the next one is due in, and the last one."""

    due_start: dt.date
    due_end: dt.date
    last_meeting: dt.date | None
    last_taken: bool  # the last meeting's attendance was recorded
    previous_missing: bool  # the span before the current one has no meeting recorded


def meeting_due(
    cycle: MeetingCycle, today: dt.date, meetings: Sequence[tuple[dt.date, bool]]
) -> MeetingDue:
    """From the meetings held up to today ((date, attendance taken), any order): the next
    meeting is due in the current span, or in the next one if the current span has one."""
    held = sorted(m for m in meetings if m[0] <= today)
    start, end = cycle_period(cycle, today)
    if any(start <= day <= end for day, _taken in held):
        start, end = cycle_period(cycle, end + dt.timedelta(days=1))
    current_start, _current_end = cycle_period(cycle, today)
    before_start, before_end = cycle_period(cycle, current_start - dt.timedelta(days=1))
    previous_missing = not any(before_start <= day <= before_end for day, _taken in held)
    last = held[-1] if held else None
    return MeetingDue(
        start,
        end,
        last[0] if last else None,
        bool(last and last[1]),
        previous_missing,
    )


# Traditional days and the list each needs ------------------------------------------------


class TraditionalDay(StrEnum):
    """The days the Hội marks, by day/month, in the order of the year."""

    PARTY = "3/2"
    LIBERATION = "30/4"
    DIEN_BIEN_PHU = "7/5"
    UNCLE_HO = "19/5"
    INVALIDS_AND_MARTYRS = "27/7"
    NATIONAL_DAY = "2/9"
    HOI_FOUNDING = "6/12"
    ARMY = "22/12"

    @property
    def day_month(self) -> tuple[int, int]:
        day, month = self.value.split("/")
        return int(day), int(month)

    @property
    def label(self) -> str:
        """The day's name, in Vietnamese, as lists and workbooks print it."""
        return _DAY_LABELS[self][0]

    @property
    def list_title(self) -> str:
        """The title of the day's list, in Vietnamese."""
        return _DAY_LABELS[self][1]

    @property
    def gift_sheet(self) -> bool:
        """The list is signed for (gifts handed over): a gift and a signature column."""
        return self in (TraditionalDay.INVALIDS_AND_MARTYRS, TraditionalDay.ARMY)


_DAY_LABELS = {
    TraditionalDay.PARTY: ("3/2 – Ngày thành lập Đảng", "Danh sách trao Huy hiệu Đảng đợt 3/2 (tham khảo)"),
    TraditionalDay.LIBERATION: ("30/4 – Ngày giải phóng miền Nam", "Danh sách hội viên dự Chiến dịch Hồ Chí Minh"),
    TraditionalDay.DIEN_BIEN_PHU: ("7/5 – Chiến thắng Điện Biên Phủ", "Danh sách hội viên tham gia kháng chiến chống Pháp, dự chiến dịch Điện Biên Phủ"),
    TraditionalDay.UNCLE_HO: ("19/5 – Ngày sinh Chủ tịch Hồ Chí Minh", "Danh sách trao Huy hiệu Đảng đợt 19/5 (tham khảo)"),
    TraditionalDay.INVALIDS_AND_MARTYRS: ("27/7 – Ngày Thương binh – Liệt sĩ", "Danh sách tặng quà thương binh, bệnh binh, nhiễm chất độc da cam, gia đình liệt sĩ"),
    TraditionalDay.NATIONAL_DAY: ("2/9 – Quốc khánh", "Danh sách trao Huy hiệu Đảng đợt 2/9 (tham khảo)"),
    TraditionalDay.HOI_FOUNDING: ("6/12 – Ngày truyền thống Hội CCB Việt Nam", "Danh sách đề nghị tặng Kỷ niệm chương"),
    TraditionalDay.ARMY: ("22/12 – Ngày thành lập QĐND Việt Nam", "Danh sách hội viên gặp mặt, tặng quà 22/12"),
}  # fmt: skip


def policy_groups(member: Member) -> str:
    """A member's policy groups in words (sensitive: the 27/7 list only)."""
    parts = []
    if member.war_invalid:
        grade = f" {member.war_invalid_grade}" if member.war_invalid_grade else ""
        parts.append(f"Thương binh{grade}")
    if member.sick_soldier:
        grade = f" {member.sick_soldier_grade}" if member.sick_soldier_grade else ""
        parts.append(f"Bệnh binh{grade}")
    if member.agent_orange_self:
        parts.append("Nhiễm CĐDC")
    if member.agent_orange_child:
        parts.append("Con nhiễm CĐDC")
    if member.martyr_family:
        parts.append("Gia đình liệt sĩ")
    return ", ".join(parts)


def day_list(
    day: TraditionalDay, members: Sequence[Member], year: int, medal_threshold: int
) -> list[tuple[Member, str]]:
    """Who the day's list names in `year`, with what to write beside each, in the list's order.

    Badges: those presented on that day; 30/4: the campaign's veterans; 7/5: the members who
    served against the French (Điện Biên Phủ veterans named so); 27/7: the
    policy groups; 6/12: the Kỷ niệm chương candidates; 22/12: every current member.
    """
    current = sorted((m for m in members if is_current(m)), key=lambda m: (m.sort_key, m.id or 0))
    badge_days = {
        TraditionalDay.PARTY: (2, 3),
        TraditionalDay.UNCLE_HO: (5, 19),
        TraditionalDay.NATIONAL_DAY: (9, 2),
    }
    if day in badge_days:
        month, mday = badge_days[day]
        on = dt.date(year, month, mday)
        return [
            (h.member, h.description) for h in party_badges(current, year) if h.presentation == on
        ]
    if day is TraditionalDay.LIBERATION:
        return [
            (m, "Chiến dịch Hồ Chí Minh")
            for m in current
            if in_campaign(m, ServicePeriodKind.CHONG_MY)
        ]
    if day is TraditionalDay.DIEN_BIEN_PHU:
        # Điện Biên Phủ veterans first named, then every member who served against the French.
        return [
            (m, "Chiến dịch Điện Biên Phủ")
            if in_campaign(m, ServicePeriodKind.CHONG_PHAP)
            else (m, "Kháng chiến chống Pháp")
            for m in current
            if any(p.kind is ServicePeriodKind.CHONG_PHAP for p in m.periods)
        ]
    if day is TraditionalDay.INVALIDS_AND_MARTYRS:
        return [(m, groups) for m in current if (groups := policy_groups(m))]
    if day is TraditionalDay.HOI_FOUNDING:
        return [(h.member, h.description) for h in medal_candidates(current, year, medal_threshold)]
    return [(m, m.veteran_kind.label) for m in current]
