"""The ward benchmark keeps working (figures are read by people, not asserted here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds chi hội files, packages and a ward file

ROOT = Path(__file__).resolve().parent.parent


def test_ward_bench_runs_small_and_prints_every_line() -> None:
    """`python bench/run.py --ward 2 15` prints each ward measurement with a time."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--ward", "2", "15"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for line in (
        "chi hội files and their packages",
        "take in 2 packages",
        "take in the same 2 packages again",
        "ward report: summary",
        "ward report: attendance",
        "ward report: support",
        "ward report: members-short",
        "ward report: movements",
        "attendance sheet of one chi hội",
    ):
        row = next(r for r in result.stdout.splitlines() if line in r)
        assert " ms |" in row, row
