"""Folders the program makes for a file it writes (an export into a folder not there yet) are
readable by the user alone, the parents it makes too."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from ccb_desktop.cli import main


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows is checked apart")
def test_an_export_into_missing_folders_makes_them_user_only(tmp_path: Path) -> None:
    """`export --out new/deeper/x.xlsx`: both new folders are 0700, the file 0600."""
    data = tmp_path / "d.sqlite"
    assert main(["demo", "--data", str(data), "--members", "5"]) == 0
    out = tmp_path / "new" / "deeper" / "x.xlsx"
    assert main(["export", "members", "--data", str(data), "--out", str(out)]) == 0
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
