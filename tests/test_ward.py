"""Ward mode end to end on the command line (issue 17): chi hội files made by `demo --chi-hoi`,
packaged, taken into a ward file; the ward's summary against each chi hội's own; refusals,
replacing without doubling, and undo."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.ward import WARD_SUMMARY_COLUMNS
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.members import MemberService

NAMES = ["Chi hội khu phố 1", "Chi hội khu phố 2", "Chi hội khu phố 3"]
CURRENT = "('dang_sinh_hoat', 'mien_sinh_hoat')"


def _sql(path: Path, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def _make_chi_hoi(folder: Path, number: int, members: int = 30) -> tuple[Path, Path]:
    data = folder / f"chi_hoi_{number}.sqlite"
    package = folder / f"chi_hoi_{number}.ccbgoi"
    name = NAMES[number - 1]
    assert main(["demo", "--data", str(data), "--chi-hoi", name, "--members", str(members)]) == 0
    assert main(["package", "--data", str(data), "--out", str(package), "--year", "2026"]) == 0
    return data, package


@pytest.fixture
def three(tmp_path: Path) -> list[tuple[Path, Path]]:
    return [_make_chi_hoi(tmp_path, n) for n in (1, 2, 3)]


def _ward_state(ward: Path) -> list[tuple[object, ...]]:
    """Everything a ward holds of its chi hội, to compare before and after."""
    return _sql(
        ward,
        "SELECT c.name, m.family_name, m.given_name, m.status, m.card_number, "
        "(SELECT count(*) FROM movements v WHERE v.member_id = m.id), "
        "(SELECT count(*) FROM attendance a WHERE a.member_id = m.id) "
        "FROM members m JOIN chi_hoi c ON c.id = m.chi_hoi_id ORDER BY 1, 2, 3, 5",
    ) + _sql(
        ward,
        "SELECT c.name, count(DISTINCT g.id), count(DISTINCT s.id) FROM chi_hoi c "
        "LEFT JOIN meetings g ON g.chi_hoi_id = c.id LEFT JOIN support_cases s "
        "ON s.chi_hoi_id = c.id GROUP BY c.id ORDER BY 1",
    )


def test_a_chi_hoi_file_has_one_chi_hoi_every_row_points_to(tmp_path: Path) -> None:
    """The migration makes a chi hội's own file's one chi hội; members, meetings and cases
    point to it (read with SQL)."""
    data, _package = _make_chi_hoi(tmp_path, 1)
    assert _sql(data, "SELECT id, name FROM chi_hoi") == [(1, NAMES[0])]
    for table in ("members", "meetings", "support_cases"):
        rows = _sql(data, f"SELECT DISTINCT chi_hoi_id FROM {table}")
        assert rows == [(1,)], table


def test_demo_with_chi_hoi_names_makes_distinct_chi_hoi(three: list[tuple[Path, Path]]) -> None:
    """Each file: its own identity, its name, and members of its own."""
    codes = {_sql(data, "SELECT code FROM chi_hoi")[0][0] for data, _p in three}
    assert len(codes) == 3
    people = [
        set(_sql(data, "SELECT family_name, given_name, birth_date FROM members"))
        for data, _p in three
    ]
    assert len(people[0] & people[1]) < 3 and len(people[1] & people[2]) < 3
    for (data, _p), name in zip(three, NAMES, strict=True):
        assert _sql(data, "SELECT value FROM settings WHERE key = 'unit.chi_hoi_name'") == [(name,)]


def test_the_package_is_small_and_says_what_it_holds(three: list[tuple[Path, Path]]) -> None:
    """A zip with a manifest (identity, period, versions, checksum) and the data it checks."""
    data, package = three[0]
    assert package.stat().st_size < 100_000
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        content = archive.read("data.json")
    assert manifest["chi_hoi_name"] == NAMES[0]
    assert manifest["chi_hoi_code"] == _sql(data, "SELECT code FROM chi_hoi")[0][0]
    assert manifest["year"] == 2026 and manifest["schema"] and manifest["program_version"]
    assert manifest["checksum"] == hashlib.sha256(content).hexdigest()
    rows = json.loads(content)["rows"]
    assert len(rows["members"]) == _sql(data, "SELECT count(*) FROM members")[0][0]
    assert len(rows["attendance"]) == _sql(data, "SELECT count(*) FROM attendance")[0][0]


def _read_chi_hoi_summary(path: Path) -> dict[str, object]:
    sheet = openpyxl.load_workbook(path).active
    return {row[1]: row[2] for row in sheet.iter_rows(values_only=True) if row[1]}


def _read_ward_summary(path: Path) -> tuple[dict[str, list[object]], list[object]]:
    sheet = openpyxl.load_workbook(path).active
    rows: dict[str, list[object]] = {}
    total: list[object] = []
    for row in sheet.iter_rows(values_only=True):
        if isinstance(row[0], int) and isinstance(row[1], str):
            rows[row[1]] = list(row[2 : 2 + len(WARD_SUMMARY_COLUMNS)])
        elif isinstance(row[0], str) and row[0].startswith("Tổng cộng"):
            total = list(row[2 : 2 + len(WARD_SUMMARY_COLUMNS)])
    return rows, total


def test_three_packages_give_a_ward_summary_equal_to_each_chi_hoi_own(
    tmp_path: Path, three: list[tuple[Path, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Done when: three chi hội packaged and added; each ward row equals that chi hội's own
    summary (read back from both workbooks and recomputed with SQL), the total their sum,
    issued by the ward Hội to the province Hội; `members list` lists every chi hội."""
    ward = tmp_path / "phuong.sqlite"
    for _data, package in three:
        assert main(["ward", "add", str(package), "--data", str(ward), "--new",
                     "--province", "Hội CCB tỉnh Bình Dương"]) == 0  # fmt: skip
    out = tmp_path / "phuong.xlsx"
    assert (
        main(["export", "summary", "--data", str(ward), "--out", str(out), "--year", "2026"]) == 0
    )
    rows, total = _read_ward_summary(out)
    assert sorted(rows) == NAMES
    for (data, _package), name in zip(three, NAMES, strict=True):
        own = tmp_path / f"{name}.xlsx"
        assert main(["export", "summary", "--data", str(data), "--out", str(own),
                     "--year", "2026"]) == 0  # fmt: skip
        lines = _read_chi_hoi_summary(own)
        for column, value in zip(WARD_SUMMARY_COLUMNS, rows[name], strict=True):
            assert value == lines[column.line], (name, column.header)
        # Recomputed from the chi hội's own file with SQL: who is on the register today.
        end, women, party, excused = _sql(
            data,
            f"SELECT count(*), sum(sex = 'nu'), sum(party_member), "
            f"sum(status = 'mien_sinh_hoat') FROM members "
            f"WHERE deleted_at IS NULL AND status IN {CURRENT}",
        )[0]
        figures = dict(zip((c.header for c in WARD_SUMMARY_COLUMNS), rows[name], strict=True))
        assert (figures["Cuối kỳ"], figures["Nữ"], figures["Đảng viên"], figures["Miễn SH"]) == (
            end, women, party, excused,
        )  # fmt: skip
        # And from the ward file with SQL, by chi hội.
        assert _sql(
            ward,
            f"SELECT count(*) FROM members m JOIN chi_hoi c ON c.id = m.chi_hoi_id "
            f"WHERE c.name = ? AND m.deleted_at IS NULL AND m.status IN {CURRENT}",
            (name,),
        ) == [(end,)]
    assert total == [sum(r[i] for r in rows.values()) for i in range(len(total))]  # type: ignore[misc]
    heading = [c for row in openpyxl.load_workbook(out).active.iter_rows(max_row=3, values_only=True)
               for c in row if c]  # fmt: skip
    assert "HỘI CCB TỈNH BÌNH DƯƠNG" in heading and "HỘI CCB PHƯỜNG 7" in heading
    capsys.readouterr()
    assert main(["members", "list", "--data", str(ward)]) == 0
    listed = capsys.readouterr().out.splitlines()
    expected = sum(
        _sql(d, f"SELECT count(*) FROM members WHERE deleted_at IS NULL AND status IN {CURRENT}")[
            0
        ][0]
        for d, _p in three
    )
    assert len(listed) == expected
    assert {line.split("\t")[5] for line in listed} == set(NAMES)


