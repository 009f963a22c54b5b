"""Hội phí and funds travel in the chi hội's package (issue 17 with 19): two chi hội with
awkward dues histories are taken into a ward file, and every figure the ward shows (its dues
and funds workbooks per chi hội and total, a chi hội looked at alone, the year-end review's
lines) is recomputed with SQL written here over each chi hội's own file."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.dues import Cycle, DuesRate, Exemption, Remittance
from ccb_desktop.domain.funds import Direction, EntryKind, Fund, FundEntry
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.reports import Period

A, B = "Chi hội khu phố Một", "Chi hội khu phố Hai"
WARD = "Hội CCB phường Tân Lập"
TODAY = dt.datetime(2026, 11, 29, 9, 30)
YEAR_START, YEAR_END = "2026-01-01", "2026-12-31"
DUES_TABLES = (
    "dues_rates", "dues_exemptions", "dues_payments", "dues_remittances", "funds",
    "fund_loans", "fund_entries",
)  # fmt: skip


def _build_a(s: Services) -> None:
    """Monthly dues with a rate change on 1/7; December paid in January; an exemption over
    the summer; a loan from the fund repaid in full; a care payment from a second fund."""
    s.dues.save_rate(DuesRate(dt.date(2025, 12, 1), 10_000, Cycle.MONTHLY, 3_000))
    s.dues.save_rate(DuesRate(dt.date(2026, 7, 1), 12_000, Cycle.MONTHLY, 4_000))
    an = s.members.add(Member("Nguyễn Văn", "An", joined_hoi=PartialDate(2010)))
    binh = s.members.add(Member("Trần Thị", "Bình", joined_hoi=PartialDate(2011)))
    cuong = s.members.add(Member("Lê Văn", "Cường", joined_hoi=PartialDate(2012)))
    dung = s.members.add(Member("Phạm Văn", "Dũng", joined_hoi=PartialDate(2015)))
    s.dues.add_exemption(Exemption(cuong, dt.date(2026, 3, 1), "Ốm nặng", dt.date(2026, 8, 31)))
    months = [f"2026-{m:02d}" for m in range(1, 11)]
    s.dues.record_payments([an], months, dt.date(2026, 10, 5), "PT01")
    s.dues.record_payments([dung], ["2025-12"], dt.date(2026, 1, 10), "PT02")  # late
    s.dues.record_payments([cuong], ["2026-01", "2026-02"], dt.date(2026, 2, 15), "PT03")
    s.dues.record_payments([binh], ["2026-01"], dt.date(2026, 1, 20), "PT04")
    s.dues.add_remittance(Remittance(dt.date(2026, 1, 25), 3_000, "2025-12", "2025-12", "GN01"))
    s.dues.add_remittance(Remittance(dt.date(2026, 10, 20), 40_000, "2026-01", "2026-10", "GN02"))
    hoi = s.funds.save_fund(Fund("Quỹ Hội"))
    tinh = s.funds.save_fund(Fund("Quỹ Nghĩa tình đồng đội"))
    f = s.funds
    f.add_entry(FundEntry(hoi, dt.date(2025, 12, 20), Direction.IN, 2_000_000, "Tồn năm trước"))
    f.add_entry(FundEntry(hoi, dt.date(2026, 1, 5), Direction.IN, 200_000, "Đóng góp", "PT05",
                          an, EntryKind.CONTRIBUTION))  # fmt: skip
    f.add_entry(FundEntry(tinh, dt.date(2026, 2, 1), Direction.IN, 1_000_000, "Nhà hảo tâm"))
    f.add_entry(FundEntry(tinh, dt.date(2026, 2, 12), Direction.OUT, 300_000, "Thăm ốm", "PC01",
                          cuong, EntryKind.CARE))  # fmt: skip
    loan = f.lend(hoi, cuong, 1_500_000, dt.date(2026, 4, 1), "Mua bò giống", "PC02")
    f.repay(loan, 500_000, dt.date(2026, 6, 1), "PT06")
    f.repay(loan, 1_000_000, dt.date(2026, 9, 1), "PT07")  # repaid in full


def _build_b(s: Services) -> None:
    """Quarterly dues whose rate also changes on 1/7 (the same day as A's: rates are unique
    per chi hội, not per ward); a member exempt all year; a loan still owed; its own "Quỹ
    Hội" (the same name as A's, never added to A's)."""
    s.dues.save_rate(DuesRate(dt.date(2026, 1, 1), 30_000, Cycle.QUARTERLY, 9_000))
    s.dues.save_rate(DuesRate(dt.date(2026, 7, 1), 36_000, Cycle.QUARTERLY, 12_000))
    ha = s.members.add(Member("Võ Thị", "Hà", joined_hoi=PartialDate(2009)))
    lan = s.members.add(Member("Đỗ Văn", "Lan", joined_hoi=PartialDate(2013)))
    minh = s.members.add(Member("Bùi Văn", "Minh", joined_hoi=PartialDate(2016)))
    s.dues.add_exemption(Exemption(minh, dt.date(2026, 1, 1), "Miễn sinh hoạt", None))
    s.dues.record_payments([ha], ["2026-Q1", "2026-Q2", "2026-Q3"], dt.date(2026, 9, 2), "T1")
    s.dues.record_payments([lan], ["2026-Q1"], dt.date(2026, 3, 30), "T2")
    s.dues.add_remittance(Remittance(dt.date(2026, 10, 1), 30_000, "2026-Q1", "2026-Q3", "N1"))
    hoi = s.funds.save_fund(Fund("Quỹ Hội"))
    s.funds.add_entry(FundEntry(hoi, dt.date(2026, 1, 2), Direction.IN, 800_000, "Chuyển sang"))
    s.funds.add_entry(FundEntry(hoi, dt.date(2026, 5, 5), Direction.IN, 150_000, "Đóng góp",
                                "PT1", lan, EntryKind.CONTRIBUTION))  # fmt: skip
    s.funds.lend(hoi, ha, 400_000, dt.date(2026, 6, 1), "Chăn nuôi", "PC1")


