"""A ward file's chi hội and the packages they send: what a package declares, what taking one
in changes, and the ward's figures with one row per chi hội."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from ccb_desktop.domain.reports import AGE_BANDS, Composition, Reconciliation
from ccb_desktop.domain.unit import MeetingCycle, UnitSettings
from ccb_desktop.domain.vocabulary import MovementKind

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
