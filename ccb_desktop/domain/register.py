"""What the member list shows and how it can be narrowed: summaries and filters."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.vocabulary import Rank, Sex, Status


class StatusFilter(StrEnum):
    """Which members the list shows; the default is everyone still on the register."""

    CURRENT = "current"
    ACTIVE = "active"
    EXCUSED = "excused"
    TRANSFERRED_OUT = "transferred_out"
    DECEASED = "deceased"
    STRUCK_OFF = "struck_off"
    ALL = "all"

    def statuses(self) -> tuple[Status, ...]:
        """The statuses this filter lets through."""
        return {
            StatusFilter.CURRENT: (Status.ACTIVE, Status.EXCUSED),
            StatusFilter.ACTIVE: (Status.ACTIVE,),
            StatusFilter.EXCUSED: (Status.EXCUSED,),
            StatusFilter.TRANSFERRED_OUT: (Status.TRANSFERRED_OUT,),
            StatusFilter.DECEASED: (Status.DECEASED,),
            StatusFilter.STRUCK_OFF: (Status.STRUCK_OFF,),
            StatusFilter.ALL: tuple(Status),
        }[self]


class PolicyFilter(StrEnum):
    """Policy groups (sensitive data) the list can be narrowed to."""

    ANY = "any"
    WAR_INVALID = "war_invalid"
    SICK_SOLDIER = "sick_soldier"
    AGENT_ORANGE = "agent_orange"
    MARTYR_FAMILY = "martyr_family"


@dataclass(frozen=True)
class MemberFilter:
    """The list's search text and filters; None means 'no restriction'."""

    search: str = ""
    status: StatusFilter = StatusFilter.CURRENT
    team: str | None = None
    sex: Sex | None = None
    party_member: bool | None = None
    policy: PolicyFilter | None = None


@dataclass(frozen=True)
class MemberSummary:
    """One line of the member list: enough to show, sort and pick a member."""

    id: int
    family_name: str
    given_name: str
    sex: Sex
    birth_date: PartialDate | None
    team: str
    card_number: str
    phone: str
    party_member: bool
    rank: Rank | None
    status: Status
    sort_key: str

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()