def _chi_hoi_file(folder: Path, name: str, build: object) -> tuple[Path, Path]:
    data, package = folder / f"{name}.sqlite", folder / f"{name}.ccbgoi"
    db = open_database(data)
    try:
        s = Services.over(db, FixedClock(TODAY), data)
        s.unit.save(UnitSettings(ward_name=WARD, chi_hoi_name=name, place_name="Phường Tân Lập"))
        build(s)  # type: ignore[operator]
        s.package.write(package, 2026, data)
    finally:
        db.close()
    return data, package


@pytest.fixture
def files(tmp_path: Path) -> dict[str, tuple[Path, Path]]:
    return {A: _chi_hoi_file(tmp_path, A, _build_a), B: _chi_hoi_file(tmp_path, B, _build_b)}


@pytest.fixture
def ward(tmp_path: Path, files: dict[str, tuple[Path, Path]]) -> Path:
    target = tmp_path / "phuong.sqlite"
    for _data, package in files.values():
        assert main(["ward", "add", str(package), "--data", str(target), "--new"]) == 0
    return target


def _one(path: Path, sql: str, params: list[object] | None = None) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(sql, params or []).fetchone()[0] or 0)
    finally:
        connection.close()


# The ward's share of the periods begun in 2026 by `end` and paid in full, each period's rate
# the latest begun by the period's first day (a month 'YYYY-MM', a quarter 'YYYY-Qn').
_PERIOD_START = (
    "CASE WHEN instr(p.period, 'Q') THEN substr(p.period, 1, 4) || '-' || "
    "printf('%02d', 3 * CAST(substr(p.period, 7, 1) AS INTEGER) - 2) || '-01' "
    "ELSE p.period || '-01' END"
)
_SHARE_DUE = f"""
WITH paid AS (
  SELECT p.member_id, p.period, {_PERIOD_START} AS start, sum(p.amount_vnd) AS amount
  FROM dues_payments p GROUP BY p.member_id, p.period
)
SELECT sum(r.ward_share_vnd) FROM paid JOIN dues_rates r ON r.id = (
  SELECT id FROM dues_rates WHERE valid_from <= paid.start ORDER BY valid_from DESC LIMIT 1)
WHERE paid.amount >= r.amount_vnd AND paid.start BETWEEN ? AND ?
"""


