"""Care for members (thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà): the visit and its rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.text import normalize
from ccb_desktop.domain.validation import Issue


class CareKind(StrEnum):
    """What the visit was for."""

    SICK = "om_dau"
    FUNERAL = "phung_vieng"
    LONGEVITY = "chuc_tho"
    GIFT = "tang_qua"

    @property
    def label(self) -> str:
        return {
            CareKind.SICK: "Thăm hỏi ốm đau",
            CareKind.FUNERAL: "Phúng viếng",
            CareKind.LONGEVITY: "Chúc thọ",
            CareKind.GIFT: "Tặng quà",
        }[self]


@dataclass(frozen=True)
class CareVisit:
    """One visit to a member (or their family): when, why, who went, what was given."""

    member_id: int
    date: dt.date
    kind: CareKind
    visited_by: str = ""
    goods: str = ""  # what was given besides money (a gift basket, flowers)
    amount_vnd: int = 0  # money given, exact đồng
    note: str = ""
    id: int | None = None

    def normalized(self) -> CareVisit:
        return CareVisit(
            self.member_id,
            self.date,
            self.kind,
            normalize(self.visited_by),
            normalize(self.goods),
            self.amount_vnd,
            "\n".join(normalize(line) for line in self.note.splitlines()).strip(),
            self.id,
        )


def check_visit(visit: CareVisit, today: dt.date) -> list[Issue]:
    """What must be put right before a visit is saved."""
    issues = []
    if visit.date > today:
        issues.append(
            Issue(
                "date",
                message(
                    "Validation", QT_TRANSLATE_NOOP("Validation", "The date is in the future.")
                ),
            )
        )
    if visit.amount_vnd < 0:
        issues.append(
            Issue(
                "amount_vnd",
                message(
                    "Validation", QT_TRANSLATE_NOOP("Validation", "An amount cannot be negative.")
                ),
            )
        )
    return issues


@dataclass(frozen=True)
class KindFigures:
    """Visits of one kind in a period."""

    visits: int = 0
    people: int = 0  # different members visited
    money_vnd: int = 0


@dataclass(frozen=True)
class CareFigures:
    """What the year-end review reports of care: people and money, by kind and in all."""

    start: dt.date
    end: dt.date
    by_kind: dict[CareKind, KindFigures] = field(default_factory=dict)
    visits: int = 0
    people: int = 0
    money_vnd: int = 0


def care_figures(visits: Iterable[CareVisit], start: dt.date, end: dt.date) -> CareFigures:
    """Count the visits dated from `start` to `end` (inclusive), by kind and in all."""
    within = [v for v in visits if start <= v.date <= end]
    by_kind = {}
    for kind in CareKind:
        of_kind = [v for v in within if v.kind is kind]
        by_kind[kind] = KindFigures(
            len(of_kind), len({v.member_id for v in of_kind}), sum(v.amount_vnd for v in of_kind)
        )
    return CareFigures(
        start,
        end,
        by_kind,
        len(within),
        len({v.member_id for v in within}),
        sum(v.amount_vnd for v in within),
    )
