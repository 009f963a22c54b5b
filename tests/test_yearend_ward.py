"""The ward's year-end review (issues 17 and 18): three demo chi hội packaged and taken into a
ward file; `ccb-desktop yearend` on the ward seen whole writes the ward Hội's review to the
province Hội, whose table rows per chi hội, read back with python-docx, equal each chi hội's
own review and counts written here in SQL, and whose total rows are their sums."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from docx import Document

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.care import CareKind, CareVisit
from ccb_desktop.services.care import CareService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.ward import WardService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow

NAMES = ["Chi hội khu phố 1", "Chi hội khu phố 2", "Chi hội khu phố 3"]
CURRENT = "('dang_sinh_hoat', 'mien_sinh_hoat')"
PROVINCE = "Hội CCB tỉnh Bình Dương"


def _sql(path: Path, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def _number(text: str) -> int:
    return int(text.replace(".", "") or "0")


@pytest.fixture
def ward(tmp_path: Path) -> tuple[Path, list[Path]]:
    """Three chi hội files (`demo --chi-hoi`), each packaged and taken into one ward file."""
    files = []
    target = tmp_path / "phuong.sqlite"
    for n, name in enumerate(NAMES, start=1):
        data, package = tmp_path / f"ch{n}.sqlite", tmp_path / f"ch{n}.ccbgoi"
        assert main(["demo", "--data", str(data), "--chi-hoi", name, "--members", "30"]) == 0
        assert main(["package", "--data", str(data), "--out", str(package), "--year", "2026"]) == 0
        assert main(["ward", "add", str(package), "--data", str(target), "--new",
                     "--province", PROVINCE]) == 0  # fmt: skip
        files.append(data)
    return target, files


def _tables(path: Path) -> dict[str, list[list[str]]]:
    """The review's tables per chi hội, keyed by their first figure's header."""
    found: dict[str, list[list[str]]] = {}
    for table in Document(str(path)).tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        if len(rows[0]) > 2 and rows[0][1] == "Chi hội":
            found[rows[0][2]] = rows
    return found


def _by_name(rows: list[list[str]]) -> dict[str, list[int]]:
    """Chi hội (and "Tổng cộng") -> its figures; a rate column ("78%") is left out."""
    return {r[1]: [_number(v) for v in r[2:] if not v.endswith("%")] for r in rows[1:]}


def _own_review(data: Path, out: Path) -> dict[str, int]:
    """A chi hội's own review (the command on its own file), its figures read back."""
    assert main(["yearend", "--data", str(data), "--year", "2026", "--out", str(out)]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)

    def grab(pattern: str) -> int:
        found = re.search(pattern, text)
        assert found, pattern
        return _number(found.group(1))

    return {
        "members": grab(r"Chi hội có (\d+) hội viên \("),
        "up": grab(r"hội viên[^,]*, tăng (\d+),"),
        "down": grab(r", giảm (\d+) so với"),
        "party": grab(r"(\d+) đảng viên,"),
        "women": grab(r"(\d+) hội viên nữ"),
        "new": grab(r"Kết nạp (\d+) hội viên mới"),
        "meetings": grab(r"tổ chức (\d+) buổi sinh hoạt"),
        "present": grab(r"; (\d+) lượt hội viên có mặt"),
        "expected": grab(r"có mặt trên (\d+) lượt"),
        "poor": grab(r"Hộ hội viên nghèo đầu kỳ \d+, cuối kỳ (\d+)"),
        "near_poor": grab(r"Hộ cận nghèo đầu kỳ \d+, cuối kỳ (\d+)"),
        "escaped": grab(r"thoát nghèo (\d+) hộ"),
        "money": grab(r"tổng số tiền ([\d.]+) đồng"),
        "work_days": grab(r"(\d+) ngày công"),
    }