def _dues_sql(data: Path, end: str) -> dict[str, int]:
    """A chi hội's dues of 2026 up to `end`, from its own file."""
    collected = _one(data, "SELECT sum(amount_vnd) FROM dues_payments WHERE paid_on BETWEEN ? AND ?",
                     [YEAR_START, end])  # fmt: skip
    paid = _one(data, "SELECT count(DISTINCT member_id) FROM dues_payments "
                "WHERE paid_on BETWEEN ? AND ?", [YEAR_START, end])  # fmt: skip
    remitted = _one(data, "SELECT sum(amount_vnd) FROM dues_remittances WHERE date BETWEEN ? AND ?",
                    [YEAR_START, end])  # fmt: skip
    share = _one(data, _SHARE_DUE, [YEAR_START, end])
    every_share = _one(data, _SHARE_DUE, ["0000-01-01", end])
    ever_remitted = _one(data, "SELECT sum(amount_vnd) FROM dues_remittances WHERE date <= ?",
                         [end])  # fmt: skip
    return {
        "collected": collected,
        "paid": paid,
        "remitted": remitted,
        "share": share,
        "to_send": max(every_share - ever_remitted, 0),
    }


_SIGNED = "CASE direction WHEN 'thu' THEN amount_vnd ELSE -amount_vnd END"


def _funds_sql(data: Path, end: str) -> dict[str, int]:
    opening = _one(data, f"SELECT sum({_SIGNED}) FROM fund_entries WHERE date < ?", [YEAR_START])
    received = _one(data, "SELECT sum(amount_vnd) FROM fund_entries WHERE direction = 'thu' "
                    "AND date BETWEEN ? AND ?", [YEAR_START, end])  # fmt: skip
    paid_out = _one(data, "SELECT sum(amount_vnd) FROM fund_entries WHERE direction = 'chi' "
                    "AND date BETWEEN ? AND ?", [YEAR_START, end])  # fmt: skip
    loans = _one(data, f"SELECT -sum({_SIGNED}) FROM fund_entries WHERE loan_id IS NOT NULL "
                 "AND date <= ?", [end])  # fmt: skip
    members = _one(data, "SELECT count(*) FROM members WHERE deleted_at IS NULL "
                   "AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat')")  # fmt: skip
    closing = opening + received - paid_out
    return {
        "funds": _one(data, "SELECT count(*) FROM funds"),
        "opening": opening,
        "in": received,
        "out": paid_out,
        "closing": closing,
        "members": members,
        "per_member": (2 * closing + members) // (2 * members),
        "loans": loans,
    }


def _export(kind: str, data: Path, out: Path) -> list[tuple[object, ...]]:
    assert main(["export", kind, "--data", str(data), "--out", str(out), "--year", "2026"]) == 0
    return list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))


def _by_chi_hoi(rows: list[tuple[object, ...]]) -> dict[str, tuple[object, ...]]:
    return {str(r[1]): r[2:] for r in rows if isinstance(r[0], int) and r[1] in (A, B)}


def _total(rows: list[tuple[object, ...]]) -> tuple[object, ...]:
    return next(r for r in rows if isinstance(r[0], str) and r[0].startswith("Tổng cộng"))[2:]


def _end() -> str:
    return min(dt.date.today(), dt.date(2026, 12, 31)).isoformat()  # the CLI's own clock