def test_same_package_twice_changes_nothing(
    tmp_path: Path, three: list[tuple[Path, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Taken in again: no row changes and no new action to undo."""
    ward = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(three[0][1]), "--data", str(ward)]) == 0
    before = _ward_state(ward)
    actions = _sql(ward, "SELECT count(*) FROM actions")
    assert main(["ward", "add", str(three[0][1]), "--data", str(ward)]) == 0
    assert "không có gì thay đổi" in capsys.readouterr().out
    assert _ward_state(ward) == before
    assert _sql(ward, "SELECT count(*) FROM actions") == actions


def test_a_changed_package_replaces_never_doubles_and_undo_takes_it_back(
    tmp_path: Path, three: list[tuple[Path, Path]], clock: FixedClock
) -> None:
    """The chi hội adds a member and renames one; the new package replaces that chi hội's
    data only (one more member, the new name), the others untouched; undo restores it all."""
    ward = tmp_path / "phuong.sqlite"
    for _data, package in three:
        assert main(["ward", "add", str(package), "--data", str(ward), "--new"]) == 0
    first = _ward_state(ward)
    data, package = three[1]
    db = open_database(data)
    service = MemberService(db, clock)
    service.add(
        Member("Hoàng Văn", "Mới", birth_date=PartialDate(1958), joined_hoi=PartialDate(2026, 5))
    )
    renamed = _sql(data, "SELECT id FROM members ORDER BY id LIMIT 1")[0][0]
    record = service.get(int(renamed))  # type: ignore[arg-type]
    assert record is not None
    from dataclasses import replace

    service.update(replace(record, given_name="Đổi"))
    db.close()
    assert main(["package", "--data", str(data), "--out", str(package), "--year", "2026"]) == 0
    assert main(["ward", "add", str(package), "--data", str(ward)]) == 0
    count = "SELECT count(*) FROM members m JOIN chi_hoi c ON c.id = m.chi_hoi_id WHERE c.name = ?"
    own = _sql(data, "SELECT count(*) FROM members")[0][0]
    assert _sql(ward, count, (NAMES[1],)) == [(own,)]
    assert _sql(ward, count, (NAMES[0],)) == _sql(three[0][0], "SELECT count(*) FROM members")
    assert _sql(ward, "SELECT count(*) FROM members WHERE given_name IN ('Mới', 'Đổi')") == [(2,)]
    # Taking the same changed package again: still no doubles.
    assert main(["ward", "add", str(package), "--data", str(ward)]) == 0
    assert _sql(ward, count, (NAMES[1],)) == [(own,)]
    db = open_database(ward)
    history = HistoryService(db, clock)
    action = history.last_undoable()
    assert action is not None and NAMES[1] in action.label.render()
    history.undo_last()
    db.close()
    assert _ward_state(ward) == first


def _rewrite(package: Path, target: Path, manifest_change: dict[str, object] | None = None,
             data_change: bytes | None = None) -> None:  # fmt: skip
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        content = archive.read("data.json")
    manifest.update(manifest_change or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", data_change if data_change is not None else content)
    target.write_bytes(buffer.getvalue())


@pytest.mark.parametrize(
    "spoil, words",
    [
        ("truncated", "bị hỏng"),
        ("checksum", "bị hỏng"),
        ("newer-program", "phiên bản chương trình mới hơn"),
        ("newer-schema", "phiên bản chương trình mới hơn"),
        ("unknown", "--new"),
    ],
)
def test_refused_packages_say_why_in_vietnamese_and_change_nothing(
    tmp_path: Path,
    three: list[tuple[Path, Path]],
    capsys: pytest.CaptureFixture[str],
    spoil: str,
    words: str,
) -> None:
    """Damaged, newer, or of a chi hội the ward does not know (without --new): exit 2, a
    Vietnamese message, the ward file as it was."""
    ward = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(three[0][1]), "--data", str(ward)]) == 0
    before = _ward_state(ward)
    actions = _sql(ward, "SELECT count(*) FROM actions")
    bad = tmp_path / "bad.ccbgoi"
    source = three[0][1]
    if spoil == "truncated":
        bad.write_bytes(source.read_bytes()[:-200])
    elif spoil == "checksum":
        _rewrite(source, bad, data_change=b'{"rows": {}, "unit": {}}')
    elif spoil == "newer-program":
        _rewrite(source, bad, {"program_version": "99.0.0"})
    elif spoil == "newer-schema":
        _rewrite(source, bad, {"schema": "0099_future"})
    else:
        bad = three[2][1]
    capsys.readouterr()
    assert main(["ward", "add", str(bad), "--data", str(ward)]) == 2
    assert words in capsys.readouterr().err
    assert _ward_state(ward) == before
    assert _sql(ward, "SELECT count(*) FROM actions") == actions


def test_a_chi_hoi_file_with_data_is_not_made_a_ward(
    three: list[tuple[Path, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    """A package taken "into" a chi hội's own register is refused; the register untouched."""
    data, _package = three[0]
    before = _sql(data, "SELECT count(*) FROM members")
    assert main(["ward", "add", str(three[1][1]), "--data", str(data), "--new"]) == 2
    assert "không phải tệp của phường" in capsys.readouterr().err
    assert _sql(data, "SELECT count(*) FROM members") == before
