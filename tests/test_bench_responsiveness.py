"""bench/responsiveness.py keeps working (its figures are read by people, not asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a demo file built and a program started

ROOT = Path(__file__).resolve().parent.parent


def test_the_responsiveness_bench_prints_a_line_per_size(tmp_path: Path) -> None:
    """At 60 members, once: a line with the pauses after the start and after an edit."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "responsiveness.py"), "--sizes", "60",
         "--repeat", "1", "--folder", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    header, line = result.stdout.splitlines()[-2:]
    assert "pause after start" in header and "pause after edit" in header
    assert line.split()[0] == "60" and line.count("ms") == 2
