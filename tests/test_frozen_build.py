"""The Windows program's recipe (build.spec) builds here too, and the frozen program works:
a missing hidden import, translation or resource fails this test before any user sees it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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


def test_frozen_program_protects_and_opens_a_file_with_a_password(
    frozen: Path, tmp_path: Path
) -> None:
    """sqlcipher3 is bundled: the frozen `password set` encrypts a register, which then opens
    with its password (and not without it) and checks whole."""
    data = tmp_path / "demo.sqlite"
    assert (
        _run(frozen, "demo", "--data", str(data), "--members", "12", home=tmp_path).returncode == 0
    )
    secret = "Chi-hoi-so-7-Phuong-2"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    protect = subprocess.run(
        [str(frozen), "password", "set", "--data", str(data)],
        input=secret + "\n",
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert protect.returncode == 0, protect.stderr
    assert not data.read_bytes().startswith(b"SQLite format 3")  # encrypted on disk
    assert _run(frozen, "check", "--data", str(data), home=tmp_path).returncode == 2
    opened = subprocess.run(
        [str(frozen), "check", "--data", str(data)],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(env, CCB_PASSWORD=secret),
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert opened.returncode == 0, opened.stderr
    assert "12 hội viên" in opened.stdout


def _internal(frozen: Path) -> Path:
    return frozen.parent / "_internal"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries, ldd")
def test_no_library_kept_needs_one_left_out(frozen: Path) -> None:
    """build.spec leaves out Wayland, EGL, OpenGL, the GTK theme (and the GLib/GIO libraries
    only it linked), TLS, readline, the lxml modules and the loose template folder python-docx
    does not use (issue 22): every library and plugin still in the folder finds all it links
    to, in the folder or on the system."""
    folder = _internal(frozen)
    env = dict(os.environ, LD_LIBRARY_PATH=f"{folder}:{folder / 'PySide6' / 'Qt' / 'lib'}")
    missing = []
    for library in sorted(folder.rglob("*.so*")):
        if library.is_symlink() or not library.is_file():
            continue
        listed = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, env=env, check=False
        ).stdout
        missing += [
            f"{library.name}: {line.strip()}" for line in listed.splitlines() if "not found" in line
        ]
    assert missing == []
    left_out = (
        "libqwayland",
        "libQt6Network",
        "libqgtk3",
        "libcairo",
        "libssl",
        "libQt6OpenGL",
        "objectify.",  # lxml's, which python-docx never loads
        "libreadline",
        "libgio-2.0",
        "libgobject-2.0",
        "libgmodule-2.0",
        "libmount",
        "libblkid",
        "libselinux",
        "libxcb-glx",
        "default-docx-template",  # python-docx opens default.docx, never this folder
    )
    assert [p.name for p in folder.rglob("*") if p.name.startswith(left_out)] == []


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("Xvfb") is None,
    reason="an X server (Xvfb) on Linux",
)
def test_frozen_program_paints_on_an_x_server(frozen: Path, tmp_path: Path) -> None:
    """On a real X server the window opens through the xcb plugin and every tab is visited:
    nothing it loads was left out of the folder (the other frozen tests draw offscreen)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            display = ":" + answer.readline().strip()
        data = tmp_path / "demo.sqlite"
        assert (
            _run(frozen, "demo", "--data", str(data), "--members", "20", home=tmp_path).returncode
            == 0
        )
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="xcb",
            DISPLAY=display,
            XDG_DATA_HOME=str(tmp_path / "data"),
            XDG_CONFIG_HOME=str(tmp_path / "config"),
        )
        smoke = subprocess.run(
            [str(frozen), "--data", str(data), "--smoke"],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
            check=False,
        )
        assert smoke.returncode == 0, smoke.stderr[-3000:]
        assert "Could not load the Qt platform plugin" not in smoke.stderr
    finally:
        server.terminate()
        server.wait(timeout=30)


