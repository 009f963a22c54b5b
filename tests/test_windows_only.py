"""Windows-only pieces the program and its setup rely on, run on GitHub's Windows runner.

msvcrt locks, %APPDATA%, 8.3 names, long paths and the installed Inno Setup's messages:
.github/workflows/windows.yml runs these; everywhere else they are skipped. What Linux can
check of the same behaviour is in test_lock.py and test_vietnamese_paths.py.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ccb_desktop.app import ApplicationContext
from ccb_desktop.db.lock import DataFileLock
from ccb_desktop.errors import CcbError, StorageError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.settings import APP_NAME, DATA_FILE_NAME
from tests.test_packaging import INNO_CUSTOM_MESSAGES, INNO_MESSAGES, _sections, _tokens

pytestmark = pytest.mark.skipif(
    sys.platform != "win32",
    reason="Windows only (msvcrt locks, %APPDATA%, 8.3 names, MAX_PATH): runs on GitHub's "
    "Windows runner in .github/workflows/windows.yml",
)

ROOT = Path(__file__).resolve().parent.parent

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ccb_desktop.db.lock import DataFileLock
    lock = DataFileLock(Path(sys.argv[1]))
    lock.acquire()
    print("held", flush=True)
    time.sleep(120)
    """
)

TRY_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ccb_desktop.db.lock import DataFileLock
    from ccb_desktop.errors import StorageError
    try:
        DataFileLock(Path(sys.argv[1])).acquire()
    except StorageError as exc:
        print("refused: " + exc.msg.render())
    else:
        print("acquired")
    """
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def _hold(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(),
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def _stop(process: subprocess.Popen[str]) -> None:
    process.kill()  # TerminateProcess: no clean-up code runs, as in a crash or power cut
    process.wait()
    if process.stdout is not None:
        process.stdout.close()


def _try_lock_elsewhere(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_msvcrt_lock_keeps_other_processes_out_until_the_holder_dies(
    tmp_path: Path, clock: FixedClock
) -> None:
    """msvcrt.locking between real processes: refused with the holder named, free after a kill."""
    data = tmp_path / "chi_hoi.sqlite"
    holder = _hold(data)
    try:
        refused = _try_lock_elsewhere(data)
        assert refused.startswith("refused: ")
        # The holder's details sit after the locked first byte, so the refused side reads them.
        assert socket.gethostname() in refused and str(holder.pid) in refused
        with pytest.raises(StorageError):
            ApplicationContext(clock).open(data)
        assert not data.exists()  # nothing was created while refused
    finally:
        _stop(holder)
    assert _try_lock_elsewhere(data) == "acquired"  # Windows dropped the lock with the process
    context = ApplicationContext(clock)
    assert context.open(data).members.count() == 0
    context.close()
    assert not DataFileLock(data).path.exists()


def _short_path(path: Path) -> str:
    """The 8.3 alias Windows gives a folder (the same string when short names are off)."""
    if sys.platform != "win32":
        return str(path)
    buffer = ctypes.create_unicode_buffer(1024)
    length = ctypes.windll.kernel32.GetShortPathNameW(str(path), buffer, len(buffer))
    return buffer.value if length else str(path)


def test_the_lock_holds_when_the_same_file_is_named_by_its_short_name(tmp_path: Path) -> None:
    """A Vietnamese user folder has an 8.3 alias (NGUYNV~1): both names reach one lock."""
    folder = tmp_path / "Nguyễn Văn Được"
    folder.mkdir()
    short = _short_path(folder)
    if short == str(folder):
        pytest.skip("8.3 short names are switched off on this volume")
    assert short.isascii()
    data = folder / "ccb_desktop.sqlite"
    holder = _hold(Path(short) / "ccb_desktop.sqlite")
    try:
        assert _try_lock_elsewhere(data).startswith("refused: ")
    finally:
        _stop(holder)


def test_the_default_data_file_is_in_appdata_ccb_desktop() -> None:
    """The program's default file: %APPDATA%\\CCB Desktop\\ccb_desktop.sqlite (not Qt's test mode)."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from ccb_desktop.settings import APP_NAME, default_data_file\n"
        "app = QCoreApplication([])\n"
        "app.setApplicationName(APP_NAME)  # as app.run_gui does before choosing the file\n"
        "print(default_data_file())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    expected = Path(os.environ["APPDATA"]) / APP_NAME / DATA_FILE_NAME
    assert os.path.normcase(done.stdout.strip()) == os.path.normcase(str(expected))


def _long_paths_enabled() -> bool:
    """Whether Windows lets long-path-aware programs (python.exe is one) pass MAX_PATH."""
    if sys.platform != "win32":
        return False
    import winreg

    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem"
        ) as key:
            return bool(winreg.QueryValueEx(key, "LongPathsEnabled")[0])
    except OSError:
        return False


def _deep_folder(root: Path) -> Path:
    """A USB stick's folder more than 260 characters deep, made the way Explorer can."""
    folder = root
    while len(str(folder)) <= 300:
        folder = folder / "Sao lưu chi hội khu phố 3 năm 2026"
    os.makedirs("\\\\?\\" + str(folder))  # the \\?\ prefix goes past MAX_PATH
    return folder


def test_a_data_file_deeper_than_260_characters_works_or_is_refused_clearly(
    tmp_path: Path, clock: FixedClock
) -> None:
    """Past MAX_PATH the window either works with its lock, or shows a message: never a crash."""
    data = _deep_folder(tmp_path) / DATA_FILE_NAME
    assert len(str(data)) > 260
    context = ApplicationContext(clock)
    try:
        services = context.open(data)
    except CcbError as exc:
        assert not _long_paths_enabled(), "long paths are on, yet the file did not open"
        assert exc.msg.render()
        print(f"refused with a message: {exc.msg.render()}")
        return
    services.members.count()
    assert _try_lock_elsewhere(data).startswith("refused: ")  # the lock was really taken
    context.close()
    print(f"works (LongPathsEnabled={_long_paths_enabled()})")


def test_the_command_line_on_a_deep_folder_works_or_says_why(tmp_path: Path) -> None:
    """`demo` past MAX_PATH: exit 0 with the members written, or exit 2 with a message."""
    data = _deep_folder(tmp_path) / DATA_FILE_NAME
    done = subprocess.run(
        [sys.executable, "-m", "ccb_desktop", "demo", "--data", str(data), "--members", "5"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    if done.returncode == 0:
        conn = sqlite3.connect("\\\\?\\" + str(data))
        try:
            assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 5
        finally:
            conn.close()
        print(f"works (LongPathsEnabled={_long_paths_enabled()})")
    else:
        assert done.returncode == 2 and done.stderr.strip(), done
        assert not _long_paths_enabled()
        print(f"refused with a message: {done.stderr.strip()}")


def test_the_message_list_is_that_of_the_installed_inno_setup() -> None:
    """Our key list (and each message's placeholders) against the runner's real Default.isl."""
    folder = os.environ.get("INNO_SETUP_DIR")
    if not folder or not (Path(folder) / "Default.isl").is_file():
        pytest.skip("no Inno Setup here (the workflow sets INNO_SETUP_DIR after installing it)")
    default = _sections(Path(folder) / "Default.isl")
    english = dict(default["[Messages]"])
    assert {key: _tokens(value) for key, value in english.items()} == INNO_MESSAGES
    custom = dict(default["[CustomMessages]"])
    assert {key: _tokens(value) for key, value in custom.items()} == INNO_CUSTOM_MESSAGES
