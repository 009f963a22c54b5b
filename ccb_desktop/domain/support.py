"""Poverty support (giúp nhau giảm nghèo): household classification, cases, help given, loans,
visits, the poverty standards, and the year figures the ward asks for."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

MAX_AMOUNT_VND = 10_000_000_000  # ten billion đồng: anything above is a typing slip


class HouseholdCategory(StrEnum):
    """The ward People's Committee's official result for the year (recorded, never computed)."""

    POOR = "ho_ngheo"
    NEAR_POOR = "ho_can_ngheo"
    AVERAGE = "muc_song_trung_binh"
    NONE = "khong_thuoc_dien"

    @property
    def label(self) -> str:
        return {
            HouseholdCategory.POOR: "Hộ nghèo",
            HouseholdCategory.NEAR_POOR: "Hộ cận nghèo",
            HouseholdCategory.AVERAGE: "Hộ có mức sống trung bình",
            HouseholdCategory.NONE: "Không thuộc diện",
        }[self]


class HoiGrade(StrEnum):
    """The Hội's own grading of a member household's economy."""

    HARD = "kho_khan"
    AVERAGE = "trung_binh"
    GOOD = "kha"
    RICH = "giau"

    @property
    def label(self) -> str:
        return {
            HoiGrade.HARD: "Khó khăn",
            HoiGrade.AVERAGE: "Trung bình",
            HoiGrade.GOOD: "Khá",
            HoiGrade.RICH: "Giàu",
        }[self]


class Area(StrEnum):
    URBAN = "thanh_thi"
    RURAL = "nong_thon"

    @property
    def label(self) -> str:
        return {Area.URBAN: "Thành thị", Area.RURAL: "Nông thôn"}[self]


class Housing(StrEnum):
    SOLID = "kien_co"
    SEMI_SOLID = "ban_kien_co"
    TEMPORARY = "nha_tam"
    NONE = "chua_co_nha"

    @property
    def label(self) -> str:
        return {
            Housing.SOLID: "Nhà kiên cố",
            Housing.SEMI_SOLID: "Nhà bán kiên cố",
            Housing.TEMPORARY: "Nhà tạm, dột nát",
            Housing.NONE: "Chưa có nhà",
        }[self]


class CaseStatus(StrEnum):
    SUPPORTING = "dang_ho_tro"
    ESCAPED = "da_thoat_ngheo"
    RELAPSED = "tai_ngheo"
    MOVED = "chuyen_di"
    CLOSED = "dong"

    @property
    def label(self) -> str:
        return {
            CaseStatus.SUPPORTING: "Đang hỗ trợ",
            CaseStatus.ESCAPED: "Đã thoát nghèo",
            CaseStatus.RELAPSED: "Tái nghèo",
            CaseStatus.MOVED: "Chuyển đi",
            CaseStatus.CLOSED: "Đóng",
        }[self]

    @property
    def is_open(self) -> bool:
        return self in (CaseStatus.SUPPORTING, CaseStatus.RELAPSED)


class SupportKind(StrEnum):
    BANK_LOAN = "vay_nhcsxh"
    HOI_LOAN = "vay_quy_hoi"
    ROTATING_CAPITAL = "gop_von_xoay_vong"
    HOUSE_NEW = "nha_ntdd_xay_moi"
    HOUSE_REPAIR = "nha_ntdd_sua_chua"
    WORK_DAYS = "ngay_cong"
    SEEDLINGS = "cay_con_giong"
    GIFT = "qua"
    SICK_VISIT = "tham_om"
    SCHOLARSHIP = "hoc_bong"
    HEALTH_CARD = "the_bhyt"
    OTHER = "khac"
    CASH = "tien_mat"

    @property
    def label(self) -> str:
        return {
            SupportKind.CASH: "Tiền mặt",
            SupportKind.BANK_LOAN: "Vay vốn Ngân hàng CSXH",
            SupportKind.HOI_LOAN: "Vay quỹ Hội",
            SupportKind.ROTATING_CAPITAL: "Góp vốn xoay vòng",
            SupportKind.HOUSE_NEW: "Nhà Nghĩa tình đồng đội – xây mới",
            SupportKind.HOUSE_REPAIR: "Nhà Nghĩa tình đồng đội – sửa chữa",
            SupportKind.WORK_DAYS: "Ngày công",
            SupportKind.SEEDLINGS: "Cây con giống",
            SupportKind.GIFT: "Quà",
            SupportKind.SICK_VISIT: "Thăm ốm",
            SupportKind.SCHOLARSHIP: "Học bổng",
            SupportKind.HEALTH_CARD: "Thẻ BHYT",
            SupportKind.OTHER: "Khác",
        }[self]


class SupportSource(StrEnum):
    SOCIAL_BANK = "nhcsxh"
    HOI_FUND = "quy_hoi"
    FOR_THE_POOR_FUND = "quy_vi_nguoi_ngheo"
    GOVERNMENT = "chinh_quyen"
    DONOR = "nha_hao_tam"
    HIGHER_HOI = "hoi_cap_tren"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return {
            SupportSource.SOCIAL_BANK: "Ngân hàng CSXH",
            SupportSource.HOI_FUND: "Quỹ Hội",
            SupportSource.FOR_THE_POOR_FUND: "Quỹ Vì người nghèo",
            SupportSource.GOVERNMENT: "Chính quyền",
            SupportSource.DONOR: "Nhà hảo tâm",
            SupportSource.HIGHER_HOI: "Hội cấp trên",
            SupportSource.OTHER: "Khác",
        }[self]


@dataclass(frozen=True)
class PovertyStandard:
    """A national poverty line with its validity (reference data, not code)."""

    decree: str
    valid_from: dt.date
    valid_to: dt.date | None
    rural_vnd: int  # per person per month
    urban_vnd: int


def standard_on(standards: Iterable[PovertyStandard], day: dt.date) -> PovertyStandard | None:
    """The standard in force on `day` (the latest starting one, if several overlap)."""
    valid = [
        s for s in standards if s.valid_from <= day and (s.valid_to is None or day <= s.valid_to)
    ]
    return max(valid, key=lambda s: s.valid_from) if valid else None


@dataclass(frozen=True)
class Classification:
    """A member household's classification for one year."""

    member_id: int
    year: int
    category: HouseholdCategory
    decision: str = ""  # số quyết định
    decision_date: dt.date | None = None
    area: Area = Area.URBAN
    housing: Housing | None = None
    hoi_grade: HoiGrade | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SupportCase:
    """One household in difficulty, followed until it escapes poverty or the case closes."""

    member_id: int
    opened: dt.date
    cause: str = ""
    plan: str = ""
    status: CaseStatus = CaseStatus.SUPPORTING
    escaped_year: int | None = None
    closed_reason: str = ""
    id: int | None = None


