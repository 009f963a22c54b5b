"""Writing a file so that a failure never leaves half of it: a temporary name, then a move."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import StorageError, error


@contextlib.contextmanager
def written_in_place(target: Path, prefix: str = ".ccb-") -> Iterator[Path]:
    """Yield a temporary path beside `target`; when the block succeeds, move it over `target`.

    The temporary file is in the same folder, so the move is atomic. If the block fails,
    or the move does (the target is open in Excel or a PDF reader), the temporary file is
    removed and a StorageError says what to do; the target is never half-written.
    """
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=folder)
        os.close(handle)
    except OSError as exc:
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP("Errors", "Cannot write in the folder {path}."),
            str(exc),
            path=str(folder),
        ) from exc
    temporary = Path(name)
    try:
        yield temporary
        try:
            # mkstemp makes the file private; give it the permissions of any saved file.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
            os.replace(temporary, target)
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
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
