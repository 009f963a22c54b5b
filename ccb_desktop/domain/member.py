"""The member record (hồ sơ hội viên) as the official forms group it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.text import join_full_name, name_sort_key, normalize
from ccb_desktop.domain.vocabulary import (
    DEFAULT_ETHNICITY,
    Benefit,
    DischargeKind,
    MovementKind,
    Rank,
    RankGroup,
    ServicePeriodKind,
    Sex,
    Status,
    VeteranKind,
)


@dataclass(frozen=True)
class ServicePeriod:
    """One period of service (thời kỳ), with the notable campaign of that period if taken part."""

    kind: ServicePeriodKind
    from_year: int | None = None
    to_year: int | None = None
    in_notable_campaign: bool = False
    note: str = ""


@dataclass(frozen=True)
class Movement:
    """A change of membership (biến động) with its date and paper number."""

    kind: MovementKind
    date: PartialDate
    paper_number: str = ""
    note: str = ""
    id: int | None = None
    member_id: int | None = None


@dataclass(frozen=True)
class Member:
    """A complete member record. Text fields are stored NFC; dates may be partial."""

    # Identity
    family_name: str  # họ và chữ đệm
    given_name: str  # tên: the sort word
    sex: Sex = Sex.MALE
    birth_date: PartialDate | None = None
    ethnicity: str = DEFAULT_ETHNICITY
    religion: str = ""
    hometown: str = ""
    address: str = ""
    phone: str = ""
    id_card: str = ""  # số CCCD: sensitive, always masked in views
    # Military service
    enlisted: PartialDate | None = None
    discharged: PartialDate | None = None
    discharge_kind: DischargeKind | None = None
    rank: Rank | None = None
    # The rank group when a roster gave only that (a tick under "Cấp úy"): never a guessed rank.
    rank_group: RankGroup | None = None
    position: str = ""  # chức vụ khi ra quân
    unit: str = ""  # đơn vị trước khi ra quân
    benefit: Benefit | None = None
    periods: tuple[ServicePeriod, ...] = ()
    # Party and Hội
    party_member: bool = False
    party_year: int | None = None
    # The date of the admission decision (partial allowed); its year is `party_year`.
    party_admitted: PartialDate | None = None
    joined_hoi: PartialDate | None = None
    card_number: str = ""
    card_year: int | None = None
    admission_group: str = ""
    veteran_kind: VeteranKind = VeteranKind.VETERAN
    hoi_role: str = ""
    team: str = ""  # tổ hội
    medal_year: int | None = None  # Kỷ niệm chương
    # Policy groups (sensitive)
    war_invalid: bool = False
    war_invalid_grade: str = ""  # hạng 1/4 … 4/4 or a rate such as 41%
    sick_soldier: bool = False
    sick_soldier_grade: str = ""
    agent_orange_self: bool = False
    agent_orange_child: bool = False
    martyr_family: bool = False
    notes: str = ""
    # Kept by the register
    id: int | None = None
    status: Status = Status.ACTIVE
    movements: tuple[Movement, ...] = field(default=())

    @property
    def full_name(self) -> str:
        return join_full_name(self.family_name, self.given_name)

    @property
    def known_rank_group(self) -> RankGroup | None:
        """The rank group: that of the rank, or the group alone when only it is known."""
        return self.rank.group if self.rank is not None else self.rank_group

    @property
    def sort_key(self) -> str:
        return name_sort_key(self.given_name, self.family_name)

    def normalized(self) -> Member:
        """The same record with every text field in NFC and single-spaced."""
        texts: dict[str, Any] = {
            name: normalize(getattr(self, name))
            for name in (
                "family_name",
                "given_name",
                "ethnicity",
                "religion",
                "hometown",
                "address",
                "phone",
                "id_card",
                "position",
                "unit",
                "card_number",
                "admission_group",
                "hoi_role",
                "team",
                "war_invalid_grade",
                "sick_soldier_grade",
            )
        }
        # Notes keep their line breaks; only normalise the characters.
        texts["notes"] = "\n".join(normalize(line) for line in self.notes.splitlines()).strip()
        periods = tuple(replace(p, note=normalize(p.note)) for p in self.periods)
        party_year = party_year_kept(self.party_member, self.party_year)
        admitted = self.party_admitted if self.party_member else None
        if admitted is not None:
            party_year = admitted.year  # the year is the admission date's, never another
        elif party_year is not None and 1800 <= party_year <= 2200:
            admitted = PartialDate(party_year)  # only the year is known (a roster, an old file)
        return replace(
            self, periods=periods, party_year=party_year, party_admitted=admitted, **texts
        )


def party_year_kept(party_member: bool, year: int | None) -> int | None:
    """The year a member joined the Party, kept only for a Party member (a year typed and
    then unticked is not saved)."""
    return year if party_member else None


def status_after(movements: list[Movement] | tuple[Movement, ...]) -> Status:
    """The status a member has after these movements: that of the latest one.

    Movements are ordered by the first day their (possibly partial) date stands for, then
    by the order they were recorded; a member with no movement is active.
    """
    if not movements:
        return Status.ACTIVE
    latest = max(
        enumerate(movements), key=lambda pair: (pair[1].date.earliest(), pair[1].id or 0, pair[0])
    )[1]
    return latest.kind.resulting_status


def status_on(movements: list[Movement] | tuple[Movement, ...], day: dt.date) -> Status:
    """The status on a given day, from the movements dated on or before it."""
    return status_after([m for m in movements if m.date.earliest() <= day])


def mask_id_card(number: str) -> str:
    """Show only the last four digits of a CCCD number, as privacy law asks of views."""
    number = number.strip()
    if not number:
        return ""
    if len(number) <= 4:
        return "•" * len(number)
    return "•" * (len(number) - 4) + number[-4:]