def loan_balance(amount_vnd: int, outstanding_vnd: int | None) -> int:
    """The balance still owed: the whole amount lent until a balance is entered."""
    return amount_vnd if outstanding_vnd is None else outstanding_vnd


def closed_reason_kept(status: CaseStatus, reason: str) -> str:
    """Why a case was closed (the member moved away or died) stays only while it is closed:
    reopening the case clears it."""
    return "" if status.is_open else reason


@dataclass(frozen=True)
class Support:
    """Help given: money (đồng), work days or goods, from a source, on a date."""

    case_id: int
    date: dt.date
    kind: SupportKind
    source: SupportSource
    amount_vnd: int | None = None
    work_days: int | None = None
    goods: str = ""
    delivered_by: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Loan:
    """A loan with its balance as last known."""

    case_id: int
    source: SupportSource
    amount_vnd: int
    purpose: str
    disbursed: dt.date
    due: dt.date | None = None
    outstanding_vnd: int = 0
    overdue_vnd: int = 0
    balance_date: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True)
class Visit:
    """A visit or note, with the date of the next follow-up."""

    case_id: int
    date: dt.date
    note: str
    next_visit: dt.date | None = None
    visited_by: str = ""
    id: int | None = None


# Money ------------------------------------------------------------------------------------

_MONEY = re.compile(r"^\d{1,3}(?:[.,\s]\d{3})+$|^\d+$")


class AmountError(ValueError):
    def __init__(self, msg: Message) -> None:
        super().__init__(msg.render())
        self.msg = msg


def parse_vnd(text: str) -> int | None:
    """Read an amount in đồng typed as 1.500.000, 1,500,000, 1 500 000 or 1500000.

    Returns None for empty text; refuses decimals, negatives and absurd amounts.
    """
    text = (text or "").strip().removesuffix("đ").removesuffix("đồng").strip()
    if not text:
        return None
    if text.startswith("-"):
        raise AmountError(
            message("Validation", QT_TRANSLATE_NOOP("Validation", "An amount cannot be negative."))
        )
    if not _MONEY.match(text):
        raise AmountError(
            message(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "Write the amount in đồng, e.g. 1.500.000."),
            )
        )
    value = int(re.sub(r"[.,\s]", "", text))
    if value > MAX_AMOUNT_VND:
        raise AmountError(
            message(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "{amount} đồng is too large for one entry: check the digits."
                ),
                amount=format_vnd(value),
            )
        )
    return value


