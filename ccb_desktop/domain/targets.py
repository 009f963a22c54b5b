"""The year's targets (chỉ tiêu): their kinds, how each actual value is read, and how a target
is judged during the year (on track or not) and at its end (đạt / vượt / chưa đạt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from ccb_desktop.domain.validation import Issue

_CTX = "Validation"


class TargetKind(StrEnum):
    """What a target counts. The computed kinds read their actual value from what the program
    keeps; a free target carries the actual value the secretary enters by hand."""

    ATTENDANCE_RATE = "ty_le_sinh_hoat"  # tỷ lệ sinh hoạt ≥ x %
    ADMISSIONS = "ket_nap"  # kết nạp n hội viên
    ESCAPED_POVERTY = "thoat_ngheo"  # n hộ thoát nghèo
    FUND_PER_MEMBER = "quy_binh_quan"  # quỹ ≥ x đồng / hội viên
    DUES_PAID = "dong_hoi_phi"  # x % hội viên đóng hội phí
    FREE = "tu_nhap"  # any other target the unit sets, its actual entered by hand

    @property
    def label(self) -> str:
        """The target's name as the review and the lists write it."""
        return {
            TargetKind.ATTENDANCE_RATE: "Tỷ lệ hội viên dự sinh hoạt",
            TargetKind.ADMISSIONS: "Kết nạp hội viên mới",
            TargetKind.ESCAPED_POVERTY: "Hộ hội viên thoát nghèo",
            TargetKind.FUND_PER_MEMBER: "Quỹ Hội bình quân mỗi hội viên",
            TargetKind.DUES_PAID: "Hội viên đóng hội phí",
            TargetKind.FREE: "Chỉ tiêu khác",
        }[self]

    @property
    def unit(self) -> str:
        """The unit its figures are written in."""
        return {
            TargetKind.ATTENDANCE_RATE: "%",
            TargetKind.ADMISSIONS: "hội viên",
            TargetKind.ESCAPED_POVERTY: "hộ",
            TargetKind.FUND_PER_MEMBER: "đồng/hội viên",
            TargetKind.DUES_PAID: "%",
            TargetKind.FREE: "",
        }[self]

    @property
    def is_rate(self) -> bool:
        """A level to hold all year (a rate, an amount per member), not a count to build up."""
        return self in (
            TargetKind.ATTENDANCE_RATE,
            TargetKind.FUND_PER_MEMBER,
            TargetKind.DUES_PAID,
        )

    @property
    def is_percent(self) -> bool:
        return self in (TargetKind.ATTENDANCE_RATE, TargetKind.DUES_PAID)

    @property
    def computed(self) -> bool:
        """Whether the program computes the actual value from what it keeps."""
        return self is not TargetKind.FREE

    @property
    def how(self) -> str:
        """How its actual value is obtained: an English source the UI translates in the
        "Targets" context."""
        return {
            TargetKind.ATTENDANCE_RATE: QT_TRANSLATE_NOOP(
                "Targets",
                "Computed from the attendance: present / expected at the meetings since 1 January.",
            ),
            TargetKind.ADMISSIONS: QT_TRANSLATE_NOOP(
                "Targets", "Computed from the movements: members admitted since 1 January."
            ),
            TargetKind.ESCAPED_POVERTY: QT_TRANSLATE_NOOP(
                "Targets",
                "Computed from the ward's household classification: households off the poor list (once the year's list is entered).",
            ),
            TargetKind.FUND_PER_MEMBER: QT_TRANSLATE_NOOP(
                "Targets",
                "Computed from the funds' cash books: their closing total divided by the members.",
            ),
            TargetKind.DUES_PAID: QT_TRANSLATE_NOOP(
                "Targets",
                "Computed from the dues book: members who paid every period due since 1 January.",
            ),
            TargetKind.FREE: QT_TRANSLATE_NOOP("Targets", "Enter the actual value by hand."),
        }[self]


class Progress(StrEnum):
    """Where a target stands during the year."""

    ON_TRACK = "dung_tien_do"
    BEHIND = "cham"
    UNKNOWN = "chua_co_so_lieu"

    @property
    def label(self) -> str:
        return {
            Progress.ON_TRACK: "Đúng tiến độ",
            Progress.BEHIND: "Chậm so với tiến độ",
            Progress.UNKNOWN: "Chưa có số liệu",
        }[self]


class Judgement(StrEnum):
    """A target judged at the end of its year."""

    EXCEEDED = "vuot"
    MET = "dat"
    MISSED = "chua_dat"
    UNKNOWN = "chua_danh_gia"

    @property
    def label(self) -> str:
        return {
            Judgement.EXCEEDED: "Vượt",
            Judgement.MET: "Đạt",
            Judgement.MISSED: "Chưa đạt",
            Judgement.UNKNOWN: "Chưa đánh giá được",
        }[self]


MAX_TARGET = 10_000_000_000  # ten billion: anything above is a typing slip


