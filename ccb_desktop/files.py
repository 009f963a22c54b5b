"""Writing a file safely: never over a data file, never half of it, no copy of the data left about.

Every file the program writes (reports, backups, lines left out of an import, PDFs) goes
through `written_in_place`: the target is refused if it is a data file, one of its backups,
its lock or its log; the content is written in a private per-user folder (0700) and only
then moved into place. A run killed half-way leaves its temporaries in that private folder,
where the next start finds and removes them.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import StorageError, error

SQLITE_HEADER = b"SQLite format 3\x00"
LOG_FILE_NAME = "ccb_desktop.log"
BACKUP_FOLDER = "backups"
# Files SQLite and the program keep beside a data file: never a place to write a report.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
PRIVATE_FOLDER = ("CCB Desktop", "tmp")
_PENDING = "pending"  # temporaries a run placed outside its folder, for the cleaner
_LOCK = ".lock"
_ORPHAN_AGE_S = 600  # a run folder without a lock file is removed once it is this old
# The register is sensitive personal data: what the program writes is for its user alone.
USER_FILE_MODE = 0o600
USER_FOLDER_MODE = 0o700

if sys.platform == "win32":
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Take an exclusive lock on an open file without waiting; False if another holds it."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Take an exclusive lock on an open file without waiting; False if another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def make_folders_user_only(folder: Path) -> None:
    """Make `folder` and its missing parents, each one readable by the user alone (0700):
    `mkdir(parents=True)` gives the parents the umask's mode (0755)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for made in reversed(missing):
        made.mkdir(mode=USER_FOLDER_MODE, exist_ok=True)
        make_user_only_folder(made)


def make_user_only(path: Path) -> None:
    """Take every right of the group and of others from an existing file or folder (Linux,
    macOS), whatever the umask: a file becomes at most 0600, a folder at most 0700. The
    user's own rights are kept: a file made read-only stays read-only.

    Windows keeps the user-only default of the profile folders (checked in
    tests/test_windows_only.py). A file system without Unix modes (a FAT USB stick) cannot
    say otherwise: that is no reason to stop the work.
    """
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        limit = USER_FOLDER_MODE if path.is_dir() else USER_FILE_MODE
        os.chmod(path, stat.S_IMODE(path.stat().st_mode) & limit)


def create_user_only_file(path: Path) -> None:
    """Create `path` empty if it does not exist, readable by the user alone from the start
    (SQLite then gives its -wal and -shm files the same mode)."""
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, USER_FILE_MODE)
        os.close(fd)
    make_user_only(path)


def make_user_only_folder(folder: Path) -> None:
    """Create `folder` (and its missing parents) 0700; an existing program folder is made
    0700 too. Folders the user chose (a USB stick, Documents) are above it and untouched."""
    folder.mkdir(parents=True, exist_ok=True, mode=USER_FOLDER_MODE)
    make_user_only(folder)


def protect_data_files(data_path: Path) -> None:
    """Make a data file and what the program keeps beside it user-only: its side files,
    log, backups folder and backups (files written by an older version were 0644)."""
    make_user_only(data_path)
    for suffix in SIDE_SUFFIXES:
        side = data_path.with_name(data_path.name + suffix)
        if side.exists():
            make_user_only(side)
    log_file = data_path.parent / LOG_FILE_NAME
    if log_file.exists():
        make_user_only(log_file)
    backups = data_path.parent / BACKUP_FOLDER
    if backups.is_dir():
        make_user_only(backups)
        with contextlib.suppress(OSError):
            for copy in backups.glob(f"{data_path.stem}-*"):
                make_user_only(copy)


def unwritable_folder(folder: Path, exc: OSError) -> StorageError:
    """The message for a folder the program cannot write in (read-only, full, no right)."""
    return error(
        StorageError,
        QT_TRANSLATE_NOOP("Errors", "Cannot write in the folder {path}."),
        str(exc),
        path=str(folder),
    )


