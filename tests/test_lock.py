"""One writer per data file, between two real processes; no stale lock after a crash."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ccb_desktop.app import ApplicationContext
from ccb_desktop.db.lock import DataFileLock
from ccb_desktop.errors import StorageError
from ccb_desktop.services.clock import FixedClock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ccb_desktop.db.lock import DataFileLock
    lock = DataFileLock(Path(sys.argv[1]))
    lock.acquire()
    print("held", flush=True)
    time.sleep(60)
    """
)


def _hold(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def _stop(process: subprocess.Popen[str]) -> None:
    process.kill()
    process.wait()
    if process.stdout is not None:
        process.stdout.close()


def test_a_second_program_is_told_who_has_the_file(db_path: Path, clock: FixedClock) -> None:
    """Opening a file another process holds fails with the computer and process named."""
    holder = _hold(db_path)
    try:
        with pytest.raises(StorageError) as raised:
            ApplicationContext(clock).open(db_path)
        text = raised.value.msg.render()
        assert socket.gethostname() in text and str(holder.pid) in text
        assert not db_path.exists()  # nothing was created or written
    finally:
        _stop(holder)


def test_a_crashed_holder_leaves_no_stale_lock(db_path: Path, clock: FixedClock) -> None:
    """The operating system drops the lock with the process: the file opens at once."""
    holder = _hold(db_path)
    os.kill(holder.pid, signal.SIGKILL)
    _stop(holder)
    context = ApplicationContext(clock)
    services = context.open(db_path)
    assert services.members.count() == 0
    context.close()
    assert not DataFileLock(db_path).path.exists()


def test_switching_files_moves_the_lock(tmp_path: Path, clock: FixedClock) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    context = ApplicationContext(clock)
    context.open(first)
    context.open(second)
    other = DataFileLock(first)
    other.acquire()  # the first file is free again
    other.release()
    with pytest.raises(StorageError):
        DataFileLock(second).acquire()
    context.close()
