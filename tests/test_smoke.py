"""The real program started as a user starts it, offscreen: --smoke with screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    return subprocess.run(
        [sys.executable, "-m", "ccb_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.slow
def test_smoke_opens_the_default_data_file_and_exits(tmp_path: Path) -> None:
    """With no --data, a fresh data file is created in the user's data folder."""
    result = _run(["--smoke"], tmp_path)
    assert result.returncode == 0, result.stderr
    created = list((tmp_path / "data").rglob("ccb_desktop.sqlite"))
    assert len(created) == 1


@pytest.mark.slow
def test_smoke_with_screenshots_of_demo_data(tmp_path: Path) -> None:
    """Demo data, then a PNG of every tab and form page, each a real, non-empty picture."""
    data = tmp_path / "demo.sqlite"
    assert _run(["demo", "--data", str(data), "--members", "50"], tmp_path).returncode == 0
    shots = tmp_path / "shots"
    result = _run(["--data", str(data), "--smoke", "--screenshots", str(shots)], tmp_path)
    assert result.returncode == 0, result.stderr
    pictures = sorted(shots.glob("*.png"))
    names = {p.name for p in pictures}
    assert {"tab01.png", "tab02.png", "tab02_2.png", "tab02_3.png", "attendance.png"} <= names
    assert len(pictures) >= 12
    for picture in pictures:
        image = QImage(str(picture))
        assert image.width() > 300 and image.height() > 200, picture.name
