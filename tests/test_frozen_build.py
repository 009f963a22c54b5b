"""The Windows program's recipe (build.spec) builds here too, and the frozen program works:
a missing hidden import, translation or resource fails this test before any user sees it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.slow  # minutes of builds, kills, fuzzing or benchmarks

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the one-folder program once for this module (about 15 s here)."""
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    if not pyinstaller.exists():
        found = shutil.which("pyinstaller")
        if found is None:
            pytest.fail("PyInstaller is missing: pip install '.[test]'")
        pyinstaller = Path(found)
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=900,
        check=True,
    )
    program = (
        work / "dist" / "ccb_desktop" / ("ccb_desktop.exe" if os.name == "nt" else "ccb_desktop")
    )
    assert program.exists()
    return program


def _run(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=180, env=env, check=False
    )


def test_frozen_program_runs_demo_smoke_export_and_backup(frozen: Path, tmp_path: Path) -> None:
    """Version, demo data, the window visiting every tab, an Excel export imported back, a backup."""
    from ccb_desktop import __version__

    assert _run(frozen, "--version", home=tmp_path).stdout.strip() == f"ccb-desktop {__version__}"
    data = tmp_path / "demo.sqlite"
    demo = _run(frozen, "demo", "--data", str(data), "--members", "40", home=tmp_path)
    assert demo.returncode == 0 and "Đã thêm 40 hội viên mẫu" in demo.stdout  # translation bundled
    shots = tmp_path / "shots"
    smoke = _run(frozen, "--data", str(data), "--smoke", "--screenshots", str(shots), home=tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert len(list(shots.glob("tab*.png"))) >= 4
    out = tmp_path / "ds.xlsx"
    assert (
        _run(
            frozen, "export", "members-short", "--data", str(data), "--out", str(out), home=tmp_path
        ).returncode
        == 0
    )
    assert load_workbook(out).active["A6"].value == "DANH SÁCH TRÍCH NGANG HỘI VIÊN"
    imported = _run(
        frozen, "import", str(out), "--data", str(tmp_path / "new.sqlite"), home=tmp_path
    )
    assert imported.returncode == 0, imported.stderr
    assert "Đã nhập" in imported.stdout and "0 hội viên" not in imported.stdout
    backup = _run(frozen, "backup", "--data", str(data), home=tmp_path)
    assert backup.returncode == 0 and "40 hội viên" in backup.stdout
    assert _run(frozen, "check", "--data", str(data), home=tmp_path).returncode == 0
    guide = (
        frozen.parent / "_internal" / "ccb_desktop" / "resources" / "guide" / "huong-dan-su-dung.md"
    )
    assert "Nhập một hội viên" in guide.read_text(encoding="utf-8")  # Help → User guide


def test_frozen_program_writes_the_year_end_review(frozen: Path, tmp_path: Path) -> None:
    """python-docx and its template are bundled: the frozen `yearend` writes a review that
    reads back with the quốc hiệu and the year's title."""
    from docx import Document

    data = tmp_path / "demo.sqlite"
    assert (
        _run(frozen, "demo", "--data", str(data), "--members", "30", home=tmp_path).returncode == 0
    )
    out = tmp_path / "tong-ket.docx"
    result = _run(
        frozen, "yearend", "--data", str(data), "--year", "2026", "--out", str(out), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "BÁO CÁO" in text and "Tổng kết công tác Hội năm 2026" in text
    assert "Đã ghi" in result.stdout  # the translation is bundled