def test_the_ward_dues_workbook_has_each_chi_hoi_own_figures_and_their_sum(
    tmp_path: Path, files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """Per chi hội: collected, members who paid, sent to the ward (the ward's receipts),
    the share due and what is still to send, equal to SQL over its own file (its own rates:
    a monthly chi hội and a quarterly one); owing equal to its own workbook; the total row
    their sum."""
    rows = _by_chi_hoi(_export("dues", ward, tmp_path / "ward-dues.xlsx"))
    assert set(rows) == {A, B}
    for name, (data, _package) in files.items():
        expected = _dues_sql(data, _end())
        assert expected["collected"] and expected["remitted"]  # the check below can fail
        row = rows[name]
        assert row[0] == expected["collected"]
        assert row[1] == expected["paid"]
        assert row[4] == expected["share"]
        assert row[5] == expected["remitted"]
        assert row[6] == expected["to_send"]
        # Who still owes, as the chi hội's own book states it at its end.
        own = openpyxl.load_workbook(_own_dues(data, tmp_path)).worksheets[0]
        owing = [r[-1] for r in own.iter_rows(values_only=True) if isinstance(r[0], int)]
        assert row[2] == sum(1 for v in owing if v)
        assert row[3] == sum(int(str(v)) for v in owing if v)
    # Worked by hand for the quarterly chi hội: Hà owes Q4 (36.000), Lan Q2 (30.000), Q3 and
    # Q4 (36.000 each); Minh is exempt.
    assert rows[B][2:4] == (2, 138_000)
    total = _total(_export("dues", ward, tmp_path / "ward-dues-2.xlsx"))
    for column in range(7):
        assert total[column] == sum(int(str(r[column])) for r in rows.values())


def _own_dues(data: Path, folder: Path) -> Path:
    out = folder / f"{data.stem}-own-dues.xlsx"
    _export("dues", data, out)
    return out


def test_the_ward_funds_workbook_keeps_each_chi_hoi_funds_apart(
    tmp_path: Path, files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """Per chi hội: its funds' opening, receipts, payments, closing, members, per member and
    loans outstanding, from SQL over its own file (two funds named "Quỹ Hội" never mixed);
    the total its sum, per member the ward's closing over the ward's members."""
    rows = _by_chi_hoi(_export("funds", ward, tmp_path / "ward-funds.xlsx"))
    keys = ("funds", "opening", "in", "out", "closing", "members", "per_member", "loans")
    expected = {name: _funds_sql(data, _end()) for name, (data, _p) in files.items()}
    assert expected[A]["loans"] == 0 and expected[B]["loans"] == 400_000  # repaid / owed
    for name in (A, B):
        assert list(rows[name]) == [expected[name][k] for k in keys]
    total = _total(_export("funds", ward, tmp_path / "ward-funds-2.xlsx"))
    closing = sum(e["closing"] for e in expected.values())
    members = sum(e["members"] for e in expected.values())
    assert total[4] == closing and total[5] == members
    assert total[6] == (2 * closing + members) // (2 * members)
    assert total[7] == 400_000


def test_a_chi_hoi_looked_at_alone_shows_only_its_own_dues_and_funds(
    tmp_path: Path, files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """Narrowed to one chi hội: the tab's grid lists only its members, its rates only, its
    figures and funds equal to SQL over its own file; its remittances are the ward's ledger
    of what that chi hội sent."""
    db = open_database(ward)
    try:
        s = Services.over(db, FixedClock(TODAY), ward)
        end = TODAY.date()
        for chi_hoi in s.ward.chi_hoi():
            data = files[chi_hoi.name][0]
            s.ward.look_at(chi_hoi.id)
            own_names = {
                f"{r[0]} {r[1]}"
                for r in sqlite3.connect(data).execute(
                    "SELECT family_name, given_name FROM members"
                )
            }
            grid = s.dues.grid(2026)
            assert {r.member.full_name for r in grid.rows} == own_names
            assert len(s.dues.rates()) == 2
            figures = s.dues.figures(dt.date(2026, 1, 1), end)
            expected = _dues_sql(data, end.isoformat())
            assert (figures.collected_vnd, figures.members_paid, figures.remitted_vnd) == (
                expected["collected"], expected["paid"], expected["remitted"])  # fmt: skip
            ledger = [(r.date.isoformat(), r.amount_vnd, r.voucher)
                      for r in s.dues.ward_account().remittances]  # fmt: skip
            connection = sqlite3.connect(data)
            assert (
                ledger
                == connection.execute(
                    "SELECT date, amount_vnd, voucher FROM dues_remittances ORDER BY date, id"
                ).fetchall()
            )
            connection.close()
            funds = s.funds.figures(dt.date(2026, 1, 1), end)
            assert funds.total_closing_vnd == _funds_sql(data, end.isoformat())["closing"]
            assert len(funds.funds) == _funds_sql(data, end.isoformat())["funds"]
        s.ward.look_at(None)
        whole = s.dues.figures(dt.date(2026, 1, 1), end)
        assert whole.collected_vnd == sum(
            _dues_sql(d, end.isoformat())["collected"] for d, _p in files.values()
        )
        assert len(s.dues.grid(2026).rows) == 7  # every member of both, each by own rates
    finally:
        db.close()


def test_the_ward_review_states_each_chi_hoi_dues_and_funds(
    tmp_path: Path, files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """The whole ward's year-end review, read back with python-docx: the ward's dues totals
    and each chi hội's own dues and fund lines, with figures from SQL over its own file;
    never "the program keeps no dues"."""
    from ccb_desktop.services.yearend import YearEndService

    db = open_database(ward)
    out = tmp_path / "review.docx"
    try:
        YearEndService(db, FixedClock(TODAY)).write(out, Period.year(2026))
    finally:
        db.close()
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    end = TODAY.date().isoformat()
    assert "6. Thu nộp hội phí" in text
    assert "Chương trình chưa giữ số liệu hội phí" not in text

    def money(value: int) -> str:
        return f"{format_vnd(value) or '0'} đồng"

    dues = {name: _dues_sql(data, end) for name, (data, _p) in files.items()}
    collected = sum(d["collected"] for d in dues.values())
    paid = sum(d["paid"] for d in dues.values())
    assert f"Hội phí đã thu: {money(collected)} của {paid} hội viên." in text
    for name, (data, _p) in files.items():
        d, f = dues[name], _funds_sql(data, end)
        assert f"{name} – Hội phí đã thu: {money(d['collected'])} của {d['paid']} hội viên." in text
        assert f"{name} – Hội phí đã nộp lên phường: {money(d['remitted'])}." in text
        assert f"{name} – Tổng các quỹ cuối kỳ: {money(f['closing'])}." in text
    a_hoi = _one(files[A][0], f"SELECT sum({_SIGNED}) FROM fund_entries e JOIN funds f "
                 "ON f.id = e.fund_id WHERE f.name = 'Quỹ Hội' AND date <= ?", [end])  # fmt: skip
    assert f"{A} – Quỹ Hội: đầu kỳ {money(2_000_000)}," in text
    assert f"cuối kỳ {money(a_hoi)}." in text


def _dues_rows(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return [
            row
            for table in DUES_TABLES
            for row in connection.execute(f"SELECT '{table}', * FROM {table} ORDER BY id")
        ]
    finally:
        connection.close()


def test_the_same_package_twice_changes_nothing(
    files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """Taking A's package again: no dues or fund row changes and no action is recorded."""
    before = _dues_rows(ward), _one(ward, "SELECT count(*) FROM actions")
    assert before[0]  # the check below can fail
    assert main(["ward", "add", str(files[A][1]), "--data", str(ward)]) == 0
    assert (_dues_rows(ward), _one(ward, "SELECT count(*) FROM actions")) == before


def test_a_changed_package_writes_only_what_differs_as_one_undoable_action(
    tmp_path: Path, files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """A's secretary records one more payment and a new fund line: the next package adds
    exactly those two rows (one action); undo takes them back, B's dues untouched."""
    data, package = files[A]
    db = open_database(data)
    try:
        s = Services.over(db, FixedClock(TODAY), data)
        dung = next(r.member.id for r in s.dues.grid(2026).rows if r.member.given_name == "Dũng")
        s.dues.record_payments([dung], ["2026-01"], dt.date(2026, 11, 2), "PT09")
        hoi = next(f.id or 0 for f in s.funds.funds() if f.name == "Quỹ Hội")
        s.funds.add_entry(FundEntry(hoi, dt.date(2026, 11, 3), Direction.IN, 50_000, "Ủng hộ"))
        s.package.write(package, 2026, data)
    finally:
        db.close()
    before = _dues_rows(ward)
    actions = _one(ward, "SELECT count(*) FROM actions")
    assert main(["ward", "add", str(package), "--data", str(ward)]) == 0
    assert _one(ward, "SELECT count(*) FROM actions") == actions + 1
    action = _one(ward, "SELECT max(id) FROM actions")
    connection = sqlite3.connect(ward)
    changed = connection.execute(
        "SELECT table_name, operation FROM changes WHERE action_id = ? "
        "AND table_name LIKE 'dues%' OR action_id = ? AND table_name LIKE 'fund%' ORDER BY 1",
        [action, action],
    ).fetchall()
    connection.close()
    assert changed == [("dues_payments", "insert"), ("fund_entries", "insert")]
    after = _dues_rows(ward)
    assert len(after) == len(before) + 2 and set(before) <= set(after)
    db = open_database(ward)
    try:
        Services.over(db, FixedClock(TODAY), ward).history.undo_last()
    finally:
        db.close()
    assert _dues_rows(ward) == before


def _without_dues(package: Path, target: Path) -> None:
    """The package as a program before hội phí travelled wrote it: no dues or fund tables,
    the schema it knew, the checksum of what is left."""
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        content = json.loads(archive.read("data.json"))
    for table in DUES_TABLES:
        del content["rows"][table]
    data = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    manifest.update(schema="0016_targets", checksum=hashlib.sha256(data).hexdigest())
    manifest["counts"] = {k: v for k, v in manifest["counts"].items() if k not in DUES_TABLES}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        archive.writestr("data.json", data)
    target.write_bytes(buffer.getvalue())


def test_an_older_package_is_taken_in_and_leaves_the_dues_as_they_were(
    tmp_path: Path, files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """A package without the dues tables: accepted; A's dues and funds in the ward stay
    exactly as the last package left them; into a new ward it brings members and no dues."""
    old = tmp_path / "old.ccbgoi"
    _without_dues(files[A][1], old)
    before = _dues_rows(ward)
    assert main(["ward", "add", str(old), "--data", str(ward)]) == 0
    assert _dues_rows(ward) == before
    fresh = tmp_path / "moi.sqlite"
    assert main(["ward", "add", str(old), "--data", str(fresh), "--new"]) == 0
    assert _one(fresh, "SELECT count(*) FROM members") == 4
    assert _dues_rows(fresh) == []


def test_each_dues_row_in_the_ward_is_its_chi_hoi_own_with_ids_remapped(
    files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """Every dues and fund row of the ward points at its own chi hội's members, funds and
    loans; the rows per chi hội equal its own file's, value for value."""
    connection = sqlite3.connect(ward)
    mixed = (
        connection.execute(
            "SELECT count(*) FROM fund_entries e JOIN funds f ON f.id = e.fund_id "
            "JOIN members m ON m.id = e.member_id WHERE m.chi_hoi_id <> f.chi_hoi_id"
        ).fetchone()[0]
        + connection.execute(
            "SELECT count(*) FROM fund_loans l JOIN funds f ON f.id = l.fund_id "
            "JOIN members m ON m.id = l.member_id WHERE m.chi_hoi_id <> f.chi_hoi_id"
        ).fetchone()[0]
    )
    assert mixed == 0
    for name, (data, _p) in files.items():
        chi_hoi = connection.execute("SELECT id FROM chi_hoi WHERE name = ?", [name]).fetchone()[0]
        ward_payments = connection.execute(
            "SELECT m.family_name, m.given_name, p.period, p.amount_vnd, p.paid_on "
            "FROM dues_payments p JOIN members m ON m.id = p.member_id WHERE m.chi_hoi_id = ? "
            "ORDER BY 1, 2, 3",
            [chi_hoi],
        ).fetchall()
        ward_rates = connection.execute(
            "SELECT valid_from, amount_vnd, cycle, ward_share_vnd FROM dues_rates "
            "WHERE chi_hoi_id = ? ORDER BY 1",
            [chi_hoi],
        ).fetchall()
        own = sqlite3.connect(data)
        assert (
            ward_payments
            == own.execute(
                "SELECT m.family_name, m.given_name, p.period, p.amount_vnd, p.paid_on "
                "FROM dues_payments p JOIN members m ON m.id = p.member_id ORDER BY 1, 2, 3"
            ).fetchall()
        )
        assert (
            ward_rates
            == own.execute(
                "SELECT valid_from, amount_vnd, cycle, ward_share_vnd FROM dues_rates ORDER BY 1"
            ).fetchall()
        )
        own.close()
    connection.close()


def test_an_older_file_gains_the_chi_hoi_of_its_rates_remittances_and_funds(
    tmp_path: Path,
) -> None:
    """A file from before 0017: its rates, remittances and funds become its one chi hội's,
    the rates' counter keeps above an id only the history remembers, a second chi hội may
    start a rate on the same day, and a new rate is recorded with its chi hội (undoable)."""
    from sqlite_utils import Database

    from ccb_desktop.db.migrations import migrations

    path = tmp_path / "cu.sqlite"
    old = Database(path)
    migrations.apply(old, stop_before="0017_dues_in_packages")
    s = Services.over(old, FixedClock(TODAY), path)
    s.dues.save_rate(DuesRate(dt.date(2026, 1, 1), 10_000, Cycle.MONTHLY, 3_000))
    s.dues.save_rate(DuesRate(dt.date(2026, 7, 1), 12_000, Cycle.MONTHLY, 4_000))
    s.history.undo_last()  # the rate of 1/7 is gone; its id is remembered by the history
    s.dues.add_remittance(Remittance(dt.date(2026, 2, 1), 3_000, "2026-01", "2026-01"))
    s.funds.save_fund(Fund("Quỹ Hội"))
    old.close()
    db = open_database(path)  # migrates
    try:
        s = Services.over(db, FixedClock(TODAY), path)
        new = s.dues.save_rate(DuesRate(dt.date(2026, 9, 1), 15_000, Cycle.MONTHLY, 5_000))
        assert new == 3
        recorded = db.execute(
            "SELECT json_extract(new, '$.chi_hoi_id') FROM changes WHERE table_name = "
            "'dues_rates' AND json_extract(row_key, '$.id') = ?",
            [new],
        ).fetchone()
        assert recorded == (1,)
        s.history.undo_last()
        assert [r.valid_from.isoformat() for r in s.dues.rates()] == ["2026-01-01"]
    finally:
        db.close()
    connection = sqlite3.connect(path)
    try:
        owners = [
            connection.execute(f"SELECT chi_hoi_id FROM {t}").fetchall()
            for t in ("dues_rates", "dues_remittances", "funds")
        ]
        assert owners == [[(1,)], [(1,)], [(1,)]]
        connection.execute("INSERT INTO chi_hoi (id, code, name) VALUES (2, 'x', 'Hai')")
        connection.execute(
            "INSERT INTO dues_rates (valid_from, amount_vnd, cycle, chi_hoi_id) "
            "VALUES ('2026-01-01', 5000, 'thang', 2)"
        )
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO dues_rates (valid_from, amount_vnd, cycle, chi_hoi_id) "
                "VALUES ('2026-01-01', 5000, 'thang', 2)"
            )
    finally:
        connection.close()


def test_the_whole_ward_names_each_fund_and_remittance_by_its_chi_hoi_and_takes_no_payment(
    ward: Path,
) -> None:
    """Looked at whole: the two "Quỹ Hội" are told apart by their chi hội, each remittance
    line names the chi hội that sent it, and a payment (whose periods are one chi hội's) is
    refused until a chi hội is chosen, nothing written."""
    from ccb_desktop.errors import CcbError

    db = open_database(ward)
    try:
        s = Services.over(db, FixedClock(TODAY), ward)
        names = sorted(f.name for f in s.funds.funds())
        assert names == [f"Quỹ Hội ({B})", f"Quỹ Hội ({A})", f"Quỹ Nghĩa tình đồng đội ({A})"]
        senders = [r.note.split(":")[0] for r in s.dues.ward_account().remittances]
        assert sorted(senders) == [B, A, A]
        payments = _one(ward, "SELECT count(*) FROM dues_payments")
        member = next(r.member.id for r in s.dues.grid(2026).rows)
        with pytest.raises(CcbError):
            s.dues.record_payments([member], ["2026-11"], dt.date(2026, 11, 20))
        assert _one(ward, "SELECT count(*) FROM dues_payments") == payments
    finally:
        db.close()


def test_an_older_package_without_a_member_takes_that_member_dues_out_with_them(
    tmp_path: Path, files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """An older package (no dues tables) from which a member who had paid is gone: the member
    leaves the ward with their payments (no row left pointing at no one); the others' dues
    stay as they were."""
    data, package = files[A]
    db = open_database(data)
    try:
        s = Services.over(db, FixedClock(TODAY), data)
        binh = next(r.member.id for r in s.dues.grid(2026).rows if r.member.given_name == "Bình")
        s.members.delete(binh)
        s.package.write(package, 2026, data)
    finally:
        db.close()
    old = tmp_path / "old.ccbgoi"
    _without_dues(package, old)
    before = _one(ward, "SELECT count(*) FROM dues_payments")
    assert main(["ward", "add", str(old), "--data", str(ward)]) == 0
    assert _one(ward, "SELECT count(*) FROM dues_payments") == before - 1
    assert _one(ward, "SELECT count(*) FROM dues_payments p LEFT JOIN members m "
                "ON m.id = p.member_id WHERE m.id IS NULL") == 0  # fmt: skip
    assert _one(ward, "SELECT count(*) FROM members WHERE given_name = 'Bình'") == 0


def test_the_ward_targets_read_every_chi_hoi_by_its_own_rates(
    files: dict[str, tuple[Path, Path]], ward: Path
) -> None:
    """The home screen's targets on the whole ward: funds per member is the ward's closing
    over its members (SQL over each chi hội's file); hội phí paid is each chi hội's members
    who paid every period due, by its own rates, over all members owing (worked by hand)."""
    from ccb_desktop.domain.targets import TargetKind

    end = TODAY.date()
    expected = [_funds_sql(d, end.isoformat()) for d, _p in files.values()]
    closing = sum(e["closing"] for e in expected)
    members = sum(e["members"] for e in expected)
    db = open_database(ward)
    try:
        s = Services.over(db, FixedClock(TODAY), ward)
        start = dt.date(2026, 1, 1)
        assert s.targets.actual(TargetKind.FUND_PER_MEMBER, start, end) == (
            2 * closing + members
        ) // (2 * members)
        # By 31/10: A's An has paid January–October; Bình, Cường (owing September and
        # October after his exemption) and Dũng have not; B's Hà owes Q4, Lan Q2–Q4.
        assert s.targets.actual(TargetKind.DUES_PAID, start, dt.date(2026, 10, 31)) == 17
        s.ward.look_at(s.ward.find(A).id)  # type: ignore[union-attr]
        assert s.targets.actual(TargetKind.DUES_PAID, start, dt.date(2026, 10, 31)) == 25
    finally:
        db.close()


def test_the_whole_ward_states_no_one_rate_when_its_chi_hoi_differ(ward: Path) -> None:
    """A monthly 12.000 and a quarterly 36.000: looked at whole, no rate is "in force"; looked
    at one chi hội, its own."""
    db = open_database(ward)
    try:
        s = Services.over(db, FixedClock(TODAY), ward)
        assert s.dues.rate_on(TODAY.date()) is None
        s.ward.look_at(s.ward.find(B).id)  # type: ignore[union-attr]
        rate = s.dues.rate_on(TODAY.date())
        assert rate is not None and (rate.amount_vnd, rate.cycle) == (36_000, Cycle.QUARTERLY)
    finally:
        db.close()


def test_a_plain_package_of_whole_512_byte_pages_is_not_taken_for_a_sealed_one(
    tmp_path: Path, files: dict[str, tuple[Path, Path]]
) -> None:
    """A plain package whose size happens to be a multiple of 512 (as a sealed file's is) is
    read without asking for a password (padded here with a zip comment to such a size)."""
    _data, package = files[A]
    with zipfile.ZipFile(package) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    padded = tmp_path / "padded.ccbgoi"
    for extra in range(512):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in parts.items():
                archive.writestr(name, content)
            archive.comment = b"x" * extra
        if len(buffer.getvalue()) % 512 == 0:
            padded.write_bytes(buffer.getvalue())
            break
    assert padded.stat().st_size % 512 == 0
    target = tmp_path / "w.sqlite"
    assert main(["ward", "add", str(padded), "--data", str(target), "--new"]) == 0
    assert _one(target, "SELECT count(*) FROM dues_payments") > 0
