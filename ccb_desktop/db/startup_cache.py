"""What opening a file remembers between starts, in the user's cache folder: the schema the migrations make, and which files were verified whole when last closed.

Both only save time: a missing, unreadable or stale entry means the full work is done again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_VERIFIED_FILE = "verified-files.json"
_MAX_VERIFIED = 50  # a secretary opens a few files; old entries only cost reading time


def cache_dir() -> Path:
    """The program's cache folder: XDG_CACHE_HOME if set (the tests set it, on Windows too),
    else LOCALAPPDATA on Windows, else ~/.cache."""
    if os.environ.get("XDG_CACHE_HOME"):
        base = Path(os.environ["XDG_CACHE_HOME"])
    elif sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path.home() / ".cache"
    return base / "ccb_desktop"


def _read(name: str) -> Any:
    try:
        return json.loads((cache_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write(name: str, value: Any) -> None:
    """Write through a temporary and a rename: a reader never sees half a file."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(value, out)
            os.replace(temporary, folder / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a read-only profile: the next start does the full work again
        log.info("cache %s not written: %s", name, exc)


def load(key: str) -> Any:
    """The value stored under `key` (a content hash), or None."""
    return _read(f"schema-{key}.json")


def store(key: str, value: Any) -> None:
    _write(f"schema-{key}.json", value)


def key_of(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]


def _stamp(path: Path) -> list[int] | None:
    """Size, modification and change times and file id: any write through the file system
    changes at least one of them (a program resetting the modification time still changes
    the change time on Linux, the file id when it replaces the file)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def _has_journal(path: Path) -> bool:
    """A WAL or rollback journal left beside the file: it was not closed cleanly."""
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        try:
            if side.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def verified_unchanged(path: Path) -> bool:
    """True if `path` is byte for byte the file this program verified and closed cleanly."""
    entries = _read(_VERIFIED_FILE)
    if not isinstance(entries, dict):
        return False
    stamp = _stamp(path)
    return (
        stamp is not None and entries.get(str(path.resolve())) == stamp and not _has_journal(path)
    )


def remember_verified(path: Path) -> None:
    """Record that `path`, just closed cleanly, holds what was verified when it was opened."""
    stamp = _stamp(path)
    if stamp is None or _has_journal(path):
        return
    entries = _read(_VERIFIED_FILE)
    if not isinstance(entries, dict):
        entries = {}
    key = str(path.resolve())
    entries.pop(key, None)
    entries[key] = stamp
    _write(_VERIFIED_FILE, dict(list(entries.items())[-_MAX_VERIFIED:]))


def forget_verified(path: Path) -> None:
    """`path` was found damaged: the next opening checks it whole."""
    entries = _read(_VERIFIED_FILE)
    if isinstance(entries, dict) and entries.pop(str(path.resolve()), None) is not None:
        _write(_VERIFIED_FILE, entries)
