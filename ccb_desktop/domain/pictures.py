"""The series the home screen draws: members by age band and by thời kỳ, attendance per
meeting, poor and near-poor households and membership across the years (pure)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ccb_desktop.domain.meetings import Membership
from ccb_desktop.domain.reports import on_register
from ccb_desktop.domain.support import Classification, HouseholdCategory


@dataclass(frozen=True)
class Series:
    """Bars to draw: a label under each, one value per bar and group (one group or two)."""

    labels: list[str]
    values: list[list[float]]  # values[group][bar]
    groups: list[str]  # the legend, one name per group ("" for a single group)
    percent: bool = False  # values are rates in %, written with a %


def members_by_year(
    memberships: Mapping[int, Membership], years: Sequence[int], today: dt.date
) -> list[int]:
    """Members on the register on 31 December of each year (today for this year)."""
    return [
        sum(on_register(m, min(dt.date(year, 12, 31), today)) for m in memberships.values())
        for year in years
    ]


def households_by_year(
    classifications: Iterable[Classification], years: Sequence[int]
) -> tuple[list[int], list[int]]:
    """Poor and near-poor member households of each year, by the ward's official result."""
    poor = dict.fromkeys(years, 0)
    near = dict.fromkeys(years, 0)
    for c in classifications:
        if c.year in poor and c.category is HouseholdCategory.POOR:
            poor[c.year] += 1
        elif c.year in near and c.category is HouseholdCategory.NEAR_POOR:
            near[c.year] += 1
    return [poor[y] for y in years], [near[y] for y in years]