def test_the_ward_review_has_a_row_per_chi_hoi_equal_to_its_own_review(
    tmp_path: Path, ward: tuple[Path, list[Path]]
) -> None:
    """Per chi hội: members, tăng/giảm, đảng viên, nữ, kết nạp; meetings and attendance; poor,
    near-poor, escaped households, money and ngày công equal that chi hội's own review and
    SQL on both files; care visits equal SQL on the ward; each total row is the column sum;
    issued by the ward Hội to the province Hội."""
    target, files = ward
    # More care visits are entered on the ward file, each while looking at one chi hội.
    db = open_database(target)
    wards = WardService(db)
    clock = FixedClock(dt.datetime(2026, 11, 29, 9, 30))
    for n, chi_hoi in enumerate(wards.chi_hoi()):
        wards.look_at(chi_hoi.id)
        ids = sorted(wards.member_ids(chi_hoi.id))
        for k in range(n + 1):
            visit = CareVisit(ids[k], dt.date(2026, 6, 10 + k), CareKind.SICK, "", "", 200_000)
            CareService(db, clock).save(visit)
    wards.look_at(None)
    db.close()

    out = tmp_path / "phuong.docx"
    assert main(["yearend", "--data", str(target), "--year", "2026", "--out", str(out)]) == 0
    tables = _tables(out)
    members = _by_name(tables["Hội viên"])
    meetings = _by_name(tables["Số buổi"])
    support = _by_name(tables["Hộ nghèo"])
    care = _by_name(tables["Lượt thăm hỏi"])
    for table in (members, meetings, support, care):
        assert sorted(table) == sorted([*NAMES, "Tổng cộng"])

    for data, name in zip(files, NAMES, strict=True):
        own = _own_review(data, tmp_path / f"{name}.docx")
        assert members[name] == [own[k] for k in ("members", "up", "down", "party", "women", "new")]
        assert meetings[name] == [own["meetings"], own["present"], own["expected"]]
        assert support[name] == [
            own[k] for k in ("poor", "near_poor", "escaped", "money", "work_days")
        ]
        # Recomputed with SQL on the chi hội's own file and on the ward file, by chi hội.
        on_register = (
            f"SELECT count(*), sum(party_member), sum(sex = 'nu') FROM members m "
            f"WHERE m.deleted_at IS NULL AND m.status IN {CURRENT}"
        )
        in_ward = " AND m.chi_hoi_id = (SELECT id FROM chi_hoi WHERE name = ?)"
        figures = [members[name][0], members[name][3], members[name][4]]
        assert list(_sql(data, on_register)[0]) == figures
        assert list(_sql(target, on_register + in_ward, (name,))[0]) == figures
        held = (
            "SELECT count(DISTINCT g.id), count(a.member_id) FROM meetings g LEFT JOIN "
            "attendance a ON a.meeting_id = g.id AND a.mark = 'C' WHERE g.deleted_at IS NULL "
            "AND g.date BETWEEN '2026-01-01' AND '2026-12-31'"
        )
        assert list(_sql(data, held)[0]) == meetings[name][:2]
        assert list(
            _sql(target, held + " AND g.chi_hoi_id = (SELECT id FROM chi_hoi WHERE name = ?)",
                 (name,))[0]
        ) == meetings[name][:2]  # fmt: skip
        given = (
            "SELECT coalesce(sum(s.amount_vnd), 0), coalesce(sum(s.work_days), 0) FROM supports s "
            "JOIN support_cases c ON c.id = s.case_id "
            "WHERE s.date BETWEEN '2026-01-01' AND '2026-12-31'"
        )
        assert list(_sql(data, given)[0]) == support[name][3:]
        assert list(
            _sql(target, given + " AND c.chi_hoi_id = (SELECT id FROM chi_hoi WHERE name = ?)",
                 (name,))[0]
        ) == support[name][3:]  # fmt: skip
        visits = _sql(
            target,
            "SELECT count(*), count(DISTINCT v.member_id), coalesce(sum(v.amount_vnd), 0) "
            "FROM care_visits v JOIN members m ON m.id = v.member_id JOIN chi_hoi c "
            "ON c.id = m.chi_hoi_id WHERE c.name = ? AND v.date LIKE '2026-%'",
            (name,),
        )
        assert list(visits[0]) == care[name]
    # The chi hội's own visits came in their packages; 1 + 2 + 3 more were entered above.
    own_visits = sum(
        _sql(
            f,
            "SELECT count(*) FROM care_visits v JOIN members m ON m.id = v.member_id "
            "WHERE m.deleted_at IS NULL AND v.date LIKE '2026-%'",
        )[0][0]
        for f in files
    )
    assert own_visits > 0 and sum(care[n][0] for n in NAMES) == own_visits + 6

    for table in (members, meetings, support, care):
        assert table["Tổng cộng"] == [sum(table[n][i] for n in NAMES) for i in range(len(table[NAMES[0]]))]  # fmt: skip
    # The ward's own sentences state the totals; the heading is the ward's and the province's.
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert f"Hội CCB phường có {members['Tổng cộng'][0]} hội viên (" in text
    assert f"Hội CCB phường tổ chức {meetings['Tổng cộng'][0]} buổi sinh hoạt" in text
    assert "[Phần Hội tự viết:" in text and "[Phần chi hội tự viết:" not in text
    heading = [c.text for row in Document(str(out)).tables[0].rows for c in row.cells]
    assert "HỘI CCB TỈNH BÌNH DƯƠNG" in heading[0] and "HỘI CCB PHƯỜNG 7" in heading[0]
    assert f"- {PROVINCE} (để báo cáo);" in [c.text for t in Document(str(out)).tables
                                              for row in t.rows for c in row.cells][-2]  # fmt: skip