# Run in a Python with PySide6: what Qt answers through ICU (collation, a code page by name).
_ICU_PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
names = ["Ơn", "Ân", "Đức", "An", "Ôn", "Dũng", "Ăn", "On", "Bình", "Ánh"]
collator = QCollator(QLocale("vi"))
print(json.dumps({
    "sorted": sorted(names, key=collator.sortKey),
    "windows-1258": QStringDecoder("windows-1258").isValid(),
    "Shift_JIS": QStringDecoder("Shift_JIS").isValid(),
}))
"""


def _icu_answers(tmp_path: Path, library: Path | None) -> dict[str, Any]:
    """The probe's answers, with `library` loaded in place of PySide6's own libicudata."""
    import json

    env = dict(os.environ, ICU_DATA=str(tmp_path / "no-icu-files"))
    if library is not None:
        env["LD_PRELOAD"] = str(library)
    done = subprocess.run(
        [sys.executable, "-c", _ICU_PROBE], capture_output=True, text=True, env=env, check=True
    )
    answers: dict[str, Any] = json.loads(done.stdout)
    return answers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PySide6 ships ICU on Linux")
def test_the_icu_data_kept_answers_vietnamese_as_the_whole_data_does(
    frozen: Path, tmp_path: Path
) -> None:
    """The folder's ICU data holds only the root, Vietnamese and English items and the Windows
    code pages (4 MB, not 32): loaded in place of PySide6's own, Qt still sorts Vietnamese names
    and decodes windows-1258 exactly as with the whole data; Shift_JIS is gone (left out)."""
    (library,) = (_internal(frozen) / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    assert library.stat().st_size < 8_000_000
    whole = _icu_answers(tmp_path, None)
    kept = _icu_answers(tmp_path, library)
    assert whole["Shift_JIS"] is True and kept["Shift_JIS"] is False  # the folder's was loaded
    assert kept["sorted"] == whole["sorted"]
    assert kept["sorted"][:4] == ["An", "Ánh", "Ăn", "Ân"]  # Vietnamese order: a, ă, â
    assert kept["windows-1258"] is True


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("strace") is None,
    reason="strace on Linux",
)
def test_a_full_frozen_run_asks_icu_for_no_data(frozen: Path, tmp_path: Path) -> None:
    """Why ICU's data could go: ICU looks for each data item it needs as a file under ICU_DATA
    before its package, so tracing those look-ups lists every item asked for. The frozen
    program visiting every tab and dialog (the print preview too), exporting every report,
    writing the year-end review and importing .xlsx and .xls asks for none; the same trace
    sees Qt's QCollator ask for its Vietnamese rules."""
    from ccb_desktop.services.reports import REPORTS
    from tests.test_import import messy_xls

    watched = tmp_path / "no-icu-files"
    trace = tmp_path / "trace"
    trace.mkdir()
    env = dict(
        os.environ,
        ICU_DATA=str(watched),
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    data = tmp_path / "demo.sqlite"
    runs = [
        [str(frozen), "demo", "--data", str(data), "--members", "60"],
        [str(frozen), "--data", str(data), "--smoke", "--screenshots", str(tmp_path / "shots")],
        *(
            [str(frozen), "export", report, "--data", str(data), "--out", str(tmp_path / f"{n}.xlsx")]
            for n, report in enumerate(REPORTS)
        ),
        [str(frozen), "yearend", "--data", str(data), "--out", str(tmp_path / "tk.docx")],
        [str(frozen), "import", str(tmp_path / "0.xlsx"), "--data", str(tmp_path / "a.sqlite")],
        [str(frozen), "import", str(messy_xls(tmp_path / "cu.xls")), "--data", str(tmp_path / "b.sqlite")],
        # the control: Qt asking ICU, seen by the same trace
        [sys.executable, "-c", "from PySide6.QtCore import QCollator, QLocale; QCollator(QLocale('vi')).compare('a', 'b')"],
    ]  # fmt: skip
    for n, command in enumerate(runs):
        done = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=openat,open,stat,access,newfstatat",
             "-o", str(trace / f"{n:02d}.txt"), *command],
            capture_output=True, text=True, timeout=300, env=env, check=False,
        )  # fmt: skip
        assert done.returncode == 0, (command, done.stderr[-2000:])
    asked = {
        n: [line for line in (trace / f"{n:02d}.txt").read_text().splitlines() if str(watched) in line]
        for n in range(len(runs))
    }  # fmt: skip
    control = asked.pop(len(runs) - 1)
    assert any("coll/vi.res" in line for line in control)
    assert asked == {n: [] for n in range(len(runs) - 1)}
