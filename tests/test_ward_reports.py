"""The ward's other reports (issue 17): attendance and poverty support with one row per chi hội
and the total, the roster and the movements grouped by chi hội; each chi hội's figures
recomputed with SQL on its own file and compared with its own workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ccb_desktop.cli import main
from tests.test_ward import CURRENT, NAMES, _make_chi_hoi, _sql

YEAR = "2026"


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], Path]:
    """Three chi hội taken into one ward file; (ward, their own files, a folder)."""
    folder = tmp_path_factory.mktemp("ward_reports")
    made = [_make_chi_hoi(folder, n) for n in (1, 2, 3)]
    ward = folder / "phuong.sqlite"
    for _data, package in made:
        assert main(["ward", "add", str(package), "--data", str(ward), "--new"]) == 0
    return ward, [data for data, _p in made], folder


def _export(kind: str, data: Path, out: Path) -> list[tuple[object, ...]]:
    assert main(["export", kind, "--data", str(data), "--out", str(out), "--year", YEAR]) == 0
    return list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))


def _chi_hoi_rows(rows: list[tuple[object, ...]]) -> dict[str, tuple[object, ...]]:
    return {str(r[1]): r[2:] for r in rows if isinstance(r[0], int) and r[1] in NAMES}


def _total(rows: list[tuple[object, ...]]) -> tuple[object, ...]:
    return next(r for r in rows if isinstance(r[0], str) and r[0].startswith("Tổng cộng"))


def test_attendance_has_each_chi_hoi_own_totals_and_the_ward_sum(
    ward: tuple[Path, list[Path], Path],
) -> None:
    """Per chi hội: meetings, expected, present, excused, unexcused equal to its own report's
    total row; meetings and presences also counted with SQL; the ward row their sum."""
    ward_file, own_files, folder = ward
    rows = _chi_hoi_rows(_export("attendance", ward_file, folder / "w-att.xlsx"))
    for name, own in zip(NAMES, own_files, strict=True):
        own_total = _total(_export("attendance", own, folder / f"{own.stem}-att.xlsx"))
        meetings, expected, present, excused, unexcused, _rate = rows[name][:6]
        assert [expected, present, excused, unexcused] == list(own_total[4:8])
        assert (meetings, present) == _sql(
            own,
            "SELECT count(DISTINCT g.id), sum(a.mark = 'C') FROM meetings g JOIN attendance a "
            "ON a.meeting_id = g.id WHERE g.deleted_at IS NULL AND g.date LIKE ?",
            (YEAR + "-%",),
        )[0]
    total = _total(_export("attendance", ward_file, folder / "w-att2.xlsx"))
    for i in range(5):
        assert total[2 + i] == sum(int(str(r[i])) for r in rows.values())


def test_support_money_per_chi_hoi_is_what_its_file_gave(
    ward: tuple[Path, list[Path], Path],
) -> None:
    """The money each chi hội's households were given in the year, summed with SQL on its own
    file, is its row's; the poor households at the year's end too; the total is the sum."""
    ward_file, own_files, folder = ward
    rows = _chi_hoi_rows(_export("support", ward_file, folder / "w-sup.xlsx"))
    for name, own in zip(NAMES, own_files, strict=True):
        money = _sql(
            own,
            "SELECT coalesce(sum(s.amount_vnd), 0) FROM supports s JOIN support_cases c "
            "ON c.id = s.case_id WHERE s.date LIKE ?",
            (YEAR + "-%",),
        )[0][0]
        poor = _sql(
            own,
            "SELECT count(*) FROM household_classifications WHERE year = ? AND category = 'ho_ngheo'",
            (int(YEAR),),
        )[0][0]
        assert rows[name][7] == money
        assert rows[name][1] == poor
    total = _total(_export("support", ward_file, folder / "w-sup2.xlsx"))
    assert total[2 + 7] == sum(int(str(r[7])) for r in rows.values())


def test_roster_and_movements_are_grouped_by_chi_hoi(
    ward: tuple[Path, list[Path], Path],
) -> None:
    """Each chi hội's bold row names it with its count (counted with SQL on its own file),
    its members or movements under it; the ward's total counts everyone."""
    ward_file, own_files, folder = ward
    roster = _export("members-short", ward_file, folder / "w-roster.xlsx")
    moves = _export("movements", ward_file, folder / "w-moves.xlsx")
    everyone = 0
    for name, own in zip(NAMES, own_files, strict=True):
        members = _sql(
            own, f"SELECT count(*) FROM members WHERE deleted_at IS NULL AND status IN {CURRENT}"
        )[0][0]
        moved = _sql(
            own,
            "SELECT count(*) FROM movements v JOIN members m ON m.id = v.member_id "
            "WHERE m.deleted_at IS NULL AND v.date LIKE ?",
            (YEAR + "%",),
        )[0][0]
        assert (None, f"{name} ({members} hội viên)") in [r[:2] for r in roster]
        assert (None, f"{name} ({moved} biến động)") in [r[:2] for r in moves]
        everyone += int(str(members))
    assert _total(roster)[0] == f"Tổng cộng: {everyone} hội viên"
    numbered = [r[0] for r in roster if isinstance(r[0], int)]
    assert numbered == list(range(1, everyone + 1))