def _key(path: Path) -> str:
    """A path as the file system compares it (Windows ignores case)."""
    try:
        resolved = path.expanduser().resolve()
    except OSError:
        resolved = path.absolute()
    return os.path.normcase(str(resolved))


def same_file(a: Path, b: Path) -> bool:
    """True when `a` and `b` name one file (resolved, case-insensitive on Windows, hard links)."""
    if _key(a) == _key(b):
        return True
    with contextlib.suppress(OSError):
        return a.exists() and b.exists() and os.path.samefile(a, b)
    return False


def is_sqlite_file(path: Path) -> bool:
    """True when `path` is an existing file that starts as every SQLite database does."""
    try:
        if not path.is_file():  # never read a device or a pipe: it could wait forever
            return False
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _protected_reason(target: Path, data_path: Path | None) -> bool:
    if data_path is not None:
        family = [data_path, *(data_path.with_name(data_path.name + s) for s in SIDE_SUFFIXES)]
        family.append(data_path.parent / LOG_FILE_NAME)
        if any(same_file(target, member) for member in family):
            return True
        if _key(target.parent) == _key(data_path.parent / BACKUP_FOLDER):
            return True
    if target.name.lower() == LOG_FILE_NAME:
        return True
    if is_sqlite_file(target):  # any register or backup, open here or not
        return True
    for suffix in SIDE_SUFFIXES:
        if target.name.lower().endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if is_sqlite_file(base):
                return True
    return False


def refuse_protected_target(target: Path, data_path: Path | None = None) -> None:
    """Raise StorageError if writing `target` would replace a data file, a backup, a lock or
    a log: the data file `data_path` and its family, or any SQLite file and its side files."""
    if target.exists() and not target.is_file() and not target.is_dir():
        # A device (/dev/null), a pipe: the move would replace it, not write into it. (The
        # move onto a folder fails by itself, with the message for a file that is in use.)
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not an ordinary file. Choose a file name inside a folder."
            ),
            "not a regular file",
            path=str(target),
        )
    if _protected_reason(target, data_path):
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a CCB Desktop data file, one of its backups, its lock or its log: it is never written over. Choose another file name.",
            ),
            "protected target",
            path=str(target),
        )


def private_temp_root() -> Path:
    """The per-user folder for temporaries (0700): the user's local cache, not the shared temp."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    root = base.joinpath(*PRIVATE_FOLDER)
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(root, 0o700)
    except OSError as exc:
        raise unwritable_folder(root, exc) from exc
    return root


def _remove_run(folder: Path) -> None:
    """Delete a run folder and the temporaries it placed elsewhere."""
    with contextlib.suppress(OSError):
        for line in (folder / _PENDING).read_text("utf-8").splitlines():
            if line:
                with contextlib.suppress(OSError):
                    Path(line).unlink()
    shutil.rmtree(folder, ignore_errors=True)


def clean_leftover_temporaries(root: Path | None = None) -> int:
    """Remove what killed runs left behind (their lock is free); returns how many runs."""
    try:
        root = root or private_temp_root()
        runs = [p for p in root.iterdir() if p.is_dir() and p.name.startswith("run-")]
    except (OSError, StorageError):
        return 0
    removed = 0
    for folder in runs:
        lock_path = folder / _LOCK
        try:
            fd = os.open(lock_path, os.O_RDWR)
        except FileNotFoundError:
            with contextlib.suppress(OSError):
                if time.time() - folder.stat().st_mtime > _ORPHAN_AGE_S:
                    _remove_run(folder)
                    removed += 1
            continue
        except OSError:
            continue
        try:
            if not try_lock(fd):
                continue  # a running program's folder
            with contextlib.suppress(OSError):
                unlock(fd)
        finally:
            os.close(fd)
        _remove_run(folder)
        removed += 1
    return removed


@contextlib.contextmanager
def private_run() -> Iterator[Path]:
    """A private folder for one piece of work, held (locked) while it runs, removed after."""
    root = private_temp_root()
    clean_leftover_temporaries(root)
    try:
        folder = Path(tempfile.mkdtemp(prefix="run-", dir=root))
        fd = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise unwritable_folder(root, exc) from exc
    try_lock(fd)
    try:
        yield folder
    finally:
        with contextlib.suppress(OSError):
            unlock(fd)
        os.close(fd)
        _remove_run(folder)


def note_pending(run: Path, temporary: Path) -> None:
    """Record a temporary made outside the private folder (beside a data file, to be moved
    over it): removed with the run, or by the next start's cleaner after a kill."""
    with (run / _PENDING).open("a", encoding="utf-8") as pending:
        pending.write(f"{temporary}\n")


