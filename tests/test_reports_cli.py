"""`ccb-desktop export` refuses bad periods and targets with one Vietnamese line, exit 2, no
file written; a read-only target is left as it was; a read-only data file still exports."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo


@pytest.fixture
def data(db_path: Path, clock: FixedClock) -> Path:
    db = open_database(db_path)
    fill_demo(db, members=15, clock=clock)
    db.close()
    return db_path


def _export(data: Path, out: Path, *period: str) -> list[str]:
    return ["export", "attendance", "--data", str(data), "--out", str(out), *period]


@pytest.mark.parametrize(
    ("period", "said"),
    [
        (["--from", "01/06/2026", "--to", "01/01/2026"], "bắt đầu (01/06/2026) sau ngày kết thúc"),
        (["--year", "99999"], "99999"),
        (["--year", "-5"], "-5"),
        (["--year", "0"], "1900"),
        (["--year", "2026", "--from", "01/01/2026"], "--year"),
        (["--from", "01/01/99999"], ""),
    ],
)
def test_bad_periods_are_refused(
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    period: list[str],
    said: str,
) -> None:
    """Exit 2, one readable line naming the problem, no traceback, no workbook."""
    out = tmp_path / "bc.xlsx"
    assert main(_export(data, out, *period)) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("name", ["folder", "bc.xls", "bc.pdf", "bc"])
def test_bad_targets_are_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """A folder, or a name not ending in .xlsx: refused, nothing written beside it."""
    out = tmp_path / name
    if name == "folder":
        out.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(_export(data, out)) == 2
    err = capsys.readouterr().err
    assert ".xlsx" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_read_only_target_is_not_replaced(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The read-only file keeps its bytes and its permissions; the message says why."""
    out = tmp_path / "bc.xlsx"
    out.write_bytes(b"old")
    out.chmod(0o444)
    assert main(_export(data, out, "--year", "2026")) == 2
    assert "chỉ đọc" in capsys.readouterr().err
    assert out.read_bytes() == b"old" and stat.S_IMODE(out.stat().st_mode) == 0o444


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can write in")
def test_a_folder_that_cannot_be_written_gives_one_message(data: Path) -> None:
    """Run as a separate process (so nothing the workbook leaves behind is hidden): one line
    on stderr, exit 2, no traceback. /proc refuses new files even to root."""
    done = subprocess.run(
        [sys.executable, "-m", "ccb_desktop", *_export(data, Path("/proc/bc.xlsx"))],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["Không ghi được vào thư mục /proc."]


def test_empty_unit_names_are_warned_about(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A data file without unit names: the report is written, and a line says so."""
    open_database(db_path).close()
    out = tmp_path / "th.xlsx"
    assert main(["export", "summary", "--data", str(db_path), "--out", str(out)]) == 0
    assert "Thông tin đơn vị" in capsys.readouterr().err and out.exists()