@dataclass(frozen=True)
class Target:
    """One target of a year: what it counts, the value aimed at, and for a target the
    program cannot compute, the actual value entered by hand (None: not entered)."""

    year: int
    kind: TargetKind
    value: int  # a whole percent, a count, or đồng
    label: str = ""  # a free target's own name (the kind's name otherwise)
    unit: str = ""  # a free target's unit ("buổi", "đồng", "%")
    actual: int | None = None  # entered by hand, for the kinds not computed
    note: str = ""
    id: int | None = None

    @property
    def name(self) -> str:
        return self.label.strip() or self.kind.label

    @property
    def unit_text(self) -> str:
        return self.unit.strip() if self.kind is TargetKind.FREE else self.kind.unit


@dataclass(frozen=True)
class TargetProgress:
    """A target with its actual value so far (None: not known) and its standing."""

    target: Target
    actual: int | None
    as_of: dt.date
    progress: Progress
    expected_by_now: int  # the share of a count target due by `as_of` (the target for a rate)
    judgement: Judgement  # at the year's end (UNKNOWN while no actual value is known)
    reason: Message | None = None  # why the actual value is not known


def elapsed_share(year: int, day: dt.date) -> float:
    """The share of `year` gone by on `day` (0 before it starts, 1 once it is over)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day < first:
        return 0.0
    if day >= last:
        return 1.0
    return ((day - first).days + 1) / ((last - first).days + 1)


def judge(target: Target, actual: int | None) -> Judgement:
    """đạt / vượt / chưa đạt: an actual value above the target exceeds it, equal meets it.
    A 100 % target can only be met."""
    if actual is None:
        return Judgement.UNKNOWN
    if actual > target.value:
        return Judgement.EXCEEDED
    if actual == target.value:
        return Judgement.MET
    return Judgement.MISSED


def standing(
    target: Target, actual: int | None, as_of: dt.date, reason: Message | None = None
) -> TargetProgress:
    """A target's standing on `as_of`: a rate must already be at its level; a count must
    have reached its share of the year gone by (rounded down: 3 admissions a year are not
    behind in January with none)."""
    if target.kind.is_rate or (target.kind is TargetKind.FREE and target.unit.strip() == "%"):
        due = target.value
    else:
        due = int(target.value * elapsed_share(target.year, as_of))
    if actual is None:
        progress = Progress.UNKNOWN
    else:
        progress = Progress.ON_TRACK if actual >= due else Progress.BEHIND
    return TargetProgress(target, actual, as_of, progress, due, judge(target, actual), reason)


def format_value(value: int | None, unit: str) -> str:
    """A target or actual value with its unit: "90%" (as every report writes a rate), "3 hội viên", "500.000 đồng/hội viên"."""
    if value is None:
        return "chưa có"
    number = f"{value:,}".replace(",", ".")
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()


def check_target(target: Target) -> list[Issue]:
    """What stops a target from being saved, each said to the secretary."""
    issues: list[Issue] = []

    def add(field: str, template: str, **values: object) -> None:
        issues.append(Issue(field, message(_CTX, template, **values)))

    if not 1900 <= target.year <= 2100:
        add("year", QT_TRANSLATE_NOOP("Validation", "The year must be between 1900 and 2100."))
    if target.kind is TargetKind.FREE and not target.label.strip():
        add("label", QT_TRANSLATE_NOOP("Validation", "Give the target a name."))
    if target.value < 0 or target.value > MAX_TARGET:
        add("value", QT_TRANSLATE_NOOP("Validation", "The target must be a number of 0 or more."))
    if target.kind.is_percent and target.value > 100:
        add("value", QT_TRANSLATE_NOOP("Validation", "A rate cannot be above 100 %."))
    if target.actual is not None and (target.actual < 0 or target.actual > MAX_TARGET):
        add(
            "actual",
            QT_TRANSLATE_NOOP("Validation", "The actual value must be a number of 0 or more."),
        )
    return issues


def duplicate_kinds(targets: list[Target]) -> list[TargetKind]:
    """Computed kinds set twice in a year (each is one figure; free targets may be many)."""
    seen: set[TargetKind] = set()
    twice: list[TargetKind] = []
    for t in targets:
        if t.kind is TargetKind.FREE:
            continue
        if t.kind in seen and t.kind not in twice:
            twice.append(t.kind)
        seen.add(t.kind)
    return twice


def unknown_reason(kind: TargetKind) -> Message:
    """Why a target's actual value is not known."""
    if kind is TargetKind.ESCAPED_POVERTY:
        return message(
            "Targets",
            QT_TRANSLATE_NOOP(
                "Targets", "The ward's household classification of the year is not entered yet."
            ),
        )
    if kind is TargetKind.ATTENDANCE_RATE:
        return message(
            "Targets", QT_TRANSLATE_NOOP("Targets", "No meeting's attendance is taken yet.")
        )
    if kind is TargetKind.DUES_PAID:
        return message(
            "Targets",
            QT_TRANSLATE_NOOP("Targets", "No hội phí rate is entered, so nobody owes yet."),
        )
    if kind is TargetKind.FUND_PER_MEMBER:
        return message("Targets", QT_TRANSLATE_NOOP("Targets", "No fund is kept yet."))
    return message("Targets", QT_TRANSLATE_NOOP("Targets", "The actual value is not entered yet."))
