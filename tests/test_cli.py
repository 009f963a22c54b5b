"""The command line: demo data, listing the register, version, errors in Vietnamese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop import __version__
from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind, Sex
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService


def _seed(path: Path, clock: FixedClock) -> None:
    db = open_database(path)
    service = MemberService(db, clock)
    service.add(Member("Phạm Văn", "Đức", birth_date=PartialDate(1950, 8), team="Tổ 2"))
    service.add(Member("Nguyễn Thị", "Dung", sex=Sex.FEMALE, birth_date=PartialDate(1960)))
    gone = service.add(Member("Lê", "Duy", birth_date=PartialDate(1945, 1, 3)))
    service.record_movement(gone, Movement(MovementKind.DECEASED, PartialDate(2024, 4, 5)))
    db.close()


def test_members_list_prints_official_order_tab_separated(
    db_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """One member a line: name, sex, birth date as entered, status, tổ hội."""
    _seed(db_path, clock)
    assert main(["members", "list", "--data", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "Nguyễn Thị Dung\tNữ\t1960\tĐang sinh hoạt\t",
        "Phạm Văn Đức\tNam\t08/1950\tĐang sinh hoạt\tTổ 2",
    ]


def test_members_list_all_and_search_without_diacritics(
    db_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(db_path, clock)
    assert main(["members", "list", "--data", str(db_path), "--all", "--search", "DU"]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["Nguyễn Thị Dung", "Lê Duy", "Phạm Văn Đức"]


def test_members_list_on_a_missing_file_says_so_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong path is an error message, exit code 2, and no file created."""
    missing = tmp_path / "khong_co.sqlite"
    assert main(["members", "list", "--data", str(missing)]) == 2
    assert "Không có tệp dữ liệu" in capsys.readouterr().err
    assert not missing.exists()


def test_demo_fills_a_file(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`demo` adds the requested number of members with Vietnamese names."""
    assert main(["demo", "--data", str(db_path), "--members", "25"]) == 0
    assert "25" in capsys.readouterr().out
    db = open_database(db_path)
    try:
        assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 25
        assert db.execute("SELECT count(DISTINCT status) FROM members").fetchone()[0] >= 2
    finally:
        db.close()


def test_version_through_python_dash_m() -> None:
    """`python -m ccb_desktop --version` prints the package version."""
    result = subprocess.run(
        [sys.executable, "-m", "ccb_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"ccb-desktop {__version__}"
