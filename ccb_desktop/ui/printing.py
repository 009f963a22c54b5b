"""Printable pages made with Qt: an HTML table laid out on A4 landscape and saved as PDF."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import StorageError, error


def write_pdf(html: str, target: Path) -> None:
    """Lay `html` out on A4 landscape pages and write it to `target` as PDF.

    Written to a temporary file beside the target and moved into place, so a failure never
    leaves half a file, and a target open in a PDF reader becomes a clear error.
    """
    folder = target.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".ccb-", suffix=".pdf", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP("Errors", "Cannot write in the folder {path}."),
            str(exc),
            path=str(folder),
        ) from exc
    try:
        writer = QPdfWriter(temporary)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)  # paginates to the writer's page, repeating nothing clever
        del writer  # finishes the file
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
            os.remove(temporary)
