"""The scope of a ward file's reports: one chi hội (its members, its own unit details) or the
whole ward (one row per chi hội, issued by the ward Hội to the province Hội)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ccb_desktop.db import ward as repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.domain.meetings import Membership, percent
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.reports import members_on
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.ward import unit_from_values
from ccb_desktop.services.reports.base import PREVIEW_ROWS, Context, Prepared, PreviewTable, texts


@dataclass(frozen=True)
class WardScope:
    unit: UnitSettings
    memberships: dict[int, Membership]
    rows: list[tuple[int, str, dict[int, Membership]]] | None  # the whole ward: per chi hội
    scoped: bool


def ward_scope(
    db: Database, unit: UnitSettings, memberships: dict[int, Membership]
) -> WardScope | None:
    """The chi hội the window looks at (db/ward.py's scope), or the whole ward; None for a
    chi hội's own file: its reports are as they always were."""
    if not repo.is_ward(db):
        return None
    scope = repo.scope_of(db)
    of_member = repo.chi_hoi_of_members(db)
    if scope is not None:
        own, _manifest = repo.received_of(db, scope)
        mine = {i: m for i, m in memberships.items() if of_member.get(i) == scope}
        return WardScope(unit_from_values(own), mine, None, True)
    rows = [
        (c.id, c.name, {i: m for i, m in memberships.items() if of_member.get(i) == c.id})
        for c in repo.all_chi_hoi(db)
    ]
    # The ward Hội issues the ward's reports, under the province Hội it reports to; before
    # the province's name is entered, a blank to fill by hand, never the ward itself.
    ward_unit = UnitSettings(
        ward_name=repo.province_name(db) or "Hội CCB tỉnh (thành phố) ……",
        chi_hoi_name=unit.ward_name,
        place_name=unit.place_name,
        head_name=unit.head_name,
        preparer_name=unit.preparer_name,
        meeting_cycle=unit.meeting_cycle,
    )
    return WardScope(ward_unit, memberships, rows, False)


# The whole ward's other reports: each chi hội figured by the very code of its own report,
# read as if looking at that chi hội alone, one row (or group) per chi hội.


def _each(c: Context) -> list[tuple[int, str]]:
    assert c.ward is not None
    return [(chi_hoi_id, name) for chi_hoi_id, name, _m in c.ward]


ATTENDANCE_HEADERS: list[tuple[str, float]] = [
    ("Số buổi", 9), ("Lượt phải dự", 11), ("Có mặt", 9), ("Vắng có lý do", 10),
    ("Vắng không lý do", 11), ("Tỷ lệ có mặt", 10),
]  # fmt: skip


def ward_attendance(c: Context) -> Prepared:
    """Báo cáo sinh hoạt of a ward: per chi hội its meetings, marks and rate; the total."""
    from ccb_desktop.excel import ward as excel  # on first use: not before the first paint
    from ccb_desktop.services.meetings import MeetingService

    rows: list[tuple[str, list[object]]] = []
    sums = [0, 0, 0, 0, 0]
    for chi_hoi_id, name in _each(c):
        with storage_errors(c.db), repo.scoped(c.db, chi_hoi_id):
            found = MeetingService(c.db, c.clock).meetings_between(c.period.start, c.end)
        figures = [
            len(found),
            sum(r.totals.expected for r in found),
            sum(r.totals.present for r in found),
            sum(r.totals.excused for r in found),
            sum(r.totals.unexcused for r in found),
        ]
        sums = [a + b for a, b in zip(sums, figures, strict=True)]
        rows.append((name, [*figures, percent(figures[2], figures[1])]))
    total: list[object] = [*sums, percent(sums[2], sums[1])]
    return _table(
        c, rows, total, "Báo cáo sinh hoạt các chi hội", "Sinh hoạt", ATTENDANCE_HEADERS, excel
    )


SUPPORT_HEADERS: list[tuple[str, float]] = [
    ("Hộ nghèo đầu kỳ", 10), ("Hộ nghèo cuối kỳ", 10), ("Cận nghèo đầu kỳ", 10),
    ("Cận nghèo cuối kỳ", 10), ("Thoát nghèo", 9), ("Nghèo mới", 9), ("Tái nghèo", 9),
    ("Tiền hỗ trợ (đồng)", 14), ("Ngày công", 9), ("Nhà xây mới", 9), ("Nhà sửa chữa", 9),
    ("Hộ khá, giàu", 9),
]  # fmt: skip


def ward_support(c: Context) -> Prepared:
    """Báo cáo giúp nhau giảm nghèo of a ward: per chi hội its figures and help; the total."""
    from ccb_desktop.excel import ward as excel  # on first use: not before the first paint
    from ccb_desktop.services.reports.support import support_content

    rows: list[tuple[str, list[object]]] = []
    for chi_hoi_id, name in _each(c):
        with repo.scoped(c.db, chi_hoi_id):
            content = support_content(c.db, c.period)
        f, t = content.figures, content.totals
        rows.append(
            (name, [f.poor_start, f.poor_end, f.near_poor_start, f.near_poor_end, f.escaped,
                    f.new_poor, f.relapsed, t.money, t.work_days, t.houses_built,
                    t.houses_repaired, content.doing_well])
        )  # fmt: skip
    total: list[object] = [
        sum(int(str(values[i])) for _n, values in rows) for i in range(len(SUPPORT_HEADERS))
    ]
    return _table(
        c, rows, total, "Báo cáo giúp nhau giảm nghèo, làm kinh tế giỏi", "Giảm nghèo",
        SUPPORT_HEADERS, excel, money_column=7,
    )  # fmt: skip


DUES_HEADERS: list[tuple[str, float]] = [
    ("Thu trong kỳ (đồng)", 13), ("Số hội viên đã nộp", 11), ("Số hội viên còn nợ", 11),
    ("Còn nợ (đồng)", 12), ("Phần của phường (đồng)", 14),
    ("Đã nộp phường trong kỳ (đồng)", 15), ("Còn phải nộp phường (đồng)", 15),
]  # fmt: skip


def ward_dues(c: Context) -> Prepared:
    """Sổ thu hội phí of a ward: per chi hội its dues figured by its own rates (never another
    chi hội's), what it sent up (the ward's receipts, as the chi hội recorded them); the total."""
    from ccb_desktop.excel import ward as excel  # on first use: not before the first paint
    from ccb_desktop.services.dues import DuesService

    rows: list[tuple[str, list[object]]] = []
    for chi_hoi_id, name in _each(c):
        with repo.scoped(c.db, chi_hoi_id):
            f = DuesService(c.db, c.clock).figures(c.period.start, c.end)
        rows.append(
            (name, [f.collected_vnd, f.members_paid, f.members_owing, f.owed_vnd,
                    f.share_due_vnd, f.remitted_vnd, f.still_to_send_vnd])
        )  # fmt: skip
    total: list[object] = [
        sum(int(str(values[i])) for _n, values in rows) for i in range(len(DUES_HEADERS))
    ]
    return _table(
        c, rows, total, "Sổ thu hội phí các chi hội", "Hội phí", DUES_HEADERS, excel,
        money_column=(0, 3, 4, 5, 6),
    )  # fmt: skip


FUNDS_HEADERS: list[tuple[str, float]] = [
    ("Số quỹ", 7), ("Tồn đầu kỳ (đồng)", 13), ("Thu trong kỳ (đồng)", 13),
    ("Chi trong kỳ (đồng)", 13), ("Tồn cuối kỳ (đồng)", 13), ("Hội viên cuối kỳ", 9),
    ("Bình quân/hội viên (đồng)", 13), ("Dư nợ vay quỹ (đồng)", 13),
]  # fmt: skip


def ward_funds(c: Context) -> Prepared:
    """Sổ quỹ of a ward: per chi hội its own funds' opening, receipts, payments, closing, per
    member and loans outstanding; the total (per member: the ward's closing over its members)."""
    from ccb_desktop.excel import ward as excel  # on first use: not before the first paint
    from ccb_desktop.services.funds import FundService

    rows: list[tuple[str, list[object]]] = []
    closing = members = 0
    for chi_hoi_id, name in _each(c):
        with repo.scoped(c.db, chi_hoi_id):
            f = FundService(c.db, c.clock).figures(c.period.start, c.end)
        closing += f.total_closing_vnd
        members += f.members
        rows.append(
            (name, [len(f.funds), f.total_opening_vnd, f.total_in_vnd, f.total_out_vnd,
                    f.total_closing_vnd, f.members,
                    f.per_member_vnd if f.per_member_vnd is not None else "–",
                    f.loans_outstanding_vnd])
        )  # fmt: skip
    total: list[object] = [
        sum(int(str(values[i])) for _n, values in rows) if i != 6 else None
        for i in range(len(FUNDS_HEADERS))
    ]
    # The ward's per member: its funds' closing over its members, rounded as each chi hội's.
    total[6] = (2 * closing + members) // (2 * members) if members else "–"
    return _table(
        c, rows, total, "Sổ quỹ các chi hội", "Quỹ", FUNDS_HEADERS, excel,
        money_column=(1, 2, 3, 4, 6, 7),
    )  # fmt: skip


def _table(
    c: Context,
    rows: list[tuple[str, list[object]]],
    total: list[object],
    title: str,
    sheet_name: str,
    headers: list[tuple[str, float]],
    excel: Any,
    money_column: int | tuple[int, ...] | None = None,
) -> Prepared:
    table = [[n, name, *values] for n, (name, values) in enumerate(rows, start=1)]
    return Prepared(
        len(rows),
        PreviewTable(["TT", "Chi hội", *(h for h, _w in headers)], texts(table[:PREVIEW_ROWS]), len(rows)),
        lambda target: excel.write_ward_table(
            target, c.unit, title, sheet_name, headers, rows, total, c.period.start, c.end,
            c.today, money_column,
        ),
    )  # fmt: skip


def _groups(c: Context, members: list[Member]) -> list[tuple[str, list[Member]]]:
    assert c.ward is not None
    return [(name, [m for m in members if m.id in memberships]) for _i, name, memberships in c.ward]


def ward_roster(c: Context) -> Prepared:
    """Danh sách trích ngang of a ward: the members of each chi hội under its name."""
    from ccb_desktop.excel import reports as lists
    from ccb_desktop.excel import ward as excel

    listed = members_on(c.everyone, c.memberships, c.end)
    groups = _groups(c, listed)
    sensitive = c.kind == "members"
    headers, rows = lists.roster_table(listed[:PREVIEW_ROWS], sensitive)
    return Prepared(
        len(listed),
        PreviewTable(headers, texts(rows), len(listed)),
        lambda target: excel.write_ward_roster(target, c.unit, groups, c.end, sensitive, c.today),
    )


def ward_movements(c: Context) -> Prepared:
    """Biến động hội viên of a ward: each chi hội's movements under its name."""
    from ccb_desktop.excel import ward as excel

    groups: list[tuple[str, list[tuple[Member, Movement]]]] = []
    for name, members in _groups(c, c.everyone):
        groups.append(
            (
                name,
                sorted(
                    ((m, mv) for m in members for mv in m.movements
                     if c.period.start <= mv.date.earliest() <= c.end),
                    key=lambda pair: (pair[1].date.earliest(), pair[0].sort_key),
                ),
            )
        )  # fmt: skip
    moved = [pair for _n, pairs in groups for pair in pairs]
    rows = [
        [n, m.full_name, m.birth_date.year if m.birth_date else "", mv.kind.label,
         mv.date.display(), mv.paper_number, mv.note]
        for n, (m, mv) in enumerate(moved[:PREVIEW_ROWS], start=1)
    ]  # fmt: skip
    return Prepared(
        len(moved),
        PreviewTable(
            ["TT", "Họ và tên", "Năm sinh", "Biến động", "Ngày", "Số giấy", "Ghi chú"],
            texts(rows),
            len(moved),
        ),
        lambda target: excel.write_ward_movements(
            target, c.unit, groups, c.period.start, c.end, c.today
        ),
    )
