"""The tab-opening benchmark keeps working (figures are read by people, not asserted here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a demo file and opens every tab

ROOT = Path(__file__).resolve().parent.parent


def test_the_tabs_bench_prints_each_tab_beside_its_floor(tmp_path: Path) -> None:
    """`python bench/tabs.py --sizes 60` prints, for every tab, its first show and its show
    after a change, each with its ratio to the bare table page."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "tabs.py"), "--sizes", "60", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert any("60 members (floor: bare table page" in line for line in lines), result.stdout
    for tab in ("Hội viên", "Sinh hoạt", "Giúp nhau giảm nghèo", "Hội phí & quỹ", "Báo cáo"):
        row = next(line for line in lines if line.strip().startswith(tab))
        assert row.count("ms") == 2 and row.count("x") >= 2, row
