"""On a ward file looked at by one chi hội, the register's search (the trigram index and the
listing index alike) finds only that chi hội's members, as SQL written here counts them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_register
from ccb_desktop.domain.register import MemberFilter, PolicyFilter
from ccb_desktop.domain.vocabulary import Sex
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import SystemClock

CURRENT = "('dang_sinh_hoat', 'mien_sinh_hoat')"


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    """A ward file holding two demo chi hội of 40 members each."""
    ward = tmp_path / "phuong.sqlite"
    for number in (1, 2):
        data, package = tmp_path / f"kp{number}.sqlite", tmp_path / f"kp{number}.ccbgoi"
        name = f"Khu phố {number}"
        assert main(["demo", "--data", str(data), "--chi-hoi", name, "--members", "40"]) == 0
        assert main(["package", "--data", str(data), "--out", str(package), "--year", "2026"]) == 0
        assert main(["ward", "add", str(package), "--data", str(ward), "--new"]) == 0
    return ward


@pytest.mark.parametrize("text", ["van", "ng", "", "thi"])
def test_search_keeps_to_the_chi_hoi_looked_at(ward: Path, text: str) -> None:
    """Words of three letters (trigram index), of two (listing index) and none: the ids found
    are exactly the current members of that chi hội whose folded name holds the text."""
    connection = sqlite3.connect(ward)
    chi_hoi = [r[0] for r in connection.execute("SELECT id FROM chi_hoi ORDER BY id")]
    expected = {
        c: {
            r[0]
            for r in connection.execute(
                "SELECT id FROM members WHERE chi_hoi_id = ? AND deleted_at IS NULL "
                f"AND status IN {CURRENT} AND search_key LIKE ?",
                [c, f"%{text}%"],
            )
        }
        for c in chi_hoi
    }
    connection.close()
    db = open_register(ward)
    try:
        services = Services.over(db, SystemClock(), ward)
        for c in chi_hoi:
            services.ward.look_at(c)
            assert expected[c]  # the check below can fail
            assert set(services.members.find(MemberFilter(search=text)).ids) == expected[c]
        services.ward.look_at(None)
        whole = set(services.members.find(MemberFilter(search=text)).ids)
        assert whole == set().union(*expected.values())
    finally:
        db.close()


def test_a_narrowed_search_keeps_to_the_chi_hoi_too(ward: Path) -> None:
    """A search with a filter on sex and policy (the join to the members table) as well."""
    db = open_register(ward)
    try:
        services = Services.over(db, SystemClock(), ward)
        services.ward.look_at(2)
        found = services.members.find(MemberFilter(search="van", sex=Sex.MALE)).ids
        policy = services.members.find(MemberFilter(search="van", policy=PolicyFilter.ANY)).ids
    finally:
        db.close()
    connection = sqlite3.connect(ward)
    try:
        places = {r[0] for r in connection.execute(
            "SELECT DISTINCT chi_hoi_id FROM members WHERE id IN (SELECT value FROM json_each(?))",
            [str(list(found) + list(policy))],
        )}  # fmt: skip
    finally:
        connection.close()
    assert found and places == {2}


def test_the_home_screen_counts_each_chi_hois_to_hoi(ward: Path) -> None:
    """Two chi hội both have a "Tổ 1": the ward's tổ hội tile counts them as two tổ (SQL)."""
    connection = sqlite3.connect(ward)
    try:
        (expected,) = connection.execute(
            "SELECT count(*) FROM (SELECT DISTINCT chi_hoi_id, team FROM members "
            f"WHERE team <> '' AND deleted_at IS NULL AND status IN {CURRENT})"
        ).fetchone()
        (names,) = connection.execute(
            "SELECT count(DISTINCT team) FROM members WHERE team <> '' AND deleted_at IS NULL"
        ).fetchone()
    finally:
        connection.close()
    assert expected > names  # the demo's chi hội share tổ names: the check below can fail
    db = open_register(ward)
    try:
        services = Services.over(db, SystemClock(), ward)
        assert services.overview.overview().teams == expected
    finally:
        db.close()


def test_without_a_province_name_the_ward_never_reports_to_itself(
    ward: Path, tmp_path: Path
) -> None:
    """The ward file made without --province: its summary's Nơi nhận leaves the province to
    fill in by hand instead of naming the ward Hội as its own recipient."""
    import openpyxl

    out = tmp_path / "tong-hop.xlsx"
    assert (
        main(["export", "summary", "--data", str(ward), "--out", str(out), "--year", "2026"]) == 0
    )
    texts = [
        str(v)
        for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True)  # type: ignore[union-attr]
        for v in row
        if isinstance(v, str)
    ]
    recipients = next(t for t in texts if t.startswith("Nơi nhận"))
    first = recipients.splitlines()[1]
    assert "tỉnh" in first and "phường" not in first


def test_care_visits_travel_in_the_package_and_count_per_chi_hoi(
    ward: Path, tmp_path: Path
) -> None:
    """Each chi hội's care visits (SQL on its own file) reach the ward: the ward's care
    figures equal their sum, and looking at one chi hội gives that chi hội's own."""
    import datetime as dt

    own = {}
    for number in (1, 2):
        connection = sqlite3.connect(tmp_path / f"kp{number}.sqlite")
        try:
            own[number] = connection.execute(
                "SELECT count(*), coalesce(sum(amount_vnd), 0) FROM care_visits"
            ).fetchone()
        finally:
            connection.close()
    assert all(visits for visits, _money in own.values())  # the check below can fail
    start, end = dt.date(2000, 1, 1), dt.date(2100, 12, 31)
    db = open_register(ward)
    try:
        services = Services.over(db, SystemClock(), ward)
        whole = services.care.figures(start, end)
        assert (whole.visits, whole.money_vnd) == (
            own[1][0] + own[2][0],
            own[1][1] + own[2][1],
        )
        names = {c.name: c.id for c in services.ward.chi_hoi()}
        services.ward.look_at(names["Khu phố 2"])
        second = services.care.figures(start, end)
        assert (second.visits, second.money_vnd) == own[2]
    finally:
        db.close()


def test_taking_a_package_in_is_undone_under_a_vietnamese_name(
    ward: Path,
    vietnamese,  # type: ignore[no-untyped-def]
) -> None:
    """Sửa → Hoàn tác names the last package taken in, in Vietnamese (the history renders
    its labels in the "History" context)."""
    from ccb_desktop.i18n import render
    from ccb_desktop.services.history import HistoryService

    db = open_register(ward)
    try:
        last = HistoryService(db).last_undoable()
    finally:
        db.close()
    assert last is not None
    assert render(last.label) == "Nhận tệp của Khu phố 2 (năm 2026)"


def test_the_ward_review_counts_each_chi_hois_to_hoi(ward: Path, tmp_path: Path) -> None:
    """The ward's review says how many tổ hội the ward has: each chi hội's own (SQL)."""
    from docx import Document

    connection = sqlite3.connect(ward)
    try:
        (expected,) = connection.execute(
            "SELECT count(*) FROM (SELECT DISTINCT chi_hoi_id, team FROM members "
            f"WHERE team <> '' AND deleted_at IS NULL AND status IN {CURRENT})"
        ).fetchone()
    finally:
        connection.close()
    out = tmp_path / "phuong.docx"
    assert main(["yearend", "--data", str(ward), "--year", "2026", "--out", str(out)]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert f"hội viên sinh hoạt ở {expected} tổ hội;" in text