def test_a_chi_hoi_looked_at_in_the_ward_gets_its_own_review(
    tmp_path: Path, ward: tuple[Path, list[Path]]
) -> None:
    """Narrowed to one chi hội, the review is that chi hội's (its own name as issuer, no
    table per chi hội) with its own figures."""
    from ccb_desktop.services.reports import Period
    from ccb_desktop.services.yearend import YearEndService

    target, files = ward
    db = open_database(target)
    wards = WardService(db)
    second = wards.find(NAMES[1])
    assert second is not None
    wards.look_at(second.id)
    out = tmp_path / "second.docx"
    YearEndService(db).write(out, Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    db.close()
    assert _tables(out) == {}
    heading = Document(str(out)).tables[0].rows[0].cells[0].text
    assert NAMES[1].upper() in heading
    own = _own_review(files[1], tmp_path / "own.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert f"Chi hội có {own['members']} hội viên (" in text


def test_the_window_writes_the_ward_review_from_the_reports_tab(
    window: MainWindow,
    tmp_path: Path,
    ward: tuple[Path, list[Path]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Báo cáo → Báo cáo tổng kết năm… on the ward file seen whole writes the ward's review
    (a table per chi hội); with one chi hội chosen above the tabs, that chi hội's own."""
    target, _files = ward
    assert window.open_file(target)
    reports = window.reports_tab
    window.tabs.setCurrentWidget(reports)
    out = tmp_path / "window.docx"
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _l, items: items[0])
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: out)
    reports.review_button.click()
    members = _by_name(_tables(out)["Hội viên"])
    assert sorted(members) == sorted([*NAMES, "Tổng cộng"])
    assert (
        members["Tổng cộng"][0]
        == _sql(
            target, f"SELECT count(*) FROM members WHERE deleted_at IS NULL AND status IN {CURRENT}"
        )[0][0]
    )

    combo = window.chi_hoi_selector.combo
    combo.setCurrentIndex(combo.findText(NAMES[2]))
    reports.review_button.click()
    assert _tables(out) == {}
    assert NAMES[2].upper() in Document(str(out)).tables[0].rows[0].cells[0].text