def format_vnd(value: int | None) -> str:
    """1500000 -> '1.500.000' (Vietnamese thousands separator)."""
    return "" if value is None else f"{value:,}".replace(",", ".")


# Year figures -----------------------------------------------------------------------------

POOR_OR_NEAR = (HouseholdCategory.POOR, HouseholdCategory.NEAR_POOR)


@dataclass(frozen=True)
class YearFigures:
    """What the ward asks each year, with the reconciliation đầu kỳ + tăng − giảm = cuối kỳ."""

    year: int
    poor_start: int
    poor_end: int
    near_poor_start: int
    near_poor_end: int
    escaped: int  # left the poor list this year
    new_poor: int  # poor this year, never before
    relapsed: int  # poor this year again after having left
    escaped_members: tuple[int, ...] = field(default=())

    @property
    def reconciles(self) -> bool:
        return self.poor_start + self.new_poor + self.relapsed - self.escaped == self.poor_end


def figures_between(
    classifications: Sequence[Classification], first_year: int, last_year: int
) -> YearFigures:
    """Poor households at the start (the list of the year before `first_year`) and at the end
    (the list of `last_year`), and the households that escaped, entered or fell back between
    the two lists. The one computation of the support figures: for one calendar year, exactly
    the ward's year figures."""

    def members(y: int, category: HouseholdCategory) -> set[int]:
        return {c.member_id for c in classifications if c.year == y and c.category is category}

    before_year = first_year - 1
    poor_before = members(before_year, HouseholdCategory.POOR)
    poor_now = members(last_year, HouseholdCategory.POOR)
    ever_poor_earlier = {
        c.member_id
        for c in classifications
        if c.year < before_year and c.category is HouseholdCategory.POOR
    }
    entered = poor_now - poor_before
    escaped = poor_before - poor_now
    return YearFigures(
        year=last_year,
        poor_start=len(poor_before),
        poor_end=len(poor_now),
        near_poor_start=len(members(before_year, HouseholdCategory.NEAR_POOR)),
        near_poor_end=len(members(last_year, HouseholdCategory.NEAR_POOR)),
        escaped=len(escaped),
        new_poor=len(entered - ever_poor_earlier),
        relapsed=len(entered & ever_poor_earlier),
        escaped_members=tuple(sorted(escaped)),
    )


def year_figures(classifications: Sequence[Classification], year: int) -> YearFigures:
    """Counts from the recorded classifications of `year` and the year before."""
    return figures_between(classifications, year, year)


@dataclass(frozen=True)
class Totals:
    """Help given in a period, by kind and by source: money, work days and how many times."""

    money_by_kind: dict[SupportKind, int]
    money_by_source: dict[SupportSource, int]
    work_days: int
    count_by_kind: dict[SupportKind, int]
    houses_built: int
    houses_repaired: int

    @property
    def money(self) -> int:
        return sum(self.money_by_kind.values())


def totals(supports: Iterable[Support], start: dt.date, end: dt.date) -> Totals:
    """Sum the help given between two dates (inclusive)."""
    by_kind: dict[SupportKind, int] = {}
    by_source: dict[SupportSource, int] = {}
    count: dict[SupportKind, int] = {}
    days = 0
    for s in supports:
        if not start <= s.date <= end:
            continue
        count[s.kind] = count.get(s.kind, 0) + 1
        if s.amount_vnd:
            by_kind[s.kind] = by_kind.get(s.kind, 0) + s.amount_vnd
            by_source[s.source] = by_source.get(s.source, 0) + s.amount_vnd
        days += s.work_days or 0
    return Totals(
        by_kind,
        by_source,
        days,
        count,
        count.get(SupportKind.HOUSE_NEW, 0),
        count.get(SupportKind.HOUSE_REPAIR, 0),
    )


def follow_ups_due(
    visits: Iterable[Visit], open_cases: set[int], today: dt.date, horizon_days: int = 7
) -> list[Visit]:
    """For each open case, its latest visit if the next follow-up falls within `horizon_days`
    (or is overdue), soonest first."""
    latest: dict[int, Visit] = {}
    for visit in visits:
        current = latest.get(visit.case_id)
        if current is None or (visit.date, visit.id or 0) > (current.date, current.id or 0):
            latest[visit.case_id] = visit
    due = [
        v
        for case_id, v in latest.items()
        if case_id in open_cases
        and v.next_visit is not None
        and v.next_visit <= today + dt.timedelta(days=horizon_days)
    ]
    return sorted(due, key=lambda v: (v.next_visit or today, v.case_id))
