"""One writer per data file: an operating-system lock held while the program has it open.

The lock is taken on a small file beside the data (`<name>.lock`) and released by the
operating system if the program dies, so a crash never leaves a stale lock behind. The
file also says who holds it, for the message the second copy shows.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import sys
from pathlib import Path

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import StorageError, error
from ccb_desktop.files import (
    USER_FILE_MODE,
    make_user_only,
    make_user_only_folder,
    try_lock,
    unlock,
)


class DataFileLock:
    """Held for as long as a data file is open for writing."""

    def __init__(self, data_path: Path) -> None:
        self.path = data_path.with_name(data_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise StorageError saying which computer and process holds it."""
        try:
            # A new file's folder may not exist yet (the first start creates the data folder):
            # without it the lock would be skipped for the whole session.
            if not self.path.parent.exists():
                make_user_only_folder(self.path.parent)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, USER_FILE_MODE)
        except OSError:
            # A read-only folder: nobody else can write there either; opening will say more.
            return
        if not try_lock(fd):
            holder = ""
            with contextlib.suppress(OSError):
                os.lseek(fd, 1 if sys.platform == "win32" else 0, os.SEEK_SET)
                holder = os.read(fd, 512).decode("utf-8", "replace")
            os.close(fd)
            host, pid, user = [*holder.splitlines(), "", "", ""][:3]
            raise error(
                StorageError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data file {path} is already open in CCB Desktop on the computer “{host}” (user {user}, process {pid}). Close it there first: two copies writing one file could lose data.",
                ),
                holder,
                path=str(self.path.with_suffix("")),
                host=host or "?",
                user=user or "?",
                pid=pid or "?",
            )
        make_user_only(self.path)  # also a lock file left by an older version
        # Windows locks byte ranges: the holder's details go after the locked first byte.
        os.ftruncate(fd, 0)
        text = f"{socket.gethostname()}\n{os.getpid()}\n{user_name()}\n"
        os.lseek(fd, 1 if sys.platform == "win32" else 0, os.SEEK_SET)
        os.write(fd, text.encode("utf-8"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        with contextlib.suppress(OSError):
            self.path.unlink()


def user_name() -> str:
    """The computer account's user name ("?" when the system cannot say)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"
