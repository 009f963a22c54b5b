"""A ward file's chi hội and the packages they send: what a package declares, what taking one
in changes, and the ward's figures with one row per chi hội."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from ccb_desktop.domain.care import CareKind
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.dues import Cycle
from ccb_desktop.domain.funds import Direction, EntryKind
from ccb_desktop.domain.meetings import Mark, MeetingKind
from ccb_desktop.domain.reports import AGE_BANDS, Composition, Reconciliation
from ccb_desktop.domain.support import (
    Area,
    CaseStatus,
    HoiGrade,
    HouseholdCategory,
    Housing,
    SupportKind,
    SupportSource,
)
from ccb_desktop.domain.unit import MeetingCycle, UnitSettings
from ccb_desktop.domain.vocabulary import (
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

# The package's own layout; a package of a higher number is refused as "newer".
PACKAGE_FORMAT = 1
WHOLE_WARD = "Cả phường"


@dataclass(frozen=True)
class ChiHoi:
    """One chi hội of a ward file (a chi hội's own file has exactly one)."""

    id: int
    code: str  # the identity packages carry; a rename keeps it
    name: str


@dataclass(frozen=True)
class PackagedTable:
    """A table a package carries. `refs`: (column, table) pairs pointing at other packaged
    rows, translated between the chi hội's ids and the ward's. A table without an id of its
    own (`composite`) is keyed by its references."""

    name: str
    refs: tuple[tuple[str, str], ...] = ()
    composite: bool = False


# Parents before children: rows are added in this order, removed in the reverse one.
PACKAGED: tuple[PackagedTable, ...] = (
    PackagedTable("members"),
    PackagedTable("service_periods", (("member_id", "members"),)),
    PackagedTable("movements", (("member_id", "members"),)),
    PackagedTable("household_classifications", (("member_id", "members"),)),
    PackagedTable("member_evaluations", (("member_id", "members"),)),
    PackagedTable("meetings", (("chaired_by", "members"), ("minutes_by", "members"))),
    PackagedTable(
        "attendance", (("meeting_id", "meetings"), ("member_id", "members")), composite=True
    ),
    PackagedTable(
        "meeting_rosters", (("meeting_id", "meetings"), ("member_id", "members")), composite=True
    ),
    PackagedTable("support_cases", (("member_id", "members"),)),
    PackagedTable("supports", (("case_id", "support_cases"),)),
    PackagedTable("loans", (("case_id", "support_cases"),)),
    PackagedTable("visits", (("case_id", "support_cases"),)),
    # Care visits (thăm hỏi, phúng viếng, chúc thọ, tặng quà): the ward's review counts them.
    PackagedTable("care_visits", (("member_id", "members"),)),
    # Hội phí and the funds (0012): the ward's dues and funds reports, its review and its
    # targets read them; rates, remittances and funds name their chi hội (0017).
    PackagedTable("dues_rates"),
    PackagedTable("dues_exemptions", (("member_id", "members"),)),
    PackagedTable("dues_payments", (("member_id", "members"),)),
    PackagedTable("dues_remittances"),
    PackagedTable("funds"),
    PackagedTable(
        "fund_loans",
        (("fund_id", "funds"), ("member_id", "members"), ("case_id", "support_cases")),
    ),
    PackagedTable(
        "fund_entries",
        (("fund_id", "funds"), ("member_id", "members"), ("loan_id", "fund_loans")),
    ),
)
BY_TABLE = {t.name: t for t in PACKAGED}
# The tables whose rows say which chi hội they belong to; the others follow their parent.
SCOPED = ("members", "meetings", "support_cases", "dues_rates", "dues_remittances", "funds")
DUES_TABLES = (
    "dues_rates", "dues_exemptions", "dues_payments", "dues_remittances", "funds", "fund_loans",
    "fund_entries",
)  # fmt: skip
# Removed last, after their children and after the rows pointing at them were updated.
REMOVED_LAST = ("meetings", "members")

Key = Any  # an id, or a tuple of ids for a composite table
Rows = dict[str, dict[Key, dict[str, Any]]]  # table -> key -> row (ids as in the package)


def row_key(table: PackagedTable, row: Mapping[str, Any]) -> Key:
    return tuple(row[c] for c, _t in table.refs) if table.composite else row["id"]


# What every packaged value must look like before anything is written (a package altered
# by hand, its checksum recomputed, is otherwise refused only by SQLite half-way, or worse
# taken in and crashing the ward's reports later).
MAX_AMOUNT = 10**12  # đồng: no chi hội's figure comes near it
_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?")


@dataclass(frozen=True)
class Column:
    """One packaged column: `kind` says what its values are (text, id, ref, int, flag, money,
    year, date, partial, period); `null`: None allowed; `needed`: a row must carry it (no
    default in the table); `choices`: the only texts allowed (and '' when `blank`); `least`:
    the smallest number allowed."""

    kind: str
    null: bool = False
    needed: bool = False
    choices: frozenset[str] = frozenset()
    blank: bool = False
    least: int = 0


def _text(needed: bool = False, null: bool = False) -> Column:
    return Column("text", null=null, needed=needed)


def _choice(kind: type[StrEnum], blank: bool = False, null: bool = False) -> Column:
    return Column(
        "text", null=null, needed=not (blank or null), choices=frozenset(kind), blank=blank
    )


def _int(kind: str = "int", null: bool = False, needed: bool = False, least: int = 0) -> Column:
    return Column(kind, null=null, needed=needed, least=least)


_ID = Column("id", needed=True, least=1)
_REF = Column("id", needed=True, least=1)
_REF_OR_NONE = Column("id", null=True, least=1)
_DATE = Column("date", needed=True)
_DATE_OR_NONE = Column("date", null=True)
_PARTIAL_OR_NONE = Column("partial", null=True)
_FLAG = Column("flag")
_MEMBER_FLAGS = (
    "party_member", "war_invalid", "sick_soldier", "agent_orange_self", "agent_orange_child",
    "martyr_family",
)  # fmt: skip

# The columns a package's rows must get right, table by table (db/migrations.py's tables);
# columns not named (text with a default, times of writing) are only checked to be text
# (not NULL: every column that may be NULL is named).
COLUMNS: dict[str, dict[str, Column]] = {
    "members": {
        "id": _ID,
        "status": _choice(Status),
        "sex": _choice(Sex, blank=True),
        "veteran_kind": _choice(VeteranKind, blank=True),
        "discharge_kind": _choice(DischargeKind, blank=True, null=True),
        "rank": _choice(Rank, blank=True, null=True),
        "rank_group": _choice(RankGroup, blank=True, null=True),
        "benefit": _choice(Benefit, blank=True, null=True),
        **dict.fromkeys(_MEMBER_FLAGS, _FLAG),
        **{
            name: _PARTIAL_OR_NONE
            for name in ("birth_date", "enlisted", "discharged", "joined_hoi", "party_admitted")
        },
        **{name: _int("year", null=True) for name in ("party_year", "card_year", "medal_year")},
        "deleted_at": _text(null=True),
    },
    "service_periods": {
        "id": _ID,
        "member_id": _REF,
        "position": _int(needed=True),
        "kind": _choice(ServicePeriodKind),
        "from_year": _int("year", null=True),
        "to_year": _int("year", null=True),
        "in_notable_campaign": _FLAG,
    },
    "movements": {
        "id": _ID,
        "member_id": _REF,
        "kind": _choice(MovementKind),
        "date": Column("partial", needed=True),
        "created_at": _text(needed=True),
    },
    "household_classifications": {
        "id": _ID,
        "member_id": _REF,
        "year": _int("year", needed=True),
        "category": _choice(HouseholdCategory),
        "decision_date": _DATE_OR_NONE,
        "area": _choice(Area),
        "housing": _choice(Housing, null=True),
        "hoi_grade": _choice(HoiGrade, null=True),
    },
    "member_evaluations": {
        "id": _ID,
        "member_id": _REF,
        "year": _int("year", needed=True),
        "grade": _text(needed=True),
    },
    "meetings": {
        "id": _ID,
        "date": _DATE,
        "kind": _choice(MeetingKind),
        "chaired_by": _REF_OR_NONE,
        "minutes_by": _REF_OR_NONE,
        "created_at": _text(needed=True),
        "updated_at": _text(needed=True),
        "deleted_at": _text(null=True),
    },
    "attendance": {"meeting_id": _REF, "member_id": _REF, "mark": _choice(Mark)},
    "meeting_rosters": {"meeting_id": _REF, "member_id": _REF, "exempt": _FLAG},
    "support_cases": {
        "id": _ID,
        "member_id": _REF,
        "opened": _DATE,
        "status": _choice(CaseStatus),
        "escaped_year": _int("year", null=True),
    },
    "supports": {
        "id": _ID,
        "case_id": _REF,
        "date": _DATE,
        "kind": _choice(SupportKind),
        "source": _choice(SupportSource),
        "amount_vnd": _int("money", null=True),
        "work_days": _int(null=True),
    },
    "loans": {
        "id": _ID,
        "case_id": _REF,
        "source": _choice(SupportSource),
        "amount_vnd": _int("money", needed=True),
        "disbursed": _DATE,
        "due": _DATE_OR_NONE,
        "outstanding_vnd": _int("money"),
        "overdue_vnd": _int("money"),
        "balance_date": _DATE_OR_NONE,
    },
    "visits": {"id": _ID, "case_id": _REF, "date": _DATE, "next_visit": _DATE_OR_NONE},
    "care_visits": {
        "id": _ID,
        "member_id": _REF,
        "date": _DATE,
        "kind": _choice(CareKind),
        "amount_vnd": _int("money"),
    },
    "dues_rates": {
        "id": _ID,
        "valid_from": _DATE,
        "amount_vnd": _int("money", needed=True, least=1),
        "cycle": _choice(Cycle),
        "ward_share_vnd": _int("money"),
    },
    "dues_exemptions": {"id": _ID, "member_id": _REF, "start_on": _DATE, "end_on": _DATE_OR_NONE},
    "dues_payments": {
        "id": _ID,
        "member_id": _REF,
        "period": Column("period", needed=True),
        "amount_vnd": _int("money", needed=True, least=1),
        "paid_on": _DATE,
    },
    "dues_remittances": {
        "id": _ID,
        "date": _DATE,
        "amount_vnd": _int("money", needed=True, least=1),
        "first_period": Column("period", needed=True),
        "last_period": Column("period", needed=True),
    },
    "funds": {"id": _ID, "name": _text(needed=True)},
    "fund_loans": {
        "id": _ID,
        "fund_id": _REF,
        "member_id": _REF,
        "due": _DATE_OR_NONE,
        "case_id": _REF_OR_NONE,
    },
    "fund_entries": {
        "id": _ID,
        "fund_id": _REF,
        "date": _DATE,
        "direction": _choice(Direction),
        "amount_vnd": _int("money", needed=True, least=1),
        "content": _text(needed=True),
        "member_id": _REF_OR_NONE,
        "kind": _choice(EntryKind),
        "loan_id": _REF_OR_NONE,
    },
}

# Rows a table holds once only (its key, and the unique indexes of db/migrations.py); a
# payment copied into the package is the same payment twice, whatever its id says.
UNIQUE: dict[str, tuple[tuple[str, ...], ...]] = {
    "household_classifications": (("member_id", "year"),),
    "member_evaluations": (("member_id", "year"),),
    "dues_rates": (("valid_from",),),
    "dues_payments": (("member_id", "period", "amount_vnd", "paid_on", "receipt"),),
}


@dataclass(frozen=True)
class RowProblem:
    """What is wrong in a package's rows: the table, the row (its key), the column and the
    value, or `twice`: the row is there twice."""

    table: str
    row: str
    column: str = ""
    value: str = ""
    twice: bool = False


def _good(column: Column, value: Any) -> bool:
    if value is None:
        return column.null
    if column.kind == "text":
        if not isinstance(value, str):
            return False
        return not column.choices or value in column.choices or (column.blank and not value)
    if column.kind in ("id", "int", "flag", "money", "year"):
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        low, high = {
            "flag": (0, 1),
            "year": (1000, 9999),
            "money": (column.least, MAX_AMOUNT - 1),
        }.get(column.kind, (column.least, 2**62))
        return low <= value <= high
    if not isinstance(value, str):
        return False
    try:
        if column.kind == "date":
            return len(value) == 10 and dt.date.fromisoformat(value) is not None
        if column.kind == "partial":
            return PartialDate.from_storage(value) is not None or not value
    except (ValueError, TypeError):
        return False
    return column.kind == "period" and _PERIOD.fullmatch(value) is not None


def row_problem(table: PackagedTable, rows: Any) -> RowProblem | None:
    """The first thing wrong with a package's rows of `table` (a list of objects, each with
    its columns right and its keys once), or None."""
    if not isinstance(rows, list):
        return RowProblem(table.name, "—", "—", type(rows).__name__)
    columns = COLUMNS.get(table.name, {})
    keys = [c for c, _t in table.refs] if table.composite else ["id"]
    seen: dict[tuple[str, ...], set[tuple[Any, ...]]] = {
        k: set() for k in (tuple(keys), *UNIQUE.get(table.name, ()))
    }
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            return RowProblem(table.name, str(number), "—", type(row).__name__)
        label = str(row.get("id", number)) if not table.composite else str(number)
        for name, column in columns.items():
            if name not in row:
                if column.needed:
                    return RowProblem(table.name, label, name, "—")
                continue
            if not _good(column, row[name]):
                return RowProblem(table.name, label, name, repr(row[name])[:40])
        for name, value in row.items():
            # Every column that may be empty (NULL) is named above: the others are text.
            if name not in columns and not isinstance(value, str):
                return RowProblem(table.name, label, name, repr(value)[:40])
        for unique, found in seen.items():
            if table.name == "members" and unique != ("id",):
                continue
            value = tuple(row.get(c) for c in unique)
            if value in found:
                return RowProblem(table.name, label, ", ".join(unique), str(value), twice=True)
            found.add(value)
        card = row.get("card_number")
        if table.name == "members" and card and row.get("deleted_at") is None:
            found = seen.setdefault(("card_number",), set())
            if (card,) in found:
                return RowProblem(table.name, label, "card_number", card, twice=True)
            found.add((card,))
    return None


@dataclass(frozen=True)
class Manifest:
    """What a package says about itself, written beside its data."""

    format: int
    program_version: str
    schema: str
    chi_hoi_code: str
    chi_hoi_name: str
    ward_name: str
    year: int
    made_at: str
    checksum: str  # sha256 of the data part, hex
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Raises ValueError (or KeyError, TypeError) for anything that is not a manifest."""
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("manifest is not an object")
        return cls(
            format=int(raw["format"]),
            program_version=str(raw["program_version"]),
            schema=str(raw["schema"]),
            chi_hoi_code=str(raw["chi_hoi_code"]),
            chi_hoi_name=str(raw["chi_hoi_name"]),
            ward_name=str(raw.get("ward_name", "")),
            year=int(raw["year"]),
            made_at=str(raw["made_at"]),
            checksum=str(raw["checksum"]),
            counts={str(k): int(v) for k, v in dict(raw.get("counts", {})).items()},
        )


def day_and_time(moment: str) -> str:
    """A manifest's ISO making time as the secretary reads it: '05/03/2026 10:00'."""
    day = f"{moment[8:10]}/{moment[5:7]}/{moment[:4]}"
    return f"{day} {moment[11:16]}" if len(moment) >= 16 else day


def unit_from_values(values: Mapping[str, Any]) -> UnitSettings:
    """A chi hội's unit details as its package carries them (what cannot be read: default)."""
    defaults = UnitSettings()
    read: dict[str, Any] = {}
    for name in defaults.__dataclass_fields__:
        if name not in values:
            continue
        default, value = getattr(defaults, name), values[name]
        try:
            if isinstance(default, MeetingCycle):
                read[name] = MeetingCycle(value)
            elif isinstance(default, bool):
                read[name] = value in (True, 1, "1", "True", "true")
            elif isinstance(default, int):
                read[name] = int(value)
            else:
                read[name] = str(value)
        except (TypeError, ValueError):
            continue
    return replace(defaults, **read)


def version_tuple(text: str) -> tuple[int, ...]:
    """'0.1.0' -> (0, 1, 0); anything after the numbers (a local tag) is left aside."""
    parts = []
    for piece in text.split("."):
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


@dataclass
class TableChange:
    """Keys of one table's rows the package adds, changes and no longer holds."""

    added: list[Key] = field(default_factory=list)
    changed: list[Key] = field(default_factory=list)
    removed: list[Key] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class WardDiff:
    """What taking a package in changes, table by table, against what the ward holds from
    the same chi hội (both sides keyed by the chi hội's own ids)."""

    tables: dict[str, TableChange]

    @property
    def empty(self) -> bool:
        return not any(self.tables.values())


def _same(current: Mapping[str, Any], incoming: Mapping[str, Any]) -> bool:
    # A column only one side has (a package from an older program) is not a difference.
    return all(current[c] == incoming[c] for c in incoming if c in current and c != "id")


def diff(current: Rows, incoming: Rows) -> WardDiff:
    """Compare the ward's rows of a chi hội with a package's. A table the package does not
    carry at all (a package from an older program, before hội phí travelled) keeps the
    ward's rows as they are, but for those whose parent row the package removes."""
    tables: dict[str, TableChange] = {}
    for table in PACKAGED:
        old = current.get(table.name, {})
        change = TableChange()
        if table.name not in incoming:
            change.removed = [
                key
                for key, row in old.items()
                if any(
                    row[column] is not None and row[column] in tables[target].removed
                    for column, target in table.refs
                )
            ]
            tables[table.name] = change
            continue
        new = incoming[table.name]
        for key, row in new.items():
            if key not in old:
                change.added.append(key)
            elif not _same(old[key], row):
                change.changed.append(key)
        change.removed = [key for key in old if key not in new]
        tables[table.name] = change
    return WardDiff(tables)


@dataclass(frozen=True)
class IntakeSummary:
    """What the secretary is shown before a package is taken in."""

    members_added: list[str]
    members_left: list[str]
    members_changed: list[str]
    meetings_added: int
    meetings_removed: int
    meetings_changed: int  # the meeting, its attendance or its sheet
    cases_added: int
    cases_removed: int
    cases_changed: int  # the case, its help, loans or visits
    # Rows of hội phí and the funds (rates, exemptions, payments, remittances, funds, their
    # lines and loans) added, changed or no longer held.
    dues_changed: int = 0

    @property
    def nothing(self) -> bool:
        return not any(
            (self.members_added, self.members_left, self.members_changed, self.meetings_added,
             self.meetings_removed, self.meetings_changed, self.cases_added, self.cases_removed,
             self.cases_changed, self.dues_changed)
        )  # fmt: skip


def _name(row: Mapping[str, Any]) -> str:
    return f"{row.get('family_name', '')} {row.get('given_name', '')}".strip()


def _sort_key(row: Mapping[str, Any]) -> str:
    return str(row.get("sort_key", ""))


def summarize(change: WardDiff, current: Rows, incoming: Rows) -> IntakeSummary:
    """Members added, left and changed by name (official order); meetings and cases counted,
    a change to a row's children counting as a change of the row."""
    t = change.tables

    def touched(parent: str, column: str, children: tuple[str, ...]) -> set[Key]:
        keys = set(t[parent].changed)
        for child in children:
            for key in t[child].added + t[child].changed:
                keys.add(incoming[child][key][column])
            for key in t[child].removed:
                keys.add(current[child][key][column])
        return keys - set(t[parent].added) - set(t[parent].removed)

    def names(rows: Mapping[Key, Mapping[str, Any]], keys: set[Key] | list[Key]) -> list[str]:
        return [_name(r) for r in sorted((rows[k] for k in keys), key=_sort_key)]

    members = touched(
        "members",
        "member_id",
        ("service_periods", "movements", "household_classifications", "member_evaluations"),
    )
    meetings = touched("meetings", "meeting_id", ("attendance", "meeting_rosters"))
    cases = touched("support_cases", "case_id", ("supports", "loans", "visits"))
    return IntakeSummary(
        members_added=names(incoming["members"], t["members"].added),
        members_left=names(current.get("members", {}), t["members"].removed),
        members_changed=names(incoming["members"], members),
        meetings_added=len(t["meetings"].added),
        meetings_removed=len(t["meetings"].removed),
        meetings_changed=len(meetings),
        cases_added=len(t["support_cases"].added),
        cases_removed=len(t["support_cases"].removed),
        cases_changed=len(cases),
        dues_changed=sum(
            len(t[n].added) + len(t[n].changed) + len(t[n].removed) for n in DUES_TABLES
        ),
    )


@dataclass(frozen=True)
class WardColumn:
    """A figure of the ward's summary: its header, the line of a chi hội's own summary it
    equals (by label), and how it is read from that chi hội's figures."""

    header: str
    line: str
    value: Callable[[Reconciliation, Composition], int]


def _increase(kind: MovementKind) -> Callable[[Reconciliation, Composition], int]:
    return lambda r, _c: r.increases.get(kind, 0)


def _decrease(kind: MovementKind) -> Callable[[Reconciliation, Composition], int]:
    return lambda r, _c: r.decreases.get(kind, 0)


def _band(label: str) -> Callable[[Reconciliation, Composition], int]:
    return lambda _r, c: c.age_bands[label]


WARD_SUMMARY_COLUMNS: tuple[WardColumn, ...] = (
    WardColumn("Đầu kỳ", "Số hội viên đầu kỳ", lambda r, _c: r.start),
    WardColumn("Kết nạp", "Tăng: kết nạp", _increase(MovementKind.ADMITTED)),
    WardColumn("Chuyển đến", "Tăng: chuyển đến", _increase(MovementKind.TRANSFERRED_IN)),
    WardColumn("Chuyển đi", "Giảm: chuyển đi", _decrease(MovementKind.TRANSFERRED_OUT)),
    WardColumn("Từ trần", "Giảm: từ trần", _decrease(MovementKind.DECEASED)),
    WardColumn("Xóa tên", "Giảm: xóa tên", _decrease(MovementKind.STRUCK_OFF)),
    WardColumn("Cuối kỳ", "Số hội viên cuối kỳ", lambda r, _c: r.end),
    WardColumn("Nữ", "Trong đó nữ", lambda _r, c: c.women),
    WardColumn("Đảng viên", "Đảng viên", lambda _r, c: c.party),
    WardColumn("CCB", "Cựu chiến binh", lambda _r, c: c.veterans),
    WardColumn("CQN", "Cựu quân nhân", lambda _r, c: c.former_soldiers),
    WardColumn("Miễn SH", "Miễn sinh hoạt", lambda _r, c: c.excused),
    *(WardColumn(label, label, _band(label)) for label, _lo, _hi in AGE_BANDS),
    WardColumn("Thương binh", "Thương binh", lambda _r, c: c.war_invalids),
    WardColumn("Bệnh binh", "Bệnh binh", lambda _r, c: c.sick_soldiers),
    WardColumn("CĐDC", "Nhiễm chất độc da cam (bản thân hoặc con)", lambda _r, c: c.agent_orange),
    WardColumn("Con, GĐ liệt sĩ", "Con, gia đình liệt sĩ", lambda _r, c: c.martyr_families),
    WardColumn("Dân tộc thiểu số", "Dân tộc thiểu số", lambda _r, c: c.minorities),
    WardColumn("Tôn giáo", "Theo tôn giáo", lambda _r, c: c.religious),
)


def ward_summary_row(rec: Reconciliation, comp: Composition) -> list[int]:
    """One chi hội's figures, in the order of WARD_SUMMARY_COLUMNS."""
    return [column.value(rec, comp) for column in WARD_SUMMARY_COLUMNS]


def totals(rows: list[list[int]]) -> list[int]:
    """The ward's total row: each column summed over the chi hội."""
    return [sum(values) for values in zip(*rows, strict=True)] if rows else []