def _move_into_place(temporary: Path, target: Path, run: Path) -> None:
    """os.replace when the private folder is on the target's disk; otherwise copy beside the
    target under a hidden name (recorded for the cleaner) and replace from there."""
    try:
        same_device = os.stat(run).st_dev == os.stat(target.parent).st_dev
    except OSError:
        same_device = False
    if same_device:
        try:
            os.replace(temporary, target)
            return
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
    handle, name = tempfile.mkstemp(prefix=".ccb-", suffix=".tmp", dir=target.parent)
    os.close(handle)
    beside = Path(name)
    with (run / _PENDING).open("a", encoding="utf-8") as pending:
        pending.write(f"{beside}\n")
    try:
        shutil.copyfile(temporary, beside)
        with open(beside, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(beside, target)
    finally:
        with contextlib.suppress(OSError):
            beside.unlink()


@contextlib.contextmanager
def written_in_place(
    target: Path, prefix: str = ".ccb-", data_path: Path | None = None
) -> Iterator[Path]:
    """Yield a temporary path in a private folder; when the block succeeds, move it to `target`.

    Refuses (StorageError, the temporary removed, the target untouched) a target that is a data file or one of its backups, side files or
    log (`data_path` names the open data file, for its lock and log too). If the block fails,
    or the move does (the target is open in Excel or a PDF reader), the temporary is removed
    and a StorageError says what to do; the target is never half-written.
    """
    folder = target.parent
    try:
        make_folders_user_only(folder)
    except OSError as exc:
        raise unwritable_folder(folder, exc) from exc
    with private_run() as run:
        temporary = run / f"{prefix.strip('.-') or 'ccb'}{target.suffix}"
        yield temporary
        # Checked once the content is made (a write-only workbook is then closed cleanly),
        # right before the move: nothing can have taken the name in between.
        refuse_protected_target(target, data_path)
        try:
            # A report or a copy of the register is personal data: for the user alone.
            os.chmod(temporary, USER_FILE_MODE)
            _move_into_place(temporary, target, run)
        except OSError as exc:
            raise error(
                StorageError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file {path} could not be written. If it is open in another program, close it and try again.",
                ),
                str(exc),
                path=str(target),
            ) from exc


def use_private_temporaries() -> Path | None:
    """For the rest of the process, send every library's scratch files (openpyxl writes a
    report's rows to temporaries before saving it) to a private run folder, removed at exit
    and, after a kill, by the next start. Leftovers of killed runs are removed now.

    Returns the folder, or None when no private folder can be made (the system's is kept).
    """
    try:
        root = private_temp_root()
    except StorageError:
        return None
    clean_leftover_temporaries(root)
    current = Path(tempfile.tempdir) if tempfile.tempdir else None
    if current is not None and current.parent == root and current.is_dir():
        return current  # already set up by an earlier call in this process
    try:
        folder = Path(tempfile.mkdtemp(prefix="run-", dir=root))
        fd = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
    try_lock(fd)  # held until the process ends: the cleaner leaves a live folder alone

    def remove() -> None:
        with contextlib.suppress(OSError):
            unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)
        _remove_run(folder)

    atexit.register(remove)
    tempfile.tempdir = str(folder)
    return folder
