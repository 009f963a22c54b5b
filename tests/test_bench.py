"""The benchmark script keeps working (figures are read by people, not asserted here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # minutes of builds, kills, fuzzing or benchmarks

ROOT = Path(__file__).resolve().parent.parent


def test_bench_runs_at_a_small_size_and_prints_every_line() -> None:
    """`python bench/run.py --sizes 200` prints each measurement with its floor and ratio."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "200"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for line in (
        "start-up to first paint",
        "start-up until the home screen painted",
        "search keystroke",
        "open the member list",
        "attendance sheet + save 150 marks",
        "check the file",
        "verified backup",
        "export the roster",
        "import the roster: dry run",
        "import the roster: real",
    ):
        row = next(r for r in result.stdout.splitlines() if line in r)
        assert row.count("ms") >= 2 and "×" in row, row
