"""The honours of a year (mừng thọ, Huy hiệu Đảng, Kỷ niệm chương), read from the register."""

from __future__ import annotations

from dataclasses import dataclass

from ccb_desktop.db import members as member_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.domain import honours as rules
from ccb_desktop.domain.honours import Honour
from ccb_desktop.domain.member import Member
from ccb_desktop.services.clock import Clock, SystemClock


@dataclass(frozen=True)
class YearHonours:
    """The three lists of a year, and the settings they were counted with."""

    year: int
    longevity: list[Honour]
    party_badges: list[Honour]
    medals: list[Honour]
    medal_threshold: int  # 0: the unit has not entered the criterion, nobody is listed
    lunar_age: bool

    def all(self) -> list[Honour]:
        return [*self.longevity, *self.party_badges, *self.medals]


class HonoursService:
    """Who reaches an honour in a year; the window, the home screen and `ccb-desktop honours`
    read the same lists."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def members(self) -> list[Member]:
        """Every living record, complete (the honours read dates the summaries do not hold)."""
        with storage_errors(self.db):
            return member_repo.all_members(self.db)

    def of_year(self, year: int | None = None, members: list[Member] | None = None) -> YearHonours:
        """The honours of `year` (this year by default)."""
        year = year or self.clock.today().year
        with storage_errors(self.db):
            unit = load_unit_settings(self.db)
        everyone = members if members is not None else self.members()
        threshold = max(unit.medal_min_years, 0)
        return YearHonours(
            year,
            rules.longevity_honours(everyone, year, unit.longevity_lunar_age),
            rules.party_badges(everyone, year),
            rules.medal_candidates(everyone, year, threshold),
            threshold,
            unit.longevity_lunar_age,
        )
